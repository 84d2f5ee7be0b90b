#include "backend/agent/outbox.h"

#include <QTemporaryDir>
#include <QtTest>
#include <thread>

using namespace edge::agent;

namespace {

std::unique_ptr<Outbox> openBox(const QString &path, qint64 quota = 0)
{
    auto box = Outbox::open(path, quota);
    if (!box) {
        qWarning("%s", qPrintable(box.error().toString()));
        return nullptr;
    }
    return std::move(*box);
}

std::vector<qint64> seqs(const Outbox &box)
{
    std::vector<qint64> out;
    auto p = box.pending(-1);
    if (p)
        for (const auto &r : *p)
            out.push_back(r.seq);
    return out;
}

} // namespace

class TestOutbox : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void sequenceIncreasesAcrossReopen();
    void statusCoalesces();
    void coalescingOnlyForStatus();
    void pendingInOrderWithLimit();
    void ackIsCumulative();
    void quotaDropsLowestPriorityOldestFirst();
    void quotaRecordTooLarge();
    void droppedCountsPersistAndReset();
    void persistsAcrossReopen();
    void threadSafeAppend();
    void openFailureNamesPath();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString path() const { return m_dir->filePath(QStringLiteral("outbox.db")); }
};

void TestOutbox::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestOutbox::sequenceIncreasesAcrossReopen()
{
    qint64 last = 0;
    for (int round = 0; round < 3; ++round) {
        auto box = openBox(path());
        QVERIFY(box);
        for (int i = 0; i < 5; ++i) {
            auto seq = box->append(OutboxKind::Event, QByteArray("e"));
            QVERIFY(seq);
            QVERIFY(*seq > last);
            last = *seq;
        }
        // Acking everything must not let numbers come back after reopening.
        QVERIFY(box->ack(last));
        QCOMPARE(box->pendingCount(), 0);
    }
    QCOMPARE(last, 15);
}

void TestOutbox::statusCoalesces()
{
    auto box = openBox(path());
    QVERIFY(box);
    QVERIFY(box->append(OutboxKind::Status, QByteArray("s1"), QStringLiteral("node")));
    const auto ev = box->append(OutboxKind::Event, QByteArray("e1"));
    QVERIFY(box->append(OutboxKind::Status, QByteArray("other"), QStringLiteral("disk")));
    const auto s2 = box->append(OutboxKind::Status, QByteArray("s2"), QStringLiteral("node"));
    QVERIFY(ev && s2);
    const auto s3 = box->append(OutboxKind::Status, QByteArray("s3"), QStringLiteral("node"));
    QVERIFY(s3);
    auto p = box->pending(10);
    QVERIFY(p);
    QCOMPARE(p->size(), size_t(3));
    QCOMPARE((*p)[0].payload, QByteArray("e1"));
    QCOMPARE((*p)[1].payload, QByteArray("other"));
    QCOMPARE((*p)[2].payload, QByteArray("s3"));
    QCOMPARE((*p)[2].seq, *s3);
    QCOMPARE((*p)[2].coalesceKey, QStringLiteral("node"));
    QCOMPARE((*p)[2].priority, OutboxPriority::Medium);
    QCOMPARE(box->usedBytes(), 3 * Outbox::kRecordOverhead + 2 + 5 + 2 + 4 + 4);
    QCOMPARE(box->droppedCount().total(), 0); // replaced is not dropped
}

void TestOutbox::coalescingOnlyForStatus()
{
    auto box = openBox(path());
    QVERIFY(box);
    QVERIFY(box->append(OutboxKind::Event, QByteArray("a"), QStringLiteral("k")));
    QVERIFY(box->append(OutboxKind::Event, QByteArray("b"), QStringLiteral("k")));
    QVERIFY(box->append(OutboxKind::Status, QByteArray("c"))); // no key: never coalesced
    QVERIFY(box->append(OutboxKind::Status, QByteArray("d")));
    QCOMPARE(box->pendingCount(), 4);
}

