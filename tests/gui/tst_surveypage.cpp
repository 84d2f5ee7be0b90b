// The console's Survey page (issue 4) over a real embedded hub (in-process gRPC channel, a real
// store): a survey started through the dialog (field errors next to the field), readings outside
// the ASHRAE recommended band failing the temperature check and the verdict, the YD/T 2441
// profile's unverified marker, hazards listed nearest first, a malformed CSV refused with its
// line and column and nothing stored, and a finished survey's add actions disabled with the reason.
// Set EDGE_TEST_SCREENSHOTS=<dir> to save the page as PNGs.

#include "backend/client/client.h"
#include "backend/hub/hub.h"
#include "backend/survey/surveystore.h"
#include "widgets/charts/hazardplot.h"
#include "widgets/common/asynctask.h"
#include "widgets/common/changefeed.h"
#include "widgets/common/formerrors.h"
#include "widgets/dialogs/surveydialog.h"
#include "widgets/views/surveypage.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace edge;
using widgets::SurveyDialog;
using widgets::SurveyPage;

namespace {
constexpr int kWaitMs = 30'000;

template<class R>
QByteArray why(const R &r)
{
    return r ? QByteArray() : r.error().toString().toUtf8();
}

void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("EDGE_TEST_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}

bool writeFile(const QString &path, const QByteArray &content)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(content) == content.size();
}

int rowWithData(const QTableWidget *t, int column, const QString &value)
{
    for (int r = 0; r < t->rowCount(); ++r)
        if (t->item(r, column) && t->item(r, column)->data(Qt::UserRole).toString() == value)
            return r;
    return -1;
}
} // namespace

class TestSurveyPage : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void startSurveyThroughDialog();
    void readingsOutsideBandFail();
    void badCsvShowsLineColumnAndStoresNothing();
    void unverifiedProfileIsMarked();
    void hazardsNearestFirst();
    void hazardEnteredByHandJoinsTheTable();
    void finishedSurveyIsReadOnly();

private:
    int storedItems();
    QTemporaryDir m_dir;
    std::unique_ptr<hub::Hub> m_hub;
    std::shared_ptr<client::Client> m_client;
    std::unique_ptr<widgets::ChangeFeed> m_feed;
    std::unique_ptr<SurveyPage> m_page;
    QString m_siteId;
    QString m_surveyId;
};

int TestSurveyPage::storedItems()
{
    auto data = survey::loadSurvey(*m_client, m_surveyId);
    return data ? int(data->items.size()) : -1;
}

void TestSurveyPage::initTestCase()
{
    QLocale::setDefault(QLocale::c());
    QVERIFY(m_dir.isValid());
    qunsetenv("EDGE_ADMIN_PASSWORD");
    hub::HubOptions options;
    options.dataDir = m_dir.filePath(QStringLiteral("hub"));
    auto opened = hub::Hub::open(options);
    QVERIFY2(opened, why(opened).constData());
    m_hub = std::move(*opened);
    m_client = std::make_shared<client::Client>(m_hub->inProcessChannel());
    auto session = m_client->login(QStringLiteral("admin"), m_hub->generatedAdminPassword());
    QVERIFY2(session, why(session).constData());
    api::Site s;
    s.name = QStringLiteral("Survey Site");
    s.latitude = 39.9072;
    s.longitude = 116.3914;
    auto site = m_client->create(s.toRecord());
    QVERIFY2(site, why(site).constData());
    m_siteId = site->id;

    widgets::HubConnection c;
    c.inventory = m_client;
    c.accounts = m_client;
    c.userName = QStringLiteral("admin");
    c.role = api::Role::Admin;
    c.location = options.dataDir;
    m_feed = std::make_unique<widgets::ChangeFeed>();
    m_feed->setHub(c.inventory, c.accounts);
    m_page = std::make_unique<SurveyPage>(m_feed.get());
    m_page->resize(1280, 820);
    m_page->show();
    m_page->setConnection(c);
    api::ListQuery query;
    query.kind = api::EntityKind::Site;
    auto page = m_client->list(query);
    QVERIFY2(page, why(page).constData());
    m_feed->start(page->revision);
}

void TestSurveyPage::cleanupTestCase()
{
    m_page.reset();
    m_feed.reset();
    widgets::AsyncTask::waitForAll();
    m_client.reset();
    m_hub.reset();
}

