// Golden tests of the pure SNMP mapping: every row of the reference table
// (tests/data/snmp_ups_entity_sensor_oids.csv) mapped from its fake value to the expected
// engineering value, exact scale/precision arithmetic, malformed values with their messages, and
// the settings schema.

#include "device-protocols/snmp/snmpmapping.h"
#include "device-protocols/snmp/snmpsettings.h"
#include "snmpgolden.h"

#include <QTest>

using namespace edge;
using namespace edge::snmp;

namespace {

const QString kEndpoint = QStringLiteral("snmp://192.0.2.7:161");

VarBind integer(const QString &oid, qint64 value, VarType type = VarType::Integer)
{
    VarBind vb;
    vb.oid = oid;
    vb.type = type;
    vb.integer = value;
    return vb;
}

VarBind text(const QString &oid, const QByteArray &value)
{
    VarBind vb;
    vb.oid = oid;
    vb.type = VarType::OctetString;
    vb.octets = value;
    return vb;
}

// One complete entity sensor row at index 1: type, scale, precision, value, status.
QList<VarBind> sensorRow(qint64 type, qint64 scale, qint64 precision, qint64 value,
                         qint64 status = 1)
{
    const QString e = QStringLiteral("1.3.6.1.2.1.99.1.1.1.");
    return {integer(e + QStringLiteral("1.1"), type), integer(e + QStringLiteral("2.1"), scale),
            integer(e + QStringLiteral("3.1"), precision),
            integer(e + QStringLiteral("4.1"), value), integer(e + QStringLiteral("5.1"), status)};
}

// The golden IF-MIB walk (tests/data/if_mib_switch.walk, `snmpwalk -On` lines) as varbinds.
QList<VarBind> readWalk(const QString &fileName)
{
    QFile file(QStringLiteral(EC_SNMP_TESTDATA "/") + fileName);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<VarBind> out;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype eq = line.indexOf(QStringLiteral(" = "));
        const qsizetype colon = line.indexOf(QStringLiteral(": "), eq);
        if (eq < 0 || colon < 0)
            continue;
        const QString oid = normalizeOid(line.left(eq));
        const QString type = line.mid(eq + 3, colon - eq - 3);
        const QString value = line.mid(colon + 2);
        if (type == QLatin1String("STRING"))
            out.append(text(oid, value.mid(1, value.size() - 2).toUtf8()));
        else if (type == QLatin1String("Gauge32"))
            out.append(integer(oid, value.toLongLong(), VarType::Unsigned));
        else
            out.append(integer(oid, value.toLongLong()));
    }
    return out;
}

} // namespace

