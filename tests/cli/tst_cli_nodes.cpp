// edgectl node operations against a real edge-hub process on 127.0.0.1 (TLS): node presence in
// `node list` and `node status`, `workload set|show` with spec files (bad files change nothing,
// generations, --expect-generation), roles, `node events|metrics` and `image push`.
#include "clirunner.h"
#include "support/hubprocess.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/prctl.h>

using edge::testing::CliResult;
using edge::testing::CliRunner;
using edge::testing::HubProcess;

namespace {

const QString kViewerPassword = QStringLiteral("viewer-pass-5678");

QString errorCode(const CliResult &r)
{
    return r.errJson()
        .object()
        .value(QStringLiteral("error"))
        .toObject()
        .value(QStringLiteral("code"))
        .toString();
}

} // namespace

class TestCliNodes : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void nodeListShowsANewNodeOffline();
    void nodeStatusOfANewNode();
    void badSpecFileChangesNothing_data();
    void badSpecFileChangesNothing();
    void setAndShowRoundTrip();
    void expectGenerationConflict();
    void viewerCannotSetWorkloads();
    void eventsAndMetricsOfASilentNode();
    void imagePushStoresTheArchive();
    void unknownNode();
    void nodeShowsOnlineAfterAnAgentEnrolls();

private:
    CliResult ec(const QStringList &args, const QString &user = QStringLiteral("admin"),
                 const QString &password = QString()) const
    {
        QStringList all{QStringLiteral("--hub"), m_hub.address(),          QStringLiteral("--ca"),
                        m_hub.caPath(),          QStringLiteral("--user"), user};
        return m_cli->run(all + args, password);
    }
    QString writeFile(const QString &name, const QByteArray &content) const
    {
        const QString path = m_tmp->filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || f.write(content) != content.size())
            return {};
        return path;
    }
    // The desired state as `workload show --json` prints it.
    QJsonObject shown(const QString &user = QStringLiteral("admin")) const
    {
        const CliResult r = ec({QStringLiteral("--json"), QStringLiteral("workload"),
                                QStringLiteral("show"), QStringLiteral("gw-01")},
                               user);
        return r.exitCode == 0 ? r.json().object() : QJsonObject{};
    }

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<CliRunner> m_cli;
    HubProcess m_hub;
    QString m_nodeId;
};

void TestCliNodes::initTestCase()
{
    QVERIFY2(QFileInfo::exists(CliRunner::edgectl()), qPrintable(CliRunner::edgectl()));
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    QVERIFY(QDir().mkpath(m_tmp->filePath(QStringLiteral("home"))));
    m_cli = std::make_unique<CliRunner>(m_tmp->filePath(QStringLiteral("home")));
    QString error;
    QVERIFY2(m_hub.start(m_tmp->filePath(QStringLiteral("hub")), {}, &error), qPrintable(error));
    QVERIFY2(!m_hub.generatedPassword().isEmpty(), m_hub.standardOutput().constData());

    CliResult r = ec({QStringLiteral("login")}, QStringLiteral("admin"), m_hub.generatedPassword());
    QVERIFY2(r.exitCode == 0, r.describe());
    r = ec({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--name"),
            QStringLiteral("Field site"), QStringLiteral("--kind"), QStringLiteral("cabinet-site")});
    QVERIFY2(r.exitCode == 0, r.describe());
    r = ec({QStringLiteral("--json"), QStringLiteral("node"), QStringLiteral("add"),
            QStringLiteral("--name"), QStringLiteral("gw-01"), QStringLiteral("--site"),
            QStringLiteral("Field site"), QStringLiteral("--role"), QStringLiteral("gateway")});
    QVERIFY2(r.exitCode == 0, r.describe());
    m_nodeId = r.json().object().value(QStringLiteral("id")).toString();
    QVERIFY(!m_nodeId.isEmpty());

    r = ec({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"),
            QStringLiteral("viewer1"), QStringLiteral("--role"), QStringLiteral("viewer")},
           QStringLiteral("admin"), kViewerPassword);
    QVERIFY2(r.exitCode == 0, r.describe());
    r = ec({QStringLiteral("login")}, QStringLiteral("viewer1"), kViewerPassword);
    QVERIFY2(r.exitCode == 0, r.describe());
}

void TestCliNodes::cleanupTestCase()
{
    if (m_hub.running())
        QCOMPARE(m_hub.stop(), 0);
}

