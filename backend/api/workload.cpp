#include "backend/api/workload.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace edge::api {

namespace {

std::unexpected<Error> invalid(const QString &field, const QString &message)
{
    return fail(Code::Validation, message, {}, field);
}

QJsonArray toArray(const QStringList &list)
{
    QJsonArray a;
    for (const QString &s : list)
        a.append(s);
    return a;
}

Result<QStringList> stringList(const QJsonObject &o, const QString &key)
{
    QStringList out;
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return out;
    if (!v.isArray())
        return invalid(key,
                       QCoreApplication::translate("edge::api", "Expected a list of strings."));
    for (const QJsonValue &e : v.toArray()) {
        if (!e.isString())
            return invalid(key,
                           QCoreApplication::translate("edge::api", "Expected a list of strings."));
        out << e.toString();
    }
    return out;
}

template<class E>
Result<E> enumField(const QJsonObject &o, const QString &key,
                    std::optional<E> (*parse)(const QString &), E fallback)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    auto e = parse(v.toString());
    if (!e)
        return invalid(key, QCoreApplication::translate("edge::api", "'%1' is not a known value.")
                                .arg(v.toString()));
    return *e;
}

Result<void> checkPort(int port, const QString &field)
{
    if (port < 1 || port > 65535)
        return invalid(field, QCoreApplication::translate("edge::api",
                                                          "A port is a number from 1 to 65535."));
    return {};
}

} // namespace

QString restartPolicyName(RestartPolicy p)
{
    switch (p) {
    case RestartPolicy::Always: return QStringLiteral("always");
    case RestartPolicy::OnFailure: return QStringLiteral("on-failure");
    case RestartPolicy::Never: return QStringLiteral("never");
    }
    return QStringLiteral("always");
}

std::optional<RestartPolicy> restartPolicyFromName(const QString &name)
{
    for (auto p : {RestartPolicy::Always, RestartPolicy::OnFailure, RestartPolicy::Never})
        if (restartPolicyName(p) == name)
            return p;
    return std::nullopt;
}

QJsonObject WorkloadSpec::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("image"), image);
    if (!command.isEmpty())
        o.insert(QStringLiteral("command"), toArray(command));
    if (!env.isEmpty()) {
        QJsonObject e;
        for (auto it = env.cbegin(); it != env.cend(); ++it)
            e.insert(it.key(), it.value());
        o.insert(QStringLiteral("env"), e);
    }
    if (!ports.isEmpty()) {
        QJsonArray a;
        for (const WorkloadPort &p : ports) {
            QJsonObject j{{QStringLiteral("hostPort"), p.hostPort},
                          {QStringLiteral("containerPort"), p.containerPort},
                          {QStringLiteral("protocol"), p.protocol}};
            if (!p.hostIp.isEmpty())
                j.insert(QStringLiteral("hostIp"), p.hostIp);
            a.append(j);
        }
        o.insert(QStringLiteral("ports"), a);
    }
    if (!volumes.isEmpty()) {
        QJsonArray a;
        for (const WorkloadVolume &v : volumes)
            a.append(QJsonObject{{QStringLiteral("source"), v.source},
                                 {QStringLiteral("target"), v.target},
                                 {QStringLiteral("readOnly"), v.readOnly}});
        o.insert(QStringLiteral("volumes"), a);
    }
    o.insert(QStringLiteral("restart"), restartPolicyName(restart));
    if (cpus > 0)
        o.insert(QStringLiteral("cpus"), cpus);
    if (memoryBytes > 0)
        o.insert(QStringLiteral("memoryBytes"), memoryBytes);
    if (health)
        o.insert(QStringLiteral("health"),
                 QJsonObject{{QStringLiteral("test"), toArray(health->test)},
                             {QStringLiteral("intervalS"), health->intervalS},
                             {QStringLiteral("timeoutS"), health->timeoutS},
                             {QStringLiteral("retries"), health->retries}});
    return o;
}

