// edgectl in offline field mode (--data DIR: an embedded hub on a local store), run as a real
// process: the documented examples, JSON output, partial edits, removal, exit codes, usage errors.
#include "clirunner.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using edge::testing::CliResult;
using edge::testing::CliRunner;

class TestCliOffline : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void documentedExample();
    void jsonBeforeOrAfterTheCommand_data();
    void jsonBeforeOrAfterTheCommand();
    void editChangesOnlyTheGivenField();
    void clearUnsetsAField();
    void chineseNamesRoundTrip();
    void listFilters();
    void nodeLabelsAndCabinetLookup();
    void removeAndCascade();
    void usageErrors_data();
    void usageErrors();
    void errors_data();
    void errors();
    void jsonErrorIsMachineReadable();
    void helpForEveryCommand();
    void demoSeedAndRemove();
    void usersOnTheLocalStore();
    void watchSeesAnotherProcess();

private:
    CliResult ec(QStringList args, const QString &password = QString()) const;
    QJsonObject showJson(const QString &kind, const QString &name, const QStringList &extra = {});

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<CliRunner> m_cli;
    QString m_data;
};

CliResult TestCliOffline::ec(QStringList args, const QString &password) const
{
    return m_cli->run(QStringList{QStringLiteral("--data"), m_data} + args, password);
}

QJsonObject TestCliOffline::showJson(const QString &kind, const QString &name,
                                     const QStringList &extra)
{
    const CliResult r = ec(QStringList{QStringLiteral("--json"), kind, QStringLiteral("show"), name}
                           + extra);
    bool ok = false;
    const QJsonDocument doc = r.json(&ok);
    if (r.exitCode != 0 || !ok || !doc.isObject()) {
        qWarning("show %s %s failed:\n%s", qPrintable(kind), qPrintable(name),
                 r.describe().constData());
        return {};
    }
    return doc.object();
}

void TestCliOffline::initTestCase()
{
    QVERIFY2(QFileInfo::exists(CliRunner::edgectl()), qPrintable(CliRunner::edgectl()));
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_cli = std::make_unique<CliRunner>(m_tmp->path());
    m_data = m_tmp->path()
             + QStringLiteral("/field/data"); // does not exist yet: edgectl creates it
    QVERIFY(!QFileInfo::exists(m_data));
}

void TestCliOffline::documentedExample()
{
    CliResult r = ec({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("深圳南山-01"), QStringLiteral("--kind"),
                      QStringLiteral("cabinet-site"), QStringLiteral("--lat"),
                      QStringLiteral("22.5431"), QStringLiteral("--lon"),
                      QStringLiteral("113.9298")});
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY2(r.outText().contains(QStringLiteral("深圳南山-01")), r.describe());
    QVERIFY(QFileInfo(m_data).isDir());

    r = ec({QStringLiteral("--json"), QStringLiteral("site"), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0, r.describe());
    bool ok = false;
    const QJsonDocument doc = r.json(&ok);
    QVERIFY2(ok && doc.isArray(), r.describe());
    QCOMPARE(doc.array().size(), 1);
    const QJsonObject site = doc.array().first().toObject();
    QCOMPARE(site.value(QStringLiteral("entity")).toString(), QStringLiteral("site"));
    QCOMPARE(site.value(QStringLiteral("name")).toString(), QStringLiteral("深圳南山-01"));
    QCOMPARE(site.value(QStringLiteral("kind")).toString(), QStringLiteral("cabinet-site"));
    QCOMPARE(site.value(QStringLiteral("latitude")).toDouble(), 22.5431);
    QCOMPARE(site.value(QStringLiteral("longitude")).toDouble(), 113.9298);
    QCOMPARE(site.value(QStringLiteral("demo")).toBool(true), false);
    QVERIFY(site.value(QStringLiteral("address")).isNull());
    QVERIFY(!site.value(QStringLiteral("id")).toString().isEmpty());
    QVERIFY(site.value(QStringLiteral("revision")).toInteger() > 0);
    // Every schema field is there, by its schema name.
    for (const char *key : {"region_id", "code", "address", "notes"})
        QVERIFY2(site.contains(QLatin1String(key)), key);

    r = ec({QStringLiteral("site"), QStringLiteral("edit"), QStringLiteral("深圳南山-01"),
            QStringLiteral("--address"), QStringLiteral("广东省深圳市南山区科技园")});
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(showJson(QStringLiteral("site"), QStringLiteral("深圳南山-01"))
                 .value(QStringLiteral("address"))
                 .toString(),
             QStringLiteral("广东省深圳市南山区科技园"));

    r = ec({QStringLiteral("cabinet"), QStringLiteral("add"), QStringLiteral("--site"),
            QStringLiteral("深圳南山-01"), QStringLiteral("--name"), QStringLiteral("CAB-01"),
            QStringLiteral("--height-u"), QStringLiteral("24"), QStringLiteral("--depth-mm"),
            QStringLiteral("600")});
    QVERIFY2(r.exitCode == 0, r.describe());
    const QJsonObject cab = showJson(QStringLiteral("cabinet"), QStringLiteral("CAB-01"),
                                     {QStringLiteral("--site"), QStringLiteral("深圳南山-01")});
    QCOMPARE(cab.value(QStringLiteral("entity")).toString(), QStringLiteral("cabinet"));
    QCOMPARE(cab.value(QStringLiteral("height_u")).toInt(), 24);
    QCOMPARE(cab.value(QStringLiteral("depth_mm")).toInt(), 600);
    QCOMPARE(cab.value(QStringLiteral("site_id")).toString(),
             site.value(QStringLiteral("id")).toString());

    // Human output: an aligned table with the name in it.
    r = ec({QStringLiteral("cabinet"), QStringLiteral("list"), QStringLiteral("--site"),
            QStringLiteral("深圳南山-01")});
    QVERIFY2(r.exitCode == 0, r.describe());
    const QStringList lines = r.outText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).startsWith(QStringLiteral("NAME")), r.describe());
    QVERIFY2(lines.at(1).startsWith(QStringLiteral("CAB-01")), r.describe());
    QCOMPARE(lines.at(0).indexOf(QStringLiteral("SITE")),
             lines.at(1).indexOf(QStringLiteral("深圳")));
}

