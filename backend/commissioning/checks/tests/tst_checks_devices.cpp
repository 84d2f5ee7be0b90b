// The automatic checks against real peers on loopback: a net-snmp snmpd serving UPS-MIB,
// ENTITY-SENSOR-MIB and IF-MIB from values the test changes while the check runs
// (tests/support/snmpdpeer.h), and a pymodbus server whose door, leak and smoke registers the test
// flips during the watch (tests/support/modbuspeer.h). The check runs on a worker thread; the test
// thread changes the peer once the check reports that it is watching.

#include "backend/commissioning/checks/checks.h"
#include "support/modbuspeer.h"
#include "support/snmpdpeer.h"
#include "support/sshdpeer.h"

#include <QJsonArray>
#include <QTest>

#include <functional>
#include <thread>

using namespace edge;
using namespace edge::commissioning;
using edge::testsupport::ModbusPeer;
using edge::testsupport::SnmpdPeer;
using edge::testsupport::SshdPeer;

namespace {

const QString kOutputSource = QStringLiteral("1.3.6.1.2.1.33.1.4.1.0");
const QString kInputVoltage = QStringLiteral("1.3.6.1.2.1.33.1.3.3.1.3.1");
constexpr int kGatewayUnit = 5;
constexpr int kDoor = 10;
constexpr int kLeak = 11;
constexpr int kSmoke = 12;

// Runs a check on a worker thread with the system clock and real sleeps. `onPhase` runs on the
// test thread when the check reports a new phase (0: watching, 1: the second watch of
// ups.mains-loss), so the test changes the peer while the check polls it.
api::Result<CheckOutcome> runCheck(const QString &check, const CheckTarget &target,
                                   const QJsonObject &params,
                                   const std::function<void(int)> &onPhase = {},
                                   std::atomic_bool *cancel = nullptr)
{
    api::SystemClock clock;
    std::atomic<int> phase{-1};
    std::atomic_bool done{false};
    std::optional<api::Result<CheckOutcome>> result;
    CheckRunner runner(clock, {}, cancel, [&](const CheckProgress &p) {
        if (check != QLatin1String("burn-in"))
            phase = p.fraction >= 0.5 ? 1 : 0;
        else if (p.fraction > 0)
            phase = 0;
    });
    std::thread worker([&] {
        result = runner.run(check, target, params);
        done = true;
    });
    int handled = -1;
    QDeadlineTimer deadline(120000);
    while (!done && !deadline.hasExpired()) {
        const int p = phase;
        if (p > handled) {
            handled = p;
            if (onPhase)
                onPhase(p);
        }
        QTest::qWait(10);
    }
    if (!done && cancel)
        *cancel = true;
    worker.join();
    return *result;
}

QString explain(const api::Result<CheckOutcome> &r)
{
    if (!r)
        return r.error().toString();
    return r->summary + QStringLiteral(" | ") + r->problems.join(QStringLiteral(" | "));
}

// The reference values without their upsAlarmTempBad alarm.
QJsonObject valuesWithoutAlarm()
{
    QJsonObject values = SnmpdPeer::withIfMib(SnmpdPeer::defaultValues());
    values.remove(QStringLiteral("1.3.6.1.2.1.33.1.6.2.1.2.1"));
    values.remove(QStringLiteral("1.3.6.1.2.1.33.1.6.2.1.3.1"));
    values.insert(QStringLiteral("1.3.6.1.2.1.33.1.6.1.0"), QJsonArray{QStringLiteral("gauge"), 0});
    return values;
}

bool hasSample(const GuidedTrace &trace, const QString &state)
{
    return std::any_of(trace.samples.cbegin(), trace.samples.cend(),
                       [&](const GuidedSample &s) { return s.state == state; });
}

void checkRecordsValidate(const CheckOutcome &o, qint64 chunkMs = 60000)
{
    const QList<CheckRecord> records = recordsFor(o, chunkMs);
    QVERIFY(!records.isEmpty());
    int n = 0;
    for (const CheckRecord &r : records) {
        api::CommissioningRecord record;
        record.runId = QStringLiteral("run");
        record.name = QStringLiteral("item %1").arg(++n);
        record.itemId = r.kind == api::RecordKind::BurnIn ? QString() : QStringLiteral("item");
        record.kind = r.kind;
        record.payload = r.payloadJson();
        const auto ok = api::validate(record);
        QVERIFY2(ok.has_value(), ok ? "" : qPrintable(ok.error().message));
    }
}

} // namespace

