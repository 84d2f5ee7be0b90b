#pragma once

#include <QCoreApplication>

namespace edge::services {

// Translation context of this module's user-visible messages: Tr::tr("...") is
// QCoreApplication::translate("edge::services", "..."). Log lines are never translated.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(edge::services)
};

} // namespace edge::services