void TestCliOffline::jsonBeforeOrAfterTheCommand_data()
{
    QTest::addColumn<QStringList>("args");
    const QString d = QStringLiteral("--data"), j = QStringLiteral("--json"),
                  s = QStringLiteral("site"), l = QStringLiteral("list");
    QTest::newRow("all before") << QStringList{d, QStringLiteral("@"), j, s, l};
    QTest::newRow("all after") << QStringList{s, l, d, QStringLiteral("@"), j};
    QTest::newRow("json between") << QStringList{d, QStringLiteral("@"), s, j, l};
    QTest::newRow("json=form and data=") << QStringList{s, l, QStringLiteral("--data=@"), j};
}

void TestCliOffline::jsonBeforeOrAfterTheCommand()
{
    QFETCH(QStringList, args);
    for (QString &a : args)
        a.replace(QLatin1Char('@'), m_data);
    const CliResult r = m_cli->run(args);
    QVERIFY2(r.exitCode == 0, r.describe());
    bool ok = false;
    const QJsonDocument doc = r.json(&ok);
    QVERIFY2(ok && doc.isArray(), r.describe());
    QVERIFY(!doc.array().isEmpty());
    QCOMPARE(doc.array().first().toObject().value(QStringLiteral("entity")).toString(),
             QStringLiteral("site"));
}

void TestCliOffline::editChangesOnlyTheGivenField()
{
    CliResult r = ec({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("edit-me"), QStringLiteral("--kind"),
                      QStringLiteral("end-edge-dc"), QStringLiteral("--code"),
                      QStringLiteral("EDIT-1"), QStringLiteral("--address"),
                      QStringLiteral("Old address"), QStringLiteral("--notes"),
                      QStringLiteral("keep me"), QStringLiteral("--lat"), QStringLiteral("39.795"),
                      QStringLiteral("--lon"), QStringLiteral("116.506")});
    QVERIFY2(r.exitCode == 0, r.describe());
    const QJsonObject before = showJson(QStringLiteral("site"), QStringLiteral("edit-me"));
    QVERIFY(!before.isEmpty());

    r = ec({QStringLiteral("--json"), QStringLiteral("site"), QStringLiteral("edit"),
            QStringLiteral("edit-me"), QStringLiteral("--address"),
            QStringLiteral("北京市大兴区亦庄")});
    QVERIFY2(r.exitCode == 0, r.describe());
    bool ok = false;
    const QJsonObject printed = r.json(&ok).object();
    QVERIFY2(ok, r.describe());
    const QJsonObject after = showJson(QStringLiteral("site"), QStringLiteral("edit-me"));
    QCOMPARE(printed, after); // edit prints the object as it is now
    QCOMPARE(after.value(QStringLiteral("address")).toString(), QStringLiteral("北京市大兴区亦庄"));
    QVERIFY(after.value(QStringLiteral("revision")).toInteger()
            > before.value(QStringLiteral("revision")).toInteger());
    for (auto it = before.begin(); it != before.end(); ++it) {
        if (it.key() == u"address" || it.key() == u"revision")
            continue;
        QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));
    }
}

