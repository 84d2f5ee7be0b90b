// Node certificates over their life, with real processes: a real edge-hub that signs node
// certificates for one minute (--node-certificate-validity 60s, its minimum) and real edge-agent
// processes on loopback. Two agents start together so that their waits overlap (about 70 s in
// all):
// - node-r stays connected and renews at two thirds of its certificate's life: a new serial on the
//   hub, a new key and certificate on disk, one certificate.renewed event, online with the new
//   certificate after the old one expired.
// - node-x is stopped while its certificate is valid and started again after it expired: it does
//   not connect and logs what to do; with a new bootstrap token it enrolls again and is back
//   online under the same node id.
// No Podman: the agents run without workloads (their Podman socket does not exist).
#include "backend/api/inventorytypes.h"
#include "backend/client/client.h"
#include "support/agentprocess.h"
#include "support/hubprocess.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QtTest>

using namespace edge;

namespace {

constexpr int kWaitMs = 60'000;        // generous: a loaded 2-core machine
constexpr qint64 kValidityMs = 60'000; // --node-certificate-validity 60s

template<class R>
QByteArray why(const R &r)
{
    return r ? QByteArray() : r.error().toString().toUtf8();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TstAgentRenewal : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(testing::AgentProcess::program()),
                 qPrintable(testing::AgentProcess::program()));
        QString error;
        QVERIFY2(m_hub.start(m_dir.filePath(QStringLiteral("hub")),
                             {QStringLiteral("--heartbeat-interval"), QStringLiteral("500"),
                              QStringLiteral("--node-certificate-validity"), QStringLiteral("60s")},
                             &error),
                 qPrintable(error));
        auto channel = client::Client::secureChannel(m_hub.address(), m_hub.caPath());
        QVERIFY2(channel, why(channel).constData());
        m_client = std::make_unique<client::Client>(*channel, m_hub.address());
        auto session = m_client->login(QStringLiteral("admin"), m_hub.generatedPassword());
        QVERIFY2(session, why(session).constData());
        api::Site site;
        site.name = QStringLiteral("Renewal Site");
        auto created = m_client->create(site.toRecord());
        QVERIFY2(created, why(created).constData());
        m_siteId = created->id;

        QFile conf(m_dir.filePath(QStringLiteral("agent.conf")));
        QVERIFY(conf.open(QIODevice::WriteOnly));
        conf.write("reconcile-interval = 5\n"
                   "metrics-interval = 0\n"
                   "reconnect-max-backoff = 2\n");
        conf.close();