class TestSnmpMapping : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        m_rows = golden::readTable(&error);
        QVERIFY2(!m_rows.isEmpty(), qPrintable(error));
        const QList<VarBind> vbs = golden::varbinds(m_rows);
        m_ups = mapUps(vbs, kEndpoint, 1234);
        m_entity = mapEntitySensors(vbs, kEndpoint, 1234);
    }

    void tableIsWhole()
    {
        // 48 objects in the reference table; a truncated copy must not pass as golden.
        QCOMPARE(m_rows.size(), 48);
        QVERIFY(m_ups.problems.isEmpty());
        QVERIFY(m_entity.problems.isEmpty());
        QCOMPARE(m_entity.readings.size(), golden::kSensors);
        for (const auto &r : std::as_const(m_ups.readings)) {
            QCOMPARE(r.timestampMs, 1234);
            QVERIFY2(r.source.startsWith(kEndpoint + QLatin1String(" 1.3.6.1.2.1.33.1.")),
                     qPrintable(r.source));
        }
    }

    void golden_data()
    {
        QTest::addColumn<int>("row");
        for (qsizetype i = 0; i < m_rows.size(); ++i)
            QTest::newRow(qPrintable(m_rows.at(i)[("name")])) << int(i);
    }

    void golden()
    {
        QFETCH(int, row);
        const QString problem = golden::checkRow(m_rows.at(row), m_ups, m_entity);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void exactValues_data()
    {
        QTest::addColumn<qint64>("value");
        QTest::addColumn<int>("scale");
        QTest::addColumn<int>("precision");
        QTest::addColumn<double>("expected");
        QTest::newRow("23.5 C") << qint64(235) << 9 << 1 << 23.5;
        QTest::newRow("milli 31.25") << qint64(31250) << 8 << 0 << 31.25;
        QTest::newRow("220.1 V") << qint64(2201) << 9 << 1 << 220.1;
        QTest::newRow("-8.5 C") << qint64(-85) << 9 << 1 << -8.5;
        QTest::newRow("0.3 (not 0.30000000000000004)") << qint64(3) << 9 << 1 << 0.3;
        QTest::newRow("yocto") << qint64(1) << 1 << 0 << 1e-24;
        QTest::newRow("yotta") << qint64(7) << 17 << 0 << 7e24;
        QTest::newRow("kilo, 2 places") << qint64(12345) << 10 << 2 << 123450.0;
        QTest::newRow("9 places") << qint64(123456789) << 9 << 9 << 0.123456789;
        QTest::newRow("micro, 3 places") << qint64(-999999999) << 7 << 3 << -0.999999999;
        QTest::newRow("accurate digits do not shift") << qint64(5) << 10 << -2 << 5000.0;
        QTest::newRow("zero") << qint64(0) << 12 << 4 << 0.0;
    }

    void exactValues()
    {
        QFETCH(qint64, value);
        QFETCH(int, scale);
        QFETCH(int, precision);
        QFETCH(double, expected);
        const auto v = entitySensorValue(value, scale, precision);
        QVERIFY2(v.has_value(), v ? "" : qPrintable(v.error().message));
        QCOMPARE(*v, expected); // exact: the same double as the decimal literal
        QVERIFY(*v == expected);
    }

    void entityProblems_data()
    {
        QTest::addColumn<QList<VarBind>>("varbinds");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("oid");
        QTest::newRow("scale 0") << sensorRow(8, 0, 1, 235)
                                 << QStringLiteral(
                                        "entPhySensorScale.1 (OID 1.3.6.1.2.1.99.1.1.1.2.1) "
                                        "from snmp://192.0.2.7:161: scale 0 is not an "
                                        "EntitySensorDataScale (1 yocto .. 17 yotta)")
                                 << QStringLiteral("1.3.6.1.2.1.99.1.1.1.2.1");
        QTest::newRow("precision 10")
            << sensorRow(8, 9, 10, 235) << QStringLiteral("precision 10 is outside -8..9")
            << QStringLiteral("1.3.6.1.2.1.99.1.1.1.3.1");
        QTest::newRow("underflow") << sensorRow(8, 9, 1, -1000000000)
                                   << QStringLiteral("below its range (underflow, -1000000000)")
                                   << QStringLiteral("1.3.6.1.2.1.99.1.1.1.4.1");
        QTest::newRow("overflow") << sensorRow(9, 9, 0, 1000000000)
                                  << QStringLiteral("above its range (overflow, 1000000000)")
                                  << QStringLiteral("1.3.6.1.2.1.99.1.1.1.4.1");
        QTest::newRow("nonoperational")
            << sensorRow(8, 9, 1, 235, 3)
            << QStringLiteral("the sensor \"entPhysicalIndex 1\" reports nonoperational, not ok")
            << QStringLiteral("1.3.6.1.2.1.99.1.1.1.5.1");
        QTest::newRow("unknown type 13")
            << sensorRow(13, 9, 1, 235) << QStringLiteral("value 13 is outside 1..12")
            << QStringLiteral("1.3.6.1.2.1.99.1.1.1.1.1");
        QList<VarBind> stringValue = sensorRow(8, 9, 1, 235);
        stringValue[3] = text(stringValue[3].oid, "23.5");
        QTest::newRow("value as a string")
            << stringValue << QStringLiteral("has type OCTET STRING; expected INTEGER")
            << QStringLiteral("1.3.6.1.2.1.99.1.1.1.4.1");
        QList<VarBind> noScale = sensorRow(8, 9, 1, 235);
        noScale.removeAt(1);
        QTest::newRow("scale missing") << noScale
                                       << QStringLiteral("entPhySensorScale.1 (OID "
                                                         "1.3.6.1.2.1.99.1.1.1.2.1) from "
                                                         "snmp://192.0.2.7:161: missing")
                                       << QStringLiteral("1.3.6.1.2.1.99.1.1.1.2.1");
    }

    void entityProblems()
    {
        QFETCH(QList<VarBind>, varbinds);
        QFETCH(QString, message);
        QFETCH(QString, oid);
        const auto mapped = mapEntitySensors(varbinds, kEndpoint, 0);
        QVERIFY(mapped.readings.isEmpty());
        QCOMPARE(mapped.problems.size(), 1);
        const api::Error &e = mapped.problems.first();
        QCOMPARE(e.code, api::Code::DeviceProtocol);
        QVERIFY2(e.message.contains(message), qPrintable(e.message));
        QVERIFY2(e.message.contains(oid), qPrintable(e.message));
        QCOMPARE(e.field, oid);
    }

    void upsProblems_data()
    {
        QTest::addColumn<VarBind>("varbind");
        QTest::addColumn<QString>("message");
        QTest::newRow("charge 150") << integer(QStringLiteral("1.3.6.1.2.1.33.1.2.4.0"), 150)
                                    << QStringLiteral("upsEstimatedChargeRemaining (OID "
                                                      "1.3.6.1.2.1.33.1.2.4.0) from "
                                                      "snmp://192.0.2.7:161: value 150 is outside "
                                                      "0..100");
        QTest::newRow("status as text") << text(QStringLiteral("1.3.6.1.2.1.33.1.2.1.0"), "normal")
                                        << QStringLiteral("upsBatteryStatus (OID "
                                                          "1.3.6.1.2.1.33.1.2.1.0) from "
                                                          "snmp://192.0.2.7:161: has type OCTET "
                                                          "STRING; expected INTEGER");
        QTest::newRow("source 9") << integer(QStringLiteral("1.3.6.1.2.1.33.1.4.1.0"), 9)
                                  << QStringLiteral("value 9 is outside 1..7");
        QTest::newRow("negative voltage")
            << integer(QStringLiteral("1.3.6.1.2.1.33.1.3.3.1.3.2"), -5)
            << QStringLiteral("upsInputVoltage.2 (OID 1.3.6.1.2.1.33.1.3.3.1.3.2)");
        QTest::newRow("alarm descr not an OID")
            << integer(QStringLiteral("1.3.6.1.2.1.33.1.6.2.1.2.4"), 5)
            << QStringLiteral("upsAlarmDescr.4 (OID 1.3.6.1.2.1.33.1.6.2.1.2.4) from "
                              "snmp://192.0.2.7:161: has type INTEGER; expected OBJECT IDENTIFIER");
    }

    void upsProblems()
    {
        QFETCH(VarBind, varbind);
        QFETCH(QString, message);
        const auto mapped = mapUps({varbind}, kEndpoint, 0);
        QVERIFY(mapped.readings.isEmpty());
        QCOMPARE(mapped.problems.size(), 1);
        QCOMPARE(mapped.problems.first().code, api::Code::DeviceProtocol);
        QVERIFY2(mapped.problems.first().message.contains(message),
                 qPrintable(mapped.problems.first().message));
    }

    void upsOnBattery()
    {
        const auto mapped = mapUps({integer(QStringLiteral("1.3.6.1.2.1.33.1.4.1.0"), 5),
                                    integer(QStringLiteral("1.3.6.1.2.1.33.1.2.1.0"), 3),
                                    integer(QStringLiteral("1.3.6.1.2.1.33.1.2.2.0"), 75),
                                    integer(QStringLiteral("1.3.6.1.2.1.33.1.2.4.0"), 80),
                                    // exceptions and OIDs outside the objects are ignored
                                    VarBind{QStringLiteral("1.3.6.1.2.1.33.1.2.6.0"),
                                            VarType::NoSuchInstance,
                                            0,
                                            {},
                                            {}},
                                    integer(QStringLiteral("1.3.6.1.2.1.33.1.2.1.1"), 2),
                                    integer(QStringLiteral("1.3.6.1.2.1.1.3.0"), 5)},
                                   kEndpoint, 0);
        QVERIFY(mapped.problems.isEmpty());
        QCOMPARE(mapped.readings.size(), 4);
        QCOMPARE(stateName(mapped.readings.at(0)), QStringLiteral("battery"));
        QCOMPARE(mapped.readings.at(0).quantity, QStringLiteral("ups.output.source"));
        QCOMPARE(stateName(mapped.readings.at(1)), QStringLiteral("batteryLow"));
        QCOMPARE(mapped.readings.at(2).value, 75.0);
        QCOMPARE(mapped.readings.at(2).unit, QStringLiteral("s"));
        QCOMPARE(mapped.readings.at(3).quantity, QStringLiteral("ups.battery.charge"));
        QCOMPARE(mapped.readings.at(3).value, 80.0);
    }

    void ifMibGolden_data()
    {
        QTest::addColumn<QStringList>("row");
        QFile file(QStringLiteral(EC_SNMP_TESTDATA "/if_mib_switch.csv"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        int rows = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine()).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#'))
                || line.startsWith(QLatin1String("if_index")))
                continue;
            const QStringList fields = line.split(QLatin1Char(','));
            QTest::newRow(qPrintable(QStringLiteral("ifIndex ") + fields.value(0))) << fields;
            ++rows;
        }
        QCOMPARE(rows, 8); // a truncated copy must not pass as golden
    }

    void ifMibGolden()
    {
        QFETCH(QStringList, row);
        QCOMPARE(row.size(), 8);
        const QList<VarBind> walk = readWalk(QStringLiteral("if_mib_switch.walk"));
        QCOMPARE(walk.size(), 46);
        const InterfaceReadings mapped = mapInterfaces(walk, kEndpoint, 1234);
        QVERIFY(mapped.problems.isEmpty());
        QCOMPARE(mapped.interfaces.size(), 8);
        const quint32 index = row.at(0).toUInt();
        const auto it = std::find_if(mapped.interfaces.cbegin(), mapped.interfaces.cend(),
                                     [&](const InterfaceLink &l) { return l.index == index; });
        QVERIFY(it != mapped.interfaces.cend());
        QCOMPARE(it->label(), row.at(1));
        QCOMPARE(it->descr, row.at(2));
        QCOMPARE(it->adminStatus, row.at(3).toInt());
        QCOMPARE(it->operStatus, row.at(4).toInt());
        QCOMPARE(ifOperStatusName(it->operStatus), row.at(5));
        QCOMPARE(it->speedMbps, row.at(6).toDouble());
        QCOMPARE(it->isUp(), row.at(7) == QLatin1String("true"));
        // Its readings: oper and admin status (state names) and the speed, labelled alike.
        QList<devices::SensorReading> readings;
        for (const devices::SensorReading &r : mapped.readings) {
            if (r.label == row.at(1))
                readings.append(r);
        }
        QCOMPARE(readings.size(), 3);
        QCOMPARE(readings.at(0).quantity, QStringLiteral("if.oper_status"));
        QCOMPARE(stateName(readings.at(0)), row.at(5));
        QCOMPARE(readings.at(0).raw, row.at(4));
        QCOMPARE(readings.at(0).source,
                 kEndpoint + QStringLiteral(" 1.3.6.1.2.1.2.2.1.8.") + row.at(0));
        QCOMPARE(readings.at(0).timestampMs, 1234);
        QCOMPARE(readings.at(1).quantity, QStringLiteral("if.admin_status"));
        QCOMPARE(readings.at(2).quantity, QStringLiteral("if.speed"));
        QCOMPARE(readings.at(2).unit, QStringLiteral("Mbit/s"));
        QCOMPARE(readings.at(2).value, row.at(6).toDouble());
    }

    void ifMibProblems_data()
    {
        QTest::addColumn<QList<VarBind>>("varbinds");
        QTest::addColumn<QString>("message");
        const QString descr = QStringLiteral("1.3.6.1.2.1.2.2.1.2.3");
        const QString oper = QStringLiteral("1.3.6.1.2.1.2.2.1.8.3");
        QTest::newRow("oper missing")
            << QList<VarBind>{text(descr, "uplink")}
            << QStringLiteral("ifOperStatus.3 (OID 1.3.6.1.2.1.2.2.1.8.3) from "
                              "snmp://192.0.2.7:161: missing; the link state of port \"uplink\" "
                              "is unknown");
        QTest::newRow("oper 9") << QList<VarBind>{text(descr, "uplink"), integer(oper, 9)}
                                << QStringLiteral("ifOperStatus.3 (OID 1.3.6.1.2.1.2.2.1.8.3) "
                                                  "from snmp://192.0.2.7:161: value 9 is outside "
                                                  "1..7");
        QTest::newRow("oper as text") << QList<VarBind>{text(oper, "up")}
                                      << QStringLiteral("has type OCTET STRING; expected INTEGER");
        QTest::newRow("admin 0") << QList<VarBind>{integer(oper, 1),
                                                   integer(QStringLiteral("1.3.6.1.2.1.2.2.1.7.3"),
                                                           0)}
                                 << QStringLiteral("ifAdminStatus.3 (OID 1.3.6.1.2.1.2.2.1.7.3) "
                                                   "from snmp://192.0.2.7:161: value 0 is "
                                                   "outside 1..3");
    }

    void ifMibProblems()
    {
        QFETCH(QList<VarBind>, varbinds);
        QFETCH(QString, message);
        const InterfaceReadings mapped = mapInterfaces(varbinds, kEndpoint, 0);
        QCOMPARE(mapped.problems.size(), 1);
        QCOMPARE(mapped.problems.first().code, api::Code::DeviceProtocol);
        QVERIFY2(mapped.problems.first().message.contains(message),
                 qPrintable(mapped.problems.first().message));
        QCOMPARE(mapped.interfaces.size(), 1);
        QVERIFY(!mapped.interfaces.first().isUp() || varbinds.size() == 2);
        QCOMPARE(mapped.interfaces.first().label(),
                 varbinds.first().type == VarType::OctetString
                         && varbinds.first().oid == QStringLiteral("1.3.6.1.2.1.2.2.1.2.3")
                     ? QStringLiteral("uplink")
                     : QStringLiteral("ifIndex 3"));
    }

    void oids()
    {
        QCOMPARE(normalizeOid(QStringLiteral(".1.3.6.1")), QStringLiteral("1.3.6.1"));
        QVERIFY(normalizeOid(QStringLiteral("1..3")).isEmpty());
        QVERIFY(normalizeOid(QStringLiteral("1.3.x")).isEmpty());
        QVERIFY(normalizeOid(QStringLiteral("1.4294967296")).isEmpty());
        QVERIFY(normalizeOid(QStringLiteral("1.+3")).isEmpty());
        QVERIFY(normalizeOid(QString()).isEmpty());
        QCOMPARE(normalizeOid(QStringLiteral("1.4294967295")), QStringLiteral("1.4294967295"));
        QCOMPARE(compareOids(QStringLiteral("1.3.6.1.10"), QStringLiteral("1.3.6.1.9")), 1);
        QCOMPARE(compareOids(QStringLiteral("1.3.6"), QStringLiteral("1.3.6.0")), -1);
        QCOMPARE(compareOids(QStringLiteral("1.3.6"), QStringLiteral("1.3.6")), 0);
        QVERIFY(oidIsUnder(QStringLiteral("1.3.6.1.2"), QStringLiteral("1.3.6.1")));
        QVERIFY(!oidIsUnder(QStringLiteral("1.3.6.10"), QStringLiteral("1.3.6.1")));
        QVERIFY(!oidIsUnder(QStringLiteral("1.3.6.1"), QStringLiteral("1.3.6.1")));
    }

    void settings()
    {
        const devices::SettingsSchema schema = settingsSchema();
        QStringList keys;
        for (const auto &s : schema)
            keys.append(s.key);
        QCOMPARE(keys, QStringList({QStringLiteral("host"), QStringLiteral("port"),
                                    QStringLiteral("version"), QStringLiteral("community"),
                                    QStringLiteral("user"), QStringLiteral("authProtocol"),
                                    QStringLiteral("authPassphrase"), QStringLiteral("privProtocol"),
                                    QStringLiteral("privPassphrase"), QStringLiteral("timeoutMs"),
                                    QStringLiteral("retries"), QStringLiteral("maxRepetitions")}));
        for (const auto &s : schema) {
            if (s.key.contains(QLatin1String("assphrase")) || s.key == QLatin1String("community"))
                QCOMPARE(s.type, devices::SettingType::Secret);
        }

        auto v2 = sessionConfigFromSettings({{QStringLiteral("host"), QStringLiteral("10.0.0.5")}});
        QVERIFY(v2.has_value());
        QCOMPARE(v2->port, 161);
        QCOMPARE(v2->community, QStringLiteral("public"));
        QCOMPARE(v2->timeout.count(), 2000);
        QCOMPARE(v2->endpoint(), QStringLiteral("snmp://10.0.0.5:161"));

        auto noUser = sessionConfigFromSettings({{QStringLiteral("host"), QStringLiteral("h")},
                                                 {QStringLiteral("version"), QStringLiteral("3")}});
        QVERIFY(!noUser);
        QCOMPARE(noUser.error().code, api::Code::Validation);
        QCOMPARE(noUser.error().field, QStringLiteral("user"));

        auto shortPass = sessionConfigFromSettings(
            {{QStringLiteral("host"), QStringLiteral("h")},
             {QStringLiteral("version"), QStringLiteral("3")},
             {QStringLiteral("user"), QStringLiteral("u")},
             {QStringLiteral("authPassphrase"), QStringLiteral("Zq7short")},
             {QStringLiteral("privPassphrase"), QStringLiteral("Xk4tiny")}});
        QVERIFY(!shortPass);
        QCOMPARE(shortPass.error().field, QStringLiteral("privPassphrase"));
        QVERIFY(!shortPass.error().toString().contains(QLatin1String("Xk4tiny")));

        auto badPort = sessionConfigFromSettings(
            {{QStringLiteral("host"), QStringLiteral("h")}, {QStringLiteral("port"), 70000}});
        QVERIFY(!badPort);
        QCOMPARE(badPort.error().field, QStringLiteral("port"));

        auto ipv6 = sessionConfigFromSettings(
            {{QStringLiteral("host"), QStringLiteral("::1")}, {QStringLiteral("port"), 1161}});
        QVERIFY(ipv6.has_value());
        QCOMPARE(ipv6->endpoint(), QStringLiteral("snmp://[::1]:1161"));
    }

private:
    QList<golden::Row> m_rows;
    UpsReadings m_ups;
    EntitySensorReadings m_entity;
};

QTEST_GUILESS_MAIN(TestSnmpMapping)
#include "tst_snmp_mapping.moc"
