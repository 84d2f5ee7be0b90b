#include "backend/sync/syncsession.h"

#include "backend/sync/synctr.h"

#include <QLoggingCategory>
#include <QSet>
#include <algorithm>

namespace edge::sync {

namespace {

Q_LOGGING_CATEGORY(lcSession, "edge.sync.session")

using api::Code;
using Phase = SyncProgress::Phase;

// `into` raised to hold everything `from` holds.
void mergeInto(api::VersionVector &into, const api::VersionVector &from)
{
    for (auto it = from.cbegin(); it != from.cend(); ++it)
        if (into.value(it.key()) < it.value())
            into.insert(it.key(), it.value());
}

// True when `now` lacks something `before` claimed.
bool regressed(const api::VersionVector &before, const api::VersionVector &now)
{
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        if (now.value(it.key()) < it.value())
            return true;
    return false;
}

qint64 chunkBytes(const api::BlobInfo &info, int index)
{
    if (info.chunkSize <= 0)
        return 0;
    const qint64 start = qint64(index) * info.chunkSize;
    return std::clamp<qint64>(info.size - start, 0, info.chunkSize);
}

// One attachment to move and the chunks the receiving side lacks.
struct BlobTransfer {
    api::BlobInfo info;
    QList<int> chunks;
    bool toPeer = false;
};

class Run {
public:
    Run(api::SyncStore &store, api::SyncPeer &peer, const api::Clock &clock, int batchSize,
        const ProgressFn &progress)
        : m_store(store)
        , m_peer(peer)
        , m_clock(clock)
        , m_batch(std::max(1, batchSize))
        , m_progress(progress)
    {}

    api::Result<SyncReport> run(const QString &address);

private:
    // False when the caller asked to stop.
    bool report(Phase phase, qint64 done, qint64 total)
    {
        if (!m_progress)
            return true;
        return m_progress(SyncProgress{phase, done, total});
    }
    std::unexpected<api::Error> cancelled() const
    {
        const qint64 exchanged = qint64(m_report.pulled) + m_report.pushed;
        qCInfo(lcSession) << "sync with" << m_peerId << "cancelled after" << exchanged
                          << "operations";
        return api::fail(Code::Cancelled,
                         Tr::tr("Sync cancelled; %1 operations were exchanged and kept; the next "
                                "sync continues from there.")
                             .arg(exchanged));
    }

    api::Result<void> pull();
    api::Result<void> push();
    api::Result<void> attachments();
    api::Result<void> planIncoming(QList<BlobTransfer> &plan, const QStringList &peerBlobs);
    api::Result<void> planOutgoing(QList<BlobTransfer> &plan, const QStringList &peerBlobs);
    // Refreshes m_state from the store (the pull cursor moves inside applyOperations).
    api::Result<void> reloadState();

    api::SyncStore &m_store;
    api::SyncPeer &m_peer;
    const api::Clock &m_clock;
    const int m_batch;
    const ProgressFn &m_progress;

