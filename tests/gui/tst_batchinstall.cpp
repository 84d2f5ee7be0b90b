// "Install from CSV" in the console (issue 3): the batch install dialog over the real embedded hub
// and a real sshd on 127.0.0.1, next to a closed port. No agent is installed: the package is a
// .tar.gz that tar cannot read, so the sshd host fails for real at the install step.
#include "app/console/console.h"
#include "widgets/common/consolesettings.h"
#include "widgets/dialogs/batchinstalldialog.h"
#include "widgets/models/recordlistmodel.h"
#include "widgets/models/sitesmodel.h"
#include "widgets/views/mainwindow.h"
#include "widgets/views/sitedetailpanel.h"
#include "widgets/views/sitespage.h"

#include "support/localnet.h"
#include "support/sshdpeer.h"
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace edge;
using fieldinstall::Step;
using widgets::BatchInstallDialog;
using HostState = widgets::BatchInstallDialog::HostState;

using edge::testsupport::run;
using edge::testsupport::SshdPeer;

class TestBatchInstall : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase() { m_sshd.stop(); }
    void init();
    void cleanup();

    void csvErrorNamesLineAndColumnAndStartsNothing();
    void tableShowsEveryHostsFailedStepAndSummary();
    void cancelMarksPendingHostsCancelled();

private:
    void startConsole();
    BatchInstallDialog *openDialog();
    QString writeCsv(const QByteArray &content);
    QString sshdFingerprint();
    QString path(const char *name) const { return m_sshd.path(QLatin1String(name)); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<console::Console> m_console;
    SshdPeer m_sshd;
    bool m_haveSshd = false;
};

void TestBatchInstall::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    if (!SshdPeer::available())
        return; // the tests skip
    QVERIFY2(m_sshd.start(), qPrintable(m_sshd.error()));
    // Not an agent package: a .tar.gz that tar cannot read, so the install step fails for real.
    QFile package(path("edge-agent-0.0.0-Linux.tar.gz"));
    QVERIFY(package.open(QIODevice::WriteOnly));
    package.write("this is not a gzip archive\n");
    package.close();
    m_haveSshd = true;
}

void TestBatchInstall::init()
{
    QSettings(widgets::ConsoleSettings::organizationName(),
              widgets::ConsoleSettings::applicationName())
        .clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestBatchInstall::cleanup()
{
    m_console.reset();
    m_dir.reset();
}

void TestBatchInstall::startConsole()
{
    console::ConsoleOptions options;
    options.dataDir = m_dir->filePath(QStringLiteral("data"));
    options.seedDemo = true;
    m_console = std::make_unique<console::Console>(options);
    auto started = m_console->start();
    QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
    widgets::MainWindow *window = m_console->window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    widgets::SitesModel *model = window->sitesPage()->model();
    QTRY_VERIFY(model->isLoaded());
    QVERIFY(window->connection().enrollment);
    QVERIFY(model->rowCount() > 0);
    QVERIFY(window->sitesPage()->selectSite(model->siteAt(0).id));
    QTRY_VERIFY(window->sitesPage()->detailPanel()->batchInstallButton()->isEnabled());
}

BatchInstallDialog *TestBatchInstall::openDialog()
{
    widgets::SiteDetailPanel *panel = m_console->window()->sitesPage()->detailPanel();
    BatchInstallDialog *dialog = panel->openBatchInstallDialog();
    if (!dialog)
        return nullptr;
    dialog->setKnownHostsFile(m_dir->filePath(QStringLiteral("known_hosts")));
    dialog->setConfirmClose(false);
    dialog->userEdit()->setText(m_sshd.user());
    dialog->keyFileEdit()->setText(m_sshd.userKeyPath());
    dialog->packageEdit()->setText(path("edge-agent-0.0.0-Linux.tar.gz"));
    dialog->hubAddressEdit()->setText(QStringLiteral("127.0.0.1:9"));
    dialog->caFileEdit()->setText(m_dir->filePath(QStringLiteral("data/ca.pem")));
    dialog->prefixEdit()->setText(m_dir->filePath(QStringLiteral("prefix")));
    return dialog;
}

QString TestBatchInstall::writeCsv(const QByteArray &content)
{
    const QString file = m_dir->filePath(QStringLiteral("hosts.csv"));
    QFile f(file);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    f.write(content);
    return file;
}

QString TestBatchInstall::sshdFingerprint()
{
    QByteArray listing;
    if (!run(QStringLiteral("ssh-keygen"), {QStringLiteral("-lf"), m_sshd.hostPublicKeyPath()},
             &listing))
        return {};
    return QString::fromLatin1(listing.split(' ').value(1));
}

void TestBatchInstall::csvErrorNamesLineAndColumnAndStartsNothing()
{
    if (!m_haveSshd)
        QSKIP(SshdPeer::skipReason());
    startConsole();
    if (QTest::currentTestFailed())
        return;
    BatchInstallDialog *dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->parallelSpin()->value(), 4); // as edgectl's --parallel
    QCOMPARE(dialog->parallelSpin()->maximum(), 16);

    // The quote opened in column 11 of line 3 is never closed.
    dialog->csvEdit()->setText(writeCsv("host,port\n127.0.0.1,22\n127.0.0.2,\"22\n"));
    QSignalSpy keys(dialog, &BatchInstallDialog::hostKeyPending);
    QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
    QVERIFY(!dialog->isRunning());
    QCOMPARE(dialog->hostCount(), 0);
    QCOMPARE(dialog->hostsView()->topLevelItemCount(), 0);
    QVERIFY(dialog->errorLabel()->isVisible());
    const QString error = dialog->errorLabel()->text();
    QVERIFY2(error.contains(QStringLiteral("line 3, column 11")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("hosts.csv")), qPrintable(error));
    QVERIFY(dialog->csvEdit()->property("invalid").toBool());
    QVERIFY(dialog->startButton()->isEnabled());

    // A row the defaults cannot complete is named by its line; nothing starts either.
    dialog->userEdit()->clear();
    dialog->csvEdit()->setText(writeCsv("host,user\n127.0.0.1,root\n127.0.0.2,\n"));
    QVERIFY(!dialog->start());
    QVERIFY(!dialog->isRunning());
    QCOMPARE(dialog->hostCount(), 0);
    QVERIFY2(dialog->errorLabel()->text().startsWith(QStringLiteral("Line 3 (127.0.0.2)")),
             qPrintable(dialog->errorLabel()->text()));
    QCOMPARE(keys.count(), 0);
    dialog->close();
}

