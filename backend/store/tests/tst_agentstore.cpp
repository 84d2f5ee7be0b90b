// api::AgentStore on the SQLite store (schema v3): connection facts, desired state with
// generations, outbox batches applied once, events, metrics with downsampling and retention,
// certificates by serial and image transfers.

#include "backend/store/sqlitestore.h"
#include "storetestsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace edge;
using namespace edge::store;

class TestAgentStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void helloAndTouch();
    void desiredStateGenerations();
    void batchAppliedOnce();
    void statusSetReplaced();
    void eventsQuery();
    void metricsDownsampleAndPrune();
    void certificates();
    void imageTransfers();
    void survivesReopen();

private:
    QString addNode(const QString &name);
    api::NodeEvent event(qint64 seq, qint64 atMs, const QString &type) const
    {
        api::NodeEvent e;
        e.nodeId = m_nodeId;
        e.agentSeq = seq;
        e.atMs = atMs;
        e.type = type;
        e.message = QStringLiteral("m");
        return e;
    }

    QTemporaryDir m_dir;
    api::ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<SqliteStore> m_store;
    QString m_nodeId;
};

void TestAgentStore::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(QStringLiteral("agents.db")));
    auto s = SqliteStore::open(m_dir.filePath(QStringLiteral("agents.db")), m_clock);
    QVERIFY2(s, s ? "" : qPrintable(s.error().toString()));
    m_store = std::move(*s);
    m_nodeId = addNode(QStringLiteral("node-1"));
    QVERIFY(!m_nodeId.isEmpty());
    api::AgentRecord r;
    r.nodeId = m_nodeId;
    r.lastSeenMs = m_clock.nowMs();
    r.heartbeatIntervalMs = 5000;
    r.agentVersion = QStringLiteral("1.0");
    r.hostname = QStringLiteral("edge-01");
    QVERIFY(m_store->recordHello(r));
}

void TestAgentStore::cleanup() { m_store.reset(); }

QString TestAgentStore::addNode(const QString &name)
{
    auto site = m_store->create(test::siteRecord(QStringLiteral("S ") + name), QStringLiteral("t"));
    if (!site)
        return {};
    api::Node n;
    n.siteId = site->id;
    n.name = name;
    auto node = m_store->create(n.toRecord(), QStringLiteral("t"));
    return node ? node->id : QString();
}

void TestAgentStore::helloAndTouch()
{
    auto a = m_store->agent(m_nodeId);
    QVERIFY(a);
    QCOMPARE(a->hostname, QStringLiteral("edge-01"));
    QCOMPARE(a->heartbeatIntervalMs, 5000);
    QCOMPARE(a->ackedSeq, 0);
    QVERIFY(m_store->touch(m_nodeId, m_clock.nowMs() + 1000));
    QCOMPARE(m_store->agent(m_nodeId)->lastSeenMs, m_clock.nowMs() + 1000);
    // last-seen never goes back
    QVERIFY(m_store->touch(m_nodeId, m_clock.nowMs()));
    QCOMPARE(m_store->agent(m_nodeId)->lastSeenMs, m_clock.nowMs() + 1000);
    // A second hello updates the facts and keeps the counters.
    api::AgentRecord r = *m_store->agent(m_nodeId);
    r.agentVersion = QStringLiteral("1.1");
    r.lastSeenMs = m_clock.nowMs() + 2000;
    QVERIFY(m_store->recordHello(r));
    QCOMPARE(m_store->agent(m_nodeId)->agentVersion, QStringLiteral("1.1"));
    QCOMPARE(m_store->agents()->size(), 1);
    auto none = m_store->agent(QStringLiteral("nope"));
    QVERIFY(!none);
    QCOMPARE(none.error().code, api::Code::NotFound);
}

void TestAgentStore::desiredStateGenerations()
{
    auto empty = m_store->desiredState(m_nodeId);
    QVERIFY(empty);
    QCOMPARE(empty->generation, 0);
    QVERIFY(empty->workloads.isEmpty());
    api::WorkloadSpec w;
    w.name = QStringLiteral("web");
    w.image = QStringLiteral("busybox");
    auto one = m_store->setDesiredState(m_nodeId, {w}, 0, QStringLiteral("op"));
    QVERIFY(one);
    QCOMPARE(one->generation, 1);
    auto two = m_store->setDesiredState(m_nodeId, {w, w}, 1, QStringLiteral("op"));
    QVERIFY(two);
    QCOMPARE(two->generation, 2);
    auto conflict = m_store->setDesiredState(m_nodeId, {}, 1, QStringLiteral("op"));
    QVERIFY(!conflict);
    QCOMPARE(conflict.error().code, api::Code::Conflict);
    auto read = m_store->desiredState(m_nodeId);
    QCOMPARE(read->generation, 2);
    QCOMPARE(read->workloads.size(), 2);
    QVERIFY(read->workloads.first() == w);
}

