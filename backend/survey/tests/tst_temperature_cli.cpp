// `edgectl survey temperature` run as a process (the real binary): derived values and checks in
// --json, the profile list with unverified flags, human output, and errors (bad CSV, unknown
// profile, broken limits file) with their exit codes.
#include "cli/clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using edge::testing::CliResult;
using edge::testing::CliRunner;

namespace {

QJsonObject checkById(const QJsonArray &checks, const QString &id)
{
    for (const QJsonValue &v : checks)
        if (v.toObject().value(QStringLiteral("id")).toString() == id)
            return v.toObject();
    return {};
}

bool near(const QJsonValue &v, double expected, double tolerance = 0.011)
{
    return v.isDouble() && std::abs(v.toDouble() - expected) <= tolerance;
}

} // namespace

class TestTemperatureCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(CliRunner::edgectl()), qPrintable(CliRunner::edgectl()));
        QVERIFY(m_dir.isValid());
        // Every 5 minutes for two hours, 22 °C rising 0.02 °C a minute, 50 % RH, and one spike
        // to 28 °C at minute 60.
        QByteArray csv = "# test logger\ntime,温度(℃),湿度(%RH)\n";
        for (int m = 0; m <= 120; m += 5) {
            const double t = m == 60 ? 28.0 : 22.0 + 0.02 * m;
            csv += QStringLiteral("2026-11-25 %1:%2:00,%3,50\n")
                       .arg(10 + m / 60, 2, 10, QLatin1Char('0'))
                       .arg(m % 60, 2, 10, QLatin1Char('0'))
                       .arg(t, 0, 'f', 2)
                       .toUtf8();
        }
        m_csv = write(QStringLiteral("readings.csv"), csv);
    }

    void jsonDerivedAndChecks()
    {
        CliRunner cli(m_dir.path());
        const CliResult r = cli.run({QStringLiteral("survey"), QStringLiteral("temperature"),
                                     QStringLiteral("--csv"), m_csv, QStringLiteral("--profile"),
                                     QStringLiteral("ashrae-2021-recommended"),
                                     QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        bool ok = false;
        const QJsonObject o = r.json(&ok).object();
        QVERIFY2(ok, r.describe().constData());
        const QJsonObject d = o.value(QStringLiteral("derived")).toObject();
        QCOMPARE(d.value(QStringLiteral("count")).toInt(), 25);
        QVERIFY(near(d.value(QStringLiteral("min")), 22.0));
        QVERIFY(near(d.value(QStringLiteral("max")), 28.0));
        QVERIFY(near(d.value(QStringLiteral("mean")), 23.39));
        QVERIFY(near(d.value(QStringLiteral("span_s")), 7200));
        QVERIFY(near(d.value(QStringLiteral("max_rate_per_hour")), 6.0));
        QVERIFY(near(d.value(QStringLiteral("max_change_15min")), 5.1));
        QVERIFY(near(d.value(QStringLiteral("dew_point_min")), 11.10));
        QVERIFY(near(d.value(QStringLiteral("dew_point_max")), 16.61));
        QCOMPARE(o.value(QStringLiteral("profile")).toObject().value(QStringLiteral("id")),
                 QStringLiteral("ashrae-2021-recommended"));

        const QJsonArray checks = o.value(QStringLiteral("checks")).toArray();
        const auto result = [&](const char *id) {
            return checkById(checks, QLatin1String(id)).value(QStringLiteral("result")).toString();
        };
        QCOMPARE(result("temperature.max"), QStringLiteral("fail"));
        QCOMPARE(result("temperature.min"), QStringLiteral("pass"));
        QCOMPARE(result("dewpoint.max"), QStringLiteral("fail"));
        QCOMPARE(result("dewpoint.min"), QStringLiteral("pass"));
        QCOMPARE(result("humidity.max"), QStringLiteral("pass"));
        QCOMPARE(result("temperature.rate-hour"), QStringLiteral("pass"));
        QCOMPARE(result("temperature.change-15min"), QStringLiteral("fail"));
        const QJsonObject max = checkById(checks, QStringLiteral("temperature.max"));
        QVERIFY(near(max.value(QStringLiteral("value")), 28.0));
        QCOMPARE(max.value(QStringLiteral("limit")).toObject().value(QStringLiteral("max")), 27);
        QCOMPARE(max.value(QStringLiteral("limit")).toObject().value(QStringLiteral("warnMargin")),
                 1);
        const QJsonObject source = max.value(QStringLiteral("source")).toObject();
        QCOMPARE(source.value(QStringLiteral("standard")), QStringLiteral("ASHRAE TC 9.9 2021"));
        QCOMPARE(source.value(QStringLiteral("confidence")), QStringLiteral("high"));
        QCOMPARE(o.value(QStringLiteral("summary")).toObject().value(QStringLiteral("verdict")),
                 QStringLiteral("fail"));
        const QJsonObject band = o.value(QStringLiteral("envelope"))
                                     .toObject()
                                     .value(QStringLiteral("temperature"))
                                     .toObject();
        QCOMPARE(band.value(QStringLiteral("min")), 18);
        QCOMPARE(band.value(QStringLiteral("max")), 27);
    }

    void marginAndOtherProfile()
    {
        CliRunner cli(m_dir.path());
        // A1 allows 15-32 °C; with --margin 0 nothing warns at 28 °C.
        const CliResult r = cli.run({QStringLiteral("--json"), QStringLiteral("survey"),
                                     QStringLiteral("temperature"), QStringLiteral("--csv"), m_csv,
                                     QStringLiteral("--profile"), QStringLiteral("ashrae-2021-a1"),
                                     QStringLiteral("--margin"), QStringLiteral("0")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        const QJsonArray checks = r.json().object().value(QStringLiteral("checks")).toArray();
        const QJsonObject max = checkById(checks, QStringLiteral("temperature.max"));
        QCOMPARE(max.value(QStringLiteral("result")), QStringLiteral("pass"));
        QVERIFY(
            !max.value(QStringLiteral("limit")).toObject().contains(QStringLiteral("warnMargin")));
        QCOMPARE(checkById(checks, QStringLiteral("temperature.change-15min"))
                     .value(QStringLiteral("result")),
                 QStringLiteral("fail"));
    }

    void profileList()
    {
        CliRunner cli(m_dir.path());
        const CliResult r = cli.run({QStringLiteral("survey"), QStringLiteral("temperature"),
                                     QStringLiteral("--profile"), QStringLiteral("list"),
                                     QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        const QJsonArray list = r.json().object().value(QStringLiteral("profiles")).toArray();
        QCOMPARE(list.size(), 10);
        QHash<QString, bool> unverified;
        for (const QJsonValue &v : list)
            unverified.insert(v.toObject().value(QStringLiteral("id")).toString(),
                              v.toObject().value(QStringLiteral("unverified")).toBool());
        QCOMPARE(unverified.value(QStringLiteral("ashrae-2021-recommended"), true), false);
        QCOMPARE(unverified.value(QStringLiteral("gb50174-2017"), true), false);
        QCOMPARE(unverified.value(QStringLiteral("ydt2441-2013"), false), true);
        QCOMPARE(unverified.value(QStringLiteral("whitepaper-immersion-outdoor"), false), true);
        QVERIFY(!unverified.contains(QStringLiteral("site-facts")));

        const CliResult human = cli.run({QStringLiteral("survey"), QStringLiteral("temperature"),
                                         QStringLiteral("--profile"), QStringLiteral("list")});
        QCOMPARE(human.exitCode, 0);
        QVERIFY(human.outText().contains(QStringLiteral("tia942-2005")));
        QVERIFY(human.outText().contains(QStringLiteral("unverified")));
    }

    void humanOutput()
    {
        CliRunner cli(m_dir.path());
        const CliResult r = cli.run({QStringLiteral("survey"), QStringLiteral("temperature"),
                                     QStringLiteral("--csv"), m_csv, QStringLiteral("--profile"),
                                     QStringLiteral("ydt2441-2013")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        QVERIFY(r.outText().contains(QStringLiteral("YD/T 2441-2013 (unverified)")));
        QVERIFY(r.outText().contains(QStringLiteral("Verdict: FAIL")));
        QVERIFY(r.outText().contains(QStringLiteral("≤ 27 °C")));
    }

    void errors()
    {
        CliRunner cli(m_dir.path());
        const QString bad = write(QStringLiteral("bad.csv"),
                                  "time,temperature\n2026-11-25 10:00:00,22\n2026-11-25 10:05,x\n");
        const CliResult r = cli.run({QStringLiteral("survey"), QStringLiteral("temperature"),
                                     QStringLiteral("--csv"), bad, QStringLiteral("--profile"),
                                     QStringLiteral("gb50174-2017")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(QStringLiteral("bad.csv line 3 column 18")),
                 r.describe().constData());
        QVERIFY(r.out.isEmpty());

        const CliResult unknown = cli.run({QStringLiteral("survey"), QStringLiteral("temperature"),
                                           QStringLiteral("--csv"), m_csv,
                                           QStringLiteral("--profile"), QStringLiteral("ashrae")});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.errText().contains(QStringLiteral("ashrae-2021-a1")));

        const CliResult noCsv = cli.run({QStringLiteral("survey"), QStringLiteral("temperature"),
                                         QStringLiteral("--profile"),
                                         QStringLiteral("gb50174-2017")});
        QCOMPARE(noCsv.exitCode, 2);
        QVERIFY(noCsv.errText().contains(QStringLiteral("--csv")));

        const CliResult margin = cli.run(
            {QStringLiteral("survey"), QStringLiteral("temperature"), QStringLiteral("--csv"),
             m_csv, QStringLiteral("--profile"), QStringLiteral("gb50174-2017"),
             QStringLiteral("--margin"), QStringLiteral("-1")});
        QCOMPARE(margin.exitCode, 2);

        const QString limits = write(QStringLiteral("limits.json"),
                                     "{\"sets\": [\n  {\"id\": }\n]}");
        const CliResult broken = cli.run(
            {QStringLiteral("survey"), QStringLiteral("temperature"), QStringLiteral("--csv"),
             m_csv, QStringLiteral("--profile"), QStringLiteral("gb50174-2017"),
             QStringLiteral("--limits"), limits});
        QCOMPARE(broken.exitCode, 1);
        QVERIFY2(broken.errText().contains(QStringLiteral("limits.json line 2 column")),
                 broken.describe().constData());
    }

private:
    QString write(const QString &name, const QByteArray &data)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(data);
        return path;
    }

    QTemporaryDir m_dir;
    QString m_csv;
};

QTEST_GUILESS_MAIN(TestTemperatureCli)
#include "tst_temperature_cli.moc"
