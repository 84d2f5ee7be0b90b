#pragma once

#include <QCoreApplication>

namespace edge::edgectl {

// Translation context of every user-visible edgectl string: Tr::tr("...") is
// QCoreApplication::translate("edgectl", "..."). JSON output and log lines are never translated.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(edgectl)
};

} // namespace edge::edgectl