void TestAgentStore::batchAppliedOnce()
{
    api::AgentStore::Batch b;
    b.nodeId = m_nodeId;
    b.highestSeq = 3;
    b.events = {event(1, 100, QStringLiteral("a")), event(3, 300, QStringLiteral("c"))};
    api::MetricSample m;
    m.atMs = m_clock.nowMs();
    m.cpuPercent = 5;
    b.metrics = {m};
    b.appliedGeneration = 4;
    b.droppedDelta = 2;
    auto acked = m_store->applyAgentBatch(b);
    QVERIFY(acked);
    QCOMPARE(*acked, 3);
    QCOMPARE(m_store->events(m_nodeId, 0, 0)->size(), 2);
    // Again: nothing changes.
    acked = m_store->applyAgentBatch(b);
    QCOMPARE(*acked, 3);
    QCOMPARE(m_store->events(m_nodeId, 0, 0)->size(), 2);
    QCOMPARE(m_store->metrics({m_nodeId, 0, 0, 0})->size(), 1);
    QCOMPARE(m_store->agent(m_nodeId)->droppedRecords, 2);
    QCOMPARE(m_store->agent(m_nodeId)->appliedGeneration, 4);
    // Overlapping: seq 3 skipped, 4 stored.
    api::AgentStore::Batch next;
    next.nodeId = m_nodeId;
    next.highestSeq = 4;
    next.events = {event(3, 300, QStringLiteral("dup")), event(4, 400, QStringLiteral("d"))};
    next.droppedDelta = 1;
    QCOMPARE(*m_store->applyAgentBatch(next), 4);
    const auto events = *m_store->events(m_nodeId, 0, 0);
    QCOMPARE(events.size(), 3);
    QCOMPARE(events.first().type, QStringLiteral("d")); // newest first
    QCOMPARE(events.at(1).type, QStringLiteral("c"));
    QCOMPARE(m_store->agent(m_nodeId)->droppedRecords, 3);
    QCOMPARE(m_store->agent(m_nodeId)->appliedGeneration, 4); // not in this batch: kept
    QCOMPARE(m_store->agent(m_nodeId)->ackedSeq, 4);
    // Only drop counts, no records: added, the acked seq stays.
    api::AgentStore::Batch counts;
    counts.nodeId = m_nodeId;
    counts.droppedDelta = 5;
    QCOMPARE(*m_store->applyAgentBatch(counts), 4);
    QCOMPARE(m_store->agent(m_nodeId)->droppedRecords, 8);
    // A node that never connected.
    next.nodeId = QStringLiteral("nope");
    QCOMPARE(m_store->applyAgentBatch(next).error().code, api::Code::NotFound);
}

void TestAgentStore::statusSetReplaced()
{
    api::WorkloadStatus a;
    a.name = QStringLiteral("a");
    a.phase = api::WorkloadPhase::Running;
    api::WorkloadStatus b = a;
    b.name = QStringLiteral("b");
    api::AgentStore::Batch batch;
    batch.nodeId = m_nodeId;
    batch.highestSeq = 1;
    batch.statuses = {a, b};
    batch.replaceStatuses = true;
    QVERIFY(m_store->applyAgentBatch(batch));
    QCOMPARE(m_store->workloadStatus(m_nodeId)->size(), 2);
    a.phase = api::WorkloadPhase::Failed;
    batch.highestSeq = 2;
    batch.statuses = {a};
    QVERIFY(m_store->applyAgentBatch(batch));
    const auto now = *m_store->workloadStatus(m_nodeId);
    QCOMPARE(now.size(), 1);
    QCOMPARE(now.first().phase, api::WorkloadPhase::Failed);
    // Without a status record, statuses stay.
    batch.highestSeq = 3;
    batch.statuses.clear();
    batch.replaceStatuses = false;
    QVERIFY(m_store->applyAgentBatch(batch));
    QCOMPARE(m_store->workloadStatus(m_nodeId)->size(), 1);
}

