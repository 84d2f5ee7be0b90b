// `node status`, `workload set|show`, `node events|metrics`, `image push`: node operations over
// api::Nodes (issue 3). See docs/edgectl-nodes.md.
#include "app/edgectl/command.h"
#include "app/edgectl/tr.h"
#include "backend/api/clock.h"
#include "backend/client/client.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace edge::edgectl {

namespace {

using namespace edge::api;

// ---- Shared helpers ---------------------------------------------------------------------------

// "90s", "30m", "2h", "7d" or plain seconds; 0 on a malformed value.
qint64 parseDurationMs(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,9})([smhd]?)$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch())
        return 0;
    const qint64 n = m.captured(1).toLongLong();
    const QString unit = m.captured(2);
    const qint64 scale = unit == u"m"   ? 60'000
                         : unit == u"h" ? 3'600'000
                         : unit == u"d" ? 86'400'000
                                        : 1'000;
    return n * scale;
}

// --since DURATION as "from" time in ms since the epoch (0 = no bound); nullopt after a usage
// error was reported.
std::optional<qint64> sinceOption(Context &ctx, qint64 defaultMs)
{
    qint64 span = defaultMs;
    if (ctx.args.has(QStringLiteral("since"))) {
        span = parseDurationMs(ctx.args.value(QStringLiteral("since")));
        if (span <= 0) {
            ctx.usage(Tr::tr("--since takes a duration such as 90s, 30m, 2h or 7d."),
                      QStringLiteral("--since"));
            return std::nullopt;
        }
    }
    return span > 0 ? SystemClock().nowMs() - span : 0;
}

// The node named on the command line (id or name).
Result<Record> resolveNode(Connection &conn, const QString &idOrName)
{
    return conn.inventory().resolve(EntityKind::Node, idOrName.trimmed());
}

// The presence of one node; NotFound when the hub reports nothing for it.
Result<NodeStatus> statusOf(client::Client &client, const Record &node)
{
    auto all = client.nodeStatus(node.fields.value(QStringLiteral("site_id")).toString());
    if (!all)
        return std::unexpected(all.error());
    for (const NodeStatus &s : *all)
        if (s.nodeId == node.id)
            return s;
    return fail(Code::NotFound, Tr::tr("The hub reports no status for node '%1'.").arg(node.name()));
}

qint64 hubNow(client::Client &client)
{
    const qint64 t = client.lastServerTimeMs();
    return t > 0 ? t : SystemClock().nowMs();
}

QJsonObject workloadStatusJson(const WorkloadStatus &w) { return w.toJson(); }

QJsonObject nodeStatusJson(const NodeStatus &s)
{
    QJsonArray workloads;
    for (const WorkloadStatus &w : s.workloads)
        workloads.append(workloadStatusJson(w));
    return QJsonObject{
        {QStringLiteral("node_id"), s.nodeId},
        {QStringLiteral("node_name"), s.nodeName},
        {QStringLiteral("site_id"), s.siteId},
        {QStringLiteral("state"), nodeStateName(s.state)},
        {QStringLiteral("last_seen_ms"), QJsonValue(s.lastSeenMs)},
        {QStringLiteral("heartbeat_interval_ms"), QJsonValue(s.heartbeatIntervalMs)},
        {QStringLiteral("certificate_not_after_ms"), QJsonValue(s.certificateNotAfterMs)},
        {QStringLiteral("certificate_serial"), s.certificateSerial},
        {QStringLiteral("agent_version"), s.agentVersion},
        {QStringLiteral("hostname"), s.hostname},
        {QStringLiteral("desired_generation"), QJsonValue(s.desiredGeneration)},
        {QStringLiteral("applied_generation"), QJsonValue(s.appliedGeneration)},
        {QStringLiteral("dropped_records"), QJsonValue(s.droppedRecords)},
        {QStringLiteral("workloads"), workloads},
    };
}

QString dash(const QString &s) { return s.isEmpty() ? QStringLiteral("-") : s; }

// ---- node status ------------------------------------------------------------------------------

