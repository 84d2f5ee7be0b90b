// The real console: the main window over a real embedded hub on a temporary data directory,
// driven with QTest mouse clicks and key presses. A second client on the same hub's in-process
// channel plays "another user"; a second hub with a TLS listener plays the remote hub.
#include "app/console/console.h"
#include "app/console/consoleconnector.h"
#include "backend/client/client.h"
#include "backend/hub/hub.h"
#include "translations/i18n.h"
#include "widgets/common/changefeed.h"
#include "widgets/common/consolesettings.h"
#include "widgets/dialogs/connecthubdialog.h"
#include "widgets/dialogs/deletesitedialog.h"
#include "widgets/dialogs/sitedialog.h"
#include "widgets/models/recordlistmodel.h"
#include "widgets/models/sitefilterproxymodel.h"
#include "widgets/models/sitesmodel.h"
#include "widgets/views/mainwindow.h"
#include "widgets/views/settingspage.h"
#include "widgets/views/sitedetailpanel.h"
#include "widgets/views/sitespage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QToolButton>
#include <QTranslator>
#include <QtTest>

using namespace edge;
using widgets::MainWindow;
using widgets::SitesModel;
using widgets::SitesPage;

namespace {

// Marks every text of the console's own contexts, so a test can see which visible texts were
// (re)translated, whatever the state of the real translations.
class MarkingTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (!QByteArray(context).startsWith("edge::"))
            return {};
        return QStringLiteral("«") + QString::fromUtf8(sourceText) + QStringLiteral("»");
    }
};

bool hasHan(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF)
            return true;
    return false;
}

api::Site site(const QString &name, api::SiteKind kind = api::SiteKind::CabinetSite)
{
    api::Site s;
    s.name = name;
    s.kind = kind;
    return s;
}

} // namespace

class TestConsole : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void startsWithStatusAndEmptyState();
    void addSiteThroughDialog();
    void invalidInputIsShownOnTheField_data();
    void invalidInputIsShownOnTheField();
    void serverErrorIsShownOnTheField();
    void editAddressThroughDialog();
    void editConflictIsReported();
    void deleteThroughConfirmation();
    void deleteWithChildrenOffersCascade();
    void secondClientChangesAppearThroughTheFeed();
    void detailPanelListsChildren();
    void shortcutsAndSearch();
    void languageSwitchRetranslates();
    void everyVisibleTextFollowsTheLanguage();
    void demoBannerRemovesDemoRows();
    void placeholderPagesSayNotAvailable();
    void settingsArePersisted();
    void remoteHubThroughConnectDialog();
    void modelOverRealHubPassesTester();
    void startsWithRemoteHubOption();
    void usageErrorsNameTheOption_data();
    void usageErrorsNameTheOption();

private:
    void startConsole(bool seedDemo);
    void stopConsole();
    MainWindow *window() const { return m_console->window(); }
    SitesPage *page() const { return window()->sitesPage(); }
    SitesModel *model() const { return page()->model(); }
    int rowOfName(const QString &name) const;
    QModelIndex proxyIndexOfName(const QString &name, int column = SitesModel::NameColumn) const;
    void clickRow(const QString &name);
    template<class T>
    T *waitForChild(const QString &objectName);
    void clickOk(QDialog *dialog);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<console::Console> m_console;
    std::shared_ptr<client::Client> m_other; // a second user on the same hub
};

void TestConsole::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

void TestConsole::init()
{
    QSettings(widgets::ConsoleSettings::organizationName(),
              widgets::ConsoleSettings::applicationName())
        .clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestConsole::cleanup()
{
    stopConsole();
    m_dir.reset();
}

void TestConsole::startConsole(bool seedDemo)
{
    console::ConsoleOptions options;
    options.dataDir = m_dir->filePath(QStringLiteral("data"));
    options.seedDemo = seedDemo;
    m_console = std::make_unique<console::Console>(options);
    auto started = m_console->start();
    QVERIFY2(started, qPrintable(started ? QString() : started.error().toString()));
    QVERIFY(QTest::qWaitForWindowExposed(window()));
    window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window()));
    QTRY_VERIFY(model()->isLoaded());
    QTRY_COMPARE(window()->changeFeed()->state(), widgets::ChangeFeed::State::Connected);
    auto other = m_console->connector().newEmbeddedClient();
    QVERIFY(other);
    m_other = *other;
}

void TestConsole::stopConsole()
{
    m_other.reset();
    m_console.reset();
}

int TestConsole::rowOfName(const QString &name) const
{
    for (int r = 0; r < model()->rowCount(); ++r)
        if (model()->siteAt(r).name == name)
            return r;
    return -1;
}

QModelIndex TestConsole::proxyIndexOfName(const QString &name, int column) const
{
    const int row = rowOfName(name);
    if (row < 0)
        return {};
    return page()->proxy()->mapFromSource(model()->index(row, column));
}

void TestConsole::clickRow(const QString &name)
{
    const QModelIndex idx = proxyIndexOfName(name);
    QVERIFY(idx.isValid());
    page()->table()->scrollTo(idx);
    const QRect rect = page()->table()->visualRect(idx);
    QTest::mouseClick(page()->table()->viewport(), Qt::LeftButton, {}, rect.center());
    QTRY_COMPARE(page()->selectedSiteId(), model()->siteAt(rowOfName(name)).id);
}

