#pragma once

#include "widgets/common/changefeed.h"
#include "widgets/common/consolesettings.h"
#include "widgets/common/hubconnector.h"

#include "backend/api/synccontrol.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QMessageBox;
class QStackedWidget;

namespace edge::widgets {

class CommissioningPage;
class ConflictsPage;
class ConnectHubDialog;
class SettingsPage;
class SyncDialog;
class SyncStatusWidget;
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
        Conflicts,
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
    CommissioningPage *commissioningPage() const { return m_commissioning; }
    SettingsPage *settingsPage() const { return m_settingsPage; }
    ConflictsPage *conflictsPage() const { return m_conflicts; }
    SyncStatusWidget *syncStatusWidget() const { return m_syncStatus; }
    ChangeFeed *changeFeed() const { return m_feed; }
    QListWidget *navigation() const { return m_nav; }
    QLabel *hubStatusLabel() const { return m_hubLabel; }
    QLabel *connectionStatusLabel() const { return m_stateLabel; }
    QLabel *userStatusLabel() const { return m_userLabel; }
    QAction *connectRemoteAction() const { return m_connectRemote; }
    QAction *syncNowAction() const { return m_syncNow; }
    QAction *exportBundleAction() const { return m_exportBundle; }
    QAction *importBundleAction() const { return m_importBundle; }

    // Sync of the embedded store (issue 5); null hides the sync actions. Not owned.
    void setSyncControl(api::SyncControl *sync);
    api::SyncControl *syncControl() const { return m_sync; }
    // Sync Now: syncs at once when signed in this session, else opens the sync dialog (returned).
    SyncDialog *syncNow();
    SyncDialog *openSyncDialog();
    // Export / import without the file dialogs (the actions ask for the file, then call these).
    void exportBundleTo(const QString &path);
    void importBundleFrom(const QString &path);
    // The message box of the last failed sync, export or import, while it is open.
    QMessageBox *syncMessageBox() const;

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
    void onSyncFinished(bool ok, const QString &message, const api::SyncSummary &summary);
    void updateConflictsResolver();
    void updateSyncActions();
    void setConflictCount(int count);

    HubConnector &m_connector;
    ConsoleSettings m_settings;
    HubConnection m_connection;
    QString m_lastStreamError;

    ChangeFeed *m_feed = nullptr;
    QListWidget *m_nav = nullptr;
    QStackedWidget *m_stack = nullptr;
    SitesPage *m_sites = nullptr;
    SurveyPage *m_survey = nullptr;
    CommissioningPage *m_commissioning = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    ConflictsPage *m_conflicts = nullptr;
    SyncStatusWidget *m_syncStatus = nullptr;
    QPointer<api::SyncControl> m_sync;
    QPointer<QMessageBox> m_syncMessage;
    int m_conflictCount = 0;

    QLabel *m_hubLabel = nullptr;
    QLabel *m_stateLabel = nullptr;
    QLabel *m_userLabel = nullptr;

    QMenu *m_hubMenu = nullptr;
    QMenu *m_sitesMenu = nullptr;
    QMenu *m_syncMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_syncNow = nullptr;
    QAction *m_exportBundle = nullptr;
    QAction *m_importBundle = nullptr;
    QAction *m_connectRemote = nullptr;
    QAction *m_useEmbedded = nullptr;
    QAction *m_quit = nullptr;
    QAction *m_about = nullptr;
};

} // namespace edge::widgets
