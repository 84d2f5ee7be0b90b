#pragma once

// The golden table tests/data/snmp_ups_entity_sensor_oids.csv (copied from the shared reference
// standards/snmp_ups_entity_sensor_oids.csv): its rows, the varbinds its fake values make, and the
// check of each row's expected engineering value against mapped readings. Used by the pure
// mapping test and by the integration test against a real snmpd, so both assert the same table.

#include "device-protocols/snmp/snmpmapping.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QRegularExpression>
#include <QStringList>

#include <cmath>

namespace edge::snmp::golden {

struct Row {
    int line = 0;
    QMap<QString, QString> field; // header name -> value (quotes removed)
    QString operator[](const char *key) const { return field.value(QString::fromLatin1(key)); }
};

// Lenient CSV: '#' lines are comments; a quote toggles quoting anywhere in a field (the table
// writes `"Cabinet inlet temperature" (.1)`); "" inside quotes is one quote.
inline QList<Row> readTable(QString *error = nullptr)
{
    QFile file(QStringLiteral(EC_SNMP_TESTDATA "/snmp_ups_entity_sensor_oids.csv"));
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return {};
    }
    QList<Row> rows;
    QStringList header;
    int lineNo = 0;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        ++lineNo;
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        QStringList fields;
        QString current;
        bool quoted = false;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (c == QLatin1Char('"')) {
                if (quoted && i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                    current += c;
                    ++i;
                } else {
                    quoted = !quoted;
                }
            } else if (c == QLatin1Char(',') && !quoted) {
                fields.append(current.trimmed());
                current.clear();
            } else {
                current += c;
            }
        }
        fields.append(current.trimmed());
        if (header.isEmpty()) {
            header = fields;
            continue;
        }
        Row row;
        row.line = lineNo;
        for (qsizetype i = 0; i < header.size(); ++i)
            row.field.insert(header.at(i), fields.value(i));
        rows.append(row);
    }
    return rows;
}

constexpr int kSensors = 5; // the table describes five entity sensors (.1..5)

// fake_value "221 (.1)" -> {"221"}, {"1"}; "8,9,8,3,8 (.1..5)" -> five values, 1..5.
struct Fake {
    QStringList values;
    QList<quint32> instances;
};

inline Fake parseFake(const Row &row)
{
    Fake fake;
    QString text = row["fake_value"];
    static const QRegularExpression suffix(QStringLiteral("\\s*\\(\\.(\\d+)(?:\\.\\.(\\d+))?\\)$"));
    const auto m = suffix.match(text);
    if (m.hasMatch()) {
        const quint32 first = m.captured(1).toUInt();
        const quint32 last = m.captured(2).isEmpty() ? first : m.captured(2).toUInt();
        for (quint32 i = first; i <= last; ++i)
            fake.instances.append(i);
        text = text.left(m.capturedStart());
    }
    const bool isText = row["syntax"].contains(QLatin1String("String"));
    if (text.contains(QLatin1Char(',')) || !isText) {
        for (const QString &v : text.split(QLatin1Char(',')))
            fake.values.append(v.trimmed());
    } else {
        fake.values.append(text.trimmed());
    }
    const QString instance = row["instance"];
    if (fake.instances.isEmpty()) {
        if (instance == QLatin1String(".0")) {
            fake.instances.append(0);
        } else if (instance == QLatin1String(".<entPhysicalIndex>")) {
            for (quint32 i = 1;
                 i <= quint32(fake.values.size() > 1 ? fake.values.size() : kSensors); ++i)
                fake.instances.append(i);
        }
    }
    return fake;
}

inline bool isValueRow(const Row &row)
{
    const QString syntax = row["syntax"];
    return !row["fake_value"].isEmpty() && !syntax.contains(QLatin1String("NOTIFICATION"))
           && !syntax.contains(QLatin1String("OBJECT-IDENTITY"));
}

