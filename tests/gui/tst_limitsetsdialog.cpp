// The survey limits dialog (issue 4) over a real embedded hub: it lists the shipped sets with
// their versions, marks unverified limits with an icon and tooltip, stores an edited value as a
// new version (older versions kept), refuses a bad value without storing, reverts to the shipped
// values as one more version, and exports/imports files. Screenshots in English and Chinese.
#include "backend/api/limitsetrecord.h"
#include "backend/client/client.h"
#include "backend/hub/hub.h"
#include "backend/survey/userlimits.h"
#include "widgets/dialogs/limitsetsdialog.h"

#include <QApplication>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace edge;

class TestLimitSetsDialog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void editAValueAndSaveAVersion();
    void badValueIsRefused();
    void unverifiedRowsAreMarked();
    void exportAndImport();

private:
    std::unique_ptr<widgets::LimitSetsDialog> openDialog()
    {
        auto dialog = std::make_unique<widgets::LimitSetsDialog>(m_client);
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            return {};
        if (!QTest::qWaitFor([&] { return dialog->isLoaded(); }, 30'000))
            return {};
        return dialog;
    }
    static int rowOf(QTableWidget *table, const QString &key)
    {
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->text() == key)
                return r;
        return -1;
    }
    QList<api::LimitSetRecord> records()
    {
        auto r = survey::loadLimitSetRecords(*m_client);
        return r ? *r : QList<api::LimitSetRecord>();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<hub::Hub> m_hub;
    std::shared_ptr<client::Client> m_client;
};

void TestLimitSetsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    hub::HubOptions options;
    options.dataDir = m_dir->path();
    auto opened = hub::Hub::open(options);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().toString()));
    m_hub = std::move(*opened);
    auto session = m_hub->localSession();
    QVERIFY2(session, qPrintable(session ? QString() : session.error().toString()));
    m_client = std::make_shared<client::Client>(m_hub->inProcessChannel());
    m_client->setToken(session->token);
}

void TestLimitSetsDialog::cleanup()
{
    m_client.reset();
    m_hub.reset();
    m_dir.reset();
}

void TestLimitSetsDialog::editAValueAndSaveAVersion()
{
    auto dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->setsTable()->rowCount() >= 14); // temperature, site facts, noise, distance
    QVERIFY(dialog->selectSet(QStringLiteral("ashrae-2021-recommended")));
    QCOMPARE(dialog->selectedVersion(), 1);
    QTableWidget *limits = dialog->limitsTable();
    const int row = rowOf(limits, QStringLiteral("drybulb"));
    QVERIFY(row >= 0);
    QCOMPARE(limits->item(row, 2)->text(), QStringLiteral("27"));
    QVERIFY(limits->item(row, 2)->flags() & Qt::ItemIsEditable);
    QVERIFY(!(limits->item(row, 3)->flags() & Qt::ItemIsEditable)); // the unit is not
    limits->item(row, 2)->setText(QStringLiteral("30"));

    QSignalSpy saved(dialog.get(), &widgets::LimitSetsDialog::saved);
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveVersion"));
    QVERIFY(save && save->isEnabled());
    save->click();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 30'000);
    QCOMPARE(saved.first().at(1).toInt(), 2);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->selectedVersion(), 2, 30'000);
    QVERIFY2(dialog->statusText().contains(QStringLiteral("version 2")),
             qPrintable(dialog->statusText()));

    QList<api::LimitSetRecord> stored = records();
    QCOMPARE(stored.size(), 1);
    auto set = stored.first().limitSet();
    QVERIFY(set);
    QCOMPARE(*set->find(QStringLiteral("drybulb"))->limit.max, 30.0);
    QCOMPARE(*set->find(QStringLiteral("drybulb"))->limit.min, 18.0);
    QCOMPARE(dialog->limitsTable()->item(row, 2)->text(), QStringLiteral("30"));
    QWidget *dlg = dialog.get();
    dlg->grab().save(QStringLiteral("/tmp/limits-dialog-en.png"));

    // Revert to shipped: one more version, equal to the shipped values.
    auto *revert = dialog->findChild<QPushButton *>(QStringLiteral("revertToShipped"));
    QVERIFY(revert && revert->isEnabled());
    revert->click();
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, 30'000);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->selectedVersion(), 3, 30'000);
    stored = records();
    QCOMPARE(stored.size(), 3 - 1); // versions 2 and 3 kept
    auto reverted = stored.last().limitSet();
    QVERIFY(reverted);
    QCOMPARE(reverted->version, 3);
    QCOMPARE(*reverted->find(QStringLiteral("drybulb"))->limit.max, 27.0);
}

