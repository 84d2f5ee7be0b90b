// Golden tests for the Podman codec: responses captured from a real Podman 4.3.1 service.
#include "device-protocols/podman/podmancodec.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace edge::podman;
using edge::api::Code;

namespace {

QByteArray golden(const char *name)
{
    const QString dir = QStringLiteral(EC_PODMAN_TESTDATA);
    QFile f(dir + QLatin1Char('/') + QLatin1String(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot open golden file %s in %s", name, qPrintable(dir));
    return f.readAll();
}

QJsonObject bodyOf(const ContainerSpec &spec)
{
    auto b = buildCreateBody(spec);
    if (!b)
        qFatal("buildCreateBody failed: %s", qPrintable(b.error().detail));
    return QJsonDocument::fromJson(*b).object();
}

} // namespace

class TstPodmanCodec : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createBodyFull()
    {
        ContainerSpec s;
        s.name = QStringLiteral("web-1");
        s.image = QStringLiteral("localhost/ectest:1");
        s.command = {QStringLiteral("/bin/sleep"), QStringLiteral("300")};
        s.env = {{QStringLiteral("FOO"), QStringLiteral("bar")}};
        s.ports = {PortMapping{8080, 80, QStringLiteral("tcp"), QStringLiteral("127.0.0.1")}};
        s.volumes = {VolumeMount{QStringLiteral("/srv/data"), QStringLiteral("/data"), true}};
        s.restart = RestartPolicy::OnFailure;
        s.restartRetries = 3;
        s.cpus = 1.5;
        s.memoryBytes = 64 * 1024 * 1024;
        s.healthCheck = HealthCheck{{QStringLiteral("CMD-SHELL"), QStringLiteral("true")},
                                    30000,
                                    5000,
                                    1000,
                                    3};
        s.labels = {{QStringLiteral("app"), QStringLiteral("x")}};
        const QJsonObject o = bodyOf(s);
        QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("web-1"));
        QCOMPARE(o.value(QStringLiteral("image")).toString(), QStringLiteral("localhost/ectest:1"));
        QCOMPARE(o.value(QStringLiteral("command")).toArray().size(), 2);
        QCOMPARE(o.value(QStringLiteral("env")).toObject().value(QStringLiteral("FOO")).toString(),
                 QStringLiteral("bar"));
        const QJsonObject port = o.value(QStringLiteral("portmappings")).toArray().at(0).toObject();
        QCOMPARE(port.value(QStringLiteral("host_port")).toInt(), 8080);
        QCOMPARE(port.value(QStringLiteral("container_port")).toInt(), 80);
        QCOMPARE(port.value(QStringLiteral("host_ip")).toString(), QStringLiteral("127.0.0.1"));
        const QJsonObject mount = o.value(QStringLiteral("mounts")).toArray().at(0).toObject();
        QCOMPARE(mount.value(QStringLiteral("source")).toString(), QStringLiteral("/srv/data"));
        QCOMPARE(mount.value(QStringLiteral("destination")).toString(), QStringLiteral("/data"));
        QVERIFY(mount.value(QStringLiteral("options")).toArray().contains(QStringLiteral("ro")));
        QCOMPARE(o.value(QStringLiteral("restart_policy")).toString(),
                 QStringLiteral("on-failure"));
        QCOMPARE(o.value(QStringLiteral("restart_tries")).toInt(), 3);
        const QJsonObject limits = o.value(QStringLiteral("resource_limits")).toObject();
        QCOMPARE(limits.value(QStringLiteral("memory"))
                     .toObject()
                     .value(QStringLiteral("limit"))
                     .toInteger(),
                 qint64(67108864));
        QCOMPARE(limits.value(QStringLiteral("cpu"))
                     .toObject()
                     .value(QStringLiteral("quota"))
                     .toInteger(),
                 qint64(150000));
        QCOMPARE(limits.value(QStringLiteral("cpu"))
                     .toObject()
                     .value(QStringLiteral("period"))
                     .toInteger(),
                 qint64(100000));
        const QJsonObject hc = o.value(QStringLiteral("healthconfig")).toObject();
        QCOMPARE(hc.value(QStringLiteral("Interval")).toInteger(), qint64(30000000000));
        QCOMPARE(hc.value(QStringLiteral("StartPeriod")).toInteger(), qint64(1000000000));
        QCOMPARE(hc.value(QStringLiteral("Retries")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("labels")).toObject().value(QStringLiteral("app")).toString(),
                 QStringLiteral("x"));
        QVERIFY(!o.contains(QStringLiteral("netns")));
    }