template<class T>
T *TestConsole::waitForChild(const QString &objectName)
{
    T *found = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            found = window()->findChild<T *>(objectName);
            return found && found->isVisible();
        },
        5000);
    return shown ? found : nullptr;
}

void TestConsole::clickOk(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(buttons);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    QVERIFY(ok);
    QTRY_VERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
}

void TestConsole::startsWithStatusAndEmptyState()
{
    startConsole(false);
    const QString dataDir = QDir::toNativeSeparators(m_dir->filePath(QStringLiteral("data")));
    QVERIFY2(window()->windowTitle().contains(dataDir), qPrintable(window()->windowTitle()));
    QVERIFY(window()->hubStatusLabel()->text().contains(dataDir));
    QVERIFY2(window()->userStatusLabel()->text().contains(QStringLiteral("admin")),
             qPrintable(window()->userStatusLabel()->text()));
    QCOMPARE(window()->connectionStatusLabel()->property("state").value<widgets::ChangeFeed::State>(),
             widgets::ChangeFeed::State::Connected);
    QVERIFY(window()->connectionStatusLabel()->text().contains(QStringLiteral("Connected")));
    QCOMPARE(window()->currentPage(), MainWindow::Sites);
    QCOMPARE(model()->rowCount(), 0);
    QVERIFY(page()->emptyState()->isVisible());
    QCOMPARE(page()->emptyState()->findChild<QLabel *>(QStringLiteral("emptyStateTitle"))->text(),
             QStringLiteral("No sites yet"));
    QVERIFY(!page()->demoBanner()->isVisible());

    // The empty state's button opens the Add dialog.
    auto *button = page()->emptyState()->findChild<QPushButton *>(
        QStringLiteral("emptyStateButton"));
    QVERIFY(button && button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    auto *dialog = waitForChild<widgets::SiteDialog>(QStringLiteral("addSiteDialog"));
    QVERIFY(dialog);
    dialog->reject();
}

void TestConsole::addSiteThroughDialog()
{
    startConsole(false);
    QTest::mouseClick(page()->findChild<QToolButton *>(QStringLiteral("addSiteButton")),
                      Qt::LeftButton);
    auto *dialog = waitForChild<widgets::SiteDialog>(QStringLiteral("addSiteDialog"));
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                     QStringLiteral("Harbour Cabinet 7"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("codeEdit")),
                     QStringLiteral("hc-7"));
    auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("kindCombo"));
    kind->setFocus();
    QTest::keyClick(kind, Qt::Key_Home);
    QCOMPARE(kind->currentData().toString(), QStringLiteral("cloud-centre"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("addressEdit")),
                     QStringLiteral("7 Harbour Road"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("latitudeEdit")),
                     QStringLiteral("22.5431"));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("longitudeEdit")),
                     QStringLiteral("113.9344"));
    QPointer<QDialog> guard(dialog);
    clickOk(dialog);
    QTRY_VERIFY(guard.isNull()); // closed (and deleted) once the hub accepted it

    QTRY_VERIFY(rowOfName(QStringLiteral("Harbour Cabinet 7")) >= 0);
    const int row = rowOfName(QStringLiteral("Harbour Cabinet 7"));
    QCOMPARE(model()->index(row, SitesModel::CodeColumn).data().toString(), QStringLiteral("HC-7"));
    QCOMPARE(model()->index(row, SitesModel::KindColumn).data().toString(),
             api::siteKindLabel(api::SiteKind::CloudCentre));
    QCOMPARE(model()->index(row, SitesModel::LatitudeColumn).data().toString(),
             QStringLiteral("22.54310"));
    QVERIFY(!page()->emptyState()->isVisible());
    // The new site is selected, and it is really in the hub.
    QTRY_COMPARE(page()->selectedSiteId(), model()->siteAt(row).id);
    auto stored = m_other->resolve(api::EntityKind::Site, QStringLiteral("Harbour Cabinet 7"));
    QVERIFY(stored);
    QCOMPARE(stored->fields.value(QStringLiteral("address")).toString(),
             QStringLiteral("7 Harbour Road"));
    QCOMPARE(stored->fields.value(QStringLiteral("longitude")).toDouble(), 113.9344);
}

void TestConsole::invalidInputIsShownOnTheField_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("latitude");
    QTest::addColumn<QString>("longitude");
    QTest::addColumn<QString>("field");
    QTest::newRow("latitude out of range") << "Site A"
                                           << "95"
                                           << "10"
                                           << "latitude";
    QTest::newRow("latitude not a number") << "Site A"
                                           << "north"
                                           << "10"
                                           << "latitude";
    QTest::newRow("latitude missing") << "Site A"
                                      << ""
                                      << "10"
                                      << "latitude";
    QTest::newRow("longitude out of range") << "Site A"
                                            << "10"
                                            << "200"
                                            << "longitude";
    QTest::newRow("name empty") << ""
                                << ""
                                << ""
                                << "name";
}