void TestCliOffline::clearUnsetsAField()
{
    CliResult r = ec({QStringLiteral("site"), QStringLiteral("edit"), QStringLiteral("edit-me"),
                      QStringLiteral("--clear"), QStringLiteral("notes"), QStringLiteral("--clear"),
                      QStringLiteral("code")});
    QVERIFY2(r.exitCode == 0, r.describe());
    const QJsonObject after = showJson(QStringLiteral("site"), QStringLiteral("edit-me"));
    QVERIFY(after.value(QStringLiteral("notes")).isNull());
    QVERIFY(after.value(QStringLiteral("code")).isNull());
    QCOMPARE(after.value(QStringLiteral("address")).toString(), QStringLiteral("北京市大兴区亦庄"));
    // A required field cannot be cleared: the hub says so, naming the option.
    r = ec({QStringLiteral("site"), QStringLiteral("edit"), QStringLiteral("edit-me"),
            QStringLiteral("--clear"), QStringLiteral("name")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("--name")), r.describe());
}

void TestCliOffline::chineseNamesRoundTrip()
{
    const QString region = QStringLiteral("华南 South China");
    const QString site = QStringLiteral("广州科学城-机房甲");
    const QString notes = QStringLiteral("二楼 · 西侧, 温度 24°C");
    CliResult r = ec({QStringLiteral("region"), QStringLiteral("add"), QStringLiteral("--name"),
                      region, QStringLiteral("--code"), QStringLiteral("SOUTH")});
    QVERIFY2(r.exitCode == 0, r.describe());
    r = ec({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--name"), site,
            QStringLiteral("--kind"), QStringLiteral("end-edge-dc"), QStringLiteral("--region"),
            region, QStringLiteral("--notes"), notes});
    QVERIFY2(r.exitCode == 0, r.describe());
    const QJsonObject shown = showJson(QStringLiteral("site"), site);
    QCOMPARE(shown.value(QStringLiteral("name")).toString(), site);
    QCOMPARE(shown.value(QStringLiteral("notes")).toString(), notes);
    const QJsonObject reg = showJson(QStringLiteral("region"), region);
    QCOMPARE(shown.value(QStringLiteral("region_id")).toString(),
             reg.value(QStringLiteral("id")).toString());

    // Human output names the region by name.
    r = ec({QStringLiteral("site"), QStringLiteral("show"), site});
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY2(r.outText().contains(QStringLiteral("Region:")) && r.outText().contains(region),
             r.describe());
    QVERIFY2(r.outText().contains(notes), r.describe());
}

void TestCliOffline::listFilters()
{
    CliResult r = ec({QStringLiteral("--json"), QStringLiteral("site"), QStringLiteral("list"),
                      QStringLiteral("--region"), QStringLiteral("华南 South China")});
    QVERIFY2(r.exitCode == 0, r.describe());
    QJsonArray a = r.json().array();
    QCOMPARE(a.size(), 1);
    QCOMPARE(a.first().toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("广州科学城-机房甲"));

    r = ec({QStringLiteral("--json"), QStringLiteral("site"), QStringLiteral("list"),
            QStringLiteral("--kind"), QStringLiteral("cabinet-site")});
    QVERIFY2(r.exitCode == 0, r.describe());
    a = r.json().array();
    QCOMPARE(a.size(), 1);
    QCOMPARE(a.first().toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("深圳南山-01"));

    r = ec({QStringLiteral("--json"), QStringLiteral("site"), QStringLiteral("list"),
            QStringLiteral("--search"), QStringLiteral("机房")});
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.json().array().size(), 1);
}

