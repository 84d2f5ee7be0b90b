#include "widgets/views/mainwindow.h"

#include "widgets/common/asynctask.h"
#include "widgets/dialogs/connecthubdialog.h"
#include "widgets/dialogs/limitsetsdialog.h"
#include "widgets/dialogs/syncdialog.h"
#include "widgets/views/commissioningpage.h"
#include "widgets/views/conflictspage.h"
#include "widgets/views/placeholderpage.h"
#include "widgets/views/settingspage.h"
#include "widgets/views/sitespage.h"
#include "widgets/views/surveypage.h"
#include "widgets/views/syncstatuswidget.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

namespace edge::widgets {

namespace {

struct PageInfo {
    QStyle::StandardPixmap icon;
    const char *title;       // navigation label
    const char *placeholder; // what a page not built yet will do (null for built pages)
};

// Navigation labels are translated in the MainWindow context, descriptions in PlaceholderPage's.
const PageInfo kPages[MainWindow::PageCount] = {
    {QStyle::SP_DirHomeIcon, QT_TRANSLATE_NOOP("edge::widgets::MainWindow", "Sites"), nullptr},
    {QStyle::SP_DriveNetIcon, QT_TRANSLATE_NOOP("edge::widgets::MainWindow", "Topology"),
     QT_TRANSLATE_NOOP(
         "edge::widgets::PlaceholderPage",
         "Topology will draw how regions, sites, cabinets, nodes and devices connect, "
         "and let you explore the estate as a diagram.")},
    {QStyle::SP_FileDialogContentsView, QT_TRANSLATE_NOOP("edge::widgets::MainWindow", "Survey"),
     nullptr},
    {QStyle::SP_DialogApplyButton, QT_TRANSLATE_NOOP("edge::widgets::MainWindow", "Commissioning"),
     nullptr},
    {QStyle::SP_ComputerIcon, QT_TRANSLATE_NOOP("edge::widgets::MainWindow", "Apps"),
     QT_TRANSLATE_NOOP("edge::widgets::PlaceholderPage",
                       "Apps will deploy edge applications (containers) to the nodes of your sites "
                       "and keep them running.")},
    {QStyle::SP_MessageBoxWarning, QT_TRANSLATE_NOOP("edge::widgets::MainWindow", "Monitoring"),
     QT_TRANSLATE_NOOP(
         "edge::widgets::PlaceholderPage",
         "Monitoring will show live readings and alarms from UPS, PDU, air conditioning "
         "and environment sensors.")},
    {QStyle::SP_FileDialogListView, QT_TRANSLATE_NOOP("edge::widgets::MainWindow", "Logs"),
     QT_TRANSLATE_NOOP(
         "edge::widgets::PlaceholderPage",
         "Logs will show who changed what and when, and the logs collected from nodes "
         "and devices.")},
    {QStyle::SP_FileIcon, QT_TRANSLATE_NOOP("edge::widgets::MainWindow", "Reports"),
     QT_TRANSLATE_NOOP(
         "edge::widgets::PlaceholderPage",
         "Reports will produce PDF reports on sites, inventory and health, to print or "
         "send.")},
    {QStyle::SP_MessageBoxQuestion, QT_TRANSLATE_NOOP("edge::widgets::MainWindow", "Conflicts"),
     nullptr},
    {QStyle::SP_FileDialogDetailedView, QT_TRANSLATE_NOOP("edge::widgets::MainWindow", "Settings"),
     nullptr},
};

} // namespace

MainWindow::MainWindow(HubConnector &connector, QWidget *parent)
    : QMainWindow(parent)
    , m_connector(connector)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_feed = new ChangeFeed(this);

