// `edgectl commission check` (issue 6) end to end: the real edgectl on an offline --data dir runs
// the automatic checks of a small test template (imported with `commission templates --import`)
// against real peers on loopback: snmpd (tests/support/snmpdpeer.h) with the community "edge-ro"
// given through EDGE_SNMP_COMMUNITY or --secrets-stdin (a wrong one fails), UPS input in range
// (exit 0) and at 260 V (exit 3), a guided mains-loss test whose output source the test flips while
// edgectl watches; pymodbus (tests/support/modbuspeer.h) read with the device settings given by
// `device add --setting`; sshd (tests/support/sshdpeer.h) for ssh-login and facts with a first-seen
// host key refused, then accepted with --accept-host-key; a short burn-in, and a long one that
// SIGINT cancels keeping its samples. Also `device add/edit --setting/--settings-file` and the
// refusal of secrets in the device settings.
#include "clirunner.h"
#include "support/modbuspeer.h"
#include "support/snmpdpeer.h"
#include "support/sshdpeer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>

using edge::testing::CliResult;
using edge::testing::CliRunner;
using edge::testsupport::ModbusPeer;
using edge::testsupport::SnmpdPeer;
using edge::testsupport::SshdPeer;

namespace {

const QString kOutputSource = QStringLiteral("1.3.6.1.2.1.33.1.4.1.0");
const QString kInputVoltage = QStringLiteral("1.3.6.1.2.1.33.1.3.3.1.3.1");

QByteArray testTemplate()
{
    const auto item = [](const char *id, const char *check, const QJsonObject &params = {}) {
        QJsonObject o{{QStringLiteral("id"), QString::fromLatin1(id)},
                      {QStringLiteral("title"), QString::fromLatin1(id)},
                      {QStringLiteral("title_zh"), QString::fromLatin1(id)},
                      {QStringLiteral("mode"), QStringLiteral("automatic")},
                      {QStringLiteral("check"), QString::fromLatin1(check)}};
        if (!params.isEmpty())
            o.insert(QStringLiteral("params"), params);
        return o;
    };
    const QJsonArray items{
        item("ups.input", "ups.input"),
        item("ups.mains-loss", "ups.mains-loss",
             {{QStringLiteral("limit_ms"), 60000},
              {QStringLiteral("return_limit_ms"), 60000},
              {QStringLiteral("interval_ms"), 200}}),
        item("env.sensors", "modbus.sensors"),
        item("server.ssh", "server.ssh-login"),
        item("server.facts", "server.facts"),
        item("server.agent", "server.agent-online"),
        // snmpd's default values carry an alarm (upsAlarmTempBad): burn.short ignores it.
        item("burn.short", "burn-in",
             {{QStringLiteral("period_s"), 2},
              {QStringLiteral("interval_s"), 1},
              {QStringLiteral("ignore_alarms"), true}}),
        item("burn.long", "burn-in",
             {{QStringLiteral("period_s"), 600}, {QStringLiteral("interval_s"), 1}}),
        QJsonObject{{QStringLiteral("id"), QStringLiteral("manual.photo")},
                    {QStringLiteral("title"), QStringLiteral("A photo")},
                    {QStringLiteral("title_zh"), QStringLiteral("照片")},
                    {QStringLiteral("mode"), QStringLiteral("manual")},
                    {QStringLiteral("evidence"), QJsonArray{QStringLiteral("photo")}}},
    };
    const QJsonObject
        t{{QStringLiteral("format"), QStringLiteral("edgeconsole-commissioning-template")},
          {QStringLiteral("template_id"), QStringLiteral("cli-check-test")},
          {QStringLiteral("version"), 1},
          {QStringLiteral("title"), QStringLiteral("edgectl check test")},
          {QStringLiteral("title_zh"), QStringLiteral("edgectl 检查测试")},
          {QStringLiteral("basis"), QStringLiteral("tests/cli/tst_cli_commission_check.cpp")},
          {QStringLiteral("sections"),
           QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("all")},
                                  {QStringLiteral("title"), QStringLiteral("All")},
                                  {QStringLiteral("title_zh"), QStringLiteral("全部")},
                                  {QStringLiteral("items"), items}}}}};
    return QJsonDocument(t).toJson();
}

} // namespace