int runNodeStatus(Context &ctx)
{
    Connection *conn = ctx.connect();
    if (!conn)
        return ctx.exitCode();
    auto node = resolveNode(*conn, ctx.args.positionals.value(0));
    if (!node)
        return ctx.fail(node.error());
    auto status = statusOf(conn->client(), *node);
    if (!status)
        return ctx.fail(status.error());
    const NodeStatus &s = *status;
    if (ctx.out.json()) {
        ctx.out.jsonOut(nodeStatusJson(s));
        return 0;
    }
    const qint64 now = hubNow(conn->client());
    QString cert = Tr::tr("none");
    if (s.certificateNotAfterMs > 0) {
        cert = s.certificateNotAfterMs > now
                   ? Tr::tr("valid until %1 UTC (serial %2)")
                         .arg(formatUtc(s.certificateNotAfterMs), dash(s.certificateSerial))
                   : Tr::tr("EXPIRED on %1 UTC (serial %2)")
                         .arg(formatUtc(s.certificateNotAfterMs), dash(s.certificateSerial));
    }
    QString generations =
        Tr::tr("desired %1, applied %2").arg(s.desiredGeneration).arg(s.appliedGeneration);
    if (s.appliedGeneration < s.desiredGeneration)
        generations += QLatin1Char(' ') + Tr::tr("(the agent has not applied the latest yet)");
    QList<QPair<QString, QString>> rows{
        {Tr::tr("Node"), QStringLiteral("%1 (%2)").arg(node->name(), node->id)},
        {Tr::tr("State"), nodeStateLabel(s.state)},
        {Tr::tr("Last seen"), s.lastSeenMs > 0
                                  ? QStringLiteral("%1 (%2 UTC)")
                                        .arg(formatAgo(now, s.lastSeenMs), formatUtc(s.lastSeenMs))
                                  : formatAgo(now, 0)},
        {Tr::tr("Heartbeat"), Tr::tr("every %1 s").arg(s.heartbeatIntervalMs / 1000.0)},
        {Tr::tr("Certificate"), cert},
        {Tr::tr("Agent"), s.agentVersion.isEmpty()
                              ? Tr::tr("never connected")
                              : Tr::tr("%1 on %2").arg(s.agentVersion, dash(s.hostname))},
        {Tr::tr("Generation"), generations},
    };
    if (s.droppedRecords > 0)
        rows << qMakePair(Tr::tr("Dropped records"), QString::number(s.droppedRecords));
    ctx.out.keyValues(rows);
    ctx.out.out(QString());
    if (s.workloads.isEmpty()) {
        ctx.out.out(Tr::tr("No workloads reported."));
        return 0;
    }
    QList<QStringList> table;
    for (const WorkloadStatus &w : s.workloads)
        table << QStringList{w.name,
                             workloadPhaseLabel(w.phase),
                             dash(w.health),
                             QString::number(w.restarts),
                             dash(w.containerId.left(12)),
                             w.startedAtMs > 0 ? formatAgo(now, w.startedAtMs) : QStringLiteral("-"),
                             dash(w.message)};
    ctx.out.table({Tr::tr("Workload"), Tr::tr("Phase"), Tr::tr("Health"), Tr::tr("Restarts"),
                   Tr::tr("Container"), Tr::tr("Started"), Tr::tr("Message")},
                  table);
    return 0;
}

// ---- workload set / show ----------------------------------------------------------------------