void TestCliNodes::nodeListShowsANewNodeOffline()
{
    CliResult r = ec({QStringLiteral("--json"), QStringLiteral("node"), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0, r.describe());
    const QJsonArray nodes = r.json().array();
    QCOMPARE(nodes.size(), 1);
    const QJsonObject n = nodes.first().toObject();
    // The existing keys stay.
    QCOMPARE(n.value(QStringLiteral("id")).toString(), m_nodeId);
    QCOMPARE(n.value(QStringLiteral("name")).toString(), QStringLiteral("gw-01"));
    QCOMPARE(n.value(QStringLiteral("entity")).toString(), QStringLiteral("node"));
    QVERIFY(!n.value(QStringLiteral("site_id")).toString().isEmpty());
    // Presence: never connected, no certificate.
    QCOMPARE(n.value(QStringLiteral("state")).toString(), QStringLiteral("offline"));
    QVERIFY(n.value(QStringLiteral("last_seen_ms")).isDouble());
    QCOMPARE(n.value(QStringLiteral("last_seen_ms")).toInteger(), 0);
    QVERIFY(n.value(QStringLiteral("certificate_not_after_ms")).isDouble());
    QCOMPARE(n.value(QStringLiteral("certificate_not_after_ms")).toInteger(), 0);

    r = ec({QStringLiteral("node"), QStringLiteral("list")}, QStringLiteral("viewer1"));
    QVERIFY2(r.exitCode == 0, r.describe());
    const QStringList lines = r.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.first().contains(QStringLiteral("STATE"))
                 && lines.first().contains(QStringLiteral("LAST SEEN")),
             r.describe());
    QVERIFY2(lines.at(1).contains(QStringLiteral("Offline"))
                 && lines.at(1).contains(QStringLiteral("never")),
             r.describe());
}

void TestCliNodes::nodeStatusOfANewNode()
{
    CliResult r = ec({QStringLiteral("--json"), QStringLiteral("node"), QStringLiteral("status"),
                      QStringLiteral("gw-01")},
                     QStringLiteral("viewer1"));
    QVERIFY2(r.exitCode == 0, r.describe());
    const QJsonObject s = r.json().object();
    QCOMPARE(s.value(QStringLiteral("node_id")).toString(), m_nodeId);
    QCOMPARE(s.value(QStringLiteral("state")).toString(), QStringLiteral("offline"));
    QCOMPARE(s.value(QStringLiteral("workloads")).toArray().size(), 0);
    QVERIFY(s.value(QStringLiteral("desired_generation")).isDouble());

    r = ec({QStringLiteral("node"), QStringLiteral("status"), m_nodeId});
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY2(r.outText().contains(QStringLiteral("Offline")), r.describe());
    QVERIFY2(r.outText().contains(QStringLiteral("never connected")), r.describe());
}

void TestCliNodes::badSpecFileChangesNothing_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected"); // in the error message
    QTest::addColumn<QString>("field");    // in the JSON error ("" for syntax errors)

    QTest::newRow("port out of range")
        << QByteArray("{\"workloads\": [\n"
                      "  {\"name\": \"web\", \"image\": \"localhost/busybox:latest\",\n"
                      "   \"ports\": [{\"hostPort\": 8080, \"containerPort\": 80}]},\n"
                      "  {\"name\": \"db\", \"image\": \"localhost/busybox:latest\",\n"
                      "   \"ports\": [{\"hostPort\": 70000, \"containerPort\": 5432}]}\n"
                      "]}\n")
        << QStringLiteral("workloads[1].ports[0].hostPort")
        << QStringLiteral("workloads[1].ports[0].hostPort");
    QTest::newRow("syntax error") << QByteArray("{\"workloads\": [\n"
                                                "  {\"name\": \"web\",\n"
                                                "   \"image\": }\n"
                                                "]}\n")
                                  << QStringLiteral("line 3") << QString();
    QTest::newRow("misspelt key") << QByteArray(
        "{\"workloads\": [{\"name\": \"web\", \"image\": \"localhost/busybox\", "
        "\"ports\": [{\"hostport\": 80, \"containerPort\": 80}]}]}")
                                  << QStringLiteral("workloads[0].ports[0].hostport")
                                  << QStringLiteral("workloads[0].ports[0].hostport");
    QTest::newRow("duplicate names")
        << QByteArray("{\"workloads\": [{\"name\": \"a\", \"image\": \"localhost/busybox\"},"
                      " {\"name\": \"a\", \"image\": \"localhost/busybox\"}]}")
        << QStringLiteral("workloads[1].name") << QStringLiteral("workloads[1].name");
    QTest::newRow("bad name") << QByteArray(
        "{\"workloads\": [{\"name\": \"Web App\", \"image\": \"localhost/busybox\"}]}")
                              << QStringLiteral("workloads[0].name")
                              << QStringLiteral("workloads[0].name");
    QTest::newRow("not a list") << QByteArray("{\"workloads\": {\"name\": \"a\"}}")
                                << QStringLiteral("workloads") << QStringLiteral("workloads");
}