Result<WorkloadSpec> WorkloadSpec::fromJson(const QJsonObject &o)
{
    WorkloadSpec s;
    s.name = o.value(QStringLiteral("name")).toString();
    s.image = o.value(QStringLiteral("image")).toString();
    auto command = stringList(o, QStringLiteral("command"));
    if (!command)
        return std::unexpected(command.error());
    s.command = *command;
    const QJsonValue env = o.value(QStringLiteral("env"));
    if (!env.isUndefined() && !env.isNull()) {
        if (!env.isObject())
            return invalid(QStringLiteral("env"),
                           QCoreApplication::translate("edge::api",
                                                       "Expected an object of NAME: value pairs."));
        const QJsonObject e = env.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (!it.value().isString())
                return invalid(QStringLiteral("env.") + it.key(),
                               QCoreApplication::translate(
                                   "edge::api", "An environment value must be a string."));
            s.env.insert(it.key(), it.value().toString());
        }
    }
    const QJsonArray ports = o.value(QStringLiteral("ports")).toArray();
    for (const QJsonValue &v : ports) {
        const QJsonObject p = v.toObject();
        WorkloadPort port;
        port.hostPort = p.value(QStringLiteral("hostPort")).toInt();
        port.containerPort = p.value(QStringLiteral("containerPort")).toInt();
        port.protocol = p.value(QStringLiteral("protocol")).toString(QStringLiteral("tcp"));
        port.hostIp = p.value(QStringLiteral("hostIp")).toString();
        s.ports << port;
    }
    const QJsonArray volumes = o.value(QStringLiteral("volumes")).toArray();
    for (const QJsonValue &v : volumes) {
        const QJsonObject j = v.toObject();
        s.volumes << WorkloadVolume{j.value(QStringLiteral("source")).toString(),
                                    j.value(QStringLiteral("target")).toString(),
                                    j.value(QStringLiteral("readOnly")).toBool()};
    }
    auto restart = enumField<RestartPolicy>(o, QStringLiteral("restart"), &restartPolicyFromName,
                                            RestartPolicy::Always);
    if (!restart)
        return std::unexpected(restart.error());
    s.restart = *restart;
    s.cpus = o.value(QStringLiteral("cpus")).toDouble();
    s.memoryBytes = o.value(QStringLiteral("memoryBytes")).toInteger();
    const QJsonValue health = o.value(QStringLiteral("health"));
    if (health.isObject()) {
        const QJsonObject h = health.toObject();
        WorkloadHealthCheck hc;
        auto test = stringList(h, QStringLiteral("test"));
        if (!test)
            return std::unexpected(test.error());
        hc.test = *test;
        hc.intervalS = h.value(QStringLiteral("intervalS")).toInt(30);
        hc.timeoutS = h.value(QStringLiteral("timeoutS")).toInt(5);
        hc.retries = h.value(QStringLiteral("retries")).toInt(3);
        s.health = hc;
    }
    return s;
}

Result<void> validate(const WorkloadSpec &s)
{
    static const QRegularExpression nameRe(QStringLiteral("^[a-z0-9][a-z0-9-]{0,62}$"));
    if (!nameRe.match(s.name).hasMatch())
        return invalid(QStringLiteral("name"),
                       QCoreApplication::translate(
                           "edge::api",
                           "A workload name is 1-63 lower-case letters, digits or '-', starting "
                           "with a letter or digit."));
    static const QRegularExpression imageRe(
        QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._/:@-]{0,254}$"));
    if (!imageRe.match(s.image).hasMatch())
        return invalid(QStringLiteral("image"),
                       QCoreApplication::translate(
                           "edge::api",
                           "The image must be a reference such as localhost/busybox:latest."));
    static const QRegularExpression envRe(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]*$"));
    for (auto it = s.env.cbegin(); it != s.env.cend(); ++it)
        if (!envRe.match(it.key()).hasMatch())
            return invalid(QStringLiteral("env"),
                           QCoreApplication::translate(
                               "edge::api", "'%1' is not a valid environment variable name.")
                               .arg(it.key()));
    for (int i = 0; i < s.ports.size(); ++i) {
        const WorkloadPort &p = s.ports.at(i);
        const QString f = QStringLiteral("ports[%1]").arg(i);
        if (auto r = checkPort(p.hostPort, f + QStringLiteral(".hostPort")); !r)
            return r;
        if (auto r = checkPort(p.containerPort, f + QStringLiteral(".containerPort")); !r)
            return r;
        if (p.protocol != QLatin1String("tcp") && p.protocol != QLatin1String("udp"))
            return invalid(f + QStringLiteral(".protocol"),
                           QCoreApplication::translate("edge::api", "The protocol is tcp or udp."));
    }
    for (int i = 0; i < s.volumes.size(); ++i) {
        const WorkloadVolume &v = s.volumes.at(i);
        const QString f = QStringLiteral("volumes[%1]").arg(i);
        if (!QDir::isAbsolutePath(v.source) || v.source.contains(QLatin1String("..")))
            return invalid(f + QStringLiteral(".source"),
                           QCoreApplication::translate(
                               "edge::api",
                               "A volume source must be an absolute path on the node."));
        if (!v.target.startsWith(QLatin1Char('/')) || v.target.contains(QLatin1String("..")))
            return invalid(f + QStringLiteral(".target"),
                           QCoreApplication::translate(
                               "edge::api",
                               "A volume target must be an absolute path in the container."));
    }
    if (!std::isfinite(s.cpus) || s.cpus < 0 || s.cpus > 1024)
        return invalid(QStringLiteral("cpus"),
                       QCoreApplication::translate("edge::api",
                                                   "CPUs must be between 0 (no limit) and 1024."));
    if (s.memoryBytes < 0 || (s.memoryBytes > 0 && s.memoryBytes < 6 * 1024 * 1024))
        return invalid(QStringLiteral("memoryBytes"),
                       QCoreApplication::translate(
                           "edge::api", "A memory limit must be 0 (no limit) or at least 6 MiB."));
    if (s.health) {
        if (s.health->test.isEmpty())
            return invalid(QStringLiteral("health.test"),
                           QCoreApplication::translate("edge::api",
                                                       "A health check needs a command."));
        if (s.health->intervalS < 1 || s.health->timeoutS < 1 || s.health->retries < 0)
            return invalid(QStringLiteral("health"),
                           QCoreApplication::translate(
                               "edge::api",
                               "Health check interval and timeout must be at least one second."));
    }
    return {};
}