    auto *central = new QWidget(this);
    auto *row = new QHBoxLayout(central);
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);

    m_nav = new QListWidget(central);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setIconSize(QSize(20, 20));
    m_nav->setSpacing(2);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_nav->setAutoFillBackground(true);
    QPalette np = m_nav->palette();
    np.setColor(QPalette::Base, np.color(QPalette::Window).darker(104));
    m_nav->setPalette(np);
    for (int i = 0; i < PageCount; ++i) {
        auto *item = new QListWidgetItem(style()->standardIcon(kPages[i].icon), QString(), m_nav);
        item->setSizeHint(QSize(0, fontMetrics().height() + 18));
    }
    row->addWidget(m_nav);

    m_stack = new QStackedWidget(central);
    m_sites = new SitesPage(m_feed, m_stack);
    m_survey = new SurveyPage(m_feed, m_stack);
    m_commissioning = new CommissioningPage(m_feed, m_stack);
    m_settingsPage = new SettingsPage(m_stack);
    m_conflicts = new ConflictsPage(m_stack);
    for (int i = 0; i < PageCount; ++i) {
        if (i == Conflicts)
            m_stack->addWidget(m_conflicts);
        else if (i == Sites)
            m_stack->addWidget(m_sites);
        else if (i == Survey)
            m_stack->addWidget(m_survey);
        else if (i == Commissioning)
            m_stack->addWidget(m_commissioning);
        else if (i == Settings)
            m_stack->addWidget(m_settingsPage);
        else
            m_stack->addWidget(new PlaceholderPage(kPages[i].title, kPages[i].placeholder, m_stack));
    }
    row->addWidget(m_stack, 1);
    setCentralWidget(central);
    connect(m_nav, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    // Commissioning starts from the cabinet of the site selected on the Sites page.
    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int page) {
        if (page == Commissioning)
            m_commissioning->preferSite(m_sites->selectedSiteId());
    });

    // Status bar: sync (when there is a sync control), hub, connection state, user.
    m_syncStatus = new SyncStatusWidget(this);
    m_syncStatus->setVisible(false);
    statusBar()->addPermanentWidget(m_syncStatus);
    m_hubLabel = new QLabel(this);
    m_hubLabel->setObjectName(QStringLiteral("hubStatus"));
    m_stateLabel = new QLabel(this);
    m_stateLabel->setObjectName(QStringLiteral("connectionStatus"));
    m_userLabel = new QLabel(this);
    m_userLabel->setObjectName(QStringLiteral("userStatus"));
    for (QLabel *l : {m_hubLabel, m_stateLabel, m_userLabel}) {
        l->setContentsMargins(10, 0, 10, 0);
        if (l != m_hubLabel) {
            auto *line = new QFrame(this);
            line->setFrameShape(QFrame::VLine);
            line->setFrameShadow(QFrame::Sunken);
            statusBar()->addPermanentWidget(line);
        }
        statusBar()->addPermanentWidget(l);
    }

    buildMenus();

    connect(m_feed, &ChangeFeed::stateChanged, this, &MainWindow::updateConnectionState);
    connect(m_feed, &ChangeFeed::streamError, this, [this](const QString &message) {
        m_lastStreamError = message;
        updateConnectionState();
    });
    connect(m_sites, &SitesPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_survey, &SurveyPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_commissioning, &CommissioningPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_conflicts, &ConflictsPage::statusMessage, this,
            [this](const QString &message) { statusBar()->showMessage(message, 8000); });
    connect(m_conflicts, &ConflictsPage::countChanged, this, &MainWindow::setConflictCount);
    connect(m_syncStatus, &SyncStatusWidget::syncRequested, this, [this] { syncNow(); });
    // Conflicts come and go with every change of the store (a sync applies operations too).
    connect(m_feed, &ChangeFeed::changes, m_conflicts, &ConflictsPage::refresh);
    connect(m_settingsPage, &SettingsPage::languageRequested, this, &MainWindow::languageRequested);
    connect(m_settingsPage, &SettingsPage::connectRequested, this,
            [this](const QString &hostPort, const QString &caFile, const QString &user) {
                openConnectDialog(hostPort, caFile, user);
            });
    connect(m_settingsPage, &SettingsPage::surveyLimitsRequested, this, [this] {
        if (!m_connection.isValid())
            return;
        auto *dialog = new LimitSetsDialog(m_connection.inventory, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });

    m_nav->setCurrentRow(Sites);
    retranslateUi();
    resize(1320, 820);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildMenus()
{
    m_hubMenu = menuBar()->addMenu(QString());
    m_connectRemote = m_hubMenu->addAction(style()->standardIcon(QStyle::SP_DriveNetIcon),
                                           QString());
    m_connectRemote->setObjectName(QStringLiteral("connectRemoteAction"));
    m_connectRemote->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_useEmbedded = m_hubMenu->addAction(style()->standardIcon(QStyle::SP_DriveHDIcon), QString());
    m_useEmbedded->setObjectName(QStringLiteral("useEmbeddedAction"));
    m_hubMenu->addSeparator();
    m_quit = m_hubMenu->addAction(QString());
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_connectRemote, &QAction::triggered, this, [this] { openConnectDialog(); });
    connect(m_useEmbedded, &QAction::triggered, this, &MainWindow::connectEmbedded);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_sitesMenu = menuBar()->addMenu(QString());
    m_sitesMenu->addAction(m_sites->addAction());
    m_sitesMenu->addAction(m_sites->editAction());
    m_sitesMenu->addAction(m_sites->deleteAction());
    m_sitesMenu->addSeparator();
    m_sitesMenu->addAction(m_sites->findAction());
    m_sitesMenu->addAction(m_sites->refreshAction());
    // The window-wide shortcuts bring the Sites page forward first.
    for (QAction *a : {m_sites->addAction(), m_sites->editAction(), m_sites->findAction(),
                       m_sites->refreshAction()})
        connect(a, &QAction::triggered, this, [this] { setPage(Sites); });

    m_syncMenu = menuBar()->addMenu(QString());
    m_syncNow = m_syncMenu->addAction(style()->standardIcon(QStyle::SP_BrowserReload), QString());
    m_syncNow->setObjectName(QStringLiteral("syncNowAction"));
    m_syncNow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Y));
    m_syncMenu->addSeparator();
    m_exportBundle = m_syncMenu->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton),
                                           QString());
    m_exportBundle->setObjectName(QStringLiteral("exportBundleAction"));
    m_importBundle = m_syncMenu->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton),
                                           QString());
    m_importBundle->setObjectName(QStringLiteral("importBundleAction"));
    connect(m_syncNow, &QAction::triggered, this, [this] { syncNow(); });
    connect(m_exportBundle, &QAction::triggered, this, [this] {
        const QString name = QStringLiteral("edge-sync-%1.bundle")
                                 .arg(QDateTime::currentDateTime().toString(
                                     QStringLiteral("yyyyMMdd-HHmm")));
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Export Sync Bundle"),
                                         QDir::home().filePath(name),
                                         tr("Sync bundles (*.bundle);;All files (*)"));
        if (!path.isEmpty())
            exportBundleTo(path);
    });
    connect(m_importBundle, &QAction::triggered, this, [this] {
        const QString path =
            QFileDialog::getOpenFileName(this, tr("Import Sync Bundle"), QDir::homePath(),
                                         tr("Sync bundles (*.bundle);;All files (*)"));
        if (!path.isEmpty())
            importBundleFrom(path);
    });
    updateSyncActions();

    m_helpMenu = menuBar()->addMenu(QString());
    m_about = m_helpMenu->addAction(QString());
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
}