class TestCliCommissionCheck : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void deviceSettings();
    void snmpChecks();
    void guidedMainsLoss();
    void modbusCheck();
    void serverChecks();
    void burnIn();
    void burnInCancelled();

private:
    CliResult ec(const QStringList &args, const QByteArray &input = {},
                 const QHash<QString, QString> &env = {}) const
    {
        CliRunner runner = *m_cli;
        for (auto it = env.begin(); it != env.end(); ++it)
            runner.setEnvironmentValue(it.key(), it.value());
        return runner.run(QStringList{QStringLiteral("--data"), m_data} + args, QString(), input);
    }
    CliResult check(const QString &item, const QStringList &extra = {},
                    const QHash<QString, QString> &env = {}, const QByteArray &input = {}) const
    {
        return ec(QStringList{QStringLiteral("--json"), QStringLiteral("commission"),
                              QStringLiteral("check"), QStringLiteral("Check run"), item}
                      + extra,
                  input, env);
    }
    QHash<QString, QString> community(const QString &c = QStringLiteral("edge-ro")) const
    {
        return {{QStringLiteral("EDGE_SNMP_COMMUNITY"), c}};
    }
    // The item's progress in `commission status --json`.
    QJsonObject itemStatus(const QString &item) const
    {
        const CliResult r = ec({QStringLiteral("--json"), QStringLiteral("commission"),
                                QStringLiteral("status"), QStringLiteral("Check run")});
        for (const QJsonValue &v : r.json()
                                       .object()
                                       .value(QStringLiteral("progress"))
                                       .toObject()
                                       .value(QStringLiteral("items"))
                                       .toArray())
            if (v.toObject().value(QStringLiteral("id")).toString() == item)
                return v.toObject();
        return {};
    }
    // edgectl running in the background (guided tests, cancelling).
    std::unique_ptr<QProcess> startCheck(const QString &item) const
    {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = m_cli->environment();
        env.insert(QStringLiteral("EDGE_SNMP_COMMUNITY"), QStringLiteral("edge-ro"));
        p->setProcessEnvironment(env);
        p->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
        p->start(CliRunner::edgectl(), {QStringLiteral("--data"), m_data, QStringLiteral("--json"),
                                        QStringLiteral("commission"), QStringLiteral("check"),
                                        QStringLiteral("Check run"), item});
        return p;
    }
    static bool waitForErr(QProcess &p, QByteArray &err, const QByteArray &text, int ms = 60000)
    {
        QDeadlineTimer deadline(ms);
        while (!err.contains(text) && !deadline.hasExpired()) {
            if (p.state() == QProcess::NotRunning)
                break;
            p.waitForReadyRead(200);
            err += p.readAllStandardError();
        }
        err += p.readAllStandardError();
        return err.contains(text);
    }

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<CliRunner> m_cli;
    QString m_data;
    SnmpdPeer m_snmpd;
    ModbusPeer m_modbus;
    SshdPeer m_sshd;
    bool m_snmpOk = false;
    bool m_modbusOk = false;
    bool m_sshOk = false;
};