// 1-based line and column of a byte offset in `text`.
std::pair<int, int> lineColumn(const QByteArray &text, qsizetype offset)
{
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset && i < text.size(); ++i) {
        if (text.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return {line, column};
}

// The field of the first key in `o` that is not one of `known` ("" when all are known).
QString unknownKey(const QJsonObject &o, const QSet<QString> &known)
{
    for (auto it = o.begin(); it != o.end(); ++it)
        if (!known.contains(it.key()))
            return it.key();
    return {};
}

Error fileError(const QString &file, const QString &field, const QString &message)
{
    // The field first: Output prints it as the subject of the message.
    Error e{Code::Validation, Tr::tr("%1 in %2: %3").arg(field, file, message), {}, field};
    return e;
}

// Strict checks the lenient WorkloadSpec::fromJson does not make: unknown keys (typos such as
// "hostport" would otherwise vanish) and values of the wrong JSON type.
Result<void> checkShape(const QJsonObject &w, const QString &at, const QString &file)
{
    static const QSet<QString> specKeys{QStringLiteral("name"),        QStringLiteral("image"),
                                        QStringLiteral("command"),     QStringLiteral("env"),
                                        QStringLiteral("ports"),       QStringLiteral("volumes"),
                                        QStringLiteral("restart"),     QStringLiteral("cpus"),
                                        QStringLiteral("memoryBytes"), QStringLiteral("health")};
    static const QSet<QString> portKeys{QStringLiteral("hostPort"), QStringLiteral("containerPort"),
                                        QStringLiteral("protocol"), QStringLiteral("hostIp")};
    static const QSet<QString> volumeKeys{QStringLiteral("source"), QStringLiteral("target"),
                                          QStringLiteral("readOnly")};
    static const QSet<QString> healthKeys{QStringLiteral("test"), QStringLiteral("intervalS"),
                                          QStringLiteral("timeoutS"), QStringLiteral("retries")};
    const auto unknown = [&](const QString &field) {
        return std::unexpected(fileError(file, field,
                                         Tr::tr("unknown field; check the spelling (see 'edgectl "
                                                "workload set --help').")));
    };
    const auto wrongType = [&](const QString &field, const QString &expected) {
        return std::unexpected(fileError(file, field, Tr::tr("expected %1.").arg(expected)));
    };
    if (const QString k = unknownKey(w, specKeys); !k.isEmpty())
        return unknown(at + QLatin1Char('.') + k);
    for (const char *key : {"name", "image", "restart"}) {
        const QJsonValue v = w.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isString())
            return wrongType(at + QLatin1Char('.') + QLatin1String(key), Tr::tr("a string"));
    }
    for (const char *key : {"cpus", "memoryBytes"}) {
        const QJsonValue v = w.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isDouble())
            return wrongType(at + QLatin1Char('.') + QLatin1String(key), Tr::tr("a number"));
    }
    const auto checkList = [&](const QString &key, const QSet<QString> &known,
                               const QStringList &numbers) -> Result<void> {
        const QJsonValue v = w.value(key);
        if (v.isUndefined())
            return {};
        if (!v.isArray())
            return wrongType(at + QLatin1Char('.') + key, Tr::tr("a list"));
        const QJsonArray a = v.toArray();
        for (int i = 0; i < a.size(); ++i) {
            const QString here = QStringLiteral("%1.%2[%3]").arg(at, key).arg(i);
            if (!a.at(i).isObject())
                return wrongType(here, Tr::tr("an object"));
            const QJsonObject o = a.at(i).toObject();
            if (const QString k = unknownKey(o, known); !k.isEmpty())
                return unknown(here + QLatin1Char('.') + k);
            for (const QString &n : numbers)
                if (o.contains(n) && !o.value(n).isDouble())
                    return wrongType(here + QLatin1Char('.') + n, Tr::tr("a number"));
        }
        return {};
    };
    if (auto r = checkList(QStringLiteral("ports"), portKeys,
                           {QStringLiteral("hostPort"), QStringLiteral("containerPort")});
        !r)
        return r;
    if (auto r = checkList(QStringLiteral("volumes"), volumeKeys, {}); !r)
        return r;
    const QJsonValue health = w.value(QStringLiteral("health"));
    if (!health.isUndefined() && !health.isNull()) {
        if (!health.isObject())
            return wrongType(at + QStringLiteral(".health"), Tr::tr("an object"));
        if (const QString k = unknownKey(health.toObject(), healthKeys); !k.isEmpty())
            return unknown(at + QStringLiteral(".health.") + k);
    }
    return {};
}