class TestChecksDevices : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (!SnmpdPeer::available())
            QSKIP(SnmpdPeer::skipReason());
        QVERIFY(m_snmpd.setValues(SnmpdPeer::withIfMib(SnmpdPeer::defaultValues())));
        QVERIFY2(m_snmpd.start(), qPrintable(m_snmpd.error()));
        api::Device ups;
        ups.name = QStringLiteral("UPS 1");
        ups.kind = api::DeviceKind::Ups;
        ups.protocol = api::DeviceProtocol::Snmp;
        ups.address = QStringLiteral("127.0.0.1:%1").arg(m_snmpd.port());
        auto target = CheckTarget::fromDevice(ups,
                                              {{QStringLiteral("community"), m_snmpd.community()}});
        QVERIFY2(target.has_value(), target ? "" : qPrintable(target.error().message));
        m_ups = *target;
    }

    void init()
    {
        if (m_snmpd.running())
            QVERIFY(m_snmpd.setValues(SnmpdPeer::withIfMib(SnmpdPeer::defaultValues())));
    }

    void upsStatus()
    {
        // The reference values carry an upsAlarmTempBad alarm: not acceptable.
        auto withAlarm = runCheck(QStringLiteral("ups.status"), m_ups, {});
        QVERIFY2(withAlarm.has_value(), qPrintable(explain(withAlarm)));
        QVERIFY(!withAlarm->passed);
        QVERIFY2(withAlarm->summary.contains(QStringLiteral("upsAlarmTempBad")),
                 qPrintable(withAlarm->summary));
        QJsonObject values = valuesWithoutAlarm();
        QVERIFY(m_snmpd.setValues(values));
        auto ok = runCheck(QStringLiteral("ups.status"), m_ups, {});
        QVERIFY2(ok.has_value() && ok->passed, qPrintable(explain(ok)));
        QCOMPARE(ok->value, std::optional<double>(100));
        QVERIFY(ok->readings.size() > 20);
        checkRecordsValidate(*ok);
        // On battery: fails and says so.
        values.insert(kOutputSource, QJsonArray{QStringLiteral("integer"), 5});
        QVERIFY(m_snmpd.setValues(values));
        auto battery = runCheck(QStringLiteral("ups.status"), m_ups, {});
        QVERIFY(battery.has_value());
        QVERIFY(!battery->passed);
        QVERIFY2(battery->summary.contains(QStringLiteral("battery (5)")),
                 qPrintable(battery->summary));
    }

    void upsInput()
    {
        auto ok = runCheck(QStringLiteral("ups.input"), m_ups, {});
        QVERIFY2(ok.has_value() && ok->passed, qPrintable(explain(ok)));
        QCOMPARE(ok->value, std::optional<double>(221));
        const devices::SensorReading *frequency = nullptr;
        for (const devices::SensorReading &r : std::as_const(ok->readings)) {
            if (r.quantity == QLatin1String("ups.input.frequency"))
                frequency = &r;
        }
        QVERIFY(frequency);
        QCOMPARE(frequency->value, 50.0);
        QCOMPARE(frequency->raw, QStringLiteral("500"));

        QVERIFY(m_snmpd.setValue(kInputVoltage, QStringLiteral("integer"), 260));
        auto high = runCheck(QStringLiteral("ups.input"), m_ups, {});
        QVERIFY(high.has_value());
        QVERIFY(!high->passed);
        QVERIFY2(high->summary.contains(QStringLiteral("260 V")), qPrintable(high->summary));
        checkRecordsValidate(*high);
        // The template's range decides: 260 V passes a 180..264 V range.
        auto wide = runCheck(QStringLiteral("ups.input"), m_ups,
                             {{QStringLiteral("max_voltage"), 264},
                              {QStringLiteral("min_voltage"), 180}});
        QVERIFY2(wide.has_value() && wide->passed, qPrintable(explain(wide)));
        auto badParam = runCheck(QStringLiteral("ups.input"), m_ups,
                                 {{QStringLiteral("max_voltage"), QStringLiteral("high")}});
        QVERIFY(!badParam);
        QCOMPARE(badParam.error().field, QStringLiteral("max_voltage"));
    }

    void mainsLossAndReturn()
    {
        SnmpdPeer &snmpd = m_snmpd;
        auto out = runCheck(QStringLiteral("ups.mains-loss"), m_ups,
                            {{QStringLiteral("limit_ms"), 4000},
                             {QStringLiteral("return_limit_ms"), 4000},
                             {QStringLiteral("interval_ms"), 100}},
                            [&](int phase) {
                                QTest::qWait(phase == 0 ? 600 : 300);
                                QVERIFY(snmpd.setValue(kOutputSource, QStringLiteral("integer"),
                                                       phase == 0 ? 5 : 3));
                            });
        QVERIFY2(out.has_value() && out->passed, qPrintable(explain(out)));
        QVERIFY(out->guided.has_value());
        const GuidedTrace &g = *out->guided;
        QVERIFY(g.changedMs.has_value());
        QVERIFY(g.returnedMs.has_value());
        QVERIFY(*g.changedMs >= g.startedMs);
        QVERIFY(*g.returnedMs >= *g.changedMs);
        QVERIFY(hasSample(g, QStringLiteral("battery")));
        QCOMPARE(g.samples.last().state, QStringLiteral("normal"));
        QCOMPARE(g.samples.last().raw, QStringLiteral("3"));
        QCOMPARE(g.limitMs, 4000);
        for (qsizetype i = 1; i < g.samples.size(); ++i)
            QVERIFY(g.samples.at(i).t >= g.samples.at(i - 1).t);
        checkRecordsValidate(*out);
    }

    void mainsLossWithoutChangeFails()
    {
        auto out = runCheck(QStringLiteral("ups.mains-loss"), m_ups,
                            {{QStringLiteral("limit_ms"), 3000},
                             {QStringLiteral("interval_ms"), 200}});
        QVERIFY2(out.has_value(), qPrintable(explain(out)));
        QVERIFY(!out->passed);
        QVERIFY(!out->cancelled);
        const GuidedTrace &g = *out->guided;
        QVERIFY(!g.changedMs.has_value());
        QVERIFY(!g.returnedMs.has_value());
        QVERIFY2(g.samples.size() >= 2, qPrintable(QString::number(g.samples.size())));
        for (const GuidedSample &s : g.samples)
            QCOMPARE(s.state, QStringLiteral("normal"));
        QVERIFY(g.samples.last().t >= g.startedMs + 3000); // watched until the limit
        const QList<CheckRecord> records = recordsFor(*out);
        QCOMPARE(records.first().kind, api::RecordKind::Guided);
        QVERIFY(records.first().payload.value(QStringLiteral("changed_ms")).isNull());
        QCOMPARE(records.last().payload.value(QStringLiteral("outcome")).toString(),
                 QStringLiteral("fail"));
    }

    void mainsLossWithoutReturnFails()
    {
        SnmpdPeer &snmpd = m_snmpd;
        auto out = runCheck(QStringLiteral("ups.mains-loss"), m_ups,
                            {{QStringLiteral("limit_ms"), 4000},
                             {QStringLiteral("return_limit_ms"), 1500},
                             {QStringLiteral("interval_ms"), 100}},
                            [&](int phase) {
                                if (phase == 0)
                                    QVERIFY(snmpd.setValue(kOutputSource, QStringLiteral("integer"),
                                                           5));
                            });
        QVERIFY(out.has_value());
        QVERIFY(!out->passed);
        QVERIFY(out->guided->changedMs.has_value());
        QVERIFY(!out->guided->returnedMs.has_value());
        QVERIFY2(out->summary.contains(QStringLiteral("did not report normal")),
                 qPrintable(out->summary));
    }

    void mainsLossCancelled()
    {
        std::atomic_bool cancel{false};
        auto out = runCheck(
            QStringLiteral("ups.mains-loss"), m_ups,
            {{QStringLiteral("limit_ms"), 60000}, {QStringLiteral("interval_ms"), 100}},
            [&](int) {
                QTest::qWait(300);
                cancel = true;
            },
            &cancel);
        QVERIFY(out.has_value());
        QVERIFY(out->cancelled);
        QVERIFY(!out->passed);
        QVERIFY(!out->guided->changedMs.has_value());
        QVERIFY(!out->guided->samples.isEmpty());
        const QList<CheckRecord> records = recordsFor(*out);
        QCOMPARE(records.size(), 1); // the trace, no result
        QCOMPARE(records.first().kind, api::RecordKind::Guided);
        QCOMPARE(records.first().payload.value(QStringLiteral("cancelled")).toBool(), true);
    }

    void temperatures()
    {
        auto out = runCheck(QStringLiteral("snmp.temperatures"), m_ups, {});
        QVERIFY2(out.has_value() && out->passed, qPrintable(explain(out)));
        QCOMPARE(out->readings.size(), 3); // sensors 1, 3 and 5 are celsius
        QCOMPARE(out->readings.at(0).value, 23.5);
        QCOMPARE(out->readings.at(0).label, QStringLiteral("Cabinet inlet temperature"));
        QCOMPARE(out->value, std::optional<double>(31.25));
        auto hot = runCheck(QStringLiteral("snmp.temperatures"), m_ups,
                            {{QStringLiteral("max"), 30}});
        QVERIFY(hot.has_value());
        QVERIFY(!hot->passed);
        QVERIFY2(hot->summary.contains(QStringLiteral("31.25")), qPrintable(hot->summary));
    }

    void ifLinks()
    {
        auto ok = runCheck(QStringLiteral("snmp.if-links"), m_ups,
                           {{QStringLiteral("ports"), QJsonArray{1, 2, QStringLiteral("ge-0/3")}}});
        QVERIFY2(ok.has_value() && ok->passed, qPrintable(explain(ok)));
        QCOMPARE(ok->value, std::optional<double>(3));
        QVERIFY2(ok->summary.contains(QStringLiteral("ge-0/1, ge-0/2, ge-0/3")),
                 qPrintable(ok->summary));
        checkRecordsValidate(*ok);

        auto down = runCheck(QStringLiteral("snmp.if-links"), m_ups,
                             {{QStringLiteral("ports"), QJsonArray{1, 4}}});
        QVERIFY(down.has_value());
        QVERIFY(!down->passed);
        QVERIFY2(down->summary.contains(QStringLiteral("ge-0/4 is down")),
                 qPrintable(down->summary));
        // Without a list every enabled port counts; port 4 is enabled and down.
        auto all = runCheck(QStringLiteral("snmp.if-links"), m_ups, {});
        QVERIFY(all.has_value());
        QVERIFY(!all->passed);
        auto missing = runCheck(QStringLiteral("snmp.if-links"), m_ups,
                                {{QStringLiteral("ports"), QJsonArray{QStringLiteral("ge-0/9")}}});
        QVERIFY(missing.has_value());
        QVERIFY(!missing->passed);
        QVERIFY2(missing->summary.contains(QStringLiteral("ge-0/9 does not exist")),
                 qPrintable(missing->summary));

        // The cable is plugged in: port 4 comes up and every enabled port is up.
        QVERIFY(m_snmpd.setValue(QStringLiteral("1.3.6.1.2.1.2.2.1.8.4"), QStringLiteral("integer"),
                                 1));
        auto up = runCheck(QStringLiteral("snmp.if-links"), m_ups, {});
        QVERIFY2(up.has_value() && up->passed, qPrintable(explain(up)));
        QCOMPARE(up->value, std::optional<double>(4));
    }

    void burnIn()
    {
        QVERIFY(m_snmpd.setValues(valuesWithoutAlarm()));
        auto out = runCheck(QStringLiteral("burn-in"), m_ups,
                            {{QStringLiteral("period_s"), 3}, {QStringLiteral("interval_s"), 0.2}});
        QVERIFY2(out.has_value() && out->passed, qPrintable(explain(out)));
        QCOMPARE(out->burnInRounds, 15);
        const QString load = QStringLiteral("ups.output.load upsOutputPercentLoad.1");
        QVERIFY2(out->burnIn.contains(load), qPrintable(out->burnIn.keys().join(u',')));
        QCOMPARE(out->burnIn.value(load).points.size(), 15);
        QCOMPARE(out->burnIn.value(load).points.first().second, 33.0);
        QCOMPARE(out->burnIn.value(load).unit, QStringLiteral("%"));
        const QString inlet = QStringLiteral("temperature Cabinet inlet temperature");
        QVERIFY(out->burnIn.contains(inlet));
        QCOMPARE(out->burnIn.value(inlet).points.size(), 15);
        QCOMPARE(out->burnIn.size(), 4); // the load and three temperatures
        checkRecordsValidate(*out, 1000);
        int chunkPoints = 0;
        for (const CheckRecord &r : recordsFor(*out, 1000)) {
            if (r.kind == api::RecordKind::BurnIn)
                chunkPoints += r.payload[QStringLiteral("series")][load][QStringLiteral("points")]
                                   .toArray()
                                   .size();
        }
        QCOMPARE(chunkPoints, 15);
    }

    void burnInWithAlarmFails()
    {
        // The reference values carry upsAlarmTempBad: "no alarm may occur" during burn-in.
        auto out = runCheck(QStringLiteral("burn-in"), m_ups,
                            {{QStringLiteral("period_s"), 1}, {QStringLiteral("interval_s"), 0.25}});
        QVERIFY(out.has_value());
        QCOMPARE(out->burnInRounds, 4);
        QVERIFY(!out->passed);
        QVERIFY2(out->summary.contains(QStringLiteral("upsAlarmTempBad")), qPrintable(out->summary));
        auto ignored = runCheck(QStringLiteral("burn-in"), m_ups,
                                {{QStringLiteral("period_s"), 1},
                                 {QStringLiteral("interval_s"), 0.25},
                                 {QStringLiteral("ignore_alarms"), true}});
        QVERIFY2(ignored.has_value() && ignored->passed, qPrintable(explain(ignored)));
    }

    void burnInCancelled()
    {
        std::atomic_bool cancel{false};
        auto out = runCheck(
            QStringLiteral("burn-in"), m_ups,
            {{QStringLiteral("period_s"), 600}, {QStringLiteral("interval_s"), 0.2}},
            [&](int) { cancel = true; }, &cancel);
        QVERIFY(out.has_value());
        QVERIFY(out->cancelled);
        QVERIFY(!out->passed);
        QVERIFY(out->burnInRounds >= 1);
        QVERIFY(out->burnInRounds < 3000);
        for (const CheckRecord &r : recordsFor(*out))
            QVERIFY(r.kind != api::RecordKind::Result);
    }

    // ---- Modbus ---------------------------------------------------------------------------

    void modbusGuided_data()
    {
        QTest::addColumn<QString>("check");
        QTest::addColumn<int>("address");
        QTest::addColumn<bool>("flip");
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::newRow("door opened") << QStringLiteral("modbus.door-change") << kDoor << true
                                     << QStringLiteral("closed") << QStringLiteral("open");
        QTest::newRow("door untouched") << QStringLiteral("modbus.door-change") << kDoor << false
                                        << QStringLiteral("closed") << QString();
        QTest::newRow("leak wetted") << QStringLiteral("modbus.leak-change") << kLeak << true
                                     << QStringLiteral("normal") << QStringLiteral("alarm");
        QTest::newRow("leak dry") << QStringLiteral("modbus.leak-change") << kLeak << false
                                  << QStringLiteral("normal") << QString();
        QTest::newRow("smoke test button")
            << QStringLiteral("modbus.smoke-change") << kSmoke << true << QStringLiteral("normal")
            << QStringLiteral("alarm");
        QTest::newRow("smoke not pressed") << QStringLiteral("modbus.smoke-change") << kSmoke
                                           << false << QStringLiteral("normal") << QString();
    }

    void modbusGuided()
    {
        QFETCH(QString, check);
        QFETCH(int, address);
        QFETCH(bool, flip);
        QFETCH(QString, before);
        QFETCH(QString, after);
        if (!ModbusPeer::available())
            QSKIP(ModbusPeer::skipReason());
        QVERIFY2(startModbus(), qPrintable(m_modbus.error()));
        QVERIFY(m_modbus.set(kGatewayUnit, QStringLiteral("holding"), kDoor, {0, 0, 0}));
        ModbusPeer &peer = m_modbus;
        auto out = runCheck(check, m_gateway,
                            {{QStringLiteral("limit_ms"), 3000},
                             {QStringLiteral("interval_ms"), 100}},
                            [&](int) {
                                if (!flip)
                                    return;
                                QTest::qWait(500);
                                QVERIFY(peer.set(kGatewayUnit, QStringLiteral("holding"), address,
                                                 {1}));
                            });
        QVERIFY2(out.has_value(), qPrintable(explain(out)));
        QCOMPARE(out->passed, flip);
        const GuidedTrace &g = *out->guided;
        QCOMPARE(g.changedMs.has_value(), flip);
        QVERIFY(g.samples.size() >= 2);
        QCOMPARE(g.samples.first().state, before);
        QCOMPARE(g.samples.first().raw, QStringLiteral("0x0000"));
        if (flip) {
            QCOMPARE(g.samples.last().state, after);
            QCOMPARE(g.samples.last().raw, QStringLiteral("0x0001"));
            QCOMPARE(g.samples.last().t, *g.changedMs);
        } else {
            QVERIFY(g.samples.last().t >= g.startedMs + 3000);
            QVERIFY2(out->summary.contains(before), qPrintable(out->summary));
        }
        QCOMPARE(out->readings.size(), 1);
        QVERIFY(out->readings.first().source.contains(QStringLiteral("unit 5")));
        checkRecordsValidate(*out);
    }

    void modbusSensors()
    {
        if (!ModbusPeer::available())
            QSKIP(ModbusPeer::skipReason());
        QVERIFY2(startModbus(), qPrintable(m_modbus.error()));
        QVERIFY(m_modbus.set(kGatewayUnit, QStringLiteral("holding"), kDoor, {0, 0, 0}));
        auto out = runCheck(QStringLiteral("modbus.sensors"), m_gateway,
                            {{QStringLiteral("ranges"),
                              QJsonObject{{QStringLiteral("temperature"), QJsonArray{10, 35}}}}});
        QVERIFY2(out.has_value() && out->passed, qPrintable(explain(out)));
        QCOMPARE(out->readings.size(), 5);
        QCOMPARE(out->readings.at(0).value, 23.5);
        QVERIFY2(out->summary.contains(QStringLiteral("door closed")), qPrintable(out->summary));
        auto cold = runCheck(QStringLiteral("modbus.sensors"), m_gateway,
                             {{QStringLiteral("ranges"),
                               QJsonObject{{QStringLiteral("temperature"), QJsonArray{25, 35}}}}});
        QVERIFY(cold.has_value());
        QVERIFY(!cold->passed);
        // A wet leak sensor is not a normal state.
        QVERIFY(m_modbus.set(kGatewayUnit, QStringLiteral("holding"), kLeak, {1}));
        auto wet = runCheck(QStringLiteral("modbus.sensors"), m_gateway, {});
        QVERIFY(wet.has_value());
        QVERIFY(!wet->passed);
        QVERIFY2(wet->summary.contains(QStringLiteral("leak reports alarm (raw 0x0001)")),
                 qPrintable(wet->summary));
        auto noEntry = runCheck(QStringLiteral("modbus.door-change"), m_gateway,
                                {{QStringLiteral("entry"), QStringLiteral("back-door")}});
        QVERIFY(!noEntry);
        QCOMPARE(noEntry.error().field, QStringLiteral("entry"));
    }

    void unreachableDeviceFails()
    {
        CheckTarget dead = m_ups;
        dead.snmp->port = testsupport::freePort(SOCK_DGRAM);
        dead.snmp->timeout = std::chrono::milliseconds(300);
        dead.snmp->retries = 0;
        auto out = runCheck(QStringLiteral("ups.status"), dead, {});
        QVERIFY(out.has_value());
        QVERIFY(!out->passed);
        QVERIFY(!out->problems.isEmpty());
        QVERIFY2(out->summary.contains(QStringLiteral("could not be read")),
                 qPrintable(out->summary));
    }

    // ---- Servers over SSH ------------------------------------------------------------------

    void serverSshLoginAndFacts()
    {
        if (!SshdPeer::available())
            QSKIP(SshdPeer::skipReason());
        SshdPeer sshd;
        QVERIFY2(sshd.start(), qPrintable(sshd.error()));
        QTemporaryDir dir;
        api::Node node;
        node.id = QStringLiteral("node-1");
        node.name = QStringLiteral("edge-01");
        node.managementAddress = QStringLiteral("127.0.0.1");
        SshTarget ssh;
        ssh.port = sshd.port();
        ssh.credentials = {sshd.user(), sshd.userKeyPath(), QString()};
        ssh.knownHostsFile = dir.filePath(QStringLiteral("known_hosts"));
        auto target = CheckTarget::fromNode(node, ssh);
        QVERIFY(target.has_value());
        QCOMPARE(target->ssh->host, QStringLiteral("127.0.0.1"));

        // A first-seen host key is not trusted without the person's word (field-install policy).
        auto refused = runCheck(QStringLiteral("server.ssh-login"), *target, {});
        QVERIFY(!refused.has_value());
        QCOMPARE(refused.error().field, QStringLiteral("hostKey"));
        QVERIFY2(refused.error().message.contains(QStringLiteral("SHA256:")),
                 qPrintable(refused.error().message));
        QVERIFY(!QFile::exists(ssh.knownHostsFile));

        target->ssh->acceptNewHostKey = true;
        auto login = runCheck(QStringLiteral("server.ssh-login"), *target, {});
        QVERIFY2(login.has_value() && login->passed, qPrintable(explain(login)));
        QCOMPARE(login->readings.size(), 1);
        QCOMPARE(login->readings.first().raw, QSysInfo::machineHostName());
        QVERIFY(QFile::exists(ssh.knownHostsFile));
        checkRecordsValidate(*login);

        // Known now: no acceptance needed any more.
        target->ssh->acceptNewHostKey = false;
        auto facts = runCheck(QStringLiteral("server.facts"), *target, {});
        QVERIFY2(facts.has_value() && facts->passed, qPrintable(explain(facts)));
        QCOMPARE(facts->facts.value(QStringLiteral("cpu_cores")).toInt(),
                 int(std::thread::hardware_concurrency()));
        QVERIFY(facts->facts.value(QStringLiteral("memory_mb")).toDouble() > 0);
        QVERIFY(
            facts->facts.value(QStringLiteral("os")).toString().contains(QStringLiteral("Debian")));
        QVERIFY(facts->readings.size() >= 4);
        checkRecordsValidate(*facts);
        const QList<CheckRecord> records = recordsFor(*facts);
        QCOMPARE(records.first().payload.value(QStringLiteral("facts")).toObject(), facts->facts);

        // Wrong user: a failed check with the reason, not an error.
        target->ssh->credentials.user = QStringLiteral("no-such-user-2041");
        auto denied = runCheck(QStringLiteral("server.ssh-login"), *target, {});
        QVERIFY(denied.has_value());
        QVERIFY(!denied->passed);
        QVERIFY(!denied->problems.isEmpty());
    }

