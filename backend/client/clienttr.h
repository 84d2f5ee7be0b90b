#pragma once

#include <QCoreApplication>

namespace edge::client {

// Translation context of this module's user-visible messages: Tr::tr("...") is
// QCoreApplication::translate("edge::client", "..."). Log lines are never translated.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(edge::client)
};

} // namespace edge::client
