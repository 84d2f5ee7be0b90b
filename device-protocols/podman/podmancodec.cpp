#include "podmancodec.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>

namespace edge::podman {

using api::Code;
using api::fail;

namespace {

constexpr qint64 kNsPerMs = 1000000;
constexpr qint64 kCpuPeriodUs = 100000;

// Strings are marked with QT_TRANSLATE_NOOP so lupdate finds them under this context.
QString trText(const char *text)
{
    return QCoreApplication::translate("edge::podman::PodmanCodec", text);
}

std::unexpected<api::Error> invalidSpec(const QString &field, const QString &detail)
{
    return fail(Code::Validation,
                trText(QT_TRANSLATE_NOOP("edge::podman::PodmanCodec",
                                         "The container settings are invalid.")),
                detail, field);
}

std::unexpected<api::Error> unreadable(const QString &detail)
{
    return fail(Code::Internal,
                trText(QT_TRANSLATE_NOOP("edge::podman::PodmanCodec",
                                         "Podman sent a response that could not be read.")),
                detail);
}

QJsonObject stringMap(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.cbegin(); it != map.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QMap<QString, QString> toStringMap(const QJsonValue &v)
{
    QMap<QString, QString> out;
    const QJsonObject o = v.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.value().isString())
            out.insert(it.key(), it.value().toString());
    }
    return out;
}

QStringList toStringList(const QJsonValue &v)
{
    QStringList out;
    const QJsonArray a = v.toArray();
    for (const QJsonValue &e : a) {
        if (e.isString())
            out.append(e.toString());
    }
    return out;
}

// QJsonValue::toInt() rejects values that are not exact integers; clamp doubles ourselves.
int toInt(const QJsonValue &v)
{
    if (!v.isDouble())
        return 0;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d > 2147483647.0 || d < -2147483648.0)
        return 0;
    return static_cast<int>(d);
}

qint64 toInt64(const QJsonValue &v)
{
    if (!v.isDouble())
        return 0;
    const double d = v.toDouble();
    // 2^53: beyond it doubles no longer hold every integer, and the cast could overflow.
    if (!std::isfinite(d) || d > 9007199254740992.0 || d < -9007199254740992.0)
        return 0;
    return static_cast<qint64>(d);
}

Result<QJsonDocument> parseJson(const QByteArray &body)
{
    QJsonParseError err{};
    QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error != QJsonParseError::NoError)
        return unreadable(
            QStringLiteral("JSON error at offset %1: %2").arg(err.offset).arg(err.errorString()));
    return doc;
}

Result<QJsonObject> parseObject(const QByteArray &body)
{
    auto doc = parseJson(body);
    if (!doc)
        return std::unexpected(doc.error());
    if (!doc->isObject())
        return unreadable(QStringLiteral("expected a JSON object"));
    return doc->object();
}

bool validPortProtocol(const QString &p)
{
    return p == QLatin1String("tcp") || p == QLatin1String("udp") || p == QLatin1String("sctp");
}

} // namespace

QString restartPolicyName(RestartPolicy policy)
{
    switch (policy) {
    case RestartPolicy::No: return QStringLiteral("no");
    case RestartPolicy::Always: return QStringLiteral("always");
    case RestartPolicy::OnFailure: return QStringLiteral("on-failure");
    case RestartPolicy::UnlessStopped: return QStringLiteral("unless-stopped");
    }
    return QStringLiteral("no");
}