void TestCliNodes::badSpecFileChangesNothing()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, expected);
    QFETCH(QString, field);
    const qint64 before = shown().value(QStringLiteral("generation")).toInteger(-1);
    QVERIFY(before >= 0);
    const QString path = writeFile(QStringLiteral("bad-spec.json"), content);
    QVERIFY(!path.isEmpty());

    CliResult r = ec({QStringLiteral("workload"), QStringLiteral("set"), QStringLiteral("gw-01"),
                      QStringLiteral("--file"), path});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(expected), r.describe());
    QVERIFY2(r.errText().contains(path), r.describe()); // names the file

    r = ec({QStringLiteral("--json"), QStringLiteral("workload"), QStringLiteral("set"),
            QStringLiteral("gw-01"), QStringLiteral("--file"), path});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(errorCode(r), QStringLiteral("validation"));
    if (!field.isEmpty()) {
        QCOMPARE(r.errJson()
                     .object()
                     .value(QStringLiteral("error"))
                     .toObject()
                     .value(QStringLiteral("field"))
                     .toString(),
                 field);
    }
    QVERIFY2(r.out.isEmpty(), r.describe());
    QCOMPARE(shown().value(QStringLiteral("generation")).toInteger(-1), before);
}

void TestCliNodes::setAndShowRoundTrip()
{
    const QByteArray spec =
        "{\"workloads\": [\n"
        "  {\"name\": \"web\", \"image\": \"localhost/busybox:latest\",\n"
        "   \"command\": [\"httpd\", \"-f\", \"-p\", \"8080\"],\n"
        "   \"env\": {\"MODE\": \"field\"},\n"
        "   \"ports\": [{\"hostPort\": 18080, \"containerPort\": 8080}],\n"
        "   \"restart\": \"on-failure\", \"memoryBytes\": 67108864,\n"
        "   \"health\": {\"test\": [\"CMD\", \"true\"], \"intervalS\": 10}},\n"
        "  {\"name\": \"sensor-bridge\", \"image\": \"localhost/busybox:latest\",\n"
        "   \"volumes\": [{\"source\": \"/var/lib/bridge\", \"target\": "
        "\"/data\", \"readOnly\": true}]}\n"
        "]}\n";
    const QString path = writeFile(QStringLiteral("spec.json"), spec);
    QVERIFY(!path.isEmpty());
    const qint64 before = shown().value(QStringLiteral("generation")).toInteger(-1);
    QVERIFY(before >= 0);

    CliResult r = ec({QStringLiteral("--json"), QStringLiteral("workload"), QStringLiteral("set"),
                      QStringLiteral("gw-01"), QStringLiteral("--file"), path});
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.json().object().value(QStringLiteral("generation")).toInteger(), before + 1);

    const QJsonObject state = shown(QStringLiteral("viewer1"));
    QCOMPARE(state.value(QStringLiteral("generation")).toInteger(), before + 1);
    QCOMPARE(state.value(QStringLiteral("nodeId")).toString(), m_nodeId);
    const QJsonArray workloads = state.value(QStringLiteral("workloads")).toArray();
    QCOMPARE(workloads.size(), 2);
    const QJsonObject web = workloads.at(0).toObject();
    QCOMPARE(web.value(QStringLiteral("name")).toString(), QStringLiteral("web"));
    QCOMPARE(web.value(QStringLiteral("restart")).toString(), QStringLiteral("on-failure"));
    QCOMPARE(web.value(QStringLiteral("memoryBytes")).toInteger(), 67108864);
    QCOMPARE(web.value(QStringLiteral("env")).toObject().value(QStringLiteral("MODE")).toString(),
             QStringLiteral("field"));
    QCOMPARE(web.value(QStringLiteral("ports"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("hostPort"))
                 .toInt(),
             18080);
    QCOMPARE(web.value(QStringLiteral("command")).toArray().size(), 4);
    QCOMPARE(web.value(QStringLiteral("health")).toObject().value(QStringLiteral("intervalS")).toInt(),
             10);
    const QJsonObject bridge = workloads.at(1).toObject();
    QCOMPARE(bridge.value(QStringLiteral("name")).toString(), QStringLiteral("sensor-bridge"));
    QVERIFY(bridge.value(QStringLiteral("volumes"))
                .toArray()
                .first()
                .toObject()
                .value(QStringLiteral("readOnly"))
                .toBool());

    // `workload show --json` output is itself a valid spec file: setting it again bumps the
    // generation and changes nothing else.
    const QString again = writeFile(QStringLiteral("shown.json"),
                                    QJsonDocument(state).toJson(QJsonDocument::Indented));
    r = ec({QStringLiteral("workload"), QStringLiteral("set"), QStringLiteral("gw-01"),
            QStringLiteral("--file"), again});
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY2(r.outText().contains(QString::number(before + 2)), r.describe());
    const QJsonObject after = shown();
    QCOMPARE(after.value(QStringLiteral("generation")).toInteger(), before + 2);
    QCOMPARE(after.value(QStringLiteral("workloads")).toArray(), workloads);

    // Human output lists both workloads; node status reports the generation.
    r = ec({QStringLiteral("workload"), QStringLiteral("show"), QStringLiteral("gw-01")});
    QVERIFY2(r.exitCode == 0 && r.outText().contains(QStringLiteral("sensor-bridge"))
                 && r.outText().contains(QStringLiteral("18080:8080/tcp")),
             r.describe());
    r = ec({QStringLiteral("--json"), QStringLiteral("node"), QStringLiteral("status"),
            QStringLiteral("gw-01")});
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.json().object().value(QStringLiteral("desired_generation")).toInteger(), before + 2);
}

