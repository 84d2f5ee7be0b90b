// Unit tests of the other site facts: validation naming the field, the JSON form, and each check
// (power, space, floor, battery, vibration/EMI, air, clearance) at and around its limit.
#include "backend/survey/profiles.h"
#include "backend/survey/sitefacts.h"

#include <QJsonDocument>
#include <QTest>

using namespace edge::survey;
using edge::api::Check;
using edge::api::CheckResult;
using edge::api::Confidence;
using edge::api::LimitSet;

namespace {

const LimitSet &limits()
{
    static const LimitSet s = *findSet(shippedLimitSets(), QLatin1String(kSiteFactsSetId));
    return s;
}

// A copy: the checks are often a temporary.
std::optional<Check> findCheck(const QList<Check> &checks, const QString &id)
{
    for (const Check &c : checks)
        if (c.id == id)
            return c;
    return std::nullopt;
}

CheckResult resultOf(const SiteFacts &f, const char *id)
{
    const QList<Check> checks = siteFactChecks(f, limits());
    const auto c = findCheck(checks, QLatin1String(id));
    if (!c)
        qFatal("no check %s", id);
    return c->result;
}

} // namespace

class TestSiteFacts : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void shippedSet()
    {
        QVERIFY(findSet(shippedLimitSets(), QLatin1String(kSiteFactsSetId)));
        const LimitSet &s = limits();
        QCOMPARE(*s.find(QStringLiteral("power.voltage"))->limit.min, 187.0); // 220 V -15 %
        QCOMPARE(*s.find(QStringLiteral("power.voltage"))->limit.max, 253.0); // 220 V +15 %
        QCOMPARE(*s.find(QStringLiteral("power.frequency"))->limit.min, 47.0);
        QCOMPARE(*s.find(QStringLiteral("power.frequency"))->limit.max, 53.0);
        QCOMPARE(*s.find(QStringLiteral("space.cabinet.depth"))->limit.max, 600.0);
        QCOMPARE(*s.find(QStringLiteral("space.cabinet.height"))->limit.max, 24.0);
        QCOMPARE(*s.find(QStringLiteral("air.particles"))->limit.max, 17'600'000.0);
        QCOMPARE(s.find(QStringLiteral("air.particles"))->source.standard,
                 QStringLiteral("GB 50174-2017"));
        QCOMPARE(s.find(QStringLiteral("air.particles"))->source.confidence, Confidence::High);
        // Clearances are from recollection only: unverified.
        QCOMPARE(s.find(QStringLiteral("clearance.front"))->source.confidence, Confidence::Low);
        QVERIFY(s.hasUnverified());
    }

    void power_data()
    {
        QTest::addColumn<double>("volts");
        QTest::addColumn<double>("hertz");
        QTest::addColumn<int>("voltage");
        QTest::addColumn<int>("frequency");
        QTest::newRow("nominal") << 220.0 << 50.0 << int(CheckResult::Pass)
                                 << int(CheckResult::Pass);
        QTest::newRow("at -15 %") << 187.0 << 47.0 << int(CheckResult::Pass)
                                  << int(CheckResult::Pass);
        QTest::newRow("at +15 %") << 253.0 << 53.0 << int(CheckResult::Pass)
                                  << int(CheckResult::Pass);
        QTest::newRow("below") << 186.9 << 46.9 << int(CheckResult::Fail) << int(CheckResult::Fail);
        QTest::newRow("above") << 253.1 << 53.1 << int(CheckResult::Fail) << int(CheckResult::Fail);
    }
    void power()
    {
        QFETCH(double, volts);
        QFETCH(double, hertz);
        QFETCH(int, voltage);
        QFETCH(int, frequency);
        SiteFacts f;
        f.power.voltageV = volts;
        f.power.frequencyHz = hertz;
        QCOMPARE(int(resultOf(f, "power.voltage")), voltage);
        QCOMPARE(int(resultOf(f, "power.frequency")), frequency);
    }

    void phasesFeedsUps()
    {
        SiteFacts f;
        QCOMPARE(resultOf(f, "power.voltage"), CheckResult::NotMeasured);
        QCOMPARE(resultOf(f, "power.ups-autonomy"), CheckResult::NotMeasured);
        QVERIFY(findCheck(siteFactChecks(f, limits()), QStringLiteral("power.ups-autonomy"))
                    ->note.contains(QStringLiteral("No required autonomy")));
        f.power.phases = 1;
        f.power.requiredPhases = 3;
        QCOMPARE(resultOf(f, "power.phases"), CheckResult::Fail);
        f.power.phases = 3;
        QCOMPARE(resultOf(f, "power.phases"), CheckResult::Pass);
        f.power.feeds = 1;
        f.power.requiredFeeds = 2;
        QCOMPARE(resultOf(f, "power.feeds"), CheckResult::Fail);
        f.power.feeds = 2;
        QCOMPARE(resultOf(f, "power.feeds"), CheckResult::Pass);
        f.power.upsAutonomyMin = 14.5;
        f.power.requiredUpsMin = 15;
        QCOMPARE(resultOf(f, "power.ups-autonomy"), CheckResult::Fail);
        f.power.upsAutonomyMin = 15;
        QCOMPARE(resultOf(f, "power.ups-autonomy"), CheckResult::Pass);
        const auto ups = findCheck(siteFactChecks(f, limits()),
                                   QStringLiteral("power.ups-autonomy"));
        QCOMPARE(ups->limit.text(), QStringLiteral("≥ 15 min"));
        QCOMPARE(ups->source.standard, QStringLiteral("Site requirement"));
    }

    void space()
    {
        SiteFacts f;
        QVERIFY(!findCheck(siteFactChecks(f, limits()), QStringLiteral("space.rack-depth")));
        QVERIFY(!findCheck(siteFactChecks(f, limits()), QStringLiteral("space.cabinet-depth")));
        f.space.rackDepthMm = 600;
        f.space.equipmentDepthMm = 650;
        QCOMPARE(resultOf(f, "space.rack-depth"), CheckResult::Fail);
        f.space.rackDepthMm = 800;
        QCOMPARE(resultOf(f, "space.rack-depth"), CheckResult::Pass);
        f.space.equipmentDepthMm.reset();
        QCOMPARE(resultOf(f, "space.rack-depth"), CheckResult::NotMeasured);
        f.space.allInOneCabinet = true;
        f.space.cabinetDepthMm = 600;
        f.space.cabinetHeightU = 24;
        QCOMPARE(resultOf(f, "space.cabinet-depth"), CheckResult::Pass);
        QCOMPARE(resultOf(f, "space.cabinet-height"), CheckResult::Pass);
        f.space.cabinetDepthMm = 601;
        f.space.cabinetHeightU = 25;
        QCOMPARE(resultOf(f, "space.cabinet-depth"), CheckResult::Fail);
        QCOMPARE(resultOf(f, "space.cabinet-height"), CheckResult::Fail);
    }

    void floorLoad()
    {
        SiteFacts f;
        f.floor.ratedKnPerM2 = 6;
        QCOMPARE(resultOf(f, "floor.load"), CheckResult::NotMeasured);
        // 400 kg on 0.6 m x 0.6 m = 10.9 kN/m²
        f.floor.equipmentMassKg = 400;
        f.floor.footprintM2 = 0.36;
        QCOMPARE(resultOf(f, "floor.load"), CheckResult::Fail);
        const auto c = findCheck(siteFactChecks(f, limits()), QStringLiteral("floor.load"));
        QVERIFY(std::abs(*c->limit.min - 400 * 9.80665 / 1000 / 0.36) < 1e-9);
        QVERIFY(c->note.contains(QStringLiteral("400 kg")));
        f.floor.ratedKnPerM2 = 12;
        QCOMPARE(resultOf(f, "floor.load"), CheckResult::Pass);
        // An explicit requirement wins over mass and footprint.
        f.floor.requiredKnPerM2 = 13;
        QCOMPARE(resultOf(f, "floor.load"), CheckResult::Fail);
    }

    void batteries()
    {
        SiteFacts f;
        QVERIFY(!findCheck(siteFactChecks(f, limits()), QStringLiteral("battery.ventilation")));
        f.battery.type = BatteryType::LeadAcid;
        QCOMPARE(resultOf(f, "battery.ventilation"), CheckResult::NotMeasured);
        f.battery.ventilated = false;
        QCOMPARE(resultOf(f, "battery.ventilation"), CheckResult::Fail);
        f.battery.ventilated = true;
        QCOMPARE(resultOf(f, "battery.ventilation"), CheckResult::Pass);
        f.battery.type = BatteryType::Lithium;
        QVERIFY(!findCheck(siteFactChecks(f, limits()), QStringLiteral("battery.ventilation")));
        QCOMPARE(resultOf(f, "battery.lithium"), CheckResult::Warn);
        QVERIFY(findCheck(siteFactChecks(f, limits()), QStringLiteral("battery.lithium"))
                    ->note.contains(QStringLiteral("fire")));
    }

    void vibrationAndEmi()
    {
        SiteFacts f;
        QCOMPARE(resultOf(f, "vibration.sources"), CheckResult::NotMeasured);
        f.vibration.present = false;
        QCOMPARE(resultOf(f, "vibration.sources"), CheckResult::Pass);
        f.vibration.present = true;
        f.vibration.distanceM = 60;
        f.vibration.description = QStringLiteral("railway");
        QCOMPARE(resultOf(f, "vibration.sources"), CheckResult::Warn); // should, not shall
        const auto c = findCheck(siteFactChecks(f, limits()), QStringLiteral("vibration.sources"));
        QVERIFY(c->note.startsWith(QStringLiteral("railway at 60 m.")));
        QCOMPARE(c->source.clause, QStringLiteral("4.1.1"));
        f.emi.present = true;
        QCOMPARE(resultOf(f, "emi.sources"), CheckResult::Warn);
        QVERIFY(findCheck(siteFactChecks(f, limits()), QStringLiteral("emi.sources"))
                    ->note.contains(QStringLiteral("distance not given")));
    }

    void airAndClearance()
    {
        SiteFacts f;
        f.air.particlesPerM3 = 17'600'000;
        QCOMPARE(resultOf(f, "air.particles"), CheckResult::Pass);
        f.air.particlesPerM3 = 17'600'001;
        QCOMPARE(resultOf(f, "air.particles"), CheckResult::Fail);
        f.clearance.frontMm = 1000;
        f.clearance.rearMm = 800;
        QCOMPARE(resultOf(f, "clearance.front"), CheckResult::Fail);
        QCOMPARE(resultOf(f, "clearance.rear"), CheckResult::Pass);
        const auto c = findCheck(siteFactChecks(f, limits()), QStringLiteral("clearance.front"));
        QVERIFY(!c->source.verified());
        QVERIFY(c->note.startsWith(QStringLiteral("Unverified limit")));
    }

    void validationNamesTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        QTest::newRow("negative voltage")
            << QByteArray(R"({"power": {"voltage_v": -5}})") << QStringLiteral("power.voltage_v");
        QTest::newRow("two phases")
            << QByteArray(R"({"power": {"phases": 2}})") << QStringLiteral("power.phases");
        QTest::newRow("fractional feeds")
            << QByteArray(R"({"power": {"feeds": 1.5}})") << QStringLiteral("power.feeds");
        QTest::newRow("text depth") << QByteArray(R"({"space": {"rack_depth_mm": "600"}})")
                                    << QStringLiteral("space.rack_depth_mm");
        QTest::newRow("unknown field") << QByteArray(R"({"space": {"rack_depht_mm": 600}})")
                                       << QStringLiteral("space.rack_depht_mm");
        QTest::newRow("unknown group")
            << QByteArray(R"({"cooling": {}})") << QStringLiteral("cooling");
        QTest::newRow("battery type")
            << QByteArray(R"({"battery": {"type": "nickel"}})") << QStringLiteral("battery.type");
        QTest::newRow("ventilated not bool") << QByteArray(R"({"battery": {"ventilated": "yes"}})")
                                             << QStringLiteral("battery.ventilated");
        QTest::newRow("mass without footprint")
            << QByteArray(R"({"floor": {"equipment_mass_kg": 300}})")
            << QStringLiteral("floor.footprint_m2");
        QTest::newRow("huge particles") << QByteArray(R"({"air": {"particles_per_m3": 1e13}})")
                                        << QStringLiteral("air.particles_per_m3");
    }
    void validationNamesTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        auto r = siteFactsFromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(!r);
        QCOMPARE(r.error().code, edge::api::Code::Validation);
        QCOMPARE(r.error().field, field);
        QVERIFY2(r.error().message.startsWith(field + QStringLiteral(": ")),
                 qPrintable(r.error().message));
    }

    void jsonRoundTrip()
    {
        const QByteArray json = R"({"power": {"voltage_v": 221, "frequency_hz": 50, "phases": 3,
            "feeds": 2, "ups_autonomy_min": 30, "required_ups_min": 15},
            "space": {"rack_depth_mm": 600, "equipment_depth_mm": 550, "all_in_one": true,
            "cabinet_depth_mm": 600, "cabinet_height_u": 24},
            "floor": {"rated_kn_m2": 8, "equipment_mass_kg": 250, "footprint_m2": 0.36},
            "battery": {"type": "lead-acid", "ventilated": true},
            "vibration": {"present": true, "distance_m": 60, "description": "railway"},
            "emi": {"present": false}, "air": {"particles_per_m3": 12000000},
            "clearance": {"front_mm": 1200, "rear_mm": 800}})";
        auto f = siteFactsFromJson(QJsonDocument::fromJson(json).object());
        QVERIFY2(f, qPrintable(f ? QString() : f.error().toString()));
        QCOMPARE(*f->power.phases, 3);
        QCOMPARE(*f->battery.type, BatteryType::LeadAcid);
        QVERIFY(f->space.allInOneCabinet);
        QCOMPARE(toJson(*f), QJsonDocument::fromJson(json).object());
        const QList<Check> checks = siteFactChecks(*f, limits());
        const auto s = edge::api::summarize(checks);
        QCOMPARE(s.fail, 0);
        QCOMPARE(s.warn, 1); // the railway
        QVERIFY(findCheck(checks, QStringLiteral("floor.load")));
    }
};

QTEST_GUILESS_MAIN(TestSiteFacts)
#include "tst_sitefacts.moc"
