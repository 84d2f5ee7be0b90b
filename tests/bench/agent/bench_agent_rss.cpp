// Benchmark: resident memory of an idle edge-agent that manages 5 busybox containers, with a real
// edge-hub and a real Podman service (issue 3 goal: at most 20 MB). The baseline, measured in the
// same run, is the idle hub process (one node, same machine).
// Prints one JSON line: {"benchmark":"agent_idle_rss_5_containers","rss_kb":...,
// "baseline_hub_rss_kb":...,"ratio":...,"goal_kb":20480,"containers":5,"pss_kb":...,
// "anonymous_kb":...,"idle_cpu_percent":...}. RSS counts every touched page of the shared libraries (gRPC, OpenSSL, Qt
// Core); PSS splits shared pages among the processes using them, and anonymous is the agent's own
// heap and stacks.

#include "backend/api/inventorytypes.h"
#include "backend/client/client.h"
#include "support/agentprocess.h"
#include "support/hubprocess.h"
#include "support/podmanservice.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <QElapsedTimer>

#include <cstdio>
#include <unistd.h>

using namespace edge;

namespace {

constexpr int kContainers = 5;
constexpr int kGoalKb = 20 * 1024;

// A "Key:   N kB" field of /proc/PID/status or smaps_rollup.
qint64 procField(qint64 pid, const char *file, const QByteArray &key)
{
    QFile f(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1String(file)));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    QByteArray prefix = key;
    prefix.append(':');
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// utime + stime of a process, in clock ticks.
qint64 cpuTicks(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray text = f.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return fields.value(11).toLongLong() + fields.value(12).toLongLong();
}

qint64 rssKb(qint64 pid) { return procField(pid, "status", "VmRSS"); }

// Where the agent's resident memory is, by mapping (stderr, for people tuning it).
void printRssBreakdown(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/smaps").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return;
    QMap<QString, qint64> byName;
    QString name;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() >= 5 && parts[0].contains('-') && !line.endsWith(':')
            && !parts[0].endsWith(':'))
            name = parts.size() >= 6 ? QString::fromUtf8(parts[5]) : QStringLiteral("[anon]");
        else if (line.startsWith("Rss:"))
            byName[name] += parts.value(1).toLongLong();
    }
    QList<std::pair<qint64, QString>> sorted;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it)
        sorted.append({it.value(), it.key()});
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    for (qsizetype i = 0; i < std::min<qsizetype>(12, sorted.size()); ++i)
        std::fprintf(stderr, "  %6lld kB %s\n", static_cast<long long>(sorted[i].first),
                     qPrintable(sorted[i].second));
}

int fail(const QString &what)
{
    std::fprintf(stderr, "bench_agent_rss: %s\n", qPrintable(what));
    return 1;
}

