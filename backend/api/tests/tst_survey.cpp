// Unit tests of the survey check contract: evaluate() at and around the bounds, the warn margin,
// names and the summary verdict.

#include "backend/api/survey.h"
#include "backend/api/surveyrecord.h"

#include <QTest>

using namespace edge::api;

class TestSurvey : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void evaluate_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("margin");
        QTest::addColumn<int>("expected");
        // GB 3096-2008 zone 1 night: 45 dB(A) (reference test idea: 45.0 passes, 45.1 fails).
        QTest::newRow("at max") << 45.0 << 0.0 << int(CheckResult::Pass);
        QTest::newRow("just above") << 45.1 << 0.0 << int(CheckResult::Fail);
        QTest::newRow("inside margin") << 44.5 << 1.0 << int(CheckResult::Warn);
        QTest::newRow("outside margin") << 43.9 << 1.0 << int(CheckResult::Pass);
        QTest::newRow("below min") << 17.9 << 0.0 << int(CheckResult::Fail);
        QTest::newRow("near min") << 18.2 << 0.5 << int(CheckResult::Warn);
        QTest::newRow("nan") << std::nan("") << 0.0 << int(CheckResult::NotMeasured);
    }
    void evaluate()
    {
        QFETCH(double, value);
        QFETCH(double, margin);
        QFETCH(int, expected);
        const Limit limit{value < 30 ? std::optional(18.0) : std::nullopt,
                          value < 30 ? std::optional(27.0) : std::optional(45.0), QString(),
                          margin};
        QCOMPARE(int(edge::api::evaluate(value, limit)), expected);
    }
    void noValueIsNotMeasured()
    {
        QCOMPARE(edge::api::evaluate(std::nullopt, Limit{0.0, 1.0, {}, 0}),
                 CheckResult::NotMeasured);
    }
    void limitText()
    {
        QCOMPARE((Limit{18.0, 27.0, QStringLiteral("°C"), 0}).text(), QStringLiteral("18–27 °C"));
        QCOMPARE((Limit{std::nullopt, 45.0, QStringLiteral("dB(A)"), 0}).text(),
                 QStringLiteral("≤ 45 dB(A)"));
        QCOMPARE((Limit{800.0, std::nullopt, QStringLiteral("m"), 0}).text(),
                 QStringLiteral("≥ 800 m"));
    }
    void names()
    {
        for (CheckResult r :
             {CheckResult::Pass, CheckResult::Warn, CheckResult::Fail, CheckResult::NotMeasured})
            QCOMPARE(checkResultFromName(checkResultName(r)), r);
        QVERIFY(!checkResultFromName(QStringLiteral("ok")));
        QCOMPARE(confidenceFromName(QStringLiteral("LOW")), Confidence::Low);
        QVERIFY(!(LimitSource{QString(), QString(), Confidence::Low}).verified());
    }
    void summary()
    {
        QList<Check> checks(3);
        checks[0].result = CheckResult::Pass;
        checks[1].result = CheckResult::NotMeasured;
        checks[2].result = CheckResult::Pass;
        CheckSummary s = summarize(checks);
        QCOMPARE(s.pass, 2);
        QCOMPARE(s.notMeasured, 1);
        QCOMPARE(s.verdict, CheckResult::Warn); // not measured is never a pass
        checks[1].result = CheckResult::Fail;
        QCOMPARE(summarize(checks).verdict, CheckResult::Fail);
        checks[1].result = CheckResult::Pass;
        QCOMPARE(summarize(checks).verdict, CheckResult::Pass);
        QCOMPARE(summarize({}).verdict, CheckResult::NotMeasured);
    }
    void surveyRecordRoundTripAndRules()
    {
        Survey v;
        v.siteId = QStringLiteral("s1");
        v.name = QStringLiteral("Roof cabinet");
        v.siteClass = QStringLiteral("B");
        v.noiseZone = QStringLiteral("4b");
        v.latitude = 22.5;
        v.longitude = 114.1;
        v.startedAtMs = 1000;
        QVERIFY(validateRecord(v.toRecord(), true));
        auto back = Survey::fromRecord(v.toRecord());
        QVERIFY(back);
        QCOMPARE(back->noiseZone, QStringLiteral("4b"));
        QCOMPARE(*back->latitude, 22.5);

        const auto fieldOf = [](Survey s) {
            auto r = validateRecord(s.toRecord(), true);
            return r ? QString() : r.error().field;
        };
        Survey bad = v;
        bad.siteClass = QStringLiteral("D");
        QCOMPARE(fieldOf(bad), QStringLiteral("site_class"));
        bad = v;
        bad.noiseZone = QStringLiteral("4");
        QCOMPARE(fieldOf(bad), QStringLiteral("noise_zone"));
        bad = v;
        bad.longitude.reset();
        QCOMPARE(fieldOf(bad), QStringLiteral("longitude"));
        bad = v;
        bad.finishedAtMs = 500;
        QCOMPARE(fieldOf(bad), QStringLiteral("finished_at"));
        bad = v;
        bad.siteId.clear();
        QCOMPARE(fieldOf(bad), QStringLiteral("site_id"));
    }
    void surveyItemKinds()
    {
        for (SurveyItemKind k : allSurveyItemKinds())
            QCOMPARE(surveyItemKindFromName(surveyItemKindName(k)), k);
        Record r = SurveyItem{}.toRecord();
        r.fields[QStringLiteral("survey_id")] = QStringLiteral("x");
        r.fields[QStringLiteral("name")] = QStringLiteral("n");
        r.fields[QStringLiteral("kind")] = QStringLiteral("video");
        auto v = validateRecord(r, true);
        QVERIFY(!v);
        QCOMPARE(v.error().field, QStringLiteral("kind"));
    }
};

QTEST_APPLESS_MAIN(TestSurvey)
#include "tst_survey.moc"
