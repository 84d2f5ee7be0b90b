// `edgectl survey distance` run as a process: --to with --json and text, --hazards with classes
// and user rules, and its errors (exit codes, the position and file named).
#include "backend/geo/geodesy.h"
#include "cli/clirunner.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace edge;

namespace {

QString data(const char *name)
{
    return QStringLiteral("%1/backend/geo/tests/data/%2")
        .arg(qEnvironmentVariable("EC_SOURCE_DIR"), QLatin1String(name));
}

const QString kSite = QStringLiteral("39.9072,116.3914");

} // namespace

class TestEdgectlDistance : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<testing::CliRunner> m_cli;

    testing::CliResult run(QStringList args)
    {
        args.prepend(QStringLiteral("distance"));
        args.prepend(QStringLiteral("survey"));
        return m_cli->run(args);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (!QFileInfo(testing::CliRunner::edgectl()).isExecutable())
            QSKIP("edgectl is not built ($EC_BIN_DIR/edgectl)");
        m_cli = std::make_unique<testing::CliRunner>(m_dir.path());
    }

    void toJson()
    {
        auto r = run({QStringLiteral("--json"), QStringLiteral("--from"), kSite,
                      QStringLiteral("--to"), QStringLiteral("31.2304,121.4737")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        bool ok = false;
        const QJsonObject o = r.json(&ok).object();
        QVERIFY2(ok, r.describe().constData());
        const geo::Inverse g = geo::inverse({39.9072, 116.3914}, {31.2304, 121.4737});
        QVERIFY(std::fabs(o.value(QStringLiteral("meters")).toDouble() - g.meters) < 1e-6);
        QVERIFY(o.value(QStringLiteral("meters")).toDouble() > 1'000'000);
        QVERIFY(std::fabs(o.value(QStringLiteral("azi1")).toDouble() - g.azi1) < 1e-9);
        QVERIFY(std::fabs(o.value(QStringLiteral("azi2")).toDouble() - g.azi2) < 1e-9);
        QCOMPARE(o.value(QStringLiteral("from")).toObject().value(QStringLiteral("lat")).toDouble(),
                 39.9072);
    }

    void toTextWithDms()
    {
        auto r = run({QStringLiteral("--from"), QStringLiteral("39°54'26\"N 116°23'29\"E"),
                      QStringLiteral("--to"), QStringLiteral("39°54'26\"N 116°23'30\"E")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        // One second of longitude at 39.9° N is about 23.7 m.
        QVERIFY2(r.outText().contains(QStringLiteral(" m")), r.describe().constData());
        const QString line = r.outText().split(u'\n').first();
        const double m = line.section(u':', 1).trimmed().section(u' ', 0, 0).toDouble();
        QVERIFY2(m > 23 && m < 24.5, r.describe().constData());
    }

    void hazardsJson()
    {
        auto r = run({QStringLiteral("--json"), QStringLiteral("--from"), kSite,
                      QStringLiteral("--hazards"), data("hazards.csv")});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        bool ok = false;
        const QJsonObject o = r.json(&ok).object();
        QVERIFY2(ok, r.describe().constData());
        QCOMPARE(o.value(QStringLiteral("class")).toString(), QStringLiteral("A"));
        const QJsonArray hs = o.value(QStringLiteral("hazards")).toArray();
        QCOMPARE(hs.size(), 5);
        double last = -1;
        for (const QJsonValue &v : hs) {
            const QJsonObject h = v.toObject();
            for (const char *key : {"name", "kind", "meters", "limit", "rule", "standard", "result"})
                QVERIFY2(h.contains(QLatin1String(key)), key);
            QVERIFY(h.value(QStringLiteral("meters")).toDouble() >= last);
            last = h.value(QStringLiteral("meters")).toDouble();
        }
        // Nearest: the depot car park, 16.6 m north: under 20 m, a class A "shall": fail.
        const QJsonObject park = hs.at(0).toObject();
        QCOMPARE(park.value(QStringLiteral("kind")).toString(), QStringLiteral("car-park"));
        QVERIFY(std::fabs(park.value(QStringLiteral("meters")).toDouble()
                          - geo::inverse({39.9072, 116.3914}, {39.90735, 116.3914}).meters)
                < 1e-6);
        QCOMPARE(park.value(QStringLiteral("limit")).toDouble(), 20.0);
        QCOMPARE(park.value(QStringLiteral("result")).toString(), QStringLiteral("fail"));
        QCOMPARE(park.value(QStringLiteral("standard")).toString(),
                 QStringLiteral("GB 50174-2017"));
        QCOMPARE(o.value(QStringLiteral("summary"))
                     .toObject()
                     .value(QStringLiteral("verdict"))
                     .toString(),
                 QStringLiteral("fail"));
        // The railway ~700 m away fails for class A and passes for class B (100 m).
        const auto find = [](const QJsonArray &a, const QString &kind) {
            for (const QJsonValue &v : a) {
                if (v.toObject().value(QStringLiteral("kind")).toString() == kind)
                    return v.toObject();
            }
            return QJsonObject();
        };
        QCOMPARE(find(hs, QStringLiteral("railway")).value(QStringLiteral("result")).toString(),
                 QStringLiteral("fail"));
        auto b = run({QStringLiteral("--json"), QStringLiteral("--from"), kSite,
                      QStringLiteral("--hazards"), data("hazards.csv"), QStringLiteral("--class"),
                      QStringLiteral("b")});
        QVERIFY2(b.exitCode == 0, b.describe().constData());
        const QJsonArray hb = b.json().object().value(QStringLiteral("hazards")).toArray();
        QCOMPARE(find(hb, QStringLiteral("railway")).value(QStringLiteral("result")).toString(),
                 QStringLiteral("pass"));
        QCOMPARE(find(hb, QStringLiteral("railway")).value(QStringLiteral("limit")).toDouble(),
                 100.0);
    }

    void hazardsGeoJsonTextAndRules()
    {
        QFile rules(m_dir.filePath(QStringLiteral("rules.json")));
        QVERIFY(rules.open(QIODevice::WriteOnly));
        rules.write(R"({"id": "mine", "version": 1, "category": "distance", "standard": "ACME",
            "entries": [{"key": "residential.should", "min": 200, "unit": "m"}]})");
        rules.close();
        auto r = run({QStringLiteral("--from"), kSite, QStringLiteral("--hazards"),
                      data("hazards.geojson"), QStringLiteral("--rules"), rules.fileName()});
        QVERIFY2(r.exitCode == 0, r.describe().constData());
        const QString out = r.outText();
        QVERIFY2(out.contains(QStringLiteral("Retention basin")), r.describe().constData());
        QVERIFY2(out.contains(QStringLiteral("G4 ring")), r.describe().constData());
        QVERIFY2(out.contains(QStringLiteral("ACME")), r.describe().constData());
        QVERIFY2(out.contains(QStringLiteral("≥ 200 m")), r.describe().constData());
        QVERIFY2(out.contains(QStringLiteral("(unverified)")), r.describe().constData());
        QVERIFY2(out.contains(QStringLiteral("verdict")), r.describe().constData());
    }

    void errors()
    {
        auto badFrom = run({QStringLiteral("--json"), QStringLiteral("--from"),
                            QStringLiteral("91,0"), QStringLiteral("--to"), kSite});
        QCOMPARE(badFrom.exitCode, 2);
        bool ok = false;
        const QJsonObject e = badFrom.errJson(&ok).object().value(QStringLiteral("error")).toObject();
        QVERIFY2(ok, badFrom.describe().constData());
        QCOMPARE(e.value(QStringLiteral("option")).toString(), QStringLiteral("--from"));
        QVERIFY(e.value(QStringLiteral("message")).toString().contains(QStringLiteral("-90..90")));

        auto both = run({QStringLiteral("--from"), kSite});
        QCOMPARE(both.exitCode, 2);
        auto cls = run({QStringLiteral("--from"), kSite, QStringLiteral("--hazards"),
                        data("hazards.csv"), QStringLiteral("--class"), QStringLiteral("D")});
        QCOMPARE(cls.exitCode, 2);

        auto bad = run({QStringLiteral("--json"), QStringLiteral("--from"), kSite,
                        QStringLiteral("--hazards"), data("bad_kind.csv")});
        QCOMPARE(bad.exitCode, 1);
        const QJsonObject be = bad.errJson(&ok).object().value(QStringLiteral("error")).toObject();
        QVERIFY2(ok, bad.describe().constData());
        QCOMPARE(be.value(QStringLiteral("code")).toString(), api::codeName(api::Code::BadInput));
        QCOMPARE(be.value(QStringLiteral("field")).toString(), QStringLiteral("3:8"));
        QVERIFY(be.value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("bad_kind.csv line 3 column 8")));

        auto text = run({QStringLiteral("--from"), kSite, QStringLiteral("--hazards"),
                         data("bad_kind.geojson")});
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.errText().contains(QStringLiteral("features[1].properties.kind")),
                 text.describe().constData());
    }
};

QTEST_GUILESS_MAIN(TestEdgectlDistance)
#include "tst_edgectl_distance.moc"