void TestAgentStore::eventsQuery()
{
    api::AgentStore::Batch b;
    b.nodeId = m_nodeId;
    for (int i = 1; i <= 10; ++i)
        b.events << event(i, i * 1000, QStringLiteral("t%1").arg(i));
    b.highestSeq = 10;
    QVERIFY(m_store->applyAgentBatch(b));
    QCOMPARE(m_store->events(m_nodeId, 0, 3)->size(), 3);
    QCOMPARE(m_store->events(m_nodeId, 0, 3)->first().type, QStringLiteral("t10"));
    QCOMPARE(m_store->events(m_nodeId, 8000, 0)->size(), 3);
    QCOMPARE(m_store->events(QString(), 0, 0)->size(), 10);
    QCOMPARE(m_store->events(QStringLiteral("other"), 0, 0)->size(), 0);
    const auto one = m_store->events(m_nodeId, 10'000, 0)->first();
    QCOMPARE(one.nodeId, m_nodeId);
    QCOMPARE(one.agentSeq, 10);
    QCOMPARE(one.message, QStringLiteral("m"));
}

void TestAgentStore::metricsDownsampleAndPrune()
{
    api::AgentStore::Batch b;
    b.nodeId = m_nodeId;
    b.highestSeq = 1;
    const qint64 t0 = m_clock.nowMs() - 100'000;
    for (int i = 0; i < 100; ++i) {
        api::MetricSample m;
        m.atMs = t0 + i * 1000;
        m.cpuPercent = i % 2 ? 10 : 20;
        m.memoryTotalBytes = 1000;
        m.maxTemperatureC = i;
        b.metrics << m;
    }
    QVERIFY(m_store->applyAgentBatch(b));
    QCOMPARE(m_store->metrics({m_nodeId, 0, 0, 0})->size(), 100);
    QCOMPARE(m_store->metrics({m_nodeId, t0 + 50'000, 0, 0})->size(), 50);
    const auto down = *m_store->metrics({m_nodeId, t0, t0 + 99'999, 10});
    QCOMPARE(down.size(), 10);
    for (const auto &m : down) {
        QCOMPARE(m.cpuPercent, 15.0);
        QCOMPARE(m.memoryTotalBytes, 1000);
    }
    QCOMPARE(down.first().maxTemperatureC, 9.0); // max over the bucket
    QVERIFY(down.first().atMs < down.last().atMs);
    auto pruned = m_store->pruneMetrics(t0 + 30'000);
    QVERIFY(pruned);
    QCOMPARE(*pruned, 30);
    QCOMPARE(m_store->metrics({m_nodeId, 0, 0, 0})->size(), 70);
}

void TestAgentStore::certificates()
{
    api::NodeCertificate c{QStringLiteral("ABCDEF01"), m_nodeId,
                           QStringLiteral("node-1"),   1,
                           m_clock.nowMs() + 1000,     QStringLiteral("ff")};
    QVERIFY(m_store->recordCertificate(c));
    auto found = m_store->certificateBySerial(QStringLiteral("abcdef01"));
    QVERIFY(found);
    QCOMPARE(found->nodeId, m_nodeId);
    QCOMPARE(found->notAfterMs, c.notAfterMs);
    QCOMPARE(m_store->nodeCertificates(m_nodeId)->size(), 1);
    QVERIFY(!m_store->recordCertificate(c)); // the serial is unique
    QCOMPARE(m_store->certificateBySerial(QStringLiteral("00")).error().code, api::Code::NotFound);
}

void TestAgentStore::imageTransfers()
{
    api::AgentStore::ImageTransfer t;
    t.nodeId = m_nodeId;
    t.sha256 = QString(64, QLatin1Char('A'));
    t.name = QStringLiteral("busybox.tar");
    t.size = 1234;
    QVERIFY(m_store->addImageTransfer(t));
    auto pending = m_store->imageTransfers(m_nodeId, true);
    QVERIFY(pending);
    QCOMPARE(pending->size(), 1);
    QCOMPARE(pending->first().sha256, QString(64, QLatin1Char('a')));
    QCOMPARE(pending->first().state, QStringLiteral("pending"));
    QCOMPARE(pending->first().size, 1234);
    QVERIFY(m_store->finishImageTransfer(m_nodeId, t.sha256, QStringLiteral("loaded"), {},
                                         {QStringLiteral("localhost/busybox:latest")}, 5));
    QVERIFY(m_store->imageTransfers(m_nodeId, true)->isEmpty());
    const auto all = *m_store->imageTransfers(m_nodeId, false);
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().state, QStringLiteral("loaded"));
    QCOMPARE(all.first().images, QStringList{QStringLiteral("localhost/busybox:latest")});
    // Pushing it again makes it pending again.
    QVERIFY(m_store->addImageTransfer(t));
    QCOMPARE(m_store->imageTransfers(m_nodeId, true)->size(), 1);
    QCOMPARE(m_store
                 ->finishImageTransfer(m_nodeId, QStringLiteral("00"), QStringLiteral("failed"), {},
                                       {}, 6)
                 .error()
                 .code,
             api::Code::NotFound);
}

void TestAgentStore::survivesReopen()
{
    api::WorkloadSpec w;
    w.name = QStringLiteral("web");
    w.image = QStringLiteral("busybox");
    QVERIFY(m_store->setDesiredState(m_nodeId, {w}, 0, QStringLiteral("op")));
    QVERIFY(m_store->touch(m_nodeId, m_clock.nowMs() + 5));
    m_store.reset();
    auto s = SqliteStore::open(m_dir.filePath(QStringLiteral("agents.db")), m_clock);
    QVERIFY(s);
    m_store = std::move(*s);
    QCOMPARE(m_store->desiredState(m_nodeId)->generation, 1);
    QCOMPARE(m_store->agent(m_nodeId)->lastSeenMs, m_clock.nowMs() + 5);
}

QTEST_GUILESS_MAIN(TestAgentStore)
#include "tst_agentstore.moc"
