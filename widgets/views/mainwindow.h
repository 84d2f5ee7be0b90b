#pragma once

#include "widgets/common/changefeed.h"
#include "widgets/common/consolesettings.h"
#include "widgets/common/hubconnector.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace edge::widgets {

class ConnectHubDialog;
class SettingsPage;
class SitesPage;
class SurveyPage;

// The console's main window: navigation on the left, one page per area, a status bar naming the
// hub, the connection state and the signed-in user.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    enum Page {
        Sites,
        Topology,
        Survey,
        Commissioning,
        Apps,
        Monitoring,
        Logs,
        Reports,
        Settings,
        PageCount
    };
    Q_ENUM(Page)

    explicit MainWindow(HubConnector &connector, QWidget *parent = nullptr);
    ~MainWindow() override;

    void setConnection(const HubConnection &connection);
    const HubConnection &connection() const { return m_connection; }

    void setPage(Page page);
    Page currentPage() const;

    SitesPage *sitesPage() const { return m_sites; }
    SurveyPage *surveyPage() const { return m_survey; }
    SettingsPage *settingsPage() const { return m_settingsPage; }
    ChangeFeed *changeFeed() const { return m_feed; }
    QListWidget *navigation() const { return m_nav; }
    QLabel *hubStatusLabel() const { return m_hubLabel; }
    QLabel *connectionStatusLabel() const { return m_stateLabel; }
    QLabel *userStatusLabel() const { return m_userLabel; }
    QAction *connectRemoteAction() const { return m_connectRemote; }

    // Opens the remote hub dialog, optionally filled in (non-blocking).
    ConnectHubDialog *openConnectDialog(const QString &hostPort = {}, const QString &caFile = {},
                                        const QString &userName = {});
    // Switches back to the embedded hub (in the background).
    void connectEmbedded();

    // A one-line description of a hub for titles and the status bar (translated).
    static QString describe(const HubConnection &connection);

Q_SIGNALS:
    void languageRequested(const QString &language);
    void connectionChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildMenus();
    void updateStatus();
    void updateConnectionState();
    void retranslateUi();
    void showAbout();

    HubConnector &m_connector;
    ConsoleSettings m_settings;
    HubConnection m_connection;
    QString m_lastStreamError;

    ChangeFeed *m_feed = nullptr;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    SitesPage *m_sites = nullptr;
    SurveyPage *m_survey = nullptr;
    SettingsPage *m_settingsPage = nullptr;

    QLabel *m_hubLabel = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_userLabel = nullptr;

    QMenu *m_hubMenu = nullptr;
    QMenu *m_sitesMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_connectRemote = nullptr;
    QAction *m_useEmbedded = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_about = nullptr;
};

} // namespace edge::widgets
