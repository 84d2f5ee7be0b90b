// The survey report and the document layer in-process: cancel leaves no file (and no temporary
// file), an unwritable path is named, a long table repeats its header on the next page, every page
// has "page X of Y", progress is called per page, and the report's language does not leak into
// the application's (i18n::ScopedLanguage puts the previous language back).
#include "backend/reports/reportdocument.h"
#include "backend/reports/surveyreport.h"
#include "translations/i18n.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace edge;

namespace {

QString pdfText(const QString &pdf, int page = 0)
{
    QStringList args{QStringLiteral("-enc"), QStringLiteral("UTF-8")};
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    args << pdf << QStringLiteral("-");
    QProcess p;
    p.start(QStringLiteral("pdftotext"), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

survey::SurveyData sampleSurvey(int notes)
{
    survey::SurveyData data;
    data.survey.id = QStringLiteral("s1");
    data.survey.siteId = QStringLiteral("site1");
    data.survey.name = QStringLiteral("Basement survey");
    data.survey.author = QStringLiteral("Zhang San");
    data.survey.startedAtMs = 1'790'000'000'000;
    data.survey.siteClass = QStringLiteral("B");
    api::Site site;
    site.id = QStringLiteral("site1");
    site.name = QStringLiteral("Harbour 3");
    site.latitude = 31.2;
    site.longitude = 121.5;
    data.site = site;
    QList<survey::Reading> readings;
    for (int i = 0; i < 40; ++i)
        readings << survey::Reading{1'790'000'000'000 + i * 300'000LL, 20.0 + 0.1 * i, 40.0,
                                    QStringLiteral("logger")};
    api::SurveyItem r;
    r.name = QStringLiteral("readings 1");
    r.kind = api::SurveyItemKind::Readings;
    r.payload = survey::readingsPayload(readings);
    data.items << r;
    for (int i = 0; i < notes; ++i) {
        api::SurveyItem n;
        n.name = QStringLiteral("note %1").arg(i);
        n.kind = api::SurveyItemKind::Note;
        n.payload = survey::notePayload(QStringLiteral("Observation number %1.").arg(i));
        data.items << n;
    }
    return data;
}

} // namespace

class TestSurveyReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
                 "poppler-utils is needed (scripts/install-deps.sh --test)");
        QVERIFY(m_dir.isValid());
    }

    void renderWithProgress()
    {
        reports::SurveyReportOptions options;
        options.language = QStringLiteral("en");
        auto report = reports::prepareSurveyReport(sampleSurvey(120), options);
        QVERIFY2(report.has_value(), report ? "" : qPrintable(report.error().message));
        const QString pdf = m_dir.filePath(QStringLiteral("long.pdf"));
        QList<int> done;
        int total = -1;
        int pages = 0;
        auto written = reports::renderSurveyReport(
            **report, pdf,
            [&](int d, int t) {
                done << d;
                total = t;
                return true;
            },
            &pages);
        QVERIFY2(written.has_value(), written ? "" : qPrintable(written.error().message));
        QVERIFY(pages >= 2);
        QCOMPARE(total, pages);
        QCOMPARE(done.first(), 0);
        QCOMPARE(done.last(), pages);
        QCOMPARE(done.size(), pages + 1);
        for (int p = 1; p <= pages; ++p)
            QVERIFY2(pdfText(pdf, p).contains(QStringLiteral("Page %1 of %2").arg(p).arg(pages)),
                     qPrintable(pdfText(pdf, p)));
        QVERIFY(pdfText(pdf).contains(QStringLiteral("Observation number 119.")));
        QCOMPARE(reports::surveyReportFacts(**report).checks, 7);
    }

    void tableHeaderRepeats()
    {
        reports::DocumentStyle style;
        style.footerText = QStringLiteral("fingerprint 1234abcd");
        reports::ReportDocument doc(style);
        doc.addHeading(QStringLiteral("Numbers"));
        reports::TableSpec t;
        t.header = {QStringLiteral("HeaderLeft"), QStringLiteral("HeaderRight")};
        for (int i = 0; i < 150; ++i)
            t.rows << QStringList{QStringLiteral("row %1").arg(i), QStringLiteral("value")};
        doc.addTable(t);
        const QString pdf = m_dir.filePath(QStringLiteral("table.pdf"));
        auto pages = doc.write(pdf);
        if (qEnvironmentVariableIsSet("EC_KEEP_PDF"))
            QFile::copy(pdf, qEnvironmentVariable("EC_KEEP_PDF"));
        QVERIFY(pages.has_value());
        QVERIFY(*pages >= 2);
        for (int p = 1; p <= *pages; ++p) {
            const QString text = pdfText(pdf, p);
            QVERIFY2(text.contains(QStringLiteral("HeaderLeft")), qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("fingerprint 1234abcd")));
        }
        // No row is lost or split: every row appears exactly once in the whole text.
        const QString all = pdfText(pdf);
        for (int i = 0; i < 150; ++i)
            QCOMPARE(all.count(QStringLiteral("row %1\n").arg(i)), 1);
    }

    void cancelLeavesNoFile()
    {
        auto report = reports::prepareSurveyReport(sampleSurvey(120), {});
        QVERIFY(report.has_value());
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("cancelled.pdf"));
        int calls = 0;
        auto written = reports::renderSurveyReport(**report, pdf, [&](int done, int) {
            ++calls;
            return done < 1; // cancel after the first page
        });
        QVERIFY(!written.has_value());
        QCOMPARE(written.error().code, api::Code::Cancelled);
        QCOMPARE(calls, 2);
        QVERIFY(!QFile::exists(pdf));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }

    void unwritablePath()
    {
        auto report = reports::prepareSurveyReport(sampleSurvey(0), {});
        QVERIFY(report.has_value());
        const QString bad = m_dir.filePath(QStringLiteral("missing/dir/r.pdf"));
        auto written = reports::renderSurveyReport(**report, bad);
        QVERIFY(!written.has_value());
        QVERIFY2(written.error().message.contains(bad), qPrintable(written.error().message));
        QVERIFY(!QFile::exists(bad));
        auto dirAsFile = reports::renderSurveyReport(**report, m_dir.path());
        QVERIFY(!dirAsFile.has_value());
    }

    void languageIsScoped()
    {
        QVERIFY(i18n::install(*QCoreApplication::instance(), QStringLiteral("en")));
        reports::SurveyReportOptions options;
        options.language = QStringLiteral("zh_CN");
        auto report = reports::prepareSurveyReport(sampleSurvey(0), options);
        QVERIFY2(report.has_value(), report ? "" : qPrintable(report.error().message));
        QCOMPARE(i18n::current(*QCoreApplication::instance()), QStringLiteral("en"));
        QCOMPARE(reports::surveyReportFacts(**report).language, QStringLiteral("zh_CN"));
        options.language = QStringLiteral("fr");
        auto french = reports::prepareSurveyReport(sampleSurvey(0), options);
        QVERIFY(!french.has_value());
        QCOMPARE(french.error().code, api::Code::Validation);
        QCOMPARE(i18n::current(*QCoreApplication::instance()), QStringLiteral("en"));
        {
            i18n::ScopedLanguage zh(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
            QVERIFY(zh.ok());
            QCOMPARE(i18n::current(*QCoreApplication::instance()), QStringLiteral("zh_CN"));
        }
        QCOMPARE(i18n::current(*QCoreApplication::instance()), QStringLiteral("en"));
        i18n::uninstall(*QCoreApplication::instance());
        {
            i18n::ScopedLanguage zh(*QCoreApplication::instance(), QStringLiteral("zh_CN"));
            QVERIFY(zh.ok());
        }
        QCOMPARE(i18n::current(*QCoreApplication::instance()), QString());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestSurveyReport)
#include "tst_surveyreport.moc"
