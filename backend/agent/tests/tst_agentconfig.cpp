// AgentConfig: the `key = value` parser, its errors (file, line, key) and command-line overrides.
#include "backend/agent/agentconfig.h"

#include <QTemporaryDir>
#include <QTest>

using edge::agent::AgentConfig;
using edge::api::Code;

class TstAgentConfig : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesKeysCommentsAndBlankLines()
    {
        const QByteArray text = "# EdgeConsole agent\n"
                                "\n"
                                "data-dir = /var/lib/edge-agent\n"
                                "hub=hub.example.net:7443\n"
                                "   ca   =   /etc/edge-agent/ca.pem   \n"
                                "  # indented comment\n"
                                "metrics-interval = 30\n"
                                "container-network = host\n"
                                "outbox-quota-mb = 8\n"
                                "disk-mounts = /, /data\n"
                                "reconnect-max-backoff = 5\n";
        auto c = AgentConfig::parseText(text, QStringLiteral("agent.conf"));
        QVERIFY2(c, c ? "" : qPrintable(c.error().message));
        QCOMPARE(c->dataDir, QStringLiteral("/var/lib/edge-agent"));
        QCOMPARE(c->hub, QStringLiteral("hub.example.net:7443"));
        QCOMPARE(c->caFile, QStringLiteral("/etc/edge-agent/ca.pem"));
        QCOMPARE(c->metricsIntervalS, 30);
        QCOMPARE(c->containerNetwork, QStringLiteral("host"));
        QCOMPARE(c->outboxQuotaBytes, qint64(8) * 1024 * 1024);
        QCOMPARE(c->diskMounts, (QStringList{QStringLiteral("/"), QStringLiteral("/data")}));
        QCOMPARE(c->maxBackoffS, 5);
        // Untouched keys keep their defaults.
        QCOMPARE(c->reconcileIntervalS, 5);
        QCOMPARE(c->podmanSocket, QStringLiteral("/run/podman/podman.sock"));
    }

    void badLines_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("key");
        QTest::newRow("no equals")
            << QByteArray("hub = h:1\nnonsense\n") << QStringLiteral("agent.conf:2:") << QString();
        QTest::newRow("unknown key")
            << QByteArray("# c\n\nfrobnicate = 1\n") << QStringLiteral("agent.conf:3:")
            << QStringLiteral("frobnicate");
        QTest::newRow("no key") << QByteArray("= value\n") << QStringLiteral("agent.conf:1:")
                                << QString();
        QTest::newRow("bad number")
            << QByteArray("metrics-interval = soon\n") << QStringLiteral("agent.conf:1:")
            << QStringLiteral("metrics-interval");
        QTest::newRow("number out of range")
            << QByteArray("\nreconcile-interval = 0\n") << QStringLiteral("agent.conf:2:")
            << QStringLiteral("reconcile-interval");
        QTest::newRow("bad hub") << QByteArray("hub = nohost\n") << QStringLiteral("agent.conf:1:")
                                 << QStringLiteral("hub");
        QTest::newRow("bad network")
            << QByteArray("container-network = overlay\n") << QStringLiteral("agent.conf:1:")
            << QStringLiteral("container-network");
        QTest::newRow("empty data dir")
            << QByteArray("data-dir =\n") << QStringLiteral("agent.conf:1:")
            << QStringLiteral("data-dir");
    }

    void badLines()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, where);
        QFETCH(QString, key);
        auto c = AgentConfig::parseText(text, QStringLiteral("agent.conf"));
        QVERIFY(!c);
        QCOMPARE(c.error().code, Code::InvalidArgument);
        QVERIFY2(c.error().message.startsWith(where), qPrintable(c.error().message));
        QCOMPARE(c.error().field, key);
        if (!key.isEmpty())
            QVERIFY2(c.error().message.contains(key), qPrintable(c.error().message));
    }

    void fileErrorsNameTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("agent.conf"));
        auto missing = AgentConfig::parseFile(path);
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(path));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hub = h:7443\nbogus = 1\n");
        f.close();
        auto bad = AgentConfig::parseFile(path);
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.startsWith(path + QStringLiteral(":2:")),
                 qPrintable(bad.error().message));
    }

    void commandLineOverridesTheFile()
    {
        auto c = AgentConfig::parseText("hub = a:1\nname = from-file\n",
                                        QStringLiteral("agent.conf"));
        QVERIFY(c);
        QVERIFY(c->set(QStringLiteral("hub"), QStringLiteral("b:2"), QStringLiteral("--hub")));
        QCOMPARE(c->hub, QStringLiteral("b:2"));
        QCOMPARE(c->nodeName, QStringLiteral("from-file"));
        auto r = c->set(QStringLiteral("hub"), QStringLiteral("b"), QStringLiteral("--hub"));
        QVERIFY(!r);
        QVERIFY(r.error().message.startsWith(QStringLiteral("--hub: ")));
        QCOMPARE(c->hub, QStringLiteral("b:2"));
    }

    void finalizeReadsTokenFileAndRequiresHub()
    {
        QTemporaryDir dir;
        AgentConfig c;
        c.dataDir = dir.path();
        auto noHub = c.finalize();
        QVERIFY(!noHub);
        QCOMPARE(noHub.error().field, QStringLiteral("hub"));
        c.hub = QStringLiteral("h:1");
        c.tokenFile = dir.filePath(QStringLiteral("token"));
        auto noFile = c.finalize();
        QVERIFY(!noFile);
        QCOMPARE(noFile.error().field, QStringLiteral("token-file"));
        QFile f(c.tokenFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("  secret-token\n");
        f.close();
        QVERIFY(c.finalize());
        QCOMPARE(c.token, QStringLiteral("secret-token"));
        QVERIFY(!c.nodeName.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstAgentConfig)
#include "tst_agentconfig.moc"