private:
    bool startModbus()
    {
        if (m_modbus.running())
            return true;
        const QString holding = QStringLiteral("holding");
        m_modbus.setRegister(kGatewayUnit, holding, 0, 235);
        m_modbus.setRegister(kGatewayUnit, holding, 1, 456);
        m_modbus.setRegister(kGatewayUnit, holding, kDoor, 0);
        m_modbus.setRegister(kGatewayUnit, holding, kLeak, 0);
        m_modbus.setRegister(kGatewayUnit, holding, kSmoke, 0);
        if (!m_modbus.start()) {
            qWarning() << m_modbus.error();
            return false;
        }
        api::Device gateway;
        gateway.name = QStringLiteral("Environment gateway");
        gateway.kind = api::DeviceKind::DoorSensor;
        gateway.protocol = api::DeviceProtocol::ModbusTcp;
        gateway.address = QStringLiteral("127.0.0.1:%1").arg(m_modbus.port());
        const auto entry = [](const char *name, const char *quantity, int address, double scale = 1,
                              const char *unit = "") {
            return QJsonObject{{QStringLiteral("name"), QString::fromLatin1(name)},
                               {QStringLiteral("quantity"), QString::fromLatin1(quantity)},
                               {QStringLiteral("table"), QStringLiteral("holding")},
                               {QStringLiteral("address"), address},
                               {QStringLiteral("scale"), scale},
                               {QStringLiteral("unit"), QString::fromUtf8(unit)}};
        };
        const QJsonObject map{{QStringLiteral("name"), QStringLiteral("cabinet gateway")},
                              {QStringLiteral("entries"),
                               QJsonArray{entry("T1", "temperature", 0, 0.1, "°C"),
                                          entry("RH1", "humidity", 1, 0.1, "%RH"),
                                          entry("door", "door", kDoor), entry("leak", "leak", kLeak),
                                          entry("smoke", "smoke", kSmoke)}}};
        auto target = CheckTarget::fromDevice(gateway, {{QStringLiteral("unit_id"), kGatewayUnit},
                                                        {QStringLiteral("register_map"), map}});
        if (!target) {
            qWarning() << target.error().toString();
            return false;
        }
        m_gateway = *target;
        return true;
    }

    SnmpdPeer m_snmpd;
    ModbusPeer m_modbus;
    CheckTarget m_ups;
    CheckTarget m_gateway;
};

QTEST_GUILESS_MAIN(TestChecksDevices)
#include "tst_checks_devices.moc"