void TestCliCommissionCheck::initTestCase()
{
    QVERIFY2(QFile::exists(CliRunner::edgectl()), "edgectl is not built (EC_BIN_DIR)");
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_cli = std::make_unique<CliRunner>(m_tmp->filePath(QStringLiteral("home")));
    m_data = m_tmp->filePath(QStringLiteral("data"));
    CliResult r = ec({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Roadside 9"), QStringLiteral("--kind"),
                      QStringLiteral("cabinet-site")});
    QVERIFY2(r.exitCode == 0, r.describe());
    r = ec({QStringLiteral("cabinet"), QStringLiteral("add"), QStringLiteral("--site"),
            QStringLiteral("Roadside 9"), QStringLiteral("--name"), QStringLiteral("AIO-9"),
            QStringLiteral("--height-u"), QStringLiteral("24"), QStringLiteral("--depth-mm"),
            QStringLiteral("600")});
    QVERIFY2(r.exitCode == 0, r.describe());

    const QString templateFile = m_tmp->filePath(QStringLiteral("template.json"));
    QFile f(templateFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(testTemplate());
    f.close();
    r = ec({QStringLiteral("commission"), QStringLiteral("templates"), QStringLiteral("--import"),
            templateFile});
    QVERIFY2(r.exitCode == 0, r.describe());
    r = ec({QStringLiteral("commission"), QStringLiteral("start"), QStringLiteral("--cabinet"),
            QStringLiteral("AIO-9"), QStringLiteral("--template"), QStringLiteral("cli-check-test"),
            QStringLiteral("--name"), QStringLiteral("Check run")});
    QVERIFY2(r.exitCode == 0, r.describe());

    if (SnmpdPeer::available()) {
        m_snmpOk = m_snmpd.start();
        if (!m_snmpOk)
            qWarning() << m_snmpd.error();
    }
    if (ModbusPeer::available()) {
        m_modbus.serveReferenceSensors();
        m_modbusOk = m_modbus.start();
        if (!m_modbusOk)
            qWarning() << m_modbus.error();
    }
    if (SshdPeer::available()) {
        m_sshOk = m_sshd.start();
        if (!m_sshOk)
            qWarning() << m_sshd.error();
    }
    if (m_snmpOk) {
        r = ec({QStringLiteral("device"), QStringLiteral("add"), QStringLiteral("--site"),
                QStringLiteral("Roadside 9"), QStringLiteral("--cabinet"), QStringLiteral("AIO-9"),
                QStringLiteral("--name"), QStringLiteral("UPS"), QStringLiteral("--kind"),
                QStringLiteral("ups"), QStringLiteral("--protocol"), QStringLiteral("snmp"),
                QStringLiteral("--address"), QStringLiteral("127.0.0.1:%1").arg(m_snmpd.port()),
                QStringLiteral("--setting"), QStringLiteral("timeout_ms=1000")});
        QVERIFY2(r.exitCode == 0, r.describe());
    }
}

void TestCliCommissionCheck::cleanupTestCase()
{
    m_snmpd.stop();
    m_modbus.stop();
    m_sshd.stop();
}

void TestCliCommissionCheck::deviceSettings()
{
    const QStringList add{QStringLiteral("device"),    QStringLiteral("add"),
                          QStringLiteral("--site"),    QStringLiteral("Roadside 9"),
                          QStringLiteral("--cabinet"), QStringLiteral("AIO-9"),
                          QStringLiteral("--kind"),    QStringLiteral("temp-humidity-sensor")};
    // A secret is refused, naming the field.
    CliResult r = ec(add
                     + QStringList{QStringLiteral("--name"), QStringLiteral("Secretive"),
                                   QStringLiteral("--protocol"), QStringLiteral("snmp"),
                                   QStringLiteral("--address"), QStringLiteral("127.0.0.1"),
                                   QStringLiteral("--setting"), QStringLiteral("community=public")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("settings.community"))
                 && r.errText().contains(QStringLiteral("secret")),
             r.describe());
    // A unit id out of range, an unknown key.
    const QStringList modbus{QStringLiteral("--name"),
                             QStringLiteral("Gateway"),
                             QStringLiteral("--protocol"),
                             QStringLiteral("modbus-tcp"),
                             QStringLiteral("--address"),
                             QStringLiteral("127.0.0.1:%1").arg(m_modbusOk ? m_modbus.port() : 502)};
    r = ec(add + modbus + QStringList{QStringLiteral("--setting"), QStringLiteral("unit_id=300")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("settings.unit_id")), r.describe());
    r = ec(add + modbus + QStringList{QStringLiteral("--setting"), QStringLiteral("baud=9600")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("settings.baud")), r.describe());
    // A settings file that is not JSON: the file and the problem are named.
    const QString badFile = m_tmp->filePath(QStringLiteral("bad-settings.json"));
    QFile bad(badFile);
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{\"unit_id\": 3,");
    bad.close();
    r = ec(add + modbus + QStringList{QStringLiteral("--settings-file"), badFile});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.errText().contains(badFile) && r.errText().contains(QStringLiteral("JSON")),
             r.describe());

    // The gateway: unit 3 of the XY-MD02 preset; numbers stay numbers.
    r = ec(QStringList{QStringLiteral("--json")} + add + modbus
           + QStringList{QStringLiteral("--setting"), QStringLiteral("unit_id=3"),
                         QStringLiteral("--setting"), QStringLiteral("preset=xy-md02"),
                         QStringLiteral("--setting"), QStringLiteral("timeout_ms=1000")});
    QVERIFY2(r.exitCode == 0, r.describe());
    QJsonObject settings = r.json().object().value(QStringLiteral("settings")).toObject();
    QCOMPARE(settings.value(QStringLiteral("unit_id")).toDouble(-1), 3.0);
    QCOMPARE(settings.value(QStringLiteral("preset")).toString(), QStringLiteral("xy-md02"));

    // Edit: KEY- removes, a file replaces (then --setting on top).
    const QStringList edit{QStringLiteral("--json"), QStringLiteral("device"),
                           QStringLiteral("edit"),   QStringLiteral("Gateway"),
                           QStringLiteral("--site"), QStringLiteral("Roadside 9")};
    r = ec(edit + QStringList{QStringLiteral("--setting"), QStringLiteral("timeout_ms-")});
    QVERIFY2(r.exitCode == 0, r.describe());
    settings = r.json().object().value(QStringLiteral("settings")).toObject();
    QVERIFY2(!settings.contains(QStringLiteral("timeout_ms"))
                 && settings.value(QStringLiteral("unit_id")).toDouble() == 3,
             r.out.constData());
    const QString goodFile = m_tmp->filePath(QStringLiteral("settings.json"));
    QFile good(goodFile);
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write(R"({"unit_id": 7, "preset": "xy-md02"})");
    good.close();
    r = ec(edit
           + QStringList{QStringLiteral("--settings-file"), goodFile, QStringLiteral("--setting"),
                         QStringLiteral("unit_id=3"), QStringLiteral("--setting"),
                         QStringLiteral("timeout_ms=1000")});
    QVERIFY2(r.exitCode == 0, r.describe());
    settings = r.json().object().value(QStringLiteral("settings")).toObject();
    QCOMPARE(settings, (QJsonObject{{QStringLiteral("unit_id"), 3},
                                    {QStringLiteral("preset"), QStringLiteral("xy-md02")},
                                    {QStringLiteral("timeout_ms"), 1000}}));
    // A secret through edit is refused too.
    r = ec({QStringLiteral("device"), QStringLiteral("edit"), QStringLiteral("Gateway"),
            QStringLiteral("--site"), QStringLiteral("Roadside 9"), QStringLiteral("--setting"),
            QStringLiteral("password=x")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("settings.password")), r.describe());
}

