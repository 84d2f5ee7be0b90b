#include "backend/agent/agent.h"
#include "backend/agent/controlchannel.h"
#include "backend/agent/enrollment.h"
#include "backend/agent/nodemetrics.h"
#include "backend/agent/outbox.h"
#include "backend/agent/reconciler.h"
#include "backend/agent/statestore.h"
#include "device-protocols/podman/podmanclient.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>

#include <condition_variable>
#include <mutex>
#include <thread>

namespace edge::agent {

Q_LOGGING_CATEGORY(lcAgent, "edge.agent")

using Clock = std::chrono::steady_clock;

namespace {

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

api::MetricSample toSample(const NodeMetrics &m)
{
    api::MetricSample s;
    s.atMs = nowMs();
    s.cpuPercent = m.cpuPercent.value_or(-1);
    s.memoryTotalBytes = qint64(m.sample.memory.totalKb) * 1024;
    s.memoryAvailableBytes = qint64(m.sample.memory.availableKb) * 1024;
    for (const DiskUsage &d : m.sample.disks) {
        s.diskTotalBytes += qint64(d.totalBytes);
        s.diskFreeBytes += qint64(d.availableBytes);
    }
    for (const InterfaceRates &r : m.interfaceRates) {
        if (r.name == QLatin1String("lo"))
            continue;
        s.netRxBytesPerSec += r.rxBytesPerSec;
        s.netTxBytesPerSec += r.txBytesPerSec;
    }
    s.load1 = m.sample.load.load1;
    s.uptimeS = qint64(m.sample.uptime.uptimeSeconds);
    for (const Temperature &t : m.sample.temperatures)
        s.maxTemperatureC = std::max(s.maxTemperatureC, t.celsius);
    return s;
}

} // namespace

struct Agent::Private {
    AgentConfig config;
    QString version;
    std::unique_ptr<Outbox> outbox;
    std::unique_ptr<StateStore> state;
    std::unique_ptr<podman::PodmanClient> podman;
    std::unique_ptr<Reconciler> reconciler;
    std::unique_ptr<ControlChannel> channel;
    NodeMetricsCollector metrics;

    Private(const AgentConfig &c, const QString &v)
        : config(c)
        , version(v)
        , metrics(QStringLiteral("/"), c.diskMounts)
    {}

    std::thread worker;
    std::mutex mutex;
    std::condition_variable cv;
    bool stopping = false;
    bool desiredChanged = true;
    QByteArray lastStatus;
    std::optional<NodeSample> previousSample;

