// The Commissioning page (issue 6) in the real main window over a real embedded hub (the console
// composition on its own data directory): a stored three-item template walked from Start through
// a measurement in range, a "manual and automatic" item (Run Check says which device it needs and
// records nothing; then Pass), a photo and a Skip that needs a reason, to Finish (read-only
// afterwards) and the sealed acceptance report: the PDF exists, pdftotext finds the cabinet, the
// seal verifies and names the signer, and one changed byte breaks it; then Start a Revision. In
// the revision, Run Check reads a UPS served by a real snmpd: on mains it passes, on battery it
// fails. Screenshots of the page at 1400x900 in both languages go to $EC_SCREENSHOT_DIR.
//
// Then every automatic check on the page, on a second cabinet with its own template: an snmpd
// whose community is not "public" (the page asks for it; a wrong one fails with the adapter's
// message and is asked for again; the right one passes), a guided mains loss counted down while
// the test flips the UPS to battery and back, SSH login and facts against a real sshd with the
// first-seen host key confirmed, a short burn-in to its end and a longer one cancelled (its
// samples kept).
#include "app/console/console.h"
#include "app/console/consoleconnector.h"
#include "backend/client/client.h"
#include "backend/commissioning/commissioningstore.h"
#include "backend/seal/seal.h"
#include "support/snmpdpeer.h"
#include "support/sshdpeer.h"
#include "translations/i18n.h"
#include "widgets/common/consolesettings.h"
#include "widgets/common/signaturepad.h"
#include "widgets/dialogs/addnodewizard.h"
#include "widgets/dialogs/checksecretsdialog.h"
#include "widgets/dialogs/commissionrecorddialog.h"
#include "widgets/dialogs/commissionreportdialog.h"
#include "widgets/views/commissioningpage.h"
#include "widgets/views/mainwindow.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QPlainTextEdit>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace edge;
using widgets::CommissioningPage;
using widgets::MainWindow;

namespace {

template<class T>
QString why(const api::Result<T> &r)
{
    return r ? QString() : r.error().toString();
}

const char *kTemplate = R"({
  "format": "edgeconsole-commissioning-template", "template_id": "gui-test-cabinet",
  "version": 1, "title": "GUI test cabinet", "title_zh": "界面测试机柜",
  "basis": "tst_commissioning",
  "sections": [
    { "id": "physical", "title": "Physical", "title_zh": "外观",
      "items": [
        { "id": "physical.depth", "title": "Cabinet depth", "title_zh": "机柜深度",
          "mode": "manual", "evidence": ["measurement"], "unit": "mm", "min": 0, "max": 600,
          "guidance": "Measure the depth of the cabinet body.", "guidance_zh": "测量柜体深度。" },
        { "id": "physical.labels", "title": "Labelling", "title_zh": "标识",
          "mode": "manual", "evidence": ["photo"],
          "guidance": "Photograph the labels.", "guidance_zh": "拍摄标识。" } ] },
    { "id": "power", "title": "Power", "title_zh": "供电",
      "items": [
        { "id": "power.ups", "title": "UPS present and configured", "title_zh": "UPS 已配置",
          "mode": "both", "check": "ups.status", "params": { "community": "edge-ro" },
          "guidance": "Check the UPS front panel.", "guidance_zh": "检查 UPS 面板。" } ] } ]
})";

// Every automatic check the page runs (the second cabinet).
const char *kChecksTemplate = R"({
  "format": "edgeconsole-commissioning-template", "template_id": "gui-test-checks",
  "version": 1, "title": "GUI test checks", "title_zh": "界面测试检查",
  "basis": "tst_commissioning",
  "sections": [
    { "id": "auto", "title": "Automatic", "title_zh": "自动",
      "items": [
        { "id": "ups.state", "title": "UPS state", "title_zh": "UPS 状态",
          "mode": "automatic", "check": "ups.status", "params": { "timeout_ms": 1500 } },
        { "id": "ups.mains", "title": "Mains loss", "title_zh": "市电中断",
          "mode": "automatic", "check": "ups.mains-loss",
          "params": { "limit_ms": 40000, "return_limit_ms": 40000, "interval_ms": 200,
                      "timeout_ms": 1000 },
          "guidance": "Pull the UPS mains input when asked.", "guidance_zh": "按提示断开市电。" },
        { "id": "server.login", "title": "Server login", "title_zh": "服务器登录",
          "mode": "automatic", "check": "server.ssh-login" },
        { "id": "server.facts", "title": "Server facts", "title_zh": "服务器信息",
          "mode": "automatic", "check": "server.facts" },
        { "id": "server.agent", "title": "Agent online", "title_zh": "代理在线",
          "mode": "automatic", "check": "server.agent-online" },
        { "id": "burnin.short", "title": "Short burn-in", "title_zh": "短时老化",
          "mode": "automatic", "check": "burn-in",
          "params": { "period_s": 2, "interval_s": 1, "ignore_alarms": true,
                      "timeout_ms": 1000 } },
        { "id": "burnin.long", "title": "Long burn-in", "title_zh": "长时老化",
          "mode": "automatic", "check": "burn-in",
          "params": { "period_s": 120, "interval_s": 1, "ignore_alarms": true,
                      "timeout_ms": 1000 } } ] } ]
})";

QJsonObject upsValues()
{
    QJsonObject values = testsupport::SnmpdPeer::defaultValues();
    values.remove(QStringLiteral("1.3.6.1.2.1.33.1.6.2.1.2.1"));
    values.remove(QStringLiteral("1.3.6.1.2.1.33.1.6.2.1.3.1"));
    values.insert(QStringLiteral("1.3.6.1.2.1.33.1.6.1.0"), QJsonArray{QStringLiteral("gauge"), 0});
    return values;
}

} // namespace