// Reads a spec file: {"workloads": [WorkloadSpec JSON, ...]} (nodeId and generation, as
// `workload show --json` prints them, are accepted and ignored). Errors name the file and the
// field, or the line and column of a syntax error.
Result<QList<WorkloadSpec>> readSpecFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Code::InvalidArgument,
                    Tr::tr("Cannot read %1: %2.").arg(path, file.errorString()), {},
                    QStringLiteral("--file"));
    const QByteArray bytes = file.readAll();
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const auto [line, column] = lineColumn(bytes, pe.offset);
        return fail(Code::Validation,
                    Tr::tr("%1 is not valid JSON: line %2, column %3: %4")
                        .arg(path)
                        .arg(line)
                        .arg(column)
                        .arg(pe.errorString()),
                    {}, QStringLiteral("--file"));
    }
    const QString &name = path;
    if (!doc.isObject())
        return std::unexpected(fileError(name, QStringLiteral("(top level)"),
                                         Tr::tr("expected an object {\"workloads\": [...]}.")));
    const QJsonObject top = doc.object();
    if (const QString k = unknownKey(top, {QStringLiteral("workloads"), QStringLiteral("nodeId"),
                                           QStringLiteral("generation")});
        !k.isEmpty())
        return std::unexpected(
            fileError(name, k, Tr::tr("unknown field; the file holds {\"workloads\": [...]}.")));
    const QJsonValue list = top.value(QStringLiteral("workloads"));
    if (!list.isArray())
        return std::unexpected(fileError(name, QStringLiteral("workloads"),
                                         Tr::tr("expected a list of workloads (it may be empty "
                                                "to remove every workload).")));
    QList<WorkloadSpec> out;
    const QJsonArray a = list.toArray();
    for (int i = 0; i < a.size(); ++i) {
        const QString at = QStringLiteral("workloads[%1]").arg(i);
        if (!a.at(i).isObject())
            return std::unexpected(fileError(name, at, Tr::tr("expected an object.")));
        if (auto shape = checkShape(a.at(i).toObject(), at, name); !shape)
            return std::unexpected(shape.error());
        auto spec = WorkloadSpec::fromJson(a.at(i).toObject());
        if (!spec)
            return std::unexpected(
                fileError(name, at + QLatin1Char('.') + spec.error().field, spec.error().message));
        out << *spec;
    }
    DesiredState state;
    state.workloads = out;
    if (auto valid = validate(state); !valid)
        return std::unexpected(fileError(name, valid.error().field, valid.error().message));
    return out;
}

QString portsText(const WorkloadSpec &w)
{
    QStringList ports;
    for (const WorkloadPort &p : w.ports)
        ports << QStringLiteral("%1%2:%3/%4")
                     .arg(p.hostIp.isEmpty() ? QString() : p.hostIp + QLatin1Char(':'))
                     .arg(p.hostPort)
                     .arg(p.containerPort)
                     .arg(p.protocol);
    return ports.isEmpty() ? QStringLiteral("-") : ports.join(QLatin1Char(','));
}

void printDesiredState(Context &ctx, const Record &node, const DesiredState &state)
{
    if (ctx.out.json()) {
        ctx.out.jsonOut(state.toJson());
        return;
    }
    ctx.out.keyValues({{Tr::tr("Node"), QStringLiteral("%1 (%2)").arg(node.name(), node.id)},
                       {Tr::tr("Generation"), QString::number(state.generation)}});
    ctx.out.out(QString());
    if (state.workloads.isEmpty()) {
        ctx.out.out(Tr::tr("No workloads: the node runs none."));
        return;
    }
    QList<QStringList> rows;
    for (const WorkloadSpec &w : state.workloads)
        rows << QStringList{w.name, w.image, portsText(w), restartPolicyName(w.restart),
                            w.command.isEmpty() ? QStringLiteral("-")
                                                : w.command.join(QLatin1Char(' '))};
    ctx.out.table({Tr::tr("Workload"), Tr::tr("Image"), Tr::tr("Ports"), Tr::tr("Restart"),
                   Tr::tr("Command")},
                  rows);
}

int runWorkloadSet(Context &ctx)
{
    const QString path = ctx.args.value(QStringLiteral("file"));
    if (path.isEmpty())
        return ctx.usage(Tr::tr("Give the workloads: --file SPEC.json."), QStringLiteral("--file"));
    qint64 expected = 0;
    if (ctx.args.has(QStringLiteral("expect-generation"))) {
        bool ok = false;
        expected = ctx.args.value(QStringLiteral("expect-generation")).trimmed().toLongLong(&ok);
        if (!ok || expected < 1)
            return ctx.usage(Tr::tr("--expect-generation takes a generation number (1 or more), "
                                    "as 'edgectl workload show' prints it."),
                             QStringLiteral("--expect-generation"));
    }
    // The file is checked before anything goes to the hub.
    auto workloads = readSpecFile(path);
    if (!workloads)
        return ctx.fail(workloads.error());
    Connection *conn = ctx.connect();
    if (!conn)
        return ctx.exitCode();
    auto node = resolveNode(*conn, ctx.args.positionals.value(0));
    if (!node)
        return ctx.fail(node.error());
    auto state = conn->client().setDesiredState(node->id, *workloads, expected);
    if (!state) {
        Error e = state.error();
        if (e.field == u"expected_generation")
            e.field = QStringLiteral("--expect-generation");
        if (e.code == Code::Conflict && expected > 0)
            e.message += QLatin1Char(' ')
                         + Tr::tr("Run 'edgectl workload show %1' to see the current state.")
                               .arg(node->name());
        return ctx.fail(e);
    }
    if (ctx.out.json()) {
        ctx.out.jsonOut(state->toJson());
        return 0;
    }
    ctx.out.out(Tr::tr("Node %1 now has %n workload(s), generation %2.", nullptr,
                       int(state->workloads.size()))
                    .arg(node->name())
                    .arg(state->generation));
    return 0;
}