void TestConsole::invalidInputIsShownOnTheField()
{
    QFETCH(QString, name);
    QFETCH(QString, latitude);
    QFETCH(QString, longitude);
    QFETCH(QString, field);
    startConsole(false);
    QTest::keyClick(window(), Qt::Key_N, Qt::ControlModifier);
    auto *dialog = waitForChild<widgets::SiteDialog>(QStringLiteral("addSiteDialog"));
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), name);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("latitudeEdit")), latitude);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("longitudeEdit")), longitude);
    clickOk(dialog);

    QWidget *fieldWidget = dialog->fieldWidget(field);
    QVERIFY(fieldWidget);
    QVERIFY(fieldWidget->property("invalid").toBool());
    QVERIFY(!fieldWidget->toolTip().isEmpty());
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(dialog->errorText(), error->text());
    // Only the field at fault is marked, and nothing reached the hub.
    for (const QString &other :
         {QStringLiteral("name"), QStringLiteral("latitude"), QStringLiteral("longitude")})
        if (other != field)
            QVERIFY2(!dialog->fieldWidget(other)->property("invalid").toBool(), qPrintable(other));
    QVERIFY(dialog->isVisible());
    auto page0 = m_other->list(api::ListQuery{});
    QVERIFY(page0);
    QCOMPARE(page0->total, 0);

    // Typing into the field clears its mark.
    if (auto *edit = qobject_cast<QLineEdit *>(fieldWidget)) {
        QTest::keyClick(edit, Qt::Key_1);
        QVERIFY(!edit->property("invalid").toBool());
    }
    dialog->reject();
}

void TestConsole::serverErrorIsShownOnTheField()
{
    startConsole(false);
    QVERIFY(m_other->createTyped(site(QStringLiteral("Taken"))));
    QTRY_VERIFY(rowOfName(QStringLiteral("Taken")) >= 0);
    QTest::mouseClick(page()->findChild<QToolButton *>(QStringLiteral("addSiteButton")),
                      Qt::LeftButton);
    auto *dialog = waitForChild<widgets::SiteDialog>(QStringLiteral("addSiteDialog"));
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")),
                     QStringLiteral("Taken"));
    clickOk(dialog);
    // The local check passes; the hub refuses (the name is in use) and names the field.
    QTRY_VERIFY(!dialog->errorText().isEmpty());
    QVERIFY2(dialog->errorText().contains(QStringLiteral("Taken")), qPrintable(dialog->errorText()));
    QVERIFY(dialog->fieldWidget(QStringLiteral("name"))->property("invalid").toBool());
    QVERIFY(dialog->isVisible());
    QCOMPARE(model()->rowCount(), 1);
    dialog->reject();
}

void TestConsole::editAddressThroughDialog()
{
    startConsole(false);
    auto created = m_other->createTyped(site(QStringLiteral("Depot North")));
    QVERIFY(created);
    QTRY_VERIFY(rowOfName(QStringLiteral("Depot North")) >= 0);
    clickRow(QStringLiteral("Depot North"));
    QTest::mouseClick(page()->findChild<QToolButton *>(QStringLiteral("editSiteButton")),
                      Qt::LeftButton);
    auto *dialog = waitForChild<widgets::SiteDialog>(QStringLiteral("editSiteDialog"));
    QVERIFY(dialog);
    auto *address = dialog->findChild<QLineEdit *>(QStringLiteral("addressEdit"));
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(),
             QStringLiteral("Depot North"));
    address->selectAll();
    QTest::keyClicks(address, QStringLiteral("12 Quay Street, Building B"));
    QPointer<QDialog> guard(dialog);
    clickOk(dialog);
    QTRY_VERIFY(guard.isNull());

    QTRY_COMPARE(proxyIndexOfName(QStringLiteral("Depot North"), SitesModel::AddressColumn)
                     .data()
                     .toString(),
                 QStringLiteral("12 Quay Street, Building B"));
    auto stored = m_other->get(api::EntityKind::Site, created->id);
    QVERIFY(stored);
    QCOMPARE(stored->fields.value(QStringLiteral("address")).toString(),
             QStringLiteral("12 Quay Street, Building B"));
    QCOMPARE(stored->name(), QStringLiteral("Depot North"));
    // The detail panel follows the selected site.
    QTRY_VERIFY(page()
                    ->detailPanel()
                    ->findChild<QLabel *>(QStringLiteral("detailSubtitle"))
                    ->text()
                    .contains(QStringLiteral("12 Quay Street")));
}

void TestConsole::editConflictIsReported()
{
    startConsole(false);
    auto created = m_other->createTyped(site(QStringLiteral("Contested")));
    QVERIFY(created);
    QTRY_VERIFY(rowOfName(QStringLiteral("Contested")) >= 0);
    clickRow(QStringLiteral("Contested"));
    QTest::keyClick(window(), Qt::Key_E, Qt::ControlModifier);
    auto *dialog = waitForChild<widgets::SiteDialog>(QStringLiteral("editSiteDialog"));
    QVERIFY(dialog);
    // Someone else changes the site while the dialog is open.
    api::Record patch;
    patch.kind = api::EntityKind::Site;
    patch.id = created->id;
    patch.fields.insert(QStringLiteral("address"), QStringLiteral("Their address"));
    QVERIFY(m_other->update(patch));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("addressEdit")),
                     QStringLiteral("My address"));
    clickOk(dialog);
    QTRY_VERIFY(!dialog->errorText().isEmpty());
    QVERIFY(dialog->isVisible());
    auto stored = m_other->get(api::EntityKind::Site, created->id);
    QCOMPARE(stored->fields.value(QStringLiteral("address")).toString(),
             QStringLiteral("Their address"));
    dialog->reject();
}