void TestOutbox::pendingInOrderWithLimit()
{
    auto box = openBox(path());
    QVERIFY(box);
    QVERIFY(box->append(OutboxKind::Metric, QByteArray("m")));
    QVERIFY(box->append(OutboxKind::Event, QByteArray("e")));
    QVERIFY(box->append(OutboxKind::Status, QByteArray("s"), QStringLiteral("k")));
    auto p = box->pending(2);
    QVERIFY(p);
    QCOMPARE(p->size(), size_t(2));
    QCOMPARE((*p)[0].seq, 1);
    QCOMPARE((*p)[0].kind, OutboxKind::Metric);
    QCOMPARE((*p)[0].priority, OutboxPriority::Low);
    QCOMPARE((*p)[1].seq, 2);
    QCOMPARE((*p)[1].kind, OutboxKind::Event);
    QCOMPARE((*p)[1].priority, OutboxPriority::High);
}

void TestOutbox::ackIsCumulative()
{
    auto box = openBox(path());
    QVERIFY(box);
    for (int i = 0; i < 6; ++i)
        QVERIFY(box->append(OutboxKind::Event, QByteArray(10, 'e')));
    auto n = box->ack(4);
    QVERIFY(n);
    QCOMPARE(*n, 4);
    QCOMPARE(seqs(*box), (std::vector<qint64>{5, 6}));
    QCOMPARE(box->usedBytes(), 2 * (Outbox::kRecordOverhead + 10));
    n = box->ack(4); // a repeated ack is harmless
    QVERIFY(n);
    QCOMPARE(*n, 0);
    n = box->ack(100);
    QVERIFY(n);
    QCOMPARE(*n, 2);
    QCOMPARE(box->usedBytes(), 0);
}

void TestOutbox::quotaDropsLowestPriorityOldestFirst()
{
    const qint64 rec = Outbox::kRecordOverhead + 36; // each payload is 36 bytes
    auto box = openBox(path(), 6 * rec);
    QVERIFY(box);
    const QByteArray pl(36, 'p');
    QVERIFY(box->append(OutboxKind::Event, pl));                          // 1 high
    QVERIFY(box->append(OutboxKind::Metric, pl));                         // 2 low
    QVERIFY(box->append(OutboxKind::Status, OutboxPriority::Medium, pl)); // 3 medium
    QVERIFY(box->append(OutboxKind::Metric, pl));                         // 4 low
    QVERIFY(box->append(OutboxKind::Event, pl));                          // 5 high
    QVERIFY(box->append(OutboxKind::Status, OutboxPriority::Medium, pl)); // 6 medium
    QCOMPARE(box->usedBytes(), 6 * rec);
    QCOMPARE(box->droppedCount().total(), 0);

    QVERIFY(box->append(OutboxKind::Event, pl)); // 7: drops 2 (low, oldest)
    QCOMPARE(seqs(*box), (std::vector<qint64>{1, 3, 4, 5, 6, 7}));
    QVERIFY(box->append(OutboxKind::Event, pl)); // 8: drops 4
    QCOMPARE(seqs(*box), (std::vector<qint64>{1, 3, 5, 6, 7, 8}));
    QVERIFY(box->append(OutboxKind::Metric, pl)); // 9: no low left before it: drops 3 (medium)
    QCOMPARE(seqs(*box), (std::vector<qint64>{1, 5, 6, 7, 8, 9}));
    // A record twice as big drops two: 9 (the only low) then 6 (the only medium).
    QVERIFY(box->append(OutboxKind::Event, QByteArray(36 + rec, 'p')));
    QCOMPARE(seqs(*box), (std::vector<qint64>{1, 5, 7, 8, 10}));
    QCOMPARE(box->droppedCount(), (OutboxDropped{2, 0, 3}));
    QVERIFY(box->usedBytes() <= box->quotaBytes());
}

void TestOutbox::quotaRecordTooLarge()
{
    auto box = openBox(path(), 200);
    QVERIFY(box);
    QVERIFY(box->append(OutboxKind::Event, QByteArray(10, 'e')));
    auto r = box->append(OutboxKind::Metric, QByteArray(200, 'm'));
    QVERIFY(!r);
    QCOMPARE(r.error().code, edge::api::Code::StoreFull);
    QCOMPARE(box->pendingCount(), 1); // nothing else was dropped for it
    QCOMPARE(box->droppedCount(), (OutboxDropped{0, 0, 1}));
    // The failed append consumed no sequence number.
    auto next = box->append(OutboxKind::Event, QByteArray("x"));
    QVERIFY(next);
    QCOMPARE(*next, 2);
}