int runWorkloadShow(Context &ctx)
{
    Connection *conn = ctx.connect();
    if (!conn)
        return ctx.exitCode();
    auto node = resolveNode(*conn, ctx.args.positionals.value(0));
    if (!node)
        return ctx.fail(node.error());
    auto state = conn->client().desiredState(node->id);
    if (!state)
        return ctx.fail(state.error());
    printDesiredState(ctx, *node, *state);
    return 0;
}

// ---- node events / metrics --------------------------------------------------------------------

int runNodeEvents(Context &ctx)
{
    const auto since = sinceOption(ctx, 0);
    if (!since)
        return ctx.exitCode();
    int limit = 0;
    if (ctx.args.has(QStringLiteral("limit"))) {
        bool ok = false;
        limit = ctx.args.value(QStringLiteral("limit")).trimmed().toInt(&ok);
        if (!ok || limit < 1 || limit > 100000)
            return ctx.usage(Tr::tr("--limit takes a number from 1 to 100000."),
                             QStringLiteral("--limit"));
    }
    Connection *conn = ctx.connect();
    if (!conn)
        return ctx.exitCode();
    auto node = resolveNode(*conn, ctx.args.positionals.value(0));
    if (!node)
        return ctx.fail(node.error());
    auto events = conn->client().events(node->id, *since, limit);
    if (!events)
        return ctx.fail(events.error());
    if (ctx.out.json()) {
        QJsonArray a;
        for (const NodeEvent &e : *events)
            a.append(e.toJson());
        ctx.out.jsonOut(a);
        return 0;
    }
    if (events->isEmpty()) {
        ctx.out.err(Tr::tr("No events from node %1.").arg(node->name()));
        return 0;
    }
    QList<QStringList> rows;
    for (const NodeEvent &e : *events)
        rows << QStringList{formatUtc(e.atMs), eventSeverityName(e.severity), e.type,
                            dash(e.workload), e.message};
    ctx.out.table({Tr::tr("Time (UTC)"), Tr::tr("Severity"), Tr::tr("Type"), Tr::tr("Workload"),
                   Tr::tr("Message")},
                  rows);
    return 0;
}

QString bytesText(double bytes)
{
    return QLocale::c().formattedDataSize(qint64(bytes), 1, QLocale::DataSizeTraditionalFormat);
}

int runNodeMetrics(Context &ctx)
{
    const auto since = sinceOption(ctx, 3'600'000);
    if (!since)
        return ctx.exitCode();
    int points = 0;
    if (ctx.args.has(QStringLiteral("points"))) {
        bool ok = false;
        points = ctx.args.value(QStringLiteral("points")).trimmed().toInt(&ok);
        if (!ok || points < 1 || points > 100000)
            return ctx.usage(Tr::tr("--points takes a number from 1 to 100000."),
                             QStringLiteral("--points"));
    }
    Connection *conn = ctx.connect();
    if (!conn)
        return ctx.exitCode();
    auto node = resolveNode(*conn, ctx.args.positionals.value(0));
    if (!node)
        return ctx.fail(node.error());
    MetricsQuery q;
    q.nodeId = node->id;
    q.fromMs = *since;
    q.maxPoints = points;
    auto samples = conn->client().metrics(q);
    if (!samples)
        return ctx.fail(samples.error());
    if (ctx.out.json()) {
        QJsonArray a;
        for (const MetricSample &m : *samples)
            a.append(m.toJson());
        ctx.out.jsonOut(a);
        return 0;
    }
    if (samples->isEmpty()) {
        ctx.out.err(Tr::tr("No metrics from node %1 in that time.").arg(node->name()));
        return 0;
    }
    QList<QStringList> rows;
    for (const MetricSample &m : *samples) {
        const QString cpu = m.cpuPercent < 0 ? QStringLiteral("-")
                                             : QString::number(m.cpuPercent, 'f', 1);
        const QString memory = m.memoryTotalBytes > 0
                                   ? QStringLiteral("%1 / %2")
                                         .arg(bytesText(double(m.memoryTotalBytes
                                                               - m.memoryAvailableBytes)),
                                              bytesText(double(m.memoryTotalBytes)))
                                   : QStringLiteral("-");
        const QString disk = m.diskTotalBytes > 0
                                 ? QStringLiteral("%1 / %2").arg(bytesText(double(m.diskFreeBytes)),
                                                                 bytesText(double(m.diskTotalBytes)))
                                 : QStringLiteral("-");
        const QString net = QStringLiteral("%1/s / %2/s")
                                .arg(bytesText(m.netRxBytesPerSec), bytesText(m.netTxBytesPerSec));
        const QString temp = m.maxTemperatureC <= -1000
                                 ? QStringLiteral("-")
                                 : QString::number(m.maxTemperatureC, 'f', 1);
        rows << QStringList{formatUtc(m.atMs),
                            cpu,
                            memory,
                            disk,
                            net,
                            QString::number(m.load1, 'f', 2),
                            temp};
    }
    ctx.out.table({Tr::tr("Time (UTC)"), Tr::tr("CPU %"), Tr::tr("Memory used / total"),
                   Tr::tr("Disk free / total"), Tr::tr("Net rx / tx"), Tr::tr("Load"),
                   Tr::tr("Temp °C")},
                  rows);
    return 0;
}