void TestCliOffline::nodeLabelsAndCabinetLookup()
{
    // --cabinet alone: the cabinet is found by name and the node gets the cabinet's site.
    CliResult r = ec(
        {QStringLiteral("--json"), QStringLiteral("node"), QStringLiteral("add"),
         QStringLiteral("--cabinet"), QStringLiteral("CAB-01"), QStringLiteral("--name"),
         QStringLiteral("sz-edge01"), QStringLiteral("--role"), QStringLiteral("edge-server"),
         QStringLiteral("--cpu-cores"), QStringLiteral("16"), QStringLiteral("--memory-mb"),
         QStringLiteral("65536"), QStringLiteral("--arch"), QStringLiteral("x86_64"),
         QStringLiteral("--label"), QStringLiteral("env=prod"), QStringLiteral("--label"),
         QStringLiteral("gpu=t4")});
    QVERIFY2(r.exitCode == 0, r.describe());
    QJsonObject node = r.json().object();
    const QJsonObject site = showJson(QStringLiteral("site"), QStringLiteral("深圳南山-01"));
    QCOMPARE(node.value(QStringLiteral("site_id")).toString(),
             site.value(QStringLiteral("id")).toString());
    QCOMPARE(node.value(QStringLiteral("cpu_cores")).toInt(), 16);
    QCOMPARE(node.value(QStringLiteral("labels")).toObject(),
             (QJsonObject{{QStringLiteral("env"), QStringLiteral("prod")},
                          {QStringLiteral("gpu"), QStringLiteral("t4")}}));

    r = ec({QStringLiteral("node"), QStringLiteral("edit"), QStringLiteral("sz-edge01"),
            QStringLiteral("--label"), QStringLiteral("gpu-"), QStringLiteral("--label"),
            QStringLiteral("zone=a")});
    QVERIFY2(r.exitCode == 0, r.describe());
    node = showJson(QStringLiteral("node"), QStringLiteral("sz-edge01"));
    QCOMPARE(node.value(QStringLiteral("labels")).toObject(),
             (QJsonObject{{QStringLiteral("env"), QStringLiteral("prod")},
                          {QStringLiteral("zone"), QStringLiteral("a")}}));
    QCOMPARE(node.value(QStringLiteral("cpu_cores")).toInt(), 16);

    r = ec({QStringLiteral("--json"), QStringLiteral("node"), QStringLiteral("list"),
            QStringLiteral("--label"), QStringLiteral("zone=a")});
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.json().array().size(), 1);
    r = ec({QStringLiteral("--json"), QStringLiteral("node"), QStringLiteral("list"),
            QStringLiteral("--label"), QStringLiteral("zone=b")});
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.json().array().size(), 0);

    r = ec({QStringLiteral("device"), QStringLiteral("add"), QStringLiteral("--site"),
            QStringLiteral("深圳南山-01"), QStringLiteral("--cabinet"), QStringLiteral("CAB-01"),
            QStringLiteral("--name"), QStringLiteral("UPS-01"), QStringLiteral("--kind"),
            QStringLiteral("ups"), QStringLiteral("--protocol"), QStringLiteral("snmp"),
            QStringLiteral("--address"), QStringLiteral("192.0.2.10:161")});
    QVERIFY2(r.exitCode == 0, r.describe());
    const QJsonObject dev = showJson(QStringLiteral("device"), QStringLiteral("UPS-01"));
    QCOMPARE(dev.value(QStringLiteral("kind")).toString(), QStringLiteral("ups"));
    QCOMPARE(dev.value(QStringLiteral("cabinet_id")).toString(),
             showJson(QStringLiteral("cabinet"), QStringLiteral("CAB-01"))
                 .value(QStringLiteral("id"))
                 .toString());
}

