// Limit sets as data: parsing, errors that say where, round trip, and override by version.

#include "backend/api/limitset.h"

#include <QTest>

using namespace edge::api;

namespace {

const QByteArray kSet = R"json({
  "id": "gb3096-2008", "version": 2, "title": "GB 3096", "standard": "GB 3096-2008",
  "category": "noise",
  "entries": [
    { "key": "zone1.night", "max": 45, "unit": "dB(A)",
                 "clause" : "Table 1"
},
    { "key": "zone4b.night", "max": 60, "unit": "dB(A)", "confidence": "low", "note": "new lines" },
    { "key": "inlet", "min": 18, "max": 27, "unit": "°C", "warnMargin": 1, "standard": "X" }
  ]
})json";

} // namespace

class TestLimitSet : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parses()
    {
        auto sets = parseLimitSets(kSet, QStringLiteral("noise.json"));
        QVERIFY2(sets, qPrintable(sets ? QString() : sets.error().message));
        QCOMPARE(sets->size(), 1);
        const LimitSet &s = sets->first();
        QCOMPARE(s.version, 2);
        QCOMPARE(s.entries.size(), 3);
        const LimitEntry *night = s.find(QStringLiteral("zone1.night"));
        QVERIFY(night);
        QCOMPARE(*night->limit.max, 45.0);
        QVERIFY(!night->limit.min);
        QCOMPARE(night->source.standard, QStringLiteral("GB 3096-2008"));
        QCOMPARE(night->source.clause, QStringLiteral("Table 1"));
        QVERIFY(night->source.verified());
        QVERIFY(!s.find(QStringLiteral("zone4b.night"))->source.verified());
        QVERIFY(s.hasUnverified());
        QCOMPARE(s.find(QStringLiteral("inlet"))->source.standard, QStringLiteral("X"));
        QCOMPARE(s.find(QStringLiteral("inlet"))->limit.warnMargin, 1.0);
        QVERIFY(!s.find(QStringLiteral("nope")));
    }
    void roundTrip()
    {
        auto sets = parseLimitSets(kSet, QStringLiteral("a.json"));
        QVERIFY(sets);
        auto again = parseLimitSets(limitSetsToJson(*sets), QStringLiteral("b.json"));
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QCOMPARE(limitSetsToJson(*again), limitSetsToJson(*sets));
    }
    void errorsSayWhere_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("where");
        QTest::newRow("syntax") << QByteArray("{\n  \"id\": \"x\",\n  \"entries\": [,]\n}")
                                << QStringLiteral("f.json line 3 column");
        QTest::newRow("no id") << QByteArray(R"({"entries": []})") << QStringLiteral("\"id\"");
        QTest::newRow("max type") << QByteArray(R"({"id":"s","entries":[{"key":"k","max":"45"}]})")
                                  << QStringLiteral("entry 1 (k)");
        QTest::newRow("no bound") << QByteArray(R"({"id":"s","entries":[{"key":"k"}]})")
                                  << QStringLiteral("\"min\", \"max\"");
        QTest::newRow("min>max") << QByteArray(
            R"({"id":"s","entries":[{"key":"a","max":1},{"key":"b","min":5,"max":1}]})")
                                 << QStringLiteral("entry 2 (b)");
        QTest::newRow("dup key") << QByteArray(
            R"({"id":"s","entries":[{"key":"a","max":1},{"key":"a","max":2}]})")
                                 << QStringLiteral("twice");
        QTest::newRow("confidence")
            << QByteArray(R"({"id":"s","entries":[{"key":"a","max":1,"confidence":"sure"}]})")
            << QStringLiteral("\"sure\"");
        QTest::newRow("version") << QByteArray(R"({"id":"s","version":0,"entries":[]})")
                                 << QStringLiteral("\"version\"");
    }
    void errorsSayWhere()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, where);
        auto sets = parseLimitSets(json, QStringLiteral("f.json"));
        QVERIFY(!sets);
        QCOMPARE(sets.error().code, Code::BadInput);
        QVERIFY2(sets.error().message.contains(where), qPrintable(sets.error().message));
        QVERIFY(sets.error().message.startsWith(QStringLiteral("f.json")));
    }
    void lineColumnCountsCharacters()
    {
        const QByteArray text = QStringLiteral("ab\n中文x").toUtf8();
        QCOMPARE(lineColumnAt(text, text.indexOf('x')), std::make_pair(2, 3));
        QCOMPARE(lineColumnAt(text, 0), std::make_pair(1, 1));
    }
    void overrideByVersion()
    {
        LimitSet shipped{QStringLiteral("s"), 2, {}, {}, {}};
        LimitSet older{QStringLiteral("s"), 1, QStringLiteral("old"), {}, {}};
        LimitSet same{QStringLiteral("s"), 2, QStringLiteral("edited"), {}, {}};
        LimitSet extra{QStringLiteral("t"), 1, {}, {}, {}};
        QCOMPARE(mergeLimitSets({shipped}, {older}).first().title, QString());
        QCOMPARE(mergeLimitSets({shipped}, {same}).first().title, QStringLiteral("edited"));
        QCOMPARE(mergeLimitSets({shipped}, {extra}).size(), 2);
    }
};

QTEST_APPLESS_MAIN(TestLimitSet)
#include "tst_limitset.moc"