void TestCliCommissionCheck::snmpChecks()
{
    if (!m_snmpOk)
        QSKIP(SnmpdPeer::available() ? "snmpd did not start" : SnmpdPeer::skipReason());
    // The right community through the environment: in range, passed, recorded.
    CliResult r = check(QStringLiteral("ups.input"), {}, community());
    QVERIFY2(r.exitCode == 0, r.describe());
    QJsonObject o = r.json().object();
    QCOMPARE(o.value(QStringLiteral("passed")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("cancelled")).toBool(), false);
    QVERIFY(o.value(QStringLiteral("records")).toInt() >= 2);
    QVERIFY2(o.value(QStringLiteral("summary")).toString().contains(QStringLiteral("221")),
             r.out.constData());
    QVERIFY(!r.outText().contains(QStringLiteral("edge-ro")));
    QVERIFY(!r.errText().contains(QStringLiteral("edge-ro")));
    QCOMPARE(itemStatus(QStringLiteral("ups.input")).value(QStringLiteral("state")).toString(),
             QStringLiteral("passed"));

    // A wrong community: no answer, a failed check that says so (the default "public" too).
    r = check(QStringLiteral("ups.input"), {}, community(QStringLiteral("not-the-one")));
    QCOMPARE(r.exitCode, 3);
    o = r.json().object();
    QCOMPARE(o.value(QStringLiteral("passed")).toBool(), false);
    QVERIFY2(!o.value(QStringLiteral("problems")).toArray().isEmpty(), r.out.constData());
    QVERIFY2(o.value(QStringLiteral("summary")).toString().contains(QStringLiteral("community"))
                 || r.outText().contains(QStringLiteral("community")),
             r.describe());

    // The secret on stdin.
    r = check(QStringLiteral("ups.input"), {QStringLiteral("--secrets-stdin")}, {}, "edge-ro\n");
    QVERIFY2(r.exitCode == 0, r.describe());
    // SNMPv3: "snmp_version=3" stays text; the passphrases on stdin in secretsNeeded() order.
    r = ec({QStringLiteral("--json"),
            QStringLiteral("device"),
            QStringLiteral("add"),
            QStringLiteral("--site"),
            QStringLiteral("Roadside 9"),
            QStringLiteral("--cabinet"),
            QStringLiteral("AIO-9"),
            QStringLiteral("--name"),
            QStringLiteral("UPS v3"),
            QStringLiteral("--kind"),
            QStringLiteral("ups"),
            QStringLiteral("--protocol"),
            QStringLiteral("snmp"),
            QStringLiteral("--address"),
            QStringLiteral("127.0.0.1:%1").arg(m_snmpd.port()),
            QStringLiteral("--setting"),
            QStringLiteral("snmp_version=3"),
            QStringLiteral("--setting"),
            QStringLiteral("user=") + m_snmpd.v3User(),
            QStringLiteral("--setting"),
            QStringLiteral("auth_protocol=SHA"),
            QStringLiteral("--setting"),
            QStringLiteral("priv_protocol=AES"),
            QStringLiteral("--setting"),
            QStringLiteral("timeout_ms=1000")});
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.json()
                 .object()
                 .value(QStringLiteral("settings"))
                 .toObject()
                 .value(QStringLiteral("snmp_version")),
             QJsonValue(QStringLiteral("3")));
    r = check(QStringLiteral("ups.input"),
              {QStringLiteral("--device"), QStringLiteral("UPS v3"),
               QStringLiteral("--secrets-stdin")},
              {},
              (m_snmpd.v3AuthPassphrase() + QLatin1Char('\n') + m_snmpd.v3PrivPassphrase()
               + QLatin1Char('\n'))
                  .toUtf8());
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.json().object().value(QStringLiteral("target")).toString(),
             QStringLiteral("UPS v3"));
    QVERIFY(!r.outText().contains(m_snmpd.v3AuthPassphrase()));
    QVERIFY(!r.errText().contains(m_snmpd.v3PrivPassphrase()));
    // --secrets-stdin with nothing on stdin: a usage error naming what is missing.
    r = check(QStringLiteral("ups.input"), {QStringLiteral("--secrets-stdin")}, {}, {});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(QStringLiteral("community")), r.describe());

    // 260 V: ran, failed, exit 3; the item is failed.
    QVERIFY(m_snmpd.setValue(kInputVoltage, QStringLiteral("integer"), 260));
    r = check(QStringLiteral("ups.input"), {}, community());
    QCOMPARE(r.exitCode, 3);
    o = r.json().object();
    QCOMPARE(o.value(QStringLiteral("passed")).toBool(), false);
    QVERIFY2(o.value(QStringLiteral("summary")).toString().contains(QStringLiteral("260")),
             r.out.constData());
    QCOMPARE(itemStatus(QStringLiteral("ups.input")).value(QStringLiteral("state")).toString(),
             QStringLiteral("failed"));
    QVERIFY(m_snmpd.setValue(kInputVoltage, QStringLiteral("integer"), 221));

    // Human output names the outcome.
    r = ec({QStringLiteral("commission"), QStringLiteral("check"), QStringLiteral("Check run"),
            QStringLiteral("ups.input")},
           {}, community());
    QVERIFY2(r.exitCode == 0 && r.outText().contains(QStringLiteral("ups.input: passed")),
             r.describe());
    // A manual item has no automatic check; an unknown item is named.
    r = check(QStringLiteral("manual.photo"));
    QCOMPARE(r.exitCode, 1);
    r = check(QStringLiteral("no.such.item"));
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.errText().contains(QStringLiteral("no.such.item")), r.describe());
}

