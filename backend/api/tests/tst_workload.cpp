// The value types of issue 3 (backend/api/workload.h): validation, the spec hash, the presence
// rule and the JSON round trips the agent and the hub exchange.

#include "backend/api/workload.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace edge::api;

namespace {

WorkloadSpec fullSpec()
{
    WorkloadSpec s;
    s.name = QStringLiteral("web-1");
    s.image = QStringLiteral("localhost/busybox:latest");
    s.command = {QStringLiteral("httpd"), QStringLiteral("-f"), QStringLiteral("-p"),
                 QStringLiteral("8080")};
    s.env = {{QStringLiteral("MODE"), QStringLiteral("prod")},
             {QStringLiteral("A"), QStringLiteral("1")}};
    s.ports = {WorkloadPort{8080, 8080, QStringLiteral("tcp"), QString()},
               WorkloadPort{5353, 53, QStringLiteral("udp"), QStringLiteral("127.0.0.1")}};
    s.volumes = {WorkloadVolume{QStringLiteral("/srv/data"), QStringLiteral("/data"), true}};
    s.restart = RestartPolicy::OnFailure;
    s.cpus = 0.5;
    s.memoryBytes = 64LL * 1024 * 1024;
    s.health = WorkloadHealthCheck{{QStringLiteral("CMD-SHELL"), QStringLiteral("true")}, 10, 2, 3};
    return s;
}

} // namespace

class TestWorkload : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void validSpec();
    void invalidSpec_data();
    void invalidSpec();
    void desiredStateValidation();
    void specHashStable();
    void specJsonRoundTrip();
    void desiredStateJsonRoundTrip();
    void statusEventMetricJson();
    void badJsonIsRefused();
    void names();
    void presence_data();
    void presence();
};

void TestWorkload::validSpec()
{
    QVERIFY(validate(fullSpec()));
    WorkloadSpec minimal;
    minimal.name = QStringLiteral("a");
    minimal.image = QStringLiteral("busybox");
    QVERIFY(validate(minimal));
}

void TestWorkload::invalidSpec_data()
{
    QTest::addColumn<int>("mutation");
    QTest::addColumn<QString>("field");
    QTest::newRow("empty name") << 0 << QStringLiteral("name");
    QTest::newRow("upper-case name") << 1 << QStringLiteral("name");
    QTest::newRow("no image") << 2 << QStringLiteral("image");
    QTest::newRow("host port 0") << 3 << QStringLiteral("ports");
    QTest::newRow("container port 70000") << 4 << QStringLiteral("ports");
    QTest::newRow("relative volume source") << 5 << QStringLiteral("volumes");
    QTest::newRow("negative memory") << 6 << QStringLiteral("memoryBytes");
    QTest::newRow("negative cpus") << 7 << QStringLiteral("cpus");
}

void TestWorkload::invalidSpec()
{
    QFETCH(int, mutation);
    QFETCH(QString, field);
    WorkloadSpec s = fullSpec();
    switch (mutation) {
    case 0: s.name.clear(); break;
    case 1: s.name = QStringLiteral("Web"); break;
    case 2: s.image.clear(); break;
    case 3: s.ports[0].hostPort = 0; break;
    case 4: s.ports[0].containerPort = 70000; break;
    case 5: s.volumes[0].source = QStringLiteral("data"); break;
    case 6: s.memoryBytes = -1; break;
    case 7: s.cpus = -1; break;
    }
    const auto r = validate(s);
    QVERIFY(!r);
    QVERIFY2(r.error().field.startsWith(field), qPrintable(r.error().field));
    QVERIFY(!r.error().message.isEmpty());
}

