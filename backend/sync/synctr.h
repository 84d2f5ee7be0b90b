#pragma once

#include <QCoreApplication>

namespace edge::sync {

// Translation context of this module's user-visible messages: Tr::tr("...") is
// QCoreApplication::translate("edge::sync", "..."). Log lines are never translated.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(edge::sync)
};

} // namespace edge::sync
