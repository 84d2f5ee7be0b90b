#include "backend/api/clock.h"
#include "backend/api/inventorytypes.h"
#include "backend/api/user.h"

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