        // Both agents enroll and connect at about the same time.
        for (const QString &name : {QStringLiteral("node-r"), QStringLiteral("node-x")}) {
            const QString token = newToken(name);
            QVERIFY(!token.isEmpty());
            testing::AgentProcess &agent = name == QLatin1String("node-r") ? m_renewing
                                                                           : m_expiring;
            QVERIFY2(agent.start(dataDir(name), agentArgs(name, tokenFile(name, token)), &error),
                     qPrintable(error));
        }
        for (const QString &name : {QStringLiteral("node-r"), QStringLiteral("node-x")})
            QTRY_VERIFY2_WITH_TIMEOUT(state(name) == api::NodeState::Online,
                                      qPrintable(logOf(name)), kWaitMs);
        // node-x goes away while its certificate is valid (as with a hub out of reach).
        QCOMPARE(m_expiring.stop(), 0);
    }

    void cleanupTestCase()
    {
        m_renewing.stop();
        m_expiring.stop();
        m_hub.stop();
    }

    void validityOptionChecked_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("below the minimum") << QStringLiteral("59s");
        QTest::newRow("above the maximum") << QStringLiteral("366d");
        QTest::newRow("no number") << QStringLiteral("d");
        QTest::newRow("unknown unit") << QStringLiteral("30w");
    }
    void validityOptionChecked()
    {
        QFETCH(QString, value);
        QByteArray out;
        QByteArray err;
        const int rc = testing::HubProcess::runToEnd({QStringLiteral("--data"),
                                                      m_dir.filePath(QStringLiteral("unused-hub")),
                                                      QStringLiteral("--listen"),
                                                      QStringLiteral("127.0.0.1:0"),
                                                      QStringLiteral("--node-certificate-validity"),
                                                      value},
                                                     &out, &err);
        QCOMPARE(rc, 2);
        QVERIFY2(err.contains("--node-certificate-validity") && err.contains(value.toUtf8()),
                 err.constData());
        QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("unused-hub"))));
    }

    void validityOptionInHelp()
    {
        QByteArray out;
        QCOMPARE(testing::HubProcess::runToEnd({QStringLiteral("--help")}, &out), 0);
        QVERIFY2(out.contains("--node-certificate-validity <DURATION>"), out.constData());
    }

    void renewsWhileConnected()
    {
        const QString dir = dataDir(QStringLiteral("node-r"));
        const auto before = node(QStringLiteral("node-r"));
        QVERIFY(before);
        const QString serial0 = before->certificateSerial;
        const qint64 notAfter0 = before->certificateNotAfterMs;
        QVERIFY(!serial0.isEmpty());
        // The hub's option took effect: a minute, not 30 days.
        const qint64 left = notAfter0 - QDateTime::currentMSecsSinceEpoch();
        QVERIFY2(left > 0 && left <= kValidityMs, qPrintable(QString::number(left)));
        QCOMPARE(serialOf(dir + QStringLiteral("/node.pem")), serial0);
        const QByteArray key0 = readFile(dir + QStringLiteral("/node.key"));
        QVERIFY(!key0.isEmpty());

        // At two thirds of its life (about 38 s after it was issued) the agent renews.
        QTRY_VERIFY2_WITH_TIMEOUT(node(QStringLiteral("node-r"))
                                      && node(QStringLiteral("node-r"))->certificateSerial
                                             != serial0,
                                  qPrintable(m_renewing.log()), kWaitMs);
        const auto renewed = node(QStringLiteral("node-r"));
        QVERIFY(renewed);
        const QString serial1 = renewed->certificateSerial;
        QVERIFY(renewed->certificateNotAfterMs > notAfter0);
        // The agent holds the new certificate with a new key, and nothing half-done.
        QTRY_COMPARE_WITH_TIMEOUT(serialOf(dir + QStringLiteral("/node.pem")), serial1, kWaitMs);
        const QByteArray key1 = readFile(dir + QStringLiteral("/node.key"));
        QVERIFY(!key1.isEmpty());
        QVERIFY(key1 != key0);
        QVERIFY(!QFile::exists(dir + QStringLiteral("/node.key.new")));
        QVERIFY(!QFile::exists(dir + QStringLiteral("/node.pem.new")));
        QTRY_COMPARE_WITH_TIMEOUT(eventCount(renewed->nodeId,
                                             QStringLiteral("certificate.renewed")),
                                  1, kWaitMs);
        QTRY_VERIFY2_WITH_TIMEOUT(state(QStringLiteral("node-r")) == api::NodeState::Online,
                                  qPrintable(m_renewing.log()), kWaitMs);
        // It reconnected with the new certificate after the renewal.
        const QString log = m_renewing.log();
        const qsizetype renewAt = log.lastIndexOf(QStringLiteral("renewing the node certificate"));
        QVERIFY2(renewAt >= 0, qPrintable(log));
        QVERIFY2(log.indexOf(QStringLiteral("connected to"), renewAt) > renewAt, qPrintable(log));

        // The old certificate expires; the node stays online and, restarted, connects again: what
        // it uses is the new certificate. Once: the renewed one is not renewed again yet (its
        // two thirds come some 15 s after the old one's end).
        waitUntil(notAfter0 + 1000);
        QCOMPARE(state(QStringLiteral("node-r")), api::NodeState::Online);
        QCOMPARE(eventCount(renewed->nodeId, QStringLiteral("certificate.renewed")), 1);
        QCOMPARE(m_renewing.stop(), 0);
        QString error;
        QVERIFY2(m_renewing.start(dir, agentArgs(QStringLiteral("node-r"), {}), &error),
                 qPrintable(error));
        QTRY_VERIFY2_WITH_TIMEOUT(state(QStringLiteral("node-r")) == api::NodeState::Online,
                                  qPrintable(m_renewing.log()), kWaitMs);
        QVERIFY(!m_renewing.log().contains(QStringLiteral("the node certificate expired")));
    }

    void expiredCertificateNeedsNewToken()
    {
        const QString name = QStringLiteral("node-x");
        const QString dir = dataDir(name);
        const auto before = node(name);
        QVERIFY(before);
        const QString nodeId = before->nodeId;
        const QString oldSerial = before->certificateSerial;
        QCOMPARE(serialOf(dir + QStringLiteral("/node.pem")), oldSerial);
        waitUntil(before->certificateNotAfterMs + 1000);

        // Expired: the agent starts (workloads would run from local state) but cannot connect,
        // and says what to do.
        QString error;
        QVERIFY2(m_expiring.start(dir, agentArgs(name, {}), &error), qPrintable(error));
        QTRY_VERIFY2_WITH_TIMEOUT(m_expiring.log().contains(
                                      QStringLiteral("the node certificate expired at")),
                                  qPrintable(m_expiring.log()), kWaitMs);
        QVERIFY2(m_expiring.log().contains(QStringLiteral("--node node-x")),
                 qPrintable(m_expiring.log()));
        QVERIFY(m_expiring.running());
        QVERIFY(state(name) != api::NodeState::Online);
        QCOMPARE(m_expiring.stop(), 0);

        // docs/agent.md: a new token in the token file, start again.
        const QString token = newToken(name);
        QVERIFY(!token.isEmpty());
        QVERIFY2(m_expiring.start(dir, agentArgs(name, tokenFile(name, token)), &error),
                 qPrintable(error));
        QTRY_VERIFY2_WITH_TIMEOUT(state(name) == api::NodeState::Online,
                                  qPrintable(m_expiring.log()), kWaitMs);
        const auto after = node(name);
        QVERIFY(after);
        QCOMPARE(after->nodeId, nodeId);
        QVERIFY(after->certificateSerial != oldSerial);
        QVERIFY(after->certificateNotAfterMs > QDateTime::currentMSecsSinceEpoch());
        QCOMPARE(serialOf(dir + QStringLiteral("/node.pem")), after->certificateSerial);
        QVERIFY2(m_expiring.log().contains(QStringLiteral("enrolling again")),
                 qPrintable(m_expiring.log()));
        QVERIFY(!m_expiring.log().contains(token));
        // One node of that name: the same one, not a second.
        auto all = m_client->nodeStatus();
        QVERIFY2(all, why(all).constData());
        int named = 0;
        for (const api::NodeStatus &n : std::as_const(*all))
            named += n.nodeName == name ? 1 : 0;
        QCOMPARE(named, 1);
    }

