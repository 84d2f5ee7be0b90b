// The Events tab of the node window (issue 3): NodeEventsModel under QAbstractItemModelTester, and
// the tab over the real embedded hub with a node really enrolled (bootstrap token, the agent's key
// and CSR, Client::enroll) whose events arrive the real way: an OutboxBatch on a mutual-TLS
// AgentControl stream from a raw test agent (support/testagent.h). And the error line when the hub
// does not answer. Set EDGE_TEST_SCREENSHOTS=<dir> to save the tab as PNGs.

#include "backend/agent/enrollment.h"
#include "backend/api/inventorytypes.h"
#include "backend/client/client.h"
#include "backend/hub/hub.h"
#include "support/localnet.h"
#include "support/testagent.h"
#include "widgets/models/nodeeventsmodel.h"
#include "widgets/views/nodeeventspanel.h"
#include "widgets/views/nodepage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLabel>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace edge;
using testsupport::Identity;
using testsupport::TestAgent;
using widgets::NodeEventsModel;
using widgets::NodeEventsPanel;

namespace {

constexpr int kWaitMs = 20'000;

template<class R>
QByteArray why(const R &r)
{
    return r ? QByteArray() : r.error().toString().toUtf8();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

using edge::testsupport::freePort;

api::NodeEvent makeEvent(qint64 seq, qint64 atMs, const QString &type,
                         api::EventSeverity severity = api::EventSeverity::Info,
                         const QString &workload = {})
{
    api::NodeEvent e;
    e.agentSeq = seq;
    e.atMs = atMs;
    e.type = type;
    e.severity = severity;
    e.workload = workload;
    e.message = QStringLiteral("message %1").arg(seq);
    return e;
}

v1::OutboxEntry eventEntry(qint64 seq, const api::NodeEvent &e)
{
    v1::OutboxEntry entry;
    entry.set_seq(seq);
    entry.set_kind(1); // event
    entry.set_payload(QJsonDocument(e.toJson()).toJson(QJsonDocument::Compact).toStdString());
    return entry;
}

void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("EDGE_TEST_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

QString text(const QAbstractItemModel *m, int row, int column, int role = Qt::DisplayRole)
{
    return m->index(row, column).data(role).toString();
}

} // namespace

class TestNodeEvents : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void typeLabels_data();
    void typeLabels();
    void modelNewestFirstAndInsertsOnTop();
    void emptyNodeSaysSoPlainly();
    void agentEventsShownNewestFirst();
    void hubNotAnsweringShowsAnErrorLine();

private:
    Identity enroll(const QString &nodeName, QString *nodeId);

    QTemporaryDir m_dir;
    std::unique_ptr<hub::Hub> m_hub;
    std::shared_ptr<client::Client> m_client;
    QString m_siteId;
    QByteArray m_caPem;
    Identity m_node;
    QString m_nodeId;
};

Identity TestNodeEvents::enroll(const QString &nodeName, QString *nodeId)
{
    const QString dir = m_dir.filePath(QStringLiteral("agent-") + nodeName);
    QDir().mkpath(dir);
    auto token = m_client->createBootstrapToken(m_siteId, 0, nodeName);
    if (!token) {
        qWarning().noquote() << "token:" << why(token);
        return {};
    }
    auto csr = agent::Enrollment::createKeyAndRequest(dir, nodeName);
    if (!csr) {
        qWarning().noquote() << "csr:" << why(csr);
        return {};
    }
    auto enrolled = m_client->enroll(token->token, nodeName, *csr);
    if (!enrolled) {
        qWarning().noquote() << "enroll:" << why(enrolled);
        return {};
    }
    if (!agent::Enrollment::storeCertificate(dir, enrolled->certificatePem, enrolled->caChainPem))
        return {};
    *nodeId = enrolled->nodeId;
    return {readFile(agent::Enrollment::keyPath(dir)), enrolled->certificatePem};
}

void TestNodeEvents::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_dir.isValid());
    qunsetenv("EDGE_ADMIN_PASSWORD");
    hub::HubOptions options;
    options.dataDir = m_dir.filePath(QStringLiteral("hub"));
    options.listen = QStringLiteral("127.0.0.1:0");
    auto opened = hub::Hub::open(options);
    QVERIFY2(opened, why(opened).constData());
    m_hub = std::move(*opened);
    m_caPem = readFile(m_hub->caCertificatePath());
    QVERIFY(!m_caPem.isEmpty());
    m_client = std::make_shared<client::Client>(m_hub->inProcessChannel());
    auto session = m_client->login(QStringLiteral("admin"), m_hub->generatedAdminPassword());
    QVERIFY2(session, why(session).constData());
    api::Site s;
    s.name = QStringLiteral("Events Site");
    auto site = m_client->create(s.toRecord());
    QVERIFY2(site, why(site).constData());
    m_siteId = site->id;
    m_node = enroll(QStringLiteral("events-node"), &m_nodeId);
    QVERIFY(!m_node.certPem.isEmpty());
    QVERIFY(!m_nodeId.isEmpty());
}