void TestCliNodes::expectGenerationConflict()
{
    const QString path = writeFile(
        QStringLiteral("one.json"),
        "{\"workloads\": [{\"name\": \"only\", \"image\": \"localhost/busybox:latest\"}]}");
    CliResult r = ec({QStringLiteral("--json"), QStringLiteral("workload"), QStringLiteral("set"),
                      QStringLiteral("gw-01"), QStringLiteral("--file"), path});
    QVERIFY2(r.exitCode == 0, r.describe());
    const qint64 current = r.json().object().value(QStringLiteral("generation")).toInteger();
    QVERIFY(current >= 1);

    // Someone else's generation: refused, nothing changes.
    r = ec({QStringLiteral("--json"), QStringLiteral("workload"), QStringLiteral("set"),
            QStringLiteral("gw-01"), QStringLiteral("--file"), path,
            QStringLiteral("--expect-generation"), QString::number(current + 5)});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(errorCode(r), QStringLiteral("conflict"));
    QCOMPARE(shown().value(QStringLiteral("generation")).toInteger(), current);

    r = ec({QStringLiteral("workload"), QStringLiteral("set"), QStringLiteral("gw-01"),
            QStringLiteral("--file"), path, QStringLiteral("--expect-generation"),
            QString::number(current - 1 > 0 ? current - 1 : current + 1)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("workload show")), r.describe());

    // The right one: accepted.
    r = ec({QStringLiteral("--json"), QStringLiteral("workload"), QStringLiteral("set"),
            QStringLiteral("gw-01"), QStringLiteral("--file"), path,
            QStringLiteral("--expect-generation"), QString::number(current)});
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.json().object().value(QStringLiteral("generation")).toInteger(), current + 1);

    // A malformed number is a usage error, before anything is sent.
    r = ec({QStringLiteral("workload"), QStringLiteral("set"), QStringLiteral("gw-01"),
            QStringLiteral("--file"), path, QStringLiteral("--expect-generation"),
            QStringLiteral("latest")});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(shown().value(QStringLiteral("generation")).toInteger(), current + 1);
}

