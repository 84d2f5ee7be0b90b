// Unit tests of the hosts CSV parser, the step ids and the request validation.
#include "backend/fieldinstall/fieldinstaller.h"

#include <QTemporaryDir>
#include <QTest>

using namespace edge::fieldinstall;

class TestHostsCsv : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parsesRowsWithDefaultsAndQuotes()
    {
        const QByteArray csv = "\xEF\xBB\xBF# field team, week 48\r\n"
                               "host, port ,user,name,prefix,site\r\n"
                               "10.0.0.1,2222,root,node-1,/opt/a,\"Berlin, \"\"A\"\"\"\r\n"
                               "\n"
                               "edge2.example,,,,,\n";
        auto r = parseHostsCsv(csv);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->size(), 2);
        const BatchHost &a = r->at(0);
        QCOMPARE(a.line, 3);
        QCOMPARE(a.host, QStringLiteral("10.0.0.1"));
        QCOMPARE(a.port, 2222);
        QCOMPARE(a.user, QStringLiteral("root"));
        QCOMPARE(a.nodeName, QStringLiteral("node-1"));
        QCOMPARE(a.prefix, QStringLiteral("/opt/a"));
        QCOMPARE(a.site, QStringLiteral("Berlin, \"A\""));
        const BatchHost &b = r->at(1);
        QCOMPARE(b.line, 5);
        QCOMPARE(b.port, 0);
        QVERIFY(b.user.isEmpty());

        InstallRequest defaults;
        defaults.port = 22;
        defaults.user = QStringLiteral("admin");
        defaults.site = QStringLiteral("S");
        defaults.nodeName = QStringLiteral("not-for-rows");
        defaults.bootstrapToken = QStringLiteral("t");
        defaults.createToken = [](const QString &, const QString &) -> edge::api::Result<QString> {
            return QStringLiteral("fresh");
        };
        const InstallRequest ra = requestFor(defaults, a);
        QCOMPARE(ra.port, 2222);
        QCOMPARE(ra.user, QStringLiteral("root"));
        QCOMPARE(ra.site, a.site);
        QVERIFY(ra.bootstrapToken.isEmpty()); // one-time tokens are never shared between hosts
        const InstallRequest rb = requestFor(defaults, b);
        QCOMPARE(rb.port, 22);
        QCOMPARE(rb.user, QStringLiteral("admin"));
        QVERIFY(rb.nodeName.isEmpty());
    }

    void errorsNameLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("where");
        QTest::newRow("unknown column") << QByteArray("host,colour\n") << QStringLiteral("1:6");
        QTest::newRow("no host column") << QByteArray("# c\nport\n22\n") << QStringLiteral("2:1");
        QTest::newRow("duplicate column")
            << QByteArray("host,port,port\n") << QStringLiteral("1:11");
        QTest::newRow("bad port") << QByteArray("host,port\na,22\nb,70000\n")
                                  << QStringLiteral("3:3");
        QTest::newRow("too many fields")
            << QByteArray("host,port\na,22,x\n") << QStringLiteral("2:6");
        QTest::newRow("too few fields")
            << QByteArray("host,port,user\na,22\n") << QStringLiteral("2:5");
        QTest::newRow("open quote") << QByteArray("host,user\na,\"root\n") << QStringLiteral("2:3");
        QTest::newRow("quote inside")
            << QByteArray("host,user\na,ro\"ot\n") << QStringLiteral("2:5");
        QTest::newRow("empty host") << QByteArray("host,user\n,root\n") << QStringLiteral("2:1");
        QTest::newRow("relative prefix")
            << QByteArray("host,prefix\na,opt/x\n") << QStringLiteral("2:3");
        QTest::newRow("bad name") << QByteArray("host,name\na,-x y\n") << QStringLiteral("2:3");
        QTest::newRow("bad hub") << QByteArray("host,hub\na,hub\n") << QStringLiteral("2:3");
        QTest::newRow("duplicate target")
            << QByteArray("host,port\na,22\nb,22\na,22\n") << QStringLiteral("4:1");
        QTest::newRow("control char")
            << QByteArray("host,user\na,r\x01t\n") << QStringLiteral("2:3");
        QTest::newRow("empty") << QByteArray("# only a comment\n") << QStringLiteral("1:1");
        QTest::newRow("no rows") << QByteArray("host,port\n") << QStringLiteral("1:1");
    }

    void errorsNameLineAndColumn()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, where);
        auto r = parseHostsCsv(csv);
        QVERIFY(!r);
        QCOMPARE(r.error().code, edge::api::Code::Validation);
        QCOMPARE(r.error().field, where);
        if (where != u"1:1") {
            const QStringList lc = where.split(QLatin1Char(':'));
            QVERIFY2(r.error().message.contains(
                         QStringLiteral("line %1, column %2").arg(lc.at(0), lc.at(1))),
                     qPrintable(r.error().message));
        }
    }

    void stepIdsAreStableAndRoundTrip()
    {
        const QStringList expected = {QStringLiteral("connect"), QStringLiteral("host-key"),
                                      QStringLiteral("detect"),  QStringLiteral("upload"),
                                      QStringLiteral("install"), QStringLiteral("configure"),
                                      QStringLiteral("start"),   QStringLiteral("wait-online")};
        QStringList ids;
        for (Step s : allSteps()) {
            ids << stepId(s);
            QCOMPARE(stepFromId(stepId(s)), std::optional<Step>(s));
            QVERIFY(!stepLabel(s).isEmpty());
        }
        QCOMPARE(ids, expected);
        QVERIFY(!stepFromId(QStringLiteral("nope")));
    }

    void validationNamesTheField()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto touch = [&](const char *name) {
            QFile f(dir.filePath(QLatin1String(name)));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("x");
        };
        touch("key");
        touch("ca.pem");
        touch("agent.tar.gz");
        touch("agent.zip");
        InstallRequest ok;
        ok.host = QStringLiteral("127.0.0.1");
        ok.user = QStringLiteral("root");
        ok.keyFile = dir.filePath(QStringLiteral("key"));
        ok.site = QStringLiteral("S");
        ok.hubAddress = QStringLiteral("hub.example:7443");
        ok.hubCaPath = dir.filePath(QStringLiteral("ca.pem"));
        ok.packagePath = dir.filePath(QStringLiteral("agent.tar.gz"));
        ok.bootstrapToken = QStringLiteral("secret-token");
        QVERIFY(ok.validate());

        auto expectField = [](InstallRequest r, const char *field) {
            auto v = r.validate();
            QVERIFY2(!v, field);
            QCOMPARE(v.error().field, QLatin1String(field));
            QVERIFY(!v.error().detail.contains(QStringLiteral("secret-token")));
        };
        InstallRequest r = ok;
        r.host.clear();
        expectField(r, "host");
        r = ok;
        r.port = 0;
        expectField(r, "port");
        r = ok;
        r.keyFile.clear();
        expectField(r, "keyFile");
        r = ok;
        r.hubAddress = QStringLiteral("nohostport");
        expectField(r, "hubAddress");
        r = ok;
        r.packagePath = dir.filePath(QStringLiteral("agent.zip"));
        expectField(r, "packagePath");
        r = ok;
        r.prefix = QStringLiteral("relative/dir");
        expectField(r, "prefix");
        r = ok;
        r.prefix = QStringLiteral("/");
        expectField(r, "prefix");
        r = ok;
        r.nodeName = QStringLiteral("bad name");
        expectField(r, "nodeName");
        r = ok;
        r.bootstrapToken.clear();
        expectField(r, "bootstrapToken");
    }
};

QTEST_GUILESS_MAIN(TestHostsCsv)
#include "tst_hostscsv.moc"
