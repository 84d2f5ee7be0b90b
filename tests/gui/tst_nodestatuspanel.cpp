// The node status panel's own rules, with a controlled clock: presence ages locally between hub
// answers (a silent node never stays green), certificate expiry warns under 7 days and turns red
// when expired, workloads are listed as reported. The hub side is a small in-memory api::Nodes
// (widget tests only); tst_nodes covers the real embedded hub.
#include "backend/api/clock.h"
#include "backend/api/workload.h"
#include "widgets/models/recordlistmodel.h"
#include "widgets/models/workloadsmodel.h"
#include "widgets/views/nodestatuspanel.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QtTest>
#include <mutex>

using namespace edge;
using widgets::NodeStatusPanel;

namespace {

constexpr qint64 kDay = 24 * 3600 * 1000;

class FixedNodes final : public api::Nodes {
public:
    void set(const api::NodeStatus &s)
    {
        std::lock_guard lock(m_mutex);
        m_status = s;
        m_fail = false;
    }
    void fail()
    {
        std::lock_guard lock(m_mutex);
        m_fail = true;
    }
    api::Result<QList<api::NodeStatus>> nodeStatus(const QString &) override
    {
        std::lock_guard lock(m_mutex);
        if (m_fail)
            return api::fail(api::Code::Unavailable, QStringLiteral("Cannot reach the hub."));
        return QList<api::NodeStatus>{m_status};
    }
    api::Result<api::DesiredState> desiredState(const QString &) override
    {
        return api::fail(api::Code::NotFound, QStringLiteral("none"));
    }
    api::Result<api::DesiredState> setDesiredState(const QString &,
                                                   const QList<api::WorkloadSpec> &,
                                                   qint64) override
    {
        return api::fail(api::Code::NotFound, QStringLiteral("none"));
    }
    api::Result<QList<api::MetricSample>> metrics(const api::MetricsQuery &) override
    {
        return QList<api::MetricSample>{};
    }
    api::Result<QList<api::NodeEvent>> events(const QString &, qint64, int) override
    {
        return QList<api::NodeEvent>{};
    }

private:
    std::mutex m_mutex;
    api::NodeStatus m_status;
    bool m_fail = false;
};

} // namespace

class TestNodeStatusPanel : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }
    void init();
    void silentNodeTurnsStaleThenOffline();
    void hubFailureKeepsAgingAndSaysSo();
    void certificateExpiry_data();
    void certificateExpiry();
    void workloadsAreListed();
    void nodeListAgentColumnAges();

private:
    api::NodeStatus online() const;
    void load(NodeStatusPanel &panel);

    api::ManualClock m_clock;
    std::shared_ptr<FixedNodes> m_nodes;
};

void TestNodeStatusPanel::init()
{
    m_clock.set(1'800'000'000'000);
    m_nodes = std::make_shared<FixedNodes>();
}

api::NodeStatus TestNodeStatusPanel::online() const
{
    api::NodeStatus s;
    s.nodeId = QStringLiteral("n1");
    s.siteId = QStringLiteral("s1");
    s.state = api::NodeState::Online;
    s.lastSeenMs = m_clock.nowMs() - 1000;
    s.heartbeatIntervalMs = 10'000;
    s.certificateNotAfterMs = m_clock.nowMs() + 30 * kDay;
    s.agentVersion = QStringLiteral("1.2.3");
    s.hostname = QStringLiteral("edge-01");
    s.desiredGeneration = 2;
    s.appliedGeneration = 2;
    return s;
}

void TestNodeStatusPanel::load(NodeStatusPanel &panel)
{
    QSignalSpy refreshed(&panel, &NodeStatusPanel::refreshed);
    panel.refresh();
    QVERIFY(refreshed.wait(10000));
}