class TestCommissioning : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void walkTemplateToSealedReport();
    void runCheckAgainstSnmpd();
    void secretsAreAskedFor();
    void guidedCountdown();
    void serverChecksOverSsh();
    void agentOfflineOffersInstall();
    void shortBurnIn();
    void cancelledBurnInKeepsSamples();

private:
    MainWindow *window() const { return m_console->window(); }
    CommissioningPage *page() const { return window()->commissioningPage(); }
    api::ItemState stateOf(const QString &itemId) const;
    bool selectAndWait(const QString &itemId);
    void screenshots(const QString &tag);
    void grabBoth(const QString &tag); // while a check runs (the page is not idle)
    bool startChecksRun();
    // Clicks Run Check and waits for a dialog of the check; null when none opened.
    QDialog *runCheckExpectingDialog(const char *objectName);
    int recordsOfKind(const QString &itemId, api::RecordKind kind) const;
    int automaticResults(const QString &itemId) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<console::Console> m_console;
    std::shared_ptr<client::Client> m_local;
    api::Cabinet m_cabinet;
    api::Cabinet m_checksCabinet;
    std::unique_ptr<testsupport::SnmpdPeer> m_snmpd;
    QJsonObject m_values;
};

void TestCommissioning::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    QSettings(widgets::ConsoleSettings::organizationName(),
              widgets::ConsoleSettings::applicationName())
        .clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    console::ConsoleOptions options;
    options.dataDir = m_dir->filePath(QStringLiteral("console"));
    options.seedDemo = false;
    m_console = std::make_unique<console::Console>(options);
    auto started = m_console->start();
    QVERIFY2(started, qPrintable(why(started)));
    QVERIFY(QTest::qWaitForWindowExposed(window()));
    auto local = m_console->connector().newEmbeddedClient();
    QVERIFY2(local, qPrintable(why(local)));
    m_local = *local;

    api::Site site;
    site.name = QStringLiteral("Roadside 9");
    site.kind = api::SiteKind::CabinetSite;
    auto s = m_local->createTyped(site);
    QVERIFY2(s, qPrintable(why(s)));
    api::Cabinet cabinet;
    cabinet.siteId = s->id;
    cabinet.name = QStringLiteral("AIO-CAB-7");
    cabinet.serial = QStringLiteral("SN-4711");
    cabinet.heightU = 24;
    cabinet.depthMm = 600;
    auto c = m_local->createTyped(cabinet);
    QVERIFY2(c, qPrintable(why(c)));
    m_cabinet = *c;
    auto tmpl = api::CommissioningTemplate::parse(QByteArray(kTemplate), QStringLiteral("test"));
    QVERIFY2(tmpl, qPrintable(why(tmpl)));
    auto saved = commissioning::saveTemplate(*m_local, *tmpl, QStringLiteral("tester"));
    QVERIFY2(saved, qPrintable(why(saved)));
}

void TestCommissioning::cleanupTestCase()
{
    m_snmpd.reset();
    m_local.reset();
    m_console.reset();
}

api::ItemState TestCommissioning::stateOf(const QString &itemId) const
{
    if (!page()->current())
        return api::ItemState::Pending;
    const api::ItemProgress *p = page()->current()->progress.item(itemId);
    return p ? p->state : api::ItemState::Pending;
}

