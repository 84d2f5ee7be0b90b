#pragma once

#include "backend/api/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace edge::api {

// ---- Workloads (issue 3) --------------------------------------------------------------------
// What the hub wants a node to run. The agent maps it onto Podman (device-protocols/podman); the
// hub stores it per node with a generation number that grows with every change.

struct WorkloadPort {
    int hostPort = 0;                         // 1..65535
    int containerPort = 0;                    // 1..65535
    QString protocol = QStringLiteral("tcp"); // tcp, udp
    QString hostIp;                           // empty: every address
    bool operator==(const WorkloadPort &) const = default;
};

struct WorkloadVolume {
    QString source; // absolute host path
    QString target; // absolute path in the container
    bool readOnly = false;
    bool operator==(const WorkloadVolume &) const = default;
};

struct WorkloadHealthCheck {
    QStringList test; // {"CMD-SHELL", "wget -q -O- localhost:8080/health"} or {"CMD", ...}
    int intervalS = 30;
    int timeoutS = 5;
    int retries = 3;
    bool operator==(const WorkloadHealthCheck &) const = default;
};

enum class RestartPolicy { Always, OnFailure, Never };
QString restartPolicyName(RestartPolicy p); // "always", "on-failure", "never"
std::optional<RestartPolicy> restartPolicyFromName(const QString &name);

struct WorkloadSpec {
    QString name;  // [a-z0-9][a-z0-9-]{0,62}, unique on its node
    QString image; // e.g. "localhost/busybox:latest"
    QStringList command;
    QMap<QString, QString> env;
    QList<WorkloadPort> ports;
    QList<WorkloadVolume> volumes;
    RestartPolicy restart = RestartPolicy::Always;
    double cpus = 0;        // 0: no limit
    qint64 memoryBytes = 0; // 0: no limit
    std::optional<WorkloadHealthCheck> health;

    bool operator==(const WorkloadSpec &) const = default;

    QJsonObject toJson() const;
    // Errors name the field ("workloads[2].ports[0].hostPort"-style paths are built by callers).
    static Result<WorkloadSpec> fromJson(const QJsonObject &json);
};
// Checks every field; the error's `field` names the offending one.
Result<void> validate(const WorkloadSpec &spec);
// SHA-256 (hex) of the canonical JSON of the spec: equal specs hash equal on every machine. The
// agent labels each container with it, so a reconnect restarts only what really changed.
QString specHash(const WorkloadSpec &spec);

// The whole desired state of one node. `generation` grows by one with every change the hub
// accepts; the agent applies a state only when its generation is newer than the one it holds.
struct DesiredState {
    QString nodeId;
    qint64 generation = 0;
    QList<WorkloadSpec> workloads;

    QJsonObject toJson() const;
    static Result<DesiredState> fromJson(const QJsonObject &json);
};
// Each workload valid, names unique, host ports not used twice.
Result<void> validate(const DesiredState &state);

// What the agent reports per workload (in Status outbox records).
enum class WorkloadPhase {
    Pending,
    Pulling,
    Creating,
    Running,
    Restarting,
    Exited,
    Failed,
    Removed
};
QString workloadPhaseName(WorkloadPhase p); // "pending", "pulling", ..., "removed"
std::optional<WorkloadPhase> workloadPhaseFromName(const QString &name);
QString workloadPhaseLabel(WorkloadPhase p); // translated

struct WorkloadStatus {
    QString name;
    WorkloadPhase phase = WorkloadPhase::Pending;
    QString containerId;
    QString specHash;
    QString health; // "", "starting", "healthy", "unhealthy"
    int restarts = 0;
    int exitCode = 0;
    qint64 startedAtMs = 0;
    QString message; // last error, for people
    qint64 updatedAtMs = 0;

    QJsonObject toJson() const;
    static Result<WorkloadStatus> fromJson(const QJsonObject &json);
};

// ---- Node presence -----------------------------------------------------------------------
// online: a heartbeat arrived within 2 x interval + slack. stale: the last one is older than that,
// but the node is not known to be gone (its stream may be half-open). offline: the stream closed,
// or the last heartbeat is older than kOfflineAfterIntervals intervals, or the node never connected.
enum class NodeState { Online, Stale, Offline };
QString nodeStateName(NodeState s); // "online", "stale", "offline"
std::optional<NodeState> nodeStateFromName(const QString &name);
QString nodeStateLabel(NodeState s); // translated