Result<void> validate(const ContainerSpec &spec)
{
    static const QRegularExpression nameRe(QStringLiteral("^[a-zA-Z0-9][a-zA-Z0-9_.-]*$"));
    if (!spec.name.isEmpty() && !nameRe.match(spec.name).hasMatch())
        return invalidSpec(QStringLiteral("name"),
                           QStringLiteral("container name must match [a-zA-Z0-9][a-zA-Z0-9_.-]*"));
    if (spec.image.trimmed().isEmpty())
        return invalidSpec(QStringLiteral("image"), QStringLiteral("image is required"));
    for (auto it = spec.env.cbegin(); it != spec.env.cend(); ++it) {
        if (it.key().isEmpty() || it.key().contains(QLatin1Char('=')))
            return invalidSpec(QStringLiteral("env"),
                               QStringLiteral("bad environment variable name '%1'").arg(it.key()));
    }
    for (const PortMapping &p : spec.ports) {
        if (p.containerPort == 0)
            return invalidSpec(QStringLiteral("ports"), QStringLiteral("container port is 0"));
        if (!validPortProtocol(p.protocol))
            return invalidSpec(QStringLiteral("ports"),
                               QStringLiteral("unknown protocol '%1'").arg(p.protocol));
    }
    for (const VolumeMount &v : spec.volumes) {
        if (!v.hostPath.startsWith(QLatin1Char('/'))
            || !v.containerPath.startsWith(QLatin1Char('/')))
            return invalidSpec(QStringLiteral("volumes"),
                               QStringLiteral("volume paths must be absolute: '%1:%2'")
                                   .arg(v.hostPath, v.containerPath));
    }
    if (spec.restartRetries < 0)
        return invalidSpec(QStringLiteral("restartRetries"), QStringLiteral("negative retries"));
    if (spec.restartRetries > 0 && spec.restart != RestartPolicy::OnFailure)
        return invalidSpec(QStringLiteral("restartRetries"),
                           QStringLiteral("retries need the on-failure restart policy"));
    if (!std::isfinite(spec.cpus) || spec.cpus < 0 || spec.cpus > 1024)
        return invalidSpec(QStringLiteral("cpus"), QStringLiteral("cpus must be in [0, 1024]"));
    if (spec.cpus > 0 && std::llround(spec.cpus * kCpuPeriodUs) < 1000)
        return invalidSpec(QStringLiteral("cpus"), QStringLiteral("cpus must be at least 0.01"));
    if (spec.memoryBytes < 0 || (spec.memoryBytes > 0 && spec.memoryBytes < 6 * 1024 * 1024))
        return invalidSpec(QStringLiteral("memoryBytes"),
                           QStringLiteral("memory limit must be 0 or at least 6 MiB"));
    if (spec.healthCheck) {
        const HealthCheck &h = *spec.healthCheck;
        if (h.test.isEmpty())
            return invalidSpec(QStringLiteral("healthCheck"), QStringLiteral("empty test"));
        if (h.intervalMs <= 0 || h.timeoutMs <= 0 || h.startPeriodMs < 0 || h.retries < 0)
            return invalidSpec(QStringLiteral("healthCheck"),
                               QStringLiteral("interval and timeout must be positive"));
    }
    return {};
}

