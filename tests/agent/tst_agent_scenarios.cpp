// The agent's scenarios from issue 3 with real processes: a real edge-hub, real edge-agent
// processes and a real `podman system service` (runc, busybox image), all on loopback in a
// temporary directory. One 60 s hub outage (kHubOutage) covers the autonomy scenarios: the hub is
// killed with SIGKILL, containers keep running and crashed ones are restarted, the agent is
// restarted with no hub and brings every workload back, and when the hub returns no container is
// restarted and every event of the outage arrives exactly once.
#include "backend/api/inventorytypes.h"
#include "backend/client/client.h"
#include "support/agentprocess.h"
#include "support/hubprocess.h"
#include "support/podmanservice.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QtTest>

#include <chrono>

using namespace edge;
using namespace std::chrono_literals;

namespace {

constexpr auto kHubOutage = 60s;     // the outage length
constexpr int kWaitMs = 60'000;      // generous: a loaded 2-core machine
constexpr auto kHeartbeatMs = "500"; // hub heartbeat interval for the test

template<class R>
QByteArray why(const R &r)
{
    return r ? QByteArray() : r.error().toString().toUtf8();
}

} // namespace

class TstAgentScenarios : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (testing::PodmanService::executable().isEmpty())
            QSKIP("podman is not installed (scripts/install-deps.sh --test --peers)");
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(testing::AgentProcess::program()),
                 qPrintable(testing::AgentProcess::program()));
        m_podman = std::make_unique<testing::PodmanService>(m_dir.filePath(QStringLiteral("p")));
        QString error;
        QVERIFY2(m_podman->start(&error), qPrintable(error));
        QVERIFY2(startHub(QStringLiteral("127.0.0.1:0"), &error), qPrintable(error));
        m_hubAddress = m_hub.address();

        auto channel = client::Client::secureChannel(m_hubAddress, m_hub.caPath());
        QVERIFY2(channel, why(channel).constData());
        m_client = std::make_unique<client::Client>(*channel, m_hubAddress);
        auto session = m_client->login(QStringLiteral("admin"), m_hub.generatedPassword());
        QVERIFY2(session, why(session).constData());
        api::Site site;
        site.name = QStringLiteral("Agent Scenario Site");
        auto created = m_client->create(site.toRecord());
        QVERIFY2(created, why(created).constData());
        m_siteId = created->id;

        QFile conf(m_dir.filePath(QStringLiteral("agent.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("# test agent\n"
                   "container-network = host\n"
                   "reconcile-interval = 1\n"
                   "metrics-interval = 5\n"
                   "stop-timeout = 1\n"
                   "reconnect-max-backoff = 2\n");
        conf.close();
    }

    void cleanupTestCase()
    {
        m_agent.stop();
        m_hub.stop();
        m_client.reset();
        m_podman.reset();
    }

    void enrollWithToken()
    {
        const QString token = newToken(QStringLiteral("node-a"));
        QVERIFY(!token.isEmpty());
        QString error;
        QVERIFY2(m_agent.start(agentDir(QStringLiteral("a")),
                               agentArgs(QStringLiteral("node-a"), m_hub.caPath(),
                                         tokenFile(QStringLiteral("a"), token)),
                               &error),
                 qPrintable(error));
        QTRY_VERIFY2_WITH_TIMEOUT(state(QStringLiteral("node-a")) == api::NodeState::Online,
                                  qPrintable(m_agent.log()), kWaitMs);
        m_nodeId = node(QStringLiteral("node-a"))->nodeId;
        QVERIFY(!m_nodeId.isEmpty());
        QVERIFY(QFile::exists(agentDir(QStringLiteral("a")) + QStringLiteral("/node.pem")));
        // The secret never reaches the log.
        QVERIFY(!m_agent.log().contains(token));
        m_token = token;
    }

    void reusedTokenRejected()
    {
        QVERIFY(!m_token.isEmpty());
        testing::AgentProcess second;
        QString error;
        QVERIFY2(second.start(agentDir(QStringLiteral("b")),
                              agentArgs(QStringLiteral("node-b"), m_hub.caPath(),
                                        tokenFile(QStringLiteral("b"), m_token))
                                  + QStringList{QStringLiteral("--enroll-only")},
                              &error),
                 qPrintable(error));
        const int rc = second.waitForExit();
        QVERIFY2(rc == 1, qPrintable(QString::number(rc) + QLatin1Char(' ') + second.log()));
        QVERIFY(!QFile::exists(agentDir(QStringLiteral("b")) + QStringLiteral("/node.pem")));
        QVERIFY(!node(QStringLiteral("node-b")));
    }

    void wrongCaRejected()
    {
        const QString wrongCa = m_dir.filePath(QStringLiteral("wrong-ca.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), m_dir.filePath(QStringLiteral("wrong-ca.key")),
                       QStringLiteral("-out"), wrongCa, QStringLiteral("-subj"),
                       QStringLiteral("/CN=Not the hub"), QStringLiteral("-days"),
                       QStringLiteral("2")});
        QVERIFY(openssl.waitForFinished(30'000));
        QCOMPARE(openssl.exitCode(), 0);
        const QString token = newToken(QStringLiteral("node-c"));
        QVERIFY(!token.isEmpty());
        const QString tf = tokenFile(QStringLiteral("c"), token);
        testing::AgentProcess third;
        QString error;
        QVERIFY(third.start(agentDir(QStringLiteral("c")),
                            agentArgs(QStringLiteral("node-c"), wrongCa, tf)
                                + QStringList{QStringLiteral("--enroll-only")},
                            &error));
        const int rc = third.waitForExit();
        QVERIFY2(rc == 1, qPrintable(QString::number(rc) + QLatin1Char(' ') + third.log()));
        QVERIFY(!QFile::exists(agentDir(QStringLiteral("c")) + QStringLiteral("/node.pem")));
        // The same token with the right CA works: the refusal was the CA's doing.
        QVERIFY(third.start(agentDir(QStringLiteral("c")),
                            agentArgs(QStringLiteral("node-c"), m_hub.caPath(), tf)
                                + QStringList{QStringLiteral("--enroll-only")},
                            &error));
        QCOMPARE(third.waitForExit(), 0);
        QVERIFY(QFile::exists(agentDir(QStringLiteral("c")) + QStringLiteral("/node.pem")));
    }

    void deployBusybox()
    {
        QVERIFY(!m_nodeId.isEmpty());
        auto set = m_client->setDesiredState(m_nodeId, workloads());
        QVERIFY2(set, why(set).constData());
        for (const QString &name : {QStringLiteral("edge-web"), QStringLiteral("edge-db")})
            QTRY_VERIFY2_WITH_TIMEOUT(status(name) == QLatin1String("running"),
                                      qPrintable(m_agent.log()), kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(runningOnHub() == 2, kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(node(QStringLiteral("node-a"))->appliedGeneration,
                                  set->generation, kWaitMs);
    }

    void pushedImageResumesAndLoads()
    {
        QVERIFY(!m_nodeId.isEmpty());
        const QString image = QStringLiteral("localhost/pushed:1");
        const QString archive = m_dir.filePath(QStringLiteral("pushed.tar"));
        QVERIFY(m_podman->podman({QStringLiteral("tag"), testing::PodmanService::kImage, image}));
        QVERIFY(m_podman->podman({QStringLiteral("save"), QStringLiteral("-o"), archive, image}));
        QVERIFY(m_podman->podman({QStringLiteral("rmi"), image}));
        QFile file(archive);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.size() > 300 * 1024);
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        // As if an earlier transfer had dropped after one chunk: the agent must resume from here.
        const QString images = agentDir(QStringLiteral("a")) + QStringLiteral("/images");
        QVERIFY(QDir().mkpath(images));
        QFile part(images + QLatin1Char('/') + sha + QStringLiteral(".part"));
        QVERIFY(part.open(QIODevice::WriteOnly));
        part.write(bytes.left(256 * 1024));
        part.close();

        const int loadedBefore = eventCount(QStringLiteral("image.loaded"));
        auto pushed = m_client->pushImage(m_nodeId, archive);
        QVERIFY2(pushed, why(pushed).constData());
        QCOMPARE(pushed->sha256, sha);
        QTRY_VERIFY2_WITH_TIMEOUT(m_podman->podman(
                                      {QStringLiteral("image"), QStringLiteral("exists"), image}),
                                  qPrintable(m_agent.log()), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(eventCount(QStringLiteral("image.loaded")), loadedBefore + 1,
                                  kWaitMs);
        QVERIFY(!QFile::exists(part.fileName()));
        QVERIFY2(m_agent.log().contains(sha + QStringLiteral(" resuming at 262144")),
                 qPrintable(m_agent.log()));
    }

    void hubOutage()
    {
        QVERIFY(!m_nodeId.isEmpty());
        const int restartedBefore = eventCount(QStringLiteral("workload.restarted"));
        const int startedBefore = eventCount(QStringLiteral("agent.started"));
        QCOMPARE(restartedBefore, 0);
        QElapsedTimer outage;
        outage.start();
        m_hub.kill();
        int restarts = 0;

        // Hub gone: the containers keep running, and a crashed one is restarted by the agent.
        QCOMPARE(status(QStringLiteral("edge-web")), QStringLiteral("running"));
        QCOMPARE(status(QStringLiteral("edge-db")), QStringLiteral("running"));
        crashAndExpectRestart(QStringLiteral("edge-web"));
        ++restarts;

        // Agent stopped, containers stopped (as by a reboot), agent started with no hub: every
        // workload comes back from the local state.
        QCOMPARE(m_agent.stop(), 0);
        QVERIFY(m_podman->podman({QStringLiteral("stop"), QStringLiteral("--time=1"),
                                  QStringLiteral("edge-web"), QStringLiteral("edge-db")}));
        QVERIFY(status(QStringLiteral("edge-web")) != QLatin1String("running"));
        QVERIFY(status(QStringLiteral("edge-db")) != QLatin1String("running"));
        QString error;
        QVERIFY2(m_agent.start(agentDir(QStringLiteral("a")),
                               agentArgs(QStringLiteral("node-a"), m_hub.caPath(), {}), &error),
                 qPrintable(error));
        for (const QString &name : {QStringLiteral("edge-web"), QStringLiteral("edge-db")})
            QTRY_VERIFY2_WITH_TIMEOUT(status(name) == QLatin1String("running"),
                                      qPrintable(m_agent.log()), kWaitMs);
        restarts += 2;
        crashAndExpectRestart(QStringLiteral("edge-db"));
        ++restarts;

        // The rest of the outage.
        while (outage.elapsed() < std::chrono::milliseconds(kHubOutage).count())
            QTest::qWait(500);
        QVERIFY(m_agent.running());
        const QString webId = inspect(QStringLiteral("edge-web"), QStringLiteral("{{.Id}}"));
        const QString webStarted = inspect(QStringLiteral("edge-web"),
                                           QStringLiteral("{{.State.StartedAt}}"));
        const QString dbId = inspect(QStringLiteral("edge-db"), QStringLiteral("{{.Id}}"));
        const QString dbStarted = inspect(QStringLiteral("edge-db"),
                                          QStringLiteral("{{.State.StartedAt}}"));

        // The hub returns on the same address.
        QVERIFY2(startHub(m_hubAddress, &error), qPrintable(error));
        QTRY_VERIFY2_WITH_TIMEOUT(state(QStringLiteral("node-a")) == api::NodeState::Online,
                                  qPrintable(m_agent.log()), kWaitMs);
        // A new generation with the same specs: applied, and nothing restarted.
        auto set = m_client->setDesiredState(m_nodeId, workloads());
        QVERIFY2(set, why(set).constData());
        QTRY_COMPARE_WITH_TIMEOUT(node(QStringLiteral("node-a"))->appliedGeneration,
                                  set->generation, kWaitMs);
        QCOMPARE(inspect(QStringLiteral("edge-web"), QStringLiteral("{{.Id}}")), webId);
        QCOMPARE(inspect(QStringLiteral("edge-web"), QStringLiteral("{{.State.StartedAt}}")),
                 webStarted);
        QCOMPARE(inspect(QStringLiteral("edge-db"), QStringLiteral("{{.Id}}")), dbId);
        QCOMPARE(inspect(QStringLiteral("edge-db"), QStringLiteral("{{.State.StartedAt}}")),
                 dbStarted);

        // Every event of the outage arrived, exactly once.
        QTRY_VERIFY_WITH_TIMEOUT(eventCount(QStringLiteral("workload.restarted")) >= restarts,
                                 kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(eventCount(QStringLiteral("agent.started")) >= startedBefore + 1,
                                 kWaitMs);
        QCOMPARE(eventCount(QStringLiteral("workload.restarted")), restarts);
        QCOMPARE(eventCount(QStringLiteral("agent.started")), startedBefore + 1);
        auto events = m_client->events(m_nodeId, 0, 0);
        QVERIFY2(events, why(events).constData());
        QSet<qint64> seqs;
        for (const api::NodeEvent &e : std::as_const(*events)) {
            QVERIFY2(!seqs.contains(e.agentSeq), qPrintable(QString::number(e.agentSeq)));
            seqs.insert(e.agentSeq);
        }
        // The reported restart counts survived the agent's restart.
        const auto n = node(QStringLiteral("node-a"));
        QVERIFY(n);
        int reported = 0;
        for (const api::WorkloadStatus &w : n->workloads)
            reported += w.restarts;
        QCOMPARE(reported, restarts);

        // Node metrics with the containers' stats reached the hub (some from the outage).
        QTRY_VERIFY_WITH_TIMEOUT(containerMetrics(QStringLiteral("web")) > 0, kWaitMs);
    }

private:
    bool startHub(const QString &listen, QString *error)
    {
        return m_hub.start(m_dir.filePath(QStringLiteral("hub")),
                           {QStringLiteral("--listen"), listen,
                            QStringLiteral("--heartbeat-interval"), QLatin1String(kHeartbeatMs)},
                           error);
    }
    QString agentDir(const QString &name) const
    {
        return m_dir.filePath(QStringLiteral("agent-") + name);
    }
    QString tokenFile(const QString &name, const QString &token) const
    {
        const QString path = m_dir.filePath(QStringLiteral("token-") + name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(token.toUtf8() + '\n');
        return path;
    }
    QStringList agentArgs(const QString &name, const QString &ca, const QString &tokenPath) const
    {
        QStringList args{QStringLiteral("--hub"),
                         m_hubAddress,
                         QStringLiteral("--ca"),
                         ca,
                         QStringLiteral("--name"),
                         name,
                         QStringLiteral("--config"),
                         m_dir.filePath(QStringLiteral("agent.conf")),
                         QStringLiteral("--podman-socket"),
                         m_podman->socket()};
        if (!tokenPath.isEmpty())
            args << QStringLiteral("--token-file") << tokenPath;
        return args;
    }
    QString newToken(const QString &nodeName)
    {
        auto t = m_client->createBootstrapToken(m_siteId, 0, nodeName);
        if (!t) {
            qWarning().noquote() << "token:" << why(t);
            return {};
        }
        return t->token;
    }
    std::optional<api::NodeStatus> node(const QString &name)
    {
        auto all = m_client->nodeStatus();
        if (!all)
            return std::nullopt;
        for (const api::NodeStatus &n : std::as_const(*all)) {
            if (n.nodeName == name)
                return n;
        }
        return std::nullopt;
    }
    std::optional<api::NodeState> state(const QString &name)
    {
        auto n = node(name);
        return n ? std::optional(n->state) : std::nullopt;
    }
    int runningOnHub()
    {
        auto n = node(QStringLiteral("node-a"));
        int running = 0;
        if (n) {
            for (const api::WorkloadStatus &w : n->workloads)
                running += w.phase == api::WorkloadPhase::Running ? 1 : 0;
        }
        return running;
    }
    int eventCount(const QString &type)
    {
        auto events = m_client->events(m_nodeId, 0, 0);
        if (!events)
            return -1;
        int n = 0;
        for (const api::NodeEvent &e : std::as_const(*events))
            n += e.type == type ? 1 : 0;
        return n;
    }
    // How many metric samples of node-a carry stats of `workload`'s container.
    int containerMetrics(const QString &workload)
    {
        api::MetricsQuery q;
        q.nodeId = m_nodeId;
        auto samples = m_client->metrics(q);
        if (!samples)
            return -1;
        int n = 0;
        for (const api::MetricSample &m : std::as_const(*samples)) {
            const QJsonObject c = m.containers.value(workload).toObject();
            n += c.value(QStringLiteral("memoryBytes")).toDouble() > 0 ? 1 : 0;
        }
        return n;
    }
    QString inspect(const QString &name, const QString &format)
    {
        return m_podman->inspect(name, format);
    }
    QString status(const QString &name)
    {
        return inspect(name, QStringLiteral("{{.State.Status}}"));
    }
    void crashAndExpectRestart(const QString &name)
    {
        const QString started = inspect(name, QStringLiteral("{{.State.StartedAt}}"));
        QVERIFY(m_podman->podman({QStringLiteral("kill"), name}));
        QTRY_VERIFY2_WITH_TIMEOUT(status(name) == QLatin1String("running")
                                      && inspect(name, QStringLiteral("{{.State.StartedAt}}"))
                                             != started,
                                  qPrintable(m_agent.log()), kWaitMs);
    }
    static QList<api::WorkloadSpec> workloads()
    {
        api::WorkloadSpec web;
        web.name = QStringLiteral("web");
        web.image = testing::PodmanService::kImage;
        web.command = {QStringLiteral("/bin/sleep"), QStringLiteral("3600")};
        web.env.insert(QStringLiteral("ROLE"), QStringLiteral("web"));
        web.memoryBytes = 32 << 20;
        api::WorkloadSpec db = web;
        db.name = QStringLiteral("db");
        db.env.insert(QStringLiteral("ROLE"), QStringLiteral("db"));
        db.restart = api::RestartPolicy::OnFailure;
        return {web, db};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<testing::PodmanService> m_podman;
    testing::HubProcess m_hub;
    testing::AgentProcess m_agent;
    std::unique_ptr<client::Client> m_client;
    QString m_hubAddress;
    QString m_siteId;
    QString m_nodeId;
    QString m_token;
};

QTEST_GUILESS_MAIN(TstAgentScenarios)
#include "tst_agent_scenarios.moc"
