#pragma once

#include <QCoreApplication>

namespace edge::hub {

// Translation context of this module's user-visible messages: Tr::tr("...") is
// QCoreApplication::translate("edge::hub", "..."). Log lines are never translated.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(edge::hub)
};

} // namespace edge::hub
