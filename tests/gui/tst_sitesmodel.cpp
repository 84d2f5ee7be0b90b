// SitesModel, SiteFilterProxyModel and ChangeFeed over an in-memory inventory, each model wrapped
// in QAbstractItemModelTester. (The same model runs over the real embedded hub in tst_console.)
#include "gui/support/memoryinventory.h"
#include "widgets/common/changefeed.h"
#include "widgets/models/sitefilterproxymodel.h"
#include "widgets/models/sitesmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QtTest>

using namespace edge;
using edge::widgets::ChangeFeed;
using edge::widgets::SiteFilterProxyModel;
using edge::widgets::SitesModel;

namespace {

api::Site makeSite(const QString &name, api::SiteKind kind, bool demo = false)
{
    api::Site s;
    s.name = name;
    s.kind = kind;
    s.demo = demo;
    return s;
}

} // namespace

class TestSitesModel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void loadsAllSites();
    void columns_data();
    void columns();
    void followsChangesWithoutReset();
    void countsFollowChildren();
    void removesDemoDataInOneBatch();
    void regionRenameUpdatesColumn();
    void proxyFilters_data();
    void proxyFilters();
    void proxySortsCoordinatesAsNumbers();
    void feedResubscribesAfterStreamEnds();
    void cascadeDeleteInOneRevision();
    void feedNeverRepeatsAChangeAfterResubscribing();
    void dropsResultsWhenContextIsGone();

private:
    void startModel();
    QString idOf(const QString &name) const;

    std::shared_ptr<testsupport::MemoryInventory> m_inv;
    std::unique_ptr<SitesModel> m_model;
    std::unique_ptr<SiteFilterProxyModel> m_proxy;
    std::unique_ptr<ChangeFeed> m_feed;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    QString m_regionId;
    QString m_alphaId;
};

void TestSitesModel::init()
{
    m_inv = std::make_shared<testsupport::MemoryInventory>();
    api::Region region;
    region.name = QStringLiteral("East");
    region.code = QStringLiteral("E");
    m_regionId = m_inv->createTyped(region)->id;

    api::Site alpha = makeSite(QStringLiteral("Alpha"), api::SiteKind::CabinetSite);
    alpha.code = QStringLiteral("AL-1");
    alpha.regionId = m_regionId;
    alpha.address = QStringLiteral("1 Harbour Road");
    alpha.latitude = 31.25;
    alpha.longitude = 121.5;
    m_alphaId = m_inv->createTyped(alpha)->id;
    api::Site beta = makeSite(QStringLiteral("Beta"), api::SiteKind::CloudCentre);
    beta.latitude = -33.9;
    beta.longitude = 151.2;
    QVERIFY(m_inv->createTyped(beta));
    QVERIFY(m_inv->createTyped(
        makeSite(QStringLiteral("Demo One"), api::SiteKind::EndEdgeDataCentre, true)));
    QVERIFY(
        m_inv->createTyped(makeSite(QStringLiteral("Demo Two"), api::SiteKind::CabinetSite, true)));

    api::Cabinet cab;
    cab.siteId = m_alphaId;
    cab.name = QStringLiteral("CAB-01");
    QVERIFY(m_inv->createTyped(cab));
}

void TestSitesModel::cleanup()
{
    m_proxyTester.reset();
    m_tester.reset();
    m_proxy.reset();
    m_model.reset();
    m_feed.reset();
    m_inv.reset();
}