bool waitFor(const std::function<bool()> &condition, int ms)
{
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        if (condition())
            return true;
        QTest::qWait(250);
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (testing::PodmanService::executable().isEmpty())
        return fail(QStringLiteral("podman is not installed"));
    QTemporaryDir dir;
    testing::PodmanService podman(dir.filePath(QStringLiteral("p")));
    QString error;
    if (!podman.start(&error))
        return fail(error);
    testing::HubProcess hub;
    if (!hub.start(dir.filePath(QStringLiteral("hub")), {}, &error))
        return fail(error);
    auto channel = client::Client::secureChannel(hub.address(), hub.caPath());
    if (!channel)
        return fail(channel.error().toString());
    client::Client client(*channel, hub.address());
    if (auto s = client.login(QStringLiteral("admin"), hub.generatedPassword()); !s)
        return fail(s.error().toString());
    api::Site site;
    site.name = QStringLiteral("Bench site");
    auto created = client.create(site.toRecord());
    if (!created)
        return fail(created.error().toString());
    auto token = client.createBootstrapToken(created->id, 0, QStringLiteral("bench-node"));
    if (!token)
        return fail(token.error().toString());
    const QString tokenPath = dir.filePath(QStringLiteral("token"));
    {
        QFile f(tokenPath);
        if (!f.open(QIODevice::WriteOnly))
            return fail(f.errorString());
        f.write(token->token.toUtf8());
    }
    const QString conf = dir.filePath(QStringLiteral("agent.conf"));
    {
        QFile f(conf);
        if (!f.open(QIODevice::WriteOnly))
            return fail(f.errorString());
        f.write("container-network = host\n");
    }
    testing::AgentProcess agent;
    if (!agent.start(dir.filePath(QStringLiteral("agent")),
                     {QStringLiteral("--hub"), hub.address(), QStringLiteral("--ca"), hub.caPath(),
                      QStringLiteral("--token-file"), tokenPath, QStringLiteral("--name"),
                      QStringLiteral("bench-node"), QStringLiteral("--config"), conf,
                      QStringLiteral("--podman-socket"), podman.socket()},
                     &error))
        return fail(error);
    QString nodeId;
    const bool online = waitFor(
        [&] {
            auto all = client.nodeStatus();
            if (!all)
                return false;
            for (const api::NodeStatus &n : std::as_const(*all)) {
                if (n.nodeName == QLatin1String("bench-node") && n.state == api::NodeState::Online)
                    nodeId = n.nodeId;
            }
            return !nodeId.isEmpty();
        },
        60'000);
    if (!online)
        return fail(QStringLiteral("the agent did not come online: ") + agent.log());
    QList<api::WorkloadSpec> workloads;
    for (int i = 0; i < kContainers; ++i) {
        api::WorkloadSpec w;
        w.name = QStringLiteral("w%1").arg(i);
        w.image = testing::PodmanService::kImage;
        w.command = {QStringLiteral("/bin/sleep"), QStringLiteral("3600")};
        workloads.append(w);
    }
    auto set = client.setDesiredState(nodeId, workloads);
    if (!set)
        return fail(set.error().toString());
    const bool running = waitFor(
        [&] {
            auto all = client.nodeStatus();
            if (!all)
                return false;
            for (const api::NodeStatus &n : std::as_const(*all)) {
                if (n.nodeId != nodeId || n.appliedGeneration != set->generation)
                    continue;
                int r = 0;
                for (const api::WorkloadStatus &w : n.workloads)
                    r += w.phase == api::WorkloadPhase::Running ? 1 : 0;
                return r == kContainers;
            }
            return false;
        },
        120'000);
    if (!running)
        return fail(QStringLiteral("the containers did not all run: ") + agent.log());
    // Idle: a few heartbeat intervals and reconcile passes, then sample three times.
    qint64 agentKb = 0;
    qint64 hubKb = 0;
    const qint64 ticksBefore = cpuTicks(agent.pid());
    QElapsedTimer idle;
    idle.start();
    for (int i = 0; i < 3; ++i) {
        QTest::qWait(5'000);
        agentKb = std::max(agentKb, rssKb(agent.pid()));
        hubKb = std::max(hubKb, rssKb(hub.pid()));
    }
    const double idleCpuPercent = 100.0 * double(cpuTicks(agent.pid()) - ticksBefore)
                                  / double(sysconf(_SC_CLK_TCK))
                                  / (double(idle.elapsed()) / 1000.0);
    printRssBreakdown(agent.pid());
    if (agentKb <= 0 || hubKb <= 0)
        return fail(QStringLiteral("cannot read /proc/PID/status"));
    const QJsonObject out{{QStringLiteral("benchmark"),
                           QStringLiteral("agent_idle_rss_5_containers")},
                          {QStringLiteral("rss_kb"), agentKb},
                          {QStringLiteral("baseline_hub_rss_kb"), hubKb},
                          {QStringLiteral("ratio"), double(agentKb) / double(hubKb)},
                          {QStringLiteral("goal_kb"), kGoalKb},
                          {QStringLiteral("containers"), kContainers},
                          {QStringLiteral("idle_cpu_percent"), idleCpuPercent},
                          {QStringLiteral("pss_kb"), procField(agent.pid(), "smaps_rollup", "Pss")},
                          {QStringLiteral("anonymous_kb"),
                           procField(agent.pid(), "smaps_rollup", "Anonymous")}};
    std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Compact).constData());
    agent.stop();
    hub.stop();
    return 0;
}
