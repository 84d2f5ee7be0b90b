#pragma once

#include "backend/api/store.h"
#include "backend/api/workload.h"

namespace edge::api {

// What the hub keeps about its agents (issue 3), beside the inventory. Implemented by
// store::SqliteStore on the same database (schema v3). Thread-safe.
//
// Presence itself (online/stale/offline) is computed from lastSeenMs with api::presenceAt(); the
// store keeps lastSeen so a restarted hub still knows when each node was last heard from.
struct AgentRecord {
    QString nodeId;
    qint64 lastSeenMs = 0;
    qint64 heartbeatIntervalMs = kDefaultHeartbeatIntervalMs;
    QString agentVersion;
    QString hostname;
    qint64 ackedSeq = 0;          // highest outbox sequence number the hub has stored
    qint64 appliedGeneration = 0; // reported by the agent
    qint64 droppedRecords = 0;    // total the agent reported dropping
};

class AgentStore {
public:
    virtual ~AgentStore() = default;

    // NotFound when the node never connected.
    virtual Result<AgentRecord> agent(const QString &nodeId) = 0;
    virtual Result<QList<AgentRecord>> agents() = 0;
    // Upserts the connection facts (version, hostname, interval, lastSeen).
    virtual Result<void> recordHello(const AgentRecord &record) = 0;
    // Cheap: lastSeen only. Called for every heartbeat.
    virtual Result<void> touch(const QString &nodeId, qint64 lastSeenMs) = 0;

    // Desired state; a node without one has generation 0 and no workloads.
    virtual Result<DesiredState> desiredState(const QString &nodeId) = 0;
    // Stores `workloads` as generation current + 1 and returns the new state. With
    // expectedGeneration > 0 fails with Code::Conflict when the current generation differs.
    virtual Result<DesiredState> setDesiredState(const QString &nodeId,
                                                 const QList<WorkloadSpec> &workloads,
                                                 qint64 expectedGeneration,
                                                 const QString &actor) = 0;

    // Applies one batch from an agent's outbox in one transaction: events inserted once per
    // (node, seq) (a repeated seq is ignored), the latest status per workload replaced, metric
    // samples inserted, appliedGeneration/droppedRecords updated, ackedSeq raised to the highest
    // seq in the batch. Returns the new ackedSeq. Records with seq <= ackedSeq are skipped, so a
    // batch sent twice changes nothing.
    struct Batch {
        QString nodeId;
        qint64 highestSeq = 0; // highest seq in the batch (even if all its records were skipped)
        QList<NodeEvent> events;
        QList<WorkloadStatus> statuses;
        QList<MetricSample> metrics;
        std::optional<qint64> appliedGeneration;
        qint64 droppedDelta = 0; // records the agent dropped since its last report
        // True when the batch held a status record: its workloads are the node's whole current
        // set, so stored statuses of workloads missing from `statuses` are deleted.
        bool replaceStatuses = false;
    };
    virtual Result<qint64> applyAgentBatch(const Batch &batch) = 0;

    virtual Result<QList<WorkloadStatus>> workloadStatus(const QString &nodeId) = 0;
    virtual Result<QList<NodeEvent>> events(const QString &nodeId, qint64 sinceMs, int limit) = 0;
    virtual Result<QList<MetricSample>> metrics(const MetricsQuery &query) = 0;
    // Deletes metric samples older than `beforeMs` (retention); returns how many.
    virtual Result<int> pruneMetrics(qint64 beforeMs) = 0;

    // ---- Certificates of the control channel (additive, hub side)
    // The certificate with this serial (hex, lower case); NotFound when the hub never issued it.
    virtual Result<NodeCertificate> certificateBySerial(const QString &serial) = 0;
    // Records a certificate issued to an existing node (renewal). The serial must be new.
    virtual Result<void> recordCertificate(const NodeCertificate &certificate) = 0;

    // ---- Offline image transfers (additive, hub side)
    // An image archive pushed for a node, kept as DIR/images/<sha256>.tar until the agent has it.
    struct ImageTransfer {
        QString nodeId;
        QString sha256; // hex, lower case
        QString name;   // for people
        qint64 size = 0;
        QString state = QStringLiteral("pending"); // "pending", "loaded", "failed"
        QString message;                           // the agent's, for failed
        QStringList images;                        // names loaded into Podman
        qint64 createdAtMs = 0;
        qint64 updatedAtMs = 0;
    };
    // Inserts, or resets an existing (node, sha256) transfer to pending.
    virtual Result<void> addImageTransfer(const ImageTransfer &transfer) = 0;
    // Oldest first; `pendingOnly` leaves out loaded and failed ones.
    virtual Result<QList<ImageTransfer>> imageTransfers(const QString &nodeId, bool pendingOnly) = 0;
    // NotFound when there is no such transfer.
    virtual Result<void> finishImageTransfer(const QString &nodeId, const QString &sha256,
                                             const QString &state, const QString &message,
                                             const QStringList &images, qint64 atMs) = 0;
};

} // namespace edge::api
