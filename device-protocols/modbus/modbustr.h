#pragma once

#include <QCoreApplication>

namespace edge::modbus {

// Translation context of this module's user-visible messages: Tr::tr("...") is
// QCoreApplication::translate("edge::modbus", "..."). Log lines and Error::detail are never
// translated.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(edge::modbus)
};

} // namespace edge::modbus
