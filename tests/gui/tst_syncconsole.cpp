// Sync in the console (issue 5): the real main window over a real embedded hub on its own data
// directory, syncing with a real edge-hub process over TLS. Sync Now through the dialog; a
// conflict made by a second store that pushes a concurrent edit to the hub, listed on the
// Conflicts page and resolved there with "Keep This Value"; a tampered bundle refused with
// nothing changed; automatic sync after a local change and when the hub comes back; Cancel in the
// status bar during a long sync, which the next sync completes. Screenshots of the Conflicts page
// and the status bar in both languages go to $EC_SCREENSHOT_DIR when it is set.
#include "app/console/console.h"
#include "app/console/consoleconnector.h"
#include "backend/client/client.h"
#include "backend/client/syncclient.h"
#include "backend/hub/hub.h"
#include "backend/sync/bundle.h"
#include "backend/sync/replicakey.h"
#include "backend/sync/syncmanager.h"
#include "backend/sync/syncsession.h"
#include "support/hubprocess.h"
#include "widgets/common/consolesettings.h"
#include "widgets/dialogs/syncdialog.h"
#include "widgets/views/conflictspage.h"
#include "widgets/views/mainwindow.h"
#include "widgets/views/syncstatuswidget.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

using namespace edge;
using widgets::MainWindow;

namespace {

template<class T>
QString why(const api::Result<T> &r)
{
    return r ? QString() : r.error().toString();
}

} // namespace

class TestSyncConsole : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void syncNowThroughDialog();
    void conflictIsListedAndResolved();
    void tamperedBundleIsRefused();
    void autoSyncAfterLocalChange();
    void autoSyncWhenHubReturns();
    void cancelFromStatusBar();

private:
    MainWindow *window() const { return m_console->window(); }
    api::SyncControl *sync() const { return window()->syncControl(); }
    widgets::SyncStatusWidget *status() const { return window()->syncStatusWidget(); }
    // Sync Now on an idle, signed-in console; waits for the result.
    bool syncAndWait(QString *message = nullptr);
    // The second store: a sync with the hub process as the admin.
    api::Result<sync::SyncReport> syncSecondStore();
    api::Result<api::Record> siteAtConsole(const QString &id);
    // The hub process as its admin (a fresh sign-in).
    api::Result<std::unique_ptr<client::Client>> hubAdmin();
    static api::Result<int> siteCount(api::Inventory &inventory);
    void screenshots(const QString &tag);

    testing::HubProcess m_hubProcess;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_password;
    std::unique_ptr<console::Console> m_console;
    std::shared_ptr<client::Client> m_local; // the console's own store, as its local user
    std::unique_ptr<hub::Hub> m_second;      // another replica that syncs with the hub
    QString m_siteId;
    api::SystemClock m_clock;
};

void TestSyncConsole::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
    QSettings(widgets::ConsoleSettings::organizationName(),
              widgets::ConsoleSettings::applicationName())
        .clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QString error;
    QVERIFY2(m_hubProcess.start(m_dir->filePath(QStringLiteral("hub")), {}, &error),
             qPrintable(error));
    m_password = m_hubProcess.generatedPassword();
    QVERIFY(!m_password.isEmpty());

    console::ConsoleOptions options;
    options.dataDir = m_dir->filePath(QStringLiteral("console"));
    options.seedDemo = false;
    m_console = std::make_unique<console::Console>(options);
    auto started = m_console->start();
    QVERIFY2(started, qPrintable(why(started)));
    QVERIFY(QTest::qWaitForWindowExposed(window()));
    QVERIFY(sync());
    auto local = m_console->connector().newEmbeddedClient();
    QVERIFY2(local, qPrintable(why(local)));
    m_local = *local;

    hub::HubOptions so;
    so.dataDir = m_dir->filePath(QStringLiteral("second"));
    auto second = hub::Hub::open(so);
    QVERIFY2(second, qPrintable(why(second)));
    m_second = std::move(*second);
}

void TestSyncConsole::cleanupTestCase()
{
    m_local.reset();
    m_console.reset();
    if (m_second)
        m_second->shutdown();
    m_second.reset();
    m_hubProcess.stop();
}

