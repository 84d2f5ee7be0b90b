// Noise limit checks from the shipped limit sets (JSON resources): the reference's test ideas
// (noise_standards.md section 5), uncalibrated levels, the machine-room limits with their
// confidence, and errors for a bad zone or a missing set.
#include "backend/acoustics/noisechecks.h"

#include <QTest>

using namespace edge;
using namespace edge::acoustics;
using api::CheckResult;

namespace {

NoiseLevels calibrated(double laeq, std::optional<double> lafMax = std::nullopt)
{
    NoiseLevels l;
    l.calibrated = true;
    l.calibrationOffsetDb = 100;
    l.laeq = laeq;
    l.lafMax = lafMax;
    return l;
}

const api::Check *find(const QList<api::Check> &checks, const QString &id)
{
    for (const api::Check &c : checks) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestNoiseChecks : public QObject {
    Q_OBJECT

    QList<api::LimitSet> m_sets;

private Q_SLOTS:
    void initTestCase()
    {
        auto sets = shippedNoiseLimits();
        QVERIFY2(sets.has_value(), qPrintable(sets ? QString() : sets.error().message));
        m_sets = *sets;
        QCOMPARE(m_sets.size(), 3);
    }

    void shippedSets()
    {
        const auto set = std::find_if(m_sets.begin(), m_sets.end(), [](const api::LimitSet &s) {
            return s.id == QLatin1String("gb50174-machine-room-noise");
        });
        QVERIFY(set != m_sets.end());
        QVERIFY(set->hasUnverified());
        QCOMPARE(set->find(QStringLiteral("machine-room.2017"))->source.confidence,
                 api::Confidence::Low);
        QCOMPARE(set->find(QStringLiteral("machine-room.2008"))->source.confidence,
                 api::Confidence::High);
        for (const api::LimitSet &s : m_sets) {
            QCOMPARE(s.category, QStringLiteral("noise"));
            if (s.id != QLatin1String("gb50174-machine-room-noise"))
                QVERIFY(!s.hasUnverified());
        }
    }

    void zone1Night_data()
    {
        QTest::addColumn<double>("laeq");
        QTest::addColumn<int>("result");
        QTest::newRow("45.0 passes") << 45.0 << int(CheckResult::Pass);
        QTest::newRow("45.1 fails") << 45.1 << int(CheckResult::Fail);
    }

    void zone1Night()
    {
        QFETCH(double, laeq);
        QFETCH(int, result);
        NoiseCheckContext ctx;
        ctx.zone = QStringLiteral("1");
        ctx.period = Period::Night;
        auto checks = noiseChecks(calibrated(laeq), ctx, m_sets);
        QVERIFY(checks.has_value());
        QCOMPARE(checks->size(), 2);
        const api::Check *env = find(*checks, QStringLiteral("noise.environment.night"));
        QVERIFY(env);
        QCOMPARE(int(env->result), result);
        QCOMPARE(*env->limit.max, 45.0);
        QCOMPARE(env->limit.unit, QStringLiteral("dB(A)"));
        QCOMPARE(env->source.standard, QStringLiteral("GB 3096-2008"));
        QCOMPARE(env->source.clause, QStringLiteral("Table 1"));
        QCOMPARE(*env->value, laeq);
        const api::Check *boundary = find(*checks, QStringLiteral("noise.boundary.night"));
        QVERIFY(boundary);
        QCOMPARE(boundary->source.standard, QStringLiteral("GB 12348-2008"));
        QCOMPARE(int(boundary->result), result);
    }

    // Night Lmax 60.0 passes for occasional noise (+15) but 55.1 fails for frequent (+10) at
    // GB 12348 zone 1.
    void nightLmax()
    {
        NoiseCheckContext ctx;
        ctx.zone = QStringLiteral("1");
        ctx.period = Period::Night;
        ctx.nightEvents = NightEvents::Occasional;
        auto occ = noiseChecks(calibrated(40, 60.0), ctx, m_sets);
        QVERIFY(occ.has_value());
        const api::Check *c = find(*occ, QStringLiteral("noise.boundary.night.lmax"));
        QVERIFY(c);
        QCOMPARE(*c->limit.max, 60.0);
        QCOMPARE(c->result, CheckResult::Pass);
        QCOMPARE(c->source.clause, QStringLiteral("Table 1, Table 1 note 2"));
        // GB 3096 sudden noise: also +15.
        const api::Check *s = find(*occ, QStringLiteral("noise.environment.night.lmax"));
        QVERIFY(s);
        QCOMPARE(*s->limit.max, 60.0);

        ctx.nightEvents = NightEvents::Frequent;
        auto freq = noiseChecks(calibrated(40, 55.1), ctx, m_sets);
        QVERIFY(freq.has_value());
        c = find(*freq, QStringLiteral("noise.boundary.night.lmax"));
        QVERIFY(c);
        QCOMPARE(*c->limit.max, 55.0);
        QCOMPARE(c->result, CheckResult::Fail);
        QVERIFY(!find(*freq, QStringLiteral("noise.environment.night.lmax")));

        // By day there is no Lmax allowance check.
        ctx.period = Period::Day;
        auto day = noiseChecks(calibrated(40, 80), ctx, m_sets);
        QCOMPARE(day->size(), 2);
    }

    void zones4aAnd4bDiffer()
    {
        NoiseCheckContext ctx;
        ctx.period = Period::Night;
        ctx.zone = QStringLiteral("4b");
        auto b = noiseChecks(calibrated(58), ctx, m_sets);
        ctx.zone = QStringLiteral("4A");
        auto a = noiseChecks(calibrated(58), ctx, m_sets);
        QVERIFY(a && b);
        const api::Check *envB = find(*b, QStringLiteral("noise.environment.night"));
        const api::Check *envA = find(*a, QStringLiteral("noise.environment.night"));
        QCOMPARE(*envB->limit.max, 60.0);
        QCOMPARE(*envA->limit.max, 55.0);
        QCOMPARE(envB->result, CheckResult::Pass);
        QCOMPARE(envA->result, CheckResult::Fail);
        // GB 12348 has one class 4 (night 55) for both.
        QCOMPARE(*find(*b, QStringLiteral("noise.boundary.night"))->limit.max, 55.0);
    }

    // Cabinet boundary 0.8 m from a home in zone 2 at night: indoor measurement, 50 - 10 = 40.
    void nearSensitiveBuilding()
    {
        NoiseCheckContext ctx;
        ctx.zone = QStringLiteral("2");
        ctx.period = Period::Night;
        ctx.nearSensitiveBuilding = true;
        auto checks = noiseChecks(calibrated(40.5), ctx, m_sets);
        QVERIFY(checks.has_value());
        QCOMPARE(checks->size(), 1);
        const api::Check &c = checks->first();
        QCOMPARE(c.id, QStringLiteral("noise.boundary.indoor.night"));
        QCOMPARE(*c.limit.max, 40.0);
        QCOMPARE(c.result, CheckResult::Fail);
        QCOMPARE(c.source.clause, QStringLiteral("Table 1, Table 1 note 4"));
        auto ok = noiseChecks(calibrated(40.0), ctx, m_sets);
        QCOMPARE(ok->first().result, CheckResult::Pass);
    }

    void warnMargin()
    {
        NoiseCheckContext ctx;
        ctx.zone = QStringLiteral("3");
        ctx.warnMarginDb = 2;
        auto checks = noiseChecks(calibrated(64), ctx, m_sets);
        QCOMPARE(find(*checks, QStringLiteral("noise.environment.day"))->result, CheckResult::Warn);
        auto pass = noiseChecks(calibrated(62.9), ctx, m_sets);
        QCOMPARE(find(*pass, QStringLiteral("noise.environment.day"))->result, CheckResult::Pass);
    }

    void machineRoom()
    {
        NoiseCheckContext ctx;
        ctx.machineRoom = true;
        auto checks = noiseChecks(calibrated(62), ctx, m_sets);
        QVERIFY(checks.has_value());
        QCOMPARE(checks->size(), 2);
        const api::Check *old = find(*checks, QStringLiteral("noise.machine-room.2008"));
        const api::Check *now = find(*checks, QStringLiteral("noise.machine-room.2017"));
        QVERIFY(old && now);
        QCOMPARE(old->result, CheckResult::Pass);
        QCOMPARE(now->result, CheckResult::Fail);
        QVERIFY(old->source.verified());
        QVERIFY(!now->source.verified());
        QCOMPARE(now->source.standard, QStringLiteral("GB 50174-2017"));
        QVERIFY(now->note.startsWith(QLatin1String("Unverified limit")));
    }

    void uncalibratedIsNotMeasured()
    {
        NoiseLevels l;
        l.laeq = -30;
        l.lafMax = -20;
        NoiseCheckContext ctx;
        ctx.zone = QStringLiteral("1");
        ctx.period = Period::Night;
        ctx.nightEvents = NightEvents::Frequent;
        ctx.machineRoom = true;
        auto checks = noiseChecks(l, ctx, m_sets);
        QVERIFY(checks.has_value());
        QCOMPARE(checks->size(), 5);
        for (const api::Check &c : *checks) {
            QCOMPARE(c.result, CheckResult::NotMeasured);
            QVERIFY(!c.value);
            QVERIFY2(c.note.contains(QLatin1String("Calibrate the microphone")), qPrintable(c.note));
        }
        QCOMPARE(api::summarize(*checks).verdict, CheckResult::Warn);
    }

    void errors()
    {
        NoiseCheckContext ctx;
        ctx.zone = QStringLiteral("5");
        auto bad = noiseChecks(calibrated(40), ctx, m_sets);
        QVERIFY(!bad.has_value());
        QCOMPARE(bad.error().code, api::Code::Validation);
        QCOMPARE(bad.error().field, QStringLiteral("zone"));
        QCOMPARE(bad.error().message, QStringLiteral("\"5\" is not a GB 3096-2008 zone class; "
                                                     "use 0, 1, 2, 3, 4a or 4b."));
        ctx.zone = QStringLiteral("1");
        QList<api::LimitSet> partial = m_sets;
        partial.removeIf(
            [](const api::LimitSet &s) { return s.id == QLatin1String("gb12348-2008"); });
        auto missing = noiseChecks(calibrated(40), ctx, partial);
        QVERIFY(!missing.has_value());
        QCOMPARE(missing.error().code, api::Code::NotFound);
        QVERIFY(missing.error().message.contains(QLatin1String("gb12348-2008")));
        QVERIFY(periodFromName(QStringLiteral("Night")) == Period::Night);
        QVERIFY(!periodFromName(QStringLiteral("evening")));
        QVERIFY(nightEventsFromName(QStringLiteral("frequent")) == NightEvents::Frequent);
    }
};

QTEST_GUILESS_MAIN(TestNoiseChecks)
#include "tst_noisechecks.moc"
