#pragma once

#include <QCoreApplication>

namespace edge::fieldinstall {

// Translation context of the field install's user-visible messages: Tr::tr("...") is
// QCoreApplication::translate("edge::fieldinstall", "..."). Log lines and Error::detail are not
// translated.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(edge::fieldinstall)
};

} // namespace edge::fieldinstall