void TestSurveyPage::startSurveyThroughDialog()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_page->siteChooser()->findData(m_siteId) > 0, kWaitMs);
    QCOMPARE(m_page->siteChooser()->itemData(0).toString(), QString()); // "All sites"
    QVERIFY(m_page->newAction()->isEnabled());
    SurveyDialog *dialog = m_page->openNewDialog();
    QVERIFY(dialog);
    auto *author = dialog->findChild<QLineEdit *>(QStringLiteral("surveyAuthor"));
    QVERIFY(author);
    QCOMPARE(author->text(), QStringLiteral("admin")); // the signed-in user
    auto *site = dialog->findChild<QComboBox *>(QStringLiteral("surveySite"));
    site->setCurrentIndex(site->findData(m_siteId));
    auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("surveyName"));
    name->setText(QStringLiteral("Acceptance survey"));
    auto *cls = dialog->findChild<QComboBox *>(QStringLiteral("surveyClass"));
    cls->setCurrentIndex(cls->findData(QStringLiteral("A")));
    QVERIFY(dialog->selectProfile(QStringLiteral("ashrae-2021-recommended")));

    // A latitude that is no number, then one out of range: the error sits next to the field.
    auto *lat = qobject_cast<QLineEdit *>(dialog->fieldWidget(QStringLiteral("latitude")));
    auto *lon = qobject_cast<QLineEdit *>(dialog->fieldWidget(QStringLiteral("longitude")));
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    lat->setText(QStringLiteral("north"));
    buttons->button(QDialogButtonBox::Ok)->click();
    QVERIFY(widgets::isFieldInvalid(lat));
    QVERIFY(dialog->isVisible());
    lat->setText(QStringLiteral("95"));
    lon->setText(QStringLiteral("116.3914"));
    buttons->button(QDialogButtonBox::Ok)->click();
    QVERIFY(widgets::isFieldInvalid(lat));
    QVERIFY2(dialog->errorText().contains(QStringLiteral("-90")), qPrintable(dialog->errorText()));
    // "Use Site's" fills in the site's coordinates.
    QVERIFY(dialog->useSitePosition());
    QCOMPARE(lat->text().toDouble(), 39.9072);
    screenshot(dialog, QStringLiteral("survey-dialog"));
    QPointer<SurveyDialog> guard(dialog);
    buttons->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), kWaitMs);

    QTRY_VERIFY_WITH_TIMEOUT(m_page->surveyList()->topLevelItemCount() == 1, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->current().has_value(), kWaitMs);
    m_surveyId = m_page->current()->survey.id;
    QCOMPARE(m_page->current()->survey.name, QStringLiteral("Acceptance survey"));
    QCOMPARE(m_page->current()->survey.siteClass, QStringLiteral("A"));
    QCOMPARE(m_page->current()->survey.author, QStringLiteral("admin"));
    QVERIFY(m_page->headerLabel()->text().contains(QStringLiteral("Survey Site")));
    for (QAction *a : m_page->itemActions())
        QVERIFY2(a->isEnabled(), qPrintable(a->objectName()));
}

void TestSurveyPage::readingsOutsideBandFail()
{
    QVERIFY(!m_surveyId.isEmpty());
    // Inlet temperatures of 29-31 °C: above the ASHRAE recommended 27 °C.
    QByteArray csv = "time,temperature,humidity\n";
    for (int i = 0; i < 12; ++i)
        csv += QStringLiteral("2026-11-25T10:%1:00Z,%2,45\n")
                   .arg(i * 5, 2, 10, QLatin1Char('0'))
                   .arg(29.0 + (i % 3))
                   .toUtf8();
    const QString path = m_dir.filePath(QStringLiteral("hot.csv"));
    QVERIFY(writeFile(path, csv));
    QSignalSpy added(m_page.get(), &SurveyPage::itemAdded);
    m_page->importReadings(path);
    QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, kWaitMs);
    QCOMPARE(storedItems(), 1);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->current() && m_page->current()->items.size() == 1, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isIdle(), kWaitMs);

    QTableWidget *checks = m_page->checksTable();
    int failing = -1;
    for (int r = 0; r < checks->rowCount(); ++r)
        if (checks->item(r, 0)->data(Qt::UserRole).toString().startsWith(u"temperature")
            && checks->item(r, 4)->data(Qt::UserRole).toString() == u"fail")
            failing = r;
    QVERIFY2(failing >= 0, "no failing temperature check in the Checks tab");
    QVERIFY(checks->item(failing, 1)->text().contains(QStringLiteral("31.0")));
    QCOMPARE(m_page->verdictLabel()->property("verdict").toString(), QStringLiteral("fail"));
    QVERIFY2(m_page->verdictLabel()->text().contains(QStringLiteral("Fail")),
             qPrintable(m_page->verdictLabel()->text()));
    // The same verdict as `edgectl survey show` (SurveyData::evaluate()).
    auto data = survey::loadSurvey(*m_client, m_surveyId);
    QVERIFY2(data, why(data).constData());
    QCOMPARE(data->evaluate().summary.verdict, api::CheckResult::Fail);
    QVERIFY(m_page->thermalSummaryLabel()->text().contains(QStringLiteral("31.0")));
    // The list's verdict column agrees.
    QTRY_COMPARE_WITH_TIMEOUT(m_page->surveyList()->topLevelItem(0)->data(3, Qt::UserRole).toString(),
                              QStringLiteral("fail"), kWaitMs);
    screenshot(m_page.get(), QStringLiteral("survey-page-checks"));
}