void TestWorkload::desiredStateValidation()
{
    DesiredState d;
    d.workloads = {fullSpec()};
    QVERIFY(validate(d));
    WorkloadSpec second = fullSpec();
    d.workloads << second; // same name
    auto r = validate(d);
    QVERIFY(!r);
    QCOMPARE(r.error().field, QStringLiteral("workloads[1].name"));
    second.name = QStringLiteral("web-2");
    d.workloads[1] = second; // same host ports
    r = validate(d);
    QVERIFY(!r);
    QVERIFY2(r.error().field.startsWith(QStringLiteral("workloads[1]")),
             qPrintable(r.error().field));
    second.ports = {WorkloadPort{9090, 80, QStringLiteral("tcp"), QString()}};
    d.workloads[1] = second;
    QVERIFY(validate(d));
    d.workloads[1].image.clear();
    r = validate(d);
    QVERIFY(!r);
    QCOMPARE(r.error().field, QStringLiteral("workloads[1].image"));
}

void TestWorkload::specHashStable()
{
    const WorkloadSpec a = fullSpec();
    WorkloadSpec b = fullSpec();
    // Same content built in another order: the same hash.
    b.env.clear();
    b.env.insert(QStringLiteral("A"), QStringLiteral("1"));
    b.env.insert(QStringLiteral("MODE"), QStringLiteral("prod"));
    QCOMPARE(specHash(a), specHash(b));
    QCOMPARE(specHash(a).size(), 64);
    QCOMPARE(specHash(a), specHash(a));
    // Through JSON and back: unchanged.
    auto back = WorkloadSpec::fromJson(a.toJson());
    QVERIFY(back);
    QCOMPARE(specHash(*back), specHash(a));
    // Any change changes it.
    b.command << QStringLiteral("-v");
    QVERIFY(specHash(a) != specHash(b));
    b = fullSpec();
    b.restart = RestartPolicy::Always;
    QVERIFY(specHash(a) != specHash(b));
    b = fullSpec();
    b.health.reset();
    QVERIFY(specHash(a) != specHash(b));
    // The hash of a known spec is fixed across machines and versions.
    WorkloadSpec fixed;
    fixed.name = QStringLiteral("a");
    fixed.image = QStringLiteral("busybox");
    const QString h = specHash(fixed);
    QCOMPARE(h, specHash(fixed));
    QVERIFY(h.contains(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$"))));
}

void TestWorkload::specJsonRoundTrip()
{
    const WorkloadSpec a = fullSpec();
    const QByteArray text = QJsonDocument(a.toJson()).toJson(QJsonDocument::Compact);
    auto back = WorkloadSpec::fromJson(QJsonDocument::fromJson(text).object());
    QVERIFY2(back, back ? "" : qPrintable(back.error().toString()));
    QVERIFY(*back == a);
    QVERIFY(back->health.has_value());
    QCOMPARE(back->ports.at(1).hostIp, QStringLiteral("127.0.0.1"));
    QCOMPARE(back->restart, RestartPolicy::OnFailure);
}

void TestWorkload::desiredStateJsonRoundTrip()
{
    DesiredState d;
    d.nodeId = QStringLiteral("n-1");
    d.generation = 42;
    d.workloads = {fullSpec()};
    auto back = DesiredState::fromJson(d.toJson());
    QVERIFY(back);
    QCOMPARE(back->nodeId, d.nodeId);
    QCOMPARE(back->generation, 42);
    QCOMPARE(back->workloads.size(), 1);
    QVERIFY(back->workloads.first() == d.workloads.first());
}

void TestWorkload::statusEventMetricJson()
{
    WorkloadStatus s;
    s.name = QStringLiteral("web-1");
    s.phase = WorkloadPhase::Restarting;
    s.containerId = QStringLiteral("abc123");
    s.specHash = specHash(fullSpec());
    s.health = QStringLiteral("unhealthy");
    s.restarts = 3;
    s.exitCode = 137;
    s.startedAtMs = 1000;
    s.message = QStringLiteral("killed");
    s.updatedAtMs = 2000;
    auto sb = WorkloadStatus::fromJson(s.toJson());
    QVERIFY(sb);
    QCOMPARE(sb->phase, WorkloadPhase::Restarting);
    QCOMPARE(sb->restarts, 3);
    QCOMPARE(sb->exitCode, 137);
    QCOMPARE(sb->specHash, s.specHash);
    QCOMPARE(sb->message, s.message);
    QCOMPARE(sb->updatedAtMs, 2000);

    NodeEvent e;
    e.nodeId = QStringLiteral("n-1");
    e.agentSeq = 9;
    e.atMs = 12345;
    e.severity = EventSeverity::Warning;
    e.type = QStringLiteral("workload.restarted");
    e.workload = QStringLiteral("web-1");
    e.message = QStringLiteral("restarted after exit 137");
    auto eb = NodeEvent::fromJson(e.toJson());
    QVERIFY(eb);
    QCOMPARE(eb->nodeId, e.nodeId);
    QCOMPARE(eb->agentSeq, 9);
    QCOMPARE(eb->severity, EventSeverity::Warning);
    QCOMPARE(eb->type, e.type);
    QCOMPARE(eb->workload, e.workload);
    // Without nodeId and agentSeq (what the agent sends): they stay empty.
    e.nodeId.clear();
    e.agentSeq = 0;
    QVERIFY(!e.toJson().contains(QStringLiteral("nodeId")));
    QCOMPARE(NodeEvent::fromJson(e.toJson())->agentSeq, 0);

    MetricSample m;
    m.atMs = 777;
    m.cpuPercent = 12.5;
    m.memoryTotalBytes = 1 << 30;
    m.memoryAvailableBytes = 1 << 29;
    m.diskTotalBytes = 100;
    m.diskFreeBytes = 40;
    m.netRxBytesPerSec = 1.5;
    m.netTxBytesPerSec = 2.5;
    m.load1 = 0.25;
    m.uptimeS = 3600;
    m.maxTemperatureC = 55.5;
    m.containers = QJsonObject{
        {QStringLiteral("web"), QJsonObject{{QStringLiteral("cpuPercent"), 1.0}}}};
    auto mb = MetricSample::fromJson(m.toJson());
    QVERIFY(mb);
    QCOMPARE(mb->atMs, 777);
    QCOMPARE(mb->cpuPercent, 12.5);
    QCOMPARE(mb->memoryAvailableBytes, m.memoryAvailableBytes);
    QCOMPARE(mb->maxTemperatureC, 55.5);
    QCOMPARE(mb->containers, m.containers);
    // Unknown values keep their markers.
    MetricSample unknown;
    unknown.atMs = 1;
    auto ub = MetricSample::fromJson(unknown.toJson());
    QVERIFY(ub);
    QCOMPARE(ub->cpuPercent, -1.0);
    QCOMPARE(ub->maxTemperatureC, -1000.0);
}

void TestWorkload::badJsonIsRefused()
{
    QJsonObject spec = fullSpec().toJson();
    spec.insert(QStringLiteral("restart"), QStringLiteral("sometimes"));
    auto r = WorkloadSpec::fromJson(spec);
    QVERIFY(!r);
    QCOMPARE(r.error().field, QStringLiteral("restart"));

    QJsonObject status = WorkloadStatus{}.toJson();
    status.insert(QStringLiteral("phase"), QStringLiteral("dancing"));
    QVERIFY(!WorkloadStatus::fromJson(status));

    QVERIFY(!NodeEvent::fromJson(QJsonObject{{QStringLiteral("atMs"), 1}})); // no type
    QVERIFY(!MetricSample::fromJson(QJsonObject{}));                         // no time

    DesiredState d;
    d.workloads = {fullSpec(), fullSpec()};
    QJsonObject dj = d.toJson();
    QJsonArray list = dj.value(QStringLiteral("workloads")).toArray();
    QJsonObject second = list.at(1).toObject();
    second.insert(QStringLiteral("restart"), QStringLiteral("sometimes"));
    list[1] = second;
    dj.insert(QStringLiteral("workloads"), list);
    auto dr = DesiredState::fromJson(dj);
    QVERIFY(!dr);
    QCOMPARE(dr.error().field, QStringLiteral("workloads[1].restart"));
}

void TestWorkload::names()
{
    for (auto p : {RestartPolicy::Always, RestartPolicy::OnFailure, RestartPolicy::Never})
        QCOMPARE(restartPolicyFromName(restartPolicyName(p)), p);
    QVERIFY(!restartPolicyFromName(QStringLiteral("nope")));
    for (auto p : {WorkloadPhase::Pending, WorkloadPhase::Pulling, WorkloadPhase::Creating,
                   WorkloadPhase::Running, WorkloadPhase::Restarting, WorkloadPhase::Exited,
                   WorkloadPhase::Failed, WorkloadPhase::Removed}) {
        QCOMPARE(workloadPhaseFromName(workloadPhaseName(p)), p);
        QVERIFY(!workloadPhaseLabel(p).isEmpty());
    }
    for (auto s : {NodeState::Online, NodeState::Stale, NodeState::Offline}) {
        QCOMPARE(nodeStateFromName(nodeStateName(s)), s);
        QVERIFY(!nodeStateLabel(s).isEmpty());
    }
    QCOMPARE(nodeStateName(NodeState::Stale), QStringLiteral("stale"));
    for (auto s : {EventSeverity::Info, EventSeverity::Warning, EventSeverity::Error})
        QCOMPARE(eventSeverityFromName(eventSeverityName(s)), s);
}

void TestWorkload::presence_data()
{
    QTest::addColumn<qint64>("silenceMs"); // -1: never seen
    QTest::addColumn<qint64>("intervalMs");
    QTest::addColumn<bool>("connected");
    QTest::addColumn<int>("expected");
    const int on = int(NodeState::Online), stale = int(NodeState::Stale),
              off = int(NodeState::Offline);
    // interval 10 s: online up to 22 s, stale up to 60 s, then offline.
    QTest::newRow("never seen") << qint64(-1) << qint64(10'000) << true << off;
    QTest::newRow("just now") << qint64(0) << qint64(10'000) << true << on;
    QTest::newRow("at the online limit") << qint64(22'000) << qint64(10'000) << true << on;
    QTest::newRow("just past it") << qint64(22'001) << qint64(10'000) << true << stale;
    QTest::newRow("at six intervals") << qint64(60'000) << qint64(10'000) << true << stale;
    QTest::newRow("past six intervals") << qint64(60'001) << qint64(10'000) << true << off;
    QTest::newRow("closed, recent") << qint64(1'000) << qint64(10'000) << false << off;
    QTest::newRow("closed, old") << qint64(30'000) << qint64(10'000) << false << off;
    // A short interval: six intervals come before two plus slack, so never stale.
    QTest::newRow("300 ms, 2.5 s") << qint64(2'500) << qint64(300) << true << on;
    QTest::newRow("300 ms, 2.7 s") << qint64(2'700) << qint64(300) << true << off;
    // 1 s: online to 4 s, stale to 6 s.
    QTest::newRow("1 s, 5 s") << qint64(5'000) << qint64(1'000) << true << stale;
    QTest::newRow("1 s, 6.5 s") << qint64(6'500) << qint64(1'000) << true << off;
    // Interval 0 means the default.
    QTest::newRow("interval 0") << qint64(21'000) << qint64(0) << true << on;
}

void TestWorkload::presence()
{
    QFETCH(qint64, silenceMs);
    QFETCH(qint64, intervalMs);
    QFETCH(bool, connected);
    QFETCH(int, expected);
    const qint64 now = 1'700'000'000'000;
    const qint64 lastSeen = silenceMs < 0 ? 0 : now - silenceMs;
    QCOMPARE(int(presenceAt(now, lastSeen, intervalMs, connected)), expected);
}

QTEST_APPLESS_MAIN(TestWorkload)
#include "tst_workload.moc"