void TestConsole::deleteThroughConfirmation()
{
    startConsole(false);
    auto created = m_other->createTyped(site(QStringLiteral("Old Kiosk")));
    QVERIFY(created);
    QVERIFY(m_other->createTyped(site(QStringLiteral("Keeper"))));
    QTRY_COMPARE(model()->rowCount(), 2);
    clickRow(QStringLiteral("Old Kiosk"));
    // Del on the table asks first.
    QTest::keyClick(page()->table(), Qt::Key_Delete);
    auto *dialog = waitForChild<widgets::DeleteSiteDialog>(QStringLiteral("deleteSiteDialog"));
    QVERIFY(dialog);
    auto *del = dialog->findChild<QPushButton *>(QStringLiteral("deleteButton"));
    QTRY_VERIFY(dialog->childrenKnown());
    QCOMPARE(dialog->childCount(), 0);
    QVERIFY(!dialog->findChild<QCheckBox *>(QStringLiteral("cascadeCheck"))->isVisible());
    QVERIFY(del->isEnabled());
    QPointer<QDialog> guard(dialog);
    QTest::mouseClick(del, Qt::LeftButton);
    QTRY_VERIFY(guard.isNull());
    QTRY_COMPARE(rowOfName(QStringLiteral("Old Kiosk")), -1);
    QCOMPARE(model()->rowCount(), 1);
    auto gone = m_other->get(api::EntityKind::Site, created->id);
    QVERIFY(!gone);
    QCOMPARE(gone.error().code, api::Code::NotFound);
}

void TestConsole::deleteWithChildrenOffersCascade()
{
    startConsole(false);
    auto parent = m_other->createTyped(site(QStringLiteral("Full Site")));
    QVERIFY(parent);
    api::Cabinet cab;
    cab.siteId = parent->id;
    cab.name = QStringLiteral("CAB-1");
    auto cabinet = m_other->createTyped(cab);
    QVERIFY(cabinet);
    QTRY_VERIFY(rowOfName(QStringLiteral("Full Site")) >= 0);
    clickRow(QStringLiteral("Full Site"));
    QTest::mouseClick(page()->findChild<QToolButton *>(QStringLiteral("deleteSiteButton")),
                      Qt::LeftButton);
    auto *dialog = waitForChild<widgets::DeleteSiteDialog>(QStringLiteral("deleteSiteDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->childrenKnown());
    QCOMPARE(dialog->childCount(), 1);
    auto *cascade = dialog->findChild<QCheckBox *>(QStringLiteral("cascadeCheck"));
    auto *del = dialog->findChild<QPushButton *>(QStringLiteral("deleteButton"));
    QVERIFY(cascade->isVisible());
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("childrenLabel"))
                ->text()
                .contains(QStringLiteral("1 cabinets")));
    QVERIFY(!del->isEnabled()); // not without agreeing to delete the contents too
    QTest::mouseClick(cascade, Qt::LeftButton);
    QVERIFY(del->isEnabled());
    QPointer<QDialog> guard(dialog);
    QTest::mouseClick(del, Qt::LeftButton);
    QTRY_VERIFY(guard.isNull());
    QTRY_COMPARE(rowOfName(QStringLiteral("Full Site")), -1);
    QVERIFY(!m_other->get(api::EntityKind::Cabinet, cabinet->id));
}

void TestConsole::secondClientChangesAppearThroughTheFeed()
{
    startConsole(false);
    QSignalSpy resets(model(), &QAbstractItemModel::modelReset);
    auto created = m_other->createTyped(
        site(QStringLiteral("Remote Added"), api::SiteKind::EndEdgeDataCentre));
    QVERIFY(created);
    QTRY_VERIFY(rowOfName(QStringLiteral("Remote Added")) >= 0);
    QCOMPARE(proxyIndexOfName(QStringLiteral("Remote Added"), SitesModel::KindColumn)
                 .data()
                 .toString(),
             api::siteKindLabel(api::SiteKind::EndEdgeDataCentre));
    QVERIFY(!page()->emptyState()->isVisible());

    api::Record patch;
    patch.kind = api::EntityKind::Site;
    patch.id = created->id;
    patch.fields.insert(QStringLiteral("code"), QStringLiteral("RA-1"));
    QVERIFY(m_other->update(patch));
    QTRY_COMPARE(proxyIndexOfName(QStringLiteral("Remote Added"), SitesModel::CodeColumn)
                     .data()
                     .toString(),
                 QStringLiteral("RA-1"));

    QVERIFY(m_other->remove(api::EntityKind::Site, created->id, false));
    QTRY_COMPARE(rowOfName(QStringLiteral("Remote Added")), -1);
    QVERIFY(page()->emptyState()->isVisible());
    QCOMPARE(resets.count(), 0); // single changes never reset the model
}

