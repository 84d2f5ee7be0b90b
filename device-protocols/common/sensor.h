#pragma once

// What every sensor-reading adapter (Modbus, SNMP, ...) returns, so the survey and commissioning
// consume readings the same way whatever the protocol. Raw values are kept beside the engineering
// value: reports show both, and a wrong scale or word order is visible.

#include <QString>

namespace edge::devices {

struct SensorReading {
    QString quantity;       // stable key: "temperature", "humidity", "ups.battery.charge",
                            // "ups.input.voltage", "leak", "door", "smoke", ...
    QString label;          // the device's own name for it (entPhysicalDescr, register map entry)
    double value = 0;       // engineering value in `unit`
    QString unit;           // "°C", "%RH", "V", "Hz", "%", "min", "" for states
    QString raw;            // as read: "0x0131" (registers, hex words), "305" (SNMP integer)
    QString source;         // where: "modbus-tcp://127.0.0.1:5020 unit 3 input 0x0001",
                            // "snmp://127.0.0.1:1161 1.3.6.1.2.1.99.1.1.1.4.1"
    qint64 timestampMs = 0; // when it was read (ms since the epoch, UTC)
};

} // namespace edge::devices
