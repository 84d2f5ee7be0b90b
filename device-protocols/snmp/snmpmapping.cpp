#include "device-protocols/snmp/snmpmapping.h"

#include "device-protocols/snmp/snmptr.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>
#include <limits>

namespace edge::snmp {

namespace {

constexpr qint64 kSensorUnderflow = -1000000000;
constexpr qint64 kSensorOverflow = 1000000000;
constexpr qint64 kMax32 = 2147483647;
constexpr qint64 kMaxU32 = 4294967295LL;

api::Error problem(const QString &endpoint, const QString &object, const QString &oid,
                   const QString &what, const VarBind *vb = nullptr)
{
    api::Error e;
    e.code = api::Code::DeviceProtocol;
    e.message = QCoreApplication::translate("edge::snmp", "%1 (OID %2) from %3: %4")
                    .arg(object, oid, endpoint, what);
    e.detail = QStringLiteral("oid=%1").arg(oid);
    if (vb)
        e.detail += QStringLiteral(" type=%1 value=%2").arg(varTypeName(vb->type), vb->valueText());
    e.field = oid;
    return e;
}

QString typeProblem(const VarBind &vb, const QString &expected)
{
    return Tr::tr("has type %1; expected %2").arg(varTypeName(vb.type), expected);
}

QString rangeProblem(qint64 value, qint64 min, qint64 max)
{
    return Tr::tr("value %1 is outside %2..%3")
        .arg(QString::number(value), QString::number(min), QString::number(max));
}

QString textOf(const VarBind &vb) { return QString::fromUtf8(vb.octets).trimmed(); }

// ---- ENTITY-SENSOR-MIB ------------------------------------------------------------------------

enum EntityColumn {
    SensorType = 1,
    SensorScale = 2,
    SensorPrecision = 3,
    SensorValue = 4,
    SensorOperStatus = 5,
    SensorUnitsDisplay = 6,
};

const char *entityColumnName(int column)
{
    switch (column) {
    case SensorType: return "entPhySensorType";
    case SensorScale: return "entPhySensorScale";
    case SensorPrecision: return "entPhySensorPrecision";
    case SensorValue: return "entPhySensorValue";
    case SensorOperStatus: return "entPhySensorOperStatus";
    case SensorUnitsDisplay: return "entPhySensorUnitsDisplay";
    default: return "";
    }
}

struct SensorRow {
    QMap<int, VarBind> columns; // entPhySensorTable column -> value
    QString descr;
    QString name;
};

const VarBind *columnOf(const SensorRow &row, int column)
{
    const auto it = row.columns.constFind(column);
    return it == row.columns.cend() ? nullptr : &*it;
}

// Enumerations and small numbers: clamped so out-of-range values stay out of range (and visible)
// without overflowing an int.
int clampInt(qint64 v) { return int(std::clamp<qint64>(v, -1000, 1000)); }

// ---- UPS-MIB ----------------------------------------------------------------------------------

enum class UpsKind { Number, Enum, Text };

struct UpsObject {
    const char *name;
    const char *suffix; // under 1.3.6.1.2.1.33.1
    bool table;         // instance is a row index (lines), else .0
    UpsKind kind;
    const char *quantity;
    const char *unit;
    int exp10; // engineering = raw * 10^exp10
    qint64 min;
    qint64 max;
};

// clang-format off
constexpr std::array kUpsObjects{
    UpsObject{"upsIdentManufacturer", "1.1", false, UpsKind::Text, "", "", 0, 0, 0},
    UpsObject{"upsIdentModel", "1.2", false, UpsKind::Text, "", "", 0, 0, 0},
    UpsObject{"upsIdentName", "1.5", false, UpsKind::Text, "", "", 0, 0, 0},
    UpsObject{"upsBatteryStatus", "2.1", false, UpsKind::Enum, "ups.battery.status", "", 0, 1, 4},
    UpsObject{"upsSecondsOnBattery", "2.2", false, UpsKind::Number, "ups.battery.seconds_on_battery", "s", 0, 0, kMax32},
    UpsObject{"upsEstimatedMinutesRemaining", "2.3", false, UpsKind::Number, "ups.battery.minutes_remaining", "min", 0, 0, kMax32},
    UpsObject{"upsEstimatedChargeRemaining", "2.4", false, UpsKind::Number, "ups.battery.charge", "%", 0, 0, 100},
    UpsObject{"upsBatteryVoltage", "2.5", false, UpsKind::Number, "ups.battery.voltage", "V", -1, 0, kMax32},
    UpsObject{"upsBatteryCurrent", "2.6", false, UpsKind::Number, "ups.battery.current", "A", -1, -kMax32 - 1, kMax32},
    UpsObject{"upsBatteryTemperature", "2.7", false, UpsKind::Number, "ups.battery.temperature", "°C", 0, -kMax32 - 1, kMax32},
    UpsObject{"upsInputLineBads", "3.1", false, UpsKind::Number, "ups.input.line_bads", "", 0, 0, kMaxU32},
    UpsObject{"upsInputNumLines", "3.2", false, UpsKind::Number, "ups.input.num_lines", "", 0, 0, kMax32},
    UpsObject{"upsInputFrequency", "3.3.1.2", true, UpsKind::Number, "ups.input.frequency", "Hz", -1, 0, kMax32},
    UpsObject{"upsInputVoltage", "3.3.1.3", true, UpsKind::Number, "ups.input.voltage", "V", 0, 0, kMax32},
    UpsObject{"upsInputCurrent", "3.3.1.4", true, UpsKind::Number, "ups.input.current", "A", -1, 0, kMax32},
    UpsObject{"upsInputTruePower", "3.3.1.5", true, UpsKind::Number, "ups.input.power", "W", 0, 0, kMax32},
    UpsObject{"upsOutputSource", "4.1", false, UpsKind::Enum, "ups.output.source", "", 0, 1, 7},
    UpsObject{"upsOutputFrequency", "4.2", false, UpsKind::Number, "ups.output.frequency", "Hz", -1, 0, kMax32},
    UpsObject{"upsOutputNumLines", "4.3", false, UpsKind::Number, "ups.output.num_lines", "", 0, 0, kMax32},
    UpsObject{"upsOutputVoltage", "4.4.1.2", true, UpsKind::Number, "ups.output.voltage", "V", 0, 0, kMax32},
    UpsObject{"upsOutputCurrent", "4.4.1.3", true, UpsKind::Number, "ups.output.current", "A", -1, 0, kMax32},
    UpsObject{"upsOutputPower", "4.4.1.4", true, UpsKind::Number, "ups.output.power", "W", 0, 0, kMax32},
    UpsObject{"upsOutputPercentLoad", "4.4.1.5", true, UpsKind::Number, "ups.output.load", "%", 0, 0, 200},
    UpsObject{"upsBypassFrequency", "5.1", false, UpsKind::Number, "ups.bypass.frequency", "Hz", -1, 0, kMax32},
    UpsObject{"upsBypassNumLines", "5.2", false, UpsKind::Number, "ups.bypass.num_lines", "", 0, 0, kMax32},
    UpsObject{"upsBypassVoltage", "5.3.1.2", true, UpsKind::Number, "ups.bypass.voltage", "V", 0, 0, kMax32},
    UpsObject{"upsBypassCurrent", "5.3.1.3", true, UpsKind::Number, "ups.bypass.current", "A", -1, 0, kMax32},
    UpsObject{"upsBypassPower", "5.3.1.4", true, UpsKind::Number, "ups.bypass.power", "W", 0, 0, kMax32},
    UpsObject{"upsAlarmsPresent", "6.1", false, UpsKind::Number, "ups.alarms.present", "", 0, 0, kMaxU32},
    UpsObject{"upsConfigInputVoltage", "9.1", false, UpsKind::Number, "ups.config.input_voltage", "V", 0, 0, kMax32},
    UpsObject{"upsConfigInputFreq", "9.2", false, UpsKind::Number, "ups.config.input_frequency", "Hz", -1, 0, kMax32},
    UpsObject{"upsConfigOutputVoltage", "9.3", false, UpsKind::Number, "ups.config.output_voltage", "V", 0, 0, kMax32},
    UpsObject{"upsConfigOutputFreq", "9.4", false, UpsKind::Number, "ups.config.output_frequency", "Hz", -1, 0, kMax32},
    UpsObject{"upsConfigOutputVA", "9.5", false, UpsKind::Number, "ups.config.output_va", "VA", 0, 0, kMax32},
    UpsObject{"upsConfigOutputPower", "9.6", false, UpsKind::Number, "ups.config.output_power", "W", 0, 0, kMax32},
    UpsObject{"upsConfigLowBattTime", "9.7", false, UpsKind::Number, "ups.config.low_battery_time", "min", 0, 0, kMax32},
    UpsObject{"upsConfigLowVoltageTransferPoint", "9.9", false, UpsKind::Number, "ups.config.low_transfer_voltage", "V", 0, 0, kMax32},
    UpsObject{"upsConfigHighVoltageTransferPoint", "9.10", false, UpsKind::Number, "ups.config.high_transfer_voltage", "V", 0, 0, kMax32},
};
// clang-format on

constexpr char kUpsObjectsRoot[] = "1.3.6.1.2.1.33.1.";
constexpr char kUpsAlarmDescr[] = "1.3.6.1.2.1.33.1.6.2.1.2";
constexpr char kUpsAlarmTime[] = "1.3.6.1.2.1.33.1.6.2.1.3";

bool isIntegerType(VarType t)
{
    return t == VarType::Integer || t == VarType::Unsigned || t == VarType::Counter32
           || t == VarType::Counter64 || t == VarType::TimeTicks;
}

// The single-arc instance after `column` in `oid` ("3" of column.3), or nullopt.
std::optional<quint32> singleArcInstance(const QString &oid, const QString &column)
{
    if (!oidIsUnder(oid, column))
        return std::nullopt;
    const QStringView rest = QStringView(oid).mid(column.size() + 1);
    if (rest.contains(QLatin1Char('.')))
        return std::nullopt;
    bool ok = false;
    const qulonglong v = rest.toULongLong(&ok);
    if (!ok || v > 0xFFFFFFFFULL)
        return std::nullopt;
    return quint32(v);
}

} // namespace

double decimalValue(qint64 value, int exp10)
{
    char buffer[64];
    const int n = std::snprintf(buffer, sizeof buffer, "%llde%d", static_cast<long long>(value),
                                exp10);
    double result = 0;
    std::from_chars(buffer, buffer + n, result);
    return result;
}

Result<double> entitySensorValue(qint64 value, int scale, int precision)
{
    if (scale < 1 || scale > 17)
        return api::fail(api::Code::DeviceProtocol,
                         Tr::tr("scale %1 is not an EntitySensorDataScale (1 yocto .. 17 yotta)")
                             .arg(scale));
    if (precision < -8 || precision > 9)
        return api::fail(api::Code::DeviceProtocol,
                         Tr::tr("precision %1 is outside -8..9").arg(precision));
    if (value <= kSensorUnderflow)
        return api::fail(api::Code::DeviceProtocol,
                         Tr::tr("the sensor reads below its range (underflow, %1)").arg(value));
    if (value >= kSensorOverflow)
        return api::fail(api::Code::DeviceProtocol,
                         Tr::tr("the sensor reads above its range (overflow, %1)").arg(value));
    return decimalValue(value, 3 * (scale - 9) - (precision > 0 ? precision : 0));
}

QString entitySensorTypeName(int type)
{
    static const char *const names[] = {"other",     "unknown", "voltsAC", "voltsDC",
                                        "amperes",   "watts",   "hertz",   "celsius",
                                        "percentRH", "rpm",     "cmm",     "truthvalue"};
    if (type < 1 || type > 12)
        return {};
    return QString::fromLatin1(names[type - 1]);
}

QString entitySensorScaleName(int scale)
{
    static const char *const names[] = {"yocto", "zepto", "atto",  "femto", "pico", "nano",
                                        "micro", "milli", "units", "kilo",  "mega", "giga",
                                        "tera",  "exa",   "peta",  "zetta", "yotta"};
    if (scale < 1 || scale > 17)
        return {};
    return QString::fromLatin1(names[scale - 1]);
}

QuantityUnit entitySensorQuantity(int type, const QString &unitsDisplay)
{
    switch (type) {
    case 3: return {QStringLiteral("voltage.ac"), QStringLiteral("V")};
    case 4: return {QStringLiteral("voltage.dc"), QStringLiteral("V")};
    case 5: return {QStringLiteral("current"), QStringLiteral("A")};
    case 6: return {QStringLiteral("power"), QStringLiteral("W")};
    case 7: return {QStringLiteral("frequency"), QStringLiteral("Hz")};
    case 8: return {QStringLiteral("temperature"), QStringLiteral("°C")};
    case 9: return {QStringLiteral("humidity"), QStringLiteral("%RH")};
    case 10: return {QStringLiteral("fan.speed"), QStringLiteral("rpm")};
    case 11: return {QStringLiteral("airflow"), QStringLiteral("m³/min")};
    case 12: return {QStringLiteral("state"), QString()};
    case 1: return {QStringLiteral("other"), unitsDisplay};
    default: return {QStringLiteral("unknown"), unitsDisplay};
    }
}

QString upsBatteryStatusName(int code)
{
    static const char *const names[] = {"unknown", "batteryNormal", "batteryLow", "batteryDepleted"};
    return code >= 1 && code <= 4 ? QString::fromLatin1(names[code - 1]) : QString();
}

QString upsOutputSourceName(int code)
{
    static const char *const names[] = {"other",   "none",    "normal", "bypass",
                                        "battery", "booster", "reducer"};
    return code >= 1 && code <= 7 ? QString::fromLatin1(names[code - 1]) : QString();
}

QString upsWellKnownAlarmName(int n)
{
    static const char *const names[] = {"BatteryBad",
                                        "OnBattery",
                                        "LowBattery",
                                        "DepletedBattery",
                                        "TempBad",
                                        "InputBad",
                                        "OutputBad",
                                        "OutputOverload",
                                        "OnBypass",
                                        "BypassBad",
                                        "OutputOffAsRequested",
                                        "UpsOffAsRequested",
                                        "ChargerFailed",
                                        "UpsOutputOff",
                                        "UpsSystemOff",
                                        "FanFailure",
                                        "FuseFailure",
                                        "GeneralFault",
                                        "DiagnosticTestFailed",
                                        "CommunicationsLost",
                                        "AwaitingPower",
                                        "ShutdownPending",
                                        "ShutdownImminent",
                                        "TestInProgress"};
    if (n < 1 || n > 24)
        return {};
    return QStringLiteral("upsAlarm") + QString::fromLatin1(names[n - 1]);
}

QString ifOperStatusName(int code)
{
    static const char *const names[] = {"up",      "down",       "testing",       "unknown",
                                        "dormant", "notPresent", "lowerLayerDown"};
    return code >= 1 && code <= 7 ? QString::fromLatin1(names[code - 1]) : QString();
}

QString ifAdminStatusName(int code)
{
    static const char *const names[] = {"up", "down", "testing"};
    return code >= 1 && code <= 3 ? QString::fromLatin1(names[code - 1]) : QString();
}

QString InterfaceLink::label() const
{
    if (!name.isEmpty())
        return name;
    if (!descr.isEmpty())
        return descr;
    return QStringLiteral("ifIndex %1").arg(index);
}

QString stateName(const devices::SensorReading &reading)
{
    const int code = int(reading.value);
    if (reading.quantity == QLatin1String("if.oper_status"))
        return ifOperStatusName(code);
    if (reading.quantity == QLatin1String("if.admin_status"))
        return ifAdminStatusName(code);
    if (reading.quantity == QLatin1String("ups.battery.status"))
        return upsBatteryStatusName(code);
    if (reading.quantity == QLatin1String("ups.output.source"))
        return upsOutputSourceName(code);
    if (reading.quantity == QLatin1String("state"))
        return reading.value != 0 ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

EntitySensorReadings mapEntitySensors(const QList<VarBind> &varbinds, const QString &endpoint,
                                      qint64 timestampMs)
{
    EntitySensorReadings out;
    const QString sensorEntry = QString::fromLatin1(oids::entPhySensorEntry);
    const QString descrColumn = QString::fromLatin1(oids::entPhysicalDescr);
    const QString nameColumn = QString::fromLatin1(oids::entPhysicalName);
    QMap<quint32, SensorRow> rows;
    QMap<quint32, QString> descrs;
    QMap<quint32, QString> names;

    for (const VarBind &vb : varbinds) {
        if (vb.isException())
            continue;
        if (oidIsUnder(vb.oid, sensorEntry)) {
            const QStringView rest = QStringView(vb.oid).mid(sensorEntry.size() + 1);
            const qsizetype dot = rest.indexOf(QLatin1Char('.'));
            if (dot <= 0)
                continue;
            bool ok = false;
            const int column = rest.left(dot).toInt(&ok);
            if (!ok || column < SensorType || column > SensorUnitsDisplay)
                continue; // timestamps, update rates: not needed for a reading
            const auto index = singleArcInstance(vb.oid, sensorEntry + QLatin1Char('.')
                                                             + QString::number(column));
            if (!index)
                continue;
            rows[*index].columns.insert(column, vb);
        } else if (const auto d = singleArcInstance(vb.oid, descrColumn)) {
            if (vb.type == VarType::OctetString)
                descrs.insert(*d, textOf(vb));
        } else if (const auto n = singleArcInstance(vb.oid, nameColumn)) {
            if (vb.type == VarType::OctetString)
                names.insert(*n, textOf(vb));
        }
    }

    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        const quint32 index = it.key();
        const SensorRow &row = it.value();
        EntitySensor sensor;
        sensor.index = index;
        sensor.name = names.value(index);
        const QString label = descrs.value(index, sensor.name).isEmpty()
                                  ? QStringLiteral("entPhysicalIndex %1").arg(index)
                                  : descrs.value(index, sensor.name);
        const auto oidOf = [&](int column) -> QString {
            return sensorEntry + QLatin1Char('.') + QString::number(column) + QLatin1Char('.')
                   + QString::number(index);
        };
        const auto objectOf = [&](int column) -> QString {
            return QString::fromLatin1(entityColumnName(column)) + QLatin1Char('.')
                   + QString::number(index);
        };
        bool usable = true;
        std::array<qint64, 6> ints{};
        for (int column :
             {SensorType, SensorScale, SensorPrecision, SensorValue, SensorOperStatus}) {
            const auto c = row.columns.constFind(column);
            if (c == row.columns.cend()) {
                if (column == SensorOperStatus)
                    continue; // optional for our purpose: a missing status is not "failed"
                out.problems.append(
                    problem(endpoint, objectOf(column), oidOf(column),
                            Tr::tr("missing; the sensor \"%1\" cannot be read without it")
                                .arg(label)));
                usable = false;
                continue;
            }
            if (c->type != VarType::Integer && c->type != VarType::Unsigned) {
                out.problems.append(problem(endpoint, objectOf(column), oidOf(column),
                                            typeProblem(*c, QStringLiteral("INTEGER")), &*c));
                usable = false;
                continue;
            }
            ints[column - 1] = c->integer;
        }
        if (const auto u = row.columns.constFind(SensorUnitsDisplay);
            u != row.columns.cend() && u->type == VarType::OctetString)
            sensor.unitsDisplay = textOf(*u);
        sensor.type = clampInt(ints[SensorType - 1]);
        sensor.operStatus = clampInt(ints[SensorOperStatus - 1]);
        out.sensors.append(sensor);
        if (!usable)
            continue;
        const qint64 status = ints[SensorOperStatus - 1];
        if (row.columns.contains(SensorOperStatus) && status != 1) {
            const QString statusName = status == 2   ? QStringLiteral("unavailable")
                                       : status == 3 ? QStringLiteral("nonoperational")
                                                     : QString::number(status);
            out.problems.append(
                problem(endpoint, objectOf(SensorOperStatus), oidOf(SensorOperStatus),
                        Tr::tr("the sensor \"%1\" reports %2, not ok; its value is not used")
                            .arg(label, statusName),
                        columnOf(row, SensorOperStatus)));
            continue;
        }
        const qint64 type = ints[SensorType - 1];
        if (type < 1 || type > 12) {
            out.problems.append(problem(endpoint, objectOf(SensorType), oidOf(SensorType),
                                        rangeProblem(type, 1, 12), columnOf(row, SensorType)));
            continue;
        }
        const qint64 scale = ints[SensorScale - 1];
        const qint64 precision = ints[SensorPrecision - 1];
        const qint64 raw = ints[SensorValue - 1];
        const Result<double> value = entitySensorValue(raw, clampInt(scale), clampInt(precision));
        if (!value) {
            const int column = (scale < 1 || scale > 17)           ? SensorScale
                               : (precision < -8 || precision > 9) ? SensorPrecision
                                                                   : SensorValue;
            out.problems.append(problem(endpoint, objectOf(column), oidOf(column),
                                        value.error().message, columnOf(row, column)));
            continue;
        }
        const QuantityUnit qu = entitySensorQuantity(int(type), sensor.unitsDisplay);
        devices::SensorReading reading;
        reading.quantity = qu.quantity;
        reading.unit = qu.unit;
        reading.label = label;
        reading.value = type == 12 ? (raw == 1 ? 1.0 : 0.0) : *value;
        reading.raw = QString::number(raw);
        reading.source = endpoint + QLatin1Char(' ') + oidOf(SensorValue);
        reading.timestampMs = timestampMs;
        out.readings.append(reading);
    }
    return out;
}

UpsReadings mapUps(const QList<VarBind> &varbinds, const QString &endpoint, qint64 timestampMs)
{
    UpsReadings out;
    const QString root = QString::fromLatin1(kUpsObjectsRoot);
    const QString alarmDescr = QString::fromLatin1(kUpsAlarmDescr);
    const QString alarmTime = QString::fromLatin1(kUpsAlarmTime);
    QMap<quint32, UpsAlarm> alarms;

    for (const VarBind &vb : varbinds) {
        if (vb.isException())
            continue;
        if (const auto id = singleArcInstance(vb.oid, alarmDescr)) {
            UpsAlarm &alarm = alarms[*id];
            alarm.id = *id;
            const QString object = QStringLiteral("upsAlarmDescr.%1").arg(*id);
            if (vb.type != VarType::ObjectId) {
                out.problems.append(problem(endpoint, object, vb.oid,
                                            typeProblem(vb, QStringLiteral("OBJECT IDENTIFIER")),
                                            &vb));
                continue;
            }
            alarm.descr = normalizeOid(vb.objectId);
            const auto n = singleArcInstance(alarm.descr,
                                             QString::fromLatin1(oids::upsWellKnownAlarms));
            alarm.name = n ? upsWellKnownAlarmName(int(qMin<quint32>(*n, 1000))) : QString();
            if (alarm.name.isEmpty())
                alarm.name = alarm.descr;
            continue;
        }
        if (const auto id = singleArcInstance(vb.oid, alarmTime)) {
            UpsAlarm &alarm = alarms[*id];
            alarm.id = *id;
            if (vb.type != VarType::TimeTicks && vb.type != VarType::Unsigned
                && vb.type != VarType::Integer) {
                out.problems.append(problem(endpoint, QStringLiteral("upsAlarmTime.%1").arg(*id),
                                            vb.oid, typeProblem(vb, QStringLiteral("TimeTicks")),
                                            &vb));
                continue;
            }
            alarm.seconds = decimalValue(vb.integer, -2);
            continue;
        }
        if (!oidIsUnder(vb.oid, QString::fromLatin1(oids::upsMib)))
            continue;
        for (const UpsObject &object : kUpsObjects) {
            const QString column = root + QString::fromLatin1(object.suffix);
            const auto instance = singleArcInstance(vb.oid, column);
            if (!instance || (!object.table && *instance != 0))
                continue;
            const QString name =
                object.table
                    ? QStringLiteral("%1.%2").arg(QString::fromLatin1(object.name)).arg(*instance)
                    : QString::fromLatin1(object.name);
            if (object.kind == UpsKind::Text) {
                if (vb.type != VarType::OctetString) {
                    out.problems.append(problem(endpoint, name, vb.oid,
                                                typeProblem(vb, QStringLiteral("DisplayString")),
                                                &vb));
                    break;
                }
                const QString text = textOf(vb);
                const QLatin1String objectName(object.name);
                if (objectName == QLatin1String("upsIdentManufacturer"))
                    out.ident.manufacturer = text;
                else if (objectName == QLatin1String("upsIdentModel"))
                    out.ident.model = text;
                else
                    out.ident.name = text;
                break;
            }
            if (!isIntegerType(vb.type)) {
                out.problems.append(problem(endpoint, name, vb.oid,
                                            typeProblem(vb, QStringLiteral("INTEGER")), &vb));
                break;
            }
            if (vb.integer < object.min || vb.integer > object.max) {
                out.problems.append(problem(endpoint, name, vb.oid,
                                            rangeProblem(vb.integer, object.min, object.max), &vb));
                break;
            }
            devices::SensorReading reading;
            reading.quantity = QString::fromLatin1(object.quantity);
            reading.unit = QString::fromUtf8(object.unit);
            reading.label = name;
            reading.value = decimalValue(vb.integer, object.exp10);
            reading.raw = QString::number(vb.integer);
            reading.source = endpoint + QLatin1Char(' ') + vb.oid;
            reading.timestampMs = timestampMs;
            out.readings.append(reading);
            break;
        }
    }
    out.alarms = alarms.values();
    return out;
}

InterfaceReadings mapInterfaces(const QList<VarBind> &varbinds, const QString &endpoint,
                                qint64 timestampMs)
{
    InterfaceReadings out;
    struct Row {
        InterfaceLink link;
        const VarBind *admin = nullptr;
        const VarBind *oper = nullptr;
        const VarBind *speed = nullptr;
        const VarBind *highSpeed = nullptr;
    };
    QMap<quint32, Row> rows;
    const QString descrColumn = QString::fromLatin1(oids::ifDescr);
    const QString nameColumn = QString::fromLatin1(oids::ifName);
    const QString adminColumn = QString::fromLatin1(oids::ifAdminStatus);
    const QString operColumn = QString::fromLatin1(oids::ifOperStatus);
    const QString speedColumn = QString::fromLatin1(oids::ifSpeed);
    const QString highSpeedColumn = QString::fromLatin1(oids::ifHighSpeed);
    for (const VarBind &vb : varbinds) {
        if (vb.isException())
            continue;
        if (const auto i = singleArcInstance(vb.oid, descrColumn)) {
            Row &row = rows[*i];
            if (vb.type == VarType::OctetString)
                row.link.descr = textOf(vb);
        } else if (const auto n = singleArcInstance(vb.oid, nameColumn)) {
            Row &row = rows[*n];
            if (vb.type == VarType::OctetString)
                row.link.name = textOf(vb);
        } else if (const auto a = singleArcInstance(vb.oid, adminColumn)) {
            rows[*a].admin = &vb;
        } else if (const auto o = singleArcInstance(vb.oid, operColumn)) {
            rows[*o].oper = &vb;
        } else if (const auto sp = singleArcInstance(vb.oid, speedColumn)) {
            rows[*sp].speed = &vb;
        } else if (const auto h = singleArcInstance(vb.oid, highSpeedColumn)) {
            rows[*h].highSpeed = &vb;
        }
    }

    for (auto it = rows.begin(); it != rows.end(); ++it) {
        Row &row = it.value();
        InterfaceLink &link = row.link;
        link.index = it.key();
        const QString label = link.label();
        const auto reading = [&](const char *quantity, double value, const QString &unit,
                                 const VarBind &vb) {
            devices::SensorReading r;
            r.quantity = QString::fromLatin1(quantity);
            r.label = label;
            r.value = value;
            r.unit = unit;
            r.raw = QString::number(vb.integer);
            r.source = endpoint + QLatin1Char(' ') + vb.oid;
            r.timestampMs = timestampMs;
            out.readings.append(r);
        };
        const auto status = [&](const VarBind *vb, const char *object, int max,
                                const char *quantity) -> int {
            const QString objectName =
                QStringLiteral("%1.%2").arg(QString::fromLatin1(object)).arg(link.index);
            if (vb->type != VarType::Integer) {
                out.problems.append(problem(endpoint, objectName, vb->oid,
                                            typeProblem(*vb, QStringLiteral("INTEGER")), vb));
                return 0;
            }
            if (vb->integer < 1 || vb->integer > max) {
                out.problems.append(
                    problem(endpoint, objectName, vb->oid, rangeProblem(vb->integer, 1, max), vb));
                return 0;
            }
            reading(quantity, double(vb->integer), QString(), *vb);
            return int(vb->integer);
        };
        if (row.oper) {
            link.operStatus = status(row.oper, "ifOperStatus", 7, "if.oper_status");
        } else {
            const QString oid = QStringLiteral("%1.%2").arg(operColumn).arg(link.index);
            out.problems.append(
                problem(endpoint, QStringLiteral("ifOperStatus.%1").arg(link.index), oid,
                        Tr::tr("missing; the link state of port \"%1\" is unknown").arg(label)));
        }
        if (row.admin)
            link.adminStatus = status(row.admin, "ifAdminStatus", 3, "if.admin_status");
        const VarBind *speedVb = nullptr;
        if (row.highSpeed && isIntegerType(row.highSpeed->type) && row.highSpeed->integer > 0) {
            link.speedMbps = double(row.highSpeed->integer);
            speedVb = row.highSpeed;
        } else if (row.speed && isIntegerType(row.speed->type)) {
            link.speedMbps = decimalValue(row.speed->integer, -6);
            speedVb = row.speed;
        }
        if (speedVb)
            reading("if.speed", link.speedMbps, QStringLiteral("Mbit/s"), *speedVb);
        out.interfaces.append(link);
    }
    return out;
}

} // namespace edge::snmp
