#pragma once

#include "backend/agent/outbox.h"
#include "backend/api/workload.h"

#include <optional>

namespace edge::agent {

// Turns the outbox's drop counters into `outbox.dropped` events (warning) for the hub's event
// list, at most one per batch cycle and each drop announced once.
//
// The control channel calls onBatch() with Outbox::droppedCount() when it sends a batch (one batch
// is in flight until its Ack, so that is once per cycle) and onAcked() with the counts that batch
// reported once the hub acknowledged it (Outbox::resetDropped() subtracts them on disk). Only
// drops not announced yet make an event; a batch resent after a lost Ack announces nothing new.
// Not thread-safe: the channel calls it under its own lock.
class DropReport {
public:
    // The event for the drops in `dropped` not announced yet; nothing when there are none.
    std::optional<api::NodeEvent> onBatch(const OutboxDropped &dropped, qint64 atMs);
    // The hub stored a batch that reported `reported`; the outbox no longer counts them.
    void onAcked(const OutboxDropped &reported);

    // Counted by the outbox and already announced.
    OutboxDropped announced() const { return m_announced; }

    // "dropped 3 status, 120 metric records ..." (English, like every event message).
    static QString message(const OutboxDropped &dropped);

private:
    OutboxDropped m_announced;
};

} // namespace edge::agent