void MainWindow::setConnection(const HubConnection &connection)
{
    m_connection = connection;
    m_lastStreamError.clear();
    m_feed->setHub(connection.inventory, connection.accounts);
    m_sites->setConnection(connection);
    m_survey->setConnection(connection);
    m_commissioning->setConnection(connection);
    updateConflictsResolver();
    if (connection.embedded)
        m_settingsPage->setCurrentDataDir(connection.location);
    updateStatus();
    Q_EMIT connectionChanged();
}

void MainWindow::setSyncControl(api::SyncControl *sync)
{
    if (m_sync)
        disconnect(m_sync, nullptr, this, nullptr);
    m_sync = sync;
    m_syncStatus->setSyncControl(sync);
    if (sync) {
        connect(sync, &api::SyncControl::finished, this, &MainWindow::onSyncFinished);
        connect(sync, &api::SyncControl::stateChanged, this, &MainWindow::updateSyncActions);
        connect(sync, &api::SyncControl::conflictsChanged, m_conflicts, &ConflictsPage::refresh);
    }
    updateSyncActions();
    updateConflictsResolver();
}

QMessageBox *MainWindow::syncMessageBox() const { return m_syncMessage; }

void MainWindow::updateSyncActions()
{
    const bool has = !m_sync.isNull();
    const bool idle = has && m_sync->state() == api::SyncControl::State::Idle;
    m_syncMenu->menuAction()->setVisible(has);
    for (QAction *a : {m_syncNow, m_exportBundle, m_importBundle})
        a->setEnabled(idle);
}

void MainWindow::updateConflictsResolver()
{
    // The hub the console shows: a remote hub's own conflicts, or the embedded store's.
    std::shared_ptr<api::ConflictResolver> resolver = m_connection.conflicts;
    if (!resolver && m_sync && (!m_connection.isValid() || m_connection.embedded))
        resolver = m_sync->conflictResolver();
    m_conflicts->setResolver(resolver);
}