Result<QByteArray> buildCreateBody(const ContainerSpec &spec)
{
    if (auto ok = validate(spec); !ok)
        return std::unexpected(ok.error());

    QJsonObject o;
    if (!spec.name.isEmpty())
        o.insert(QStringLiteral("name"), spec.name);
    o.insert(QStringLiteral("image"), spec.image);
    if (!spec.command.isEmpty())
        o.insert(QStringLiteral("command"), QJsonArray::fromStringList(spec.command));
    if (!spec.env.isEmpty())
        o.insert(QStringLiteral("env"), stringMap(spec.env));
    if (!spec.labels.isEmpty())
        o.insert(QStringLiteral("labels"), stringMap(spec.labels));
    if (!spec.ports.isEmpty()) {
        QJsonArray ports;
        for (const PortMapping &p : spec.ports) {
            QJsonObject m{{QStringLiteral("container_port"), p.containerPort},
                          {QStringLiteral("protocol"), p.protocol}};
            if (p.hostPort != 0)
                m.insert(QStringLiteral("host_port"), p.hostPort);
            if (!p.hostIp.isEmpty())
                m.insert(QStringLiteral("host_ip"), p.hostIp);
            ports.append(m);
        }
        o.insert(QStringLiteral("portmappings"), ports);
    }
    if (!spec.volumes.isEmpty()) {
        QJsonArray mounts;
        for (const VolumeMount &v : spec.volumes) {
            QJsonArray options{QStringLiteral("rbind")};
            if (v.readOnly)
                options.append(QStringLiteral("ro"));
            mounts.append(QJsonObject{{QStringLiteral("type"), QStringLiteral("bind")},
                                      {QStringLiteral("source"), v.hostPath},
                                      {QStringLiteral("destination"), v.containerPath},
                                      {QStringLiteral("options"), options}});
        }
        o.insert(QStringLiteral("mounts"), mounts);
    }
    if (spec.restart != RestartPolicy::No) {
        o.insert(QStringLiteral("restart_policy"), restartPolicyName(spec.restart));
        if (spec.restart == RestartPolicy::OnFailure && spec.restartRetries > 0)
            o.insert(QStringLiteral("restart_tries"), spec.restartRetries);
    }
    QJsonObject limits;
    if (spec.memoryBytes > 0)
        limits.insert(QStringLiteral("memory"),
                      QJsonObject{{QStringLiteral("limit"), spec.memoryBytes}});
    if (spec.cpus > 0) {
        const qint64 quota = std::llround(spec.cpus * kCpuPeriodUs);
        limits.insert(QStringLiteral("cpu"), QJsonObject{{QStringLiteral("quota"), quota},
                                                         {QStringLiteral("period"), kCpuPeriodUs}});
    }
    if (!limits.isEmpty())
        o.insert(QStringLiteral("resource_limits"), limits);
    if (spec.healthCheck) {
        const HealthCheck &h = *spec.healthCheck;
        QJsonObject hc{{QStringLiteral("Test"), QJsonArray::fromStringList(h.test)},
                       {QStringLiteral("Interval"), h.intervalMs * kNsPerMs},
                       {QStringLiteral("Timeout"), h.timeoutMs * kNsPerMs},
                       {QStringLiteral("Retries"), h.retries}};
        if (h.startPeriodMs > 0)
            hc.insert(QStringLiteral("StartPeriod"), h.startPeriodMs * kNsPerMs);
        o.insert(QStringLiteral("healthconfig"), hc);
    }
    if (spec.hostNetwork)
        o.insert(QStringLiteral("netns"),
                 QJsonObject{{QStringLiteral("nsmode"), QStringLiteral("host")}});
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QDateTime parseTimestamp(const QString &text)
{
    // 2026-11-25T16:27:35.910629847Z or with a +hh:mm offset; keep milliseconds only.
    static const QRegularExpression re(QStringLiteral(
        "^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})(?:\\.(\\d+))?(Z|[+-]\\d{2}:\\d{2})$"));
    const auto m = re.match(text);
    if (!m.hasMatch() || text.startsWith(QLatin1String("0001-")))
        return {};
    const QString frac = QString(m.captured(2) + QStringLiteral("000")).left(3);
    const QString normalized = m.captured(1) + QLatin1Char('.') + frac + m.captured(3);
    QDateTime dt = QDateTime::fromString(normalized, Qt::ISODateWithMs);
    if (!dt.isValid())
        return {};
    return dt.toUTC();
}

Result<QString> parseCreateResponse(const QByteArray &body)
{
    auto o = parseObject(body);
    if (!o)
        return std::unexpected(o.error());
    const QString id = o->value(QStringLiteral("Id")).toString();
    if (id.isEmpty())
        return unreadable(QStringLiteral("create response has no Id"));
    return id;
}

Result<ContainerState> parseInspect(const QByteArray &body)
{
    auto o = parseObject(body);
    if (!o)
        return std::unexpected(o.error());
    const QJsonValue stateValue = o->value(QStringLiteral("State"));
    if (!stateValue.isObject())
        return unreadable(QStringLiteral("inspect response has no State object"));
    const QJsonObject s = stateValue.toObject();
    ContainerState st;
    st.id = o->value(QStringLiteral("Id")).toString();
    st.name = o->value(QStringLiteral("Name")).toString();
    st.image = o->value(QStringLiteral("ImageName")).toString();
    st.status = s.value(QStringLiteral("Status")).toString();
    if (st.id.isEmpty() || st.status.isEmpty())
        return unreadable(QStringLiteral("inspect response lacks Id or State.Status"));
    st.running = s.value(QStringLiteral("Running")).toBool();
    st.oomKilled = s.value(QStringLiteral("OOMKilled")).toBool();
    st.exitCode = toInt(s.value(QStringLiteral("ExitCode")));
    st.pid = toInt(s.value(QStringLiteral("Pid")));
    st.startedAt = parseTimestamp(s.value(QStringLiteral("StartedAt")).toString());
    st.finishedAt = parseTimestamp(s.value(QStringLiteral("FinishedAt")).toString());
    // Podman 4 reports "Health"; Docker-style "Healthcheck" appears in some versions.
    QJsonValue health = s.value(QStringLiteral("Health"));
    if (!health.isObject())
        health = s.value(QStringLiteral("Healthcheck"));
    st.health = health.toObject().value(QStringLiteral("Status")).toString();
    st.error = s.value(QStringLiteral("Error")).toString();

    const QJsonObject config = o->value(QStringLiteral("Config")).toObject();
    for (const QString &kv : toStringList(config.value(QStringLiteral("Env")))) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        if (eq > 0)
            st.env.insert(kv.left(eq), kv.mid(eq + 1));
    }
    st.labels = toStringMap(config.value(QStringLiteral("Labels")));
    const QJsonObject host = o->value(QStringLiteral("HostConfig")).toObject();
    st.memoryBytes = toInt64(host.value(QStringLiteral("Memory")));
    const qint64 quota = toInt64(host.value(QStringLiteral("CpuQuota")));
    const qint64 period = toInt64(host.value(QStringLiteral("CpuPeriod")));
    if (quota > 0 && period > 0)
        st.cpus = double(quota) / double(period);
    const QJsonObject restart = host.value(QStringLiteral("RestartPolicy")).toObject();
    st.restartPolicy = restart.value(QStringLiteral("Name")).toString();
    st.restartRetries = toInt(restart.value(QStringLiteral("MaximumRetryCount")));
    return st;
}

