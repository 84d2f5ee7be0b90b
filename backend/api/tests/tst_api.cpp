#include "backend/api/clock.h"
#include "backend/api/inventorytypes.h"
#include "backend/api/user.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace edge::api;

class TestApi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void siteValidation_data();
    void siteValidation();
    void siteRoundTrip();
    void cabinetValidation();
    void nodeValidation();
    void deviceValidation();
    void deviceSettings_data();
    void deviceSettings();
    void deviceSettingsRoundTrip();
    void recordNormalisation();
    void requiredFields();
    void hlcMonotonic();
    void hlcObserve();
    void roles();
};

void TestApi::siteValidation_data()
{
    QTest::addColumn<QVariantMap>("fields");
    QTest::addColumn<QString>("badField"); // empty = valid
    auto base = [] {
        return QVariantMap{{QStringLiteral("name"), QStringLiteral("深圳南山-01")},
                           {QStringLiteral("kind"), QStringLiteral("cabinet-site")},
                           {QStringLiteral("latitude"), 22.5431},
                           {QStringLiteral("longitude"), 113.9298}};
    };
    QTest::newRow("valid") << base() << QString();
    auto m = base();
    m[QStringLiteral("latitude")] = 91.0;
    QTest::newRow("lat>90") << m << QStringLiteral("latitude");
    m = base();
    m[QStringLiteral("longitude")] = -180.5;
    QTest::newRow("lon<-180") << m << QStringLiteral("longitude");
    m = base();
    m.remove(QStringLiteral("longitude"));
    QTest::newRow("lat without lon") << m << QStringLiteral("longitude");
    m = base();
    m[QStringLiteral("kind")] = QStringLiteral("garage");
    QTest::newRow("bad kind") << m << QStringLiteral("kind");
    m = base();
    m[QStringLiteral("name")] = QStringLiteral(" padded");
    QTest::newRow("padded name") << m << QStringLiteral("name");
    m = base();
    m[QStringLiteral("code")] = QStringLiteral("lower");
    QTest::newRow("bad code") << m << QStringLiteral("code");
    m = base();
    m[QStringLiteral("latitude")] = QStringLiteral("north");
    QTest::newRow("lat not a number") << m << QStringLiteral("latitude");
    m = base();
    m[QStringLiteral("colour")] = QStringLiteral("red");
    QTest::newRow("unknown field") << m << QStringLiteral("colour");
}

void TestApi::siteValidation()
{
    QFETCH(QVariantMap, fields);
    QFETCH(QString, badField);
    Record r;
    r.kind = EntityKind::Site;
    r.fields = fields;
    auto res = validateRecord(r, true);
    if (badField.isEmpty()) {
        QVERIFY2(res.has_value(), qPrintable(res ? QString() : res.error().toString()));
    } else {
        QVERIFY(!res.has_value());
        QCOMPARE(res.error().field, badField);
        QCOMPARE(res.error().code, Code::Validation);
        QVERIFY(!res.error().message.isEmpty());
    }
}

void TestApi::siteRoundTrip()
{
    Site s;
    s.name = QStringLiteral("北京亦庄-02");
    s.kind = SiteKind::EndEdgeDataCentre;
    s.latitude = 39.79;
    s.longitude = 116.51;
    s.code = QStringLiteral("BJ-YZ-02");
    auto back = Site::fromRecord(s.toRecord());
    QVERIFY(back.has_value());
    QCOMPARE(back->name, s.name);
    QCOMPARE(back->kind, s.kind);
    QCOMPARE(back->latitude, s.latitude);
    QCOMPARE(back->code, s.code);
}

void TestApi::cabinetValidation()
{
    Cabinet c;
    c.siteId = QStringLiteral("s1");
    c.name = QStringLiteral("CAB-01");
    c.heightU = 24;
    c.depthMm = 600;
    c.components = {QStringLiteral("ups"), QStringLiteral("pdu")};
    QVERIFY(validate(c).has_value());
    auto back = Cabinet::fromRecord(c.toRecord());
    QVERIFY(back.has_value());
    QCOMPARE(back->components, c.components);
    c.heightU = 0;
    QCOMPARE(validate(c).error().field, QStringLiteral("height_u"));
    c.heightU = 24;
    c.depthMm = 5000;
    QCOMPARE(validate(c).error().field, QStringLiteral("depth_mm"));
    c.depthMm = 600;
    c.components << QStringLiteral("toaster");
    QCOMPARE(validate(c).error().field, QStringLiteral("components"));
}

