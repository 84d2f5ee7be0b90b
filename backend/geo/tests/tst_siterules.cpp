// GB 50174-2017 site-distance rules at and around every bound, per class; user rules; the
// nearest-first table and the plot data.
#include "backend/geo/siterules.h"

#include <QTest>

#include <cmath>

using namespace edge;
using namespace edge::geo;
using api::CheckResult;

Q_DECLARE_METATYPE(edge::api::CheckResult)
Q_DECLARE_METATYPE(edge::geo::HazardKind)
Q_DECLARE_METATYPE(edge::geo::SiteClass)

namespace {

const GeoPoint kSite{39.9072, 116.3914};

Hazard hazardAt(HazardKind kind, double meters, double azimuth = 37,
                QHash<QString, QString> attributes = {})
{
    Hazard h;
    h.name = hazardKindName(kind);
    h.kind = kind;
    h.geometry = HazardGeometry::point(direct(kSite, azimuth, meters));
    h.attributes = attributes;
    return h;
}

const QHash<QString, QString> kInPath{{QStringLiteral("flight-path"), QStringLiteral("yes")}};
const QHash<QString, QString> kNotInPath{{QStringLiteral("flight-path"), QStringLiteral("no")}};

} // namespace

class TestSiteRules : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void shippedRulesComeFromTheResource()
    {
        const QList<DistanceRule> rules = shippedRules();
        QVERIFY(rules.size() >= 17);
        const auto railA = ruleFor(HazardKind::Railway, SiteClass::A, rules, {});
        QVERIFY(railA);
        QCOMPARE(railA->minMeters, 800.0);
        QVERIFY(railA->shall);
        QCOMPARE(railA->source.standard, QStringLiteral("GB 50174-2017"));
        QCOMPARE(railA->source.confidence, api::Confidence::High);
        const auto railB = ruleFor(HazardKind::Railway, SiteClass::B, rules, {});
        QVERIFY(railB);
        QCOMPARE(railB->minMeters, 100.0);
        QVERIFY(!railB->shall);
        QCOMPARE(railB->source.confidence, api::Confidence::Medium);
        QVERIFY(!ruleFor(HazardKind::Railway, SiteClass::C, rules, {}));
        const auto flood = ruleFor(HazardKind::FloodProne, SiteClass::A, rules, {});
        QVERIFY(flood);
        QCOMPARE(flood->source.confidence, api::Confidence::Low); // the radius is ours
        QVERIFY(!ruleFor(HazardKind::Substation, SiteClass::A, rules, {}));
    }

    void bounds_data()
    {
        QTest::addColumn<HazardKind>("kind");
        QTest::addColumn<SiteClass>("cls");
        QTest::addColumn<double>("meters");
        QTest::addColumn<bool>("inPath");
        QTest::addColumn<CheckResult>("expected");
        const auto row = [](const char *name, HazardKind k, SiteClass c, double m, CheckResult r,
                            bool inPath = true) {
            QTest::newRow(name) << k << c << m << inPath << r;
        };
        using K = HazardKind;
        using C = SiteClass;
        row("railway A 799.9", K::Railway, C::A, 799.9, CheckResult::Fail);
        row("railway A 800", K::Railway, C::A, 800, CheckResult::Pass);
        row("railway A 800.1", K::Railway, C::A, 800.1, CheckResult::Pass);
        row("railway B 99.9", K::Railway, C::B, 99.9, CheckResult::Warn);
        row("railway B 100", K::Railway, C::B, 100, CheckResult::Pass);
        row("railway C 1", K::Railway, C::C, 1, CheckResult::Pass);
        row("expressway A 799.9", K::Expressway, C::A, 799.9, CheckResult::Fail);
        row("expressway A 800", K::Expressway, C::A, 800, CheckResult::Pass);
        row("expressway B 99.9", K::Expressway, C::B, 99.9, CheckResult::Warn);
        row("car park A 19.9", K::CarPark, C::A, 19.9, CheckResult::Fail);
        row("car park A 20", K::CarPark, C::A, 20, CheckResult::Pass);
        row("car park B 9.9", K::CarPark, C::B, 9.9, CheckResult::Warn);
        row("car park B 10", K::CarPark, C::B, 10, CheckResult::Pass);
        row("car park C 0.5", K::CarPark, C::C, 0.5, CheckResult::Pass);
        row("metro A 99.9", K::Metro, C::A, 99.9, CheckResult::Warn);
        row("metro A 100", K::Metro, C::A, 100, CheckResult::Pass);
        row("metro B 79.9", K::Metro, C::B, 79.9, CheckResult::Warn);
        row("metro B 80", K::Metro, C::B, 80, CheckResult::Pass);
        row("airport A in path 7999.9", K::Airport, C::A, 7999.9, CheckResult::Warn);
        row("airport A in path 8000", K::Airport, C::A, 8000, CheckResult::Pass);
        row("airport A outside path 10", K::Airport, C::A, 10, CheckResult::Pass, false);
        row("airport B in path 1599.9", K::Airport, C::B, 1599.9, CheckResult::Warn);
        row("airport B in path 1600", K::Airport, C::B, 1600, CheckResult::Pass);
        row("airport C in path 10", K::Airport, C::C, 10, CheckResult::Pass);
        row("fire-hazard A 1999.9", K::FireHazardFactory, C::A, 1999.9, CheckResult::Fail);
        row("fire-hazard A 2000", K::FireHazardFactory, C::A, 2000, CheckResult::Pass);
        row("fire-hazard B 10", K::FireHazardFactory, C::B, 10, CheckResult::Pass);
        row("landfill A 1999.9", K::Landfill, C::A, 1999.9, CheckResult::Fail);
        row("landfill A 2000", K::Landfill, C::A, 2000, CheckResult::Pass);
        row("explosives A 2999.9", K::Explosives, C::A, 2999.9, CheckResult::Fail);
        row("explosives A 3000", K::Explosives, C::A, 3000, CheckResult::Pass);
        row("nuclear A 39999.9", K::NuclearPlant, C::A, 39999.9, CheckResult::Fail);
        row("nuclear A 40000", K::NuclearPlant, C::A, 40000, CheckResult::Pass);
        row("nuclear B 100", K::NuclearPlant, C::B, 100, CheckResult::Pass);
        row("residential A 99.9", K::Residential, C::A, 99.9, CheckResult::Warn);
        row("residential A 100", K::Residential, C::A, 100, CheckResult::Pass);
        row("residential B 5", K::Residential, C::B, 5, CheckResult::Pass);
        row("flood A 499.9", K::FloodProne, C::A, 499.9, CheckResult::Fail);
        row("flood A 500", K::FloodProne, C::A, 500, CheckResult::Pass);
        row("flood B 100", K::FloodProne, C::B, 100, CheckResult::Warn);
        row("flood C 0", K::FloodProne, C::C, 0, CheckResult::Pass);
        row("substation A 1", K::Substation, C::A, 1, CheckResult::Pass);
        row("gas station A 1", K::GasStation, C::A, 1, CheckResult::Pass);
    }
    void bounds()
    {
        QFETCH(HazardKind, kind);
        QFETCH(SiteClass, cls);
        QFETCH(double, meters);
        QFETCH(bool, inPath);
        QFETCH(CheckResult, expected);
        for (double azimuth : {0.0, 37.0, 90.0, -123.0}) {
            const Hazard h = hazardAt(kind, meters, azimuth, inPath ? kInPath : kNotInPath);
            SiteCheckOptions o;
            o.siteClass = cls;
            const QList<HazardCheck> checks = checkSite(kSite, {h}, o);
            QCOMPARE(checks.size(), 1);
            const api::Check &c = checks.first().check;
            QVERIFY2(c.result == expected,
                     qPrintable(QStringLiteral("%1 m at %2°: %3, %4")
                                    .arg(*c.value, 0, 'f', 4)
                                    .arg(azimuth)
                                    .arg(api::checkResultName(c.result), c.rule)));
            QVERIFY(std::fabs(*c.value - meters) < 1e-3);
            QCOMPARE(c.category, QStringLiteral("distance"));
            QCOMPARE(c.limit.unit, QStringLiteral("m"));
            QVERIFY(!c.rule.isEmpty());
            QVERIFY(!c.source.standard.isEmpty());
            if (checks.first().rule) {
                QCOMPARE(*c.limit.min, checks.first().rule->minMeters);
                QVERIFY(c.rule.contains(checks.first().rule->shall ? QStringLiteral("shall")
                                                                   : QStringLiteral("should")));
                QVERIFY(c.rule.contains(checks.first().rule->shall ? QStringLiteral("不应")
                                                                   : QStringLiteral("不宜")));
            }
        }
    }

    void airportWithUnknownFlightPath()
    {
        // Unknown membership and closer than the rule: a warning saying what to add.
        const QList<HazardCheck> near = checkSite(kSite, {hazardAt(HazardKind::Airport, 5000)});
        QCOMPARE(near.first().check.result, CheckResult::Warn);
        QVERIFY(near.first().check.note.contains(QStringLiteral("flight-path")));
        // Beyond the rule's distance it passes either way.
        QCOMPARE(checkSite(kSite, {hazardAt(HazardKind::Airport, 9000)}).first().check.result,
                 CheckResult::Pass);
        // A flight-path area around the site puts every airport of the list in the path.
        Hazard area;
        area.name = QStringLiteral("approach");
        area.kind = HazardKind::FlightPath;
        area.geometry = {HazardGeometry::Polygon,
                         {{direct(kSite, 0, 3000), direct(kSite, 120, 3000),
                           direct(kSite, 240, 3000)}}};
        const QList<HazardCheck> withArea = checkSite(kSite,
                                                      {hazardAt(HazardKind::Airport, 5000), area});
        QCOMPARE(withArea.size(), 2);
        QCOMPARE(withArea.at(0).hazard.kind, HazardKind::FlightPath); // 0 m: nearest first
        QCOMPARE(withArea.at(0).nearest.meters, 0.0);
        QCOMPARE(withArea.at(1).check.result, CheckResult::Warn);
        QVERIFY(!withArea.at(1).check.note.contains(QStringLiteral("flight-path attribute")));
        // An explicit "no" on the airport wins over the area.
        const QList<HazardCheck> no = checkSite(kSite, {hazardAt(HazardKind::Airport, 5000, 10,
                                                                 kNotInPath),
                                                        area});
        QCOMPARE(no.at(1).check.result, CheckResult::Pass);
    }

    void floodAreaAroundTheSiteFails()
    {
        Hazard lake;
        lake.name = QStringLiteral("polder");
        lake.kind = HazardKind::FloodProne;
        lake.geometry = {HazardGeometry::Polygon,
                         {{direct(kSite, 10, 800), direct(kSite, 130, 800),
                           direct(kSite, 250, 800)}}};
        const QList<HazardCheck> a = checkSite(kSite, {lake});
        QCOMPARE(a.first().nearest.meters, 0.0);
        QCOMPARE(a.first().check.result, CheckResult::Fail);
        SiteCheckOptions b;
        b.siteClass = SiteClass::B;
        QCOMPARE(checkSite(kSite, {lake}, b).first().check.result, CheckResult::Warn);
    }

    void userRules()
    {
        const QByteArray json = R"({"id": "my-rules", "version": 1, "title": "site policy",
            "standard": "ACME site policy", "category": "distance", "entries": [
              {"key": "gas-station.should", "min": 50, "unit": "m"},
              {"key": "railway.a", "min": 1000, "unit": "m", "clause": "3.2"},
              {"key": "flood-prone", "min": 2000, "unit": "m"}]})";
        auto rules = parseUserRules(json, QStringLiteral("rules.json"));
        QVERIFY2(rules, rules ? "" : qPrintable(rules.error().message));
        QCOMPARE(rules->size(), 3);
        SiteCheckOptions o;
        o.userRules = *rules;
        const QList<HazardCheck> checks = checkSite(kSite,
                                                    {hazardAt(HazardKind::GasStation, 40),
                                                     hazardAt(HazardKind::Railway, 900),
                                                     hazardAt(HazardKind::FloodProne, 1500)},
                                                    o);
        QCOMPARE(checks.size(), 3);
        QCOMPARE(checks.at(0).hazard.kind, HazardKind::GasStation);
        QCOMPARE(checks.at(0).check.result, CheckResult::Warn);
        QCOMPARE(checks.at(0).check.source.standard, QStringLiteral("ACME site policy"));
        QVERIFY(checks.at(0).check.rule.contains(QStringLiteral("user rule")));
        QCOMPARE(checks.at(1).check.result, CheckResult::Fail); // 900 < 1000 replaces 800
        QCOMPARE(checks.at(1).check.source.clause, QStringLiteral("3.2"));
        QCOMPARE(checks.at(2).check.result, CheckResult::Fail); // radius 2000, shall
        // Class B: the any-class user rule for flood-prone applies too; railway.a does not.
        o.siteClass = SiteClass::B;
        const QList<HazardCheck> b = checkSite(kSite,
                                               {hazardAt(HazardKind::Railway, 900),
                                                hazardAt(HazardKind::FloodProne, 1500)},
                                               o);
        QCOMPARE(b.at(0).check.result, CheckResult::Pass);
        QCOMPARE(b.at(1).check.result, CheckResult::Fail);
    }

    void userRuleErrors_data()
    {
        QTest::addColumn<QByteArray>("entry");
        QTest::addColumn<QString>("says");
        QTest::newRow("kind") << QByteArray(R"({"key": "volcano", "min": 5, "unit": "m"})")
                              << QStringLiteral(
                                     "entry 1 (volcano): \"volcano\" is not a hazard kind");
        QTest::newRow("class") << QByteArray(R"({"key": "railway.d", "min": 5, "unit": "m"})")
                               << QStringLiteral("\"d\" is neither a class");
        QTest::newRow("unit") << QByteArray(R"({"key": "railway", "min": 5, "unit": "km"})")
                              << QStringLiteral("the unit must be \"m\"");
        QTest::newRow("max") << QByteArray(R"({"key": "railway", "max": 5, "unit": "m"})")
                             << QStringLiteral("gives \"min\"");
        QTest::newRow("negative") << QByteArray(R"({"key": "railway", "min": -5, "unit": "m"})")
                                  << QStringLiteral("from 0 to");
        QTest::newRow("level twice")
            << QByteArray(R"({"key": "railway.shall.should", "min": 5, "unit": "m"})")
            << QStringLiteral("shall or should once");
    }
    void userRuleErrors()
    {
        QFETCH(QByteArray, entry);
        QFETCH(QString, says);
        const QByteArray json = R"({"id": "mine", "version": 1, "category": "distance",
            "entries": [)" + entry
                                + "]}";
        auto rules = parseUserRules(json, QStringLiteral("mine.json"));
        QVERIFY(!rules);
        QCOMPARE(rules.error().code, api::Code::BadInput);
        QVERIFY2(rules.error().message.contains(QStringLiteral("mine.json set \"mine\" entry 1")),
                 qPrintable(rules.error().message));
        QVERIFY2(rules.error().message.contains(says), qPrintable(rules.error().message));
        // Not JSON at all: line and column from the limit-set parser.
        auto broken = parseUserRules("{\n  \"id\": ,\n}", QStringLiteral("mine.json"));
        QVERIFY(!broken);
        QVERIFY2(broken.error().message.contains(QStringLiteral("mine.json line 2 column")),
                 qPrintable(broken.error().message));
    }

    void nearestFirstTableAndPlot()
    {
        const QList<Hazard> hazards = {
            hazardAt(HazardKind::Explosives, 5000, 200),
            hazardAt(HazardKind::CarPark, 15, 10),
            hazardAt(HazardKind::Railway, 650, 300),
            hazardAt(HazardKind::Substation, 300, 90),
        };
        const QList<HazardCheck> checks = checkSite(kSite, hazards);
        QCOMPARE(checks.size(), 4);
        for (qsizetype i = 1; i < checks.size(); ++i)
            QVERIFY(checks.at(i - 1).nearest.meters <= checks.at(i).nearest.meters);
        QCOMPARE(checks.at(0).hazard.kind, HazardKind::CarPark);
        QCOMPARE(checks.at(0).check.id, QStringLiteral("distance.car-park.2"));
        QCOMPARE(checks.at(0).check.result, CheckResult::Fail);
        QCOMPARE(checks.at(2).check.result, CheckResult::Fail); // railway 650 < 800
        QCOMPARE(checks.at(3).check.result, CheckResult::Pass); // explosives 5000 >= 3000
        QList<api::Check> plain;
        for (const HazardCheck &c : checks)
            plain.append(c.check);
        const api::CheckSummary s = api::summarize(plain);
        QCOMPARE(s.fail, 2);
        QCOMPARE(s.verdict, CheckResult::Fail);

        const SitePlot plot = sitePlot(kSite, checks);
        QCOMPARE(plot.hazards.size(), 4);
        const PlotHazard &rail = plot.hazards.at(2);
        QVERIFY(std::fabs(std::hypot(rail.nearest.x(), rail.nearest.y()) - 650) < 1e-3);
        QVERIFY(rail.nearest.x() < 0 && rail.nearest.y() > 0); // azimuth 300: north-west
        QList<double> radii;
        for (const PlotRing &r : plot.rings)
            radii.append(r.radiusMeters);
        QCOMPARE(radii, (QList<double>{20, 800, 3000}));
        QVERIFY(plot.rings.at(1).label.contains(QStringLiteral("railway")));
    }
};

QTEST_GUILESS_MAIN(TestSiteRules)
#include "tst_siterules.moc"
