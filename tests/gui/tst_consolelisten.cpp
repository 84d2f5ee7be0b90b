// The console's embedded hub listening for edge agents (--listen / Settings ▸ Edge agents): a
// real node enrolls with a token made in the console's dialog (api::Enrollment, the agent's key
// and CSR, Client::enroll over TLS to the listen address), opens its mutual-TLS AgentControl
// stream (support/testagent.h) and shows online in the site's Nodes tab; a taken port leaves the
// console running without a listener and says so plainly.
#include "app/console/console.h"
#include "app/console/consoleconnector.h"
#include "backend/agent/enrollment.h"
#include "backend/api/inventorytypes.h"
#include "backend/client/client.h"
#include "support/testagent.h"
#include "widgets/common/consolesettings.h"
#include "widgets/dialogs/bootstraptokendialog.h"
#include "widgets/models/recordlistmodel.h"
#include "widgets/models/sitesmodel.h"
#include "widgets/views/mainwindow.h"
#include "widgets/views/settingspage.h"
#include "widgets/views/sitedetailpanel.h"
#include "widgets/views/sitespage.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace edge;
using testsupport::Identity;
using testsupport::TestAgent;

namespace {
constexpr int kWaitMs = 30000;

template<class T>
QByteArray why(const api::Result<T> &r)
{
    return r ? QByteArray() : r.error().toString().toUtf8();
}

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void screenshot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("EDGE_TEST_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QVERIFY(w->grab().save(QDir(dir).filePath(name + QStringLiteral(".png"))));
}
} // namespace

class TestConsoleListen : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void listenOptionIsChecked();
    void wildcardDialsThisMachinesAddresses();
    void enrolledNodeConnectsAndShowsOnline();
    void takenPortLeavesTheConsoleWithoutListener();
    void settingsPageStoresTheListener();

private:
    void startConsole(const QString &listen);
    QString createSite(const QString &name);
    widgets::SiteDetailPanel *panel() const
    {
        return m_console->window()->sitesPage()->detailPanel();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<console::Console> m_console;
};

void TestConsoleListen::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    qunsetenv("EDGE_ADMIN_PASSWORD");
}