void TestApi::nodeValidation()
{
    Node n;
    n.siteId = QStringLiteral("s1");
    n.name = QStringLiteral("edge-node-01.sz");
    n.labels[QStringLiteral("zone")] = QStringLiteral("a");
    QVERIFY(validate(n).has_value());
    auto back = Node::fromRecord(n.toRecord());
    QVERIFY(back.has_value());
    QCOMPARE(back->labels, n.labels);
    n.name = QStringLiteral("bad_name!");
    QCOMPARE(validate(n).error().field, QStringLiteral("name"));
    n.name = QStringLiteral("ok");
    n.labels[QStringLiteral("bad key with spaces")] = QStringLiteral("x");
    QCOMPARE(validate(n).error().field, QStringLiteral("labels"));
}

void TestApi::deviceValidation()
{
    Device d;
    d.siteId = QStringLiteral("s1");
    d.name = QStringLiteral("UPS-1");
    d.protocol = DeviceProtocol::Snmp;
    QCOMPARE(validate(d).error().field, QStringLiteral("address"));
    d.address = QStringLiteral("10.0.0.5:161");
    QVERIFY(validate(d).has_value());
    d.address = QStringLiteral("10.0.0.5:99999");
    QCOMPARE(validate(d).error().field, QStringLiteral("address"));
    d.protocol = DeviceProtocol::ModbusRtu;
    d.address = QStringLiteral("COM3");
    QCOMPARE(validate(d).error().field, QStringLiteral("address"));
}

void TestApi::deviceSettings_data()
{
    QTest::addColumn<int>("protocol");
    QTest::addColumn<QJsonObject>("settings");
    QTest::addColumn<QString>("field"); // empty: valid
    QTest::addColumn<QString>("says");  // part of the message
    const int snmp = int(DeviceProtocol::Snmp);
    const int tcp = int(DeviceProtocol::ModbusTcp);
    const auto o = [](const char *key, const QJsonValue &v) {
        return QJsonObject{{QString::fromLatin1(key), v}};
    };
    QTest::newRow("v2c") << snmp << o("snmp_version", QStringLiteral("2c")) << QString()
                         << QString();
    QTest::newRow("v3 with user") << snmp
                                  << QJsonObject{{QStringLiteral("snmp_version"),
                                                  QStringLiteral("3")},
                                                 {QStringLiteral("user"), QStringLiteral("edgev3")},
                                                 {QStringLiteral("auth_protocol"),
                                                  QStringLiteral("SHA-256")},
                                                 {QStringLiteral("priv_protocol"),
                                                  QStringLiteral("AES")}}
                                  << QString() << QString();
    QTest::newRow("community is a secret")
        << snmp << o("community", QStringLiteral("public")) << QStringLiteral("settings.community")
        << QStringLiteral("secret");
    QTest::newRow("auth passphrase is a secret")
        << snmp << o("auth_passphrase", QStringLiteral("x"))
        << QStringLiteral("settings.auth_passphrase") << QStringLiteral("secret");
    QTest::newRow("password is a secret")
        << tcp << o("password", QStringLiteral("x")) << QStringLiteral("settings.password")
        << QStringLiteral("secret");
    QTest::newRow("unknown key") << snmp << o("unit_id", 3) << QStringLiteral("settings.unit_id")
                                 << QStringLiteral("snmp_version");
    QTest::newRow("snmp version 1")
        << snmp << o("snmp_version", QStringLiteral("1")) << QStringLiteral("settings.snmp_version")
        << QStringLiteral("2c");
    QTest::newRow("v3 without user") << snmp << o("snmp_version", QStringLiteral("3"))
                                     << QStringLiteral("settings.user") << QStringLiteral("user");
    QTest::newRow("unit id") << tcp << o("unit_id", 247) << QString() << QString();
    QTest::newRow("unit id too big")
        << tcp << o("unit_id", 256) << QStringLiteral("settings.unit_id") << QStringLiteral("255");
    QTest::newRow("unit id fraction")
        << tcp << o("unit_id", 2.5) << QStringLiteral("settings.unit_id") << QString();
    QTest::newRow("unit id as text") << tcp << o("unit_id", QStringLiteral("3"))
                                     << QStringLiteral("settings.unit_id") << QString();
    QTest::newRow("register map not an object")
        << tcp << o("register_map", QStringLiteral("[]")) << QStringLiteral("settings.register_map")
        << QString();
    QTest::newRow("timeout too small")
        << tcp << o("timeout_ms", 10) << QStringLiteral("settings.timeout_ms") << QString();
    QTest::newRow("no protocol, no settings")
        << int(DeviceProtocol::None) << o("preset", QStringLiteral("xy-md02"))
        << QStringLiteral("settings.preset") << QString();
}

void TestApi::deviceSettings()
{
    QFETCH(int, protocol);
    QFETCH(QJsonObject, settings);
    QFETCH(QString, field);
    QFETCH(QString, says);
    Device d;
    d.siteId = QStringLiteral("s1");
    d.name = QStringLiteral("Dev-1");
    d.protocol = DeviceProtocol(protocol);
    if (d.protocol != DeviceProtocol::None)
        d.address = QStringLiteral("10.0.0.5");
    d.settings = settings;
    const Result<void> v = validate(d);
    if (field.isEmpty()) {
        QVERIFY2(v.has_value(), qPrintable(v ? QString() : v.error().message));
        return;
    }
    QVERIFY(!v.has_value());
    QCOMPARE(v.error().field, field);
    QVERIFY2(v.error().message.contains(says), qPrintable(v.error().message));
}

