// Edge nodes in the console (issue 3): the node window, the bootstrap token dialog and the
// "Add Node over SSH" wizard, over the real embedded hub (and a real sshd on 127.0.0.1 for the
// wizard). No agent runs here: nodes are offline and never connected, and nothing is invented.
#include "app/console/console.h"
#include "app/console/consoleconnector.h"
#include "backend/agent/enrollment.h"
#include "backend/client/client.h"
#include "widgets/common/changefeed.h"
#include "widgets/common/consolesettings.h"
#include "widgets/dialogs/addnodewizard.h"
#include "widgets/dialogs/bootstraptokendialog.h"
#include "widgets/models/recordlistmodel.h"
#include "widgets/models/sitesmodel.h"
#include "widgets/models/workloadsmodel.h"
#include "widgets/views/mainwindow.h"
#include "widgets/views/nodemetricspanel.h"
#include "widgets/views/nodepage.h"
#include "widgets/views/nodestatuspanel.h"
#include "widgets/views/sitedetailpanel.h"
#include "widgets/views/sitespage.h"

#include "support/localnet.h"
#include "support/sshdpeer.h"
#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace edge;
using widgets::AddNodeWizard;
using widgets::MainWindow;
using widgets::NodePage;

using edge::testsupport::run;
using edge::testsupport::SshdPeer;

class TestNodes : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void demoNodeIsOfflineAndNeverConnected();
    void desiredWorkloadsShowTheirGeneration();
    void metricsSayPlainlyThereAreNone();
    void tokenDialogShowsATokenThatEnrolls();
    void sshWizardConfirmsHostKeyAndNamesTheFailedStep();
    void sshWizardRefusedHostKeyCancels();

private:
    void startConsole();
    MainWindow *window() const { return m_console->window(); }
    widgets::SiteDetailPanel *panel() const { return window()->sitesPage()->detailPanel(); }
    // Selects a demo site with nodes; sets the first node's id.
    void selectSiteWithNodes(QString *nodeId);
    AddNodeWizard *openWizard();
    QString path(const char *name) const { return m_sshd.path(QLatin1String(name)); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<console::Console> m_console;
    SshdPeer m_sshd;
    int m_sshPort = 0;
    QString m_user;
    bool m_haveSshd = false;
};

void TestNodes::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    if (!SshdPeer::available())
        return; // the wizard tests skip
    QVERIFY2(m_sshd.start(), qPrintable(m_sshd.error()));
    m_sshPort = m_sshd.port();
    m_user = m_sshd.user();
    // Not an agent package: a .tar.gz that tar cannot read, so a later step fails for real.
    QFile package(path("edge-agent-0.0.0-Linux.tar.gz"));
    QVERIFY(package.open(QIODevice::WriteOnly));
    package.write("this is not a gzip archive\n");
    package.close();
    m_haveSshd = true;
}

void TestNodes::cleanupTestCase() { m_sshd.stop(); }