void TestConsole::detailPanelListsChildren()
{
    startConsole(false);
    auto s = m_other->createTyped(site(QStringLiteral("With Kit")));
    QVERIFY(s);
    QTRY_VERIFY(rowOfName(QStringLiteral("With Kit")) >= 0);
    clickRow(QStringLiteral("With Kit"));
    auto *panel = page()->detailPanel();
    QTRY_COMPARE(panel->site()->id, s->id);
    QCOMPARE(panel->cabinets()->rowCount(), 0);

    api::Cabinet cab;
    cab.siteId = s->id;
    cab.name = QStringLiteral("CAB-A");
    QVERIFY(m_other->createTyped(cab));
    api::Node node;
    node.siteId = s->id;
    node.name = QStringLiteral("edge-a1");
    QVERIFY(m_other->createTyped(node));
    api::Device dev;
    dev.siteId = s->id;
    dev.name = QStringLiteral("UPS-A");
    dev.kind = api::DeviceKind::Ups;
    QVERIFY(m_other->createTyped(dev));
    QTRY_COMPARE(panel->cabinets()->rowCount(), 1);
    QTRY_COMPARE(panel->nodes()->rowCount(), 1);
    QTRY_COMPARE(panel->devices()->rowCount(), 1);
    QCOMPARE(panel->cabinets()->index(0, 0).data().toString(), QStringLiteral("CAB-A"));
    QCOMPARE(panel->devices()->index(0, 1).data().toString(),
             api::deviceKindLabel(api::DeviceKind::Ups));
    // The table's counts follow too.
    QTRY_COMPARE(proxyIndexOfName(QStringLiteral("With Kit"), SitesModel::DevicesColumn)
                     .data()
                     .toString(),
                 QStringLiteral("1"));
}

void TestConsole::shortcutsAndSearch()
{
    startConsole(false);
    QVERIFY(m_other->createTyped(site(QStringLiteral("Alpha Yard"))));
    QVERIFY(m_other->createTyped(site(QStringLiteral("Beta Hall"), api::SiteKind::CloudCentre)));
    QTRY_COMPARE(model()->rowCount(), 2);

    // Ctrl+F puts the cursor in the search box; typing filters.
    window()->setPage(MainWindow::Settings);
    QTest::keyClick(window(), Qt::Key_F, Qt::ControlModifier);
    QCOMPARE(window()->currentPage(), MainWindow::Sites);
    QTRY_VERIFY(page()->searchEdit()->hasFocus());
    QTest::keyClicks(page()->searchEdit(), QStringLiteral("yard"));
    QCOMPARE(page()->proxy()->rowCount(), 1);
    QCOMPARE(page()->proxy()->index(0, 0).data().toString(), QStringLiteral("Alpha Yard"));
    QTest::keyClicks(page()->searchEdit(), QStringLiteral("zzz"));
    QCOMPARE(page()->proxy()->rowCount(), 0);
    QVERIFY(page()->emptyState()->isVisible());
    QCOMPARE(page()->emptyState()->findChild<QLabel *>(QStringLiteral("emptyStateTitle"))->text(),
             QStringLiteral("No sites match the filter"));
    page()->searchEdit()->clear();
    QCOMPARE(page()->proxy()->rowCount(), 2);

    // The kind filter.
    QComboBox *kinds = page()->kindFilter();
    kinds->setCurrentIndex(kinds->findData(QStringLiteral("cloud-centre")));
    QCOMPARE(page()->proxy()->rowCount(), 1);
    QCOMPARE(page()->proxy()->index(0, 0).data().toString(), QStringLiteral("Beta Hall"));
    kinds->setCurrentIndex(0);

    // Del in the search box edits text, it does not delete the selected site.
    clickRow(QStringLiteral("Beta Hall"));
    page()->searchEdit()->setFocus();
    QTest::keyClick(page()->searchEdit(), Qt::Key_Delete);
    QTest::qWait(100);
    QVERIFY(!window()->findChild<widgets::DeleteSiteDialog *>());

    // Ctrl+N opens the Add dialog, Escape closes it.
    QTest::keyClick(window(), Qt::Key_N, Qt::ControlModifier);
    auto *dialog = waitForChild<widgets::SiteDialog>(QStringLiteral("addSiteDialog"));
    QVERIFY(dialog);
    QPointer<QDialog> guard(dialog);
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(guard.isNull());
}

void TestConsole::languageSwitchRetranslates()
{
    startConsole(false);
    QListWidget *nav = window()->navigation();
    QCOMPARE(nav->item(MainWindow::Sites)->text(), QStringLiteral("Sites"));
    auto *heading = page()->findChild<QLabel *>(QStringLiteral("sitesHeading"));
    QCOMPARE(heading->text(), QStringLiteral("Sites"));

    // Through the Settings page, as a user would.
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {},
                      nav->visualItemRect(nav->item(MainWindow::Settings)).center());
    QCOMPARE(window()->currentPage(), MainWindow::Settings);
    QComboBox *language = window()->settingsPage()->languageCombo();
    language->setFocus();
    const int zh = language->findData(QStringLiteral("zh_CN"));
    while (language->currentIndex() < zh)
        QTest::keyClick(language, Qt::Key_Down);
    QTRY_COMPARE(i18n::current(*qApp), QStringLiteral("zh_CN"));
    QTRY_VERIFY2(hasHan(nav->item(MainWindow::Sites)->text()),
                 qPrintable(nav->item(MainWindow::Sites)->text()));
    QVERIFY2(hasHan(heading->text()), qPrintable(heading->text()));
    QVERIFY(hasHan(model()->headerData(SitesModel::NameColumn, Qt::Horizontal).toString()));
    QCOMPARE(widgets::ConsoleSettings().language(), QStringLiteral("zh_CN"));

    // And back.
    const int en = language->findData(QStringLiteral("en"));
    while (language->currentIndex() > en)
        QTest::keyClick(language, Qt::Key_Up);
    QTRY_COMPARE(nav->item(MainWindow::Sites)->text(), QStringLiteral("Sites"));
    QCOMPARE(heading->text(), QStringLiteral("Sites"));
    QCOMPARE(model()->headerData(SitesModel::NameColumn, Qt::Horizontal).toString(),
             QStringLiteral("Name"));
    QCOMPARE(widgets::ConsoleSettings().language(), QStringLiteral("en"));
}

