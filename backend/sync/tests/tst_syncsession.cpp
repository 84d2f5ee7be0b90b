// SyncSession between two real SQLite stores (StorePeer): a complete sync both ways, resuming
// after a connection dropped in the middle of a pull and of a push (the cursors keep every
// acknowledged batch and nothing is sent twice), cancelling from the progress callback, refusing to
// sync a store with itself, and attachments moved chunk by chunk, resuming an interrupted
// transfer from the chunks already held.

#include "backend/api/inventorytypes.h"
#include "backend/sync/storepeer.h"
#include "backend/sync/syncsession.h"
#include "backend/sync/tests/synctestsupport.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace edge;
using edge::sync::test::FlakyPeer;

class TestSyncSession : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<store::SqliteStore> open(const QString &replica)
    {
        QString error;
        auto s = sync::test::openStore(m_dir->filePath(replica + QStringLiteral(".db")), m_clock,
                                       replica, &error);
        if (!s)
            qWarning() << "cannot open store" << replica << error;
        return s;
    }
    // Creates `count` sites in `s`; returns the number of operations written.
    static int addSites(store::SqliteStore &s, const QString &prefix, int count)
    {
        const qint64 before = s.operationsSince(0, 0).value_or(QList<api::Operation>()).size();
        for (int i = 0; i < count; ++i) {
            api::Site site;
            site.name = prefix + QString::number(i);
            site.notes = QStringLiteral("note ") + QString::number(i);
            if (!s.create(site.toRecord(), QStringLiteral("tester")))
                return -1;
        }
        return int(s.operationsSince(0, 0).value_or(QList<api::Operation>()).size() - before);
    }
    static QString state(store::SqliteStore &s)
    {
        QString error;
        const QString st = sync::test::canonicalState(s, &error);
        if (!error.isEmpty())
            qWarning() << "canonical state failed:" << error;
        return st;
    }
    static bool storeReady(store::SqliteStore &s)
    {
        auto v = s.versionVector();
        if (!v)
            qWarning() << "store sync not ready:" << v.error().toString();
        return bool(v);
    }
    static bool blobsReady(store::SqliteStore &s)
    {
        auto v = s.completeBlobs();
        if (!v)
            qWarning() << "store attachments not ready:" << v.error().toString();
        return bool(v);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    api::ManualClock m_clock;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>(sync::test::fastTempTemplate());
        QVERIFY(m_dir->isValid());
    }
    void cleanup() { m_dir.reset(); }

    void syncWithYourselfIsRefused()
    {
        auto a = open(QStringLiteral("alpha"));
        QVERIFY(a);
        if (!storeReady(*a))
            QSKIP("SqliteStore::versionVector is not built yet (backend/store/syncsql.cpp)");
        sync::StorePeer self(*a);
        sync::SyncSession session(*a, self, m_clock);
        auto r = session.run(QStringLiteral("loopback"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, api::Code::FailedPrecondition);
        QVERIFY2(r.error().message.contains(QStringLiteral("itself")),
                 qPrintable(r.error().message));
        QVERIFY(r.error().message.contains(QStringLiteral("alpha")));
        auto peers = a->peers();
        QVERIFY(peers);
        QVERIFY(peers->isEmpty());
    }

    void completeSyncBothWays()
    {
        auto a = open(QStringLiteral("alpha"));
        auto b = open(QStringLiteral("bravo"));
        QVERIFY(a && b);
        if (!storeReady(*a))
            QSKIP("SqliteStore sync is not built yet (backend/store/syncsql.cpp)");
        const int aOps = addSites(*a, QStringLiteral("A"), 5);
        const int bOps = addSites(*b, QStringLiteral("B"), 3);
        QVERIFY(aOps > 0 && bOps > 0);
        sync::StorePeer peerA(*a);
        FlakyPeer counted(peerA);
        sync::SyncSession session(*b, counted, m_clock);
        session.setBatchSize(4);
        QList<sync::SyncProgress::Phase> phases;
        auto r = session.run(QStringLiteral("alpha.test:7443"), [&](const sync::SyncProgress &p) {
            phases << p.phase;
            return true;
        });
        QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r->peerReplicaId, QStringLiteral("alpha"));
        QCOMPARE(r->pulled, aOps);
        QCOMPARE(r->pushed, bOps);
        QCOMPARE(r->pending, 0);
        QCOMPARE(r->conflicts, 0);
        QCOMPARE(counted.pulledOps, aOps);
        QCOMPARE(counted.pushedOpIds.size(), bOps);
        QCOMPARE(phases.first(), sync::SyncProgress::Phase::Connecting);
        QCOMPARE(phases.last(), sync::SyncProgress::Phase::Done);
        QVERIFY(phases.contains(sync::SyncProgress::Phase::Pulling));
        QVERIFY(phases.contains(sync::SyncProgress::Phase::Pushing));
        QCOMPARE(state(*a), state(*b));
        QVERIFY(!state(*a).isEmpty());
        api::ListQuery sites;
        sites.kind = api::EntityKind::Site;
        QCOMPARE(a->list(sites).value().total, 8);

        auto peer = b->peerState(QStringLiteral("alpha"));
        QVERIFY(peer);
        QCOMPARE(peer->address, QStringLiteral("alpha.test:7443"));
        QCOMPARE(peer->lastSyncMs, m_clock.nowMs());
        QVERIFY(peer->pulledSeq > 0);
        QVERIFY(peer->pushedSeq > 0);
        QCOMPARE(peer->peerHas.value(QStringLiteral("bravo")),
                 b->versionVector().value().value(QStringLiteral("bravo")));

        // A second sync moves nothing.
        FlakyPeer again(peerA);
        sync::SyncSession second(*b, again, m_clock);
        auto r2 = second.run(QStringLiteral("alpha.test:7443"));
        QVERIFY2(r2, r2 ? "" : qPrintable(r2.error().toString()));
        QCOMPARE(r2->pulled, 0);
        QCOMPARE(r2->pushed, 0);
        QCOMPARE(again.pulledOps, 0);
        QCOMPARE(again.pushedOpIds.size(), 0);
    }

    void resumeAfterDropMidPull()
    {
        auto a = open(QStringLiteral("alpha"));
        auto b = open(QStringLiteral("bravo"));
        QVERIFY(a && b);
        if (!storeReady(*a))
            QSKIP("SqliteStore sync is not built yet (backend/store/syncsql.cpp)");
        const int aOps = addSites(*a, QStringLiteral("A"), 12);
        QVERIFY(aOps >= 12);
        sync::StorePeer peerA(*a);
        FlakyPeer flaky(peerA);
        flaky.dropCall(QStringLiteral("pull"), 4); // three batches acknowledged, then the link drops
        sync::SyncSession session(*b, flaky, m_clock);
        session.setBatchSize(5);
        auto r = session.run(QStringLiteral("alpha"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, api::Code::Unavailable);
        QVERIFY(flaky.dropped());
        QCOMPARE(flaky.pulledOps, 15);
        const qint64 cursor = b->peerState(QStringLiteral("alpha")).value().pulledSeq;
        QVERIFY(cursor > 0);
        QCOMPARE(b->operationsSince(0, 0).value().size(), 15);

        FlakyPeer counted(peerA);
        sync::SyncSession resume(*b, counted, m_clock);
        resume.setBatchSize(5);
        auto r2 = resume.run(QStringLiteral("alpha"));
        QVERIFY2(r2, r2 ? "" : qPrintable(r2.error().toString()));
        QCOMPARE(counted.pullAfterSeq.first(), cursor); // resumed, not from zero
        QCOMPARE(r2->pulled, aOps - 15);
        QCOMPARE(flaky.pulledOps + counted.pulledOps, aOps); // nothing sent twice
        QCOMPARE(state(*a), state(*b));
    }

    void resumeAfterDropMidPush_data()
    {
        QTest::addColumn<bool>("answerLost");
        QTest::newRow("request lost") << false;
        QTest::newRow("answer lost") << true;
    }
    void resumeAfterDropMidPush()
    {
        QFETCH(bool, answerLost);
        auto a = open(QStringLiteral("alpha"));
        auto b = open(QStringLiteral("bravo"));
        QVERIFY(a && b);
        if (!storeReady(*a))
            QSKIP("SqliteStore sync is not built yet (backend/store/syncsql.cpp)");
        const int bOps = addSites(*b, QStringLiteral("B"), 12);
        QVERIFY(bOps >= 12);
        sync::StorePeer peerA(*a);
        FlakyPeer flaky(peerA);
        flaky.dropCall(QStringLiteral("push"), 3,
                       answerLost ? FlakyPeer::Drop::After : FlakyPeer::Drop::Before);
        sync::SyncSession session(*b, flaky, m_clock);
        session.setBatchSize(5);
        auto r = session.run(QStringLiteral("alpha"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, api::Code::Unavailable);
        QCOMPARE(flaky.pushSizes, (QList<int>{5, 5}));
        const auto peer = b->peerState(QStringLiteral("alpha")).value();
        QVERIFY(peer.pushedSeq > 0);
        const qint64 atPeer = a->operationsSince(0, 0).value().size();
        QCOMPARE(atPeer, answerLost ? 15 : 10);
        QCOMPARE(b->pendingOperations(QStringLiteral("alpha")).value(), qint64(bOps - 10));

        FlakyPeer counted(peerA);
        sync::SyncSession resume(*b, counted, m_clock);
        resume.setBatchSize(5);
        auto r2 = resume.run(QStringLiteral("alpha"));
        QVERIFY2(r2, r2 ? "" : qPrintable(r2.error().toString()));
        // The acknowledged batches are not sent again, nor is the batch whose answer was lost:
        // the peer's version vector (hello) says it holds it.
        QCOMPARE(counted.pushedOpIds.size(), answerLost ? bOps - 15 : bOps - 10);
        QCOMPARE(counted.pushedOpIds.size() + flaky.pushedOpIds.size() + (answerLost ? 5 : 0), bOps);
        QVERIFY(
            !QSet<QString>(counted.pushedOpIds.cbegin(), counted.pushedOpIds.cend())
                 .intersects(QSet<QString>(flaky.pushedOpIds.cbegin(), flaky.pushedOpIds.cend())));
        QCOMPARE(r2->pushed, answerLost ? bOps - 15 : bOps - 10);
        QCOMPARE(r2->pending, 0);
        QCOMPARE(a->operationsSince(0, 0).value().size(), bOps);
        QCOMPARE(state(*a), state(*b));
    }

    void cancelFromProgress()
    {
        auto a = open(QStringLiteral("alpha"));
        auto b = open(QStringLiteral("bravo"));
        QVERIFY(a && b);
        if (!storeReady(*a))
            QSKIP("SqliteStore sync is not built yet (backend/store/syncsql.cpp)");
        const int aOps = addSites(*a, QStringLiteral("A"), 10);
        sync::StorePeer peerA(*a);
        FlakyPeer counted(peerA);
        sync::SyncSession session(*b, counted, m_clock);
        session.setBatchSize(4);
        int pullReports = 0;
        bool totalsCoverDone = true;
        auto r = session.run(QStringLiteral("alpha"), [&](const sync::SyncProgress &p) {
            if (p.phase == sync::SyncProgress::Phase::Pulling) {
                totalsCoverDone = totalsCoverDone && p.total >= p.done;
                if (++pullReports == 3) // after the second batch
                    return false;
            }
            return true;
        });
        QVERIFY(!r);
        QCOMPARE(r.error().code, api::Code::Cancelled);
        QVERIFY2(r.error().message.contains(QStringLiteral("8 operations")),
                 qPrintable(r.error().message));
        QVERIFY(totalsCoverDone);
        QCOMPARE(counted.pulledOps, 8); // stopped after the batch in flight
        QCOMPARE(b->operationsSince(0, 0).value().size(), 8);
        QCOMPARE(b->peerState(QStringLiteral("alpha")).value().lastSyncMs, 0);

        FlakyPeer rest(peerA);
        sync::SyncSession resume(*b, rest, m_clock);
        auto r2 = resume.run(QStringLiteral("alpha"));
        QVERIFY2(r2, r2 ? "" : qPrintable(r2.error().toString()));
        QCOMPARE(rest.pulledOps, aOps - 8);
        QCOMPARE(state(*a), state(*b));

        // Cancelled before anything: nothing asked of the peer.
        FlakyPeer untouched(peerA);
        sync::SyncSession never(*b, untouched, m_clock);
        auto r3 = never.run(QStringLiteral("alpha"),
                            [](const sync::SyncProgress &) { return false; });
        QVERIFY(!r3);
        QCOMPARE(r3.error().code, api::Code::Cancelled);
        QCOMPARE(untouched.pullAfterSeq.size(), 0);
    }

    void cancelWhilePushing()
    {
        auto a = open(QStringLiteral("alpha"));
        auto b = open(QStringLiteral("bravo"));
        QVERIFY(a && b);
        if (!storeReady(*a))
            QSKIP("SqliteStore sync is not built yet (backend/store/syncsql.cpp)");
        const int bOps = addSites(*b, QStringLiteral("B"), 6);
        sync::StorePeer peerA(*a);
        FlakyPeer counted(peerA);
        sync::SyncSession session(*b, counted, m_clock);
        session.setBatchSize(7);
        QList<qint64> totals;
        auto r = session.run(QStringLiteral("alpha"), [&](const sync::SyncProgress &p) {
            if (p.phase != sync::SyncProgress::Phase::Pushing)
                return true;
            totals << p.total;
            return p.done == 0; // stop after the first batch
        });
        QVERIFY(!r);
        QCOMPARE(r.error().code, api::Code::Cancelled);
        QCOMPARE(totals.first(), qint64(bOps)); // the push total comes from pendingOperations
        QCOMPARE(counted.pushSizes, QList<int>{7});
        QCOMPARE(b->pendingOperations(QStringLiteral("alpha")).value(), qint64(bOps - 7));

        FlakyPeer rest(peerA);
        sync::SyncSession resume(*b, rest, m_clock);
        auto r2 = resume.run(QStringLiteral("alpha"));
        QVERIFY2(r2, r2 ? "" : qPrintable(r2.error().toString()));
        QCOMPARE(rest.pushedOpIds.size(), bOps - 7);
        QCOMPARE(state(*a), state(*b));
    }

    void peerRestoredFromBackup()
    {
        // The peer goes back in time (restored from a backup taken before the last sync): our
        // cursors claim it holds what it lost, so both directions start again from zero,
        // filtered by the version vectors.
        auto a = open(QStringLiteral("alpha"));
        auto b = open(QStringLiteral("bravo"));
        QVERIFY(a && b);
        if (!storeReady(*a))
            QSKIP("SqliteStore sync is not built yet (backend/store/syncsql.cpp)");
        const int aOps = addSites(*a, QStringLiteral("A"), 3);
        addSites(*b, QStringLiteral("B"), 2);
        const QString backup = m_dir->filePath(QStringLiteral("bravo-backup.db"));
        QVERIFY(b->backupTo(backup));
        sync::StorePeer peerB(*b);
        for (int pass = 0; pass < 2; ++pass) { // the second pass moves the pull cursor past ours
            sync::SyncSession session(*a, peerB, m_clock);
            auto r = session.run(QStringLiteral("bravo"));
            QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
            QCOMPARE(r->pushed, pass == 0 ? aOps : 0);
        }
        QVERIFY(a->peerState(QStringLiteral("bravo")).value().pulledSeq > 10);
        QVERIFY(b->restoreFrom(backup));
        QCOMPARE(b->versionVector().value().value(QStringLiteral("alpha")), 0);
        addSites(*b, QStringLiteral("C"), 1); // reuses seqs the backup did not hold
        const int newOps = addSites(*a, QStringLiteral("D"), 1); // after our push cursor

        FlakyPeer counted(peerB);
        sync::SyncSession session(*a, counted, m_clock);
        auto r = session.run(QStringLiteral("bravo"));
        QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r->pushed, aOps + newOps);
        QCOMPARE(counted.pushedOpIds.size(), aOps + newOps); // only what the peer lacks
        QCOMPARE(r->pulled, 5);                              // the new site, nothing twice
        QCOMPARE(r->pending, 0);
        QCOMPARE(state(*a), state(*b));
    }

    void pushCursorWithoutVector()
    {
        // A push cursor recorded without the peer's vector (by hand, or by an older version)
        // that claims everything went: the peer lacks our operations, so the push starts over.
        auto a = open(QStringLiteral("alpha"));
        auto b = open(QStringLiteral("bravo"));
        QVERIFY(a && b);
        if (!storeReady(*a))
            QSKIP("SqliteStore sync is not built yet (backend/store/syncsql.cpp)");
        const int aOps = addSites(*a, QStringLiteral("A"), 2);
        api::PeerState claimed;
        claimed.peerReplicaId = QStringLiteral("bravo");
        claimed.pushedSeq = a->operationsSince(0, 0).value().last().seq;
        QVERIFY(a->recordPeer(claimed));
        QCOMPARE(a->pendingOperations(QStringLiteral("bravo")).value(), qint64(0));
        sync::StorePeer peerB(*b);
        sync::SyncSession session(*a, peerB, m_clock);
        auto r = session.run(QStringLiteral("bravo"));
        QVERIFY2(r, r ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r->pushed, aOps);
        QCOMPARE(state(*a), state(*b));
    }

    void attachmentsBothWaysAndResume()
    {
        auto a = open(QStringLiteral("alpha"));
        auto b = open(QStringLiteral("bravo"));
        QVERIFY(a && b);
        if (!storeReady(*a))
            QSKIP("SqliteStore sync is not built yet (backend/store/syncsql.cpp)");
        if (!blobsReady(*a))
            QSKIP("SqliteStore attachments are not built yet (backend/store/blobsql.cpp)");
        QByteArray photo(api::kBlobChunkSize * 3 + 1234, Qt::Uninitialized);
        QRandomGenerator rng(42);
        for (char &c : photo)
            c = char(rng.bounded(256));
        const QByteArray notes = QByteArrayLiteral("field notes, one chunk");
        auto put = a->putBlob(photo, QStringLiteral("image/jpeg"));
        QVERIFY2(put, put ? "" : qPrintable(put.error().toString()));
        QCOMPARE(put->chunkCount, 4);
        auto putB = b->putBlob(notes, QStringLiteral("text/plain"));
        QVERIFY(putB);

        sync::StorePeer peerA(*a);
        FlakyPeer flaky(peerA);
        flaky.dropCall(QStringLiteral("blobChunk"), 3); // two chunks arrive, then the link drops
        sync::SyncSession session(*b, flaky, m_clock);
        auto r = session.run(QStringLiteral("alpha"));
        QVERIFY(!r);
        QCOMPARE(r.error().code, api::Code::Unavailable);
        QCOMPARE(flaky.chunkCalls, 2);
        auto partial = b->blobInfo(put->sha256);
        QVERIFY(partial);
        QVERIFY(!partial->complete);
        QCOMPARE(partial->chunksHeld, 2);
        QCOMPARE(b->missingChunks(put->sha256).value().size(), 2);
        QCOMPARE(b->blob(put->sha256).error().code, api::Code::NotFound);

        FlakyPeer counted(peerA);
        sync::SyncSession resume(*b, counted, m_clock);
        qint64 lastBytes = 0;
        auto r2 = resume.run(QStringLiteral("alpha"), [&](const sync::SyncProgress &p) {
            if (p.phase == sync::SyncProgress::Phase::Attachments)
                lastBytes = p.done;
            return true;
        });
        QVERIFY2(r2, r2 ? "" : qPrintable(r2.error().toString()));
        QCOMPARE(counted.chunkCalls, 2); // only the chunks that were missing
        QCOMPARE(r2->blobsReceived, 1);
        QCOMPARE(r2->blobsSent, 1);
        QCOMPARE(counted.putChunkCalls, 1);
        QCOMPARE(r2->blobBytes, qint64(api::kBlobChunkSize + 1234 + notes.size()));
        QCOMPARE(lastBytes, r2->blobBytes);
        QCOMPARE(b->blob(put->sha256).value(), photo);
        QCOMPARE(a->blob(putB->sha256).value(), notes);
        QCOMPARE(a->blobInfo(putB->sha256).value().mediaType, QStringLiteral("text/plain"));

        // Nothing left to move.
        FlakyPeer idle(peerA);
        sync::SyncSession third(*b, idle, m_clock);
        auto r3 = third.run(QStringLiteral("alpha"));
        QVERIFY(r3);
        QCOMPARE(idle.chunkCalls + idle.putChunkCalls, 0);
        QCOMPARE(r3->blobBytes, 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncSession)
#include "tst_syncsession.moc"
