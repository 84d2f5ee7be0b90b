#pragma once

// The pure half of the SNMP adapter: varbinds in, sensor readings out. No sockets, no net-snmp,
// no clock (the caller passes the endpoint and the time of the read).
//
//   ENTITY-SENSOR-MIB (RFC 3433) entPhySensorTable + ENTITY-MIB entPhysicalDescr
//       value = entPhySensorValue * 10^(3 * (entPhySensorScale - 9)) / 10^entPhySensorPrecision
//       (precision 1..9 = decimal places; 0 and -8..-1 (accurate digits) shift nothing)
//   UPS-MIB (RFC 1628): identity, battery, input and output lines, bypass, alarms, configuration,
//       with the MIB's units (0.1 V DC, 0.1 Hz, 0.1 A, minutes, percent, ...).
//   IF-MIB (RFC 2863): link state of a switch's ports (ifDescr, ifName, ifAdminStatus,
//       ifOperStatus, ifSpeed, ifHighSpeed).
//
// Engineering values are computed exactly: the decimal number is formed from the integer and the
// power of ten and rounded once to the nearest double (2201 at precision 1 is the double 220.1).
// Objects that cannot be mapped (wrong type, out of range, sensor not operational, under/overflow)
// become `problems`, each a DeviceProtocol error naming the object and its OID; the rest of the
// readings are still returned.

#include "device-protocols/common/sensor.h"
#include "device-protocols/snmp/varbind.h"

#include <QList>
#include <QString>

