// The parts of the automatic checks that need no device: the guided watcher with a manual clock
// (met, limit passed, cancelled, failed reads), the record payloads against the contract's
// validation, server facts parsing and the runner's refusals.

#include "backend/commissioning/checks/checks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace edge;
using namespace edge::commissioning;

namespace {

api::Result<void> validPayload(const CheckRecord &r, const QString &itemId = QStringLiteral("i"))
{
    api::CommissioningRecord record;
    record.runId = QStringLiteral("run-1");
    record.name = QStringLiteral("%1 %2 1").arg(itemId, api::recordKindName(r.kind));
    record.itemId = r.kind == api::RecordKind::BurnIn ? QString() : itemId;
    record.kind = r.kind;
    record.takenAtMs = r.takenAtMs;
    record.payload = r.payloadJson();
    return api::validate(record);
}

// The hub's node operations as the console sees them: just the presence list (agent-online only
// reads nodeStatus()).
class NodeList final : public api::Nodes {
public:
    QList<api::NodeStatus> statuses;
    api::Result<QList<api::NodeStatus>> nodeStatus(const QString &) override { return statuses; }
    api::Result<api::DesiredState> desiredState(const QString &) override
    {
        return api::fail(api::Code::Internal, QStringLiteral("not used"));
    }
    api::Result<api::DesiredState> setDesiredState(const QString &,
                                                   const QList<api::WorkloadSpec> &,
                                                   qint64) override
    {
        return api::fail(api::Code::Internal, QStringLiteral("not used"));
    }
    api::Result<QList<api::MetricSample>> metrics(const api::MetricsQuery &) override
    {
        return QList<api::MetricSample>{};
    }
    api::Result<QList<api::NodeEvent>> events(const QString &, qint64, int) override
    {
        return QList<api::NodeEvent>{};
    }
};

} // namespace

