#pragma once

#include <QCoreApplication>

namespace edge::proto {

// Translation context of this module's user-visible messages: Tr::tr("...") is
// QCoreApplication::translate("edge::proto", "..."). Log lines are never translated.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(edge::proto)
};

} // namespace edge::proto