inline VarType typeOf(const Row &row)
{
    const QString syntax = row["syntax"];
    if (syntax.contains(QLatin1String("String")))
        return VarType::OctetString;
    if (syntax.contains(QLatin1String("AutonomousType")))
        return VarType::ObjectId;
    if (syntax.startsWith(QLatin1String("Counter32")))
        return VarType::Counter32;
    if (syntax.startsWith(QLatin1String("Gauge32"))
        || syntax.startsWith(QLatin1String("Unsigned32")))
        return VarType::Unsigned;
    if (syntax.startsWith(QLatin1String("TimeStamp")))
        return VarType::TimeTicks;
    return VarType::Integer;
}

// Every value the table's fake agent serves, as varbinds.
inline QList<VarBind> varbinds(const QList<Row> &rows)
{
    QList<VarBind> out;
    for (const Row &row : rows) {
        if (!isValueRow(row))
            continue;
        const Fake fake = parseFake(row);
        for (qsizetype i = 0; i < fake.instances.size(); ++i) {
            const QString value = fake.values.value(fake.values.size() == 1 ? 0 : i);
            VarBind vb;
            vb.oid = row["oid"] + QLatin1Char('.') + QString::number(fake.instances.at(i));
            vb.type = typeOf(row);
            if (vb.type == VarType::OctetString)
                vb.octets = value.toUtf8();
            else if (vb.type == VarType::ObjectId)
                vb.objectId = normalizeOid(value);
            else
                vb.integer = value.toLongLong();
            out.append(vb);
        }
    }
    return out;
}

// The same values in the JSON the snmpd peer's pass_persist script serves.
inline QJsonObject agentJson(const QList<VarBind> &vbs)
{
    QJsonObject o;
    for (const VarBind &vb : vbs) {
        QJsonArray a;
        switch (vb.type) {
        case VarType::OctetString:
            a = {QStringLiteral("string"), QString::fromUtf8(vb.octets)};
            break;
        case VarType::ObjectId:
            a = {QStringLiteral("objectid"), QString(QLatin1Char('.') + vb.objectId)};
            break;
        case VarType::Counter32: a = {QStringLiteral("counter"), vb.integer}; break;
        case VarType::Unsigned: a = {QStringLiteral("gauge"), vb.integer}; break;
        case VarType::TimeTicks: a = {QStringLiteral("timeticks"), vb.integer}; break;
        default: a = {QStringLiteral("integer"), vb.integer}; break;
        }
        o.insert(vb.oid, a);
    }
    return o;
}