void TestCliCommissionCheck::guidedMainsLoss()
{
    if (!m_snmpOk)
        QSKIP(SnmpdPeer::available() ? "snmpd did not start" : SnmpdPeer::skipReason());
    QVERIFY(m_snmpd.setValue(kOutputSource, QStringLiteral("integer"), 3));
    auto p = startCheck(QStringLiteral("ups.mains-loss"));
    QVERIFY(p->waitForStarted(30000));
    QByteArray err;
    // The instruction, then the time left while edgectl watches.
    QVERIFY2(waitForErr(*p, err, "Pull the mains"), err.constData());
    QVERIFY2(waitForErr(*p, err, "s left"), err.constData());
    QVERIFY(m_snmpd.setValue(kOutputSource, QStringLiteral("integer"), 5)); // on battery
    QVERIFY2(waitForErr(*p, err, "Restore the mains"), err.constData());
    QVERIFY(m_snmpd.setValue(kOutputSource, QStringLiteral("integer"), 3)); // back on mains
    QVERIFY(p->waitForFinished(90000));
    const QByteArray out = p->readAllStandardOutput();
    QCOMPARE(p->exitCode(), 0);
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    QCOMPARE(o.value(QStringLiteral("passed")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("unit")).toString(), QStringLiteral("s"));
    QVERIFY(o.value(QStringLiteral("records")).toInt() >= 2); // guided trace + result
    QCOMPARE(itemStatus(QStringLiteral("ups.mains-loss")).value(QStringLiteral("state")).toString(),
             QStringLiteral("passed"));
}