void TestNodeStatusPanel::silentNodeTurnsStaleThenOffline()
{
    m_nodes->set(online());
    NodeStatusPanel panel;
    panel.setNodes(m_nodes, &m_clock);
    panel.setNode(QStringLiteral("n1"), QStringLiteral("s1"));
    panel.show(); // the once-a-second tick runs while shown
    QTRY_VERIFY(panel.status().has_value());
    QCOMPARE(panel.shownState(), std::optional(api::NodeState::Online));
    QCOMPARE(panel.stateBadge()->text(), QStringLiteral("Online"));
    QVERIFY(panel.lastSeenLabel()->text().startsWith(QStringLiteral("last seen 1 s ago")));
    QCOMPARE(panel.agentLabel()->text(), QStringLiteral("1.2.3"));
    QCOMPARE(panel.hostnameLabel()->text(), QStringLiteral("edge-01"));

    // No new answer from the hub, but time passes: the panel does not keep it green.
    m_clock.advance(25'000);
    QCOMPARE(panel.shownState(), std::optional(api::NodeState::Stale));
    QTRY_COMPARE_WITH_TIMEOUT(panel.stateBadge()->text(), QStringLiteral("Stale"), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(panel.lastSeenLabel()->text().startsWith(
                                 QStringLiteral("last seen 26 s ago")),
                             5000);
    QVERIFY(!panel.stateBadge()->styleSheet().contains(QStringLiteral("#1e7d32")));
    m_clock.advance(10 * 60'000);
    QCOMPARE(panel.shownState(), std::optional(api::NodeState::Offline));
    QTRY_COMPARE_WITH_TIMEOUT(panel.stateBadge()->text(), QStringLiteral("Offline"), 5000);
}

void TestNodeStatusPanel::hubFailureKeepsAgingAndSaysSo()
{
    m_nodes->set(online());
    NodeStatusPanel panel;
    panel.setNodes(m_nodes, &m_clock);
    panel.setNode(QStringLiteral("n1"), QStringLiteral("s1"));
    QTRY_VERIFY(panel.status().has_value());
    m_nodes->fail();
    load(panel);
    QVERIFY(panel.errorLabel()->text().contains(QStringLiteral("Cannot reach the hub.")));
    QVERIFY(!panel.errorLabel()->isHidden());
    // What was known is kept, and still ages.
    m_clock.advance(30'000);
    QCOMPARE(panel.shownState(), std::optional(api::NodeState::Stale));
    m_nodes->set(online());
    load(panel);
    QVERIFY(panel.errorLabel()->isHidden());
}

void TestNodeStatusPanel::certificateExpiry_data()
{
    QTest::addColumn<qint64>("leftMs");
    QTest::addColumn<QString>("starts");
    QTest::addColumn<QString>("colour");
    QTest::newRow("valid") << 20 * kDay << QStringLiteral("Valid until") << QString();
    QTest::newRow("soon") << 3 * kDay << QStringLiteral("Expires on") << QStringLiteral("#b26a00");
    QTest::newRow("expired") << -kDay << QStringLiteral("Expired on") << QStringLiteral("#b01c1c");
}

void TestNodeStatusPanel::certificateExpiry()
{
    QFETCH(qint64, leftMs);
    QFETCH(QString, starts);
    QFETCH(QString, colour);
    api::NodeStatus s = online();
    s.certificateNotAfterMs = m_clock.nowMs() + leftMs;
    m_nodes->set(s);
    NodeStatusPanel panel;
    panel.setNodes(m_nodes, &m_clock);
    panel.setNode(QStringLiteral("n1"), QStringLiteral("s1"));
    QTRY_VERIFY(panel.status().has_value());
    const QString html = panel.certificateLabel()->text();
    QTextDocument doc;
    doc.setHtml(html);
    QVERIFY2(doc.toPlainText().startsWith(starts), qPrintable(html));
    if (colour.isEmpty())
        QVERIFY2(!html.contains(QStringLiteral("color:")), qPrintable(html));
    else
        QVERIFY2(html.contains(QStringLiteral("color:") + colour), qPrintable(html));
}

void TestNodeStatusPanel::workloadsAreListed()
{
    api::NodeStatus s = online();
    s.desiredGeneration = 3;
    api::WorkloadStatus web;
    web.name = QStringLiteral("web");
    web.phase = api::WorkloadPhase::Running;
    web.health = QStringLiteral("healthy");
    api::WorkloadStatus db;
    db.name = QStringLiteral("db");
    db.phase = api::WorkloadPhase::Failed;
    db.restarts = 4;
    db.message = QStringLiteral("image not found");
    s.workloads = {web, db};
    m_nodes->set(s);
    NodeStatusPanel panel;
    QAbstractItemModelTester tester(panel.workloads(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    panel.setNodes(m_nodes, &m_clock);
    panel.setNode(QStringLiteral("n1"), QStringLiteral("s1"));
    QTRY_VERIFY(panel.status().has_value());
    auto *m = panel.workloads();
    QCOMPARE(m->rowCount(), 2);
    QCOMPARE(m->index(0, widgets::WorkloadsModel::NameColumn).data().toString(), u"db");
    QCOMPARE(m->index(0, widgets::WorkloadsModel::PhaseColumn).data().toString(), u"Failed");
    QCOMPARE(m->index(0, widgets::WorkloadsModel::RestartsColumn).data().toString(), u"4");
    QCOMPARE(m->index(0, widgets::WorkloadsModel::MessageColumn).data().toString(),
             u"image not found");
    QCOMPARE(m->index(1, widgets::WorkloadsModel::HealthColumn).data().toString(), u"healthy");
    QVERIFY(panel.generationLabel()->text().contains(QStringLiteral("desired 3, applied 2")));
    QVERIFY(panel.generationLabel()->text().contains(QStringLiteral("not applied the newest")));
    // The same rows again only change data, a shorter list resets.
    s.workloads = {web};
    m_nodes->set(s);
    load(panel);
    QCOMPARE(m->rowCount(), 1);
}

void TestNodeStatusPanel::nodeListAgentColumnAges()
{
    widgets::RecordListModel model(api::EntityKind::Node);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    api::Record a;
    a.id = QStringLiteral("n1");
    a.fields.insert(QStringLiteral("name"), QStringLiteral("a"));
    api::Record b = a;
    b.id = QStringLiteral("n2");
    model.setRecords({a, b});
    const int col = widgets::RecordListModel::kAgentColumn;
    QCOMPARE(model.columnCount(), col + 1);
    QCOMPARE(model.index(0, col).data().toString(), QStringLiteral("…"));
    const api::NodeStatus s = online();
    model.setNodeStatus({{s.nodeId, s}}, m_clock.nowMs());
    QCOMPARE(model.index(0, col).data().toString(), QStringLiteral("Online"));
    QCOMPARE(model.index(1, col).data().toString(), QStringLiteral("Offline · never connected"));
    model.setNodeStatus({{s.nodeId, s}}, m_clock.nowMs() + 40'000);
    QCOMPARE(model.index(0, col).data().toString(), QStringLiteral("Stale · last seen 41 s ago"));
}

QTEST_MAIN(TestNodeStatusPanel)
#include "tst_nodestatuspanel.moc"
