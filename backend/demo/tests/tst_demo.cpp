// The demo estate, seeded into a real embedded hub through the real client.
#include "backend/client/client.h"
#include "backend/demo/demoestate.h"
#include "backend/hub/hub.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace edge;
using namespace edge::api;

namespace {

bool inTestNet(const QString &hostPort)
{
    const QHostAddress a(hostPort.section(QLatin1Char(':'), 0, 0));
    if (a.isNull())
        return false;
    for (const char *net : {"192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24"})
        if (a.isInSubnet(QHostAddress::parseSubnet(QString::fromLatin1(net))))
            return true;
    return false;
}

} // namespace

class TestDemo : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void seedsABelievableEstate();
    void sitesAreWhereTheySayTheyAre_data();
    void sitesAreWhereTheySayTheyAre();
    void secondSeedFailsCleanly();
    void removeThenSeedAgain();
    void failureHalfWayLeavesNoDemoData();

private:
    QList<Record> all(EntityKind k);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<hub::Hub> m_hub;
    std::unique_ptr<client::Client> m_client;
};

void TestDemo::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    hub::HubOptions options;
    options.dataDir = m_dir->path();
    auto opened = hub::Hub::open(options);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    m_hub = std::move(*opened);
    auto session = m_hub->localSession();
    QVERIFY2(session, qPrintable(session ? QString() : session.error().toString()));
    m_client = std::make_unique<client::Client>(m_hub->inProcessChannel());
    m_client->setToken(session->token);
}

void TestDemo::cleanup()
{
    m_client.reset();
    m_hub.reset();
    m_dir.reset();
}

QList<Record> TestDemo::all(EntityKind k)
{
    ListQuery q;
    q.kind = k;
    auto page = m_client->list(q);
    if (!page) {
        qWarning("list %s failed: %s", qPrintable(kindName(k)), qPrintable(page.error().toString()));
        return {};
    }
    return page->records;
}

void TestDemo::seedsABelievableEstate()
{
    auto created = demo::seedDemoEstate(*m_client);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
    QCOMPARE(*created, demo::demoEstateSize());

    int total = 0;
    for (EntityKind k : allKinds()) {
        const QList<Record> records = all(k);
        total += int(records.size());
        for (const Record &r : records) {
            QVERIFY2(r.fields.value(QStringLiteral("demo")).toBool(), qPrintable(r.name()));
            QVERIFY2(validateRecord(r, true), qPrintable(r.name()));
        }
    }
    QCOMPARE(total, *created);

    // Regions and sites.
    const QList<Record> regions = all(EntityKind::Region);
    QCOMPARE(regions.size(), 2);
    for (const Record &r : regions)
        QVERIFY2(r.name().contains(QStringLiteral("demo")), qPrintable(r.name()));
    const QList<Record> sites = all(EntityKind::Site);
    QCOMPARE(sites.size(), 5);
    QMap<QString, int> siteKinds;
    for (const Record &r : sites) {
        ++siteKinds[r.fields.value(QStringLiteral("kind")).toString()];
        QVERIFY2(r.name().startsWith(QStringLiteral("demo-")), qPrintable(r.name()));
        QVERIFY(!r.fields.value(QStringLiteral("address")).toString().isEmpty());
        QVERIFY(!r.fields.value(QStringLiteral("latitude")).isNull());
    }
    QCOMPARE(siteKinds.value(QStringLiteral("cloud-centre")), 1);
    QCOMPARE(siteKinds.value(QStringLiteral("cabinet-site")), 2);
    QCOMPARE(siteKinds.value(QStringLiteral("end-edge-dc")), 1);
    QCOMPARE(siteKinds.value(QStringLiteral("cloud-edge-dc")), 1);

    // Cabinets: all-in-one 24U/600 mm with the white paper's components; 42U racks in the DCs.
    int allInOne = 0, racks = 0;
    for (const Record &r : all(EntityKind::Cabinet)) {
        auto c = Cabinet::fromRecord(r);
        QVERIFY(c);
        if (c->heightU == 24) {
            ++allInOne;
            QCOMPARE(c->depthMm, 600);
            for (const char *need : {"server", "switch", "pdu", "ups", "battery", "air-conditioner",
                                     "env-gateway", "smoke-sensor", "water-sensor", "door-sensor"})
                QVERIFY2(c->components.contains(QLatin1String(need)), need);
        } else {
            QCOMPARE(c->heightU, 42);
            ++racks;
        }
    }
    QCOMPARE(allInOne, 2);
    QVERIFY(racks >= 4);

    // Nodes: hardware facts and labels, management addresses in TEST-NET.
    const QList<Record> nodes = all(EntityKind::Node);
    QVERIFY(nodes.size() >= 10);
    QSet<QString> roles;
    for (const Record &r : nodes) {
        auto n = Node::fromRecord(r);
        QVERIFY(n);
        roles.insert(nodeRoleName(n->role));
        QVERIFY(n->hardware.cpuCores > 0);
        QVERIFY(n->hardware.memoryMb > 0);
        QVERIFY(n->hardware.diskGb > 0);
        QVERIFY(!n->hardware.vendor.isEmpty());
        QVERIFY(!n->hardware.arch.isEmpty());
        QCOMPARE(n->labels.value(QStringLiteral("env")), QStringLiteral("demo"));
        QVERIFY2(inTestNet(n->managementAddress), qPrintable(n->managementAddress));
        QVERIFY(!n->cabinetId.isEmpty());
    }
    QCOMPARE(roles.size(), 4);

    // Devices: every kind, every address a documentation address.
    QSet<QString> deviceKinds;
    for (const Record &r : all(EntityKind::Device)) {
        auto d = Device::fromRecord(r);
        QVERIFY(d);
        deviceKinds.insert(deviceKindName(d->kind));
        QVERIFY(d->protocol == DeviceProtocol::Snmp || d->protocol == DeviceProtocol::ModbusTcp);
        QVERIFY2(inTestNet(d->address), qPrintable(d->address));
        QVERIFY(d->address.endsWith(d->protocol == DeviceProtocol::Snmp ? QStringLiteral(":161")
                                                                        : QStringLiteral(":502")));
    }
    QCOMPARE(deviceKinds.size(), allDeviceKinds().size());
}