void TestCliCommissionCheck::modbusCheck()
{
    if (!m_modbusOk)
        QSKIP(ModbusPeer::available() ? "pymodbus did not start" : ModbusPeer::skipReason());
    // The gateway's settings (unit 3, preset xy-md02) from deviceSettings().
    CliResult r = check(QStringLiteral("env.sensors"));
    QVERIFY2(r.exitCode == 0, r.describe());
    QJsonObject o = r.json().object();
    QCOMPARE(o.value(QStringLiteral("passed")).toBool(), true);
    QVERIFY2(o.value(QStringLiteral("summary")).toString().contains(QStringLiteral("30.5")),
             r.out.constData());
    // Another unit id (nobody answers): failed, exit 3.
    r = ec({QStringLiteral("device"), QStringLiteral("edit"), QStringLiteral("Gateway"),
            QStringLiteral("--site"), QStringLiteral("Roadside 9"), QStringLiteral("--setting"),
            QStringLiteral("unit_id=9")});
    QVERIFY2(r.exitCode == 0, r.describe());
    r = check(QStringLiteral("env.sensors"));
    QCOMPARE(r.exitCode, 3);
    QCOMPARE(r.json().object().value(QStringLiteral("passed")).toBool(), false);
    r = ec({QStringLiteral("device"), QStringLiteral("edit"), QStringLiteral("Gateway"),
            QStringLiteral("--site"), QStringLiteral("Roadside 9"), QStringLiteral("--setting"),
            QStringLiteral("unit_id=3")});
    QVERIFY2(r.exitCode == 0, r.describe());
}