void TestConsole::everyVisibleTextFollowsTheLanguage()
{
    startConsole(false);
    QVERIFY(m_other->createTyped(site(QStringLiteral("Marked"))));
    QTRY_COMPARE(model()->rowCount(), 1);
    auto unmarked = [this](QWidget *root) {
        QStringList missing;
        auto check = [&](QWidget *w, const QString &text) {
            if (w->isVisible() && !text.isEmpty() && !text.contains(QStringLiteral("«")))
                missing << QStringLiteral("%1 '%2'").arg(QString::fromLatin1(
                                                             w->metaObject()->className()),
                                                         text);
        };
        for (QLabel *l : root->findChildren<QLabel *>())
            if (l->pixmap().isNull())
                check(l, l->text());
        for (QAbstractButton *b : root->findChildren<QAbstractButton *>())
            check(b, b->text());
        for (QLineEdit *e : root->findChildren<QLineEdit *>())
            check(e, e->placeholderText());
        return missing;
    };
    // Site names and paths are data; everything else must carry the mark.
    auto notData = [](QStringList list) {
        list.removeIf([](const QString &s) {
            return s.contains(QStringLiteral("Marked")) && !s.contains(u' ');
        });
        return list;
    };

    MarkingTranslator marker;
    QCoreApplication::installTranslator(&marker);
    QTRY_VERIFY(window()->navigation()->item(0)->text().contains(QStringLiteral("«")));
    for (int p = 0; p < MainWindow::PageCount; ++p) {
        window()->setPage(MainWindow::Page(p));
        QTest::qWait(20);
        QCOMPARE(window()->navigation()->item(p)->text(),
                 QStringLiteral("«") + window()->navigation()->item(p)->text().mid(1));
        const QStringList missing = notData(unmarked(window()));
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("; "))));
    }
    window()->setPage(MainWindow::Sites);
    QVERIFY(model()
                ->headerData(SitesModel::NameColumn, Qt::Horizontal)
                .toString()
                .contains(QStringLiteral("«")));
    QVERIFY(window()->windowTitle().contains(QStringLiteral("«")));
    for (QAction *a : window()->menuBar()->actions())
        QVERIFY2(a->text().contains(QStringLiteral("«")), qPrintable(a->text()));
    // Dialogs opened now speak the new language too, and follow a change while open.
    auto *dialog = page()->openAddDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->windowTitle().contains(QStringLiteral("«")));
    QCoreApplication::removeTranslator(&marker);
    QTRY_VERIFY(!window()->navigation()->item(0)->text().contains(QStringLiteral("«")));
    QVERIFY(!dialog->windowTitle().contains(QStringLiteral("«")));
    QVERIFY(unmarked(dialog).size() > 3);
    dialog->reject();
    QCOMPARE(window()->navigation()->item(0)->text(), QStringLiteral("Sites"));
}

void TestConsole::demoBannerRemovesDemoRows()
{
    startConsole(true);
    QTRY_VERIFY(model()->demoCount() > 0);
    QVERIFY(page()->demoBanner()->isVisible());
    // One site of our own, which must survive.
    QVERIFY(m_other->createTyped(site(QStringLiteral("Mine"))));
    QTRY_VERIFY(rowOfName(QStringLiteral("Mine")) >= 0);
    QCOMPARE(model()->rowCount(), model()->demoCount() + 1);
    QCOMPARE(*m_console->connector().embeddedHub()->store().setting(QStringLiteral("demo.seeded")),
             QStringLiteral("1"));

    QTest::mouseClick(page()->removeDemoButton(), Qt::LeftButton);
    auto *box = waitForChild<QMessageBox>(QStringLiteral("removeDemoConfirm"));
    QVERIFY(box);
    // Cancel keeps everything.
    QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    QTest::qWait(100);
    QVERIFY(model()->demoCount() > 0);

    QTest::mouseClick(page()->removeDemoButton(), Qt::LeftButton);
    box = waitForChild<QMessageBox>(QStringLiteral("removeDemoConfirm"));
    QVERIFY(box);
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("confirmRemoveDemoButton")),
                      Qt::LeftButton);
    QTRY_COMPARE(model()->demoCount(), 0);
    QTRY_COMPARE(model()->rowCount(), 1);
    QCOMPARE(model()->siteAt(0).name, QStringLiteral("Mine"));
    QVERIFY(!page()->demoBanner()->isVisible());
    auto sites = m_other->list(api::ListQuery{});
    QVERIFY(sites);
    QCOMPARE(sites->total, 1);

    // A restart on the same data directory does not seed the demo again.
    stopConsole();
    startConsole(true);
    QCOMPARE(model()->rowCount(), 1);
    QCOMPARE(model()->demoCount(), 0);
}

