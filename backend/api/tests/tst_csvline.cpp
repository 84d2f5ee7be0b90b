// splitCsvLine: quoting, blanks, separators and the column of every problem.

#include "backend/api/csvline.h"

#include <QTest>

using namespace edge::api;

class TestCsvLine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void fields()
    {
        auto f = splitCsvLine(QStringLiteral(" a , \"b, \"\"c\"\" \" ,,d,"));
        QVERIFY(f);
        QCOMPARE(f->size(), 5);
        QCOMPARE(f->at(0).text, QStringLiteral("a"));
        QCOMPARE(f->at(1).text, QStringLiteral("b, \"c\" ")); // quoted text kept as it is
        QCOMPARE(f->at(1).column, 5);
        QCOMPARE(f->at(2).text, QString());
        QCOMPARE(f->at(3).text, QStringLiteral("d"));
        QCOMPARE(f->at(4).text, QString()); // a trailing separator: an empty last field
        QCOMPARE(splitCsvLine(QString())->size(), 1);
    }
    void otherSeparators()
    {
        auto tab = splitCsvLine(QStringLiteral("a\t 23,5 \t\"x\""), {u'\t', true});
        QVERIFY(tab);
        QCOMPARE(tab->size(), 3);
        QCOMPARE(tab->at(1).text, QStringLiteral("23,5"));
        auto semi = splitCsvLine(QStringLiteral("\" q \";r"), {u';', true});
        QVERIFY(semi);
        QCOMPARE(semi->at(0).text, QStringLiteral("q")); // trimQuoted
    }
    void problems_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("column");
        QTest::newRow("unclosed") << QStringLiteral("a,\"bc") << int(CsvLineProblem::UnclosedQuote)
                                  << 3;
        QTest::newRow("after quote")
            << QStringLiteral("\"a\" b,c") << int(CsvLineProblem::TextAfterQuotedField) << 5;
        QTest::newRow("quote inside")
            << QStringLiteral("ab\"c") << int(CsvLineProblem::QuoteInUnquotedField) << 3;
    }
    void problems()
    {
        QFETCH(QString, line);
        QFETCH(int, kind);
        QFETCH(int, column);
        auto f = splitCsvLine(line);
        QVERIFY(!f);
        QCOMPARE(int(f.error().kind), kind);
        QCOMPARE(f.error().column, column);
    }
};

QTEST_APPLESS_MAIN(TestCsvLine)
#include "tst_csvline.moc"