// ---- image push -------------------------------------------------------------------------------

std::atomic<bool> g_cancelPush{false};

extern "C" void onPushSignal(int) { g_cancelPush.store(true); }

// Installs a SIGINT/SIGTERM handler that only sets g_cancelPush, for the lifetime of the object.
class CancelOnSignal {
public:
    CancelOnSignal()
    {
        g_cancelPush.store(false);
        struct sigaction sa {};
        sa.sa_handler = onPushSignal;
        sigemptyset(&sa.sa_mask);
        ::sigaction(SIGINT, &sa, &m_oldInt);
        ::sigaction(SIGTERM, &sa, &m_oldTerm);
    }
    ~CancelOnSignal()
    {
        ::sigaction(SIGINT, &m_oldInt, nullptr);
        ::sigaction(SIGTERM, &m_oldTerm, nullptr);
    }
    CancelOnSignal(const CancelOnSignal &) = delete;
    CancelOnSignal &operator=(const CancelOnSignal &) = delete;

private:
    struct sigaction m_oldInt {};
    struct sigaction m_oldTerm {};
};

int runImagePush(Context &ctx)
{
    const QString path = ctx.args.positionals.value(1);
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return ctx.fail({Code::InvalidArgument,
                         Tr::tr("Cannot read the image archive %1; create it with 'podman save "
                                "-o FILE IMAGE'.")
                             .arg(path),
                         {},
                         {}});
    Connection *conn = ctx.connect();
    if (!conn)
        return ctx.exitCode();
    auto node = resolveNode(*conn, ctx.args.positionals.value(0));
    if (!node)
        return ctx.fail(node.error());

    const bool showProgress = !ctx.out.json();
    const bool tty = ::isatty(STDERR_FILENO) == 1;
    int lastPercent = -100;
    client::PushPhase lastPhase = client::PushPhase::Hashing;
    CancelOnSignal cancelOnSignal;
    auto progress = [&](client::PushPhase phase, qint64 done, qint64 total) {
        if (g_cancelPush.load())
            return false;
        if (!showProgress)
            return true;
        const int percent = total > 0 ? int(done * 100 / total) : 100;
        // On a terminal: one line redrawn; otherwise one line per 10 %.
        const int step = tty ? 1 : 10;
        if (phase == lastPhase && percent / step == lastPercent / step)
            return true;
        if (phase != lastPhase && tty)
            std::fputc('\n', stderr);
        lastPhase = phase;
        lastPercent = percent;
        const QString text = phase == client::PushPhase::Hashing
                                 ? Tr::tr("Checking %1: %2 %").arg(info.fileName()).arg(percent)
                                 : Tr::tr("Sending %1 to the hub: %2 % of %3")
                                       .arg(info.fileName())
                                       .arg(percent)
                                       .arg(bytesText(double(total)));
        const QByteArray line = text.toUtf8();
        if (tty) {
            std::fputc('\r', stderr);
            std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
            std::fflush(stderr);
        } else {
            ctx.out.err(text);
        }
        return true;
    };
    auto result = conn->client().pushImage(node->id, path, progress);
    if (showProgress && tty && lastPercent > -100)
        std::fputc('\n', stderr);
    if (!result)
        return ctx.fail(result.error());
    if (ctx.out.json()) {
        ctx.out.jsonOut(QJsonObject{{QStringLiteral("node_id"), node->id},
                                    {QStringLiteral("file"), info.fileName()},
                                    {QStringLiteral("sha256"), result->sha256},
                                    {QStringLiteral("received"), QJsonValue(result->received)},
                                    {QStringLiteral("state"), result->state}});
        return 0;
    }
    ctx.out.out(Tr::tr("The hub holds %1 (%2, sha256 %3); it sends it to node %4 while the node "
                       "is connected. Watch for the image.loaded event: edgectl node events %4")
                    .arg(info.fileName(), bytesText(double(result->received)), result->sha256,
                         node->name()));
    return 0;
}