QString specHash(const WorkloadSpec &spec)
{
    // QJsonDocument writes object keys sorted, so equal specs give equal bytes.
    const QByteArray canonical = QJsonDocument(spec.toJson()).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

QJsonObject DesiredState::toJson() const
{
    QJsonArray a;
    for (const WorkloadSpec &w : workloads)
        a.append(w.toJson());
    return QJsonObject{{QStringLiteral("nodeId"), nodeId},
                       {QStringLiteral("generation"), generation},
                       {QStringLiteral("workloads"), a}};
}

Result<DesiredState> DesiredState::fromJson(const QJsonObject &o)
{
    DesiredState d;
    d.nodeId = o.value(QStringLiteral("nodeId")).toString();
    d.generation = o.value(QStringLiteral("generation")).toInteger();
    const QJsonArray a = o.value(QStringLiteral("workloads")).toArray();
    for (int i = 0; i < a.size(); ++i) {
        auto w = WorkloadSpec::fromJson(a.at(i).toObject());
        if (!w) {
            Error e = w.error();
            e.field = QStringLiteral("workloads[%1].%2").arg(i).arg(e.field);
            return std::unexpected(e);
        }
        d.workloads << *w;
    }
    return d;
}

Result<void> validate(const DesiredState &state)
{
    QSet<QString> names;
    QSet<QString> hostPorts;
    for (int i = 0; i < state.workloads.size(); ++i) {
        const WorkloadSpec &w = state.workloads.at(i);
        if (auto r = validate(w); !r) {
            Error e = r.error();
            e.field = QStringLiteral("workloads[%1].%2").arg(i).arg(e.field);
            return std::unexpected(e);
        }
        if (names.contains(w.name))
            return invalid(QStringLiteral("workloads[%1].name").arg(i),
                           QCoreApplication::translate("edge::api", "Two workloads are named '%1'.")
                               .arg(w.name));
        names.insert(w.name);
        for (const WorkloadPort &p : w.ports) {
            const QString key = p.protocol + QLatin1Char('/') + QString::number(p.hostPort);
            if (hostPorts.contains(key))
                return invalid(QStringLiteral("workloads[%1].ports").arg(i),
                               QCoreApplication::translate(
                                   "edge::api", "Host port %1/%2 is used by two workloads.")
                                   .arg(p.hostPort)
                                   .arg(p.protocol));
            hostPorts.insert(key);
        }
    }
    return {};
}

QString workloadPhaseName(WorkloadPhase p)
{
    switch (p) {
    case WorkloadPhase::Pending: return QStringLiteral("pending");
    case WorkloadPhase::Pulling: return QStringLiteral("pulling");
    case WorkloadPhase::Creating: return QStringLiteral("creating");
    case WorkloadPhase::Running: return QStringLiteral("running");
    case WorkloadPhase::Restarting: return QStringLiteral("restarting");
    case WorkloadPhase::Exited: return QStringLiteral("exited");
    case WorkloadPhase::Failed: return QStringLiteral("failed");
    case WorkloadPhase::Removed: return QStringLiteral("removed");
    }
    return QStringLiteral("pending");
}

std::optional<WorkloadPhase> workloadPhaseFromName(const QString &name)
{
    for (auto p : {WorkloadPhase::Pending, WorkloadPhase::Pulling, WorkloadPhase::Creating,
                   WorkloadPhase::Running, WorkloadPhase::Restarting, WorkloadPhase::Exited,
                   WorkloadPhase::Failed, WorkloadPhase::Removed})
        if (workloadPhaseName(p) == name)
            return p;
    return std::nullopt;
}

QString workloadPhaseLabel(WorkloadPhase p)
{
    switch (p) {
    case WorkloadPhase::Pending: return QCoreApplication::translate("edge::api", "Pending");
    case WorkloadPhase::Pulling: return QCoreApplication::translate("edge::api", "Loading image");
    case WorkloadPhase::Creating: return QCoreApplication::translate("edge::api", "Creating");
    case WorkloadPhase::Running: return QCoreApplication::translate("edge::api", "Running");
    case WorkloadPhase::Restarting: return QCoreApplication::translate("edge::api", "Restarting");
    case WorkloadPhase::Exited: return QCoreApplication::translate("edge::api", "Exited");
    case WorkloadPhase::Failed: return QCoreApplication::translate("edge::api", "Failed");
    case WorkloadPhase::Removed: return QCoreApplication::translate("edge::api", "Removed");
    }
    return {};
}

QJsonObject WorkloadStatus::toJson() const
{
    return QJsonObject{{QStringLiteral("name"), name},
                       {QStringLiteral("phase"), workloadPhaseName(phase)},
                       {QStringLiteral("containerId"), containerId},
                       {QStringLiteral("specHash"), specHash},
                       {QStringLiteral("health"), health},
                       {QStringLiteral("restarts"), restarts},
                       {QStringLiteral("exitCode"), exitCode},
                       {QStringLiteral("startedAtMs"), startedAtMs},
                       {QStringLiteral("message"), message},
                       {QStringLiteral("updatedAtMs"), updatedAtMs}};
}

Result<WorkloadStatus> WorkloadStatus::fromJson(const QJsonObject &o)
{
    WorkloadStatus s;
    s.name = o.value(QStringLiteral("name")).toString();
    if (s.name.isEmpty())
        return invalid(QStringLiteral("name"),
                       QCoreApplication::translate("edge::api", "A workload status needs a name."));
    auto phase = enumField<WorkloadPhase>(o, QStringLiteral("phase"), &workloadPhaseFromName,
                                          WorkloadPhase::Pending);
    if (!phase)
        return std::unexpected(phase.error());
    s.phase = *phase;
    s.containerId = o.value(QStringLiteral("containerId")).toString();
    s.specHash = o.value(QStringLiteral("specHash")).toString();
    s.health = o.value(QStringLiteral("health")).toString();
    s.restarts = o.value(QStringLiteral("restarts")).toInt();
    s.exitCode = o.value(QStringLiteral("exitCode")).toInt();
    s.startedAtMs = o.value(QStringLiteral("startedAtMs")).toInteger();
    s.message = o.value(QStringLiteral("message")).toString();
    s.updatedAtMs = o.value(QStringLiteral("updatedAtMs")).toInteger();
    return s;
}

QString nodeStateName(NodeState s)
{
    switch (s) {
    case NodeState::Online: return QStringLiteral("online");
    case NodeState::Stale: return QStringLiteral("stale");
    case NodeState::Offline: return QStringLiteral("offline");
    }
    return QStringLiteral("offline");
}

std::optional<NodeState> nodeStateFromName(const QString &name)
{
    for (auto s : {NodeState::Online, NodeState::Stale, NodeState::Offline})
        if (nodeStateName(s) == name)
            return s;
    return std::nullopt;
}

QString nodeStateLabel(NodeState s)
{
    switch (s) {
    case NodeState::Online: return QCoreApplication::translate("edge::api", "Online");
    case NodeState::Stale: return QCoreApplication::translate("edge::api", "Stale");
    case NodeState::Offline: return QCoreApplication::translate("edge::api", "Offline");
    }
    return {};
}

NodeState presenceAt(qint64 nowMs, qint64 lastSeenMs, qint64 intervalMs, bool connected)
{
    if (lastSeenMs <= 0)
        return NodeState::Offline;
    if (intervalMs <= 0)
        intervalMs = kDefaultHeartbeatIntervalMs;
    const qint64 silence = nowMs - lastSeenMs;
    if (silence <= 2 * intervalMs + kHeartbeatSlackMs)
        return connected ? NodeState::Online : NodeState::Offline;
    if (!connected || silence > kOfflineAfterIntervals * intervalMs)
        return NodeState::Offline;
    return NodeState::Stale;
}

QString eventSeverityName(EventSeverity s)
{
    switch (s) {
    case EventSeverity::Info: return QStringLiteral("info");
    case EventSeverity::Warning: return QStringLiteral("warning");
    case EventSeverity::Error: return QStringLiteral("error");
    }
    return QStringLiteral("info");
}

std::optional<EventSeverity> eventSeverityFromName(const QString &name)
{
    for (auto s : {EventSeverity::Info, EventSeverity::Warning, EventSeverity::Error})
        if (eventSeverityName(s) == name)
            return s;
    return std::nullopt;
}

QJsonObject NodeEvent::toJson() const
{
    QJsonObject o{{QStringLiteral("atMs"), atMs},
                  {QStringLiteral("severity"), eventSeverityName(severity)},
                  {QStringLiteral("type"), type},
                  {QStringLiteral("message"), message}};
    if (!nodeId.isEmpty())
        o.insert(QStringLiteral("nodeId"), nodeId);
    if (agentSeq > 0)
        o.insert(QStringLiteral("agentSeq"), agentSeq);
    if (!workload.isEmpty())
        o.insert(QStringLiteral("workload"), workload);
    return o;
}

Result<NodeEvent> NodeEvent::fromJson(const QJsonObject &o)
{
    NodeEvent e;
    e.nodeId = o.value(QStringLiteral("nodeId")).toString();
    e.agentSeq = o.value(QStringLiteral("agentSeq")).toInteger();
    e.atMs = o.value(QStringLiteral("atMs")).toInteger();
    auto sev = enumField<EventSeverity>(o, QStringLiteral("severity"), &eventSeverityFromName,
                                        EventSeverity::Info);
    if (!sev)
        return std::unexpected(sev.error());
    e.severity = *sev;
    e.type = o.value(QStringLiteral("type")).toString();
    if (e.type.isEmpty())
        return invalid(QStringLiteral("type"),
                       QCoreApplication::translate("edge::api", "An event needs a type."));
    e.workload = o.value(QStringLiteral("workload")).toString();
    e.message = o.value(QStringLiteral("message")).toString();
    return e;
}

QJsonObject MetricSample::toJson() const
{
    QJsonObject o{{QStringLiteral("atMs"), atMs},
                  {QStringLiteral("cpuPercent"), cpuPercent},
                  {QStringLiteral("memoryTotalBytes"), memoryTotalBytes},
                  {QStringLiteral("memoryAvailableBytes"), memoryAvailableBytes},
                  {QStringLiteral("diskTotalBytes"), diskTotalBytes},
                  {QStringLiteral("diskFreeBytes"), diskFreeBytes},
                  {QStringLiteral("netRxBytesPerSec"), netRxBytesPerSec},
                  {QStringLiteral("netTxBytesPerSec"), netTxBytesPerSec},
                  {QStringLiteral("load1"), load1},
                  {QStringLiteral("uptimeS"), uptimeS},
                  {QStringLiteral("maxTemperatureC"), maxTemperatureC}};
    if (!containers.isEmpty())
        o.insert(QStringLiteral("containers"), containers);
    return o;
}

Result<MetricSample> MetricSample::fromJson(const QJsonObject &o)
{
    MetricSample m;
    m.atMs = o.value(QStringLiteral("atMs")).toInteger();
    if (m.atMs <= 0)
        return invalid(QStringLiteral("atMs"),
                       QCoreApplication::translate("edge::api", "A metric sample needs a time."));
    m.cpuPercent = o.value(QStringLiteral("cpuPercent")).toDouble(-1);
    m.memoryTotalBytes = o.value(QStringLiteral("memoryTotalBytes")).toInteger();
    m.memoryAvailableBytes = o.value(QStringLiteral("memoryAvailableBytes")).toInteger();
    m.diskTotalBytes = o.value(QStringLiteral("diskTotalBytes")).toInteger();
    m.diskFreeBytes = o.value(QStringLiteral("diskFreeBytes")).toInteger();
    m.netRxBytesPerSec = o.value(QStringLiteral("netRxBytesPerSec")).toDouble();
    m.netTxBytesPerSec = o.value(QStringLiteral("netTxBytesPerSec")).toDouble();
    m.load1 = o.value(QStringLiteral("load1")).toDouble();
    m.uptimeS = o.value(QStringLiteral("uptimeS")).toInteger();
    m.maxTemperatureC = o.value(QStringLiteral("maxTemperatureC")).toDouble(-1000);
    m.containers = o.value(QStringLiteral("containers")).toObject();
    return m;
}

} // namespace edge::api
