#pragma once

#include "backend/api/clock.h"
#include "backend/api/error.h"

#include <QObject>
#include <QString>
#include <QStringList>
#include <memory>

class QLabel;

namespace edge::widgets {
class MainWindow;
}

namespace edge::sync {
class SyncManager;
}

namespace edge::console {

class ConsoleConnector;

struct ConsoleOptions {
    QString dataDir;     // empty: the setting, else QStandardPaths::AppDataLocation
    QString hubHostPort; // --hub: start connected to a remote hub (asks for user and password)
    QString caFile;      // --ca
    // --listen HOST:PORT: the embedded hub listens there for edge agents (else the setting).
    QString agentListen;
    QString language; // --lang: "zh_CN", "en"; empty: the setting, else the system language
    bool languageGiven = false;
    bool seedDemo = true; // --no-demo turns it off
    bool benchStartup = false;
    QString screenshot; // hidden --screenshot FILE
    // hidden --screenshot-view: sites (default), site-nodes, node, node-metrics, token, wizard,
    // settings
    QString screenshotView;
    bool showHelp = false;
    bool showVersion = false;
    QString helpText;
};

// Parses the command line (arguments()[0] is the program). Usage errors come back as Code::Usage
// with a message naming the option.
api::Result<ConsoleOptions> parseOptions(const QStringList &arguments);

// The language named by --lang in `arguments` (before full parsing, so help texts can be
// translated), or empty.
QString languageArgument(const QStringList &arguments);

// The console composed: settings, language, the HubConnector (embedded hub and remote clients)
// and the main window. Destroying it closes the window, waits for background calls and stops the
// embedded hub, in that order.
class Console : public QObject {
    Q_OBJECT
public:
    explicit Console(const ConsoleOptions &options, QObject *parent = nullptr);
    ~Console() override;

    // Opens the embedded hub (or, with --hub, the connect dialog) and shows the window.
    api::Result<void> start();

    widgets::MainWindow *window() const { return m_window.get(); }
    ConsoleConnector &connector() const { return *m_connector; }
    // The sync of the embedded store (issue 5), once start() opened it; else null.
    sync::SyncManager *syncManager() const { return m_sync.get(); }
    QString dataDir() const { return m_dataDir; }
    // Installs the translation for `language` ("zh_CN", "en", "" = system) at run time.
    bool applyLanguage(const QString &language);
    // The status bar's agent listener label ("Agents: 0.0.0.0:7443" or why there is none).
    QLabel *agentStatusLabel() const { return m_agentStatus; }

private:
    void updateAgentStatus();
    void startSync();

    ConsoleOptions m_options;
    QString m_dataDir;
    std::unique_ptr<ConsoleConnector> m_connector;
    std::unique_ptr<widgets::MainWindow> m_window;
    api::SystemClock m_clock;
    std::unique_ptr<sync::SyncManager> m_sync;
    QLabel *m_agentStatus = nullptr; // owned by the window's status bar
};

} // namespace edge::console