void TestConsoleListen::init()
{
    QSettings(widgets::ConsoleSettings::organizationName(),
              widgets::ConsoleSettings::applicationName())
        .clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestConsoleListen::cleanup()
{
    m_console.reset();
    m_dir.reset();
}

void TestConsoleListen::startConsole(const QString &listen)
{
    console::ConsoleOptions options;
    options.dataDir = m_dir->filePath(QStringLiteral("data"));
    options.seedDemo = false;
    options.agentListen = listen;
    m_console = std::make_unique<console::Console>(options);
    auto started = m_console->start();
    QVERIFY2(started, why(started).constData());
    QVERIFY(QTest::qWaitForWindowExposed(m_console->window()));
    QTRY_VERIFY_WITH_TIMEOUT(m_console->window()->sitesPage()->model()->isLoaded(), kWaitMs);
}

QString TestConsoleListen::createSite(const QString &name)
{
    api::Site s;
    s.name = name;
    auto site = m_console->window()->connection().inventory->create(s.toRecord());
    if (!site) {
        qWarning().noquote() << "site:" << why(site);
        return {};
    }
    return site->id;
}

void TestConsoleListen::listenOptionIsChecked()
{
    const QString program = QStringLiteral("edge-console");
    auto ok = console::parseOptions(
        {program, QStringLiteral("--listen"), QStringLiteral("0.0.0.0:7443")});
    QVERIFY2(ok, why(ok).constData());
    QCOMPARE(ok->agentListen, QStringLiteral("0.0.0.0:7443"));
    auto anyPort = console::parseOptions({program, QStringLiteral("--listen=127.0.0.1:0")});
    QVERIFY2(anyPort, why(anyPort).constData());
    QCOMPARE(anyPort->agentListen, QStringLiteral("127.0.0.1:0"));
    auto none = console::parseOptions({program});
    QVERIFY(none);
    QVERIFY(none->agentListen.isEmpty());
    for (const char *bad : {"7443", "0.0.0.0:", "0.0.0.0:99999", "host name:7443"}) {
        auto r = console::parseOptions({program, QStringLiteral("--listen"), QLatin1String(bad)});
        QVERIFY2(!r, bad);
        QCOMPARE(r.error().code, api::Code::Usage);
        QVERIFY2(r.error().message.startsWith(QLatin1String("--listen: ")),
                 qPrintable(r.error().message));
    }
}

void TestConsoleListen::wildcardDialsThisMachinesAddresses()
{
    using console::ConsoleConnector;
    QCOMPARE(ConsoleConnector::agentDialAddresses(QStringLiteral("10.1.2.3:7443")),
             QStringList{QStringLiteral("10.1.2.3:7443")});
    QVERIFY(ConsoleConnector::agentDialAddresses(QString()).isEmpty());
    const QStringList dial = ConsoleConnector::agentDialAddresses(QStringLiteral("0.0.0.0:7443"));
    QVERIFY(!dial.isEmpty());
    const QStringList local = ConsoleConnector::localIpv4Addresses();
    for (const QString &a : dial) {
        QVERIFY2(a.endsWith(QLatin1String(":7443")), qPrintable(a));
        QVERIFY2(!a.startsWith(QLatin1String("0.0.0.0")), qPrintable(a));
        QVERIFY2(!a.startsWith(QLatin1String("127.")), qPrintable(a));
    }
    for (const QString &ip : local)
        QVERIFY2(dial.contains(ip + QStringLiteral(":7443")), qPrintable(ip));
}

void TestConsoleListen::enrolledNodeConnectsAndShowsOnline()
{
    startConsole(QStringLiteral("127.0.0.1:0"));
    if (QTest::currentTestFailed())
        return;
    console::ConsoleConnector &connector = m_console->connector();
    const QString address = connector.agentListenAddress();
    QVERIFY2(address.startsWith(QLatin1String("127.0.0.1:")), qPrintable(address));
    QVERIFY(address != QLatin1String("127.0.0.1:0"));
    QVERIFY(connector.agentListenError().isEmpty());

    // The status bar says where agents connect; the settings page says the same.
    QLabel *status = m_console->agentStatusLabel();
    QVERIFY(status);
    QVERIFY(status->isVisible());
    QCOMPARE(status->text(), QStringLiteral("Agents: %1").arg(address));
    widgets::SettingsPage *settings = m_console->window()->settingsPage();
    QVERIFY2(settings->agentListenNote()->text().contains(
                 QStringLiteral("Now listening on %1.").arg(address)),
             qPrintable(settings->agentListenNote()->text()));

    const widgets::HubConnection connection = m_console->window()->connection();
    QCOMPARE(connection.agentHubAddress, address);
    QVERIFY(connection.agentHubOtherAddresses.isEmpty());
    const QString caFile = connection.agentCaFile;
    const QByteArray caPem = readFile(caFile);
    QVERIFY2(caPem.contains("BEGIN CERTIFICATE"), qPrintable(caFile));

    const QString siteId = createSite(QStringLiteral("Cabinet 7"));
    QVERIFY(!siteId.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_console->window()->sitesPage()->selectSite(siteId), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(panel()->createTokenButton()->isEnabled(), kWaitMs);

    // The token dialog: a real address and the CA file, no placeholder.
    widgets::BootstrapTokenDialog *dialog = panel()->openTokenDialog();
    QVERIFY(dialog);
    const QString nodeName = QStringLiteral("cabinet7-node1");
    dialog->nodeNameEdit()->setText(nodeName);
    QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->hasToken(), kWaitMs);
    const QString command = dialog->commandEdit()->toPlainText();
    QVERIFY2(command.contains(QStringLiteral("--hub %1 ").arg(address)), qPrintable(command));
    QVERIFY2(!command.contains(QLatin1String("HUB-HOST")), qPrintable(command));
    QVERIFY2(dialog->tokenEdit()->text().size() > 20, "no token shown");
    const QString note = dialog->findChild<QLabel *>(QStringLiteral("agentCommandNote"))->text();
    QVERIFY2(note.contains(caFile), qPrintable(note));
    QVERIFY2(!note.contains(QLatin1String("does not accept")), qPrintable(note));
    screenshot(dialog, QStringLiteral("listen-token-dialog"));
    const QString token = dialog->tokenEdit()->text();
    dialog->close();

    // The node enrolls over TLS at the listen address, trusting the embedded hub's CA file.
    const QString agentDir = m_dir->filePath(QStringLiteral("agent"));
    QVERIFY(QDir().mkpath(agentDir));
    auto csr = agent::Enrollment::createKeyAndRequest(agentDir, nodeName);
    QVERIFY2(csr, why(csr).constData());
    auto channel = client::Client::secureChannel(address, caFile);
    QVERIFY2(channel, why(channel).constData());
    client::Client remote(*channel, address);
    auto enrolled = remote.enroll(token, nodeName, *csr);
    QVERIFY2(enrolled, why(enrolled).constData());
    QVERIFY(!enrolled->nodeId.isEmpty());
    auto stored = agent::Enrollment::storeCertificate(agentDir, enrolled->certificatePem,
                                                      enrolled->caChainPem);
    QVERIFY2(stored, why(stored).constData());

    // Mutual TLS: the agent's stream with its enrolled key and certificate.
    const Identity identity{readFile(agent::Enrollment::keyPath(agentDir)),
                            enrolled->certificatePem};
    QVERIFY(!identity.keyPem.isEmpty());
    TestAgent agent(address, caPem, identity);
    QVERIFY(agent.hello());
    QTRY_VERIFY_WITH_TIMEOUT(agent.find(v1::HubMessage::kWelcome).has_value(), kWaitMs);
    const v1::Welcome welcome = agent.find(v1::HubMessage::kWelcome)->welcome();
    QCOMPARE(QString::fromStdString(welcome.node_id()), enrolled->nodeId);
    QCOMPARE(welcome.heartbeat_interval_ms(), api::kDefaultHeartbeatIntervalMs); // as edge-hub

    // The site's Nodes tab shows the node online (the panel refreshes node status every 5 s).
    panel()->tabs()->setCurrentIndex(1);
    widgets::RecordListModel *nodes = panel()->nodes();
    auto agentCell = [&]() -> QString {
        for (int r = 0; r < nodes->rowCount(); ++r)
            if (nodes->records().value(r).id == enrolled->nodeId)
                return nodes->index(r, widgets::RecordListModel::kAgentColumn).data().toString();
        return {};
    };
    const QString online = api::nodeStateLabel(api::NodeState::Online);
    QTRY_COMPARE_WITH_TIMEOUT(agentCell(), online, kWaitMs);
    QVERIFY(agent.heartbeat());
    QCOMPARE(agentCell(), online);
    screenshot(m_console->window(), QStringLiteral("listen-nodes-online"));
}

void TestConsoleListen::takenPortLeavesTheConsoleWithoutListener()
{
    QTcpServer squatter;
    QVERIFY(squatter.listen(QHostAddress::LocalHost, 0));
    const QString taken = QStringLiteral("127.0.0.1:%1").arg(squatter.serverPort());

    startConsole(taken);
    if (QTest::currentTestFailed())
        return;
    console::ConsoleConnector &connector = m_console->connector();
    QVERIFY(connector.agentListenAddress().isEmpty());
    const QString error = connector.agentListenError();
    QVERIFY2(error.contains(taken) && error.contains(QLatin1String("in use")), qPrintable(error));

    // Plainly in the status bar, and in Settings; the rest of the console works.
    QLabel *status = m_console->agentStatusLabel();
    QVERIFY(status);
    QVERIFY(status->isVisible());
    QCOMPARE(status->text(), QStringLiteral("Agents: not listening (%1)").arg(taken));
    QVERIFY2(status->toolTip().contains(error), qPrintable(status->toolTip()));
    QCOMPARE(m_console->window()->statusBar()->currentMessage(),
             QStringLiteral("Edge agents cannot connect to this console: %1").arg(error));
    QVERIFY2(m_console->window()->settingsPage()->agentListenNote()->text().contains(
                 QStringLiteral("Now not listening: %1").arg(error)),
             qPrintable(m_console->window()->settingsPage()->agentListenNote()->text()));
    const widgets::HubConnection connection = m_console->window()->connection();
    QVERIFY(connection.agentHubAddress.isEmpty());
    const QString siteId = createSite(QStringLiteral("Cabinet 8"));
    QVERIFY(!siteId.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(m_console->window()->sitesPage()->selectSite(siteId), kWaitMs);

    // The token dialog falls back to the placeholder and says why.
    QTRY_VERIFY_WITH_TIMEOUT(panel()->createTokenButton()->isEnabled(), kWaitMs);
    widgets::BootstrapTokenDialog *dialog = panel()->openTokenDialog();
    QVERIFY(dialog);
    QTest::mouseClick(dialog->createButton(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->hasToken(), kWaitMs);
    QVERIFY(dialog->commandEdit()->toPlainText().contains(QLatin1String("HUB-HOST:PORT")));
    const QString note = dialog->findChild<QLabel *>(QStringLiteral("agentCommandNote"))->text();
    QVERIFY2(note.contains(QLatin1String("does not accept agent connections")), qPrintable(note));
    dialog->close();
    m_console->window()->setPage(widgets::MainWindow::Settings);
    screenshot(m_console->window(), QStringLiteral("listen-port-taken"));
}

void TestConsoleListen::settingsPageStoresTheListener()
{
    // Off by default: no listener, nothing in the status bar.
    startConsole(QString());
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_console->connector().agentListenAddress().isEmpty());
    QVERIFY(m_console->agentStatusLabel());
    QVERIFY(!m_console->agentStatusLabel()->isVisible());
    widgets::SettingsPage *page = m_console->window()->settingsPage();
    m_console->window()->setPage(widgets::MainWindow::Settings);
    QVERIFY(!page->agentListenCheck()->isChecked());
    QCOMPARE(page->agentListenEdit()->text(), QStringLiteral("0.0.0.0:7443"));
    QVERIFY(!page->agentListenEdit()->isEnabled());
    QVERIFY(page->agentListenNote()->text().contains(QLatin1String("at the next start")));
    QVERIFY(page->agentListenNote()->text().contains(QLatin1String("Now not listening.")));

    QVERIFY(QTest::qWaitForWindowExposed(m_console->window()));
    QCheckBox *check = page->agentListenCheck();
    // On the indicator: the box spans the row, its middle is past the text.
    QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(8, check->height() / 2));
    QVERIFY(page->agentListenCheck()->isChecked());
    QVERIFY(page->agentListenEdit()->isEnabled());
    widgets::ConsoleSettings stored;
    QVERIFY(stored.agentListenerEnabled());

    // A bad address is refused and not stored; a good one is.
    page->agentListenEdit()->setText(QStringLiteral("not an address"));
    QMetaObject::invokeMethod(page->agentListenEdit(), "editingFinished");
    auto *error = page->findChild<QLabel *>(QStringLiteral("agentListenError"));
    QVERIFY(error);
    QVERIFY2(error->text().contains(QLatin1String("is not an address to listen on")),
             qPrintable(error->text()));
    QCOMPARE(stored.agentListenAddress(), QStringLiteral("0.0.0.0:7443"));
    page->agentListenEdit()->setText(QStringLiteral("127.0.0.1:0"));
    QMetaObject::invokeMethod(page->agentListenEdit(), "editingFinished");
    QVERIFY(error->text().isEmpty());
    QCOMPARE(stored.agentListenAddress(), QStringLiteral("127.0.0.1:0"));
    screenshot(m_console->window(), QStringLiteral("listen-settings"));

    // At the next start the embedded hub listens there.
    m_console.reset();
    startConsole(QString());
    if (QTest::currentTestFailed())
        return;
    const QString address = m_console->connector().agentListenAddress();
    QVERIFY2(address.startsWith(QLatin1String("127.0.0.1:")) && !address.endsWith(u":0"),
             qPrintable(address));
    QCOMPARE(m_console->agentStatusLabel()->text(), QStringLiteral("Agents: %1").arg(address));
}

QTEST_MAIN(TestConsoleListen)
#include "tst_consolelisten.moc"