void TestCliOffline::removeAndCascade()
{
    // Without --cascade a site with children stays, and the message says how to go on.
    CliResult r = ec({QStringLiteral("site"), QStringLiteral("rm"), QStringLiteral("深圳南山-01")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("--cascade")), r.describe());
    QVERIFY(!showJson(QStringLiteral("site"), QStringLiteral("深圳南山-01")).isEmpty());

    // A leaf goes without --cascade.
    r = ec({QStringLiteral("--json"), QStringLiteral("device"), QStringLiteral("rm"),
            QStringLiteral("UPS-01"), QStringLiteral("--site"), QStringLiteral("深圳南山-01")});
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.json().object().value(QStringLiteral("removed")).toBool(), true);
    r = ec({QStringLiteral("device"), QStringLiteral("show"), QStringLiteral("UPS-01")});
    QCOMPARE(r.exitCode, 1);

    r = ec({QStringLiteral("site"), QStringLiteral("rm"), QStringLiteral("深圳南山-01"),
            QStringLiteral("--cascade")});
    QVERIFY2(r.exitCode == 0, r.describe());
    r = ec({QStringLiteral("site"), QStringLiteral("show"), QStringLiteral("深圳南山-01")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("深圳南山-01")), r.describe());
    for (const char *kind : {"cabinet", "node"}) {
        r = ec({QStringLiteral("--json"), QLatin1String(kind), QStringLiteral("list")});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY2(r.json().array().isEmpty(), r.describe());
    }
}

void TestCliOffline::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<bool>("withData");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("hint");
    auto L = [](std::initializer_list<const char *> l) {
        QStringList out;
        for (const char *s : l)
            out << QString::fromUtf8(s);
        return out;
    };
    QTest::newRow("no command") << QStringList() << false << QStringLiteral("no command")
                                << QString();
    QTest::newRow("unknown command")
        << L({"frobnicate"}) << true << QStringLiteral("unknown command 'frobnicate'")
        << QStringLiteral("edgectl --help");
    QTest::newRow("group without action")
        << L({"site"}) << true << QStringLiteral("needs an action") << QString();
    QTest::newRow("unknown action")
        << L({"site", "frob"}) << true << QStringLiteral("unknown action 'frob'")
        << QStringLiteral("edgectl site --help");
    QTest::newRow("unknown option")
        << L({"site", "add", "--bogus"}) << true << QStringLiteral("--bogus")
        << QStringLiteral("edgectl site add --help");
    QTest::newRow("missing value")
        << L({"site", "add", "--name"}) << true << QStringLiteral("needs a value")
        << QStringLiteral("edgectl site add --help");
    QTest::newRow("required option")
        << L({"site", "add", "--kind", "cabinet-site"}) << true
        << QStringLiteral("--name is required") << QStringLiteral("edgectl site add --help");
    QTest::newRow("cabinet needs a site")
        << L({"cabinet", "add", "--name", "c", "--height-u", "24", "--depth-mm", "600"}) << true
        << QStringLiteral("--site is required") << QStringLiteral("edgectl cabinet add --help");
    QTest::newRow("missing argument")
        << L({"site", "show"}) << true << QStringLiteral("missing argument")
        << QStringLiteral("edgectl site show --help");
    QTest::newRow("extra argument")
        << L({"site", "show", "a", "b"}) << true << QStringLiteral("unexpected argument 'b'")
        << QStringLiteral("edgectl site show --help");
    QTest::newRow("edit without changes")
        << L({"site", "edit", "x"}) << true << QStringLiteral("nothing to change")
        << QStringLiteral("edgectl site edit --help");
    QTest::newRow("clear unknown field")
        << L({"site", "edit", "x", "--clear", "colour"}) << true
        << QStringLiteral("cannot clear 'colour'") << QStringLiteral("edgectl site edit --help");
    QTest::newRow("set and clear") << L({"site", "edit", "x", "--notes", "n", "--clear", "notes"})
                                   << true << QStringLiteral("both set and cleared") << QString();
    QTest::newRow("option twice") << L({"site", "add", "--name", "a", "--name", "b"}) << true
                                  << QStringLiteral("more than once") << QString();
    QTest::newRow("flag with value") << L({"site", "list", "--json=yes"}) << true
                                     << QStringLiteral("takes no value") << QString();
    QTest::newRow("no hub chosen")
        << L({"site", "list"}) << false << QStringLiteral("--data DIR") << QString();
    QTest::newRow("data and hub") << L({"site", "list", "--hub", "127.0.0.1:1"}) << true
                                  << QStringLiteral("not both") << QString();
    QTest::newRow("login offline") << L({"login", "--user", "admin"}) << true
                                   << QStringLiteral("nothing to log in") << QString();
    QTest::newRow("user add without role")
        << L({"user", "add", "--name", "x"}) << true << QStringLiteral("--role") << QString();
}