class TestChecks : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void watcherMeetsPredicate()
    {
        api::ManualClock clock(1'000'000);
        const WatchContext ctx{clock, [&](qint64 ms) { clock.advance(ms); }, nullptr};
        int reads = 0;
        QList<GuidedSample> samples;
        const auto read = [&] {
            GuidedSample s;
            s.value = ++reads >= 4 ? 5 : 3; // the fourth read sees the change
            s.raw = QString::number(int(s.value));
            s.state = s.value == 5 ? QStringLiteral("battery") : QStringLiteral("normal");
            clock.advance(20); // a read takes time
            return s;
        };
        const auto met = watchFor(
            ctx, read, [](const GuidedSample &s) { return s.value == 5; }, clock.nowMs(), 3000, 500,
            samples);
        QVERIFY(met.has_value());
        QCOMPARE(samples.size(), 4);
        // Polls every 500 ms from the start of each read; each sample stamped after its read.
        QCOMPARE(samples.at(0).t, 1'000'020);
        QCOMPARE(samples.at(1).t, 1'000'520);
        QCOMPARE(*met, 1'001'520);
        QCOMPARE(samples.last().state, QStringLiteral("battery"));
        QCOMPARE(samples.first().raw, QStringLiteral("3"));
    }

    void watcherGivesUpAtTheLimit()
    {
        api::ManualClock clock(0);
        const WatchContext ctx{clock, [&](qint64 ms) { clock.advance(ms); }, nullptr};
        QList<GuidedSample> samples;
        const auto met = watchFor(
            ctx,
            [] {
                return GuidedSample{0, 3, QStringLiteral("3"), QStringLiteral("normal")};
            },
            [](const GuidedSample &s) { return s.value == 5; }, 0, 3000, 500, samples);
        QVERIFY(!met.has_value());
        // 0, 500, ..., 3000: the last poll is at the limit, never after it.
        QCOMPARE(samples.size(), 7);
        QCOMPARE(samples.last().t, 3000);
        for (const GuidedSample &s : std::as_const(samples))
            QVERIFY(s.t <= 3000);
    }

    void watcherRecordsFailedReads()
    {
        api::ManualClock clock(0);
        const WatchContext ctx{clock, [&](qint64 ms) { clock.advance(ms); }, nullptr};
        QList<GuidedSample> samples;
        int reads = 0;
        const auto met = watchFor(
            ctx,
            [&] {
                GuidedSample s;
                s.ok = ++reads > 2;
                s.value = 5; // a failed read never counts, whatever its value
                s.state = s.ok ? QStringLiteral("battery") : QStringLiteral("timeout");
                return s;
            },
            [](const GuidedSample &s) { return s.value == 5; }, 0, 3000, 1000, samples);
        QCOMPARE(met, std::optional<qint64>(2000));
        QCOMPARE(samples.size(), 3);
        QVERIFY(!samples.at(0).ok);
        QCOMPARE(samples.at(1).state, QStringLiteral("timeout"));
    }

    void watcherStopsOnCancel()
    {
        api::ManualClock clock(0);
        std::atomic_bool cancel{false};
        int sleeps = 0;
        const WatchContext ctx{clock,
                               [&](qint64 ms) {
                                   clock.advance(ms);
                                   if (++sleeps == 2)
                                       cancel = true;
                               },
                               &cancel};
        QList<GuidedSample> samples;
        const auto met = watchFor(
            ctx, [] { return GuidedSample{}; }, [](const GuidedSample &) { return false; }, 0,
            60000, 100, samples);
        QVERIFY(!met.has_value());
        QCOMPARE(samples.size(), 2);
        QVERIFY(ctx.cancelled());
    }

    void guidedRecordsValidate()
    {
        CheckOutcome o;
        o.check = QStringLiteral("ups.mains-loss");
        o.passed = true;
        o.summary = QStringLiteral("ok");
        o.value = 1.5;
        o.unit = QStringLiteral("s");
        o.finishedMs = 5000;
        GuidedTrace g;
        g.expect = QStringLiteral("battery");
        g.limitMs = 3000;
        g.startedMs = 1000;
        g.changedMs = 2500;
        g.returnedMs = 3500;
        g.samples = {{1000, 3, QStringLiteral("3"), QStringLiteral("normal"), true},
                     {2500, 5, QStringLiteral("5"), QStringLiteral("battery"), true},
                     {3000, 0, QString(), QStringLiteral("timeout"), false}};
        o.guided = g;
        const QList<CheckRecord> records = recordsFor(o);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).kind, api::RecordKind::Guided);
        QCOMPARE(records.at(1).kind, api::RecordKind::Result);
        for (const CheckRecord &r : records) {
            const auto ok = validPayload(r);
            QVERIFY2(ok.has_value(), ok ? "" : qPrintable(ok.error().message));
        }
        const QJsonObject p = records.at(0).payload;
        QCOMPARE(p.value(QStringLiteral("changed_ms")).toDouble(), 2500.0);
        QCOMPARE(p.value(QStringLiteral("limit_ms")).toDouble(), 3000.0);
        QCOMPARE(p.value(QStringLiteral("outcome")).toString(), QStringLiteral("pass"));
        const QJsonArray samples = p.value(QStringLiteral("samples")).toArray();
        QCOMPARE(samples.size(), 3);
        QCOMPARE(samples.at(1)[QStringLiteral("state")].toString(), QStringLiteral("battery"));
        QVERIFY(samples.at(2)[QStringLiteral("value")].isNull());
        const QJsonObject result = records.at(1).payload;
        QCOMPARE(result.value(QStringLiteral("automatic")).toBool(), true);
        QCOMPARE(result.value(QStringLiteral("value")).toDouble(), 1.5);

        // Not changed: changed_ms is null and the result fails.
        o.passed = false;
        o.guided->changedMs.reset();
        const QList<CheckRecord> failed = recordsFor(o);
        QVERIFY(failed.at(0).payload.value(QStringLiteral("changed_ms")).isNull());
        QCOMPARE(failed.at(1).payload.value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("fail"));
        // Cancelled: trace kept, no result.
        o.cancelled = true;
        const QList<CheckRecord> cancelled = recordsFor(o);
        QCOMPARE(cancelled.size(), 1);
        QCOMPARE(cancelled.at(0).kind, api::RecordKind::Guided);
    }

    void readingAndBurnInRecords()
    {
        CheckOutcome o;
        o.check = QStringLiteral("burn-in");
        o.passed = true;
        o.summary = QStringLiteral("ok");
        o.finishedMs = 10000;
        devices::SensorReading r;
        r.quantity = QStringLiteral("ups.output.load");
        r.label = QStringLiteral("upsOutputPercentLoad.1");
        r.value = 33;
        r.unit = QStringLiteral("%");
        r.raw = QStringLiteral("33");
        r.source = QStringLiteral("snmp://127.0.0.1:161 1.3.6.1.2.1.33.1.4.4.1.5.1");
        r.timestampMs = 900;
        o.readings.append(r);
        o.problems.append(QStringLiteral("one problem"));
        for (int i = 0; i < 25; ++i) {
            o.burnIn[QStringLiteral("temperature inlet")].unit = QStringLiteral("°C");
            o.burnIn[QStringLiteral("temperature inlet")].points.append({i * 200, 20.0 + i});
        }
        const QList<CheckRecord> records = recordsFor(o, 1000);
        // reading, 5 chunks of 1 s (25 samples at 200 ms), result.
        QCOMPARE(records.size(), 7);
        QCOMPARE(records.first().kind, api::RecordKind::Reading);
        QCOMPARE(records.last().kind, api::RecordKind::Result);
        int points = 0;
        for (const CheckRecord &c : records) {
            const auto ok = validPayload(c);
            QVERIFY2(ok.has_value(), ok ? "" : qPrintable(ok.error().message));
            if (c.kind == api::RecordKind::BurnIn) {
                const QJsonObject s =
                    c.payload[QStringLiteral("series")][QStringLiteral("temperature inlet")]
                        .toObject();
                QCOMPARE(s.value(QStringLiteral("unit")).toString(), QStringLiteral("°C"));
                const QJsonArray pts = s.value(QStringLiteral("points")).toArray();
                QCOMPARE(pts.size(), 5);
                points += pts.size();
                QCOMPARE(qint64(pts.first()[0].toDouble()), c.takenAtMs);
            }
        }
        QCOMPARE(points, 25);
        const QJsonObject reading = records.first().payload;
        const QJsonObject first = reading[QStringLiteral("readings")][0].toObject();
        QCOMPARE(first.value(QStringLiteral("timestamp_ms")).toDouble(), 900.0);
        QCOMPARE(first.value(QStringLiteral("raw")).toString(), QStringLiteral("33"));
        QCOMPARE(reading[QStringLiteral("problems")][0].toString(), QStringLiteral("one problem"));
    }

    void serverFacts()
    {
        const QByteArray out = "cpu_model=Intel(R) Xeon(R) Silver 4210R CPU @ 2.40GHz\n"
                               "cpu_cores=20\n"
                               "mem_kb=65755064\n"
                               "disk=sda 480103981056\n"
                               "disk=nvme0n1 1920383410176\n"
                               "os=Debian GNU/Linux 12 (bookworm)\n"
                               "arch=x86_64\n"
                               "serial=\n"
                               "garbage line\n"
                               "cpu_cores=many\n";
        const QJsonObject f = parseServerFacts(out);
        QCOMPARE(f.value(QStringLiteral("cpu_model")).toString(),
                 QStringLiteral("Intel(R) Xeon(R) Silver 4210R CPU @ 2.40GHz"));
        QCOMPARE(f.value(QStringLiteral("cpu_cores")).toInt(), 20);
        QCOMPARE(qint64(f.value(QStringLiteral("memory_mb")).toDouble()), 64213);
        QCOMPARE(f.value(QStringLiteral("disks")).toArray().size(), 2);
        QCOMPARE(qint64(f.value(QStringLiteral("disk_gb")).toDouble()), 2400);
        QCOMPARE(f.value(QStringLiteral("os")).toString(),
                 QStringLiteral("Debian GNU/Linux 12 (bookworm)"));
        QVERIFY(!f.contains(QStringLiteral("serial"))); // empty: not readable
        QVERIFY(parseServerFacts(QByteArray("\xff\xfe=\n=x\n", 6)).isEmpty());
    }

    void runnerRefusals()
    {
        api::ManualClock clock;
        CheckRunner runner(clock, [&](qint64 ms) { clock.advance(ms); });
        CheckTarget target;
        target.name = QStringLiteral("UPS 1");
        auto unknown = runner.run(QStringLiteral("ups.nothing"), target, {});
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, api::Code::Validation);
        QVERIFY(unknown.error().message.contains(QStringLiteral("ups.mains-loss")));
        auto noSnmp = runner.run(QStringLiteral("ups.status"), target, {});
        QVERIFY(!noSnmp);
        QCOMPARE(noSnmp.error().field, QStringLiteral("snmp"));
        auto noHub = runner.run(QStringLiteral("server.agent-online"), target, {});
        QVERIFY(!noHub);
        QCOMPARE(noHub.error().code, api::Code::FailedPrecondition);
        auto noModbus = runner.run(QStringLiteral("modbus.door-change"), target, {});
        QVERIFY(!noModbus);
        QCOMPARE(noModbus.error().field, QStringLiteral("modbus"));
        QCOMPARE(CheckRunner::checkIds().size(), 13);
        QVERIFY(CheckRunner::isGuided(QStringLiteral("modbus.smoke-change")));
        QVERIFY(!CheckRunner::isGuided(QStringLiteral("burn-in")));
    }

    void agentOnline()
    {
        api::ManualClock clock;
        CheckRunner runner(clock, [&](qint64 ms) { clock.advance(ms); });
        NodeList hub;
        api::NodeStatus status;
        status.nodeId = QStringLiteral("n1");
        status.nodeName = QStringLiteral("edge-01");
        status.state = api::NodeState::Online;
        status.agentVersion = QStringLiteral("1.4.0");
        hub.statuses = {status};
        api::Node node;
        node.id = QStringLiteral("n1");
        node.name = QStringLiteral("edge-01");
        auto target = CheckTarget::fromNode(node, SshTarget{}, &hub);
        QVERIFY(target.has_value());
        QVERIFY(!target->ssh.has_value()); // no management address
        auto online = runner.run(QStringLiteral("server.agent-online"), *target, {});
        QVERIFY(online.has_value());
        QVERIFY(online->passed);
        QCOMPARE(online->readings.first().raw, QStringLiteral("online"));
        hub.statuses.first().state = api::NodeState::Stale;
        auto stale = runner.run(QStringLiteral("server.agent-online"), *target, {});
        QVERIFY(stale.has_value());
        QVERIFY(!stale->passed);
        QCOMPARE(stale->readings.first().raw, QStringLiteral("stale"));
        hub.statuses.clear();
        auto unknown = runner.run(QStringLiteral("server.agent-online"), *target, {});
        QVERIFY(unknown.has_value());
        QVERIFY(!unknown->passed);
        QVERIFY(unknown->readings.isEmpty());
        auto noSsh = runner.run(QStringLiteral("server.ssh-login"), *target, {});
        QVERIFY(!noSsh);
        QCOMPARE(noSsh.error().field, QStringLiteral("managementAddress"));
    }

    void serverChecksCoverEveryServer()
    {
        api::ManualClock clock;
        CheckRunner runner(clock, [&](qint64 ms) { clock.advance(ms); });
        NodeList hub;
        QList<CheckTarget> targets;
        for (const char *name : {"edge-01", "edge-02", "edge-03"}) {
            api::NodeStatus status;
            status.nodeId = QString::fromLatin1(name);
            status.nodeName = QString::fromLatin1(name);
            status.state = api::NodeState::Online;
            hub.statuses.append(status);
            api::Node node;
            node.id = status.nodeId;
            node.name = status.nodeName;
            targets.append(*CheckTarget::fromNode(node, SshTarget{}, &hub));
        }
        auto all = runner.runOnEach(QStringLiteral("server.agent-online"), targets, {});
        QVERIFY(all.has_value());
        QVERIFY(all->passed);
        QCOMPARE(all->readings.size(), 3);
        hub.statuses[1].state = api::NodeState::Stale;
        auto one = runner.runOnEach(QStringLiteral("server.agent-online"), targets, {});
        QVERIFY(one.has_value());
        QVERIFY(!one->passed); // one server down fails the item, whatever the order
        QVERIFY2(one->summary.contains(QStringLiteral("edge-02"))
                     && !one->summary.contains(QStringLiteral("edge-01")),
                 qPrintable(one->summary));
        QVERIFY(!one->problems.isEmpty());
        QVERIFY(one->problems.first().startsWith(QStringLiteral("edge-02: ")));
        const auto records = recordsFor(*one);
        QCOMPARE(records.last().payload.value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("fail"));
        auto none = runner.runOnEach(QStringLiteral("server.agent-online"), {}, {});
        QVERIFY(!none);
        QCOMPARE(none.error().code, api::Code::FailedPrecondition);
    }

    void targetFromDevice()
    {
        api::Device ups;
        ups.name = QStringLiteral("UPS");
        ups.protocol = api::DeviceProtocol::Snmp;
        ups.address = QStringLiteral("10.0.0.5:1161");
        auto t = CheckTarget::fromDevice(ups,
                                         {{QStringLiteral("community"), QStringLiteral("c1")}});
        QVERIFY2(t.has_value(), t ? "" : qPrintable(t.error().message));
        QVERIFY(t->snmp.has_value());
        QCOMPARE(t->snmp->host, QStringLiteral("10.0.0.5"));
        QCOMPARE(t->snmp->port, 1161);
        QCOMPARE(t->snmp->community, QStringLiteral("c1"));
        ups.address = QStringLiteral("10.0.0.5:99999");
        auto bad = CheckTarget::fromDevice(ups, {});
        QVERIFY(!bad);
        QCOMPARE(bad.error().field, QStringLiteral("address"));

        api::Device env;
        env.name = QStringLiteral("Gateway");
        env.protocol = api::DeviceProtocol::ModbusTcp;
        env.address = QStringLiteral("127.0.0.1");
        auto m = CheckTarget::fromDevice(env,
                                         {{QStringLiteral("unit_id"), 7},
                                          {QStringLiteral("preset"), QStringLiteral("xy-md02")}});
        QVERIFY2(m.has_value(), m ? "" : qPrintable(m.error().message));
        QCOMPARE(m->modbus->port, 502);
        QCOMPARE(m->modbus->unitId, 7);
        QVERIFY(!m->registerMap.entries.isEmpty());
        auto noPreset = CheckTarget::fromDevice(env, {{QStringLiteral("preset"),
                                                       QStringLiteral("no-such")}});
        QVERIFY(!noPreset);
        QCOMPARE(noPreset.error().field, QStringLiteral("preset"));
        auto badUnit = CheckTarget::fromDevice(env, {{QStringLiteral("unit_id"), 300}});
        QVERIFY(!badUnit);
        QCOMPARE(badUnit.error().field, QStringLiteral("unit_id"));
    }
};

QTEST_GUILESS_MAIN(TestChecks)
#include "tst_checks.moc"