void TestConsole::placeholderPagesSayNotAvailable()
{
    startConsole(false);
    QListWidget *nav = window()->navigation();
    for (int p :
         {int(MainWindow::Topology), int(MainWindow::Monitoring), int(MainWindow::Reports)}) {
        QTest::mouseClick(nav->viewport(), Qt::LeftButton, {},
                          nav->visualItemRect(nav->item(p)).center());
        QCOMPARE(int(window()->currentPage()), p);
        QLabel *notice = nullptr;
        for (QLabel *l : window()->findChildren<QLabel *>(QStringLiteral("placeholderNotice")))
            if (l->isVisible())
                notice = l;
        QVERIFY(notice);
        QVERIFY(notice->text().contains(QStringLiteral("not available")));
    }
}

void TestConsole::settingsArePersisted()
{
    startConsole(false);
    window()->setPage(MainWindow::Settings);
    auto *dataDir = window()->settingsPage()->findChild<QLineEdit *>(QStringLiteral("dataDirEdit"));
    QVERIFY(dataDir);
    dataDir->setFocus();
    QTest::keyClicks(dataDir, QStringLiteral("/srv/edge-data"));
    QTest::keyClick(dataDir, Qt::Key_Return);
    QCOMPARE(widgets::ConsoleSettings().dataDir(), QStringLiteral("/srv/edge-data"));
    widgets::ConsoleSettings().addRemoteHub({QStringLiteral("hub.example.com:7443"),
                                             QStringLiteral("/tmp/ca.pem"), QStringLiteral("ops")});
    window()->settingsPage()->reloadHistory();
    QCOMPARE(window()->settingsPage()->historyList()->count(), 1);
    QVERIFY(window()->settingsPage()->historyList()->item(0)->text().contains(
        QStringLiteral("hub.example.com:7443")));
}

void TestConsole::remoteHubThroughConnectDialog()
{
    // A second hub with a TLS listener on loopback.
    QTemporaryDir remoteDir;
    hub::HubOptions ro;
    ro.dataDir = remoteDir.path();
    ro.listen = QStringLiteral("127.0.0.1:0");
    auto remote = hub::Hub::open(ro);
    QVERIFY2(remote, qPrintable(remote ? QString() : remote.error().toString()));
    const QString password = (*remote)->generatedAdminPassword();
    QVERIFY(!password.isEmpty());
    {
        client::Client seeder((*remote)->inProcessChannel());
        seeder.setToken((*remote)->localSession()->token);
        QVERIFY(seeder.createTyped(site(QStringLiteral("Far Away Site"))));
    }

    startConsole(false);
    QVERIFY(m_other->createTyped(site(QStringLiteral("Local Only"))));
    QTRY_VERIFY(rowOfName(QStringLiteral("Local Only")) >= 0);

    window()->connectRemoteAction()->trigger();
    auto *dialog = waitForChild<widgets::ConnectHubDialog>(QStringLiteral("connectHubDialog"));
    QVERIFY(dialog);
    auto *host = dialog->findChild<QComboBox *>(QStringLiteral("hostCombo"));
    auto *ca = dialog->findChild<QLineEdit *>(QStringLiteral("caEdit"));
    auto *user = dialog->findChild<QLineEdit *>(QStringLiteral("userEdit"));
    auto *pass = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));

    // A malformed address is refused on the field, before any network traffic.
    QTest::keyClicks(host->lineEdit(), QStringLiteral("no-port-here"));
    clickOk(dialog);
    QVERIFY(host->property("invalid").toBool());
    QVERIFY(!dialog->errorText().isEmpty());

    host->lineEdit()->clear();
    QTest::keyClicks(host->lineEdit(), (*remote)->listenAddress());
    QTest::keyClicks(ca, (*remote)->caCertificatePath());
    QTest::keyClicks(user, QStringLiteral("admin"));
    QTest::keyClicks(pass, QStringLiteral("wrong password"));
    clickOk(dialog);
    // The hub says no; the dialog points at the password.
    QTRY_VERIFY(pass->property("invalid").toBool());
    QVERIFY(!dialog->errorText().isEmpty());

    pass->clear();
    QTest::keyClicks(pass, password);
    QPointer<QDialog> guard(dialog);
    clickOk(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(guard.isNull(), 15000);

    QVERIFY(!window()->connection().embedded);
    QTRY_VERIFY(rowOfName(QStringLiteral("Far Away Site")) >= 0);
    QCOMPARE(rowOfName(QStringLiteral("Local Only")), -1);
    QVERIFY(window()->hubStatusLabel()->text().contains((*remote)->listenAddress()));
    QVERIFY(window()->windowTitle().contains((*remote)->listenAddress()));
    QTRY_COMPARE(window()->changeFeed()->state(), widgets::ChangeFeed::State::Connected);
    // The hub is remembered, the password is not.
    const auto history = widgets::ConsoleSettings().remoteHubs();
    QCOMPARE(history.size(), 1);
    QCOMPARE(history.first().hostPort, (*remote)->listenAddress());
    QSettings raw(widgets::ConsoleSettings::organizationName(),
                  widgets::ConsoleSettings::applicationName());
    for (const QString &key : raw.allKeys())
        QVERIFY2(!raw.value(key).toString().contains(password), qPrintable(key));

    // Changes on the remote hub arrive through its change feed.
    {
        client::Client other((*remote)->inProcessChannel());
        other.setToken((*remote)->localSession()->token);
        QVERIFY(other.createTyped(site(QStringLiteral("Also Far"))));
    }
    QTRY_VERIFY(rowOfName(QStringLiteral("Also Far")) >= 0);

    // When the remote hub goes away, the status bar says so.
    (*remote)->shutdown();
    QTRY_VERIFY_WITH_TIMEOUT(window()->changeFeed()->state()
                                 != widgets::ChangeFeed::State::Connected,
                             15000);

    // And back to the embedded hub.
    window()->connectEmbedded();
    QTRY_VERIFY(window()->connection().embedded);
    QTRY_VERIFY(rowOfName(QStringLiteral("Local Only")) >= 0);
    QTRY_COMPARE(window()->changeFeed()->state(), widgets::ChangeFeed::State::Connected);
    // Close the window before the remote hub object goes.
    stopConsole();
}

