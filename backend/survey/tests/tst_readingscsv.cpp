// Unit tests of the readings CSV importer: the accepted dialects (English and Chinese headers,
// units, separators, decimal comma, time formats), and golden malformed files (tests/data) whose
// errors must name the file, line and column, say what is wrong and what to do.
#include "backend/survey/readingscsv.h"

#include <QDateTime>
#include <QTest>

using namespace edge::survey;
using edge::api::Code;

namespace {

qint64 utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toMSecsSinceEpoch();
}

} // namespace

class TestReadingsCsv : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void englishMinimal()
    {
        auto r = parseReadingsCsv("time,temperature\n2026-11-25T10:00:00Z,22.5\n"
                                  "2026-11-25 10:01:30,22.75\n");
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->size(), 2);
        QCOMPARE(r->at(0).timestampMs, utc("2026-11-25T10:00:00Z"));
        QCOMPARE(r->at(1).timestampMs, utc("2026-11-25T10:01:30Z"));
        QCOMPARE(r->at(1).temperatureC, 22.75);
        QVERIFY(!r->at(0).humidityRH);
        QCOMPARE(r->at(0).source, QStringLiteral("readings.csv"));
    }

    void chineseLoggerFile()
    {
        QFile f(QFINDTESTDATA("data/logger_zh.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        ReadingsCsvOptions o;
        o.fileName = QStringLiteral("logger_zh.csv");
        o.utcOffsetSeconds = 8 * 3600; // China Standard Time
        auto r = parseReadingsCsv(f.readAll(), o);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->size(), 3);
        // Sorted by time, stable: the two 10:00 readings keep their order.
        QCOMPARE(r->at(0).source, QStringLiteral("机柜1"));
        QCOMPARE(r->at(1).source, QStringLiteral("机柜2"));
        QCOMPARE(r->at(2).source, QStringLiteral("机柜1"));
        QCOMPARE(r->at(0).timestampMs, utc("2026-11-25T02:00:00Z"));
        QCOMPARE(r->at(0).temperatureC, 22.5);
        QCOMPARE(*r->at(0).humidityRH, 45.0);
        QVERIFY(!r->at(1).humidityRH);
        QCOMPARE(r->at(2).temperatureC, 23.0);
    }

    void dialects_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<double>("temperature");
        QTest::addColumn<double>("humidity"); // -1: none
        QTest::addColumn<QString>("iso");
        QTest::newRow("semicolon decimal comma")
            << QByteArray("Zeit;time;Temperatur;temperature;rh\n"
                          "x;2026-11-25 10:00:00;1;21,5;40,5\n")
            << 21.5 << 40.5 << QStringLiteral("2026-11-25T10:00:00Z");
        QTest::newRow("tab") << QByteArray(
            "timestamp\ttemp\thumidity\n2026-11-25T10:00:00+08:00\t19.0\t55\n")
                             << 19.0 << 55.0 << QStringLiteral("2026-11-25T02:00:00Z");
        QTest::newRow("units in header and cells")
            << QByteArray("Time,Temperature (°C),Humidity (%RH)\n2026-11-25 10:00,20.5°C,50%\n")
            << 20.5 << 50.0 << QStringLiteral("2026-11-25T10:00:00Z");
        QTest::newRow("quoted, extra columns, trailing separators")
            << QByteArray("\"time\",battery,\"temperature\",humidity,,\n"
                          "\"2026-11-25 10:00:00.250\",3.1,\" 18 \",,,\n")
            << 18.0 << -1.0 << QStringLiteral("2026-11-25T10:00:00.250Z");
        QTest::newRow("negative offset, minutes")
            << QByteArray("datetime,温度\n2026-11-25T10:00-0330,-5\n") << -5.0 << -1.0
            << QStringLiteral("2026-11-25T13:30:00Z");
        QTest::newRow("日期 and 时间 columns")
            << QByteArray("日期,时间,温度,湿度\n2026-11-25,10:00:00,21.5,41\n") << 21.5 << 41.0
            << QStringLiteral("2026-11-25T10:00:00Z");
        QTest::newRow("date column alone")
            << QByteArray("Date,Temp\n2026-11-25 10:00:00,21\n") << 21.0 << -1.0
            << QStringLiteral("2026-11-25T10:00:00Z");
        QTest::newRow("相对湿度 and 采集时间")
            << QByteArray("采集时间,环境温度,相对湿度\n2026-11-25 10:00:00,25,60\n") << 25.0 << 60.0
            << QStringLiteral("2026-11-25T10:00:00Z");
    }
    void dialects()
    {
        QFETCH(QByteArray, csv);
        QFETCH(double, temperature);
        QFETCH(double, humidity);
        QFETCH(QString, iso);
        auto r = parseReadingsCsv(csv);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->size(), 1);
        QCOMPARE(r->at(0).temperatureC, temperature);
        QCOMPARE(r->at(0).humidityRH.has_value(), humidity >= 0);
        if (humidity >= 0)
            QCOMPARE(*r->at(0).humidityRH, humidity);
        QCOMPARE(r->at(0).timestampMs,
                 QDateTime::fromString(iso, Qt::ISODateWithMs).toMSecsSinceEpoch());
    }

    void decimalCommaRefusedWithCommaSeparator()
    {
        // "22,5" in a comma-separated file is two values, not 22.5.
        auto r = parseReadingsCsv("time,temperature\n2026-11-25 10:00:00,22,5\n");
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("2:24"));
    }

    void goldenMalformedFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad time")
            << QStringLiteral("bad_time.csv") << QStringLiteral("4:1")
            << QStringLiteral("bad_time.csv line 4 column 1: \"25/11/2026 10:02\" is not a time. "
                              "Write times as 2026-11-25 14:05:00 or in ISO 8601 "
                              "(2026-11-25T14:05:00+08:00).");
        QTest::newRow("bad temperature")
            << QStringLiteral("bad_temperature.csv") << QStringLiteral("3:21")
            << QStringLiteral("bad_temperature.csv line 3 column 21: \"abc\" is not a "
                              "temperature. Write a number in °C, such as 23.5.");
        QTest::newRow("humidity out of range")
            << QStringLiteral("humidity_out_of_range.csv") << QStringLiteral("3:27")
            << QStringLiteral("humidity_out_of_range.csv line 3 column 27: A relative humidity "
                              "of 104 % is impossible: give it in percent, from 0 to 100. "
                              "Correct the value or delete the line.");
        QTest::newRow("no temperature column")
            << QStringLiteral("no_temperature_column.csv") << QStringLiteral("2:1")
            << QStringLiteral("no_temperature_column.csv line 2 column 1: the header has no "
                              "temperature column. The first line must name the columns, e.g. "
                              "\"time,temperature,humidity\" or \"时间,温度,湿度\".");
        QTest::newRow("fahrenheit")
            << QStringLiteral("fahrenheit.csv") << QStringLiteral("1:6")
            << QStringLiteral("fahrenheit.csv line 1 column 6: temperatures in Fahrenheit are "
                              "not supported. Convert the column to °C and import the file "
                              "again.");
        QTest::newRow("open quote")
            << QStringLiteral("open_quote.csv") << QStringLiteral("2:26")
            << QStringLiteral("open_quote.csv line 2 column 26: the quote is not closed. Close "
                              "the quote or remove it (a value cannot span lines).");
        QTest::newRow("too many values")
            << QStringLiteral("too_many_values.csv") << QStringLiteral("2:24")
            << QStringLiteral("too_many_values.csv line 2 column 24: the line has 3 values but "
                              "the header names 2 columns. Remove the extra values or quote a "
                              "value that contains \",\".");
        QTest::newRow("implausible")
            << QStringLiteral("implausible.csv") << QStringLiteral("2:21")
            << QStringLiteral("implausible.csv line 2 column 21: A temperature of 225 °C is not "
                              "a plausible air temperature: give it in °C, between -60 and 80. "
                              "Correct the value or delete the line.");
        QTest::newRow("header only")
            << QStringLiteral("header_only.csv") << QStringLiteral("2:1")
            << QStringLiteral("header_only.csv line 2 column 1: the file has a header but no "
                              "readings. Export the readings again, with at least one line of "
                              "data.");
        QTest::newRow("duplicate column")
            << QStringLiteral("duplicate_column.csv") << QStringLiteral("1:11")
            << QStringLiteral("duplicate_column.csv line 1 column 11: the column \"温度\" repeats "
                              "an earlier column. Keep one column for each quantity (rename or "
                              "delete the other).");
        QTest::newRow("impossible date")
            << QStringLiteral("impossible_date.csv") << QStringLiteral("2:1")
            << QStringLiteral("impossible_date.csv line 2 column 1: \"2026-02-30 10:00:00\" is "
                              "not a time. Write times as 2026-11-25 14:05:00 or in ISO 8601 "
                              "(2026-11-25T14:05:00+08:00).");
        QTest::newRow("empty") << QStringLiteral("empty.csv") << QStringLiteral("1:1")
                               << QStringLiteral("empty.csv line 1 column 1: the file is empty. "
                                                 "Export the readings with a header line "
                                                 "(time,temperature,...).");
        QTest::newRow("gbk")
            << QStringLiteral("gbk.csv") << QStringLiteral("3:3")
            << QStringLiteral("gbk.csv line 3 column 3: the file is not UTF-8 text. Save it as "
                              "\"CSV UTF-8\" (a spreadsheet on Chinese Windows saves GBK by "
                              "default) and import it again.");
    }
    void goldenMalformedFiles()
    {
        QFETCH(QString, file);
        QFETCH(QString, where);
        QFETCH(QString, message);
        const QString path = QFINDTESTDATA(QStringLiteral("data/") + file);
        QVERIFY2(!path.isEmpty(), qPrintable(file));
        auto r = loadReadingsCsv(path);
        QVERIFY2(!r, "a malformed file was accepted");
        QCOMPARE(r.error().code, Code::BadInput);
        QCOMPARE(r.error().field, where);
        QCOMPARE(r.error().message, message);
    }

    void nothingPartiallyImported()
    {
        // 500 good lines and one bad one at the end: the whole file is refused.
        QByteArray csv = "time,temperature\n";
        for (int i = 0; i < 500; ++i)
            csv += QStringLiteral("2026-11-25T10:%1:%2Z,22.5\n")
                       .arg(i / 60, 2, 10, QLatin1Char('0'))
                       .arg(i % 60, 2, 10, QLatin1Char('0'))
                       .toLatin1();
        QVERIFY(parseReadingsCsv(csv));
        csv += "2026-11-25T12:00:00Z,\n";
        auto r = parseReadingsCsv(csv);
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("502:22"));
        QVERIFY(r.error().message.contains(QStringLiteral("the temperature is empty")));
    }

    void rowLimitAndMissingFile()
    {
        ReadingsCsvOptions o;
        o.maxRows = 2;
        auto r = parseReadingsCsv("time,temperature\n2026-11-25 10:00,1\n2026-11-25 10:01,1\n"
                                  "2026-11-25 10:02,1\n",
                                  o);
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("4:1"));
        auto missing = loadReadingsCsv(QStringLiteral("/nonexistent/readings.csv"));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, Code::BadInput);
        QVERIFY(missing.error().message.contains(QStringLiteral("/nonexistent/readings.csv")));
    }
};

QTEST_GUILESS_MAIN(TestReadingsCsv)
#include "tst_readingscsv.moc"
