#pragma once

#include "backend/api/clock.h"
#include "backend/api/syncstore.h"

#include <functional>

namespace edge::sync {

// Where a sync is, for progress bars. `done`/`total` count operations (Pull, Push) or bytes
// (Attachments); total 0 = unknown.
struct SyncProgress {
    enum class Phase { Connecting, Pulling, Pushing, Attachments, Done };
    Phase phase = Phase::Connecting;
    qint64 done = 0;
    qint64 total = 0;
};
// Return false to cancel: the session stops after the batch in flight (which is complete and
// acknowledged, so the next sync resumes after it) and fails with Code::Cancelled.
using ProgressFn = std::function<bool(const SyncProgress &)>;

struct SyncReport {
    QString peerReplicaId;
    int pulled = 0;        // operations new here
    int pushed = 0;        // operations new at the peer
    int blobsReceived = 0; // attachments completed here
    int blobsSent = 0;     // attachments completed at the peer
    qint64 blobBytes = 0;  // chunk bytes moved either way
    int conflicts = 0;     // open conflicts here after the sync
    qint64 pending = 0;    // our operations the peer still lacks (0 after a complete sync)
    qint64 finishedAtMs = 0;
};

// One sync between this store and a peer: hello (exchange replica ids and version vectors), pull
// the peer's operations in batches (each applied and its cursor recorded in one transaction),
// push ours in batches (the peer's acknowledgement moves our push cursor), then the attachments
// either side lacks, chunk by chunk (a chunk already held is not sent again). Any failure leaves
// every completed batch in place: the next run resumes from the cursors.
class SyncSession {
public:
    SyncSession(api::SyncStore &store, api::SyncPeer &peer, const api::Clock &clock);

    void setBatchSize(int operations) { m_batchSize = operations; }
    // `address` is kept with the peer's state (PeerState::address) for people.
    api::Result<SyncReport> run(const QString &address, const ProgressFn &progress = {});

private:
    api::SyncStore &m_store;
    api::SyncPeer &m_peer;
    const api::Clock &m_clock;
    int m_batchSize = 2000;
};

} // namespace edge::sync
