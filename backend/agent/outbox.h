#pragma once

#include "backend/api/error.h"

#include <QByteArray>
#include <QString>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <vector>

struct sqlite3;

namespace edge::agent {

// What the agent reports to its hub. The numeric values are stored on disk: never renumber.
enum class OutboxKind : int { Status = 0, Event = 1, Metric = 2 };

// Higher drains later under quota pressure. Stored on disk: never renumber.
enum class OutboxPriority : int { Low = 0, Medium = 1, High = 2 };

// The usual priority of a kind: events high, status medium, metrics low.
OutboxPriority defaultPriority(OutboxKind kind);

struct OutboxRecord {
    qint64 seq = 0;
    OutboxKind kind = OutboxKind::Event;
    OutboxPriority priority = OutboxPriority::High;
    QString coalesceKey;
    QByteArray payload;
};

// Records dropped to stay within the quota, per kind, since the last report to the hub.
struct OutboxDropped {
    qint64 status = 0;
    qint64 event = 0;
    qint64 metric = 0;
    qint64 total() const { return status + event + metric; }
    bool operator==(const OutboxDropped &) const = default;
};

// A disk-backed queue of what the agent sends to its hub, in its own SQLite file.
//
// - append() assigns a per-agent sequence number that strictly increases, across restarts too
//   (the counter lives in the file, so acking everything never lets a number come back).
// - A Status record with a coalesce key replaces the unacknowledged record with the same key, so a
//   reconnect sends only the latest status. The replacement gets a new sequence number.
// - pending() returns the oldest unacknowledged records in sequence order; ack(n) deletes every
//   record with seq <= n (the hub acks cumulatively).
// - The quota counts payload + key bytes plus a fixed per-record overhead (kRecordOverhead); the
//   file itself may be somewhat larger (pages, WAL). When an append would exceed it, the
//   lowest-priority, oldest records are dropped first and counted per kind.
// - Durability: WAL with synchronous=FULL. A returned sequence number survives kill -9 (NORMAL
//   would give that as well) and also a power cut, which is what edge nodes see. With NORMAL a
//   power cut could roll back the sequence counter, and the agent would reuse numbers the hub may
//   already have acknowledged, so its cumulative ack would silently delete new records. The price
//   is one fsync per append, fine at status/event/metric rates.
// - Thread-safe: every public function takes one mutex.
class Outbox {
public:
    static constexpr qint64 kRecordOverhead = 64;

    ~Outbox();
    Outbox(const Outbox &) = delete;
    Outbox &operator=(const Outbox &) = delete;

    // Opens (creating if needed) the outbox file at `path`. quotaBytes <= 0 means no quota.
    static api::Result<std::unique_ptr<Outbox>> open(const QString &path, qint64 quotaBytes);

    // Appends a record; returns its sequence number once it is durable. Fails with StoreFull
    // (and counts the record as dropped) when the record alone exceeds the quota.
    api::Result<qint64> append(OutboxKind kind, OutboxPriority priority, const QByteArray &payload,
                               const QString &coalesceKey = {});
    api::Result<qint64> append(OutboxKind kind, const QByteArray &payload,
                               const QString &coalesceKey = {})
    {
        return append(kind, defaultPriority(kind), payload, coalesceKey);
    }

    api::Result<std::vector<OutboxRecord>> pending(int limit) const;
    // Deletes every record with seq <= upToSeq; returns how many were deleted.
    api::Result<int> ack(qint64 upToSeq);

    OutboxDropped droppedCount() const;
    // Subtracts what was reported to the hub (drops counted meanwhile are kept).
    api::Result<void> resetDropped(const OutboxDropped &reported);

    qint64 usedBytes() const;
    qint64 quotaBytes() const { return m_quota; }
    qint64 lastSequence() const;
    int pendingCount() const;

private:
    Outbox(sqlite3 *db, QString path, qint64 quota);
    api::Result<void> exec(const char *sql) const;
    api::Result<void> load();
    api::Error sqlError(const char *what) const;
    api::Result<void> dropOneLocked();
    api::Result<void> saveDroppedLocked();

    sqlite3 *m_db = nullptr;
    QString m_path;
    qint64 m_quota = 0;
    mutable std::mutex m_mutex;
    qint64 m_used = 0;
    qint64 m_lastSeq = 0;
    OutboxDropped m_dropped;
};

} // namespace edge::agent