void MainWindow::setConflictCount(int count)
{
    m_conflictCount = count;
    if (QListWidgetItem *item = m_nav->item(Conflicts)) {
        const QString title = tr(kPages[Conflicts].title);
        item->setText(count > 0 ? tr("%1 (%2)").arg(title).arg(count) : title);
        item->setForeground(count > 0 ? QBrush(QColor(0xb3, 0x26, 0x1e)) : QBrush());
        item->setToolTip(count > 0 ? tr("%1 open conflicts need a decision.").arg(count)
                                   : QString());
    }
}

SyncDialog *MainWindow::syncNow()
{
    if (!m_sync || m_sync->state() != api::SyncControl::State::Idle)
        return nullptr;
    if (m_sync->isSignedIn() && !m_sync->hub().hostPort.isEmpty()) {
        m_sync->syncNow();
        return nullptr;
    }
    return openSyncDialog();
}

SyncDialog *MainWindow::openSyncDialog()
{
    if (!m_sync)
        return nullptr;
    api::SyncHubParams initial = m_sync->hub();
    if (initial.hostPort.isEmpty()) {
        const ConsoleSettings::RemoteHub saved = m_settings.syncHub();
        initial.hostPort = saved.hostPort;
        initial.caFile = saved.caFile;
        initial.userName = saved.userName;
    }
    auto *dialog = new SyncDialog(m_sync, initial, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SyncDialog::remember, this,
            [this](const QString &hp, const QString &ca, const QString &user) {
                m_settings.setSyncHub({hp, ca, user});
            });
    dialog->open();
    return dialog;
}

void MainWindow::exportBundleTo(const QString &path)
{
    if (m_sync)
        m_sync->exportBundle(path);
}

void MainWindow::importBundleFrom(const QString &path)
{
    if (m_sync)
        m_sync->importBundle(path);
}