void TestConsole::modelOverRealHubPassesTester()
{
    startConsole(true);
    QAbstractItemModelTester tester(model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(page()->proxy(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_VERIFY(model()->countsLoaded());
    for (int i = 0; i < 5; ++i)
        QVERIFY(m_other->createTyped(site(QStringLiteral("Tested %1").arg(i))));
    QTRY_VERIFY(rowOfName(QStringLiteral("Tested 4")) >= 0);
    page()->searchEdit()->setText(QStringLiteral("tested"));
    QCOMPARE(page()->proxy()->rowCount(), 5);
    QVERIFY(*m_other->removeDemoData() > 0);
    QTRY_COMPARE(model()->rowCount(), 5);
    page()->table()->sortByColumn(SitesModel::LatitudeColumn, Qt::DescendingOrder);
    page()->refreshAction()->trigger();
    QTRY_VERIFY(model()->isLoaded());
    QTRY_COMPARE(model()->rowCount(), 5);
}

void TestConsole::startsWithRemoteHubOption()
{
    // --hub HOST:PORT --ca FILE: no embedded hub; the connect dialog asks for user and password.
    QTemporaryFile ca;
    QVERIFY(ca.open());
    console::ConsoleOptions options;
    options.dataDir = m_dir->filePath(QStringLiteral("data"));
    options.hubHostPort = QStringLiteral("hub.invalid:7443");
    options.caFile = ca.fileName();
    m_console = std::make_unique<console::Console>(options);
    QVERIFY(m_console->start());
    auto *dialog = waitForChild<widgets::ConnectHubDialog>(QStringLiteral("connectHubDialog"));
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("hostCombo"))->currentText(),
             options.hubHostPort);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("caEdit"))->text(), ca.fileName());
    QVERIFY(m_console->connector().embeddedHub() == nullptr);
    QVERIFY(!window()->connection().isValid());
    QVERIFY(window()->userStatusLabel()->text().contains(QStringLiteral("Not signed in")));
    QVERIFY(page()->emptyState()->isVisible());
    QVERIFY(!page()->addAction()->isEnabled());
    dialog->reject();
}

void TestConsole::usageErrorsNameTheOption_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("unknown option")
        << QStringList{QStringLiteral("--bogus")} << QStringLiteral("bogus");
    QTest::newRow("bad language") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr")}
                                  << QStringLiteral("--lang");
    QTest::newRow("bad hub") << QStringList{QStringLiteral("--hub"), QStringLiteral("nohost")}
                             << QStringLiteral("--hub");
    QTest::newRow("ca without hub")
        << QStringList{QStringLiteral("--ca"), QStringLiteral("x.pem")} << QStringLiteral("--ca");
    QTest::newRow("stray argument")
        << QStringList{QStringLiteral("extra")} << QStringLiteral("extra");
}

void TestConsole::usageErrorsNameTheOption()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    auto parsed = console::parseOptions(QStringList{QStringLiteral("edge-console")} + arguments);
    QVERIFY(!parsed);
    QCOMPARE(parsed.error().code, api::Code::Usage);
    QVERIFY2(parsed.error().message.contains(mentions), qPrintable(parsed.error().message));

    auto good = console::parseOptions({QStringLiteral("edge-console"), QStringLiteral("--data"),
                                       QStringLiteral("/tmp/x"), QStringLiteral("--lang"),
                                       QStringLiteral("zh_CN"), QStringLiteral("--no-demo"),
                                       QStringLiteral("--bench-startup")});
    QVERIFY(good);
    QCOMPARE(good->dataDir, QStringLiteral("/tmp/x"));
    QCOMPARE(good->language, QStringLiteral("zh_CN"));
    QVERIFY(!good->seedDemo);
    QVERIFY(good->benchStartup);
}

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