void TestCliOffline::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(bool, withData);
    QFETCH(QString, message);
    QFETCH(QString, hint);
    const CliResult r = withData ? ec(args) : m_cli->run(args);
    QVERIFY2(r.exitCode == 2, r.describe());
    QVERIFY2(r.errText().contains(message), r.describe());
    QVERIFY2(r.errText().startsWith(QStringLiteral("edgectl"))
                 || r.errText().startsWith(QStringLiteral("Usage")),
             r.describe());
    if (!hint.isEmpty())
        QVERIFY2(r.errText().contains(hint), r.describe());
    QVERIFY2(r.out.isEmpty(), r.describe());
}

void TestCliOffline::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    auto L = [](std::initializer_list<const char *> l) {
        QStringList out;
        for (const char *s : l)
            out << QString::fromUtf8(s);
        return out;
    };
    QTest::newRow("lat not a number")
        << L({"site", "add", "--name", "v", "--kind", "cabinet-site", "--lat", "abc", "--lon", "1"})
        << QStringLiteral("site add: --lat: 'abc' is not a number");
    QTest::newRow("lat out of range")
        << L({"site", "add", "--name", "v", "--kind", "cabinet-site", "--lat", "95", "--lon", "1"})
        << QStringLiteral("site add: --lat: Latitude must be between -90 and 90");
    QTest::newRow("lat without lon")
        << L({"site", "add", "--name", "v", "--kind", "cabinet-site", "--lat", "22"})
        << QStringLiteral("site add: --lon:");
    QTest::newRow("bad site kind")
        << L({"site", "add", "--name", "v", "--kind", "garage"})
        << QStringLiteral("site add: --kind: Unknown site kind 'garage'");
    QTest::newRow("bad code") << L(
        {"site", "add", "--name", "v", "--kind", "cabinet-site", "--code", "lower"})
                              << QStringLiteral("site add: --code:");
    QTest::newRow("height not a number")
        << L({"cabinet", "add", "--site", "x", "--name", "c", "--height-u", "24U", "--depth-mm",
              "600"})
        << QStringLiteral("cabinet add: --height-u: '24U' is not a whole number");
    QTest::newRow("unknown site") << L(
        {"cabinet", "add", "--site", "no-such-site", "--name", "c", "--height-u", "24", "--depth-mm",
         "600"}) << QStringLiteral("cabinet add: --site: No site has the id or name 'no-such-site'");
    QTest::newRow("show unknown") << L({"region", "show", "nowhere"})
                                  << QStringLiteral("No region has the id or name 'nowhere'");
    QTest::newRow("rm unknown") << L({"node", "rm", "ghost"})
                                << QStringLiteral("No node has the id or name 'ghost'");
    QTest::newRow("bad label") << L(
        {"node", "add", "--site", "x", "--name", "n", "--role", "gateway", "--label", "novalue"})
                               << QStringLiteral("--label: 'novalue' is not KEY=VALUE");
    QTest::newRow("bad watch revision")
        << L({"watch", "--from", "yesterday"}) << QStringLiteral("--from");
    QTest::newRow("bad role") << L({"user", "add", "--name", "x", "--role", "king"})
                              << QStringLiteral("--role: unknown role 'king'");
}

void TestCliOffline::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const CliResult r = ec(args);
    QVERIFY2(r.exitCode == 1, r.describe());
    QVERIFY2(r.errText().contains(message), r.describe());
    QVERIFY2(r.out.isEmpty(), r.describe());
}