namespace edge::snmp {

namespace oids {
inline constexpr char upsMib[] = "1.3.6.1.2.1.33";
inline constexpr char entPhySensorTable[] = "1.3.6.1.2.1.99.1.1";
inline constexpr char entPhySensorEntry[] = "1.3.6.1.2.1.99.1.1.1";
inline constexpr char entPhysicalEntry[] = "1.3.6.1.2.1.47.1.1.1.1";
inline constexpr char entPhysicalDescr[] = "1.3.6.1.2.1.47.1.1.1.1.2";
inline constexpr char entPhysicalName[] = "1.3.6.1.2.1.47.1.1.1.1.7";
inline constexpr char upsWellKnownAlarms[] = "1.3.6.1.2.1.33.1.6.3";
inline constexpr char ifDescr[] = "1.3.6.1.2.1.2.2.1.2";
inline constexpr char ifSpeed[] = "1.3.6.1.2.1.2.2.1.5";
inline constexpr char ifAdminStatus[] = "1.3.6.1.2.1.2.2.1.7";
inline constexpr char ifOperStatus[] = "1.3.6.1.2.1.2.2.1.8";
inline constexpr char ifName[] = "1.3.6.1.2.1.31.1.1.1.1";
inline constexpr char ifHighSpeed[] = "1.3.6.1.2.1.31.1.1.1.15";
} // namespace oids

struct MappedReadings {
    QList<devices::SensorReading> readings;
    QList<api::Error> problems; // Code::DeviceProtocol, message names the object and OID
};

struct EntitySensor {
    quint32 index = 0;    // entPhysicalIndex
    int type = 0;         // EntitySensorDataType
    int operStatus = 0;   // 1 ok, 2 unavailable, 3 nonoperational, 0 not reported
    QString name;         // entPhysicalName (may be empty)
    QString unitsDisplay; // entPhySensorUnitsDisplay (may be empty)
};

struct EntitySensorReadings : MappedReadings {
    QList<EntitySensor> sensors; // every sensor seen, mapped or not, in index order
};

struct UpsIdent {
    QString manufacturer;
    QString model;
    QString name;
};

struct UpsAlarm {
    quint32 id = 0;     // upsAlarmId
    QString descr;      // upsAlarmDescr, the OID ("1.3.6.1.2.1.33.1.6.3.5")
    QString name;       // "upsAlarmTempBad", or the OID when it is not a well-known alarm
    double seconds = 0; // upsAlarmTime: seconds after the agent started (TimeTicks / 100)
};

struct UpsReadings : MappedReadings {
    UpsIdent ident;
    QList<UpsAlarm> alarms;
};

// One row of IF-MIB's ifTable (+ ifXTable). 0 = not reported.
struct InterfaceLink {
    quint32 index = 0;     // ifIndex
    QString descr;         // ifDescr
    QString name;          // ifName (ifXTable; may be empty)
    int adminStatus = 0;   // 1 up, 2 down, 3 testing
    int operStatus = 0;    // 1 up, 2 down, 3 testing, 4 unknown, 5 dormant, 6 notPresent,
                           // 7 lowerLayerDown
    double speedMbps = 0;  // ifHighSpeed when reported, else ifSpeed / 10^6
    QString label() const; // ifName, else ifDescr, else "ifIndex N"
    bool isUp() const { return operStatus == 1; }
};

struct InterfaceReadings : MappedReadings {
    QList<InterfaceLink> interfaces; // every ifIndex seen, in index order
};

// value * 10^(3*(scale-9)) / 10^precision as the nearest double. DeviceProtocol error when the
// scale is outside 1..17, the precision outside -8..9, or the value is the underflow
// (-1000000000) or overflow (+1000000000) marker or beyond them.
Result<double> entitySensorValue(qint64 value, int scale, int precision);

// value * 10^exp10, rounded once to the nearest double.
double decimalValue(qint64 value, int exp10);

// Stable quantity key and unit of an EntitySensorDataType: 8 -> {"temperature", "°C"}.
struct QuantityUnit {
    QString quantity;
    QString unit;
};
QuantityUnit entitySensorQuantity(int type, const QString &unitsDisplay = {});
QString entitySensorTypeName(int type);   // "celsius", "percentRH", ...; "" when unknown
QString entitySensorScaleName(int scale); // "milli", "units", ...; "" when unknown

QString upsBatteryStatusName(int code); // 2 -> "batteryNormal"
QString upsOutputSourceName(int code);  // 3 -> "normal", 5 -> "battery"
QString upsWellKnownAlarmName(int n);   // 5 -> "upsAlarmTempBad"; "" when unknown
QString ifOperStatusName(int code);     // 1 -> "up", 7 -> "lowerLayerDown"; "" when unknown
QString ifAdminStatusName(int code);    // 1 -> "up", 2 -> "down", 3 -> "testing"
// The state name of an enumerated reading ("ups.battery.status", "ups.output.source",
// entity "state", "if.oper_status", "if.admin_status"), or an empty string for a measured value.
QString stateName(const devices::SensorReading &reading);

// `varbinds` from walking entPhySensorTable and entPhysicalDescr/Name (any order; other OIDs are
// ignored). `endpoint` is "snmp://host:port"; a reading's source is endpoint + " " + the value's OID.
EntitySensorReadings mapEntitySensors(const QList<VarBind> &varbinds, const QString &endpoint,
                                      qint64 timestampMs);

// `varbinds` from walking upsMIB (1.3.6.1.2.1.33); other OIDs are ignored.
UpsReadings mapUps(const QList<VarBind> &varbinds, const QString &endpoint, qint64 timestampMs);

// `varbinds` from walking the ifTable columns ifDescr, ifSpeed, ifAdminStatus, ifOperStatus and
// the ifXTable columns ifName, ifHighSpeed (other OIDs are ignored). Per interface the readings
// "if.oper_status" and "if.admin_status" (value = the code, unit "") and "if.speed" (Mbit/s,
// when reported), labelled with InterfaceLink::label(). An interface without ifOperStatus, or a
// status of the wrong type or outside its enumeration, is a problem.
InterfaceReadings mapInterfaces(const QList<VarBind> &varbinds, const QString &endpoint,
                                qint64 timestampMs);

} // namespace edge::snmp