bool TestSyncConsole::syncAndWait(QString *message)
{
    QSignalSpy finished(sync(), &api::SyncControl::finished);
    if (!QTest::qWaitFor([&] { return sync()->state() == api::SyncControl::State::Idle; }, 60'000))
        return false;
    finished.clear();
    window()->syncNowAction()->trigger();
    if (!QTest::qWaitFor([&] { return !finished.isEmpty(); }, 60'000))
        return false;
    if (message)
        *message = finished.last().at(1).toString();
    return finished.last().at(0).toBool();
}

api::Result<sync::SyncReport> TestSyncConsole::syncSecondStore()
{
    auto channel = client::Client::secureChannel(m_hubProcess.address(), m_hubProcess.caPath());
    if (!channel)
        return std::unexpected(channel.error());
    client::Client login(*channel, m_hubProcess.address());
    auto session = login.login(QStringLiteral("admin"), m_password);
    if (!session)
        return std::unexpected(session.error());
    client::SyncClient peer(*channel, m_hubProcess.address(), session->token);
    sync::SyncSession s(*m_second->syncStore(), peer, m_clock);
    return s.run(m_hubProcess.address());
}

api::Result<api::Record> TestSyncConsole::siteAtConsole(const QString &id)
{
    return m_local->get(api::EntityKind::Site, id);
}

api::Result<std::unique_ptr<client::Client>> TestSyncConsole::hubAdmin()
{
    auto channel = client::Client::secureChannel(m_hubProcess.address(), m_hubProcess.caPath());
    if (!channel)
        return std::unexpected(channel.error());
    auto admin = std::make_unique<client::Client>(*channel, m_hubProcess.address());
    if (auto session = admin->login(QStringLiteral("admin"), m_password); !session)
        return std::unexpected(session.error());
    return admin;
}

api::Result<int> TestSyncConsole::siteCount(api::Inventory &inventory)
{
    api::ListQuery q;
    q.kind = api::EntityKind::Site;
    q.limit = 1;
    auto page = inventory.list(q);
    if (!page)
        return std::unexpected(page.error());
    return page->total;
}

void TestSyncConsole::screenshots(const QString &tag)
{
    const QString dir = qEnvironmentVariable("EC_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("zh_CN")}) {
        QVERIFY(m_console->applyLanguage(lang));
        QCoreApplication::processEvents();
        window()->setPage(MainWindow::Conflicts);
        QTest::qWait(200);
        QVERIFY(window()->grab().save(
            QDir(dir).filePath(QStringLiteral("%1-window-%2.png").arg(tag, lang))));
        QVERIFY(window()->statusBar()->grab().save(
            QDir(dir).filePath(QStringLiteral("%1-statusbar-%2.png").arg(tag, lang))));
    }
    QVERIFY(m_console->applyLanguage(QStringLiteral("en")));
}

void TestSyncConsole::syncNowThroughDialog()
{
    // Before any hub is set the status says so, and Sync Now asks for one.
    QVERIFY(status()->isVisible());
    QCOMPARE(status()->lastSyncLabel()->text(), QStringLiteral("Never synced"));
    auto created = m_local->createTyped([] {
        api::Site s;
        s.name = QStringLiteral("Sync Test Site");
        s.address = QStringLiteral("1 Harbour Road");
        return s;
    }());
    QVERIFY2(created, qPrintable(why(created)));
    m_siteId = created->id;

    window()->syncNowAction()->trigger();
    auto *dialog = window()->findChild<widgets::SyncDialog *>(QStringLiteral("syncDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // A wrong password is refused by the hub and shown on the password field.
    QTest::keyClicks(dialog->hostEdit(), m_hubProcess.address());
    QTest::keyClicks(dialog->caEdit(), m_hubProcess.caPath());
    QTest::keyClicks(dialog->userEdit(), QStringLiteral("admin"));
    QTest::keyClicks(dialog->passwordEdit(), QStringLiteral("not the password"));
    QPushButton *ok = dialog->buttons()->button(QDialogButtonBox::Ok);
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->passwordEdit()->property("invalid").toBool(), 30'000);
    QVERIFY(!dialog->errorText().isEmpty());
    QVERIFY(!sync()->isSignedIn());
    QCOMPARE(status()->lastSyncLabel()->text(), QStringLiteral("Never synced"));
    if (const QString dir = qEnvironmentVariable("EC_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(dialog->grab().save(QDir(dir).filePath(QStringLiteral("sync-dialog-error.png"))));

    QPointer<QDialog> guard(dialog);
    QSignalSpy finished(sync(), &api::SyncControl::finished);
    QTest::keyClicks(dialog->passwordEdit(), m_password);
    QTRY_VERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60'000);
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
    QTRY_VERIFY(guard.isNull());
    QVERIFY(sync()->isSignedIn());

    // The status bar: synced just now, nothing pending.
    QTRY_COMPARE(status()->lastSyncLabel()->text(), QStringLiteral("Synced just now"));
    QTRY_COMPARE(status()->pendingLabel()->text(), QStringLiteral("0 pending"));
    QVERIFY(status()->pendingLabel()->isVisible());
    QVERIFY(!status()->progressBar()->isVisible());
    QVERIFY(sync()->lastSyncMs() > 0);
    // Address, CA and user are remembered; the password is not.
    const auto saved = widgets::ConsoleSettings().syncHub();
    QCOMPARE(saved.hostPort, m_hubProcess.address());
    QCOMPARE(saved.caFile, m_hubProcess.caPath());
    QCOMPARE(saved.userName, QStringLiteral("admin"));
    QSettings raw(widgets::ConsoleSettings::organizationName(),
                  widgets::ConsoleSettings::applicationName());
    for (const QString &key : raw.allKeys())
        QVERIFY2(!raw.value(key).toString().contains(m_password), qPrintable(key));

    // The hub has the site.
    auto channel = client::Client::secureChannel(m_hubProcess.address(), m_hubProcess.caPath());
    QVERIFY(channel);
    client::Client admin(*channel, m_hubProcess.address());
    QVERIFY(admin.login(QStringLiteral("admin"), m_password));
    auto atHub = admin.get(api::EntityKind::Site, m_siteId);
    QVERIFY2(atHub, qPrintable(why(atHub)));
    QCOMPARE(atHub->name(), QStringLiteral("Sync Test Site"));

    // A second Sync Now needs no dialog: the session of this run is used.
    QString message;
    QVERIFY2(syncAndWait(&message), qPrintable(message));
    QVERIFY(!window()->findChild<widgets::SyncDialog *>(QStringLiteral("syncDialog")));
}

void TestSyncConsole::conflictIsListedAndResolved()
{
    QVERIFY(!m_siteId.isEmpty());
    // The second store gets the site, then both edit its address while apart.
    auto first = syncSecondStore();
    QVERIFY2(first, qPrintable(why(first)));
    QVERIFY(m_second->store().get(api::EntityKind::Site, m_siteId));

    api::Record theirs;
    theirs.kind = api::EntityKind::Site;
    theirs.id = m_siteId;
    theirs.fields.insert(QStringLiteral("address"), QStringLiteral("2 Dock Street"));
    QVERIFY(m_second->store().update(theirs, QStringLiteral("bert")));
    auto pushed = syncSecondStore();
    QVERIFY2(pushed, qPrintable(why(pushed)));
    QVERIFY(pushed->pushed >= 1);

    api::Record ours = theirs;
    ours.fields.insert(QStringLiteral("address"), QStringLiteral("3 Quay Lane"));
    QVERIFY2(m_local->update(ours), "local edit");

    QString message;
    QVERIFY2(syncAndWait(&message), qPrintable(message));

    // The Conflicts page lists it, with both values and the badge in the navigation.
    widgets::ConflictsPage *page = window()->conflictsPage();
    QTRY_COMPARE_WITH_TIMEOUT(page->conflicts().size(), 1, 15'000);
    const api::Conflict c = page->conflicts().first();
    QCOMPARE(c.kind, api::ConflictKind::Field);
    QCOMPARE(c.entityId, m_siteId);
    QCOMPARE(c.field, QStringLiteral("address"));
    QCOMPARE(c.values.size(), 2);
    QTRY_VERIFY(window()->navigation()->item(MainWindow::Conflicts)->text().contains(u"(1)"));
    QTreeWidget *tree = page->tree();
    QCOMPARE(tree->topLevelItemCount(), 1);
    // The explanation in words, then one row per value, the winner first.
    QCOMPARE(tree->topLevelItem(0)->childCount(), 3);
    QCOMPARE(tree->topLevelItem(0)->child(0)->text(0), widgets::ConflictsPage::explain(c));
    QStringList shown;
    for (int i = 1; i < 3; ++i)
        shown << tree->topLevelItem(0)->child(i)->text(widgets::ConflictsPage::ValueColumn);
    shown.sort();
    QCOMPARE(shown, (QStringList{QStringLiteral("2 Dock Street"), QStringLiteral("3 Quay Lane")}));
    QVERIFY(tree->topLevelItem(0)->child(1)->text(0).contains(u"Winner"));
    QVERIFY(!tree->topLevelItem(0)->child(2)->text(0).contains(u"Winner"));
    QVERIFY(!page->emptyState()->isVisible());

    window()->setPage(MainWindow::Conflicts);
    screenshots(QStringLiteral("conflict"));

    // Keep the value that lost (whichever it is), by its button.
    const api::ConflictValue loser = c.values.at(1);
    QVERIFY(!loser.winner);
    QPushButton *keep = page->keepButton(c.id, loser.opId);
    QVERIFY(keep);
    QTest::mouseClick(keep, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(page->conflicts().isEmpty(), 15'000);
    QTRY_VERIFY(page->emptyState()->isVisible());
    auto kept = siteAtConsole(m_siteId);
    QVERIFY2(kept, qPrintable(why(kept)));
    const QString keptValue = widgets::ConflictsPage::displayValue(loser);
    QCOMPARE(kept->fields.value(QStringLiteral("address")).toString(), keptValue);

    // After the next sync the hub has the choice and no conflict either.
    QVERIFY2(syncAndWait(&message), qPrintable(message));
    QTRY_COMPARE(status()->pendingLabel()->text(), QStringLiteral("0 pending"));
    auto channel = client::Client::secureChannel(m_hubProcess.address(), m_hubProcess.caPath());
    QVERIFY(channel);
    client::Client admin(*channel, m_hubProcess.address());
    auto session = admin.login(QStringLiteral("admin"), m_password);
    QVERIFY2(session, qPrintable(why(session)));
    client::SyncClient atHub(*channel, m_hubProcess.address(), session->token);
    auto hubConflicts = atHub.listConflicts();
    QVERIFY2(hubConflicts, qPrintable(why(hubConflicts)));
    QVERIFY(hubConflicts->isEmpty());
    auto hubSite = admin.get(api::EntityKind::Site, m_siteId);
    QVERIFY2(hubSite, qPrintable(why(hubSite)));
    QCOMPARE(hubSite->fields.value(QStringLiteral("address")).toString(), keptValue);
    QVERIFY(page->conflicts().isEmpty());
    QVERIFY(!window()->navigation()->item(MainWindow::Conflicts)->text().contains(u"("));
    screenshots(QStringLiteral("resolved"));
}

void TestSyncConsole::tamperedBundleIsRefused()
{
    QVERIFY(!m_siteId.isEmpty());
    // Our own bundle is written.
    const QString own = m_dir->filePath(QStringLiteral("console.bundle"));
    QSignalSpy finished(sync(), &api::SyncControl::finished);
    window()->exportBundleTo(own);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60'000);
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
    QVERIFY(QFileInfo(own).size() > 0);

    // The second store changes a note while apart and hands over a bundle; someone alters it.
    api::Record note;
    note.kind = api::EntityKind::Site;
    note.id = m_siteId;
    note.fields.insert(QStringLiteral("notes"), QStringLiteral("key at the kiosk"));
    QVERIFY(m_second->store().update(note, QStringLiteral("bert")));
    auto key = sync::ReplicaKey::loadOrCreate(m_dir->filePath(QStringLiteral("second")));
    QVERIFY2(key, qPrintable(why(key)));
    const QString genuine = m_dir->filePath(QStringLiteral("second.bundle"));
    auto exported = sync::Bundle::exportTo(*m_second->syncStore(), *key, genuine);
    QVERIFY2(exported, qPrintable(why(exported)));
    QFile in(genuine);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray bytes = in.readAll();
    in.close();
    QVERIFY(bytes.size() > 64);
    bytes[bytes.size() / 2] = char(bytes.at(bytes.size() / 2) ^ 0x20);
    const QString tampered = m_dir->filePath(QStringLiteral("tampered.bundle"));
    QFile out(tampered);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(bytes);
    out.close();

    const qint64 revision = m_console->connector().embeddedHub()->store().revision();
    finished.clear();
    window()->importBundleFrom(tampered);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60'000);
    QVERIFY(!finished.last().at(0).toBool());
    const QString refusal = finished.last().at(1).toString();
    QVERIFY2(refusal.contains(u"refused") && refusal.contains(u"nothing was changed"),
             qPrintable(refusal));
    QTRY_VERIFY(window()->syncMessageBox() && window()->syncMessageBox()->isVisible());
    QCOMPARE(window()->syncMessageBox()->text(), refusal);
    QCOMPARE(m_console->connector().embeddedHub()->store().revision(), revision);
    auto unchanged = siteAtConsole(m_siteId);
    QVERIFY2(unchanged, qPrintable(why(unchanged)));
    QVERIFY(unchanged->fields.value(QStringLiteral("notes")).toString().isEmpty());
    window()->syncMessageBox()->close();

    // The genuine bundle is taken.
    finished.clear();
    window()->importBundleFrom(genuine);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 60'000);
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
    auto taken = siteAtConsole(m_siteId);
    QVERIFY2(taken, qPrintable(why(taken)));
    QCOMPARE(taken->fields.value(QStringLiteral("notes")).toString(),
             QStringLiteral("key at the kiosk"));
    QVERIFY(window()->syncMessageBox() == nullptr);
}

void TestSyncConsole::autoSyncAfterLocalChange()
{
    // Signed in and the hub answers: a local change is sent on its own once changes settle.
    m_console->syncManager()->setTimings(300, 200);
    QVERIFY(sync()->isSignedIn());
    QTRY_VERIFY_WITH_TIMEOUT(sync()->isReachable(), 10'000);
    QTRY_VERIFY_WITH_TIMEOUT(sync()->state() == api::SyncControl::State::Idle, 60'000);
    QSignalSpy finished(sync(), &api::SyncControl::finished);
    auto created = m_local->createTyped([] {
        api::Site s;
        s.name = QStringLiteral("Auto Sync Site");
        return s;
    }());
    QVERIFY2(created, qPrintable(why(created)));
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30'000);
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
    QTRY_COMPARE(status()->pendingLabel()->text(), QStringLiteral("0 pending"));
    auto admin = hubAdmin();
    QVERIFY2(admin, qPrintable(why(admin)));
    auto atHub = (*admin)->get(api::EntityKind::Site, created->id);
    QVERIFY2(atHub, qPrintable(why(atHub)));
    QCOMPARE(atHub->name(), QStringLiteral("Auto Sync Site"));
}

void TestSyncConsole::autoSyncWhenHubReturns()
{
    const QString address = m_hubProcess.address();
    QTRY_VERIFY_WITH_TIMEOUT(sync()->state() == api::SyncControl::State::Idle, 60'000);
    QVERIFY(status()->offlineLabel()->isHidden());
    m_hubProcess.stop();
    // The health check notices and the status bar says so.
    QTRY_VERIFY_WITH_TIMEOUT(!sync()->isReachable(), 15'000);
    QTRY_VERIFY(status()->offlineLabel()->isVisible());
    QCOMPARE(status()->offlineLabel()->text(), QStringLiteral("Hub not reachable"));

    // Work goes on while the hub is away; nothing tries to sync.
    QSignalSpy finished(sync(), &api::SyncControl::finished);
    auto created = m_local->createTyped([] {
        api::Site s;
        s.name = QStringLiteral("Made While The Hub Was Down");
        return s;
    }());
    QVERIFY2(created, qPrintable(why(created)));
    QTRY_VERIFY_WITH_TIMEOUT(sync()->pendingOperations() > 0, 10'000);
    QTest::qWait(1'500); // several health checks and the change debounce
    QVERIFY(finished.isEmpty());
    QCOMPARE(sync()->state(), api::SyncControl::State::Idle);
    if (const QString dir = qEnvironmentVariable("EC_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(window()->statusBar()->grab().save(
            QDir(dir).filePath(QStringLiteral("statusbar-offline.png"))));

    // The hub comes back on the same address: the console syncs by itself.
    QString error;
    QVERIFY2(m_hubProcess.start(m_dir->filePath(QStringLiteral("hub")),
                                {QStringLiteral("--listen"), address}, &error),
             qPrintable(error));
    QCOMPARE(m_hubProcess.address(), address);
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30'000);
    QVERIFY2(finished.last().at(0).toBool(), qPrintable(finished.last().at(1).toString()));
    QVERIFY(sync()->isReachable());
    QTRY_VERIFY(status()->offlineLabel()->isHidden());
    QTRY_COMPARE(sync()->pendingOperations(), qint64(0));
    auto admin = hubAdmin();
    QVERIFY2(admin, qPrintable(why(admin)));
    QVERIFY2((*admin)->get(api::EntityKind::Site, created->id), "the site reached the hub");
}

void TestSyncConsole::cancelFromStatusBar()
{
    // Back to the normal pace: only the sync this test starts runs.
    m_console->syncManager()->setTimings(30'000, 3'000);
    // Thousands of sites made elsewhere reach the hub: a sync of many batches for the console.
    constexpr int kSites = 8'000;
    for (int i = 0; i < kSites; ++i) {
        api::Site site;
        site.name = QStringLiteral("Bulk %1").arg(i, 5, 10, QLatin1Char('0'));
        site.address = QStringLiteral("%1 Long Street").arg(i);
        auto made = m_second->store().create(site.toRecord(), QStringLiteral("bert"));
        QVERIFY2(made, qPrintable(why(made)));
    }
    auto pushed = syncSecondStore();
    QVERIFY2(pushed, qPrintable(why(pushed)));
    auto admin = hubAdmin();
    QVERIFY2(admin, qPrintable(why(admin)));
    auto atHub = siteCount(**admin);
    QVERIFY2(atHub, qPrintable(why(atHub)));
    QVERIFY(*atHub > kSites);
    auto before = siteCount(*m_local);
    QVERIFY2(before, qPrintable(why(before)));
    QVERIFY(*before < kSites);

    // Cancel in the status bar as soon as the first batch has come in.
    QTRY_VERIFY_WITH_TIMEOUT(sync()->state() == api::SyncControl::State::Idle, 60'000);
    bool clicked = false;
    bool barShown = false;
    auto onProgress = connect(sync(), &api::SyncControl::progress, this,
                              [&](api::SyncControl::Phase phase, qint64 done, qint64) {
                                  if (clicked || phase != api::SyncControl::Phase::Pulling
                                      || done == 0)
                                      return;
                                  barShown = status()->progressBar()->isVisible()
                                             && status()->cancelButton()->isVisible();
                                  clicked = true;
                                  QTest::mouseClick(status()->cancelButton(), Qt::LeftButton);
                              });
    QSignalSpy finished(sync(), &api::SyncControl::finished);
    window()->syncNowAction()->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 120'000);
    disconnect(onProgress);
    QVERIFY(clicked);
    QVERIFY(barShown);
    QVERIFY(!finished.last().at(0).toBool());
    const QString message = finished.last().at(1).toString();
    QVERIFY2(message.contains(u"cancelled"), qPrintable(message));
    QTRY_VERIFY(status()->errorLabel()->isVisible());
    QCOMPARE(status()->errorLabel()->toolTip(), message);
    QVERIFY(!status()->progressBar()->isVisible());
    // What came from the hub is not counted as waiting to be sent to it.
    QTRY_COMPARE(sync()->pendingOperations(), qint64(0));
    // What came in before the cancel is kept; the rest has not.
    auto partial = siteCount(*m_local);
    QVERIFY2(partial, qPrintable(why(partial)));
    QVERIFY2(*partial > *before && *partial < *atHub,
             qPrintable(QStringLiteral("%1 sites after the cancel (before %2, hub %3)")
                            .arg(*partial)
                            .arg(*before)
                            .arg(*atHub)));
    if (const QString dir = qEnvironmentVariable("EC_SCREENSHOT_DIR"); !dir.isEmpty())
        QVERIFY(window()->statusBar()->grab().save(
            QDir(dir).filePath(QStringLiteral("statusbar-cancelled.png"))));

    // The next sync continues from there and brings the rest.
    QString again;
    QVERIFY2(syncAndWait(&again), qPrintable(again));
    auto after = siteCount(*m_local);
    QVERIFY2(after, qPrintable(why(after)));
    QCOMPARE(*after, *atHub);
    QVERIFY(!status()->errorLabel()->isVisible());
}

QTEST_MAIN(TestSyncConsole)
#include "tst_syncconsole.moc"