void TestCliOffline::jsonErrorIsMachineReadable()
{
    const CliResult r = ec({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--json"),
                            QStringLiteral("--name"), QStringLiteral("v"), QStringLiteral("--kind"),
                            QStringLiteral("cabinet-site"), QStringLiteral("--lat"),
                            QStringLiteral("95"), QStringLiteral("--lon"), QStringLiteral("1")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.out.isEmpty(), r.describe());
    bool ok = false;
    const QJsonObject e = r.errJson(&ok).object().value(QStringLiteral("error")).toObject();
    QVERIFY2(ok, r.describe());
    QCOMPARE(e.value(QStringLiteral("code")).toString(), QStringLiteral("validation"));
    QCOMPARE(e.value(QStringLiteral("field")).toString(), QStringLiteral("latitude"));
    QCOMPARE(e.value(QStringLiteral("option")).toString(), QStringLiteral("--lat"));
    QVERIFY(!e.value(QStringLiteral("message")).toString().isEmpty());

    const CliResult u = ec({QStringLiteral("--json"), QStringLiteral("site"), QStringLiteral("add"),
                            QStringLiteral("--bogus")});
    QCOMPARE(u.exitCode, 2);
    QCOMPARE(u.errJson()
                 .object()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("usage"));

    const CliResult n = ec({QStringLiteral("--json"), QStringLiteral("site"),
                            QStringLiteral("show"), QStringLiteral("nope")});
    QCOMPARE(n.exitCode, 1);
    QCOMPARE(n.errJson()
                 .object()
                 .value(QStringLiteral("error"))
                 .toObject()
                 .value(QStringLiteral("code"))
                 .toString(),
             QStringLiteral("not-found"));
}

void TestCliOffline::helpForEveryCommand()
{
    const CliResult top = m_cli->run({QStringLiteral("--help")});
    QVERIFY2(top.exitCode == 0, top.describe());
    const QStringList commands = {QStringLiteral("site"),    QStringLiteral("region"),
                                  QStringLiteral("cabinet"), QStringLiteral("node"),
                                  QStringLiteral("device"),  QStringLiteral("user"),
                                  QStringLiteral("login"),   QStringLiteral("logout"),
                                  QStringLiteral("whoami"),  QStringLiteral("health"),
                                  QStringLiteral("watch"),   QStringLiteral("demo")};
    for (const QString &c : commands)
        QVERIFY2(top.outText().contains(QStringLiteral("\n  ") + c), qPrintable(c));

    QList<QStringList> all;
    for (const char *kind : {"site", "region", "cabinet", "node", "device"})
        for (const char *action : {"add", "list", "show", "edit", "rm"})
            all << QStringList{QLatin1String(kind), QLatin1String(action)};
    for (const char *action : {"add", "list", "edit", "passwd", "rm"})
        all << QStringList{QStringLiteral("user"), QLatin1String(action)};
    for (const char *c : {"login", "logout", "whoami", "health", "watch"})
        all << QStringList{QLatin1String(c)};
    all << QStringList{QStringLiteral("demo"), QStringLiteral("seed")}
        << QStringList{QStringLiteral("demo"), QStringLiteral("remove")};
    for (const QStringList &c : std::as_const(all)) {
        const CliResult r = m_cli->run(c + QStringList{QStringLiteral("--help")});
        QVERIFY2(r.exitCode == 0,
                 qPrintable(c.join(u' ') + QLatin1Char('\n') + QString::fromUtf8(r.describe())));
        QVERIFY2(r.outText().startsWith(QStringLiteral("Usage: edgectl [global options] ")
                                        + c.join(u' ')),
                 r.describe());
    }
    const CliResult site = m_cli->run(
        {QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("-h")});
    for (const char *opt : {"--name", "--kind", "--code", "--region", "--address", "--lat", "--lon",
                            "--notes", "--data", "--json"})
        QVERIFY2(site.outText().contains(QLatin1String(opt)), opt);
    const CliResult edit = m_cli->run(
        {QStringLiteral("help"), QStringLiteral("cabinet"), QStringLiteral("edit")});
    QVERIFY2(edit.exitCode == 0 && edit.outText().contains(QStringLiteral("--clear")),
             edit.describe());
}

void TestCliOffline::demoSeedAndRemove()
{
    CliResult r = ec({QStringLiteral("--json"), QStringLiteral("demo"), QStringLiteral("seed")});
    QVERIFY2(r.exitCode == 0, r.describe());
    const int created = r.json().object().value(QStringLiteral("created")).toInt();
    QVERIFY2(created >= 2 + 5 + 4 + 10, r.describe());
    r = ec({QStringLiteral("--json"), QStringLiteral("site"), QStringLiteral("list"),
            QStringLiteral("--kind"), QStringLiteral("cloud-centre")});
    QCOMPARE(r.json().array().size(), 1);
    QVERIFY(r.json().array().first().toObject().value(QStringLiteral("demo")).toBool());

    r = ec({QStringLiteral("demo"), QStringLiteral("seed")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("already")), r.describe());

    r = ec({QStringLiteral("--json"), QStringLiteral("demo"), QStringLiteral("remove")});
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.json().object().value(QStringLiteral("removed")).toInt(), created);
    r = ec({QStringLiteral("--json"), QStringLiteral("site"), QStringLiteral("list"),
            QStringLiteral("--kind"), QStringLiteral("cloud-centre")});
    QCOMPARE(r.json().array().size(), 0);
    // What the user made is untouched.
    QVERIFY(!showJson(QStringLiteral("site"), QStringLiteral("广州科学城-机房甲")).isEmpty());
}