    void createBodyMinimal()
    {
        ContainerSpec s;
        s.image = QStringLiteral("busybox");
        const QJsonObject o = bodyOf(s);
        QCOMPARE(o.keys(), QStringList{QStringLiteral("image")});
    }

    void createBodyInvalid_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("field");
        QTest::newRow("no image") << 0 << QStringLiteral("image");
        QTest::newRow("bad name") << 1 << QStringLiteral("name");
        QTest::newRow("env with =") << 2 << QStringLiteral("env");
        QTest::newRow("port 0") << 3 << QStringLiteral("ports");
        QTest::newRow("relative volume") << 4 << QStringLiteral("volumes");
        QTest::newRow("retries without on-failure") << 5 << QStringLiteral("restartRetries");
        QTest::newRow("negative cpus") << 6 << QStringLiteral("cpus");
        QTest::newRow("tiny memory") << 7 << QStringLiteral("memoryBytes");
        QTest::newRow("empty health test") << 8 << QStringLiteral("healthCheck");
        QTest::newRow("bad protocol") << 9 << QStringLiteral("ports");
    }
    void createBodyInvalid()
    {
        QFETCH(int, which);
        QFETCH(QString, field);
        ContainerSpec s;
        s.image = QStringLiteral("img");
        switch (which) {
        case 0: s.image.clear(); break;
        case 1: s.name = QStringLiteral("-bad name"); break;
        case 2: s.env = {{QStringLiteral("A=B"), QStringLiteral("x")}}; break;
        case 3: s.ports = {PortMapping{80, 0, QStringLiteral("tcp"), {}}}; break;
        case 4:
            s.volumes = {VolumeMount{QStringLiteral("data"), QStringLiteral("/data"), false}};
            break;
        case 5: s.restartRetries = 2; break;
        case 6: s.cpus = -1; break;
        case 7: s.memoryBytes = 1024; break;
        case 8: s.healthCheck = HealthCheck{}; break;
        case 9: s.ports = {PortMapping{80, 80, QStringLiteral("icmp"), {}}}; break;
        }
        auto b = buildCreateBody(s);
        QVERIFY(!b);
        QCOMPARE(b.error().code, Code::Validation);
        QCOMPARE(b.error().field, field);
        QVERIFY(!b.error().message.isEmpty());
    }

    void parseCreate()
    {
        auto id = parseCreateResponse(golden("create.json"));
        QVERIFY(id);
        QCOMPARE(*id, QStringLiteral(
                          "499585b76bbd2845491a29c5aec86027e1f2b6d4ed54f97711c74a4869eb649a"));
    }

    void parseInspectRunning()
    {
        auto st = parseInspect(golden("inspect_running.json"));
        QVERIFY2(st, st ? "" : qPrintable(st.error().detail));
        QCOMPARE(st->id, QStringLiteral(
                             "499585b76bbd2845491a29c5aec86027e1f2b6d4ed54f97711c74a4869eb649a"));
        QCOMPARE(st->name, QStringLiteral("cap1"));
        QCOMPARE(st->image, QStringLiteral("localhost/ectest:1"));
        QCOMPARE(st->status, QStringLiteral("running"));
        QVERIFY(st->running);
        QCOMPARE(st->exitCode, 0);
        QCOMPARE(st->pid, 8573);
        QCOMPARE(st->health, QStringLiteral("starting"));
        QCOMPARE(st->startedAt, QDateTime(QDate(2026, 11, 25), QTime(16, 27, 35, 910), Qt::UTC));
        QVERIFY(!st->finishedAt.isValid()); // 0001-01-01 means never
        QCOMPARE(st->env.value(QStringLiteral("FOO")), QStringLiteral("bar"));
        QCOMPARE(st->env.value(QStringLiteral("container")), QStringLiteral("podman"));
        QCOMPARE(st->labels.value(QStringLiteral("app")), QStringLiteral("x"));
        QCOMPARE(st->memoryBytes, qint64(67108864));
        QCOMPARE(st->cpus, 0.5);
        QCOMPARE(st->restartPolicy, QStringLiteral("on-failure"));
        QCOMPARE(st->restartRetries, 3);
    }

    void parseInspectExited()
    {
        auto st = parseInspect(golden("inspect_exited.json"));
        QVERIFY(st);
        QCOMPARE(st->status, QStringLiteral("exited"));
        QVERIFY(!st->running);
        QCOMPARE(st->exitCode, 3);
        QCOMPARE(st->health, QString());
        QCOMPARE(st->memoryBytes, qint64(0));
        QCOMPARE(st->cpus, 0.0);
        QCOMPARE(st->finishedAt, QDateTime(QDate(2026, 11, 25), QTime(16, 27, 40, 732), Qt::UTC));
    }

    void parseListGolden()
    {
        auto l = parseList(golden("list.json"));
        QVERIFY(l);
        QCOMPARE(l->size(), 1);
        const ContainerSummary &c = l->at(0);
        QCOMPARE(c.names, QStringList{QStringLiteral("cap1")});
        QCOMPARE(c.state, QStringLiteral("running"));
        QCOMPARE(c.image, QStringLiteral("localhost/ectest:1"));
        QCOMPARE(c.command, (QStringList{QStringLiteral("/bin/sleep"), QStringLiteral("300")}));
        QCOMPARE(c.labels.value(QStringLiteral("app")), QStringLiteral("x"));
        QVERIFY(!c.exited);
    }

    void parseStatsGolden()
    {
        auto st = parseStats(golden("stats.json"));
        QVERIFY2(st, st ? "" : qPrintable(st.error().detail));
        QCOMPARE(st->size(), 1);
        const ContainerStats &c = st->at(0);
        QCOMPARE(c.id, QStringLiteral(
                           "852a54dde4dd56478ec81b922f336aaded057ab0ccf6337b1bb0a7771504a673"));
        QCOMPARE(c.name, QStringLiteral("st"));
        QCOMPARE(c.memoryBytes, qint64(602112));
        QCOMPARE(c.memoryLimitBytes, qint64(25276514304));
        QCOMPARE(c.pids, 1);
        QVERIFY(c.cpuPercent > 0.3 && c.cpuPercent < 0.4);
    }

    void parseStatsMalformed_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("code");
        QTest::newRow("garbage") << QByteArray("\x01\x02{") << int(Code::Internal);
        QTest::newRow("stats not a list")
            << QByteArray(R"({"Error":null,"Stats":7})") << int(Code::Internal);
        QTest::newRow("entry not an object")
            << QByteArray(R"({"Error":null,"Stats":[1]})") << int(Code::Internal);
        QTest::newRow("entry without id")
            << QByteArray(R"({"Error":null,"Stats":[{"CPU":1}]})") << int(Code::Internal);
        QTest::newRow("error reported")
            << QByteArray(R"({"Error":"no such container","Stats":null})")
            << int(Code::Unavailable);
    }
    void parseStatsMalformed()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, code);
        auto st = parseStats(body);
        QVERIFY(!st);
        if (code != int(Code::Internal))
            QCOMPARE(int(st.error().code), code);
    }

    void parseStatsEmpty()
    {
        auto st = parseStats(R"({"Error":null,"Stats":[]})");
        QVERIFY(st);
        QVERIFY(st->isEmpty());
    }

    void parseVersionGolden()
    {
        auto v = parseVersion(golden("version.json"));
        QVERIFY(v);
        QCOMPARE(v->version, QStringLiteral("4.3.1"));
        QCOMPARE(v->apiVersion, QStringLiteral("4.3.1"));
        QCOMPARE(v->minApiVersion, QStringLiteral("4.0.0"));
        QCOMPARE(v->os, QStringLiteral("linux"));
        QCOMPARE(v->arch, QStringLiteral("amd64"));
    }

    void parseLoadGolden()
    {
        auto names = parseLoadResponse(golden("load.json"));
        QVERIFY(names);
        QCOMPARE(*names, QStringList{QStringLiteral("localhost/ectest:1")});
    }

    void parseHealthCheckRunGolden()
    {
        auto status = parseHealthCheckRun(golden("healthcheck.json"));
        QVERIFY(status);
        QCOMPARE(*status, QStringLiteral("healthy"));
        QVERIFY(!parseHealthCheckRun(R"({"Status":"","FailingStreak":0})"));
        QVERIFY(!parseHealthCheckRun(R"({"Status":1})"));
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::addColumn<int>("status");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("not found")
            << QByteArray("error_notfound.json") << 404 << int(Code::NotFound)
            << QStringLiteral("no container with name or ID \"nope\" found");
        QTest::newRow("name in use") << QByteArray("error_conflict.json") << 500
                                     << int(Code::Conflict) << QStringLiteral("is already in use");
        QTest::newRow("bad archive") << QByteArray("error_load.json") << 500 << int(Code::Internal)
                                     << QStringLiteral("unable to load image");
        QTest::newRow("garbage") << QByteArray("malformed_garbage.json") << 502
                                 << int(Code::Internal) << QStringLiteral("not json at all");
        QTest::newRow("wrong types")
            << QByteArray("malformed_error.json") << 400 << int(Code::InvalidArgument)
            << QStringLiteral("{\"cause\":5");
    }
    void errors()
    {
        QFETCH(QByteArray, file);
        QFETCH(int, status);
        QFETCH(int, code);
        QFETCH(QString, messagePart);
        const edge::api::Error e = parseError(status, golden(file.constData()));
        QCOMPARE(int(e.code), code);
        QVERIFY2(e.message.contains(messagePart), qPrintable(e.message));
        QVERIFY(e.detail.contains(QString::number(status)));
    }

    void emptyErrorBody()
    {
        const edge::api::Error e = parseError(503, {});
        QVERIFY(e.message.contains(QStringLiteral("HTTP 503")));
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("file");
        QTest::newRow("truncated") << QByteArray("malformed_truncated.json");
        QTest::newRow("types") << QByteArray("malformed_types.json");
        QTest::newRow("garbage") << QByteArray("malformed_garbage.json");
        QTest::newRow("error shape") << QByteArray("malformed_error.json");
    }
    void malformed()
    {
        QFETCH(QByteArray, file);
        const QByteArray b = golden(file.constData());
        QVERIFY(!parseInspect(b));
        QVERIFY(!parseCreateResponse(b));
        QVERIFY(!parseVersion(b));
        QVERIFY(!parseLoadResponse(b));
        QVERIFY(!parseHealthCheckRun(b));
        QVERIFY(!parseList(b));
        QCOMPARE(parseInspect(b).error().code, Code::Internal);
    }

    void malformedListKeepsGoodEntries()
    {
        auto l = parseList(golden("malformed_list.json"));
        QVERIFY(l);
        QCOMPARE(l->size(), 0);
        auto l2 = parseList("[7, {\"Id\":\"abc\",\"Names\":[1,\"n\"],\"ExitCode\":1e300}]");
        QVERIFY(l2);
        QCOMPARE(l2->size(), 1);
        QCOMPARE(l2->at(0).names, QStringList{QStringLiteral("n")});
        QCOMPARE(l2->at(0).exitCode, 0);
    }

    void timestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime base(QDate(2026, 11, 25), QTime(16, 27, 35, 910), Qt::UTC);
        QTest::newRow("nanoseconds") << QStringLiteral("2026-11-25T16:27:35.910629847Z") << base;
        QTest::newRow("offset") << QStringLiteral("2026-11-25T17:27:35.91+01:00") << base;
        QTest::newRow("no fraction") << QStringLiteral("2026-11-25T16:27:35Z")
                                     << QDateTime(QDate(2026, 11, 25), QTime(16, 27, 35), Qt::UTC);
        QTest::newRow("zero time") << QStringLiteral("0001-01-01T00:00:00Z") << QDateTime();
        QTest::newRow("junk") << QStringLiteral("yesterday") << QDateTime();
        QTest::newRow("bad month") << QStringLiteral("2026-13-25T16:27:35Z") << QDateTime();
    }
    void timestamps()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const QDateTime got = parseTimestamp(text);
        QCOMPARE(got.isValid(), expected.isValid());
        if (expected.isValid())
            QCOMPARE(got, expected);
    }
};

QTEST_GUILESS_MAIN(TstPodmanCodec)
#include "tst_podman_codec.moc"
