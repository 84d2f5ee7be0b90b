// Unit tests of the survey check contract: evaluate() at and around the bounds, the warn margin,
// names and the summary verdict.

#include "backend/api/survey.h"

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
};

QTEST_APPLESS_MAIN(TestSurvey)
#include "tst_survey.moc"