void TestSurveyPage::badCsvShowsLineColumnAndStoresNothing()
{
    const int before = storedItems();
    QVERIFY(before >= 0);
    const QString path = m_dir.filePath(QStringLiteral("bad.csv"));
    QVERIFY(writeFile(path, "time,temperature\n2026-11-25T10:00:00Z,22.5\n"
                            "2026-11-25T10:05:00Z,warm\n"));
    QSignalSpy failed(m_page.get(), &SurveyPage::actionFailed);
    QSignalSpy added(m_page.get(), &SurveyPage::itemAdded);
    m_page->importReadings(path);
    QCOMPARE(failed.count(), 1);
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QStringLiteral("bad.csv")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("line 3")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("column")), qPrintable(message));
    QCOMPARE(m_page->lastError(), message);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isIdle(), kWaitMs);
    QCOMPARE(added.count(), 0);
    QCOMPARE(storedItems(), before);

    // A malformed hazards file too.
    const QString bad = m_dir.filePath(QStringLiteral("bad-hazards.csv"));
    QVERIFY(writeFile(bad, "name,kind,lat,lon\nDepot,car-park,95.5,116.3\n"));
    m_page->importHazards(bad);
    QCOMPARE(failed.count(), 2);
    QVERIFY2(failed.last().first().toString().contains(QStringLiteral("bad-hazards.csv")),
             qPrintable(failed.last().first().toString()));
    QCOMPARE(storedItems(), before);
}

void TestSurveyPage::unverifiedProfileIsMarked()
{
    QTableWidget *checks = m_page->checksTable();
    QCOMPARE(rowWithData(checks, 3, QStringLiteral("unverified")), -1); // ASHRAE: verified
    SurveyDialog *dialog = m_page->openEditDialog();
    QVERIFY(dialog);
    auto *profile = dialog->findChild<QComboBox *>(QStringLiteral("surveyProfile"));
    QVERIFY(dialog->selectProfile(QStringLiteral("ydt2441-2013")));
    QVERIFY2(profile->currentText().contains(QStringLiteral("unverified")),
             qPrintable(profile->currentText()));
    QPointer<SurveyDialog> guard(dialog);
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_page->current()
                                 && m_page->current()->survey.thermalProfile
                                        == QStringLiteral("ydt2441-2013"),
                             kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(rowWithData(checks, 3, QStringLiteral("unverified")) >= 0, kWaitMs);
    const int row = rowWithData(checks, 3, QStringLiteral("unverified"));
    QVERIFY(checks->item(row, 3)->text().contains(QStringLiteral("YD/T 2441")));
    QVERIFY(checks->item(row, 3)->text().contains(QStringLiteral("unverified")));
    QVERIFY2(checks->item(row, 3)->toolTip().contains(QStringLiteral("low")),
             qPrintable(checks->item(row, 3)->toolTip()));
}

