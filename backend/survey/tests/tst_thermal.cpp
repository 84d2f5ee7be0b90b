// Unit tests of the thermal analysis: dew point against published values, the 60- and 15-minute
// change windows on constructed series (irregular sampling, gaps, several sensors, a brute-force
// cross-check), every shipped profile's numbers and its checks at and around each limit,
// unverified (LOW) entries, warn margins, the envelope and user overrides.
#include "backend/survey/dewpoint.h"
#include "backend/survey/profiles.h"
#include "backend/survey/thermalanalysis.h"
#include "backend/survey/thermalchecks.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <random>

using namespace edge::survey;
using edge::api::Check;
using edge::api::CheckResult;
using edge::api::Confidence;
using edge::api::LimitSet;

namespace {

constexpr qint64 kMinute = 60'000;
constexpr qint64 kT0 = 1'764'000'000'000; // 2025-11-24, any fixed time

Reading at(qint64 minutes, double c, std::optional<double> rh = std::nullopt,
           const QString &source = QStringLiteral("s1"))
{
    return Reading{kT0 + minutes * kMinute, c, rh, source};
}

// A copy: the checks are often a temporary.
std::optional<Check> findCheck(const QList<Check> &checks, const QString &id)
{
    for (const Check &c : checks)
        if (c.id == id)
            return c;
    return std::nullopt;
}

// O(n²) reference for maxChangeWithin.
std::optional<double> bruteForce(const QList<Reading> &s, qint64 window)
{
    std::optional<double> best;
    for (qsizetype i = 0; i < s.size(); ++i)
        for (qsizetype j = i + 1; j < s.size(); ++j)
            if (s[j].timestampMs - s[i].timestampMs <= window)
                best = std::max(best.value_or(0.0), std::abs(s[j].temperatureC - s[i].temperatureC));
    return best;
}

// The summary field a profile entry side is checked against, and the check's id.
struct Target {
    QString checkId;
    std::optional<double> ThermalSummary::*field;
    bool humidity;
};

Target targetFor(const QString &key, bool maxSide)
{
    if (key == u"drybulb")
        return maxSide ? Target{QStringLiteral("temperature.max"), &ThermalSummary::maxC, false}
                       : Target{QStringLiteral("temperature.min"), &ThermalSummary::minC, false};
    if (key == u"dewpoint")
        return maxSide
                   ? Target{QStringLiteral("dewpoint.max"), &ThermalSummary::dewPointMaxC, false}
                   : Target{QStringLiteral("dewpoint.min"), &ThermalSummary::dewPointMinC, false};
    if (key == u"rh")
        return maxSide ? Target{QStringLiteral("humidity.max"), &ThermalSummary::rhMax, true}
                       : Target{QStringLiteral("humidity.min"), &ThermalSummary::rhMin, true};
    if (key == u"rate.hour")
        return Target{QStringLiteral("temperature.rate-hour"), &ThermalSummary::maxChangePerHour,
                      false};
    if (key == u"change.15min")
        return Target{QStringLiteral("temperature.change-15min"), &ThermalSummary::maxChange15Min,
                      false};
    return {};
}

} // namespace

