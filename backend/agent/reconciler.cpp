#include "backend/agent/reconciler.h"
#include "backend/agent/statestore.h"

#include <QDateTime>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSet>

namespace edge::agent {

Q_LOGGING_CATEGORY(lcReconcile, "edge.agent.reconcile")

using api::EventSeverity;
using api::WorkloadPhase;
using api::WorkloadStatus;

namespace {

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

qint64 toMs(const QDateTime &t) { return t.isValid() ? t.toMSecsSinceEpoch() : 0; }

} // namespace

Reconciler::Reconciler(podman::PodmanClient &podman, StateStore &state, EventSink events,
                       Options options)
    : m_podman(podman)
    , m_state(state)
    , m_events(std::move(events))
    , m_options(options)
{}

QString Reconciler::containerName(const QString &workload)
{
    return QStringLiteral("edge-") + workload;
}

bool Reconciler::podmanSchedulesHealthChecks()
{
    return QFileInfo(QStringLiteral("/run/systemd/system")).isDir();
}

std::optional<std::chrono::steady_clock::time_point> Reconciler::nextHealthCheck() const
{
    std::optional<std::chrono::steady_clock::time_point> next;
    for (const auto &due : m_healthDue) {
        if (!next || due < *next)
            next = due;
    }
    return next;
}

void Reconciler::runHealthCheckIfDue(const api::WorkloadSpec &spec, const QString &containerId)
{
    const auto now = std::chrono::steady_clock::now();
    const auto interval = std::chrono::seconds(std::max(1, spec.health->intervalS));
    const auto it = m_healthDue.find(containerId);
    if (it == m_healthDue.end()) {
        // Like Podman's timer: the first check one interval after the container is seen running.
        m_healthDue.insert(containerId, now + interval);
        return;
    }
    if (now < *it)
        return;
    *it = now + interval;
    auto r = m_podman.runHealthCheck(containerId);
    if (!r)
        qCWarning(lcReconcile).noquote() << "health check of" << spec.name
                                         << "did not run:" << r.error().message << r.error().detail;
}

podman::ContainerSpec Reconciler::containerSpec(const api::WorkloadSpec &spec) const
{
    podman::ContainerSpec c;
    c.name = containerName(spec.name);
    c.image = spec.image;
    c.command = spec.command;
    c.env = spec.env;
    for (const api::WorkloadPort &p : spec.ports) {
        podman::PortMapping m;
        m.hostPort = quint16(p.hostPort);
        m.containerPort = quint16(p.containerPort);
        m.protocol = p.protocol;
        m.hostIp = p.hostIp;
        c.ports.append(m);
    }
    for (const api::WorkloadVolume &v : spec.volumes)
        c.volumes.append(podman::VolumeMount{v.source, v.target, v.readOnly});
    c.restart = podman::RestartPolicy::No; // the agent applies the policy itself
    c.cpus = spec.cpus;
    c.memoryBytes = spec.memoryBytes;
    if (spec.health) {
        podman::HealthCheck h;
        h.test = spec.health->test;
        h.intervalMs = qint64(spec.health->intervalS) * 1000;
        h.timeoutMs = qint64(spec.health->timeoutS) * 1000;
        h.retries = spec.health->retries;
        c.healthCheck = h;
    }
    c.labels = {{QLatin1String(kManagedLabel), QStringLiteral("1")},
                {QLatin1String(kWorkloadLabel), spec.name},
                {QLatin1String(kSpecHashLabel), api::specHash(spec)}};
    // Published ports need the bridge network; with host networking they are the host's anyway.
    c.hostNetwork = m_options.hostNetwork;
    if (c.hostNetwork)
        c.ports.clear();
    return c;
}

void Reconciler::emitEvent(EventSeverity severity, const QString &type, const QString &workload,
                           const QString &message)
{
    qCInfo(lcReconcile).noquote() << type << workload << message;
    if (!m_events)
        return;
    api::NodeEvent e;
    e.atMs = nowMs();
    e.severity = severity;
    e.type = type;
    e.workload = workload;
    e.message = message;
    m_events(e);
}

void Reconciler::fillFromInspect(const QString &nameOrId, WorkloadStatus &status)
{
    auto state = m_podman.inspect(nameOrId);
    if (!state)
        return;
    status.containerId = state->id;
    status.startedAtMs = toMs(state->startedAt);
    status.health = state->health;
    status.exitCode = state->exitCode;
}

WorkloadStatus Reconciler::createAndStart(const api::WorkloadSpec &spec, WorkloadStatus status)
{
    const QString name = containerName(spec.name);
    auto id = m_podman.create(containerSpec(spec));
    auto failed = [&](const api::Error &error) {
        status.phase = WorkloadPhase::Failed;
        status.message = error.message;
        if (m_lastFailure.value(spec.name) != error.message) {
            m_lastFailure.insert(spec.name, error.message);
            emitEvent(EventSeverity::Error, QStringLiteral("workload.failed"), spec.name,
                      error.message
                          + (error.detail.isEmpty()
                                 ? QString()
                                 : QStringLiteral(" (") + error.detail + QLatin1Char(')')));
        }
        return status;
    };
    if (!id)
        return failed(id.error());
    status.containerId = *id;
    emitEvent(EventSeverity::Info, QStringLiteral("workload.created"), spec.name,
              QStringLiteral("created container %1 (spec %2)").arg(name, status.specHash.left(12)));
    if (auto r = m_podman.start(*id); !r)
        return failed(r.error());
    m_lastFailure.remove(spec.name);
    status.phase = WorkloadPhase::Running;
    if (spec.health && m_options.runHealthChecks)
        runHealthCheckIfDue(spec, *id); // schedules the first check
    fillFromInspect(*id, status);
    emitEvent(EventSeverity::Info, QStringLiteral("workload.started"), spec.name,
              QStringLiteral("started container %1").arg(name));
    return status;
}

WorkloadStatus Reconciler::ensure(const api::WorkloadSpec &spec,
                                  const podman::ContainerSummary *existing)
{
    WorkloadStatus status;
    status.name = spec.name;
    status.specHash = api::specHash(spec);
    status.restarts = m_state.restartCount(spec.name);
    status.updatedAtMs = nowMs();
    if (existing && existing->labels.value(QLatin1String(kSpecHashLabel)) != status.specHash) {
        // The spec changed: replace the container.
        m_podman.stop(existing->id, m_options.stopTimeoutS);
        if (auto r = m_podman.remove(existing->id, true); !r) {
            status.phase = WorkloadPhase::Failed;
            status.message = r.error().message;
            return status;
        }
        emitEvent(EventSeverity::Info, QStringLiteral("workload.removed"), spec.name,
                  QStringLiteral("replaced container %1: its spec changed").arg(existing->id));
        existing = nullptr;
        status.restarts = 0;
        m_state.setRestartCount(spec.name, 0);
    }
    if (!existing) {
        status.phase = WorkloadPhase::Creating;
        return createAndStart(spec, status);
    }

    status.containerId = existing->id;
    const QString &state = existing->state;
    if (state == QLatin1String("running") || state == QLatin1String("paused")) {
        status.phase = WorkloadPhase::Running;
        if (spec.health && m_options.runHealthChecks && state == QLatin1String("running"))
            runHealthCheckIfDue(spec, existing->id);
        else
            m_healthDue.remove(existing->id); // paused: its schedule starts again on resume
        const auto cached = m_started.constFind(existing->id);
        if (cached != m_started.constEnd() && !spec.health) {
            status.startedAtMs = *cached;
        } else {
            fillFromInspect(existing->id, status);
            m_started.insert(existing->id, status.startedAtMs);
        }
        return status;
    }
    if (state == QLatin1String("stopping") || state == QLatin1String("removing")) {
        status.phase = WorkloadPhase::Restarting;
        return status;
    }
    m_started.remove(existing->id);
    auto inspected = m_podman.inspect(existing->id);
    const int exitCode = inspected ? inspected->exitCode : existing->exitCode;
    const bool neverStarted = state == QLatin1String("created")
                              || (inspected && !inspected->startedAt.isValid());
    status.exitCode = exitCode;
    bool start = neverStarted;
    if (!neverStarted) {
        switch (spec.restart) {
        case api::RestartPolicy::Always: start = true; break;
        case api::RestartPolicy::OnFailure: start = exitCode != 0; break;
        case api::RestartPolicy::Never: start = false; break;
        }
    }
    if (!start) {
        status.phase = WorkloadPhase::Exited;
        return status;
    }
    if (!neverStarted) {
        Backoff &b = m_backoff[spec.name];
        const auto now = std::chrono::steady_clock::now();
        if (b.level > 0 && now - b.last > kRestartWindow)
            b.level = 0;
        if (b.level > 0) {
            const auto delay = std::min<std::chrono::milliseconds>(std::chrono::milliseconds(
                                                                       1000LL
                                                                       << std::min(b.level - 1, 16)),
                                                                   kMaxRestartDelay);
            if (now - b.last < delay) {
                status.phase = WorkloadPhase::Restarting;
                status.message = QStringLiteral("crash loop: next restart in %1 s")
                                     .arg((delay - (now - b.last)) / std::chrono::seconds(1) + 1);
                return status;
            }
        }
        b.level += 1;
        b.last = now;
    }
    if (auto r = m_podman.start(existing->id); !r) {
        status.phase = WorkloadPhase::Failed;
        status.message = r.error().message;
        if (m_lastFailure.value(spec.name) != r.error().message) {
            m_lastFailure.insert(spec.name, r.error().message);
            emitEvent(EventSeverity::Error, QStringLiteral("workload.failed"), spec.name,
                      r.error().message);
        }
        return status;
    }
    m_lastFailure.remove(spec.name);
    status.phase = WorkloadPhase::Running;
    if (spec.health && m_options.runHealthChecks) {
        m_healthDue.remove(existing->id);
        runHealthCheckIfDue(spec, existing->id); // schedules the first check after the start
    }
    if (neverStarted) {
        emitEvent(EventSeverity::Info, QStringLiteral("workload.started"), spec.name,
                  QStringLiteral("started container %1").arg(containerName(spec.name)));
    } else {
        status.restarts += 1;
        m_state.setRestartCount(spec.name, status.restarts);
        emitEvent(EventSeverity::Warning, QStringLiteral("workload.restarted"), spec.name,
                  QStringLiteral("container %1 had exited with code %2; restarted (restart %3)")
                      .arg(containerName(spec.name))
                      .arg(exitCode)
                      .arg(status.restarts));
    }
    fillFromInspect(existing->id, status);
    m_started.insert(status.containerId, status.startedAtMs);
    return status;
}

bool Reconciler::reconcile(const QList<api::WorkloadSpec> &desired)
{
    auto listed = m_podman.list(true);
    if (!listed) {
        qCWarning(lcReconcile).noquote()
            << "cannot list containers:" << listed.error().message << listed.error().detail;
        return false;
    }
    QHash<QString, podman::ContainerSummary> managed;
    for (const podman::ContainerSummary &c : std::as_const(*listed)) {
        if (c.labels.value(QLatin1String(kManagedLabel)) == QLatin1String("1"))
            managed.insert(c.labels.value(QLatin1String(kWorkloadLabel)), c);
    }
    QList<WorkloadStatus> out;
    QStringList names;
    for (const api::WorkloadSpec &spec : desired) {
        names.append(spec.name);
        const auto it = managed.constFind(spec.name);
        out.append(ensure(spec, it == managed.constEnd() ? nullptr : &it.value()));
    }
    for (auto it = managed.cbegin(); it != managed.cend(); ++it) {
        if (names.contains(it.key()))
            continue;
        m_podman.stop(it->id, m_options.stopTimeoutS);
        if (auto r = m_podman.remove(it->id, true); !r) {
            qCWarning(lcReconcile).noquote()
                << "cannot remove" << it->id << r.error().message << r.error().detail;
            continue;
        }
        m_started.remove(it->id);
        emitEvent(EventSeverity::Info, QStringLiteral("workload.removed"), it.key(),
                  QStringLiteral("removed container %1: no longer desired")
                      .arg(containerName(it.key())));
    }
    m_state.pruneRestartCounts(names);
    for (auto it = m_backoff.begin(); it != m_backoff.end();) {
        if (names.contains(it.key()))
            ++it;
        else
            it = m_backoff.erase(it);
    }
    for (auto it = m_lastFailure.begin(); it != m_lastFailure.end();) {
        if (names.contains(it.key()))
            ++it;
        else
            it = m_lastFailure.erase(it);
    }
    QSet<QString> running;
    for (const WorkloadStatus &s : std::as_const(out)) {
        if (s.phase == WorkloadPhase::Running)
            running.insert(s.containerId);
    }
    for (auto it = m_healthDue.begin(); it != m_healthDue.end();) {
        if (running.contains(it.key()))
            ++it;
        else
            it = m_healthDue.erase(it);
    }
    m_statuses = out;
    return true;
}

} // namespace edge::agent