void TestCliOffline::usersOnTheLocalStore()
{
    CliResult r = ec({QStringLiteral("whoami"), QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.json().object().value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
    QCOMPARE(r.json().object().value(QStringLiteral("mode")).toString(), QStringLiteral("local"));

    // No password source: a usage error, not a hang on stdin.
    r = ec({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"),
            QStringLiteral("ops"), QStringLiteral("--role"), QStringLiteral("operator")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.errText().contains(QStringLiteral("EDGE_PASSWORD")), r.describe());

    r = ec({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"),
            QStringLiteral("ops"), QStringLiteral("--role"), QStringLiteral("operator")},
           QStringLiteral("short"));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("8 characters")), r.describe());

    r = ec({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"),
            QStringLiteral("ops"), QStringLiteral("--role"), QStringLiteral("operator"),
            QStringLiteral("--display-name"), QStringLiteral("运维")},
           QStringLiteral("s3cret-pass"));
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY2(!r.outText().contains(QStringLiteral("s3cret-pass"))
                 && !r.errText().contains(QStringLiteral("s3cret-pass")),
             r.describe());
    r = ec({QStringLiteral("user"), QStringLiteral("edit"), QStringLiteral("ops"),
            QStringLiteral("--role"), QStringLiteral("viewer")});
    QVERIFY2(r.exitCode == 0, r.describe());
    r = ec({QStringLiteral("--json"), QStringLiteral("user"), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0, r.describe());
    bool found = false;
    for (const QJsonValue &v : r.json().array()) {
        const QJsonObject u = v.toObject();
        if (u.value(QStringLiteral("name")).toString() == u"ops") {
            found = true;
            QCOMPARE(u.value(QStringLiteral("role")).toString(), QStringLiteral("viewer"));
            QCOMPARE(u.value(QStringLiteral("display_name")).toString(), QStringLiteral("运维"));
        }
    }
    QVERIFY2(found, r.describe());
    r = ec({QStringLiteral("user"), QStringLiteral("rm"), QStringLiteral("ops")});
    QVERIFY2(r.exitCode == 0, r.describe());
    r = ec({QStringLiteral("user"), QStringLiteral("edit"), QStringLiteral("ops"),
            QStringLiteral("--enable")});
    QCOMPARE(r.exitCode, 1);
}

void TestCliOffline::watchSeesAnotherProcess()
{
    // Two edgectl processes on one --data directory: the watcher sees the other one's change.
    CliResult r = ec({QStringLiteral("--json"), QStringLiteral("health")});
    QVERIFY2(r.exitCode == 0, r.describe());
    const qint64 from = r.json().object().value(QStringLiteral("revision")).toInteger();
    QVERIFY(from > 0);

    QProcess watcher;
    watcher.setProcessEnvironment(m_cli->environment());
    watcher.start(CliRunner::edgectl(), {QStringLiteral("--data"), m_data, QStringLiteral("watch"),
                                         QStringLiteral("--from"), QString::number(from)});
    QVERIFY(watcher.waitForStarted(30000));
    r = ec({QStringLiteral("region"), QStringLiteral("add"), QStringLiteral("--name"),
            QStringLiteral("华北 North China")});
    QVERIFY2(r.exitCode == 0, r.describe());
    QByteArray text;
    QDeadlineTimer deadline(120000);
    while (!text.contains('\n') && !deadline.hasExpired() && watcher.state() == QProcess::Running) {
        watcher.waitForReadyRead(500);
        text += watcher.readAllStandardOutput();
    }
    QVERIFY2(QString::fromUtf8(text).contains(
                 QRegularExpression(QStringLiteral(
                                        "^\\d+ created region 华北 North China \\[[^\\]]+\\]$"),
                                    QRegularExpression::MultilineOption)),
             QByteArray(text + watcher.readAllStandardError()).constData());
    watcher.terminate();
    QVERIFY(watcher.waitForFinished(60000));
    QCOMPARE(watcher.exitStatus(), QProcess::NormalExit);
    QCOMPARE(watcher.exitCode(), 0);
}

QTEST_GUILESS_MAIN(TestCliOffline)
#include "tst_cli_offline.moc"