class TestThermal : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void dewPointPublished_data()
    {
        QTest::addColumn<double>("t");
        QTest::addColumn<double>("rh");
        QTest::addColumn<double>("expected");
        // Rounded values of published dew point tables / calculators (Magnus over water).
        QTest::newRow("25C 60%") << 25.0 << 60.0 << 16.7;
        QTest::newRow("20C 50%") << 20.0 << 50.0 << 9.3;
        QTest::newRow("30C 80%") << 30.0 << 80.0 << 26.2;
        QTest::newRow("35C 20%") << 35.0 << 20.0 << 8.7;
        QTest::newRow("-10C 80%") << -10.0 << 80.0 << -12.8;
        QTest::newRow("saturated 10C") << 10.0 << 100.0 << 10.0;
    }
    void dewPointPublished()
    {
        QFETCH(double, t);
        QFETCH(double, rh);
        QFETCH(double, expected);
        const auto dp = dewPointC(t, rh);
        QVERIFY(dp);
        QVERIFY2(std::abs(*dp - expected) < 0.05,
                 qPrintable(QStringLiteral("dew point %1, expected %2").arg(*dp).arg(expected)));
    }

    void dewPointEdges()
    {
        QCOMPARE(kMagnusA, 17.625);
        QCOMPARE(kMagnusB, 243.04);
        QVERIFY(!dewPointC(25, 0));
        QVERIFY(!dewPointC(25, -1));
        QVERIFY(!dewPointC(25, 100.5));
        QVERIFY(!dewPointC(std::nan(""), 50));
        QVERIFY(dewPointInValidRange(-40));
        QVERIFY(dewPointInValidRange(50));
        QVERIFY(!dewPointInValidRange(50.1));
        QVERIFY(!dewPointInValidRange(-40.1));
        // Dew point rises with humidity and never exceeds the temperature.
        double last = -1000;
        for (int rh = 5; rh <= 100; rh += 5) {
            const double dp = *dewPointC(22, rh);
            QVERIFY(dp > last);
            QVERIFY(dp <= 22 + 1e-9);
            last = dp;
        }
    }

    void regularRamp()
    {
        // 0.1 °C a minute for two hours: 6 °C in any hour, 1.5 °C in any 15 minutes.
        QList<Reading> s;
        for (int m = 0; m <= 120; ++m)
            s << at(m, 20 + 0.1 * m);
        QVERIFY(std::abs(*maxChangeWithin(s, kHourMs) - 6.0) < 1e-9);
        QVERIFY(std::abs(*maxChangeWithin(s, kQuarterHourMs) - 1.5) < 1e-9);
        const ThermalSummary sum = analyze(s);
        QCOMPARE(sum.count, 121);
        QCOMPARE(sum.spanS, 7200.0);
        QVERIFY(std::abs(*sum.minC - 20) < 1e-9);
        QVERIFY(std::abs(*sum.maxC - 32) < 1e-9);
        QVERIFY(std::abs(*sum.meanC - 26) < 1e-9);
        QCOMPARE(sum.maxGapS, 60.0);
        QVERIFY(!sum.dewPointMaxC);
        QCOMPARE(sum.humidityCount, 0);
    }

    void irregularSampling()
    {
        // 0, 7, 16 and 30 minutes: only pairs at most 15 minutes apart count.
        const QList<Reading> s = {at(0, 20), at(7, 23), at(16, 26), at(30, 21)};
        QCOMPARE(*maxChangeWithin(s, kQuarterHourMs), 5.0); // 16 -> 30 min (14 min apart)
        QCOMPARE(*maxChangeWithin(s, kHourMs), 6.0);        // 0 -> 16 min
        // Exactly 15 minutes apart is inside the window; a millisecond more is not.
        QCOMPARE(*maxChangeWithin({at(0, 20), at(15, 26)}, kQuarterHourMs), 6.0);
        QList<Reading> apart = {at(0, 20), at(15, 26)};
        apart[1].timestampMs += 1;
        QVERIFY(!maxChangeWithin(apart, kQuarterHourMs));
        // A fall counts like a rise.
        QCOMPARE(*maxChangeWithin({at(0, 30), at(5, 22)}, kQuarterHourMs), 8.0);
    }

    void gapsAndSensors()
    {
        // Two readings two hours apart: no change is observed in any hour.
        const ThermalSummary gap = analyze({at(0, 20), at(120, 30)});
        QVERIFY(!gap.maxChangePerHour);
        QVERIFY(!gap.maxChange15Min);
        QCOMPARE(gap.maxGapS, 7200.0);
        // A gap between two steady stretches hides the step across it.
        QList<Reading> s;
        for (int m = 0; m <= 30; m += 5)
            s << at(m, 20);
        for (int m = 120; m <= 150; m += 5)
            s << at(m, 28);
        const ThermalSummary hidden = analyze(s);
        QCOMPARE(*hidden.maxChangePerHour, 0.0);
        QCOMPARE(hidden.maxGapS, 90.0 * 60);
        const auto ashrae = findSet(shippedLimitSets(), QStringLiteral("ashrae-2021-recommended"));
        QVERIFY(ashrae);
        const QList<Check> checks = thermalChecks(hidden, *ashrae);
        QVERIFY(findCheck(checks, QStringLiteral("temperature.rate-hour"))
                    ->note.contains(QStringLiteral("90 min")));
        // Two sensors 5 °C apart, interleaved, are not a 5 °C change.
        QList<Reading> two;
        for (int m = 0; m < 60; m += 2) {
            two << at(m, 20, std::nullopt, QStringLiteral("a"));
            two << at(m + 1, 25, std::nullopt, QStringLiteral("b"));
        }
        const ThermalSummary both = analyze(two);
        QCOMPARE(*both.maxChange15Min, 0.0);
        QCOMPARE(both.sourceCount, 2);
        QCOMPARE(*both.minC, 20.0);
        QCOMPARE(*both.maxC, 25.0);
    }

    void windowMatchesBruteForce()
    {
        std::mt19937 rng(42);
        for (int round = 0; round < 200; ++round) {
            QList<Reading> s;
            qint64 t = kT0;
            const int n = 1 + int(rng() % 80);
            for (int i = 0; i < n; ++i) {
                t += qint64(rng() % 40) * kMinute / 2 + qint64(rng() % 1000); // 0-20 min steps
                s << Reading{t, 15.0 + double(rng() % 200) / 10.0, std::nullopt, {}};
            }
            for (qint64 w : {kQuarterHourMs, kHourMs}) {
                const auto fast = maxChangeWithin(s, w);
                const auto slow = bruteForce(s, w);
                QCOMPARE(fast.has_value(), slow.has_value());
                if (fast)
                    QVERIFY(std::abs(*fast - *slow) < 1e-9);
            }
        }
    }

    void humidityAndDewPointRange()
    {
        const ThermalSummary s = analyze(
            {at(0, 25, 60), at(10, 22, 45), at(20, 27, 60), at(30, 24, std::nullopt)});
        QCOMPARE(s.humidityCount, 3);
        QCOMPARE(*s.rhMin, 45.0);
        QCOMPARE(*s.rhMax, 60.0);
        QVERIFY(std::abs(*s.dewPointMinC - 9.522) < 0.01);
        QVERIFY(std::abs(*s.dewPointMaxC - 18.575) < 0.01);
        QCOMPARE(s.outsideMagnusRange, 0);
        QCOMPARE(analyze({at(0, 55, 10)}).outsideMagnusRange, 1);
    }

    void shippedProfilesMatchTheReference_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("min"); // NaN: no bound
        QTest::addColumn<double>("max");
        QTest::addColumn<QString>("confidence");
        const double none = std::nan("");
        // ../shared/reference/standards/env_standards.md, section by section.
        const auto row = [](const char *id, const char *key, double mn, double mx,
                            const char *conf) {
            QTest::addRow("%s %s", id, key) << QString::fromLatin1(id) << QString::fromLatin1(key)
                                            << mn << mx << QString::fromLatin1(conf);
        };
        row("ashrae-2021-recommended", "drybulb", 18, 27, "high");
        row("ashrae-2021-recommended", "dewpoint", -9, 15, "high");
        row("ashrae-2021-recommended", "rh", none, 70, "high");
        row("ashrae-2021-recommended", "rate.hour", none, 20, "high");
        row("ashrae-2021-recommended", "change.15min", none, 5, "high");
        row("ashrae-2021-a1", "drybulb", 15, 32, "high");
        row("ashrae-2021-a1", "dewpoint", -12, 17, "high");
        row("ashrae-2021-a1", "rh", 8, 80, "high");
        row("ashrae-2021-a2", "drybulb", 10, 35, "high");
        row("ashrae-2021-a2", "dewpoint", -12, 21, "high");
        row("ashrae-2021-a2", "rh", 8, 80, "high");
        row("ashrae-2021-a3", "drybulb", 5, 40, "high");
        row("ashrae-2021-a3", "dewpoint", -12, 24, "high");
        row("ashrae-2021-a3", "rh", 8, 85, "high");
        row("ashrae-2021-a4", "drybulb", 5, 45, "high");
        row("ashrae-2021-a4", "dewpoint", -12, 24, "high");
        row("ashrae-2021-a4", "rh", 8, 90, "high");
        row("ashrae-2021-a4", "rate.hour", none, 20, "high");
        row("ashrae-2021-a4", "change.15min", none, 5, "high");
        row("gb50174-2017", "drybulb", 18, 27, "high");
        row("gb50174-2017", "dewpoint", 5.5, 15, "high");
        row("gb50174-2017", "rh", none, 60, "high");
        row("gb50174-2017", "rate.hour", none, 20, "high");
        row("tia942-2005", "drybulb", 20, 25, "medium");
        row("tia942-2005", "rh", 40, 55, "medium");
        row("tia942-2005", "dewpoint", none, 21, "medium");
        row("tia942-2005", "rate.hour", none, 5, "medium");
        row("ydt2441-2013", "drybulb", 20, 27, "low");
        row("whitepaper-high-temperature-servers", "drybulb", none, 47, "low");
        row("whitepaper-immersion-outdoor", "drybulb", -25, 55, "low");
    }
    void shippedProfilesMatchTheReference()
    {
        QFETCH(QString, id);
        QFETCH(QString, key);
        QFETCH(double, min);
        QFETCH(double, max);
        QFETCH(QString, confidence);
        const QList<LimitSet> sets = shippedLimitSets();
        const auto set = findSet(sets, id);
        QVERIFY2(set, qPrintable(id));
        QCOMPARE(set->category, QStringLiteral("temperature"));
        const auto *e = set->find(key);
        QVERIFY(e);
        QCOMPARE(e->limit.min.has_value(), !std::isnan(min));
        QCOMPARE(e->limit.max.has_value(), !std::isnan(max));
        if (e->limit.min)
            QCOMPARE(*e->limit.min, min);
        if (e->limit.max)
            QCOMPARE(*e->limit.max, max);
        QCOMPARE(edge::api::confidenceName(e->source.confidence), confidence);
        QVERIFY(!e->source.standard.isEmpty());
    }

    void profileList()
    {
        const QList<LimitSet> all = shippedLimitSets();
        const QList<LimitSet> profiles = thermalProfiles(all);
        QStringList ids;
        for (const LimitSet &p : profiles)
            ids << p.id;
        QCOMPARE(ids,
                 (QStringList{QStringLiteral("ashrae-2021-recommended"),
                              QStringLiteral("ashrae-2021-a1"), QStringLiteral("ashrae-2021-a2"),
                              QStringLiteral("ashrae-2021-a3"), QStringLiteral("ashrae-2021-a4"),
                              QStringLiteral("gb50174-2017"), QStringLiteral("tia942-2005"),
                              QStringLiteral("ydt2441-2013"),
                              QStringLiteral("whitepaper-high-temperature-servers"),
                              QStringLiteral("whitepaper-immersion-outdoor")}));
        QVERIFY(findSet(all, QLatin1String(kSiteFactsSetId)));
        // LOW entries make a profile unverified; MEDIUM ones do not.
        for (const LimitSet &p : profiles) {
            const bool low = p.id.startsWith(u"whitepaper-") || p.id == u"ydt2441-2013";
            QVERIFY2(p.hasUnverified() == low, qPrintable(p.id));
        }
    }

    // Every bound of every profile: just inside (pass), within the margin (warn), exactly on the
    // bound (warn: inside, but within the margin), just outside (fail).
    void everyBoundOfEveryProfile()
    {
        int bounds = 0;
        for (const LimitSet &profile : thermalProfiles(shippedLimitSets())) {
            for (const auto &entry : profile.entries) {
                for (const bool maxSide : {false, true}) {
                    const std::optional<double> bound = maxSide ? entry.limit.max : entry.limit.min;
                    if (!bound)
                        continue;
                    const Target target = targetFor(entry.key, maxSide);
                    QVERIFY2(target.field, qPrintable(profile.id + u' ' + entry.key));
                    const double margin = target.humidity ? kDefaultHumidityMargin
                                                          : kDefaultTemperatureMargin;
                    const double inward = maxSide ? -1 : 1;
                    const auto resultAt = [&](double v) {
                        ThermalSummary s;
                        s.count = 10;
                        s.humidityCount = 10;
                        s.spanS = 7200;
                        s.*(target.field) = v;
                        const QList<Check> checks = thermalChecks(s, profile);
                        const auto c = findCheck(checks, target.checkId);
                        return c ? c->result : CheckResult::NotMeasured;
                    };
                    const QString where = QStringLiteral("%1 %2 %3 %4")
                                              .arg(profile.id, entry.key,
                                                   maxSide ? QStringLiteral("max")
                                                           : QStringLiteral("min"))
                                              .arg(*bound);
                    QVERIFY2(resultAt(*bound + inward * (margin + 0.5)) == CheckResult::Pass,
                             qPrintable(where));
                    QVERIFY2(resultAt(*bound + inward * margin / 2) == CheckResult::Warn,
                             qPrintable(where));
                    QVERIFY2(resultAt(*bound) == CheckResult::Warn, qPrintable(where));
                    QVERIFY2(resultAt(*bound - inward * 0.01) == CheckResult::Fail,
                             qPrintable(where));
                    ++bounds;
                }
            }
        }
        QVERIFY(bounds >= 45);
    }

    void checksCarrySourceAndUnverifiedNotes()
    {
        QList<Reading> s;
        for (int m = 0; m <= 90; m += 5)
            s << at(m, 26.5 + (m == 45 ? 1.0 : 0.0), 50);
        const ThermalSummary sum = analyze(s);
        const QList<LimitSet> sets = shippedLimitSets();
        const QList<Check> gb = thermalChecks(sum, *findSet(sets, QStringLiteral("gb50174-2017")));
        const auto max = findCheck(gb, QStringLiteral("temperature.max"));
        QVERIFY(max);
        QCOMPARE(*max->value, 27.5);
        QCOMPARE(max->result, CheckResult::Fail);
        QCOMPARE(max->source.standard, QStringLiteral("GB 50174-2017"));
        QCOMPARE(max->source.clause, QStringLiteral("附录A"));
        QCOMPARE(max->source.confidence, Confidence::High);
        QCOMPARE(max->limit.text(), QStringLiteral("≤ 27 °C"));
        QCOMPARE(max->category, QStringLiteral("temperature"));
        // GB 50174 has no 15-minute rule; ASHRAE has.
        QVERIFY(!findCheck(gb, QStringLiteral("temperature.change-15min")));
        const QList<Check> ashrae = thermalChecks(sum,
                                                  *findSet(sets, QStringLiteral(
                                                                     "ashrae-2021-recommended")));
        QCOMPARE(*findCheck(ashrae, QStringLiteral("temperature.change-15min"))->value, 1.0);
        QCOMPARE(findCheck(ashrae, QStringLiteral("temperature.change-15min"))->result,
                 CheckResult::Pass);
        // The hour window: the series spans 90 min, so the value is not a lower bound.
        QVERIFY(!findCheck(ashrae, QStringLiteral("temperature.rate-hour"))
                     ->note.contains(QStringLiteral("lower bound")));

        const QList<Check> ydt = thermalChecks(sum, *findSet(sets, QStringLiteral("ydt2441-2013")));
        QCOMPARE(ydt.size(), 2);
        for (const Check &c : ydt) {
            QCOMPARE(c.source.confidence, Confidence::Low);
            QVERIFY(!c.source.verified());
            QVERIFY(c.note.startsWith(QStringLiteral("Unverified limit")));
        }
    }

    void notMeasuredWithoutHumidity()
    {
        const ThermalSummary s = analyze({at(0, 22), at(5, 22.5)});
        const QList<Check> checks = thermalChecks(s, *findSet(shippedLimitSets(),
                                                              QStringLiteral("ashrae-2021-a1")));
        for (const char *id : {"dewpoint.max", "dewpoint.min", "humidity.max", "humidity.min"}) {
            const auto c = findCheck(checks, QLatin1String(id));
            QVERIFY2(c, id);
            QCOMPARE(c->result, CheckResult::NotMeasured);
            QVERIFY(c->note.contains(QStringLiteral("no humidity")));
        }
        QVERIFY(findCheck(checks, QStringLiteral("temperature.rate-hour"))
                    ->note.contains(QStringLiteral("lower bound")));
        QCOMPARE(edge::api::summarize(checks).verdict, CheckResult::Warn);
    }

    void marginsFromOptions()
    {
        ThermalSummary s;
        s.count = 1;
        s.maxC = 26.5;
        s.rhMax = 69;
        const auto p = findSet(shippedLimitSets(), QStringLiteral("ashrae-2021-recommended"));
        QCOMPARE(findCheck(thermalChecks(s, *p), QStringLiteral("temperature.max"))->result,
                 CheckResult::Warn);
        QCOMPARE(findCheck(thermalChecks(s, *p), QStringLiteral("humidity.max"))->result,
                 CheckResult::Warn);
        ThermalCheckOptions o;
        o.temperatureMargin = 0.25;
        o.humidityMargin = 0;
        const QList<Check> checks = thermalChecks(s, *p, o);
        QCOMPARE(findCheck(checks, QStringLiteral("temperature.max"))->result, CheckResult::Pass);
        QCOMPARE(findCheck(checks, QStringLiteral("temperature.max"))->limit.warnMargin, 0.25);
        QCOMPARE(findCheck(checks, QStringLiteral("humidity.max"))->result, CheckResult::Pass);
    }

    void envelope()
    {
        const QList<LimitSet> sets = shippedLimitSets();
        const ThermalEnvelope a1 = envelopeFor(*findSet(sets, QStringLiteral("ashrae-2021-a1")));
        QCOMPARE(*a1.temperature.min, 15.0);
        QCOMPARE(*a1.temperature.max, 32.0);
        QCOMPARE(*a1.dewPoint.min, -12.0);
        QCOMPARE(*a1.dewPoint.max, 17.0);
        QCOMPARE(*a1.humidity.min, 8.0);
        QCOMPARE(*a1.humidity.max, 80.0);
        QCOMPARE(a1.humidity.unit, QStringLiteral("%RH"));
        QCOMPARE(*a1.maxChangePerHour, 20.0);
        QCOMPARE(*a1.maxChange15Min, 5.0);
        QVERIFY(a1.temperature.verified);
        QVERIFY(!a1.hasUnverified);
        const ThermalEnvelope hot = envelopeFor(
            *findSet(sets, QStringLiteral("whitepaper-high-temperature-servers")));
        QVERIFY(!hot.temperature.min);
        QCOMPARE(*hot.temperature.max, 47.0);
        QVERIFY(!hot.temperature.verified);
        QVERIFY(hot.hasUnverified);
        QVERIFY(!hot.dewPoint.present());
        QVERIFY(!hot.maxChange15Min);
    }

    void userOverrides()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("limits.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"sets": [
  {"id": "ashrae-2021-recommended", "version": 2, "title": "site copy", "category": "temperature",
   "standard": "ASHRAE TC 9.9 2021",
   "entries": [{"key": "drybulb", "min": 18, "max": 25, "unit": "°C", "warnMargin": 0.5}]},
  {"id": "customer-room", "version": 1, "title": "Customer room", "category": "temperature",
   "standard": "user rule",
   "entries": [{"key": "drybulb", "max": 30, "unit": "°C", "confidence": "low"}]}
]})");
        f.close();
        auto sets = limitSets(path);
        QVERIFY2(sets, qPrintable(sets ? QString() : sets.error().toString()));
        const auto a = findSet(*sets, QStringLiteral("ashrae-2021-recommended"));
        QCOMPARE(a->version, 2);
        QCOMPARE(*a->find(QStringLiteral("drybulb"))->limit.max, 25.0);
        QVERIFY(!a->find(QStringLiteral("dewpoint")));
        QVERIFY(findSet(thermalProfiles(*sets), QStringLiteral("customer-room")));
        ThermalSummary s;
        s.count = 1;
        s.maxC = 24.7;
        // The entry's own warn margin (0.5) applies when no option is given.
        QCOMPARE(findCheck(thermalChecks(s, *a), QStringLiteral("temperature.max"))->result,
                 CheckResult::Warn);
        s.maxC = 24.4;
        QCOMPARE(findCheck(thermalChecks(s, *a), QStringLiteral("temperature.max"))->result,
                 CheckResult::Pass);

        // A broken file: its error names the file, line and column; nothing is merged.
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write("{\"id\": \"x\",\n \"entries\": [ {\"key\": \"drybulb\" \"max\": 3} ]}");
        f.close();
        auto broken = limitSets(path);
        QVERIFY(!broken);
        QCOMPARE(broken.error().code, edge::api::Code::BadInput);
        QVERIFY2(broken.error().message.startsWith(QStringLiteral("limits.json line 2 column")),
                 qPrintable(broken.error().message));
        auto missing = limitSets(dir.filePath(QStringLiteral("nope.json")));
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("nope.json")));
    }
};

QTEST_GUILESS_MAIN(TestThermal)
#include "tst_thermal.moc"