void MainWindow::onSyncFinished(bool ok, const QString &message, const api::SyncSummary &summary)
{
    updateSyncActions();
    m_conflicts->refresh();
    if (ok) {
        statusBar()->showMessage(message, 10'000);
        return;
    }
    // A failed sync shows in the status bar's sync part (and in the dialog when one is open);
    // a failed export or import is answered with a message box, since the person just asked.
    if (summary.kind == api::SyncSummary::Kind::Sync) {
        statusBar()->showMessage(message, 10'000);
        return;
    }
    if (m_syncMessage)
        m_syncMessage->close();
    auto *box = new QMessageBox(QMessageBox::Warning,
                                summary.kind == api::SyncSummary::Kind::Import
                                    ? tr("Import Sync Bundle")
                                    : tr("Export Sync Bundle"),
                                message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("syncMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    m_syncMessage = box;
    box->open();
}

void MainWindow::setPage(Page page) { m_nav->setCurrentRow(page); }

MainWindow::Page MainWindow::currentPage() const { return Page(m_stack->currentIndex()); }

QString MainWindow::describe(const HubConnection &c)
{
    if (!c.isValid())
        return tr("no hub");
    if (c.embedded)
        return tr("embedded hub (%1)").arg(QDir::toNativeSeparators(c.location));
    return tr("remote hub %1").arg(c.location);
}

ConnectHubDialog *MainWindow::openConnectDialog(const QString &hostPort, const QString &caFile,
                                                const QString &userName)
{
    auto *dialog = new ConnectHubDialog(m_connector, m_settings.remoteHubs(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!hostPort.isEmpty())
        dialog->setHostPort(hostPort);
    if (!caFile.isEmpty())
        dialog->setCaFile(caFile);
    if (!userName.isEmpty())
        dialog->setUserName(userName);
    connect(dialog, &ConnectHubDialog::remember, this,
            [this](const QString &hp, const QString &ca, const QString &user) {
                m_settings.addRemoteHub({hp, ca, user});
                m_settingsPage->reloadHistory();
            });
    connect(dialog, &ConnectHubDialog::connected, this, [this](const HubConnection &c) {
        setConnection(c);
        setPage(Sites);
        statusBar()->showMessage(tr("Connected to %1.").arg(describe(c)), 8000);
    });
    dialog->open();
    return dialog;
}

void MainWindow::connectEmbedded()
{
    if (m_connection.isValid() && m_connection.embedded)
        return;
    statusBar()->showMessage(tr("Opening the embedded hub…"));
    HubConnector *connector = &m_connector;
    AsyncTask::run(
        this, [connector] { return connector->connectEmbedded(); },
        [this](api::Result<HubConnection> result) {
            if (!result) {
                statusBar()->clearMessage();
                auto *box = new QMessageBox(QMessageBox::Critical, tr("Embedded Hub"),
                                            tr("The embedded hub could not be opened: %1")
                                                .arg(result.error().message),
                                            QMessageBox::Ok, this);
                box->setDetailedText(result.error().detail);
                box->setAttribute(Qt::WA_DeleteOnClose);
                box->open();
                return;
            }
            setConnection(*result);
            setPage(Sites);
            statusBar()->showMessage(tr("Connected to %1.").arg(describe(*result)), 8000);
        });
}

void MainWindow::updateStatus()
{
    const QString hub = describe(m_connection);
    setWindowTitle(tr("EdgeConsole — %1").arg(hub));
    if (!m_connection.isValid()) {
        m_hubLabel->setText(tr("No hub"));
        m_hubLabel->setToolTip({});
    } else if (m_connection.embedded) {
        m_hubLabel->setText(
            tr("Embedded hub: %1").arg(QDir::toNativeSeparators(m_connection.location)));
        m_hubLabel->setToolTip(tr("The hub built into this console, keeping its data in %1")
                                   .arg(QDir::toNativeSeparators(m_connection.location)));
    } else {
        m_hubLabel->setText(tr("Remote hub: %1").arg(m_connection.location));
        m_hubLabel->setToolTip(tr("Connected over TLS to the hub at %1").arg(m_connection.location));
    }
    if (m_connection.isValid())
        m_userLabel->setText(tr("Signed in as %1 (%2)")
                                 .arg(m_connection.userName, api::roleLabel(m_connection.role)));
    else
        m_userLabel->setText(tr("Not signed in"));
    m_useEmbedded->setEnabled(!(m_connection.isValid() && m_connection.embedded));
    updateConnectionState();
}

void MainWindow::updateConnectionState()
{
    const ChangeFeed::State state = m_feed->state();
    QColor dot;
    switch (state) {
    case ChangeFeed::State::Connected: dot = QColor(0x2e, 0x7d, 0x32); break;
    case ChangeFeed::State::Connecting:
    case ChangeFeed::State::Reconnecting: dot = QColor(0xef, 0x8f, 0x00); break;
    case ChangeFeed::State::Disconnected: dot = QColor(0xc6, 0x28, 0x28); break;
    case ChangeFeed::State::Idle: dot = QColor(0x75, 0x75, 0x75); break;
    }
    m_stateLabel->setText(QStringLiteral("<span style=\"color:%1\">●</span> %2")
                              .arg(dot.name(), ChangeFeed::stateLabel(state).toHtmlEscaped()));
    m_stateLabel->setProperty("state", QVariant::fromValue(state));
    m_stateLabel->setToolTip(state == ChangeFeed::State::Connected || m_lastStreamError.isEmpty()
                                 ? QString()
                                 : tr("Last error: %1").arg(m_lastStreamError));
}

void MainWindow::showAbout()
{
    auto *box =
        new QMessageBox(QMessageBox::Information, tr("About EdgeConsole"),
                        tr("<b>EdgeConsole %1</b><br>Manages the regions, sites, cabinets, nodes "
                           "and devices of edge-computing estates.")
                            .arg(QApplication::applicationVersion()),
                        QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::retranslateUi()
{
    for (int i = 0; i < PageCount; ++i) {
        QListWidgetItem *item = m_nav->item(i);
        item->setText(tr(kPages[i].title));
        if (i == Conflicts)
            setConflictCount(m_conflictCount);
        if (kPages[i].placeholder)
            item->setToolTip(tr("%1 (not available in this version)").arg(tr(kPages[i].title)));
    }
    // The navigation is as wide as its longest label.
    int width = 0;
    for (int i = 0; i < PageCount; ++i)
        width = std::max(width, m_nav->fontMetrics().horizontalAdvance(m_nav->item(i)->text()));
    m_nav->setFixedWidth(std::max(150, width + m_nav->iconSize().width() + 48));

    m_hubMenu->setTitle(tr("&Hub"));
    m_connectRemote->setText(tr("&Connect to a Remote Hub…"));
    m_useEmbedded->setText(tr("Use the &Embedded Hub"));
    m_quit->setText(tr("&Quit"));
    m_sitesMenu->setTitle(tr("&Sites"));
    m_syncMenu->setTitle(tr("S&ync"));
    m_syncNow->setText(tr("Sync &Now"));
    m_syncNow->setToolTip(tr("Send this console's changes to the sync hub and get everyone "
                             "else's."));
    m_exportBundle->setText(tr("&Export Sync Bundle…"));
    m_importBundle->setText(tr("&Import Sync Bundle…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_about->setText(tr("&About EdgeConsole"));
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

} // namespace edge::widgets