Result<QList<ContainerSummary>> parseList(const QByteArray &body)
{
    auto doc = parseJson(body);
    if (!doc)
        return std::unexpected(doc.error());
    if (!doc->isArray())
        return unreadable(QStringLiteral("expected a JSON array"));
    QList<ContainerSummary> out;
    const QJsonArray array = doc->array();
    for (const QJsonValue &v : array) {
        if (!v.isObject())
            continue; // tolerate junk entries; the rest of the list is still useful
        const QJsonObject o = v.toObject();
        ContainerSummary c;
        c.id = o.value(QStringLiteral("Id")).toString();
        if (c.id.isEmpty())
            continue;
        c.names = toStringList(o.value(QStringLiteral("Names")));
        c.image = o.value(QStringLiteral("Image")).toString();
        c.state = o.value(QStringLiteral("State")).toString();
        c.command = toStringList(o.value(QStringLiteral("Command")));
        c.labels = toStringMap(o.value(QStringLiteral("Labels")));
        c.exitCode = toInt(o.value(QStringLiteral("ExitCode")));
        c.exited = o.value(QStringLiteral("Exited")).toBool();
        out.append(c);
    }
    return out;
}

Result<VersionInfo> parseVersion(const QByteArray &body)
{
    auto o = parseObject(body);
    if (!o)
        return std::unexpected(o.error());
    const QJsonArray components = o->value(QStringLiteral("Components")).toArray();
    for (const QJsonValue &c : components) {
        const QJsonObject co = c.toObject();
        if (co.value(QStringLiteral("Name")).toString() != QLatin1String("Podman Engine"))
            continue;
        const QJsonObject d = co.value(QStringLiteral("Details")).toObject();
        VersionInfo v;
        v.version = co.value(QStringLiteral("Version")).toString();
        v.apiVersion = d.value(QStringLiteral("APIVersion")).toString();
        v.minApiVersion = d.value(QStringLiteral("MinAPIVersion")).toString();
        v.os = d.value(QStringLiteral("Os")).toString();
        v.arch = d.value(QStringLiteral("Arch")).toString();
        if (v.version.isEmpty())
            break;
        return v;
    }
    // Docker-compatible top-level fields as a fallback.
    VersionInfo v;
    v.version = o->value(QStringLiteral("Version")).toString();
    v.apiVersion = o->value(QStringLiteral("ApiVersion")).toString();
    v.minApiVersion = o->value(QStringLiteral("MinAPIVersion")).toString();
    v.os = o->value(QStringLiteral("Os")).toString();
    v.arch = o->value(QStringLiteral("Arch")).toString();
    if (v.version.isEmpty())
        return unreadable(QStringLiteral("version response has no Podman Engine version"));
    return v;
}