void TestSurveyPage::hazardsNearestFirst()
{
    // Around the site at 39.9072, 116.3914; written farthest first.
    const QString path = m_dir.filePath(QStringLiteral("hazards.csv"));
    QVERIFY(writeFile(path, "name,kind,lat,lon,flight-path\n"
                            "Capital Airport,airport,39.9950,116.3914,yes\n"
                            "Jing-Hu Railway,railway,39.9135,116.3914,\n"
                            "Depot car park,car-park,39.90735,116.39140,\n"));
    QSignalSpy added(m_page.get(), &SurveyPage::itemAdded);
    m_page->importHazards(path);
    QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, kWaitMs);
    m_page->tabs()->setCurrentIndex(3);
    QTableWidget *t = m_page->distancesTable();
    QTRY_COMPARE_WITH_TIMEOUT(t->rowCount(), 3, kWaitMs);
    QCOMPARE(t->item(0, 0)->text(), QStringLiteral("Depot car park"));
    QCOMPARE(t->item(1, 0)->text(), QStringLiteral("Jing-Hu Railway"));
    QCOMPARE(t->item(2, 0)->text(), QStringLiteral("Capital Airport"));
    double last = -1;
    for (int r = 0; r < 3; ++r) {
        const double d = t->item(r, 2)->data(Qt::UserRole).toDouble();
        QVERIFY(d > last);
        last = d;
    }
    QVERIFY(m_page->hazardPlot()->plot().has_value());
    QCOMPARE(m_page->hazardPlot()->plot()->hazards.size(), 3);
    screenshot(m_page.get(), QStringLiteral("survey-page-distances"));
}

void TestSurveyPage::hazardEnteredByHandJoinsTheTable()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isIdle(), kWaitMs);
    QSignalSpy added(m_page.get(), &SurveyPage::itemAdded);
    QSignalSpy failed(m_page.get(), &SurveyPage::actionFailed);
    m_page->addHazard(QStringLiteral("  "), geo::HazardKind::GasStation, {39.9073, 116.3914});
    QCOMPARE(failed.count(), 1); // no name: refused before anything is stored
    // About 11 m north of the site: nearer than the car park (17 m), so it comes first.
    m_page->addHazard(QStringLiteral("Station 5"), geo::HazardKind::GasStation, {39.9073, 116.3914});
    QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, kWaitMs);
    QTableWidget *t = m_page->distancesTable();
    QTRY_COMPARE_WITH_TIMEOUT(t->rowCount(), 4, kWaitMs);
    QCOMPARE(t->item(0, 0)->text(), QStringLiteral("Station 5"));
    QVERIFY(qAbs(t->item(0, 2)->data(Qt::UserRole).toDouble() - 11.1) < 1.0);
}

void TestSurveyPage::finishedSurveyIsReadOnly()
{
    QTRY_VERIFY_WITH_TIMEOUT(m_page->isIdle(), kWaitMs);
    QVERIFY(m_page->finishAction()->isEnabled());
    auto *box = m_page->openFinishConfirmation();
    QVERIFY(box);
    auto *confirm = box->findChild<QPushButton *>(QStringLiteral("confirmFinishButton"));
    QVERIFY(confirm);
    confirm->click();
    QTRY_VERIFY_WITH_TIMEOUT(m_page->current()
                                 && m_page->current()->survey.status == api::SurveyStatus::Final,
                             kWaitMs);
    QVERIFY(m_page->current()->survey.finishedAtMs > 0);
    for (QAction *a : m_page->itemActions()) {
        QVERIFY2(!a->isEnabled(), qPrintable(a->objectName()));
        QVERIFY2(a->toolTip().contains(QStringLiteral("final")), qPrintable(a->toolTip()));
    }
    QVERIFY(!m_page->finishAction()->isEnabled());
    QVERIFY(!m_page->editAction()->isEnabled());
    QVERIFY(m_page->finalNotice()->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(m_page->surveyList()->topLevelItem(0)->text(2),
                              QStringLiteral("Final"), kWaitMs);
    // The hub agrees, and the store refuses more items (addSurveyItem's final rule).
    auto data = survey::loadSurvey(*m_client, m_surveyId);
    QVERIFY2(data, why(data).constData());
    QCOMPARE(data->survey.status, api::SurveyStatus::Final);
    const int before = int(data->items.size());
    QSignalSpy failed(m_page.get(), &SurveyPage::actionFailed);
    m_page->addNote(QStringLiteral("too late"));
    QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, kWaitMs);
    QCOMPARE(storedItems(), before);
    screenshot(m_page.get(), QStringLiteral("survey-page-final"));
}

QTEST_MAIN(TestSurveyPage)
#include "tst_surveypage.moc"