private:
    QString dataDir(const QString &name) const
    {
        return m_dir.filePath(QStringLiteral("a-") + name);
    }
    QString logOf(const QString &name) const
    {
        return name == QLatin1String("node-r") ? m_renewing.log() : m_expiring.log();
    }
    QString tokenFile(const QString &name, const QString &token) const
    {
        const QString path = m_dir.filePath(QStringLiteral("token-") + name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(token.toUtf8() + '\n');
        return path;
    }
    QStringList agentArgs(const QString &name, const QString &tokenPath) const
    {
        QStringList args{QStringLiteral("--hub"),
                         m_hub.address(),
                         QStringLiteral("--ca"),
                         m_hub.caPath(),
                         QStringLiteral("--name"),
                         name,
                         QStringLiteral("--config"),
                         m_dir.filePath(QStringLiteral("agent.conf")),
                         QStringLiteral("--podman-socket"),
                         m_dir.filePath(QStringLiteral("no-podman.sock"))};
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
    int eventCount(const QString &nodeId, const QString &type)
    {
        auto events = m_client->events(nodeId, 0, 0);
        if (!events)
            return -1;
        int n = 0;
        for (const api::NodeEvent &e : std::as_const(*events))
            n += e.type == type ? 1 : 0;
        return n;
    }
    // The certificate's serial as the hub records it: lower-case hex without leading zeros.
    static QString serialOf(const QString &pemPath)
    {
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("x509"), QStringLiteral("-noout"), QStringLiteral("-serial"),
                       QStringLiteral("-in"), pemPath});
        if (!openssl.waitForFinished(30'000) || openssl.exitCode() != 0)
            return {};
        QString serial = QString::fromLatin1(openssl.readAllStandardOutput())
                             .trimmed()
                             .section(QLatin1Char('='), 1)
                             .toLower();
        while (serial.size() > 1 && serial.startsWith(QLatin1Char('0')))
            serial.remove(0, 1);
        return serial;
    }
    // Lets the wall clock pass `epochMs` (certificates expire by it; nothing else to poll).
    static void waitUntil(qint64 epochMs)
    {
        while (QDateTime::currentMSecsSinceEpoch() < epochMs)
            QTest::qWait(250);
    }

    QTemporaryDir m_dir;
    testing::HubProcess m_hub;
    testing::AgentProcess m_renewing;
    testing::AgentProcess m_expiring;
    std::unique_ptr<client::Client> m_client;
    QString m_siteId;
};

QTEST_GUILESS_MAIN(TstAgentRenewal)
#include "tst_agent_renewal.moc"
