// `edgectl survey poll` (issue 4) end to end: the real edgectl binary on an offline data dir reads
// a real pymodbus server serving the XY-MD02 registers (tests/support/modbuspeer.h) and a real
// snmpd serving ENTITY-SENSOR-MIB values (tests/support/snmpdpeer.h), and stores one readings
// item whose values are what the peers serve; `survey show` then has the temperature checks. A
// closed port fails naming the device and stores nothing; SIGINT stops early and stores what was
// read.
#include "clirunner.h"
#include "support/localnet.h"
#include "support/modbuspeer.h"
#include "support/snmpdpeer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using edge::testing::CliResult;
using edge::testing::CliRunner;
using edge::testsupport::ModbusPeer;
using edge::testsupport::SnmpdPeer;

class TestCliSurveyPoll : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void modbusTcpReadingsAreStoredAsOneItem();
    void snmpEntitySensorsAreStored();
    void closedPortFailsAndStoresNothing();
    void sigintStopsEarlyAndStoresWhatWasRead();

private:
    CliResult ec(const QStringList &args) const
    {
        return m_cli->run(QStringList{QStringLiteral("--data"), m_data} + args);
    }
    QJsonObject show() const
    {
        const CliResult r = ec({QStringLiteral("--json"), QStringLiteral("survey"),
                                QStringLiteral("show"), QStringLiteral("Poll survey")});
        return r.exitCode == 0 ? r.json().object() : QJsonObject();
    }
    int itemCount() const { return int(show().value(QStringLiteral("items")).toArray().size()); }
    // The readings stored in an item: [[timeMs, temperature, humidity|null, source], ...].
    QJsonArray storedReadings(const QString &itemId) const
    {
        const CliResult r = ec({QStringLiteral("--json"), QStringLiteral("survey-item"),
                                QStringLiteral("show"), itemId});
        if (r.exitCode != 0)
            return {};
        // edgectl shows the payload as JSON (an object), or as its text when it is not JSON.
        const QJsonValue payload = r.json().object().value(QStringLiteral("payload"));
        const QJsonObject o = payload.isObject()
                                  ? payload.toObject()
                                  : QJsonDocument::fromJson(payload.toString().toUtf8()).object();
        return o.value(QStringLiteral("readings")).toArray();
    }
    static QJsonObject checkById(const QJsonObject &shown, const QString &id)
    {
        for (const QJsonValue &v : shown.value(QStringLiteral("checks")).toArray())
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                return v.toObject();
        return {};
    }
    QStringList pollArgs() const
    {
        return {QStringLiteral("survey"), QStringLiteral("poll"), QStringLiteral("Poll survey")};
    }

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<CliRunner> m_cli;
    QString m_data;
    ModbusPeer m_modbus;
    SnmpdPeer m_snmpd;
};

void TestCliSurveyPoll::initTestCase()
{
    QVERIFY2(QFile::exists(CliRunner::edgectl()), "edgectl is not built (EC_BIN_DIR)");
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_cli = std::make_unique<CliRunner>(m_tmp->filePath(QStringLiteral("home")));
    m_data = m_tmp->filePath(QStringLiteral("data"));
    CliResult r = ec({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Hall 2"), QStringLiteral("--kind"),
                      QStringLiteral("cabinet-site")});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    r = ec({QStringLiteral("survey"), QStringLiteral("create"), QStringLiteral("--site"),
            QStringLiteral("Hall 2"), QStringLiteral("--name"), QStringLiteral("Poll survey"),
            QStringLiteral("--profile"), QStringLiteral("ashrae-2021-recommended")});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
}