void TestSitesModel::startModel()
{
    m_model = std::make_unique<SitesModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxy = std::make_unique<SiteFilterProxyModel>();
    m_proxy->setSourceModel(m_model.get());
    m_proxy->sort(SitesModel::NameColumn);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(
        m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_feed = std::make_unique<ChangeFeed>();
    m_feed->setRetryDelays(20, 100);
    m_feed->setHub(m_inv, nullptr);
    QObject::connect(m_model.get(), &SitesModel::loaded, m_feed.get(), &ChangeFeed::start);
    QObject::connect(m_feed.get(), &ChangeFeed::changes, m_model.get(), &SitesModel::applyChanges);
    m_model->setInventory(m_inv);
    QSignalSpy loaded(m_model.get(), &SitesModel::loaded);
    m_model->reload();
    QVERIFY(loaded.wait(5000));
    QTRY_COMPARE(m_feed->state(), ChangeFeed::State::Connected);
    QTRY_VERIFY(m_model->countsLoaded());
}

QString TestSitesModel::idOf(const QString &name) const
{
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->siteAt(r).name == name)
            return m_model->siteAt(r).id;
    return {};
}

void TestSitesModel::loadsAllSites()
{
    startModel();
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->columnCount(), int(SitesModel::ColumnCount));
    QCOMPARE(m_model->demoCount(), 2);
    QCOMPARE(m_model->revision(), m_inv->revision());
    QCOMPARE(m_proxy->index(0, SitesModel::NameColumn).data().toString(), QStringLiteral("Alpha"));
}

void TestSitesModel::columns_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("expected");
    QTest::newRow("name") << int(SitesModel::NameColumn) << QStringLiteral("Alpha");
    QTest::newRow("code") << int(SitesModel::CodeColumn) << QStringLiteral("AL-1");
    QTest::newRow("kind") << int(SitesModel::KindColumn)
                          << api::siteKindLabel(api::SiteKind::CabinetSite);
    QTest::newRow("region") << int(SitesModel::RegionColumn) << QStringLiteral("East");
    QTest::newRow("address") << int(SitesModel::AddressColumn) << QStringLiteral("1 Harbour Road");
    QTest::newRow("latitude") << int(SitesModel::LatitudeColumn) << QStringLiteral("31.25000");
    QTest::newRow("longitude") << int(SitesModel::LongitudeColumn) << QStringLiteral("121.50000");
    QTest::newRow("cabinets") << int(SitesModel::CabinetsColumn) << QStringLiteral("1");
    QTest::newRow("nodes") << int(SitesModel::NodesColumn) << QStringLiteral("0");
    QTest::newRow("demo") << int(SitesModel::DemoColumn) << QString();
}

void TestSitesModel::columns()
{
    QFETCH(int, column);
    QFETCH(QString, expected);
    QLocale::setDefault(QLocale::c());
    startModel();
    const int row = m_model->rowOfId(m_alphaId);
    QVERIFY(row >= 0);
    QCOMPARE(m_model->index(row, column).data().toString(), expected);
    QCOMPARE(m_model->index(row, 0).data(SitesModel::IdRole).toString(), m_alphaId);
}

void TestSitesModel::followsChangesWithoutReset()
{
    startModel();
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);

    auto gamma = m_inv->createTyped(
        makeSite(QStringLiteral("Gamma"), api::SiteKind::CloudEdgeDataCentre));
    QVERIFY(gamma);
    QTRY_COMPARE(m_model->rowCount(), 5);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 4);

    api::Record patch;
    patch.kind = api::EntityKind::Site;
    patch.id = gamma->id;
    patch.fields.insert(QStringLiteral("address"), QStringLiteral("7 Hill Street"));
    QVERIFY(m_inv->update(patch));
    QTRY_COMPARE(m_model->index(m_model->rowOfId(gamma->id), SitesModel::AddressColumn)
                     .data()
                     .toString(),
                 QStringLiteral("7 Hill Street"));
    QVERIFY(!changed.isEmpty());
    QCOMPARE(changed.last().at(0).toModelIndex().row(), m_model->rowOfId(gamma->id));

    QVERIFY(m_inv->remove(api::EntityKind::Site, gamma->id, false));
    QTRY_COMPARE(m_model->rowCount(), 4);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(m_model->rowOfId(gamma->id), -1);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(m_model->revision(), m_inv->revision());
}