void TestNodeEvents::cleanupTestCase()
{
    m_client.reset();
    m_hub.reset();
}

void TestNodeEvents::typeLabels_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("label");
    auto row = [](const char *type, const char *label) {
        QTest::newRow(type) << QString::fromLatin1(type) << QString::fromLatin1(label);
    };
    row("agent.started", "Agent started");
    row("workload.created", "Workload created");
    row("workload.started", "Workload started");
    row("workload.restarted", "Workload restarted");
    row("workload.removed", "Workload removed");
    row("workload.failed", "Workload failed");
    row("image.loaded", "Image loaded");
    row("image.failed", "Image could not be loaded");
    row("certificate.renewed", "Certificate renewed");
    row("outbox.dropped", "Agent dropped unsent records");
    row("hub.malformed-record", "Hub could not read a record from the agent");
    row("custom.thing", "custom.thing"); // unknown: shown raw
    row("", "");
}

void TestNodeEvents::typeLabels()
{
    QFETCH(QString, type);
    QFETCH(QString, label);
    QCOMPARE(NodeEventsModel::typeLabel(type), label);
    QCOMPARE(NodeEventsModel::isKnownType(type), label != type);
}

void TestNodeEvents::modelNewestFirstAndInsertsOnTop()
{
    NodeEventsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.columnCount(), int(NodeEventsModel::ColumnCount));
    QCOMPARE(model.headerData(NodeEventsModel::TypeColumn, Qt::Horizontal).toString(),
             QStringLiteral("Event"));
    const qint64 t = QDateTime(QDate(2026, 3, 1), QTime(12, 0, 5), Qt::UTC).toMSecsSinceEpoch();
    // Given oldest first: shown newest first.
    model.setEvents({makeEvent(1, t, QStringLiteral("agent.started")),
                     makeEvent(2, t + 1000, QStringLiteral("custom.thing"),
                               api::EventSeverity::Error, QStringLiteral("web"))});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(text(&model, 0, NodeEventsModel::TypeColumn), QStringLiteral("custom.thing"));
    QCOMPARE(text(&model, 0, NodeEventsModel::SeverityColumn), QStringLiteral("Error"));
    QCOMPARE(text(&model, 0, NodeEventsModel::WorkloadColumn), QStringLiteral("web"));
    QVERIFY(model.index(0, NodeEventsModel::SeverityColumn).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model.index(0, NodeEventsModel::SeverityColumn)
                 .data(Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());
    QCOMPARE(text(&model, 1, NodeEventsModel::TypeColumn), QStringLiteral("Agent started"));
    QCOMPARE(text(&model, 1, NodeEventsModel::TypeColumn, Qt::ToolTipRole),
             QStringLiteral("agent.started"));
    QCOMPARE(text(&model, 1, NodeEventsModel::SeverityColumn), QStringLiteral("Info"));
    QVERIFY(!model.index(1, NodeEventsModel::SeverityColumn).data(Qt::ForegroundRole).isValid());
    QCOMPARE(text(&model, 1, NodeEventsModel::MessageColumn), QStringLiteral("message 1"));
    QCOMPARE(text(&model, 1, NodeEventsModel::TimeColumn, Qt::ToolTipRole),
             QStringLiteral("2026-03-01 12:00:05.000 UTC"));
    const QDateTime local = QDateTime::fromMSecsSinceEpoch(t).toLocalTime();
    QVERIFY2(text(&model, 1, NodeEventsModel::TimeColumn)
                 .endsWith(local.time().toString(QStringLiteral("HH:mm:ss"))),
             qPrintable(text(&model, 1, NodeEventsModel::TimeColumn)));

    // A refresh with one newer event inserts one row at the top; nothing is reset.
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setEvents({makeEvent(3, t + 2000, QStringLiteral("workload.failed")),
                     makeEvent(2, t + 1000, QStringLiteral("custom.thing"),
                               api::EventSeverity::Error, QStringLiteral("web")),
                     makeEvent(1, t, QStringLiteral("agent.started"))});
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 0);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(text(&model, 0, NodeEventsModel::TypeColumn), QStringLiteral("Workload failed"));
    // Anything else (here: the oldest fell off) resets.
    model.setEvents({makeEvent(3, t + 2000, QStringLiteral("workload.failed"))});
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestNodeEvents::emptyNodeSaysSoPlainly()
{
    widgets::NodePage page(m_client, m_nodeId, QStringLiteral("events-node"), m_siteId,
                           QStringLiteral("Events Site"));
    QCOMPARE(page.tabs()->count(), 3);
    QCOMPARE(page.tabs()->tabText(2), QStringLiteral("Events"));
    page.tabs()->setCurrentIndex(2);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    NodeEventsPanel *events = page.eventsPanel();
    QVERIFY(events);
    QTRY_VERIFY_WITH_TIMEOUT(events->isLoaded(), kWaitMs);
    QVERIFY2(events->lastError().isEmpty(), qPrintable(events->lastError()));
    QCOMPARE(events->model()->rowCount(), 0);
    QVERIFY(events->emptyLabel()->isVisible());
    QVERIFY(!events->view()->isVisible());
    QVERIFY(!events->errorLabel()->isVisible());
    QCOMPARE(events->emptyLabel()->text(), QStringLiteral("No events from this node yet."));
    QCOMPARE(events->rangeCombo()->count(), 4);
    QCOMPARE(events->rangeCombo()->currentText(), QStringLiteral("All"));
    // A narrower range asks again and says so for that range.
    QSignalSpy loaded(events, &NodeEventsPanel::loaded);
    events->rangeCombo()->setCurrentIndex(0);
    QVERIFY(loaded.wait(kWaitMs));
    QCOMPARE(events->emptyLabel()->text(),
             QStringLiteral("No events from this node in this time range."));
    screenshot(&page, QStringLiteral("events-empty"));
}