void TestCliSurveyPoll::modbusTcpReadingsAreStoredAsOneItem()
{
    if (!ModbusPeer::available())
        QSKIP(ModbusPeer::skipReason());
    m_modbus.serveReferenceSensors(); // unit 3: XY-MD02, input 1 = 305, input 2 = 546
    QVERIFY2(m_modbus.start(), qPrintable(m_modbus.error()));
    const QString url = QStringLiteral("tcp://127.0.0.1:%1").arg(m_modbus.port());
    const int before = itemCount();

    CliResult r = ec(QStringList{QStringLiteral("--json")} + pollArgs()
                     + QStringList{QStringLiteral("--modbus"), url, QStringLiteral("--preset"),
                                   QStringLiteral("xy-md02"), QStringLiteral("--unit"),
                                   QStringLiteral("3"), QStringLiteral("--interval"),
                                   QStringLiteral("1"), QStringLiteral("--count"),
                                   QStringLiteral("3")});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(QStringLiteral("readings")).toInt(), 3);
    QCOMPARE(o.value(QStringLiteral("failures")).toInt(), 0);
    QVERIFY(!o.value(QStringLiteral("survey")).toString().isEmpty());
    QCOMPARE(itemCount(), before + 1);

    const QJsonArray rows = storedReadings(o.value(QStringLiteral("item")).toString());
    QCOMPARE(rows.size(), 3);
    qint64 last = 0;
    for (const QJsonValue &v : rows) {
        const QJsonArray row = v.toArray();
        QVERIFY(qint64(row.at(0).toDouble()) > last);
        last = qint64(row.at(0).toDouble());
        QCOMPARE(row.at(1).toDouble(), 30.5);
        QCOMPARE(row.at(2).toDouble(), 54.6);
        QVERIFY2(row.at(3).toString().contains(QStringLiteral("unit 3")),
                 qPrintable(row.at(3).toString()));
    }

    // The checks now see the readings: 30.5 °C is above ASHRAE's recommended 27 °C.
    const QJsonObject tmax = checkById(show(), QStringLiteral("temperature.max"));
    QVERIFY2(!tmax.isEmpty(), "no temperature.max check after polling");
    QCOMPARE(tmax.value(QStringLiteral("value")).toDouble(), 30.5);
    QCOMPARE(tmax.value(QStringLiteral("result")).toString(), QStringLiteral("fail"));

    // Without --json each reading is printed as it comes; a changed register shows at once.
    QVERIFY2(m_modbus.set(3, QStringLiteral("input"), 1, {221}), qPrintable(m_modbus.error()));
    r = ec(pollArgs()
           + QStringList{QStringLiteral("--modbus"), url, QStringLiteral("--preset"),
                         QStringLiteral("xy-md02"), QStringLiteral("--unit"), QStringLiteral("3"),
                         QStringLiteral("--interval"), QStringLiteral("0.5"),
                         QStringLiteral("--duration"), QStringLiteral("0.5")});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QCOMPARE(r.outText().count(QStringLiteral("22.1 °C  54.6 %RH")), 2);
    QVERIFY2(r.outText().contains(QStringLiteral("Added 2 reading")), r.out.constData());
}

void TestCliSurveyPoll::snmpEntitySensorsAreStored()
{
    if (!SnmpdPeer::available())
        QSKIP(SnmpdPeer::skipReason());
    QVERIFY2(m_snmpd.start(), qPrintable(m_snmpd.error()));
    const QString agent = QStringLiteral("127.0.0.1:%1").arg(m_snmpd.port());

    // The first temperature sensor (index 1: 235 at precision 1) and the humidity sensor (45).
    CliResult r = ec(QStringList{QStringLiteral("--json")} + pollArgs()
                     + QStringList{QStringLiteral("--snmp"), agent, QStringLiteral("--community"),
                                   m_snmpd.community(), QStringLiteral("--interval"),
                                   QStringLiteral("1"), QStringLiteral("--count"),
                                   QStringLiteral("3")});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QCOMPARE(r.json().object().value(QStringLiteral("readings")).toInt(), 3);
    QJsonArray rows = storedReadings(r.json().object().value(QStringLiteral("item")).toString());
    QCOMPARE(rows.size(), 3);
    for (const QJsonValue &v : rows) {
        const QJsonArray row = v.toArray();
        QCOMPARE(row.at(1).toDouble(), 23.5);
        QCOMPARE(row.at(2).toDouble(), 45.0);
        QVERIFY2(row.at(3).toString().endsWith(QStringLiteral(" 1.3.6.1.2.1.99.1.1.1.4.1")),
                 qPrintable(row.at(3).toString()));
    }

    // --sensor picks another one (index 3: 31250 milli-degrees), over SNMP v3.
    r = ec(QStringList{QStringLiteral("--json")} + pollArgs()
           + QStringList{QStringLiteral("--snmp"), agent, QStringLiteral("--snmp-version"),
                         QStringLiteral("3"), QStringLiteral("--user"), m_snmpd.v3User(),
                         QStringLiteral("--auth-passphrase"), m_snmpd.v3AuthPassphrase(),
                         QStringLiteral("--priv-passphrase"), m_snmpd.v3PrivPassphrase(),
                         QStringLiteral("--sensor"), QStringLiteral("3"),
                         QStringLiteral("--interval"), QStringLiteral("1"),
                         QStringLiteral("--count"), QStringLiteral("1")});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    QVERIFY2(!r.err.contains(m_snmpd.v3AuthPassphrase().toUtf8()), r.err.constData());
    rows = storedReadings(r.json().object().value(QStringLiteral("item")).toString());
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toArray().at(1).toDouble(), 31.25);

    // A sensor that is not there: the device error names it; nothing is stored.
    const int before = itemCount();
    r = ec(pollArgs()
           + QStringList{QStringLiteral("--snmp"), agent, QStringLiteral("--community"),
                         m_snmpd.community(), QStringLiteral("--sensor"), QStringLiteral("42"),
                         QStringLiteral("--interval"), QStringLiteral("0.2"),
                         QStringLiteral("--count"), QStringLiteral("1")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.errText().contains(QStringLiteral("'42'")), r.err.constData());
    QCOMPARE(itemCount(), before);
}