    void workerLoop();
    void reconcileOnce();
    void sampleMetrics();
};

Agent::Agent() = default;

Agent::~Agent() { stop(); }

api::Result<std::unique_ptr<Agent>> Agent::create(const AgentConfig &config, const QString &version)
{
    std::unique_ptr<Agent> agent(new Agent);
    agent->d = std::make_unique<Private>(config, version);
    Private &p = *agent->d;
    QDir().mkpath(config.dataDir);
    Enrollment::recoverRenewal(config.dataDir);
    auto outbox = Outbox::open(QDir(config.dataDir).filePath(QStringLiteral("outbox.db")),
                               config.outboxQuotaBytes);
    if (!outbox)
        return std::unexpected(outbox.error());
    p.outbox = std::move(*outbox);
    auto state = StateStore::open(QDir(config.dataDir).filePath(QStringLiteral("agent.db")));
    if (!state)
        return std::unexpected(state.error());
    p.state = std::move(*state);
    p.podman = std::make_unique<podman::PodmanClient>(config.podmanSocket, std::chrono::seconds(60));
    Agent *self = agent.get();
    // Podman runs health checks from systemd timers; without systemd the agent runs them.
    const bool agentRunsHealthChecks = !Reconciler::podmanSchedulesHealthChecks();
    qCInfo(lcAgent) << "health checks run by"
                    << (agentRunsHealthChecks ? "the agent (no systemd)" : "Podman (systemd)");
    p.reconciler = std::make_unique<Reconciler>(
        *p.podman, *p.state, [self](const api::NodeEvent &e) { self->recordEvent(e); },
        Reconciler::Options{config.containerNetwork == QLatin1String("host"), config.stopTimeoutS,
                            agentRunsHealthChecks});
    ControlChannel::Options co;
    co.dataDir = config.dataDir;
    co.hub = config.hub;
    co.nodeName = config.nodeName;
    co.agentVersion = version;
    co.podmanSocket = config.podmanSocket;
    co.maxBackoff = std::chrono::seconds(config.maxBackoffS);
    ControlChannel::Hooks hooks;
    hooks.onDesiredState = [self](const api::DesiredState &s) { self->applyDesiredState(s); };
    hooks.desiredGeneration = [self] { return self->d->state->desiredGeneration(); };
    hooks.appliedGeneration = [self] { return self->d->state->appliedGeneration(); };
    hooks.onEvent = [self](const api::NodeEvent &e) { self->recordEvent(e); };
    p.channel = std::make_unique<ControlChannel>(co, *p.outbox, hooks);
    return agent;
}

void Agent::start()
{
    api::NodeEvent e;
    e.atMs = nowMs();
    e.type = QStringLiteral("agent.started");
    e.message = QStringLiteral("edge-agent %1 started").arg(d->version);
    recordEvent(e);
    {
        std::lock_guard lock(d->mutex);
        d->stopping = false;
    }
    d->worker = std::thread([this] { d->workerLoop(); });
    d->channel->start();
}

void Agent::stop()
{
    if (!d)
        return;
    {
        std::lock_guard lock(d->mutex);
        d->stopping = true;
    }
    d->cv.notify_all();
    if (d->channel)
        d->channel->stop();
    if (d->worker.joinable())
        d->worker.join();
}

void Agent::applyDesiredState(const api::DesiredState &state)
{
    if (state.generation <= d->state->desiredGeneration())
        return;
    if (auto v = api::validate(state); !v) {
        qCWarning(lcAgent).noquote() << "rejecting desired state generation" << state.generation
                                     << ":" << v.error().message << v.error().field;
        api::NodeEvent e;
        e.atMs = nowMs();
        e.severity = api::EventSeverity::Error;
        e.type = QStringLiteral("workload.failed");
        e.message = QStringLiteral("desired state %1 rejected: %2 (%3)")
                        .arg(state.generation)
                        .arg(v.error().message, v.error().field);
        recordEvent(e);
        return;
    }
    if (auto r = d->state->saveDesired(state); !r) {
        qCWarning(lcAgent).noquote()
            << "cannot persist the desired state:" << r.error().message << r.error().detail;
        return;
    }
    qCInfo(lcAgent) << "desired state generation" << state.generation << "with"
                    << state.workloads.size() << "workloads";
    {
        std::lock_guard lock(d->mutex);
        d->desiredChanged = true;
    }
    d->cv.notify_all();
}

void Agent::recordEvent(const api::NodeEvent &event)
{
    QJsonObject o = event.toJson();
    o.remove(QStringLiteral("nodeId"));
    o.remove(QStringLiteral("agentSeq"));
    auto r = d->outbox->append(OutboxKind::Event, compact(o));
    if (!r)
        qCWarning(lcAgent).noquote() << "outbox:" << r.error().message << r.error().detail;
    if (d->channel)
        d->channel->wake();
}

void Agent::Private::reconcileOnce()
{
    const api::DesiredState desired = state->desired();
    if (!reconciler->reconcile(desired.workloads))
        return;
    state->setAppliedGeneration(desired.generation);
    QJsonArray workloads;
    for (api::WorkloadStatus s : reconciler->statuses()) {
        s.updatedAtMs = 0; // compared without it
        workloads.append(s.toJson());
    }
    const QJsonObject report{{QStringLiteral("appliedGeneration"), desired.generation},
                             {QStringLiteral("workloads"), workloads}};
    const QByteArray key = compact(report);
    if (key == lastStatus)
        return;
    lastStatus = key;
    QJsonArray stamped;
    for (api::WorkloadStatus s : reconciler->statuses())
        stamped.append(s.toJson());
    const QJsonObject withTime{{QStringLiteral("appliedGeneration"), desired.generation},
                               {QStringLiteral("workloads"), stamped}};
    auto r = outbox->append(OutboxKind::Status, compact(withTime), QStringLiteral("status"));
    if (!r)
        qCWarning(lcAgent).noquote() << "outbox:" << r.error().message;
    channel->wake();
}

void Agent::Private::sampleMetrics()
{
    auto m = metrics.collect(previousSample ? &*previousSample : nullptr);
    if (!m) {
        qCWarning(lcAgent).noquote() << "metrics:" << m.error().message << m.error().detail;
        return;
    }
    previousSample = m->sample;
    if (!m->cpuPercent)
        return; // the first sample only primes the rates
    api::MetricSample sample = toSample(*m);
    // Container stats: one cheap call for every running container; ours are named edge-<name>.
    if (auto stats = podman->stats()) {
        for (const podman::ContainerStats &c : std::as_const(*stats)) {
            if (!c.name.startsWith(QLatin1String("edge-")))
                continue;
            sample.containers.insert(c.name.mid(5),
                                     QJsonObject{{QStringLiteral("cpuPercent"), c.cpuPercent},
                                                 {QStringLiteral("memoryBytes"), c.memoryBytes}});
        }
    }
    auto r = outbox->append(OutboxKind::Metric, compact(sample.toJson()));
    if (!r)
        qCWarning(lcAgent).noquote() << "outbox:" << r.error().message;
    channel->wake();
}

void Agent::Private::workerLoop()
{
    const auto reconcileEvery = std::chrono::seconds(config.reconcileIntervalS);
    const auto metricsEvery = std::chrono::seconds(config.metricsIntervalS);
    auto nextReconcile = Clock::now();
    auto nextMetrics = Clock::now();
    while (true) {
        bool reconcileNow = false;
        bool metricsNow = false;
        // A due health check (the agent runs them where Podman cannot) brings the pass forward.
        const auto nextHealthCheck = reconciler->nextHealthCheck();
        const auto nextPass = nextHealthCheck ? std::min(nextReconcile, *nextHealthCheck)
                                              : nextReconcile;
        {
            std::unique_lock lock(mutex);
            auto until = nextPass;
            if (config.metricsIntervalS > 0)
                until = std::min(until, nextMetrics);
            cv.wait_until(lock, until, [&] { return stopping || desiredChanged; });
            if (stopping)
                return;
            reconcileNow = desiredChanged || Clock::now() >= nextPass;
            desiredChanged = false;
            metricsNow = config.metricsIntervalS > 0 && Clock::now() >= nextMetrics;
        }
        if (reconcileNow) {
            reconcileOnce();
            nextReconcile = Clock::now() + reconcileEvery;
        }
        if (metricsNow) {
            sampleMetrics();
            nextMetrics = Clock::now() + metricsEvery;
        }
    }
}

} // namespace edge::agent
