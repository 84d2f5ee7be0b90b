#include "app/console/console.h"

#include "app/console/consoleconnector.h"
#include "backend/sync/syncmanager.h"
#include "translations/i18n.h"
#include "widgets/common/asynctask.h"
#include "widgets/common/changefeed.h"
#include "widgets/common/consolesettings.h"
#include "widgets/common/hubconnector.h"
#include "widgets/views/mainwindow.h"
#include "widgets/views/settingspage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLoggingCategory>
#include <QStatusBar>

Q_LOGGING_CATEGORY(lcConsole, "edge.console")

namespace edge::console {

namespace {
QString tr(const char *text)
{
    // The context lupdate gives tr() calls in this namespace.
    return QCoreApplication::translate("edge::console", text);
}
} // namespace

QString languageArgument(const QStringList &arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if ((a == u"--lang" || a == u"-lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(u"--lang="))
            return a.mid(7);
    }
    return {};
}

api::Result<ConsoleOptions> parseOptions(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("EdgeConsole: manage the regions, sites, cabinets, nodes "
                                        "and devices of edge-computing estates."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption data(QStringList{QStringLiteral("data")},
                                  tr("Data directory of the embedded hub (default: %1).")
                                      .arg(QDir::toNativeSeparators(
                                          widgets::ConsoleSettings::defaultDataDir())),
                                  tr("DIR"));
    const QCommandLineOption
        hub(QStringList{QStringLiteral("hub")},
            tr("Connect to the remote hub at HOST:PORT instead (asks for user and password)."),
            tr("HOST:PORT"));
    const QCommandLineOption
        ca(QStringList{QStringLiteral("ca")},
           tr("CA certificate (PEM) that signed the remote hub's certificate."), tr("FILE"));
    const QCommandLineOption listen(
        QStringList{QStringLiteral("listen")},
        tr("Let edge agents connect to the embedded hub at HOST:PORT, e.g. 0.0.0.0:7443 (TLS, "
           "mutual TLS for agents; default: the setting, else no listener)."),
        tr("HOST:PORT"));
    const QCommandLineOption lang(QStringList{QStringLiteral("lang")},
                                  tr("Language of the console: zh_CN or en (default: the setting, "
                                     "else the system language)."),
                                  tr("LANGUAGE"));
    const QCommandLineOption
        noDemo(QStringList{QStringLiteral("no-demo")},
               tr("Do not seed the demo estate on the first start of a data directory."));
    const QCommandLineOption bench(QStringList{QStringLiteral("bench-startup")},
                                   tr("Print {\"startup_ms\": N} when the Sites page is first "
                                      "painted with its rows, then quit."));
    QCommandLineOption screenshot(
        QStringList{QStringLiteral("screenshot")},
        QStringLiteral(
            "Save a picture of the window to FILE once the Sites page is loaded, then quit."),
        QStringLiteral("FILE"));
    screenshot.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption
        screenshotView(QStringList{QStringLiteral("screenshot-view")},
                       QStringLiteral(
                           "What --screenshot shows: sites (default), site-nodes, node, "
                           "node-metrics, token, wizard, batch, settings, survey, conflicts, "
                           "commissioning, commissioning-report."),
                       QStringLiteral("VIEW"));
    screenshotView.setFlags(QCommandLineOption::HiddenFromHelp);
    for (const QCommandLineOption &o :
         {data, hub, ca, listen, lang, noDemo, bench, screenshot, screenshotView})
        parser.addOption(o);

    if (!parser.parse(arguments))
        return api::fail(api::Code::Usage, parser.errorText() + QLatin1Char('\n')
                                               + tr("Run %1 --help for the options.")
                                                     .arg(QFileInfo(arguments.value(0)).fileName()));
    if (!parser.positionalArguments().isEmpty())
        return api::fail(api::Code::Usage,
                         tr("Unexpected argument '%1'. Run with --help for the options.")
                             .arg(parser.positionalArguments().first()));
    ConsoleOptions o;
    o.showHelp = parser.isSet(help) || parser.isSet(QStringLiteral("help-all"));
    o.showVersion = parser.isSet(version);
    o.helpText = parser.helpText();
    o.dataDir = parser.value(data);
    o.hubHostPort = parser.value(hub);
    o.caFile = parser.value(ca);
    o.agentListen = parser.value(listen).trimmed();
    o.languageGiven = parser.isSet(lang);
    o.language = parser.value(lang);
    o.seedDemo = !parser.isSet(noDemo);
    o.benchStartup = parser.isSet(bench);
    o.screenshot = parser.value(screenshot);
    o.screenshotView = parser.value(screenshotView);
    if (o.languageGiven && !i18n::available().contains(o.language))
        return api::fail(api::Code::Usage,
                         tr("--lang: unknown language '%1'; use one of: %2.")
                             .arg(o.language, i18n::available().join(QStringLiteral(", "))),
                         {}, QStringLiteral("lang"));
    if (parser.isSet(data) && o.dataDir.trimmed().isEmpty())
        return api::fail(api::Code::Usage, tr("--data: give a directory."), {},
                         QStringLiteral("data"));
    if (!o.hubHostPort.isEmpty()) {
        if (const QString problem = widgets::checkHostPort(o.hubHostPort); !problem.isEmpty())
            return api::fail(api::Code::Usage, QStringLiteral("--hub: ") + problem, {},
                             QStringLiteral("hub"));
    }
    if (parser.isSet(listen)) {
        if (const QString problem = widgets::SettingsPage::checkListenAddress(o.agentListen);
            !problem.isEmpty())
            return api::fail(api::Code::Usage, QStringLiteral("--listen: ") + problem, {},
                             QStringLiteral("listen"));
    }
    if (parser.isSet(ca) && o.hubHostPort.isEmpty())
        return api::fail(api::Code::Usage, tr("--ca only makes sense with --hub."), {},
                         QStringLiteral("ca"));
    return o;
}

Console::Console(const ConsoleOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{
    widgets::ConsoleSettings settings;
    m_dataDir = !options.dataDir.isEmpty()      ? options.dataDir
                : !settings.dataDir().isEmpty() ? settings.dataDir()
                                                : widgets::ConsoleSettings::defaultDataDir();
    m_dataDir = QDir(m_dataDir).absolutePath();
    applyLanguage(options.languageGiven ? options.language : settings.language());
    const QString listen = !options.agentListen.isEmpty()    ? options.agentListen
                           : settings.agentListenerEnabled() ? settings.agentListenAddress()
                                                             : QString();
    m_connector = std::make_unique<ConsoleConnector>(m_dataDir, options.seedDemo, listen);
}

Console::~Console()
{
    // The window first (its change feed unsubscribes), then every background call, then the hub.
    m_window.reset();
    widgets::AsyncTask::waitForAll();
    m_sync.reset(); // cancels a sync in flight and waits for it
    m_connector->shutdown();
}

bool Console::applyLanguage(const QString &language)
{
    auto *app = QCoreApplication::instance();
    if (!app)
        return false;
    if (!i18n::install(*app, language)) {
        qCWarning(lcConsole) << "language" << language << "is not available; keeping"
                             << i18n::current(*app);
        return false;
    }
    updateAgentStatus();
    return true;
}

void Console::updateAgentStatus()
{
    if (!m_window)
        return;
    const QString requested = m_connector->agentListenRequested();
    const QString address = m_connector->agentListenAddress();
    const QString error = m_connector->agentListenError();
    m_window->settingsPage()->setAgentListenerState(requested, address, error);
    if (!m_agentStatus) {
        m_agentStatus = new QLabel(m_window.get());
        m_agentStatus->setObjectName(QStringLiteral("agentListenerStatus"));
        m_agentStatus->setContentsMargins(10, 0, 10, 0);
        m_window->statusBar()->addPermanentWidget(m_agentStatus);
    }
    if (!address.isEmpty()) {
        m_agentStatus->setText(tr("Agents: %1").arg(address));
        m_agentStatus->setToolTip(
            tr("Edge agents can connect to this console at %1 (TLS, mutual TLS for agents).")
                .arg(ConsoleConnector::agentDialAddresses(address).join(QStringLiteral(", "))));
        m_agentStatus->setStyleSheet(QString());
    } else if (!error.isEmpty()) {
        // Short in the status bar (it shares the line); the whole reason in its tool tip, in a
        // message at start and on the Settings page.
        m_agentStatus->setText(tr("Agents: not listening (%1)").arg(requested));
        m_agentStatus->setToolTip(tr("Edge agents cannot connect to this console: %1 Free the "
                                     "port or choose another address in Settings, then restart "
                                     "the console.")
                                      .arg(error));
        m_agentStatus->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
    }
    m_agentStatus->setVisible(!address.isEmpty() || !error.isEmpty());
}

void Console::startSync()
{
    auto manager = m_connector->createSyncManager(m_clock);
    if (!manager) {
        qCWarning(lcConsole) << "no sync:" << manager.error().toString();
        return;
    }
    m_sync = std::move(*manager);
    widgets::ConsoleSettings settings;
    const widgets::ConsoleSettings::RemoteHub hub = settings.syncHub();
    if (!hub.hostPort.isEmpty())
        m_sync->setHub({hub.hostPort, hub.caFile, hub.userName, {}});
    // Local changes (and applied ones) may leave something to send: the manager checks.
    connect(m_window->changeFeed(), &widgets::ChangeFeed::changes, m_sync.get(),
            [this] { m_sync->localChanged(); });
    m_window->setSyncControl(m_sync.get());
}

api::Result<void> Console::start()
{
    m_window = std::make_unique<widgets::MainWindow>(*m_connector);
    connect(m_window.get(), &widgets::MainWindow::languageRequested, this, &Console::applyLanguage);
    widgets::ConsoleSettings settings;
    m_window->settingsPage()->setLanguage(m_options.languageGiven ? m_options.language
                                                                  : settings.language());
    m_window->settingsPage()->setCurrentDataDir(m_dataDir);
    updateAgentStatus();

    if (!m_options.hubHostPort.isEmpty()) {
        m_window->show();
        m_window->openConnectDialog(m_options.hubHostPort, m_options.caFile);
        return {};
    }
    auto connection = m_connector->connectEmbedded();
    if (!connection)
        return std::unexpected(connection.error());
    m_window->setConnection(*connection);
    startSync();
    updateAgentStatus();
    if (const QString error = m_connector->agentListenError(); !error.isEmpty())
        m_window->statusBar()
            ->showMessage(tr("Edge agents cannot connect to this console: %1").arg(error), 60'000);
    m_window->show();
    return {};
}

} // namespace edge::console
