// The survey report dialog (issue 4) over a real embedded hub, offscreen: the default file name,
// generating a report (a file pdftotext reads the survey name from), the language chosen in the
// dialog not the console's, and Open file / Open folder shown when done. Screenshots of the
// dialog in both languages go to $EC_SURVEYREPORT_SHOTS when set.
#include "backend/api/surveyrecord.h"
#include "backend/client/client.h"
#include "backend/hub/hub.h"
#include "backend/survey/surveystore.h"
#include "translations/i18n.h"
#include "widgets/dialogs/surveyreportdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace edge;

namespace {

template<class R>
QByteArray why(const R &r)
{
    return r ? QByteArray() : r.error().message.toUtf8();
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

void shot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("EC_SURVEYREPORT_SHOTS");
    if (!dir.isEmpty())
        w->grab().save(QDir(dir).filePath(name));
}

} // namespace

class TestSurveyReportDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void generatesAReport();
    void chineseReportFromAnEnglishConsole();

private:
    widgets::SurveyReportDialog *open();
    QString generate(widgets::SurveyReportDialog *dialog, const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<hub::Hub> m_hub;
    std::shared_ptr<client::Client> m_client;
    api::Survey m_survey;
};

void TestSurveyReportDialog::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qputenv("HOME", m_dir->path().toLocal8Bit());
    hub::HubOptions options;
    options.dataDir = m_dir->filePath(QStringLiteral("data"));
    auto opened = hub::Hub::open(options);
    QVERIFY2(opened, why(opened).constData());
    m_hub = std::move(*opened);
    auto session = m_hub->localSession();
    QVERIFY2(session, why(session).constData());
    m_client = std::make_shared<client::Client>(m_hub->inProcessChannel());
    m_client->setToken(session->token);

    api::Site site;
    site.name = QStringLiteral("Pier 9");
    site.latitude = 22.3;
    site.longitude = 114.2;
    auto s = m_client->create(site.toRecord());
    QVERIFY2(s, why(s).constData());
    api::Survey survey;
    survey.siteId = s->id;
    survey.name = QStringLiteral("Dialog survey");
    survey.author = QStringLiteral("Wang Fang");
    auto made = m_client->create(survey.toRecord());
    QVERIFY2(made, why(made).constData());
    m_survey = *api::Survey::fromRecord(*made);
    QList<survey::Reading> readings;
    for (int i = 0; i < 12; ++i)
        readings << survey::Reading{1'790'000'000'000 + i * 600'000LL, 21.0 + 0.5 * i, 45.0,
                                    QStringLiteral("probe")};
    survey::NewItem item;
    item.kind = api::SurveyItemKind::Readings;
    item.payload = survey::readingsPayload(readings);
    auto added = survey::addSurveyItem(*m_client, m_survey, item);
    QVERIFY2(added, why(added).constData());
    QVERIFY(i18n::install(*qApp, QStringLiteral("en")));
}

void TestSurveyReportDialog::cleanupTestCase()
{
    m_client.reset();
    m_hub.reset();
    m_dir.reset();
}

widgets::SurveyReportDialog *TestSurveyReportDialog::open()
{
    auto *dialog = new widgets::SurveyReportDialog(m_client, m_survey);
    dialog->show();
    auto *generateButton = dialog->findChild<QPushButton *>(QStringLiteral("generateButton"));
    if (!QTest::qWaitFor([&] { return generateButton->isEnabled(); }, 20000))
        qWarning("the report dialog did not load the survey");
    return dialog;
}

QString TestSurveyReportDialog::generate(widgets::SurveyReportDialog *dialog, const QString &path)
{
    auto *file = dialog->findChild<QLineEdit *>(QStringLiteral("fileEdit"));
    file->setText(path);
    QSignalSpy written(dialog, &widgets::SurveyReportDialog::reportWritten);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("generateButton")),
                      Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return !written.isEmpty(); }, 60000))
        return dialog->findChild<QLabel *>(QStringLiteral("resultLabel"))->text();
    return written.first().first().toString();
}

void TestSurveyReportDialog::generatesAReport()
{
    auto *dialog = open();
    auto *file = dialog->findChild<QLineEdit *>(QStringLiteral("fileEdit"));
    QCOMPARE(file->text(), QDir::home().filePath(QStringLiteral("Pier_9-Dialog_survey-en.pdf")));
    auto *language = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
    QCOMPARE(language->currentData().toString(), QStringLiteral("en"));
    language->setCurrentIndex(1);
    QCOMPARE(file->text(), QDir::home().filePath(QStringLiteral("Pier_9-Dialog_survey-zh_CN.pdf")));
    language->setCurrentIndex(0);
    shot(dialog, QStringLiteral("surveyreport-en.png"));

    const QString path = m_dir->filePath(QStringLiteral("dialog-en.pdf"));
    QCOMPARE(generate(dialog, path), path);
    QVERIFY(QFile::exists(path));
    const QString text = pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("Dialog survey")), qPrintable(text.left(1000)));
    QVERIFY(text.contains(QStringLiteral("Site survey report")));
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("openFileButton"))->isVisible());
    QVERIFY(dialog->findChild<QPushButton *>(QStringLiteral("openFolderButton"))->isVisible());
    QVERIFY(!dialog->findChild<QProgressBar *>(QStringLiteral("progressBar"))->isVisible());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("resultLabel"))->text().contains(path));
    shot(dialog, QStringLiteral("surveyreport-en-done.png"));
    dialog->close();
}

void TestSurveyReportDialog::chineseReportFromAnEnglishConsole()
{
    auto *dialog = open();
    dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"))->setCurrentIndex(1);
    const QString path = m_dir->filePath(QStringLiteral("dialog-zh.pdf"));
    QCOMPARE(generate(dialog, path), path);
    const QString text = pdfText(path);
    QVERIFY2(text.contains(QStringLiteral("Dialog survey")), qPrintable(text.left(1000)));
    QVERIFY(text.contains(QStringLiteral("最高温度")));
    QVERIFY(!text.contains(QStringLiteral("Highest temperature")));
    // The console stays English.
    QCOMPARE(i18n::current(*qApp), QStringLiteral("en"));
    QCOMPARE(dialog->findChild<QPushButton *>(QStringLiteral("closeButton"))->text(),
             QStringLiteral("Close"));
    dialog->close();

    // The dialog itself in Chinese, for the screenshot.
    QVERIFY(i18n::install(*qApp, QStringLiteral("zh_CN")));
    auto *zh = open();
    shot(zh, QStringLiteral("surveyreport-zh.png"));
    zh->close();
    QVERIFY(i18n::install(*qApp, QStringLiteral("en")));
}

QTEST_MAIN(TestSurveyReportDialog)
#include "tst_surveyreportdialog.moc"