    QString m_myId;
    QString m_peerId;
    api::VersionVector m_peerHello; // the peer's vector as it said hello
    api::VersionVector m_sent;      // what we pushed in this session
    api::PeerState m_state;
    SyncReport m_report;
    bool m_peerRegressed = false;
    bool m_cancel = false;
};

api::Result<SyncReport> Run::run(const QString &address)
{
    if (!report(Phase::Connecting, 0, 0))
        return cancelled();
    m_myId = m_store.syncReplicaId();
    auto hello = m_peer.hello(m_myId);
    if (!hello)
        return std::unexpected(hello.error());
    m_peerId = hello->replicaId;
    if (m_peerId.isEmpty())
        return api::fail(Code::FailedPrecondition,
                         Tr::tr("The peer did not say which replica it is; it cannot be synced "
                                "with. Check that the address points to an EdgeConsole hub."),
                         QStringLiteral("empty replica id in hello from %1").arg(address));
    if (m_peerId == m_myId)
        return api::fail(Code::FailedPrecondition,
                         Tr::tr("This store cannot sync with itself: the peer has the same "
                                "replica id (%1). Sync with another hub or data directory; a "
                                "copied data directory needs a new replica id.")
                             .arg(m_myId),
                         QStringLiteral("address %1").arg(address));
    m_peerHello = hello->has;
    m_report.peerReplicaId = m_peerId;
    auto state = m_store.peerState(m_peerId);
    if (!state)
        return std::unexpected(state.error());
    m_state = *state;
    qCInfo(lcSession) << "sync with" << m_peerId << "at" << address << "pulled seq"
                      << m_state.pulledSeq << "pushed seq" << m_state.pushedSeq;
    // The peer lacks something it held at the last sync (restored from a backup, say): its seqs
    // may have been reused, so neither cursor means anything any more. Both directions start from
    // the beginning; filtering by the version vectors sends only what is missing.
    m_peerRegressed = regressed(m_state.peerHas, m_peerHello);
    if (m_peerRegressed)
        qCInfo(lcSession) << "peer" << m_peerId
                          << "holds less than at the last sync; starting both cursors from 0";

    if (auto r = pull(); !r)
        return std::unexpected(r.error());
    if (m_cancel)
        return cancelled();
    if (auto r = push(); !r)
        return std::unexpected(r.error());
    if (m_cancel)
        return cancelled();
    if (auto r = attachments(); !r)
        return std::unexpected(r.error());
    if (m_cancel)
        return cancelled();

    if (auto r = reloadState(); !r)
        return std::unexpected(r.error());
    api::VersionVector peerHas = m_peerHello;
    mergeInto(peerHas, m_sent);
    m_state.peerReplicaId = m_peerId;
    m_state.peerHas = peerHas;
    m_state.lastSyncMs = m_clock.nowMs();
    m_state.address = address;
    if (auto r = m_store.recordPeer(m_state); !r)
        return std::unexpected(r.error());

    auto conflicts = m_store.conflicts();
    if (!conflicts)
        return std::unexpected(conflicts.error());
    m_report.conflicts = int(conflicts->size());
    auto pending = m_store.pendingOperations(m_peerId);
    if (!pending)
        return std::unexpected(pending.error());
    m_report.pending = *pending;
    m_report.finishedAtMs = m_state.lastSyncMs;
    qCInfo(lcSession) << "sync with" << m_peerId << "done: pulled" << m_report.pulled << "pushed"
                      << m_report.pushed << "blobs in" << m_report.blobsReceived << "out"
                      << m_report.blobsSent << "conflicts" << m_report.conflicts;
    report(Phase::Done, 1, 1);
    return m_report;
}

api::Result<void> Run::reloadState()
{
    auto state = m_store.peerState(m_peerId);
    if (!state)
        return std::unexpected(state.error());
    const qint64 pushed = std::max(m_state.pushedSeq, state->pushedSeq);
    const api::VersionVector peerHas = m_state.peerHas;
    m_state = *state;
    m_state.pushedSeq = pushed;
    mergeInto(m_state.peerHas, peerHas);
    return {};
}

api::Result<void> Run::pull()
{
    auto mine = m_store.versionVector();
    if (!mine)
        return std::unexpected(mine.error());
    // An upper bound (the peer never sends operations on users): enough for a progress bar.
    qint64 total = 0;
    for (auto it = m_peerHello.cbegin(); it != m_peerHello.cend(); ++it)
        if (it.key() != m_myId)
            total += std::max<qint64>(0, it.value() - mine->value(it.key()));
    qint64 cursor = m_peerRegressed ? 0 : m_state.pulledSeq;
    qint64 done = 0;
    if (!report(Phase::Pulling, 0, total)) {
        m_cancel = true;
        return {};
    }
    for (;;) {
        auto batch = m_peer.pull(*mine, cursor, m_batch);
        if (!batch)
            return std::unexpected(batch.error());
        if (batch->lastSeq < cursor || (batch->more && batch->lastSeq == cursor))
            return api::fail(Code::Internal,
                             Tr::tr("The peer sent its operations out of order; the sync stopped "
                                    "and keeps what was applied. Try again, and report it if it "
                                    "happens again."),
                             QStringLiteral("pull after seq %1 answered lastSeq %2 more %3")
                                 .arg(cursor)
                                 .arg(batch->lastSeq)
                                 .arg(batch->more));
        // After a regression the first batch also records the cursor when nothing came.
        const bool resetCursor = m_peerRegressed && done == 0 && cursor == 0;
        if (batch->lastSeq > cursor || !batch->operations.isEmpty() || resetCursor) {
            // Applies the batch and moves the pull cursor in one transaction.
            auto applied = m_store.applyOperations(batch->operations, m_peerId, batch->lastSeq);
            if (!applied)
                return std::unexpected(applied.error());
            m_report.pulled += applied->applied;
            done += batch->operations.size();
            cursor = batch->lastSeq;
        }
        if (!batch->more)
            break;
        if (!report(Phase::Pulling, done, std::max(total, done))) {
            m_cancel = true;
            return {};
        }
    }
    m_state.pulledSeq = cursor;
    return {};
}

api::Result<void> Run::push()
{
    if (auto r = reloadState(); !r)
        return r;
    auto mine = m_store.versionVector();
    if (!mine)
        return std::unexpected(mine.error());
    api::VersionVector peerHas = m_peerHello;
    qint64 cursor = m_state.pushedSeq;
    if (cursor > 0) {
        // Our cursor says the peer acknowledged everything up to it. When the peer now lacks
        // something it held before (restored from a backup, say), start again from the
        // beginning: filtering by the peer's vector sends only what it lacks. Without a vector
        // from the last sync (a cursor recorded by other means), the sign is that the peer lacks
        // some of our own operations although nothing is left after the cursor. (Not always:
        // operations on users count in our vector but never travel, so a scan from zero after
        // every user change would be the price of always probing.)
        bool restart = m_peerRegressed;
        if (!restart && m_state.peerHas.isEmpty() && peerHas.value(m_myId) < mine->value(m_myId)) {
            auto probe = m_store.operationsFor(peerHas, cursor, 1);
            if (!probe)
                return std::unexpected(probe.error());
            restart = probe->operations.isEmpty() && !probe->more;
        }
        if (restart) {
            qCInfo(lcSession) << "peer" << m_peerId << "lacks operations before push cursor"
                              << cursor << "; pushing from the start, filtered by its vector";
            cursor = 0;
        }
    }
    qint64 total = 0;
    if (auto pending = m_store.pendingOperations(m_peerId))
        total = *pending;
    qint64 done = 0;
    if (!report(Phase::Pushing, 0, total)) {
        m_cancel = true;
        return {};
    }
    for (;;) {
        auto batch = m_store.operationsFor(peerHas, cursor, m_batch);
        if (!batch)
            return std::unexpected(batch.error());
        if (batch->lastSeq < cursor || (batch->more && batch->lastSeq == cursor))
            return api::fail(Code::Internal,
                             Tr::tr("The store listed its operations out of order; the sync "
                                    "stopped. Report this as a bug."),
                             QStringLiteral("operationsFor after seq %1 answered lastSeq %2")
                                 .arg(cursor)
                                 .arg(batch->lastSeq));
        if (!batch->operations.isEmpty()) {
            auto pushed = m_peer.push(batch->operations, m_myId);
            if (!pushed)
                return std::unexpected(pushed.error());
            m_report.pushed += pushed->applied;
            done += batch->operations.size();
            for (const api::Operation &op : std::as_const(batch->operations)) {
                const qint64 counter = api::opCounter(op.opId);
                if (m_sent.value(op.replicaId) < counter)
                    m_sent.insert(op.replicaId, counter);
            }
        }
        if (batch->lastSeq > cursor) {
            cursor = batch->lastSeq;
            m_state.peerReplicaId = m_peerId;
            m_state.pushedSeq = cursor;
            m_state.peerHas = m_peerHello;
            mergeInto(m_state.peerHas, m_sent);
            if (auto r = m_store.recordPeer(m_state); !r)
                return r;
        }
        if (!batch->more)
            break;
        if (!report(Phase::Pushing, done, std::max(total, done))) {
            m_cancel = true;
            return {};
        }
    }
    return {};
}

api::Result<void> Run::planIncoming(QList<BlobTransfer> &plan, const QStringList &peerBlobs)
{
    for (const QString &sha : peerBlobs) {
        auto local = m_store.blobInfo(sha);
        if (local && local->complete)
            continue;
        if (!local && local.error().code != Code::NotFound)
            return std::unexpected(local.error());
        auto remote = m_peer.blobInfo(sha);
        if (!remote)
            return std::unexpected(remote.error());
        if (!local) {
            local = m_store.beginBlob(sha, remote->size, remote->mediaType);
            if (!local)
                return std::unexpected(local.error());
            if (local->complete)
                continue;
        }
        auto missing = m_store.missingChunks(sha);
        if (!missing)
            return std::unexpected(missing.error());
        if (!missing->isEmpty())
            plan.append({*local, *missing, false});
    }
    return {};
}

api::Result<void> Run::planOutgoing(QList<BlobTransfer> &plan, const QStringList &peerBlobs)
{
    auto mine = m_store.completeBlobs();
    if (!mine)
        return std::unexpected(mine.error());
    const QSet<QString> theirs(peerBlobs.cbegin(), peerBlobs.cend());
    for (const QString &sha : std::as_const(*mine)) {
        if (theirs.contains(sha))
            continue;
        auto local = m_store.blobInfo(sha);
        if (!local)
            return std::unexpected(local.error());
        auto remote = m_peer.blobInfo(sha);
        if (!remote && remote.error().code != Code::NotFound)
            return std::unexpected(remote.error());
        if (!remote) {
            remote = m_peer.beginBlob(sha, local->size, local->mediaType);
            if (!remote)
                return std::unexpected(remote.error());
        }
        if (remote->complete)
            continue;
        auto missing = m_peer.missingChunks(sha);
        if (!missing)
            return std::unexpected(missing.error());
        if (!missing->isEmpty())
            plan.append({*local, *missing, true});
    }
    return {};
}

api::Result<void> Run::attachments()
{
    auto held = m_peer.blobsHeld();
    if (!held)
        return std::unexpected(held.error());
    QList<BlobTransfer> plan;
    if (auto r = planIncoming(plan, *held); !r)
        return r;
    if (auto r = planOutgoing(plan, *held); !r)
        return r;
    if (plan.isEmpty())
        return {};
    qint64 total = 0;
    for (const BlobTransfer &t : std::as_const(plan))
        for (int index : t.chunks)
            total += chunkBytes(t.info, index);
    qint64 done = 0;
    if (!report(Phase::Attachments, 0, total)) {
        m_cancel = true;
        return {};
    }
    for (const BlobTransfer &t : std::as_const(plan)) {
        const QString &sha = t.info.sha256;
        for (int index : t.chunks) {
            auto data = t.toPeer ? m_store.blobChunk(sha, index) : m_peer.blobChunk(sha, index);
            if (!data)
                return std::unexpected(data.error());
            auto put = t.toPeer ? m_peer.putBlobChunk(sha, index, *data)
                                : m_store.putBlobChunk(sha, index, *data);
            if (!put)
                return std::unexpected(put.error());
            done += data->size();
            m_report.blobBytes += data->size();
            if (put->complete)
                ++(t.toPeer ? m_report.blobsSent : m_report.blobsReceived);
            if (!report(Phase::Attachments, done, std::max(total, done))) {
                m_cancel = true;
                return {};
            }
        }
    }
    return {};
}

} // namespace

SyncSession::SyncSession(api::SyncStore &store, api::SyncPeer &peer, const api::Clock &clock)
    : m_store(store)
    , m_peer(peer)
    , m_clock(clock)
{}

api::Result<SyncReport> SyncSession::run(const QString &address, const ProgressFn &progress)
{
    Run session(m_store, m_peer, m_clock, m_batchSize, progress);
    return session.run(address);
}

} // namespace edge::sync