void TestCliCommissionCheck::serverChecks()
{
    if (!m_sshOk)
        QSKIP(SshdPeer::available() ? "sshd did not start" : SshdPeer::skipReason());
    CliResult r = ec({QStringLiteral("node"), QStringLiteral("add"), QStringLiteral("--site"),
                      QStringLiteral("Roadside 9"), QStringLiteral("--cabinet"),
                      QStringLiteral("AIO-9"), QStringLiteral("--name"), QStringLiteral("edge-09"),
                      QStringLiteral("--role"), QStringLiteral("edge-server"),
                      QStringLiteral("--mgmt-address"), QStringLiteral("127.0.0.1")});
    QVERIFY2(r.exitCode == 0, r.describe());
    const QStringList ssh{QStringLiteral("--ssh-user"), m_sshd.user(),
                          QStringLiteral("--ssh-key"),  m_sshd.userKeyPath(),
                          QStringLiteral("--ssh-port"), QString::number(m_sshd.port())};
    // Without a user: usage.
    r = check(QStringLiteral("server.ssh"));
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(QStringLiteral("--ssh-user")), r.describe());
    // A first-seen host key is refused with its fingerprint; nothing is recorded.
    r = ec(QStringList{QStringLiteral("commission"), QStringLiteral("check"),
                       QStringLiteral("Check run"), QStringLiteral("server.ssh")}
           + ssh);
    QCOMPARE(r.exitCode, 1);
    const QRegularExpressionMatch fp = QRegularExpression(QStringLiteral("SHA256:[A-Za-z0-9+/=]+"))
                                           .match(r.errText());
    QVERIFY2(fp.hasMatch() && r.errText().contains(QStringLiteral("--accept-host-key")),
             r.describe());
    QCOMPARE(itemStatus(QStringLiteral("server.ssh")).value(QStringLiteral("records")).toInt(), 0);
    // Another fingerprint does not do.
    r = check(QStringLiteral("server.ssh"),
              ssh + QStringList{QStringLiteral("--accept-host-key"), QStringLiteral("SHA256:AAAA")});
    QCOMPARE(r.exitCode, 1);
    // The right one: logged in, recorded, the key kept in our known_hosts.
    r = check(QStringLiteral("server.ssh"),
              ssh + QStringList{QStringLiteral("--accept-host-key"), fp.captured(0)});
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.json().object().value(QStringLiteral("passed")).toBool(), true);
    QVERIFY(QFile::exists(m_cli->configHome() + QStringLiteral("/edgeconsole/known_hosts")));
    // Known now: facts without accepting again.
    r = check(QStringLiteral("server.facts"), ssh);
    QVERIFY2(r.exitCode == 0, r.describe());
    const QJsonObject facts = r.json().object().value(QStringLiteral("facts")).toObject();
    QVERIFY2(facts.value(QStringLiteral("cpu_cores")).toInt() > 0, r.out.constData());
    QCOMPARE(itemStatus(QStringLiteral("server.facts")).value(QStringLiteral("state")).toString(),
             QStringLiteral("passed"));
    // No agent runs on edge-09: the hub reports it offline, a failed check (no SSH needed).
    r = check(QStringLiteral("server.agent"));
    QVERIFY2(r.exitCode == 3, r.describe());
    QCOMPARE(r.json().object().value(QStringLiteral("passed")).toBool(), false);
    QCOMPARE(itemStatus(QStringLiteral("server.agent")).value(QStringLiteral("state")).toString(),
             QStringLiteral("failed"));
}

void TestCliCommissionCheck::burnIn()
{
    if (!m_snmpOk)
        QSKIP(SnmpdPeer::available() ? "snmpd did not start" : SnmpdPeer::skipReason());
    const CliResult r = check(QStringLiteral("burn.short"), {}, community());
    QVERIFY2(r.exitCode == 0, r.describe());
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(QStringLiteral("passed")).toBool(), true);
    QVERIFY2(o.value(QStringLiteral("burn_in_rounds")).toInt() >= 2, r.out.constData());
    QVERIFY(o.value(QStringLiteral("records")).toInt() >= 2); // samples + result
    QVERIFY2(r.errText().contains(QStringLiteral("Burn-in:")), r.describe());
    QCOMPARE(itemStatus(QStringLiteral("burn.short")).value(QStringLiteral("state")).toString(),
             QStringLiteral("passed"));
}

void TestCliCommissionCheck::burnInCancelled()
{
    if (!m_snmpOk)
        QSKIP(SnmpdPeer::available() ? "snmpd did not start" : SnmpdPeer::skipReason());
    auto p = startCheck(QStringLiteral("burn.long"));
    QVERIFY(p->waitForStarted(30000));
    QByteArray err;
    // After the first round, Ctrl-C.
    QVERIFY2(waitForErr(*p, err, "Burn-in:"), err.constData());
    ::kill(pid_t(p->processId()), SIGINT);
    QVERIFY(p->waitForFinished(60000));
    QCOMPARE(p->exitStatus(), QProcess::NormalExit);
    QCOMPARE(p->exitCode(), 1);
    const QJsonObject o = QJsonDocument::fromJson(p->readAllStandardOutput()).object();
    QCOMPARE(o.value(QStringLiteral("cancelled")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("passed")).toBool(), false);
    QVERIFY(o.value(QStringLiteral("burn_in_rounds")).toInt() >= 1);
    QVERIFY(o.value(QStringLiteral("records")).toInt() >= 1);
    // The samples are kept; without a result the item stays pending.
    const QJsonObject item = itemStatus(QStringLiteral("burn.long"));
    QVERIFY(item.value(QStringLiteral("records")).toInt() >= 1);
    QCOMPARE(item.value(QStringLiteral("state")).toString(), QStringLiteral("pending"));
}

QTEST_GUILESS_MAIN(TestCliCommissionCheck)
#include "tst_cli_commission_check.moc"