void TestOutbox::droppedCountsPersistAndReset()
{
    const qint64 rec = Outbox::kRecordOverhead + 1;
    {
        auto box = openBox(path(), 2 * rec);
        QVERIFY(box);
        QVERIFY(box->append(OutboxKind::Metric, QByteArray("m")));
        QVERIFY(box->append(OutboxKind::Status, QByteArray("s")));
        QVERIFY(box->append(OutboxKind::Event, QByteArray("e"))); // drops the metric
        QVERIFY(box->append(OutboxKind::Event, QByteArray("f"))); // drops the status
        QCOMPARE(box->droppedCount(), (OutboxDropped{1, 0, 1}));
    }
    auto box = openBox(path(), 2 * rec);
    QVERIFY(box);
    const OutboxDropped reported = box->droppedCount();
    QCOMPARE(reported, (OutboxDropped{1, 0, 1}));
    QVERIFY(box->append(OutboxKind::Event, QByteArray("g"))); // drops event 3 meanwhile
    QVERIFY(box->resetDropped(reported));
    QCOMPARE(box->droppedCount(), (OutboxDropped{0, 1, 0}));
    box.reset();
    box = openBox(path(), 2 * rec);
    QVERIFY(box);
    QCOMPARE(box->droppedCount(), (OutboxDropped{0, 1, 0}));
}

void TestOutbox::persistsAcrossReopen()
{
    {
        auto box = openBox(path());
        QVERIFY(box);
        QVERIFY(box->append(OutboxKind::Event, QByteArray("one")));
        QVERIFY(box->append(OutboxKind::Status, QByteArray("two"), QStringLiteral("k")));
        QVERIFY(box->append(OutboxKind::Metric, QByteArray("three")));
        QVERIFY(box->ack(1));
    }
    auto box = openBox(path());
    QVERIFY(box);
    auto p = box->pending(10);
    QVERIFY(p);
    QCOMPARE(p->size(), size_t(2));
    QCOMPARE((*p)[0].payload, QByteArray("two"));
    QCOMPARE((*p)[0].kind, OutboxKind::Status);
    QCOMPARE((*p)[1].payload, QByteArray("three"));
    QCOMPARE(box->usedBytes(), 2 * Outbox::kRecordOverhead + 3 + 1 + 5);
    QCOMPARE(box->lastSequence(), 3);
    // Coalescing still works against records stored before the reopen.
    QVERIFY(box->append(OutboxKind::Status, QByteArray("four"), QStringLiteral("k")));
    QCOMPARE(seqs(*box), (std::vector<qint64>{3, 4}));
}

void TestOutbox::threadSafeAppend()
{
    auto box = openBox(path());
    QVERIFY(box);
    std::vector<std::vector<qint64>> got(4);
    {
        std::vector<std::jthread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&, t] {
                for (int i = 0; i < 25; ++i) {
                    auto s = box->append(OutboxKind::Event, QByteArray::number(t));
                    got[size_t(t)].push_back(s ? *s : -1);
                }
            });
    }
    std::vector<qint64> all;
    for (const auto &v : got) {
        QVERIFY(std::ranges::is_sorted(v));
        all.insert(all.end(), v.begin(), v.end());
    }
    std::ranges::sort(all);
    QCOMPARE(all.size(), size_t(100));
    QCOMPARE(all.front(), 1);
    QCOMPARE(all.back(), 100);
    QVERIFY(std::ranges::adjacent_find(all) == all.end());
    QCOMPARE(box->pendingCount(), 100);
}

void TestOutbox::openFailureNamesPath()
{
    const QString bad = m_dir->filePath(QStringLiteral("missing/dir/outbox.db"));
    auto box = Outbox::open(bad, 0);
    QVERIFY(!box);
    QCOMPARE(box.error().code, edge::api::Code::StoreIo);
    QVERIFY2(box.error().message.contains(bad), qPrintable(box.error().message));
}

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