constexpr qint64 kDefaultHeartbeatIntervalMs = 10'000;
constexpr qint64 kHeartbeatSlackMs = 2'000;
constexpr int kOfflineAfterIntervals = 6;

// The one rule for presence, used by the hub (and tests). `connected` = the control stream is open.
NodeState presenceAt(qint64 nowMs, qint64 lastSeenMs, qint64 intervalMs, bool connected);

struct NodeStatus {
    QString nodeId;
    QString nodeName;
    QString siteId;
    NodeState state = NodeState::Offline;
    qint64 lastSeenMs = 0; // 0 = never
    qint64 heartbeatIntervalMs = kDefaultHeartbeatIntervalMs;
    qint64 certificateNotAfterMs = 0; // newest certificate issued to the node; 0 = none
    QString certificateSerial;
    QString agentVersion;
    QString hostname;
    qint64 desiredGeneration = 0; // what the hub holds
    qint64 appliedGeneration = 0; // what the agent last reported applied
    qint64 droppedRecords = 0;    // outbox records the agent dropped under its quota (total)
    QList<WorkloadStatus> workloads;
};

// ---- Events and metrics ---------------------------------------------------------------------
enum class EventSeverity { Info, Warning, Error };
QString eventSeverityName(EventSeverity s); // "info", "warning", "error"
std::optional<EventSeverity> eventSeverityFromName(const QString &name);

// An event reported by an agent. (nodeId, agentSeq) is unique: the hub stores each once.
struct NodeEvent {
    QString nodeId;
    qint64 agentSeq = 0;
    qint64 atMs = 0;
    EventSeverity severity = EventSeverity::Info;
    QString type;     // machine name, e.g. "workload.restarted", "agent.started", "outbox.dropped"
    QString workload; // optional
    QString message;  // English, for logs; the console maps `type` to a translated text

    QJsonObject toJson() const;
    static Result<NodeEvent> fromJson(const QJsonObject &json);
};

// One metrics sample of a node, as stored by the hub (flattened from the agent's NodeMetrics).
struct MetricSample {
    qint64 atMs = 0;
    double cpuPercent = -1; // -1 = unknown
    qint64 memoryTotalBytes = 0;
    qint64 memoryAvailableBytes = 0;
    qint64 diskTotalBytes = 0; // sum over reported mounts
    qint64 diskFreeBytes = 0;
    double netRxBytesPerSec = 0; // sum over interfaces except lo
    double netTxBytesPerSec = 0;
    double load1 = 0;
    qint64 uptimeS = 0;
    double maxTemperatureC = -1000; // -1000 = no sensor
    QJsonObject containers;         // name -> {"cpuPercent":..,"memoryBytes":..}

    QJsonObject toJson() const;
    static Result<MetricSample> fromJson(const QJsonObject &json);
};

struct MetricsQuery {
    QString nodeId;
    qint64 fromMs = 0;
    qint64 toMs = 0;   // 0 = now
    int maxPoints = 0; // > 0: the hub averages into at most this many buckets
};

// Node operations as clients see them (console widgets, edgectl). Implemented over gRPC by
// backend/client. Synchronous and thread-safe, like api::Inventory.
class Nodes {
public:
    virtual ~Nodes() = default;
    // Every node (or those of one site) with presence, certificate and workloads. Viewer.
    virtual Result<QList<NodeStatus>> nodeStatus(const QString &siteId = {}) = 0;
    virtual Result<DesiredState> desiredState(const QString &nodeId) = 0; // viewer
    // Replaces the node's desired workloads; the hub bumps the generation and pushes it to the
    // agent. expectedGeneration > 0 fails with Conflict when the hub holds another. Operator.
    virtual Result<DesiredState> setDesiredState(const QString &nodeId,
                                                 const QList<WorkloadSpec> &workloads,
                                                 qint64 expectedGeneration = 0) = 0;
    virtual Result<QList<MetricSample>> metrics(const MetricsQuery &query) = 0; // viewer
    // Newest first; sinceMs 0 = all; limit 0 = the hub's default (500).
    virtual Result<QList<NodeEvent>> events(const QString &nodeId, qint64 sinceMs, int limit) = 0;
};

} // namespace edge::api