void TestNodes::init()
{
    QSettings(widgets::ConsoleSettings::organizationName(),
              widgets::ConsoleSettings::applicationName())
        .clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestNodes::cleanup()
{
    m_console.reset();
    m_dir.reset();
}

void TestNodes::startConsole()
{
    console::ConsoleOptions options;
    options.dataDir = m_dir->filePath(QStringLiteral("data"));
    options.seedDemo = true;
    m_console = std::make_unique<console::Console>(options);
    auto started = m_console->start();
    QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
    QVERIFY(QTest::qWaitForWindowExposed(window()));
    QTRY_VERIFY(window()->sitesPage()->model()->isLoaded());
    QVERIFY(window()->connection().nodes);
    QVERIFY(window()->connection().enrollment);
}

void TestNodes::selectSiteWithNodes(QString *nodeId)
{
    widgets::SitesModel *model = window()->sitesPage()->model();
    QTRY_VERIFY(model->countsLoaded());
    for (int r = 0; r < model->rowCount(); ++r) {
        const api::Site &site = model->siteAt(r);
        if (model->childCounts(site.id).nodes == 0)
            continue;
        QVERIFY(window()->sitesPage()->selectSite(site.id));
        QTRY_VERIFY_WITH_TIMEOUT(panel()->nodes()->rowCount() > 0, 20000);
        *nodeId = panel()->nodes()->records().first().id;
        return;
    }
    QFAIL("the demo estate has no site with nodes");
}

void TestNodes::demoNodeIsOfflineAndNeverConnected()
{
    startConsole();
    if (QTest::currentTestFailed())
        return;
    QString nodeId;
    selectSiteWithNodes(&nodeId);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(panel()->createTokenButton()->isEnabled());
    // The site's node list shows each agent's presence: the demo nodes never connected.
    panel()->tabs()->setCurrentIndex(1);
    QTRY_VERIFY_WITH_TIMEOUT(panel()->nodes()->hasNodeStatus(), 20000);
    const QModelIndex agentCell = panel()->nodes()->index(0, widgets::RecordListModel::kAgentColumn);
    QCOMPARE(agentCell.data().toString(), QStringLiteral("Offline · never connected"));
    QCOMPARE(panel()
                 ->nodes()
                 ->headerData(widgets::RecordListModel::kAgentColumn, Qt::Horizontal)
                 .toString(),
             QStringLiteral("Agent"));
    QVERIFY(!panel()->openNodeButton()->isEnabled()); // no node selected yet
    panel()->nodesView()->selectRow(0);
    QVERIFY(panel()->openNodeButton()->isEnabled());
    QTest::mouseClick(panel()->openNodeButton(), Qt::LeftButton);
    NodePage *page = panel()->findChild<NodePage *>();
    QVERIFY(page);
    QCOMPARE(page->nodeId(), nodeId);
    QVERIFY(QTest::qWaitForWindowExposed(page));
    widgets::NodeStatusPanel *status = page->statusPanel();
    QTRY_VERIFY_WITH_TIMEOUT(status->status().has_value(), 20000);
    QVERIFY2(status->lastError().isEmpty(), qPrintable(status->lastError()));
    QCOMPARE(status->status()->lastSeenMs, 0);
    QCOMPARE(status->shownState(), std::optional(api::NodeState::Offline));
    QCOMPARE(status->stateBadge()->text(), api::nodeStateLabel(api::NodeState::Offline));
    QCOMPARE(status->lastSeenLabel()->text(), QStringLiteral("never connected"));
    // Never green for a node that was never heard from.
    QVERIFY(!status->stateBadge()->styleSheet().contains(QStringLiteral("#1e7d32")));
    QCOMPARE(status->certificateLabel()->text(), QStringLiteral("No certificate issued yet"));
    QCOMPARE(status->agentLabel()->text(), QStringLiteral("not reported"));
    QCOMPARE(status->workloads()->rowCount(), 0);
    QVERIFY(status->workloadsEmptyLabel()->isVisible());

    // "last seen" is kept current locally, the status refreshed from the hub periodically.
    status->setRefreshInterval(500);
    QSignalSpy refreshed(status, &widgets::NodeStatusPanel::refreshed);
    QVERIFY(refreshed.wait(20000));
    QCOMPARE(status->shownState(), std::optional(api::NodeState::Offline));
}

void TestNodes::desiredWorkloadsShowTheirGeneration()
{
    startConsole();
    if (QTest::currentTestFailed())
        return;
    QString nodeId;
    selectSiteWithNodes(&nodeId);
    if (QTest::currentTestFailed())
        return;
    NodePage *page = panel()->openNodePage(nodeId);
    QVERIFY(page);
    widgets::NodeStatusPanel *status = page->statusPanel();
    QAbstractItemModelTester tester(status->workloads(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY_WITH_TIMEOUT(status->status().has_value(), 20000);
    QCOMPARE(status->status()->desiredGeneration, 0);

    api::WorkloadSpec web;
    web.name = QStringLiteral("web");
    web.image = QStringLiteral("localhost/busybox:latest");
    web.command = {QStringLiteral("httpd"), QStringLiteral("-f")};
    api::WorkloadSpec logger = web;
    logger.name = QStringLiteral("logger");
    auto set = window()->connection().nodes->setDesiredState(nodeId, {web, logger});
    QVERIFY2(set, qPrintable(set ? QString() : set.error().toString()));
    QVERIFY(set->generation > 0);

    status->refresh();
    QTRY_VERIFY_WITH_TIMEOUT(status->status()->desiredGeneration == set->generation, 20000);
    QCOMPARE(status->status()->appliedGeneration, 0);
    const QString gen = status->generationLabel()->text();
    QVERIFY2(gen.contains(QStringLiteral("desired %1, applied 0").arg(set->generation)),
             qPrintable(gen));
    QVERIFY2(gen.contains(QStringLiteral("waiting for the agent")), qPrintable(gen));
    // No agent reported any workload: the table stays empty and says why, nothing is invented.
    QCOMPARE(status->workloads()->rowCount(), 0);
    QCOMPARE(status->workloadsEmptyLabel()->text(),
             QStringLiteral("The agent has not reported any workloads yet."));
    QCOMPARE(status->shownState(), std::optional(api::NodeState::Offline));
}

void TestNodes::metricsSayPlainlyThereAreNone()
{
    startConsole();
    if (QTest::currentTestFailed())
        return;
    QString nodeId;
    selectSiteWithNodes(&nodeId);
    if (QTest::currentTestFailed())
        return;
    NodePage *page = panel()->openNodePage(nodeId);
    QVERIFY(page);
    page->tabs()->setCurrentIndex(1);
    widgets::NodeMetricsPanel *metrics = page->metricsPanel();
    QTRY_VERIFY_WITH_TIMEOUT(metrics->isLoaded(), 20000);
    QVERIFY2(!metrics->statusLabel()->text().startsWith(QStringLiteral("Could not")),
             qPrintable(metrics->statusLabel()->text()));
    QVERIFY(!metrics->hasData());
    QVERIFY(metrics->emptyLabel()->isVisible());
    QCOMPARE(metrics->emptyLabel()->text(),
             QStringLiteral("No metrics yet: the node's agent has not reported any."));
    // Every range asks the hub again, and stays honest.
    QCOMPARE(metrics->rangeCombo()->count(), 5);
    QSignalSpy loaded(metrics, &widgets::NodeMetricsPanel::loaded);
    metrics->rangeCombo()->setCurrentIndex(4);
    QVERIFY(loaded.wait(20000));
    QVERIFY(!metrics->hasData());
    QVERIFY(metrics->emptyLabel()->isVisible());
}

void TestNodes::tokenDialogShowsATokenThatEnrolls()
{
    startConsole();
    if (QTest::currentTestFailed())
        return;
    QString nodeId;
    selectSiteWithNodes(&nodeId);
    if (QTest::currentTestFailed())
        return;
    const QString siteId = window()->sitesPage()->selectedSiteId();
    QTest::mouseClick(panel()->createTokenButton(), Qt::LeftButton);
    auto *dialog = panel()->findChild<widgets::BootstrapTokenDialog *>();
    QVERIFY(dialog);
    QVERIFY(!dialog->hasToken());
    dialog->nodeNameEdit()->setText(QStringLiteral("gui-node-1"));
    QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->hasToken() || !dialog->errorLabel()->text().isEmpty(), 20000);
    QVERIFY2(dialog->hasToken(), qPrintable(dialog->errorLabel()->text()));
    const QString token = dialog->tokenEdit()->text();
    QCOMPARE(token.size(), 43);
    QVERIFY(dialog->tokenEdit()->isReadOnly());
    QVERIFY(dialog->expiryLabel()->text().startsWith(QStringLiteral("Expires at")));
    const QString command = dialog->commandEdit()->toPlainText();
    QCOMPARE(command, widgets::BootstrapTokenDialog::agentCommand({}, token));
    // "=": a token may start with "-" (base64url).
    QVERIFY(command.endsWith(QStringLiteral(" --token=") + token));
    QTest::mouseClick(dialog->copyTokenButton(), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), token);

    // The token really enrolls a node (once).
    QTemporaryDir agentDir;
    QVERIFY(agentDir.isValid());
    auto csr = agent::Enrollment::createKeyAndRequest(agentDir.path(),
                                                      QStringLiteral("gui-node-1"));
    QVERIFY2(csr, qPrintable(csr ? QString() : csr.error().toString()));
    auto client = m_console->connector().newEmbeddedClient();
    QVERIFY(client);
    auto enrolled = (*client)->enroll(token, QStringLiteral("gui-node-1"), *csr);
    QVERIFY2(enrolled, qPrintable(enrolled ? QString() : enrolled.error().toString()));
    QCOMPARE(enrolled->siteId, siteId);
    QVERIFY(!enrolled->certificatePem.isEmpty());
    auto again = (*client)->enroll(token, QStringLiteral("gui-node-1"), *csr);
    QVERIFY(!again);
}

AddNodeWizard *TestNodes::openWizard()
{
    AddNodeWizard *wizard = panel()->openAddNodeWizard();
    if (!wizard)
        return nullptr;
    wizard->setKnownHostsFile(m_dir->filePath(QStringLiteral("known_hosts")));
    wizard->hostEdit()->setText(QStringLiteral("127.0.0.1"));
    wizard->portSpin()->setValue(m_sshPort);
    wizard->userEdit()->setText(m_user);
    wizard->keyRadio()->setChecked(true);
    wizard->keyFileEdit()->setText(path("user_key"));
    wizard->packageEdit()->setText(path("edge-agent-0.0.0-Linux.tar.gz"));
    wizard->hubAddressEdit()->setText(QStringLiteral("127.0.0.1:9"));
    wizard->caFileEdit()->setText(m_dir->filePath(QStringLiteral("data/ca.pem")));
    wizard->prefixEdit()->setText(path("prefix"));
    return wizard;
}

void TestNodes::sshWizardConfirmsHostKeyAndNamesTheFailedStep()
{
    if (!m_haveSshd)
        QSKIP("/usr/sbin/sshd is not installed (package openssh-server)");
    startConsole();
    if (QTest::currentTestFailed())
        return;
    QString nodeId;
    selectSiteWithNodes(&nodeId);
    if (QTest::currentTestFailed())
        return;
    AddNodeWizard *wizard = openWizard();
    QVERIFY(wizard);
    QVERIFY(QTest::qWaitForWindowExposed(wizard));

    // A wrong field is named on the form and the wizard stays.
    wizard->hubAddressEdit()->setText(QStringLiteral("no port"));
    wizard->next();
    QCOMPARE(wizard->currentId(), int(AddNodeWizard::TargetPage));
    QVERIFY(!wizard->targetErrorLabel()->text().isEmpty());
    QVERIFY(wizard->hubAddressEdit()->property("invalid").toBool());
    wizard->hubAddressEdit()->setText(QStringLiteral("127.0.0.1:9"));

    QSignalSpy pending(wizard, &AddNodeWizard::hostKeyPending);
    QTest::mouseClick(wizard->button(QWizard::NextButton), Qt::LeftButton);
    QCOMPARE(wizard->currentId(), int(AddNodeWizard::HostKeyPage));
    QVERIFY(pending.wait(30000));
    QByteArray listing;
    QVERIFY(
        run(QStringLiteral("ssh-keygen"), {QStringLiteral("-lf"), path("host_key.pub")}, &listing));
    const QString expected = QString::fromLatin1(listing.split(' ').value(1));
    QVERIFY(expected.startsWith(QStringLiteral("SHA256:")));
    QCOMPARE(pending.first().first().toString(), expected);
    QCOMPARE(wizard->fingerprintLabel()->text(), expected);
    QVERIFY(wizard->fingerprintLabel()->isVisible());
    QCOMPARE(wizard->stepState(fieldinstall::Step::Connect), fieldinstall::StepState::Done);

    // Trust it: the install goes on, and a later step fails on the package that is none.
    QAbstractButton *trust = wizard->button(QWizard::CommitButton);
    QVERIFY(trust->isVisible() && trust->isEnabled());
    QTest::mouseClick(trust, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard->result().has_value(), 120000);
    const fieldinstall::InstallResult &r = *wizard->result();
    QVERIFY(!r.ok);
    QVERIFY(r.failedStep.has_value());
    QVERIFY(*r.failedStep != fieldinstall::Step::Connect);
    QVERIFY(*r.failedStep != fieldinstall::Step::VerifyHostKey);
    QCOMPARE(wizard->stepState(fieldinstall::Step::VerifyHostKey), fieldinstall::StepState::Done);
    QCOMPARE(wizard->stepState(*r.failedStep), fieldinstall::StepState::Failed);
    QTRY_COMPARE(wizard->currentId(), int(AddNodeWizard::ResultPage));
    QCOMPARE(wizard->resultTitle()->text(), QStringLiteral("The installation failed"));
    const QString text = wizard->resultText()->text();
    QVERIFY2(text.contains(fieldinstall::stepLabel(*r.failedStep)), qPrintable(text));
    QVERIFY2(text.contains(r.error.message), qPrintable(text));
    // The steps list shows the failure too.
    bool shown = false;
    for (int i = 0; i < wizard->stepsView()->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = wizard->stepsView()->topLevelItem(i);
        if (item->text(0) == fieldinstall::stepLabel(*r.failedStep))
            shown = item->text(1) == fieldinstall::stepStateLabel(fieldinstall::StepState::Failed);
    }
    QVERIFY(shown);
    // The key was stored: a second run does not ask again.
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("known_hosts"))));
    wizard->close();
}