void TestCliNodes::viewerCannotSetWorkloads()
{
    const QString path = writeFile(
        QStringLiteral("viewer.json"),
        "{\"workloads\": [{\"name\": \"sneaky\", \"image\": \"localhost/busybox:latest\"}]}");
    const QJsonObject before = shown();
    QVERIFY(before.contains(QStringLiteral("generation")));

    CliResult r = ec({QStringLiteral("--json"), QStringLiteral("workload"), QStringLiteral("set"),
                      QStringLiteral("gw-01"), QStringLiteral("--file"), path},
                     QStringLiteral("viewer1"));
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(errorCode(r), QStringLiteral("permission-denied"));
    r = ec({QStringLiteral("workload"), QStringLiteral("set"), QStringLiteral("gw-01"),
            QStringLiteral("--file"), path},
           QStringLiteral("viewer1"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("ermission")), r.describe());
    QCOMPARE(shown(), before);

    // Reading is allowed.
    QCOMPARE(shown(QStringLiteral("viewer1")), before);
}

void TestCliNodes::eventsAndMetricsOfASilentNode()
{
    CliResult r = ec({QStringLiteral("--json"), QStringLiteral("node"), QStringLiteral("events"),
                      QStringLiteral("gw-01"), QStringLiteral("--since"), QStringLiteral("1h"),
                      QStringLiteral("--limit"), QStringLiteral("10")},
                     QStringLiteral("viewer1"));
    QVERIFY2(r.exitCode == 0, r.describe());
    bool ok = false;
    QVERIFY(r.json(&ok).isArray() && ok);
    QCOMPARE(r.json().array().size(), 0);

    r = ec({QStringLiteral("--json"), QStringLiteral("node"), QStringLiteral("metrics"),
            QStringLiteral("gw-01")},
           QStringLiteral("viewer1"));
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY(r.json(&ok).isArray() && ok);
    QCOMPARE(r.json().array().size(), 0);

    r = ec({QStringLiteral("node"), QStringLiteral("events"), QStringLiteral("gw-01"),
            QStringLiteral("--since"), QStringLiteral("yesterday")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(QStringLiteral("--since")), r.describe());
}

void TestCliNodes::imagePushStoresTheArchive()
{
    // 2.5 MiB: three chunks.
    QByteArray archive(2 * 1024 * 1024 + 512 * 1024, '\0');
    for (qsizetype i = 0; i < archive.size(); ++i)
        archive[i] = char((i * 131 + i / 4096) & 0xff);
    const QString path = writeFile(QStringLiteral("image.tar"), archive);
    QVERIFY(!path.isEmpty());
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(archive, QCryptographicHash::Sha256).toHex());

    CliResult r = ec({QStringLiteral("--json"), QStringLiteral("image"), QStringLiteral("push"),
                      QStringLiteral("gw-01"), path});
    QVERIFY2(r.exitCode == 0, r.describe());
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(QStringLiteral("sha256")).toString(), sha);
    QCOMPARE(o.value(QStringLiteral("received")).toInteger(), archive.size());
    QCOMPARE(o.value(QStringLiteral("node_id")).toString(), m_nodeId);
    QVERIFY2(r.err.isEmpty(), r.describe()); // no progress with --json

    // Without --json: progress on stderr, the result on stdout.
    r = ec({QStringLiteral("image"), QStringLiteral("push"), QStringLiteral("gw-01"), path});
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY2(r.outText().contains(sha), r.describe());
    QVERIFY2(r.errText().contains(QStringLiteral("100 %")), r.describe());

    // A viewer may not push; a missing file is reported before connecting.
    r = ec({QStringLiteral("--json"), QStringLiteral("image"), QStringLiteral("push"),
            QStringLiteral("gw-01"), path},
           QStringLiteral("viewer1"));
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(errorCode(r), QStringLiteral("permission-denied"));
    r = ec({QStringLiteral("image"), QStringLiteral("push"), QStringLiteral("gw-01"),
            m_tmp->filePath(QStringLiteral("missing.tar"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("missing.tar")), r.describe());
}

void TestCliNodes::unknownNode()
{
    const CliResult r = ec({QStringLiteral("--json"), QStringLiteral("workload"),
                            QStringLiteral("show"), QStringLiteral("no-such-node")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(errorCode(r), QStringLiteral("not-found"));
}

// With the real edge-agent (when it is built): enroll with a bootstrap token, and the node is
// online in `node list` and `node status`, its agent.started event is visible, and it is offline
// once the agent stops. Podman is not needed for presence: the socket points nowhere.
void TestCliNodes::nodeShowsOnlineAfterAnAgentEnrolls()
{
    const QString agentBin = CliRunner::binDir() + QStringLiteral("/edge-agent");
    if (!QFileInfo::exists(agentBin))
        QSKIP("edge-agent is not built");
    CliResult r = ec({QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--site"),
                      QStringLiteral("Field site"), QStringLiteral("--node"),
                      QStringLiteral("agent-01")});
    QVERIFY2(r.exitCode == 0, r.describe());
    const QString tokenFile = writeFile(QStringLiteral("token"), r.out.trimmed());
    QVERIFY(!tokenFile.isEmpty());

    QProcess agent;
    agent.setProcessChannelMode(QProcess::MergedChannels);
    agent.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
    agent.start(agentBin,
                {QStringLiteral("--data"), m_tmp->filePath(QStringLiteral("agent")),
                 QStringLiteral("--hub"), m_hub.address(), QStringLiteral("--ca"), m_hub.caPath(),
                 QStringLiteral("--token-file"), tokenFile, QStringLiteral("--name"),
                 QStringLiteral("agent-01"), QStringLiteral("--podman-socket"),
                 m_tmp->filePath(QStringLiteral("no-podman.sock"))});
    QVERIFY2(agent.waitForStarted(30'000), qPrintable(agent.errorString()));
    auto stopAgent = qScopeGuard([&] {
        if (agent.state() != QProcess::NotRunning) {
            agent.terminate();
            if (!agent.waitForFinished(30'000))
                agent.kill();
            agent.waitForFinished(5'000);
        }
    });

    // node list --json: the enrolled node comes online, with a certificate.
    QJsonObject node;
    QDeadlineTimer deadline(60'000);
    while (!deadline.hasExpired()) {
        r = ec({QStringLiteral("--json"), QStringLiteral("node"), QStringLiteral("list")},
               QStringLiteral("viewer1"));
        QVERIFY2(r.exitCode == 0, r.describe());
        node = {};
        for (const QJsonValue &v : r.json().array())
            if (v.toObject().value(QStringLiteral("name")).toString() == u"agent-01")
                node = v.toObject();
        if (node.value(QStringLiteral("state")).toString() == u"online")
            break;
        agent.waitForReadyRead(500);
    }
    QVERIFY2(node.value(QStringLiteral("state")).toString() == u"online",
             QByteArray(r.describe() + "\n--- agent:\n" + agent.readAll()).constData());
    QVERIFY(node.value(QStringLiteral("last_seen_ms")).toInteger() > 0);
    QVERIFY(node.value(QStringLiteral("certificate_not_after_ms")).toInteger()
            > QDateTime::currentMSecsSinceEpoch());

    r = ec({QStringLiteral("--json"), QStringLiteral("node"), QStringLiteral("status"),
            QStringLiteral("agent-01")});
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.json().object().value(QStringLiteral("state")).toString(), QStringLiteral("online"));
    QVERIFY(!r.json().object().value(QStringLiteral("agent_version")).toString().isEmpty());
    QVERIFY(!r.json().object().value(QStringLiteral("certificate_serial")).toString().isEmpty());
    r = ec({QStringLiteral("node"), QStringLiteral("status"), QStringLiteral("agent-01")});
    QVERIFY2(r.exitCode == 0 && r.outText().contains(QStringLiteral("valid until")), r.describe());

    // The agent reports that it started, through its outbox.
    bool started = false;
    deadline.setRemainingTime(60'000);
    while (!started && !deadline.hasExpired()) {
        r = ec({QStringLiteral("--json"), QStringLiteral("node"), QStringLiteral("events"),
                QStringLiteral("agent-01"), QStringLiteral("--since"), QStringLiteral("1h")});
        QVERIFY2(r.exitCode == 0, r.describe());
        for (const QJsonValue &v : r.json().array())
            started = started
                      || v.toObject().value(QStringLiteral("type")).toString() == u"agent.started";
        if (!started)
            agent.waitForReadyRead(500);
    }
    QVERIFY2(started, r.describe());

    // The agent stops: its stream closes and the node is offline.
    agent.terminate();
    QVERIFY(agent.waitForFinished(30'000));
    QString state;
    deadline.setRemainingTime(60'000);
    while (!deadline.hasExpired()) {
        r = ec({QStringLiteral("--json"), QStringLiteral("node"), QStringLiteral("status"),
                QStringLiteral("agent-01")});
        QVERIFY2(r.exitCode == 0, r.describe());
        state = r.json().object().value(QStringLiteral("state")).toString();
        if (state == u"offline")
            break;
        QTest::qWait(200);
    }
    QCOMPARE(state, QStringLiteral("offline"));
}

QTEST_GUILESS_MAIN(TestCliNodes)
#include "tst_cli_nodes.moc"