// "54.5 V DC" -> 54.5 and "V DC"; false when `text` does not start with a number.
inline bool splitNumber(const QString &text, double *value, QString *unit)
{
    static const QRegularExpression re(QStringLiteral("^(-?\\d+(?:\\.\\d+)?)\\s*(.*)$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return false;
    *value = m.captured(1).toDouble();
    *unit = m.captured(2).trimmed();
    return true;
}

// The table's unit words -> SensorReading::unit.
inline QString unitOf(const QString &words)
{
    static const QMap<QString, QString> units{{QStringLiteral("C"), QStringLiteral("°C")},
                                              {QStringLiteral("V DC"), QStringLiteral("V")},
                                              {QStringLiteral("V AC"), QStringLiteral("V")},
                                              {QStringLiteral("A DC"), QStringLiteral("A")},
                                              {QStringLiteral("%RH"), QStringLiteral("%RH")}};
    return units.value(words, words);
}

inline const devices::SensorReading *findByLabel(const QList<devices::SensorReading> &readings,
                                                 const QString &label)
{
    for (const auto &r : readings) {
        if (r.label == label)
            return &r;
    }
    return nullptr;
}

inline const devices::SensorReading *findBySource(const QList<devices::SensorReading> &readings,
                                                  const QString &oid)
{
    for (const auto &r : readings) {
        if (r.source.endsWith(QLatin1Char(' ') + oid))
            return &r;
    }
    return nullptr;
}

// Checks one row's expectation against mapped UPS and entity readings; empty when it holds,
// else what is wrong.
inline QString checkRow(const Row &row, const UpsReadings &ups, const EntitySensorReadings &ent)
{
    const QString name = row["name"];
    const QString expected = row["expected"];
    const Fake fake = parseFake(row);
    const auto mismatch = [&](const QString &what, const QString &got, const QString &want) {
        return QStringLiteral("line %1 %2: %3 is %4, expected %5")
            .arg(row.line)
            .arg(name, what, got, want);
    };
    const auto num = [](double v) { return QString::number(v, 'g', 17); };

    if (name == QLatin1String("upsIdentManufacturer"))
        return ups.ident.manufacturer == fake.values.value(0)
                   ? QString()
                   : mismatch(QStringLiteral("manufacturer"), ups.ident.manufacturer,
                              fake.values.value(0));
    if (name == QLatin1String("upsIdentModel"))
        return ups.ident.model == fake.values.value(0)
                   ? QString()
                   : mismatch(QStringLiteral("model"), ups.ident.model, fake.values.value(0));
    if (name == QLatin1String("upsIdentName"))
        return ups.ident.name == fake.values.value(0)
                   ? QString()
                   : mismatch(QStringLiteral("name"), ups.ident.name, fake.values.value(0));
    if (name == QLatin1String("upsWellKnownAlarms")) {
        const QStringList words = row["units_or_enum"].split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() != 48)
            return QStringLiteral("line %1: expected 24 alarm names").arg(row.line);
        for (qsizetype i = 0; i + 1 < words.size(); i += 2) {
            const QString want = QStringLiteral("upsAlarm") + words.at(i + 1);
            const QString got = upsWellKnownAlarmName(words.at(i).toInt());
            if (got != want)
                return mismatch(QStringLiteral("alarm %1").arg(words.at(i)), got, want);
        }
        return {};
    }
    if (name == QLatin1String("upsTrapOnBattery")) {
        for (const auto &r : ups.readings) {
            if (r.source.contains(QLatin1String(" 1.3.6.1.2.1.33.2.")))
                return mismatch(QStringLiteral("a notification"), r.label,
                                QStringLiteral("no reading"));
        }
        return {};
    }
    if (name == QLatin1String("upsAlarmDescr") || name == QLatin1String("upsAlarmTime")) {
        if (ups.alarms.size() != 1 || ups.alarms.first().id != fake.instances.value(0))
            return mismatch(QStringLiteral("alarm count"), QString::number(ups.alarms.size()),
                            QStringLiteral("1 with id %1").arg(fake.instances.value(0)));
        const UpsAlarm &a = ups.alarms.first();
        if (name == QLatin1String("upsAlarmDescr"))
            return a.name == expected ? QString()
                                      : mismatch(QStringLiteral("alarm name"), a.name, expected);
        double v = 0;
        QString unit;
        if (!splitNumber(expected, &v, &unit))
            return QStringLiteral("line %1: cannot read expected %2").arg(row.line).arg(expected);
        return a.seconds == v ? QString()
                              : mismatch(QStringLiteral("alarm seconds"), num(a.seconds), num(v));
    }

    if (row["oid"].startsWith(QLatin1String("1.3.6.1.2.1.33."))) {
        const devices::SensorReading *r = nullptr;
        const QString oid = row["oid"] + QLatin1Char('.')
                            + QString::number(fake.instances.value(0));
        r = findBySource(ups.readings, oid);
        if (!r)
            return mismatch(QStringLiteral("reading"), QStringLiteral("missing"), oid);
        const QString label = row["instance"] == QLatin1String(".0")
                                  ? name
                                  : name + QLatin1Char('.')
                                        + QString::number(fake.instances.value(0));
        if (r->label != label)
            return mismatch(QStringLiteral("label"), r->label, label);
        if (r->raw != fake.values.value(0))
            return mismatch(QStringLiteral("raw"), r->raw, fake.values.value(0));
        double v = 0;
        QString unit;
        if (splitNumber(expected, &v, &unit)) {
            if (r->value != v)
                return mismatch(QStringLiteral("value"), num(r->value), num(v));
            if (r->unit != unitOf(unit))
                return mismatch(QStringLiteral("unit"), r->unit, unitOf(unit));
            return {};
        }
        return stateName(*r) == expected
                   ? QString()
                   : mismatch(QStringLiteral("state"), stateName(*r), expected);
    }

    // ENTITY-MIB / ENTITY-SENSOR-MIB rows: one expectation per sensor.
    if (ent.sensors.size() != kSensors)
        return mismatch(QStringLiteral("sensor count"), QString::number(ent.sensors.size()),
                        QString::number(kSensors));
    if (!ent.problems.isEmpty())
        return mismatch(QStringLiteral("problems"), ent.problems.first().message,
                        QStringLiteral("none"));
    const QStringList expectedList = expected.isEmpty()
                                         ? QStringList()
                                         : expected.split(QLatin1Char(','), Qt::KeepEmptyParts);
    for (qsizetype i = 0; i < fake.instances.size(); ++i) {
        const quint32 index = fake.instances.at(i);
        const EntitySensor *sensor = nullptr;
        for (const auto &s : ent.sensors) {
            if (s.index == index)
                sensor = &s;
        }
        if (!sensor)
            return mismatch(QStringLiteral("sensor"), QStringLiteral("missing"),
                            QString::number(index));
        const QString valueOid = QStringLiteral("1.3.6.1.2.1.99.1.1.1.4.%1").arg(index);
        const devices::SensorReading *r = findBySource(ent.readings, valueOid);
        if (!r)
            return mismatch(QStringLiteral("reading"), QStringLiteral("missing"), valueOid);
        const QString fakeValue = fake.values.value(fake.values.size() == 1 ? 0 : i);
        const QString want = expectedList.value(expectedList.size() == 1 ? 0 : i).trimmed();
        if (name == QLatin1String("entPhysicalDescr") && r->label != fakeValue)
            return mismatch(QStringLiteral("label"), r->label, fakeValue);
        if (name == QLatin1String("entPhysicalName") && sensor->name != fakeValue)
            return mismatch(QStringLiteral("name"), sensor->name, fakeValue);
        if (name == QLatin1String("entPhySensorUnitsDisplay") && sensor->unitsDisplay != fakeValue)
            return mismatch(QStringLiteral("units display"), sensor->unitsDisplay, fakeValue);
        if (name == QLatin1String("entPhySensorType")) {
            if (entitySensorTypeName(sensor->type) != want)
                return mismatch(QStringLiteral("type"), entitySensorTypeName(sensor->type), want);
            if (r->quantity != entitySensorQuantity(sensor->type).quantity)
                return mismatch(QStringLiteral("quantity"), r->quantity,
                                entitySensorQuantity(sensor->type).quantity);
        }
        if (name == QLatin1String("entPhySensorScale")) {
            // "x1" or "x10^-3": the multiplier the scale stands for.
            const int exp = want == QLatin1String("x1") ? 0 : want.mid(4).toInt();
            const auto one = entitySensorValue(1, fakeValue.toInt(), 0);
            if (!one || *one != std::pow(10.0, exp))
                return mismatch(QStringLiteral("multiplier"), one ? num(*one) : one.error().message,
                                want);
        }
        if (name == QLatin1String("entPhySensorPrecision")) {
            const auto p = entitySensorValue(1, 9, fakeValue.toInt());
            const double want1 = std::pow(10.0, -qMax(0, fakeValue.toInt()));
            if (!p || *p != want1)
                return mismatch(QStringLiteral("precision divisor"), p ? num(*p) : QString(),
                                num(want1));
        }
        if (name == QLatin1String("entPhySensorValue")) {
            double v = 0;
            QString unit;
            if (!splitNumber(want, &v, &unit))
                return QStringLiteral("line %1: cannot read expected %2").arg(row.line).arg(want);
            if (r->value != v)
                return mismatch(QStringLiteral("value of sensor %1").arg(index), num(r->value),
                                num(v));
            if (r->unit != unitOf(unit))
                return mismatch(QStringLiteral("unit of sensor %1").arg(index), r->unit,
                                unitOf(unit));
            if (r->raw != fakeValue)
                return mismatch(QStringLiteral("raw"), r->raw, fakeValue);
        }
        if (name == QLatin1String("entPhySensorOperStatus") && !want.isEmpty()
            && (want != QLatin1String("ok") || sensor->operStatus != 1))
            return mismatch(QStringLiteral("status"), QString::number(sensor->operStatus), want);
        if (name == QLatin1String("entPhysicalClass") && want != QLatin1String("sensor"))
            return mismatch(QStringLiteral("class"), want, QStringLiteral("sensor"));
    }
    return {};
}

} // namespace edge::snmp::golden