void TestNodes::sshWizardRefusedHostKeyCancels()
{
    if (!m_haveSshd)
        QSKIP("/usr/sbin/sshd is not installed (package openssh-server)");
    startConsole();
    if (QTest::currentTestFailed())
        return;
    QString nodeId;
    selectSiteWithNodes(&nodeId);
    if (QTest::currentTestFailed())
        return;
    AddNodeWizard *wizard = openWizard();
    QVERIFY(wizard);
    QSignalSpy pending(wizard, &AddNodeWizard::hostKeyPending);
    QSignalSpy finished(wizard, &AddNodeWizard::installFinished);
    wizard->next();
    QCOMPARE(wizard->currentId(), int(AddNodeWizard::HostKeyPage));
    QVERIFY(pending.wait(30000));
    // Cancel while the question is open: it is refused and the install really stops.
    QVERIFY(wizard->isRunning());
    QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
    QVERIFY(wizard->isVisible()); // it stays to say what happened
    QVERIFY(finished.count() == 1 || finished.wait(60000));
    QCOMPARE(finished.first().first().toBool(), false);
    const fieldinstall::InstallResult &r = *wizard->result();
    QVERIFY(!r.ok);
    QCOMPARE(r.failedStep, std::optional(fieldinstall::Step::VerifyHostKey));
    QCOMPARE(r.error.code, api::Code::Cancelled);
    QCOMPARE(wizard->stepState(fieldinstall::Step::Upload), fieldinstall::StepState::Pending);
    QTRY_COMPARE(wizard->currentId(), int(AddNodeWizard::ResultPage));
    QCOMPARE(wizard->resultTitle()->text(), QStringLiteral("The installation was cancelled"));
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("known_hosts"))));
    wizard->close();
}

QTEST_MAIN(TestNodes)
#include "tst_nodes.moc"
