#pragma once

#include <QCoreApplication>

namespace edge::snmp {

// Translation context of this module's user-visible messages: Tr::tr("...") is
// QCoreApplication::translate("edge::snmp", "..."). Log lines and Error::detail are never translated.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(edge::snmp)
};

} // namespace edge::snmp