void TestCliSurveyPoll::closedPortFailsAndStoresNothing()
{
    const int before = itemCount();
    const int port = edge::testsupport::freePort(); // nothing listens there
    const CliResult r = ec(pollArgs()
                           + QStringList{QStringLiteral("--modbus"),
                                         QStringLiteral("tcp://127.0.0.1:%1").arg(port),
                                         QStringLiteral("--timeout"), QStringLiteral("300"),
                                         QStringLiteral("--interval"), QStringLiteral("0.5"),
                                         QStringLiteral("--count"), QStringLiteral("2")});
    QVERIFY2(r.finished && r.exitCode != 0 && r.exitCode != -2, r.describe().constData());
    QVERIFY2(r.errText().contains(QStringLiteral("Nothing was read")), r.err.constData());
    QVERIFY2(r.errText().contains(QStringLiteral("127.0.0.1:%1").arg(port)), r.err.constData());
    QVERIFY2(r.errText().contains(QStringLiteral("Check")), r.err.constData());
    QCOMPARE(itemCount(), before);

    // A usage error is caught before anything is opened.
    const CliResult usage = ec(pollArgs()
                               + QStringList{QStringLiteral("--modbus"), QStringLiteral("udp://x"),
                                             QStringLiteral("--interval"), QStringLiteral("1"),
                                             QStringLiteral("--count"), QStringLiteral("1")});
    QCOMPARE(usage.exitCode, 2);
    QVERIFY2(usage.errText().contains(QStringLiteral("--modbus")), usage.err.constData());
}

void TestCliSurveyPoll::sigintStopsEarlyAndStoresWhatWasRead()
{
    if (!m_modbus.running())
        QSKIP("the Modbus peer is not running (see modbusTcpReadingsAreStoredAsOneItem)");
    const int before = itemCount();
    QProcess p;
    p.setProcessEnvironment(m_cli->environment());
    p.start(CliRunner::edgectl(),
            QStringList{QStringLiteral("--data"), m_data} + pollArgs()
                + QStringList{QStringLiteral("--modbus"),
                              QStringLiteral("tcp://127.0.0.1:%1").arg(m_modbus.port()),
                              QStringLiteral("--preset"), QStringLiteral("xy-md02"),
                              QStringLiteral("--unit"), QStringLiteral("3"),
                              QStringLiteral("--interval"), QStringLiteral("0.3"),
                              QStringLiteral("--count"), QStringLiteral("1000")});
    QVERIFY(p.waitForStarted(30000));
    QByteArray out;
    QDeadlineTimer deadline(60000);
    while (out.count("°C") < 2 && !deadline.hasExpired() && p.state() == QProcess::Running) {
        p.waitForReadyRead(500);
        out += p.readAllStandardOutput();
    }
    QVERIFY2(out.count("°C") >= 2, out.constData());
    ::kill(pid_t(p.processId()), SIGINT);
    QVERIFY(p.waitForFinished(60000));
    out += p.readAllStandardOutput();
    const QByteArray err = p.readAllStandardError();
    QCOMPARE(p.exitCode(), 0);
    QVERIFY2(err.contains("Stopped early"), err.constData());
    QVERIFY2(out.contains("Added"), out.constData());
    QCOMPARE(itemCount(), before + 1);
}

QTEST_GUILESS_MAIN(TestCliSurveyPoll)
#include "tst_cli_surveypoll.moc"