void TestLimitSetsDialog::badValueIsRefused()
{
    auto dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->selectSet(QStringLiteral("ashrae-2021-recommended")));
    QTableWidget *limits = dialog->limitsTable();
    const int row = rowOf(limits, QStringLiteral("drybulb"));
    QVERIFY(row >= 0);
    limits->item(row, 2)->setText(QStringLiteral("hot"));
    QSignalSpy failed(dialog.get(), &widgets::LimitSetsDialog::failed);
    dialog->saveAsNewVersion();
    QCOMPARE(failed.size(), 1);
    QVERIFY2(dialog->statusText().contains(QStringLiteral("drybulb")),
             qPrintable(dialog->statusText()));
    limits->item(row, 2)->setText(QStringLiteral("10")); // below the minimum of 18
    dialog->saveAsNewVersion();
    QCOMPARE(failed.size(), 2);
    QVERIFY2(dialog->statusText().contains(QStringLiteral("minimum")),
             qPrintable(dialog->statusText()));
    QVERIFY(records().isEmpty());
}

void TestLimitSetsDialog::unverifiedRowsAreMarked()
{
    auto dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->selectSet(QStringLiteral("site-facts")));
    QTableWidget *limits = dialog->limitsTable();
    int marked = 0;
    for (int r = 0; r < limits->rowCount(); ++r) {
        const bool low = limits->item(r, 6)->text().contains(QStringLiteral("unverified"));
        QCOMPARE(!limits->item(r, 0)->icon().isNull(), low);
        if (low) {
            ++marked;
            QVERIFY2(limits->item(r, 0)->toolTip().startsWith(QStringLiteral("Unverified")),
                     qPrintable(limits->item(r, 0)->toolTip()));
        }
    }
    QVERIFY(marked >= 1);
    dialog->resize(1100, 560);
    QWidget *dlg = dialog.get();
    dlg->grab().save(QStringLiteral("/tmp/limits-dialog-unverified.png"));
}

void TestLimitSetsDialog::exportAndImport()
{
    auto dialog = openDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->selectSet(QStringLiteral("gb3096-2008")));
    const QString path = m_dir->filePath(QStringLiteral("noise.json"));
    QVERIFY(dialog->exportFile(path));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray content = f.readAll();
    f.close();
    QVERIFY(content.contains("\"version\": 1"));

    // Importing the same version is refused and stores nothing.
    QSignalSpy failed(dialog.get(), &widgets::LimitSetsDialog::failed);
    dialog->importFile(path);
    QCOMPARE(failed.size(), 1);
    QVERIFY2(dialog->statusText().contains(QStringLiteral("not newer")),
             qPrintable(dialog->statusText()));
    QVERIFY(records().isEmpty());

    content.replace("\"version\": 1", "\"version\": 4");
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(content);
    f.close();
    QSignalSpy saved(dialog.get(), &widgets::LimitSetsDialog::saved);
    dialog->importFile(path);
    QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 30'000);
    QCOMPARE(saved.first().at(0).toString(), QStringLiteral("gb3096-2008"));
    QTRY_COMPARE_WITH_TIMEOUT(dialog->selectedVersion(), 4, 30'000);
    QCOMPARE(records().size(), 1);

    // In Chinese, for the screenshot.
    QTranslator translator;
    if (translator.load(QStringLiteral(":/i18n/edgeconsole_zh_CN.qm")))
        QApplication::installTranslator(&translator);
    QWidget *dlg = dialog.get();
    dlg->grab().save(QStringLiteral("/tmp/limits-dialog-zh.png"));
    QApplication::removeTranslator(&translator);
}

QTEST_MAIN(TestLimitSetsDialog)
#include "tst_limitsetsdialog.moc"