void TestBatchInstall::tableShowsEveryHostsFailedStepAndSummary()
{
    if (!m_haveSshd)
        QSKIP(SshdPeer::skipReason());
    startConsole();
    if (QTest::currentTestFailed())
        return;
    BatchInstallDialog *dialog = openDialog();
    QVERIFY(dialog);
    const int closedPort = testsupport::freePort();
    QVERIFY(closedPort > 0);
    dialog->csvEdit()->setText(writeCsv(QStringLiteral("# two machines\nhost,port,name\n"
                                                       "127.0.0.1,%1,batch-sshd\n"
                                                       "127.0.0.1,%2,batch-closed\n")
                                            .arg(m_sshd.port())
                                            .arg(closedPort)
                                            .toUtf8()));
    dialog->parallelSpin()->setValue(2);
    // The confirmation hook: the sshd's key, checked against its own fingerprint, is trusted.
    const QString expected = sshdFingerprint();
    QVERIFY(expected.startsWith(QStringLiteral("SHA256:")));
    QStringList asked;
    connect(dialog, &BatchInstallDialog::hostKeyPending, dialog,
            [dialog, &asked](int row, const QString &fingerprint) {
                asked << QStringLiteral("%1 %2").arg(row).arg(fingerprint);
                QCOMPARE(dialog->pendingHostKeyRow(), row);
                QCOMPARE(dialog->fingerprintLabel()->text(), fingerprint);
                QVERIFY(dialog->fingerprintLabel()->isVisible());
                QVERIFY(dialog->hostKeyLabel()->text().contains(QStringLiteral("127.0.0.1")));
                dialog->answerHostKey(true);
            });
    QSignalSpy finished(dialog, &BatchInstallDialog::batchFinished);
    QTest::mouseClick(dialog->startButton(), Qt::LeftButton);
    QVERIFY(dialog->isRunning());
    QVERIFY(!dialog->startButton()->isEnabled());
    QCOMPARE(dialog->hostCount(), 2);
    QCOMPARE(dialog->hostsView()->topLevelItemCount(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 120000);
    QVERIFY(!dialog->isRunning());

    QCOMPARE(asked, QStringList{QStringLiteral("0 %1").arg(expected)});
    QCOMPARE(finished.first(), (QVariantList{0, 2, 0}));
    QCOMPARE(dialog->summaryLabel()->text(), QStringLiteral("0 installed, 2 failed"));
    QCOMPARE(dialog->progressBar()->value(), dialog->progressBar()->maximum());

    // The sshd host got past the host key and failed at installing the package.
    QCOMPARE(dialog->hostState(0), HostState::Failed);
    QCOMPARE(dialog->hostStep(0), std::optional<Step>(Step::Install));
    // The closed port failed at connecting.
    QCOMPARE(dialog->hostState(1), HostState::Failed);
    QCOMPARE(dialog->hostStep(1), std::optional<Step>(Step::Connect));
    const QString connectError = dialog->hostMessage(1);
    QVERIFY2(connectError.contains(QStringLiteral("127.0.0.1:%1").arg(closedPort)),
             qPrintable(connectError));
    QVERIFY(dialog->hostMessage(0) != connectError);
    QVERIFY2(dialog->hostMessage(0).contains(fieldinstall::stepLabel(Step::Install)),
             qPrintable(dialog->hostMessage(0)));
    QCOMPARE(dialog->results().size(), 2);
    QCOMPARE(dialog->hostMessage(0), dialog->results().at(0).result.error.message);

    // What the table shows.
    const auto *sshdRow = dialog->hostsView()->topLevelItem(0);
    const auto *closedRow = dialog->hostsView()->topLevelItem(1);
    using C = BatchInstallDialog;
    QCOMPARE(sshdRow->text(C::HostColumn), QStringLiteral("127.0.0.1"));
    QCOMPARE(sshdRow->text(C::PortColumn), QString::number(m_sshd.port()));
    QCOMPARE(sshdRow->text(C::UserColumn), m_sshd.user());
    QCOMPARE(sshdRow->text(C::NodeColumn), QStringLiteral("batch-sshd"));
    QCOMPARE(sshdRow->text(C::StepColumn), fieldinstall::stepLabel(Step::Install));
    QCOMPARE(sshdRow->text(C::StateColumn), QStringLiteral("failed"));
    QCOMPARE(sshdRow->text(C::MessageColumn), dialog->hostMessage(0));
    QCOMPARE(closedRow->text(C::PortColumn), QString::number(closedPort));
    QCOMPARE(closedRow->text(C::NodeColumn), QStringLiteral("batch-closed"));
    QCOMPARE(closedRow->text(C::StepColumn), fieldinstall::stepLabel(Step::Connect));
    QCOMPARE(closedRow->text(C::StateColumn), QStringLiteral("failed"));
    QCOMPARE(closedRow->text(C::MessageColumn), connectError);
    // The trusted key was stored in our known_hosts file.
    QVERIFY(QFile::exists(m_dir->filePath(QStringLiteral("known_hosts"))));
    QVERIFY(dialog->startButton()->isEnabled());
    dialog->close();
}

void TestBatchInstall::cancelMarksPendingHostsCancelled()
{
    if (!m_haveSshd)
        QSKIP(SshdPeer::skipReason());
    startConsole();
    if (QTest::currentTestFailed())
        return;
    BatchInstallDialog *dialog = openDialog();
    QVERIFY(dialog);
    const int closedPort = testsupport::freePort();
    // One at a time: the sshd's host key question holds the batch until Cancel.
    dialog->csvEdit()->setText(writeCsv(QStringLiteral("host,port\n127.0.0.1,%1\n"
                                                       "127.0.0.2,%2\n127.0.0.3,%2\n")
                                            .arg(m_sshd.port())
                                            .arg(closedPort)
                                            .toUtf8()));
    dialog->parallelSpin()->setValue(1);
    QSignalSpy keys(dialog, &BatchInstallDialog::hostKeyPending);
    QSignalSpy finished(dialog, &BatchInstallDialog::batchFinished);
    QVERIFY(dialog->start());
    QTRY_COMPARE_WITH_TIMEOUT(keys.count(), 1, 60000);
    QCOMPARE(dialog->pendingHostKeyRow(), 0);
    QCOMPARE(dialog->hostState(0), HostState::Running);
    QCOMPARE(dialog->hostState(1), HostState::Pending);
    QCOMPARE(dialog->hostState(2), HostState::Pending);
    QCOMPARE(dialog->hostsView()->topLevelItem(2)->text(BatchInstallDialog::StateColumn),
             QStringLiteral("pending"));
    QVERIFY(dialog->cancelButton()->isEnabled());
    QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
    QVERIFY(!dialog->cancelButton()->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
    QCOMPARE(finished.first(), (QVariantList{0, 0, 3}));
    for (int row = 0; row < 3; ++row) {
        QCOMPARE(dialog->hostState(row), HostState::Cancelled);
        QCOMPARE(dialog->hostsView()->topLevelItem(row)->text(BatchInstallDialog::StateColumn),
                 QStringLiteral("cancelled"));
    }
    QCOMPARE(dialog->hostStep(0), std::optional<Step>(Step::VerifyHostKey));
    QCOMPARE(dialog->pendingHostKeyRow(), -1);
    QCOMPARE(dialog->summaryLabel()->text(), QStringLiteral("0 installed, 0 failed, 3 cancelled"));
    // The refused key was not stored.
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("known_hosts"))));

    // Closing while a batch runs cancels it (asking is switched off here).
    QVERIFY(dialog->start());
    QTRY_COMPARE_WITH_TIMEOUT(keys.count(), 2, 60000);
    QPointer<BatchInstallDialog> guard(dialog);
    dialog->close();
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull() || !dialog->isRunning(), 60000);
}

QTEST_MAIN(TestBatchInstall)
#include "tst_batchinstall.moc"