// ---- Registration -----------------------------------------------------------------------------

Command make(const char *group, const char *action, const QString &synopsis, int positionals,
             const QString &summary, const QString &description, std::function<int(Context &)> run)
{
    Command c;
    c.group = QLatin1String(group);
    c.action = QLatin1String(action);
    c.synopsis = synopsis;
    c.summary = summary;
    c.description = description;
    c.minPositionals = positionals;
    c.maxPositionals = positionals;
    c.run = std::move(run);
    return c;
}

} // namespace

QList<Command> nodeCommands()
{
    const QString node = QStringLiteral("NODE");
    Command status =
        make("node", "status", node, 1,
             Tr::tr("Show a node's presence, certificate, agent, generations and workloads."),
             Tr::tr("NODE is the node's id or name. State is online while heartbeats arrive, stale "
                    "when they stopped recently, offline when the agent is disconnected or never "
                    "connected."),
             runNodeStatus);

    Command set =
        make("workload", "set", node, 1, Tr::tr("Replace the workloads a node should run."),
             Tr::tr("SPEC.json holds {\"workloads\": [...]}, each workload an object with name, "
                    "image, and optionally command (list), env (object), ports ([{hostPort, "
                    "containerPort, protocol, hostIp}]), volumes ([{source, target, readOnly}]), "
                    "restart (always, on-failure, never), cpus, memoryBytes and health ({test, "
                    "intervalS, timeoutS, retries}). An empty list removes every workload. The hub "
                    "raises the node's generation by one and sends the new state to its agent. "
                    "'edgectl --json workload show NODE' prints a file in this format."),
             runWorkloadSet);
    set.options = {
        {QStringLiteral("file"), QStringLiteral("SPEC.json"),
         Tr::tr("The workloads, as JSON (see above).")},
        {QStringLiteral("expect-generation"), QStringLiteral("N"),
         Tr::tr("Only change the state if the hub still holds generation N (fails otherwise, "
                "so two people do not overwrite each other).")},
    };

    Command show = make("workload", "show", node, 1,
                        Tr::tr("Show the workloads a node should run and their generation."), {},
                        runWorkloadShow);

    Command events = make("node", "events", node, 1,
                          Tr::tr("List the events a node's agent reported, newest first."), {},
                          runNodeEvents);
    events.options = {
        {QStringLiteral("since"), QStringLiteral("DURATION"),
         Tr::tr("Only events of the last DURATION, e.g. 30m, 1h, 7d (default: all).")},
        {QStringLiteral("limit"), QStringLiteral("N"),
         Tr::tr("At most N events (default: the hub's limit, 500).")},
    };

    Command metrics = make("node", "metrics", node, 1,
                           Tr::tr("List a node's metrics samples (CPU, memory, disk, network)."),
                           {}, runNodeMetrics);
    metrics.options = {
        {QStringLiteral("since"), QStringLiteral("DURATION"),
         Tr::tr("Samples of the last DURATION, e.g. 30m, 1h, 7d (default 1h).")},
        {QStringLiteral("points"), QStringLiteral("N"), Tr::tr("Average into at most N points.")},
    };

    Command push =
        make("image", "push", QStringLiteral("NODE FILE"), 2,
             Tr::tr("Send a container image archive to a node through the hub (offline sites)."),
             Tr::tr(
                 "FILE is the output of 'podman save -o FILE IMAGE'. The file is sent to the hub, "
                 "which keeps it and relays it to the node's agent whenever it is connected, "
                 "resuming after interruptions; the agent loads it into Podman. Progress goes to "
                 "stderr; Ctrl+C cancels."),
             runImagePush);

    return {status, events, metrics, set, show, push};
}

} // namespace edge::edgectl