void TestSitesModel::countsFollowChildren()
{
    startModel();
    const int row = m_model->rowOfId(m_alphaId);
    QCOMPARE(m_model->childCounts(m_alphaId).cabinets, 1);
    api::Node node;
    node.siteId = m_alphaId;
    node.name = QStringLiteral("edge-01");
    QVERIFY(m_inv->createTyped(node));
    api::Device dev;
    dev.siteId = m_alphaId;
    dev.name = QStringLiteral("UPS-1");
    auto created = m_inv->createTyped(dev);
    QVERIFY(created);
    QTRY_COMPARE(m_model->index(row, SitesModel::NodesColumn).data().toString(),
                 QStringLiteral("1"));
    QTRY_COMPARE(m_model->childCounts(m_alphaId).devices, 1);
    QVERIFY(m_inv->remove(api::EntityKind::Device, created->id, false));
    QTRY_COMPARE(m_model->childCounts(m_alphaId).devices, 0);
    QCOMPARE(m_model->childCounts(m_alphaId).total(), 2);
}

void TestSitesModel::removesDemoDataInOneBatch()
{
    startModel();
    QSignalSpy demo(m_model.get(), &SitesModel::demoCountChanged);
    QSignalSpy resets(m_model.get(), &QAbstractItemModel::modelReset);
    QCOMPARE(*m_inv->removeDemoData(), 2);
    QTRY_COMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->demoCount(), 0);
    QVERIFY(!demo.isEmpty());
    QCOMPARE(demo.last().at(0).toInt(), 0);
    QCOMPARE(resets.count(), 0);
    QVERIFY(m_model->rowOfId(m_alphaId) >= 0);
}

void TestSitesModel::regionRenameUpdatesColumn()
{
    startModel();
    api::Record patch;
    patch.kind = api::EntityKind::Region;
    patch.id = m_regionId;
    patch.fields.insert(QStringLiteral("name"), QStringLiteral("East Coast"));
    QVERIFY(m_inv->update(patch));
    const int row = m_model->rowOfId(m_alphaId);
    QTRY_COMPARE(m_model->index(row, SitesModel::RegionColumn).data().toString(),
                 QStringLiteral("East Coast"));
    QCOMPARE(m_model->regions().size(), 1);
}

void TestSitesModel::proxyFilters_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("all") << QString() << QString()
                         << QStringList{QStringLiteral("Alpha"), QStringLiteral("Beta"),
                                        QStringLiteral("Demo One"), QStringLiteral("Demo Two")};
    QTest::newRow("name word") << QStringLiteral(
        "demo") << QString() << QStringList{QStringLiteral("Demo One"), QStringLiteral("Demo Two")};
    QTest::newRow("two words") << QStringLiteral("demo two") << QString()
                               << QStringList{QStringLiteral("Demo Two")};
    QTest::newRow("code") << QStringLiteral("al-1") << QString()
                          << QStringList{QStringLiteral("Alpha")};
    QTest::newRow("address") << QStringLiteral("harbour") << QString()
                             << QStringList{QStringLiteral("Alpha")};
    QTest::newRow("region") << QStringLiteral("east") << QString()
                            << QStringList{QStringLiteral("Alpha")};
    QTest::newRow("kind") << QString() << QStringLiteral("cabinet-site")
                          << QStringList{QStringLiteral("Alpha"), QStringLiteral("Demo Two")};
    QTest::newRow("kind and text") << QStringLiteral("demo") << QStringLiteral("cabinet-site")
                                   << QStringList{QStringLiteral("Demo Two")};
    QTest::newRow("nothing") << QStringLiteral("zzz") << QString() << QStringList{};
}

void TestSitesModel::proxyFilters()
{
    QFETCH(QString, search);
    QFETCH(QString, kind);
    QFETCH(QStringList, expected);
    startModel();
    m_proxy->setSearchText(search);
    m_proxy->setKindFilter(kind);
    QStringList names;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        names << m_proxy->index(r, SitesModel::NameColumn).data().toString();
    QCOMPARE(names, expected);
    QCOMPARE(m_proxy->isFiltering(), !search.isEmpty() || !kind.isEmpty());
}