Result<QStringList> parseLoadResponse(const QByteArray &body)
{
    auto o = parseObject(body);
    if (!o)
        return std::unexpected(o.error());
    const QStringList names = toStringList(o->value(QStringLiteral("Names")));
    if (names.isEmpty())
        return unreadable(QStringLiteral("load response names no image"));
    return names;
}

Result<QString> parseHealthCheckRun(const QByteArray &body)
{
    auto o = parseObject(body);
    if (!o)
        return std::unexpected(o.error());
    const QString status = o->value(QStringLiteral("Status")).toString();
    if (status.isEmpty())
        return unreadable(QStringLiteral("health check response has no status"));
    return status;
}

Result<QList<ContainerStats>> parseStats(const QByteArray &body)
{
    auto o = parseObject(body);
    if (!o)
        return std::unexpected(o.error());
    const QJsonValue error = o->value(QStringLiteral("Error"));
    if ((error.isString() && !error.toString().isEmpty()) || error.isObject())
        return fail(Code::Unavailable,
                    trText(QT_TRANSLATE_NOOP("edge::podman::PodmanCodec",
                                             "Podman could not report the containers' resource "
                                             "use.")),
                    error.isString()
                        ? error.toString()
                        : QString::fromUtf8(
                            QJsonDocument(error.toObject()).toJson(QJsonDocument::Compact)));
    const QJsonValue stats = o->value(QStringLiteral("Stats"));
    if (!stats.isArray() && !stats.isNull())
        return unreadable(QStringLiteral("stats response has no Stats list"));
    QList<ContainerStats> out;
    for (const QJsonValue &v : stats.toArray()) {
        if (!v.isObject())
            return unreadable(QStringLiteral("stats entry is not an object"));
        const QJsonObject e = v.toObject();
        ContainerStats c;
        c.id = e.value(QStringLiteral("ContainerID")).toString();
        c.name = e.value(QStringLiteral("Name")).toString();
        c.cpuPercent = e.value(QStringLiteral("CPU")).toDouble();
        c.memoryBytes = qint64(e.value(QStringLiteral("MemUsage")).toDouble());
        c.memoryLimitBytes = qint64(e.value(QStringLiteral("MemLimit")).toDouble());
        c.netInputBytes = qint64(e.value(QStringLiteral("NetInput")).toDouble());
        c.netOutputBytes = qint64(e.value(QStringLiteral("NetOutput")).toDouble());
        c.pids = e.value(QStringLiteral("PIDs")).toInt();
        if (c.id.isEmpty())
            return unreadable(QStringLiteral("stats entry without ContainerID"));
        out.append(c);
    }
    return out;
}

api::Error parseError(long httpStatus, const QByteArray &body)
{
    QString message;
    QString cause;
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(body, &err);
    if (err.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject o = doc.object();
        message = o.value(QStringLiteral("message")).toString();
        cause = o.value(QStringLiteral("cause")).toString();
    }
    if (message.isEmpty())
        message = QString::fromUtf8(body.left(200)).trimmed();
    if (message.isEmpty())
        message = QStringLiteral("HTTP %1").arg(httpStatus);

    Code code = Code::Internal;
    if (httpStatus == 404)
        code = Code::NotFound;
    else if (httpStatus == 409 || cause == QLatin1String("that name is already in use"))
        code = Code::Conflict;
    else if (httpStatus == 400)
        code = Code::InvalidArgument;
    else if (httpStatus == 304)
        code = Code::FailedPrecondition;
    api::Error e;
    e.code = code;
    e.message = QCoreApplication::translate("edge::podman::PodmanCodec",
                                            "Podman reported an error: %1")
                    .arg(message);
    e.detail = QStringLiteral("HTTP %1, cause: %2").arg(httpStatus).arg(cause);
    return e;
}

} // namespace edge::podman