void TestApi::deviceSettingsRoundTrip()
{
    Device d;
    d.id = QStringLiteral("d1");
    d.siteId = QStringLiteral("s1");
    d.name = QStringLiteral("Gateway");
    d.protocol = DeviceProtocol::ModbusTcp;
    d.address = QStringLiteral("10.0.0.9:502");
    d.settings = QJsonObject{{QStringLiteral("unit_id"), 3},
                             {QStringLiteral("preset"), QStringLiteral("xy-md02")},
                             {QStringLiteral("register_map"),
                              QJsonObject{{QStringLiteral("name"), QStringLiteral("m")},
                                          {QStringLiteral("entries"),
                                           QJsonArray{
                                               QJsonObject{{QStringLiteral("name"),
                                                            QStringLiteral("T")},
                                                           {QStringLiteral("address"), 1}}}}}}};
    QVERIFY(validate(d).has_value());
    const Record r = d.toRecord();
    QVERIFY(
        r.fields.value(QStringLiteral("settings")).toString().contains(QStringLiteral("xy-md02")));
    auto back = Device::fromRecord(r);
    QVERIFY(back.has_value());
    QCOMPARE(back->settings, d.settings);
    // No settings: a null field, and back to an empty object.
    d.settings = {};
    QVERIFY(d.toRecord().fields.value(QStringLiteral("settings")).isNull());
    QVERIFY(Device::fromRecord(d.toRecord())->settings.isEmpty());
    // Stored text that is not an object is refused, naming the field.
    Record broken = r;
    broken.fields[QStringLiteral("settings")] = QStringLiteral("[1, 2]");
    auto refused = Device::fromRecord(broken);
    QVERIFY(!refused.has_value());
    QCOMPARE(refused.error().field, QStringLiteral("settings"));
}

void TestApi::recordNormalisation()
{
    Record r;
    r.kind = EntityKind::Cabinet;
    r.fields = {{QStringLiteral("height_u"), QStringLiteral("24")},
                {QStringLiteral("demo"), QStringLiteral("true")}};
    auto n = normalizeRecord(r);
    QVERIFY(n.has_value());
    QCOMPARE(n->fields.value(QStringLiteral("height_u")).typeId(), int(QMetaType::LongLong));
    QCOMPARE(n->fields.value(QStringLiteral("height_u")).toLongLong(), 24);
    QCOMPARE(n->fields.value(QStringLiteral("demo")).toBool(), true);
    r.fields[QStringLiteral("height_u")] = QStringLiteral("tall");
    QCOMPARE(normalizeRecord(r).error().field, QStringLiteral("height_u"));
}

void TestApi::requiredFields()
{
    Record r;
    r.kind = EntityKind::Cabinet;
    r.fields = {{QStringLiteral("name"), QStringLiteral("C")}};
    auto res = validateRecord(r, true);
    QVERIFY(!res.has_value());
    QCOMPARE(res.error().field, QStringLiteral("site_id"));
    QVERIFY(validateRecord(r, false).has_value()); // partial patches skip required checks
}

void TestApi::hlcMonotonic()
{
    ManualClock clock(1000);
    HybridLogicalClock hlc(clock);
    auto a = hlc.now();
    auto b = hlc.now();
    QVERIFY(b > a);
    QCOMPARE(b.wallMs(), 1000);
    QCOMPARE(b.logical(), 1);
    clock.set(500); // wall clock steps back
    auto c = hlc.now();
    QVERIFY(c > b);
    clock.set(2000);
    auto d = hlc.now();
    QCOMPARE(d.wallMs(), 2000);
    QCOMPARE(d.logical(), 0);
}

void TestApi::hlcObserve()
{
    ManualClock clock(1000);
    HybridLogicalClock hlc(clock);
    auto remote = HlcTimestamp::from(5000, 7);
    auto t = hlc.observe(remote);
    QVERIFY(t > remote);
    QVERIFY(hlc.now() > t);
}

void TestApi::roles()
{
    QVERIFY(roleAllows(Role::Admin, Role::Operator));
    QVERIFY(!roleAllows(Role::Viewer, Role::Operator));
    QCOMPARE(roleFromName(QStringLiteral("operator")), Role::Operator);
    QVERIFY(!roleFromName(QStringLiteral("root")).has_value());
    User u;
    u.name = QStringLiteral("Bad Name");
    QVERIFY(!validate(u).has_value());
    QVERIFY(!validatePassword(QStringLiteral("short")).has_value());
}

QTEST_GUILESS_MAIN(TestApi)
#include "tst_api.moc"
