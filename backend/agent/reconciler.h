#pragma once

#include "backend/api/workload.h"
#include "device-protocols/podman/podmanclient.h"

#include <QHash>
#include <QList>
#include <chrono>
#include <functional>
#include <optional>

namespace edge::agent {

class StateStore;

// Brings Podman in line with the desired workloads, one pass at a time (the Agent calls it when
// the desired state changes and every few seconds). Containers are named `edge-<workload>` and
// labelled io.edgeconsole.managed=1, io.edgeconsole.workload=<name> and
// io.edgeconsole.spec-hash=api::specHash(spec):
// - a missing container is created and started; one whose hash differs is replaced;
// - a managed container no longer desired is stopped and removed;
// - Podman's restart policy stays "no": a stopped container is started again here according to
//   the workload's policy (always; on-failure when it exited non-zero), counting restarts in the
//   StateStore. A container that was never started (or was stopped by a reboot) is started.
//   A crash loop backs off: the first restart is immediate, each further one within
//   kRestartWindow waits twice as long as the one before (1 s, 2 s, 4 s ... kMaxRestartDelay).
// - Health checks: Podman schedules a container's health check with a systemd timer; without
//   systemd (many edge nodes, containers, test machines) it never runs and the health stays
//   "starting". With Options::runHealthChecks the reconciler runs each running workload's check
//   through Podman's API when its interval is due (first one interval after it is first seen
//   running); Podman records the result and counts the retries, and the status reports the
//   health Podman then has. nextHealthCheck() tells the caller when to call reconcile() again.
// Not thread-safe: one thread calls reconcile().
class Reconciler {
public:
    static constexpr auto kManagedLabel = "io.edgeconsole.managed";
    static constexpr auto kWorkloadLabel = "io.edgeconsole.workload";
    static constexpr auto kSpecHashLabel = "io.edgeconsole.spec-hash";

    static constexpr std::chrono::seconds kRestartWindow{300};
    static constexpr std::chrono::seconds kMaxRestartDelay{300};

    struct Options {
        bool hostNetwork = false; // container-network = host
        int stopTimeoutS = 10;
        // Run due health checks here (see above); podmanSchedulesHealthChecks() tells the default.
        bool runHealthChecks = false;
    };
    // Called for each event (type, workload, severity, message); the Agent appends it to the outbox.
    using EventSink = std::function<void(const api::NodeEvent &)>;

    Reconciler(podman::PodmanClient &podman, StateStore &state, EventSink events, Options options);

    static QString containerName(const QString &workload);
    // Whether Podman runs health checks on its own on this machine: it needs systemd as the init
    // system (checked like sd_booted(): /run/systemd/system exists).
    static bool podmanSchedulesHealthChecks();
    // The Podman container spec of a workload (labels included).
    podman::ContainerSpec containerSpec(const api::WorkloadSpec &spec) const;

    // One pass. Returns false when Podman could not be listed (nothing was changed).
    bool reconcile(const QList<api::WorkloadSpec> &desired);
    // The status of every desired workload after the last pass, in desired order.
    QList<api::WorkloadStatus> statuses() const { return m_statuses; }
    // When the next health check is due (runHealthChecks only); nullopt when none is scheduled.
    std::optional<std::chrono::steady_clock::time_point> nextHealthCheck() const;

private:
    void emitEvent(api::EventSeverity severity, const QString &type, const QString &workload,
                   const QString &message);
    api::WorkloadStatus ensure(const api::WorkloadSpec &spec,
                               const podman::ContainerSummary *existing);
    api::WorkloadStatus createAndStart(const api::WorkloadSpec &spec, api::WorkloadStatus status);
    void fillFromInspect(const QString &nameOrId, api::WorkloadStatus &status);
    void runHealthCheckIfDue(const api::WorkloadSpec &spec, const QString &containerId);

    podman::PodmanClient &m_podman;
    StateStore &m_state;
    EventSink m_events;
    Options m_options;
    QList<api::WorkloadStatus> m_statuses;
    QHash<QString, QString> m_lastFailure; // workload -> last failure message (no event floods)
    QHash<QString, qint64> m_started;      // container id -> StartedAt (ms), saves inspects
    struct Backoff {
        int level = 0; // restarts within the window
        std::chrono::steady_clock::time_point last;
    };
    QHash<QString, Backoff> m_backoff; // workload -> crash-loop back-off
    // container id -> when its health check is next due (runHealthChecks only)
    QHash<QString, std::chrono::steady_clock::time_point> m_healthDue;
};

} // namespace edge::agent