bool TestCommissioning::selectAndWait(const QString &itemId)
{
    if (!QTest::qWaitFor([&] { return page()->isIdle(); }, 30'000))
        return false;
    return page()->selectItem(itemId) && page()->selectedItemId() == itemId;
}

void TestCommissioning::screenshots(const QString &tag)
{
    const QString dir = qEnvironmentVariable("EC_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    window()->resize(1400, 900);
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        QVERIFY(m_console->applyLanguage(lang));
        QCoreApplication::processEvents(); // the posted LanguageChange events
        QTRY_VERIFY_WITH_TIMEOUT(page()->isIdle(), 30'000);
        QTest::qWait(300);
        QVERIFY(window()->grab().save(
            QDir(dir).filePath(QStringLiteral("commissioning-%1-%2.png").arg(tag, lang))));
    }
    QVERIFY(m_console->applyLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QTRY_VERIFY_WITH_TIMEOUT(page()->isIdle(), 30'000);
}

void TestCommissioning::walkTemplateToSealedReport()
{
    // The cabinet and the stored template reach the choosers through the change feed.
    QTRY_VERIFY_WITH_TIMEOUT(page()->cabinetChooser()->findData(m_cabinet.id) >= 0, 30'000);
    window()->setPage(MainWindow::Commissioning);
    QCOMPARE(window()->currentPage(), MainWindow::Commissioning);
    QTRY_VERIFY_WITH_TIMEOUT(page()->selectTemplate(QStringLiteral("gui-test-cabinet")), 30'000);
    QVERIFY(page()->selectCabinet(m_cabinet.id));
    QTRY_VERIFY_WITH_TIMEOUT(page()->isIdle(), 30'000);
    QVERIFY(!page()->current());
    QVERIFY(page()->startButton()->isEnabled());
    QTest::keyClicks(page()->customerEdit(), QStringLiteral("Example Grid Co."));
    QTest::mouseClick(page()->startButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page()->current() && page()->isIdle(), 30'000);
    QCOMPARE(page()->current()->run.cabinetId, m_cabinet.id);
    QCOMPARE(page()->current()->run.customer, QStringLiteral("Example Grid Co."));
    QCOMPARE(page()->current()->run.templateName, QStringLiteral("gui-test-cabinet v1"));

    // The checklist: two sections with their progress, three pending items.
    QTreeWidget *tree = page()->checklist();
    QCOMPARE(tree->topLevelItemCount(), 2);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Physical"));
    QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("0 / 2"));
    QCOMPARE(tree->topLevelItem(1)->text(1), QStringLiteral("0 / 1"));
    QCOMPARE(tree->topLevelItem(0)->child(0)->data(1, Qt::UserRole).toString(),
             QStringLiteral("pending"));
    QCOMPARE(page()->overallProgress()->value(), 0);
    QCOMPARE(page()->overallProgress()->maximum(), 3);
    QCOMPARE(page()->verdictLabel()->property("verdict").toString(), QStringLiteral("incomplete"));
    screenshots(QStringLiteral("started"));

    // A measurement in range passes the depth item.
    QVERIFY(selectAndWait(QStringLiteral("physical.depth")));
    QVERIFY2(page()->guidanceLabel()->text().contains(QStringLiteral("depth of the cabinet")),
             qPrintable(page()->guidanceLabel()->text() + page()->itemTitleLabel()->text()
                        + i18n::current(*QCoreApplication::instance())));
    QVERIFY(page()->itemDetailsLabel()->text().contains(QStringLiteral("0 – 600 mm")));
    QVERIFY(page()->automaticNotice()->isHidden());
    auto *measure = page()->openMeasureDialog();
    QVERIFY(measure);
    measure->valueSpin()->setValue(640);
    QVERIFY(measure->verdictPreview()->text().contains(QStringLiteral("Out of range")));
    measure->valueSpin()->setValue(580);
    QVERIFY(measure->verdictPreview()->text().contains(QStringLiteral("In range")));
    QVERIFY(measure->resultCheck()->isChecked());
    QTest::mouseClick(measure->okButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("physical.depth")), api::ItemState::Passed,
                              30'000);
    QTRY_VERIFY_WITH_TIMEOUT(page()->isIdle(), 30'000);
    QVERIFY(!page()->current()->progress.item(QStringLiteral("physical.depth"))->evidenceMissing);
    QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("1 / 2"));

    // The item with an automatic part: the cabinet has no SNMP device, so Run Check says so
    // and records nothing (no invented results); Pass by hand.
    QVERIFY(selectAndWait(QStringLiteral("power.ups")));
    QVERIFY(page()->automaticNotice()->isVisibleTo(page()));
    QVERIFY(page()->runCheckButton()->isVisibleTo(page()));
    QVERIFY(page()->runCheckButton()->isEnabled());
    {
        QSignalSpy failedCheck(page(), &CommissioningPage::actionFailed);
        const qsizetype before = page()->current()->records.size();
        QTest::mouseClick(page()->runCheckButton(), Qt::LeftButton);
        QCOMPARE(failedCheck.size(), 1);
        QVERIFY2(failedCheck.first().at(0).toString().contains(QStringLiteral("SNMP device")),
                 qPrintable(failedCheck.first().at(0).toString()));
        QVERIFY(!page()->isCheckRunning());
        QTRY_VERIFY_WITH_TIMEOUT(page()->isIdle(), 30'000);
        QCOMPARE(page()->current()->records.size(), before);
        QCOMPARE(stateOf(QStringLiteral("power.ups")), api::ItemState::Pending);
    }
    QTest::mouseClick(page()->passButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("power.ups")), api::ItemState::Passed, 30'000);

    // A photo, then a skip that needs a reason.
    QVERIFY(selectAndWait(QStringLiteral("physical.labels")));
    const QString photo = m_dir->filePath(QStringLiteral("labels.jpg"));
    {
        QImage image(800, 600, QImage::Format_RGB32);
        image.fill(QColor(0x30, 0x60, 0x90));
        QPainter p(&image);
        p.fillRect(100, 100, 300, 200, Qt::yellow);
        p.end();
        QVERIFY(image.save(photo, "JPEG"));
    }
    QSignalSpy added(page(), &CommissioningPage::recordAdded);
    page()->addPhoto(photo, QStringLiteral("Rear labels"));
    QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 30'000);
    QTRY_VERIFY_WITH_TIMEOUT(page()->isIdle(), 30'000);
    QCOMPARE(page()->current()->recordsOf(QStringLiteral("physical.labels")).size(), 1);
    QCOMPARE(page()->recordList()->topLevelItemCount(), 1);
    QVERIFY(!page()->recordList()->topLevelItem(0)->icon(2).isNull()); // the thumbnail
    auto *skip = page()->openSkipDialog();
    QVERIFY(skip);
    QVERIFY(!skip->okButton()->isEnabled()); // no reason yet
    QTest::keyClicks(skip->textEdit(), QStringLiteral("Labels are printed next week"));
    QVERIFY(skip->okButton()->isEnabled());
    QTest::mouseClick(skip->okButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(QStringLiteral("physical.labels")), api::ItemState::Skipped,
                              30'000);
    QTRY_VERIFY_WITH_TIMEOUT(page()->isIdle(), 30'000);
    QCOMPARE(page()->current()->progress.item(QStringLiteral("physical.labels"))->skipReason,
             QStringLiteral("Labels are printed next week"));
    QCOMPARE(page()->overallProgress()->value(), 3);
    QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("2 / 2"));
    QCOMPARE(page()->verdictLabel()->property("verdict").toString(),
             QStringLiteral("accepted-with-open-items"));

    // Finish (confirmed): read-only afterwards, with Start a Revision offered.
    auto *confirm = page()->openFinishConfirmation();
    QVERIFY(confirm);
    QTest::mouseClick(confirm->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page()->current()
                                 && page()->current()->run.status == api::RunStatus::Finished
                                 && page()->isIdle(),
                             30'000);
    QVERIFY(page()->readOnlyNotice()->isVisibleTo(page()));
    for (QPushButton *b :
         {page()->passButton(), page()->failButton(), page()->skipButton(), page()->measureButton(),
          page()->noteButton(), page()->photoButton(), page()->finishButton()})
        QVERIFY2(!b->isEnabled(), qPrintable(b->objectName()));
    QVERIFY(page()->reviseButton()->isVisibleTo(page()));
    QVERIFY(page()->reviseButton()->isEnabled());
    QVERIFY(page()->reportButton()->isEnabled());
    screenshots(QStringLiteral("finished"));

    // The sealed report: the engineer signs on the pad, the customer signs in ink.
    auto *report = page()->openReportDialog();
    QVERIFY(report);
    const QString pdf = m_dir->filePath(QStringLiteral("acceptance.pdf"));
    report->fileEdit()->setText(pdf);
    report->engineerPad()->addStroke(QPolygonF{{10, 60}, {40, 20}, {70, 70}, {110, 30}});
    report->customerNameEdit()->setText(QStringLiteral("Li Wei"));
    QVERIFY(!report->generateButton()->isEnabled()); // the customer has not signed yet
    report->customerInkCheck()->setChecked(true);
    QVERIFY(!report->generateButton()->isEnabled()); // no passphrase yet
    QTest::keyClicks(report->passphraseEdit(), QStringLiteral("correct horse battery"));
    QVERIFY(report->generateButton()->isEnabled());
    if (const QString dir = qEnvironmentVariable("EC_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(report->grab().save(QDir(dir).filePath(QStringLiteral("commission-report.png"))));
    QSignalSpy written(report, &widgets::CommissionReportDialog::reportWritten);
    QSignalSpy failed(report, &widgets::CommissionReportDialog::failed);
    QTest::mouseClick(report->generateButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!written.isEmpty() || !failed.isEmpty(), 120'000);
    QVERIFY2(failed.isEmpty(),
             qPrintable(failed.isEmpty() ? QString() : failed.first().at(0).toString()));
    QCOMPARE(written.first().at(0).toString(), pdf);
    QVERIFY(QFileInfo::exists(pdf));
    QVERIFY2(report->resultLabel()->text().contains(QStringLiteral("Sealed and verified")),
             qPrintable(report->resultLabel()->text()));

    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(60'000));
    QCOMPARE(text.exitCode(), 0);
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(content.contains(QStringLiteral("AIO-CAB-7")), qPrintable(content.left(2000)));
    QVERIFY(content.contains(QStringLiteral("Example Grid Co.")));
    QVERIFY(content.contains(QStringLiteral("Labels are printed next week")));

    const QString keyDir = page()->keyDirectory();
    auto verified = seal::verifyPdf(pdf, keyDir);
    QVERIFY2(verified, qPrintable(why(verified)));
    QVERIFY2(verified->authentic, qPrintable(verified->problem));
    QCOMPARE(verified->info.signer, window()->connection().userName);
    QCOMPARE(verified->info.runId, page()->current()->run.id);
    QVERIFY(verified->keyKnown);
    // One changed byte of content breaks the seal.
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QByteArray bytes = f.readAll();
    const qsizetype at = bytes.indexOf("AIO-CAB-7") >= 0 ? bytes.indexOf("AIO-CAB-7")
                                                         : bytes.size() / 3;
    bytes[at] = char(bytes[at] ^ 0x01);
    QVERIFY(f.seek(0));
    QCOMPARE(f.write(bytes), bytes.size());
    f.close();
    auto tampered = seal::verifyPdf(pdf, keyDir);
    QVERIFY2(tampered, qPrintable(why(tampered)));
    QVERIFY(!tampered->authentic);
    QVERIFY(!tampered->problem.isEmpty());
    report->close();

    // Corrections go into a revision that names the run it corrects.
    const QString firstRun = page()->current()->run.id;
    QTest::mouseClick(page()->reviseButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page()->current() && page()->current()->run.runRevision == 2
                                 && page()->isIdle(),
                             30'000);
    QCOMPARE(page()->current()->run.revisionOf, firstRun);
    QCOMPARE(page()->current()->run.status, api::RunStatus::InProgress);
    QVERIFY(page()->current()->supersedes.has_value());
    QVERIFY(page()->passButton()->isEnabled() || page()->selectedItemId().isEmpty());
    QVERIFY(page()->readOnlyNotice()->isHidden());
    QCOMPARE(stateOf(QStringLiteral("physical.depth")), api::ItemState::Passed); // copied
}

void TestCommissioning::runCheckAgainstSnmpd()
{
    // The revision of the walk above is in progress; a UPS served by a real snmpd joins the
    // cabinet and Run Check reads it: on mains it passes, on battery it fails.
    using testsupport::SnmpdPeer;
    if (!SnmpdPeer::available())
        QSKIP(SnmpdPeer::skipReason());
    QVERIFY(page()->current() && page()->current()->run.status == api::RunStatus::InProgress);
    SnmpdPeer snmpd;
    QJsonObject values = SnmpdPeer::defaultValues();
    // Without the reference values' upsAlarmTempBad alarm.
    values.remove(QStringLiteral("1.3.6.1.2.1.33.1.6.2.1.2.1"));
    values.remove(QStringLiteral("1.3.6.1.2.1.33.1.6.2.1.3.1"));
    values.insert(QStringLiteral("1.3.6.1.2.1.33.1.6.1.0"), QJsonArray{QStringLiteral("gauge"), 0});
    QVERIFY(snmpd.setValues(values));
    QVERIFY2(snmpd.start(), qPrintable(snmpd.error()));
    QCOMPARE(snmpd.community(), QStringLiteral("edge-ro")); // the template's params
    api::Device ups;
    ups.siteId = m_cabinet.siteId;
    ups.cabinetId = m_cabinet.id;
    ups.name = QStringLiteral("UPS-1");
    ups.kind = api::DeviceKind::Ups;
    ups.protocol = api::DeviceProtocol::Snmp;
    ups.address = QStringLiteral("127.0.0.1:%1").arg(snmpd.port());
    auto created = m_local->createTyped(ups);
    QVERIFY2(created, qPrintable(why(created)));
    QTRY_VERIFY_WITH_TIMEOUT(page()->isIdle() && page()->current()->devices.size() == 1, 30'000);

    auto automaticResults = [this] {
        int n = 0;
        for (const api::CommissioningRecord &r :
             page()->current()->recordsOf(QStringLiteral("power.ups")))
            if (r.kind == api::RecordKind::Result
                && r.payload.contains(QStringLiteral("\"automatic\":true")))
                ++n;
        return n;
    };
    QVERIFY(selectAndWait(QStringLiteral("power.ups")));
    QVERIFY(page()->runCheckButton()->isEnabled());
    QSignalSpy added(page(), &CommissioningPage::recordAdded);
    QTest::mouseClick(page()->runCheckButton(), Qt::LeftButton);
    QVERIFY(page()->isCheckRunning());
    QTRY_COMPARE_WITH_TIMEOUT(added.size(), 1, 60'000);
    QTRY_VERIFY_WITH_TIMEOUT(page()->isIdle() && automaticResults() == 1, 30'000);
    QCOMPARE(stateOf(QStringLiteral("power.ups")), api::ItemState::Passed);
    bool reading = false;
    for (const api::CommissioningRecord &r :
         page()->current()->recordsOf(QStringLiteral("power.ups")))
        reading = reading || r.kind == api::RecordKind::Reading;
    QVERIFY(reading);

    // On battery: the same check fails and the item with it.
    values.insert(QStringLiteral("1.3.6.1.2.1.33.1.4.1.0"),
                  QJsonArray{QStringLiteral("integer"), 5});
    QVERIFY(snmpd.setValues(values));
    QVERIFY(selectAndWait(QStringLiteral("power.ups")));
    QTest::mouseClick(page()->runCheckButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(added.size(), 2, 60'000);
    QTRY_VERIFY_WITH_TIMEOUT(page()->isIdle() && automaticResults() == 2, 30'000);
    QCOMPARE(stateOf(QStringLiteral("power.ups")), api::ItemState::Failed);

    // A report of the revision in Chinese, both signatures left for ink: a wrong passphrase is
    // refused; with the right one the signatures become records of the run (it is in progress).
    auto *report = page()->openReportDialog();
    QVERIFY(report);
    report->languageCombo()->setCurrentIndex(
        report->languageCombo()->findData(QStringLiteral("zh_CN")));
    const QString pdf = m_dir->filePath(QStringLiteral("revision-zh.pdf"));
    report->fileEdit()->setText(pdf);
    report->engineerInkCheck()->setChecked(true);
    report->customerInkCheck()->setChecked(true);
    QTest::keyClicks(report->passphraseEdit(), QStringLiteral("not the passphrase"));
    QVERIFY(!report->generateButton()->isEnabled()); // the customer has no name
    report->customerNameEdit()->setText(QStringLiteral("王工"));
    QSignalSpy written(report, &widgets::CommissionReportDialog::reportWritten);
    QSignalSpy failed(report, &widgets::CommissionReportDialog::failed);
    QTest::mouseClick(report->generateButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty() && !report->isBusy(), 60'000);
    QCOMPARE(failed.first().at(0).toString(),
             QStringLiteral("The passphrase does not unlock your signing key."));
    QVERIFY(written.isEmpty());
    QVERIFY(!QFileInfo::exists(pdf));
    QTest::keyClicks(report->passphraseEdit(), QStringLiteral("correct horse battery"));
    QTest::mouseClick(report->generateButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!written.isEmpty() || failed.size() > 1, 120'000);
    QVERIFY2(written.size() == 1, qPrintable(report->resultLabel()->text()));
    auto verified = seal::verifyPdf(pdf, page()->keyDirectory());
    QVERIFY2(verified, qPrintable(why(verified)));
    QVERIFY2(verified->authentic, qPrintable(verified->problem));
    QCOMPARE(verified->info.language, QStringLiteral("zh_CN"));
    QCOMPARE(verified->info.runRevision, 2);
    report->close();
    QTRY_VERIFY_WITH_TIMEOUT(page()->isIdle()
                                 && page()->current()
                                            ->recordsOfKind(api::RecordKind::Signature)
                                            .size()
                                        == 2,
                             30'000);
}

// ---- Every automatic check (second cabinet) ------------------------------------------------------

void TestCommissioning::grabBoth(const QString &tag)
{
    const QString dir = qEnvironmentVariable("EC_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    window()->resize(1400, 900);
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        QVERIFY(m_console->applyLanguage(lang));
        QCoreApplication::processEvents();
        QTest::qWait(600); // the countdown ticks every 250 ms in the new language
        QVERIFY(window()->grab().save(
            QDir(dir).filePath(QStringLiteral("commissioning-%1-%2.png").arg(tag, lang))));
    }
    QVERIFY(m_console->applyLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    QTest::qWait(300);
}

bool TestCommissioning::startChecksRun()
{
    if (!QTest::qWaitFor([&] { return page()->selectTemplate(QStringLiteral("gui-test-checks")); },
                         30'000))
        return false;
    if (!QTest::qWaitFor([&] { return page()->selectCabinet(m_checksCabinet.id); }, 30'000))
        return false;
    if (!QTest::qWaitFor([&] { return page()->isIdle(); }, 30'000) || page()->current())
        return false;
    QTest::mouseClick(page()->startButton(), Qt::LeftButton);
    return QTest::qWaitFor(
        [&] {
            return page()->current() && page()->isIdle()
                   && page()->current()->run.cabinetId == m_checksCabinet.id
                   && page()->current()->devices.size() == 1
                   && page()->current()->nodes.size() == 2;
        },
        30'000);
}

QDialog *TestCommissioning::runCheckExpectingDialog(const char *objectName)
{
    QSignalSpy opened(page(), &CommissioningPage::checkDialogOpened);
    QTest::mouseClick(page()->runCheckButton(), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return !opened.isEmpty(); }, 10'000))
        return nullptr;
    auto *dialog = opened.first().at(0).value<QDialog *>();
    return dialog && dialog->objectName() == QLatin1String(objectName) ? dialog : nullptr;
}

int TestCommissioning::recordsOfKind(const QString &itemId, api::RecordKind kind) const
{
    int n = 0;
    for (const api::CommissioningRecord &r : page()->current()->recordsOf(itemId))
        n += r.kind == kind ? 1 : 0;
    return n;
}

int TestCommissioning::automaticResults(const QString &itemId) const
{
    int n = 0;
    for (const api::CommissioningRecord &r : page()->current()->recordsOf(itemId))
        if (r.kind == api::RecordKind::Result
            && r.payload.contains(QStringLiteral("\"automatic\":true")))
            ++n;
    return n;
}

void TestCommissioning::secretsAreAskedFor()
{
    using testsupport::SnmpdPeer;
    if (!SnmpdPeer::available())
        QSKIP(SnmpdPeer::skipReason());
    m_snmpd = std::make_unique<SnmpdPeer>();
    m_values = upsValues();
    QVERIFY(m_snmpd->setValues(m_values));
    QVERIFY2(m_snmpd->start(), qPrintable(m_snmpd->error()));
    QVERIFY(m_snmpd->community() != QLatin1String("public"));

    // A second cabinet: a UPS (SNMP v2c, no community stored) and a server at 127.0.0.1.
    api::Cabinet cabinet;
    cabinet.siteId = m_cabinet.siteId;
    cabinet.name = QStringLiteral("AIO-CAB-8");
    auto c = m_local->createTyped(cabinet);
    QVERIFY2(c, qPrintable(why(c)));
    m_checksCabinet = *c;
    api::Device ups;
    ups.siteId = m_cabinet.siteId;
    ups.cabinetId = m_checksCabinet.id;
    ups.name = QStringLiteral("UPS-8");
    ups.kind = api::DeviceKind::Ups;
    ups.protocol = api::DeviceProtocol::Snmp;
    ups.address = QStringLiteral("127.0.0.1:%1").arg(m_snmpd->port());
    auto d = m_local->createTyped(ups);
    QVERIFY2(d, qPrintable(why(d)));
    api::Node node;
    node.siteId = m_cabinet.siteId;
    node.cabinetId = m_checksCabinet.id;
    node.name = QStringLiteral("edge-srv-8");
    node.managementAddress = QStringLiteral("127.0.0.1");
    auto n = m_local->createTyped(node);
    QVERIFY2(n, qPrintable(why(n)));
    // A second server: server checks cover every server of the cabinet (same test sshd).
    node.name = QStringLiteral("edge-srv-9");
    auto n2 = m_local->createTyped(node);
    QVERIFY2(n2, qPrintable(why(n2)));
    auto tmpl = api::CommissioningTemplate::parse(QByteArray(kChecksTemplate),
                                                  QStringLiteral("test"));
    QVERIFY2(tmpl, qPrintable(why(tmpl)));
    auto saved = commissioning::saveTemplate(*m_local, *tmpl, QStringLiteral("tester"));
    QVERIFY2(saved, qPrintable(why(saved)));
    page()->setKnownHostsFile(m_dir->filePath(QStringLiteral("known_hosts")));
    QVERIFY(startChecksRun());
    const QString deviceId = page()->current()->devices.first().id;

    // The page asks for the community; a wrong one: the check fails with the adapter's message.
    const QString item = QStringLiteral("ups.state");
    QVERIFY(selectAndWait(item));
    QVERIFY(page()->runCheckButton()->isEnabled());
    auto *dialog = qobject_cast<widgets::CheckSecretsDialog *>(
        runCheckExpectingDialog("checkSecretsDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->communityEdit());
    QCOMPARE(dialog->communityEdit()->echoMode(), QLineEdit::Password);
    QVERIFY(!dialog->authEdit());
    QVERIFY(dialog->rememberCheck()->isChecked());
    QVERIFY(!dialog->okButton()->isEnabled());
    QTest::keyClicks(dialog->communityEdit(), QStringLiteral("not-the-community"));
    QVERIFY(dialog->okButton()->isEnabled());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page()->isCheckRunning(), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(!page()->isCheckRunning() && page()->isIdle()
                                 && automaticResults(item) == 1,
                             60'000);
    QCOMPARE(stateOf(item), api::ItemState::Failed);
    QVERIFY2(page()->automaticNotice()->text().contains(QStringLiteral("No answer from the SNMP "
                                                                       "agent")),
             qPrintable(page()->automaticNotice()->text()));
    QVERIFY(page()->automaticNotice()->isVisible());
    QVERIFY(!page()->hasSessionSecrets(deviceId)); // nothing read: asked for again

    // The right community passes and is remembered for the session.
    dialog = qobject_cast<widgets::CheckSecretsDialog *>(
        runCheckExpectingDialog("checkSecretsDialog"));
    QVERIFY(dialog);
    QTest::keyClicks(dialog->communityEdit(), m_snmpd->community());
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page()->isCheckRunning() && page()->isIdle()
                                 && automaticResults(item) == 2,
                             60'000);
    QCOMPARE(stateOf(item), api::ItemState::Passed);
    QVERIFY2(page()->automaticNotice()->text().startsWith(QStringLiteral("Check passed")),
             qPrintable(page()->automaticNotice()->text()));
    QVERIFY(page()->hasSessionSecrets(deviceId));
}

void TestCommissioning::guidedCountdown()
{
    if (!m_snmpd)
        QSKIP("needs the snmpd of secretsAreAskedFor");
    const QString item = QStringLiteral("ups.mains");
    QVERIFY(selectAndWait(item));
    QSignalSpy opened(page(), &CommissioningPage::checkDialogOpened);
    QTest::mouseClick(page()->runCheckButton(), Qt::LeftButton);
    QVERIFY(page()->isCheckRunning()); // the community is remembered: no dialog
    QVERIFY(opened.isEmpty());
    QLabel *status = page()->checkStatusLabel();
    static const QRegularExpression pull(
        QStringLiteral("^Pull the UPS mains input now — (\\d+) s left$"));
    QTRY_VERIFY_WITH_TIMEOUT(status->isVisible() && pull.match(status->text()).hasMatch(), 20'000);
    const int first = pull.match(status->text()).captured(1).toInt();
    QVERIFY2(first > 0 && first <= 40, qPrintable(status->text()));
    QTRY_VERIFY_WITH_TIMEOUT(page()->checkReadingLabel()->isVisible()
                                 && page()->checkReadingLabel()->text().contains(
                                     QStringLiteral("normal")),
                             20'000);
    grabBoth(QStringLiteral("guided"));
    QVERIFY(page()->isCheckRunning());
    // The UPS goes on battery: the next step counts down, the latest reading says battery.
    m_values.insert(QStringLiteral("1.3.6.1.2.1.33.1.4.1.0"),
                    QJsonArray{QStringLiteral("integer"), 5});
    QVERIFY(m_snmpd->setValues(m_values));
    static const QRegularExpression restore(
        QStringLiteral("^Restore the UPS mains input now — \\d+ s left$"));
    QTRY_VERIFY_WITH_TIMEOUT(restore.match(status->text()).hasMatch(), 20'000);
    QVERIFY(page()->checkReadingLabel()->text().contains(QStringLiteral("battery")));
    m_values.insert(QStringLiteral("1.3.6.1.2.1.33.1.4.1.0"),
                    QJsonArray{QStringLiteral("integer"), 3});
    QVERIFY(m_snmpd->setValues(m_values));
    QTRY_VERIFY_WITH_TIMEOUT(!page()->isCheckRunning() && page()->isIdle()
                                 && automaticResults(item) == 1,
                             30'000);
    QCOMPARE(stateOf(item), api::ItemState::Passed);
    QVERIFY(!status->isVisible());
    QCOMPARE(recordsOfKind(item, api::RecordKind::Guided), 1);
}

void TestCommissioning::serverChecksOverSsh()
{
    using testsupport::SshdPeer;
    if (!SshdPeer::available())
        QSKIP(SshdPeer::skipReason());
    if (!m_checksCabinet.id.size())
        QSKIP("needs the cabinet of secretsAreAskedFor");
    SshdPeer sshd;
    QVERIFY2(sshd.start(), qPrintable(sshd.error()));
    const QString knownHosts = page()->knownHostsFile();
    QVERIFY(!QFile::exists(knownHosts));

    const QString item = QStringLiteral("server.login");
    QVERIFY(selectAndWait(item));
    auto *login = qobject_cast<widgets::CheckSecretsDialog *>(
        runCheckExpectingDialog("checkSshCredentialsDialog"));
    QVERIFY(login);
    QCOMPARE(login->passwordEdit()->echoMode(), QLineEdit::Password);
    login->userEdit()->setText(sshd.user());
    login->keyRadio()->setChecked(true);
    login->keyFileEdit()->setText(sshd.userKeyPath());
    login->portSpin()->setValue(sshd.port());
    QVERIFY(login->okButton()->isEnabled());
    QSignalSpy opened(page(), &CommissioningPage::checkDialogOpened);
    QTest::mouseClick(login->okButton(), Qt::LeftButton);
    // The first-seen host key: the prompt shows its fingerprint; nothing is recorded yet.
    QTRY_VERIFY_WITH_TIMEOUT(!opened.isEmpty(), 30'000);
    auto *prompt = opened.first().at(0).value<QDialog *>();
    QVERIFY(prompt);
    QCOMPARE(prompt->objectName(), QStringLiteral("commissionHostKeyPrompt"));
    auto *fingerprint = prompt->findChild<QLabel *>(QStringLiteral("commissionHostKeyFingerprint"));
    QVERIFY(fingerprint);
    QVERIFY2(fingerprint->text().startsWith(QStringLiteral("SHA256:")),
             qPrintable(fingerprint->text()));
    QVERIFY(!page()->isCheckRunning());
    QCOMPARE(automaticResults(item), 0);
    QVERIFY(!QFile::exists(knownHosts));
    auto *trust = prompt->findChild<QPushButton *>(QStringLiteral("commissionHostKeyTrust"));
    QVERIFY(trust);
    QTest::mouseClick(trust, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!page()->isCheckRunning() && page()->isIdle()
                                 && automaticResults(item) == 1,
                             60'000);
    QVERIFY2(stateOf(item) == api::ItemState::Passed, qPrintable(page()->automaticNotice()->text()));
    QVERIFY2(page()->automaticNotice()->text().contains(QStringLiteral("All 2 servers passed")),
             qPrintable(page()->automaticNotice()->text()));
    QVERIFY(QFile::exists(knownHosts)); // the key is ours now

    // Facts: the same login, the key known: no dialog.
    const QString facts = QStringLiteral("server.facts");
    QVERIFY(selectAndWait(facts));
    opened.clear();
    QTest::mouseClick(page()->runCheckButton(), Qt::LeftButton);
    QVERIFY(page()->isCheckRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!page()->isCheckRunning() && page()->isIdle()
                                 && automaticResults(facts) == 1,
                             60'000);
    QVERIFY(opened.isEmpty());
    QVERIFY2(stateOf(facts) == api::ItemState::Passed,
             qPrintable(page()->automaticNotice()->text()));
}

void TestCommissioning::agentOfflineOffersInstall()
{
    if (m_checksCabinet.id.isEmpty())
        QSKIP("needs the cabinet of secretsAreAskedFor");
    // The node was never enrolled: the hub does not report it online; the check fails and the
    // page offers to install the agent on the node's management address.
    const QString item = QStringLiteral("server.agent");
    QVERIFY(selectAndWait(item));
    QVERIFY(page()->installAgentButton()->isHidden());
    QSignalSpy opened(page(), &CommissioningPage::checkDialogOpened);
    QTest::mouseClick(page()->runCheckButton(), Qt::LeftButton);
    QVERIFY(page()->isCheckRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!page()->isCheckRunning() && page()->isIdle()
                                 && automaticResults(item) == 1,
                             60'000);
    QVERIFY(opened.isEmpty()); // no SSH for the agent check
    QCOMPARE(stateOf(item), api::ItemState::Failed);
    QVERIFY2(page()->automaticNotice()->text().startsWith(QStringLiteral("Check failed")),
             qPrintable(page()->automaticNotice()->text()));
    QVERIFY(page()->installAgentButton()->isVisible());
    QVERIFY(page()->installAgentButton()->isEnabled());
    QTest::mouseClick(page()->installAgentButton(), Qt::LeftButton);
    auto *wizard = page()->findChild<widgets::AddNodeWizard *>();
    QVERIFY(wizard);
    QCOMPARE(wizard->hostEdit()->text(), QStringLiteral("127.0.0.1"));
    QCOMPARE(wizard->nodeNameEdit()->text(), QStringLiteral("edge-srv-8"));
    QVERIFY(wizard->portSpin()->value() != 22); // the SSH login of this session (the test sshd)
    wizard->reject();
    QTRY_VERIFY_WITH_TIMEOUT(!page()->findChild<widgets::AddNodeWizard *>(), 10'000);
}

void TestCommissioning::shortBurnIn()
{
    if (!m_snmpd)
        QSKIP("needs the snmpd of secretsAreAskedFor");
    const QString item = QStringLiteral("burnin.short");
    QVERIFY(selectAndWait(item));
    QTest::mouseClick(page()->runCheckButton(), Qt::LeftButton);
    QVERIFY(page()->isCheckRunning());
    QTRY_VERIFY_WITH_TIMEOUT(page()->burnInProgress()->isVisible(), 10'000);
    // The result comes from the running check: no Pass/Fail/Skip by hand meanwhile.
    QVERIFY(!page()->findChild<QPushButton *>(QStringLiteral("commissionPassButton"))->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!page()->isCheckRunning() && page()->isIdle()
                                 && automaticResults(item) == 1,
                             60'000);
    QVERIFY2(stateOf(item) == api::ItemState::Passed, qPrintable(page()->automaticNotice()->text()));
    QVERIFY(page()->burnInProgress()->isVisible());
    QCOMPARE(page()->burnInProgress()->value(), page()->burnInProgress()->maximum());
    QCOMPARE(page()->burnInSamples(), 2);
    QCOMPARE(page()->burnInDetailsLabel()->text(), QStringLiteral("2 of 2 samples recorded."));
    QVERIFY(recordsOfKind(item, api::RecordKind::BurnIn) >= 1);
}

void TestCommissioning::cancelledBurnInKeepsSamples()
{
    if (!m_snmpd)
        QSKIP("needs the snmpd of secretsAreAskedFor");
    const QString item = QStringLiteral("burnin.long");
    QVERIFY(selectAndWait(item));
    QTest::mouseClick(page()->runCheckButton(), Qt::LeftButton);
    QVERIFY(page()->isCheckRunning());
    QTRY_VERIFY_WITH_TIMEOUT(page()->burnInSamples() >= 2, 30'000);
    QVERIFY2(page()->burnInDetailsLabel()->text().contains(QStringLiteral("of 120 samples")),
             qPrintable(page()->burnInDetailsLabel()->text()));
    QVERIFY(page()->burnInProgress()->value() < page()->burnInProgress()->maximum());
    grabBoth(QStringLiteral("burn-in"));
    QVERIFY(page()->isCheckRunning());
    QCOMPARE(page()->runCheckButton()->text(), QStringLiteral("Cancel Check"));
    QTest::mouseClick(page()->runCheckButton(), Qt::LeftButton); // cancels
    QTRY_VERIFY_WITH_TIMEOUT(!page()->isCheckRunning() && page()->isIdle()
                                 && recordsOfKind(item, api::RecordKind::BurnIn) >= 1,
                             30'000);
    QCOMPARE(automaticResults(item), 0); // no result: the item stays pending
    QCOMPARE(stateOf(item), api::ItemState::Pending);
    QVERIFY2(page()->automaticNotice()->text().contains(QStringLiteral("cancelled")),
             qPrintable(page()->automaticNotice()->text()));
    // The burn-in record holds the samples taken before the cancel.
    int points = 0;
    for (const api::CommissioningRecord &r : page()->current()->recordsOf(item)) {
        if (r.kind != api::RecordKind::BurnIn)
            continue;
        const QJsonObject o = QJsonDocument::fromJson(r.payload.toUtf8()).object();
        const QJsonObject series = o.value(QStringLiteral("series")).toObject();
        for (auto it = series.begin(); it != series.end(); ++it)
            points += int(it.value().toObject().value(QStringLiteral("points")).toArray().size());
    }
    QVERIFY2(points > 0, "the burn-in record has no series");
}

QTEST_MAIN(TestCommissioning)
#include "tst_commissioningpage.moc"