void TestSitesModel::proxySortsCoordinatesAsNumbers()
{
    startModel();
    m_proxy->sort(SitesModel::LatitudeColumn, Qt::DescendingOrder);
    QCOMPARE(m_proxy->index(0, SitesModel::NameColumn).data().toString(), QStringLiteral("Alpha"));
    QCOMPARE(m_proxy->index(1, SitesModel::NameColumn).data().toString(), QStringLiteral("Beta"));
}

void TestSitesModel::feedResubscribesAfterStreamEnds()
{
    startModel();
    QSignalSpy states(m_feed.get(), &ChangeFeed::stateChanged);
    m_inv->endStreams(api::Error{api::Code::Unavailable, QStringLiteral("gone"), {}, {}});
    QTRY_VERIFY(states.contains(QVariantList{QVariant::fromValue(ChangeFeed::State::Reconnecting)}));
    QTRY_COMPARE(m_feed->state(), ChangeFeed::State::Connected);
    QTRY_COMPARE(m_inv->liveSubscriptions(), 1);
    // Nothing is lost or repeated across the gap.
    QVERIFY(m_inv->createTyped(makeSite(QStringLiteral("After"), api::SiteKind::CabinetSite)));
    QTRY_COMPARE(m_model->rowCount(), 5);
    QVERIFY(!idOf(QStringLiteral("After")).isEmpty());
    QCOMPARE(m_feed->revision(), m_inv->revision());
}

void TestSitesModel::cascadeDeleteInOneRevision()
{
    startModel();
    const qint64 before = m_inv->revision();
    QVERIFY(m_inv->remove(api::EntityKind::Site, m_alphaId, true)); // the site and its cabinet
    QCOMPARE(m_inv->revision(), before + 1);
    QTRY_COMPARE(m_model->rowOfId(m_alphaId), -1);
    QCOMPARE(m_model->rowCount(), 3);
    QCOMPARE(m_model->childCounts(m_alphaId).total(), 0);
}

void TestSitesModel::feedNeverRepeatsAChangeAfterResubscribing()
{
    startModel();
    QList<api::Change> seen;
    connect(m_feed.get(), &ChangeFeed::changes, this,
            [&seen](const QList<api::Change> &batch) { seen.append(batch); });
    // Two changes in one revision, then the stream ends: the feed asks again from the revision
    // before (the last one might have been cut short) and must drop what it delivered.
    QCOMPARE(*m_inv->removeDemoData(), 2);
    QTRY_COMPARE(seen.size(), 2);
    QCOMPARE(seen.at(0).revision, seen.at(1).revision);
    QSignalSpy states(m_feed.get(), &ChangeFeed::stateChanged);
    m_inv->endStreams(api::Error{api::Code::Unavailable, QStringLiteral("cut"), {}, {}});
    QTRY_VERIFY(states.contains(QVariantList{QVariant::fromValue(ChangeFeed::State::Reconnecting)}));
    QTRY_COMPARE(m_feed->state(), ChangeFeed::State::Connected);
    QVERIFY(m_inv->createTyped(makeSite(QStringLiteral("Next"), api::SiteKind::CabinetSite)));
    QTRY_COMPARE(seen.size(), 3);
    QTest::qWait(50);
    QCOMPARE(seen.size(), 3);
    QCOMPARE(seen.last().record.name(), QStringLiteral("Next"));
    QCOMPARE(m_model->rowCount(), 3);
}

void TestSitesModel::dropsResultsWhenContextIsGone()
{
    // A model destroyed while its load runs must not receive (or crash on) the result.
    for (int i = 0; i < 20; ++i) {
        auto model = std::make_unique<SitesModel>();
        model->setInventory(m_inv);
        model->reload();
        model.reset();
    }
    // Let every pending result arrive at the dead contexts, then check a live one still loads.
    QTest::qWait(50);
    startModel();
    QCOMPARE(m_model->rowCount(), 4);
}

QTEST_GUILESS_MAIN(TestSitesModel)
#include "tst_sitesmodel.moc"
