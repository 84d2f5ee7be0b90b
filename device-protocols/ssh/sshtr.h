#pragma once

#include <QCoreApplication>

namespace edge::ssh {

// Translation context of this module's user-visible messages: Tr::tr("...") is
// QCoreApplication::translate("edge::ssh", "..."). Log lines and Error::detail are never translated.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(edge::ssh)
};

} // namespace edge::ssh