void TestNodeEvents::agentEventsShownNewestFirst()
{
    // The node's agent, for real: mutual TLS with the enrolled key and certificate.
    TestAgent agent(m_hub->listenAddress(), m_caPem, m_node);
    QVERIFY(agent.hello());
    QTRY_VERIFY_WITH_TIMEOUT(agent.find(v1::HubMessage::kWelcome), kWaitMs);
    const qint64 base = agent.find(v1::HubMessage::kWelcome)->welcome().acked_seq();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const api::NodeEvent older = makeEvent(base + 1, now - 5000, QStringLiteral("workload.started"),
                                           api::EventSeverity::Info, QStringLiteral("web"));
    const api::NodeEvent newer = makeEvent(base + 2, now - 1000,
                                           QStringLiteral("workload.restarted"),
                                           api::EventSeverity::Warning, QStringLiteral("web"));
    v1::AgentMessage m;
    *m.mutable_batch()->add_entries() = eventEntry(base + 1, older);
    *m.mutable_batch()->add_entries() = eventEntry(base + 2, newer);
    QVERIFY(agent.send(m));
    QTRY_COMPARE_WITH_TIMEOUT(agent.count(v1::HubMessage::kAck), 1, kWaitMs);

    widgets::NodePage page(m_client, m_nodeId, QStringLiteral("events-node"), m_siteId,
                           QStringLiteral("Events Site"));
    page.tabs()->setCurrentIndex(2);
    NodeEventsPanel *events = page.eventsPanel();
    QAbstractItemModelTester tester(events->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    events->setRefreshInterval(300);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_COMPARE_WITH_TIMEOUT(events->model()->rowCount(), 2, kWaitMs);
    QVERIFY2(events->lastError().isEmpty(), qPrintable(events->lastError()));
    QVERIFY(events->view()->isVisible());
    QVERIFY(!events->emptyLabel()->isVisible());
    const QAbstractItemModel *model = events->view()->model();
    QCOMPARE(text(model, 0, NodeEventsModel::TypeColumn), QStringLiteral("Workload restarted"));
    QCOMPARE(text(model, 0, NodeEventsModel::SeverityColumn), QStringLiteral("Warning"));
    QCOMPARE(text(model, 0, NodeEventsModel::WorkloadColumn), QStringLiteral("web"));
    QCOMPARE(text(model, 0, NodeEventsModel::MessageColumn), newer.message);
    QCOMPARE(model->index(0, NodeEventsModel::TimeColumn).data(NodeEventsModel::RawRole),
             QVariant(newer.atMs));
    QCOMPARE(text(model, 1, NodeEventsModel::TypeColumn), QStringLiteral("Workload started"));
    QCOMPARE(text(model, 1, NodeEventsModel::SeverityColumn), QStringLiteral("Info"));
    QCOMPARE(model->index(1, NodeEventsModel::TimeColumn).data(NodeEventsModel::RawRole),
             QVariant(older.atMs));
    QCOMPARE(events->statusLabel()->text(), QStringLiteral("2 event(s)"));
    screenshot(&page, QStringLiteral("events-two"));

    // A later event arrives by the periodic refresh alone, on top, without a reset.
    QSignalSpy reset(events->model(), &QAbstractItemModel::modelReset);
    v1::AgentMessage later;
    *later.mutable_batch()->add_entries() =
        eventEntry(base + 3, makeEvent(base + 3, QDateTime::currentMSecsSinceEpoch(),
                                       QStringLiteral("image.failed"), api::EventSeverity::Error));
    QVERIFY(agent.send(later));
    QTRY_COMPARE_WITH_TIMEOUT(events->model()->rowCount(), 3, kWaitMs);
    QCOMPARE(text(model, 0, NodeEventsModel::TypeColumn),
             QStringLiteral("Image could not be loaded"));
    QCOMPARE(text(model, 1, NodeEventsModel::TypeColumn), QStringLiteral("Workload restarted"));
    QCOMPARE(reset.count(), 0);
    screenshot(&page, QStringLiteral("events-three"));
    QVERIFY(agent.close().ok());
}

void TestNodeEvents::hubNotAnsweringShowsAnErrorLine()
{
    const int port = freePort();
    QVERIFY(port > 0);
    const QString target = QStringLiteral("127.0.0.1:%1").arg(port);
    auto nobody =
        std::make_shared<client::Client>(grpc::CreateChannel(target.toStdString(),
                                                             grpc::InsecureChannelCredentials()),
                                         target);
    NodeEventsPanel panel;
    panel.setNodes(nobody);
    panel.setNode(m_nodeId);
    panel.resize(900, 300);
    panel.show();
    QVERIFY(QTest::qWaitForWindowExposed(&panel));
    QTRY_VERIFY_WITH_TIMEOUT(panel.isLoaded(), 60'000);
    QVERIFY(!panel.lastError().isEmpty());
    QVERIFY(panel.errorLabel()->isVisible());
    const QString line = panel.errorLabel()->text();
    QVERIFY2(line.startsWith(QStringLiteral("Could not load the events: ")), qPrintable(line));
    QVERIFY2(line.contains(target), qPrintable(line));
    QCOMPARE(panel.model()->rowCount(), 0);
    QCOMPARE(panel.emptyLabel()->text(), QStringLiteral("No events to show."));
    screenshot(&panel, QStringLiteral("events-error"));
}

QTEST_MAIN(TestNodeEvents)
#include "tst_nodeevents.moc"