void TestDemo::sitesAreWhereTheySayTheyAre_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<double>("lat");
    QTest::addColumn<double>("lon");
    QTest::addColumn<QString>("place");
    // Independent reference points (city or district centres); the sites must lie within ~10 km.
    QTest::newRow("Shenzhen Nanshan")
        << QStringLiteral("DEMO-SZ-NS01") << 22.533 << 113.930 << QStringLiteral("深圳");
    QTest::newRow("Guangzhou Huangpu")
        << QStringLiteral("DEMO-GZ-KXC") << 23.106 << 113.459 << QStringLiteral("广州");
    QTest::newRow("Beijing Yizhuang")
        << QStringLiteral("DEMO-BJ-YZ") << 39.795 << 116.506 << QStringLiteral("北京");
    QTest::newRow("Tianjin TEDA") << QStringLiteral("DEMO-TJ-F01") << 39.029 << 117.646
                                  << QStringLiteral("天津");
    QTest::newRow("Ulanqab") << QStringLiteral("DEMO-CC-ULQ") << 41.000 << 113.133
                             << QStringLiteral("乌兰察布");
}

void TestDemo::sitesAreWhereTheySayTheyAre()
{
    QFETCH(QString, code);
    QFETCH(double, lat);
    QFETCH(double, lon);
    QFETCH(QString, place);
    QVERIFY(demo::seedDemoEstate(*m_client));
    const QList<Record> sites = all(EntityKind::Site);
    auto it = std::find_if(sites.begin(), sites.end(), [&](const Record &r) {
        return r.fields.value(QStringLiteral("code")).toString() == code;
    });
    QVERIFY(it != sites.end());
    auto site = Site::fromRecord(*it);
    QVERIFY(site && site->latitude && site->longitude);
    QVERIFY2(std::abs(*site->latitude - lat) < 0.1, qPrintable(QString::number(*site->latitude)));
    QVERIFY2(std::abs(*site->longitude - lon) < 0.1, qPrintable(QString::number(*site->longitude)));
    QVERIFY2(site->address.contains(place), qPrintable(site->address));
}

void TestDemo::secondSeedFailsCleanly()
{
    QVERIFY(demo::seedDemoEstate(*m_client));
    auto before = m_client->list(ListQuery{EntityKind::Device, {}, {}, {}, 0, 0});
    QVERIFY(before);
    auto again = demo::seedDemoEstate(*m_client);
    QVERIFY(!again);
    QCOMPARE(again.error().code, Code::AlreadyExists);
    auto after = m_client->list(ListQuery{EntityKind::Device, {}, {}, {}, 0, 0});
    QVERIFY(after);
    QCOMPARE(after->total, before->total);
    QCOMPARE(after->revision, before->revision); // nothing was written
}

void TestDemo::removeThenSeedAgain()
{
    QVERIFY(demo::seedDemoEstate(*m_client));
    auto removed = m_client->removeDemoData();
    QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().toString()));
    QCOMPARE(*removed, demo::demoEstateSize());
    for (EntityKind k : allKinds())
        QCOMPARE(all(k).size(), 0);
    auto again = demo::seedDemoEstate(*m_client);
    QVERIFY2(again, qPrintable(again ? QString() : again.error().toString()));
    QCOMPARE(*again, demo::demoEstateSize());
}

void TestDemo::failureHalfWayLeavesNoDemoData()
{
    // A real (non-demo) site already uses the name of a demo site: the seed stops there, undoes
    // what it created and leaves the user's site alone.
    Site mine;
    mine.name = QStringLiteral("demo-北京亦庄");
    mine.kind = SiteKind::EndEdgeDataCentre;
    auto created = m_client->createTyped(mine);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));

    auto seeded = demo::seedDemoEstate(*m_client);
    QVERIFY(!seeded);
    QVERIFY2(seeded.error().detail.contains(QStringLiteral("demo-北京亦庄")),
             qPrintable(seeded.error().toString()));
    QCOMPARE(all(EntityKind::Region).size(), 0);
    const QList<Record> sites = all(EntityKind::Site);
    QCOMPARE(sites.size(), 1);
    QCOMPARE(sites.first().id, created->id);
    QVERIFY(!sites.first().fields.value(QStringLiteral("demo")).toBool());
}

QTEST_GUILESS_MAIN(TestDemo)
#include "tst_demo.moc"
