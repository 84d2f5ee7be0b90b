// api::StoreMaintenance of the SQLite store: maintain() (checkpoint, incremental vacuum, size
// alarm), online backup, restore (refusing damaged or newer files), integrity check.

#include "backend/store/sqlitestore.h"
#include "storetestsupport.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <atomic>
#include <thread>

using namespace edge;
using namespace edge::store;
using namespace edge::store::test;
using api::Code;
using api::EntityKind;
using api::Record;

class TestStoreMaintenance : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void integrityCheckOk();
    void maintainCheckpointsAndVacuums();
    void sizeAlarm();
    void backupRestoreRoundTrip();
    void backupWhileWriting();
    void backupRefusesItsOwnFile();
    void restoreRefusesDamagedFile_data();
    void restoreRefusesDamagedFile();
    void restoreRefusesNewerSchema();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    api::ManualClock m_clock;
    std::unique_ptr<SqliteStore> m_store;
    QString path(const char *name) const { return m_dir->filePath(QString::fromLatin1(name)); }
    int siteCount();
    void addSites(int count, const QString &prefix);
};

void TestStoreMaintenance::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto store = SqliteStore::open(path("store.db"), m_clock);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().toString()));
    m_store = std::move(*store);
}

void TestStoreMaintenance::cleanup()
{
    m_store.reset();
    m_dir.reset();
}

int TestStoreMaintenance::siteCount()
{
    api::ListQuery q;
    q.kind = EntityKind::Site;
    auto page = m_store->list(q);
    return page ? page->total : -1;
}

void TestStoreMaintenance::addSites(int count, const QString &prefix)
{
    for (int i = 0; i < count; ++i) {
        Record r = siteRecord(prefix + QString::number(i));
        // Long enough that deleting the rows frees more pages than the deletes' operations and
        // register heads take.
        r.fields[QStringLiteral("notes")] = QString(4000, QLatin1Char('n'));
        QVERIFY(m_store->create(r, {}));
    }
}

void TestStoreMaintenance::integrityCheckOk()
{
    addSites(3, QStringLiteral("S"));
    auto result = m_store->integrityCheck();
    QVERIFY(result);
    QCOMPARE(*result, QStringLiteral("ok"));
}

void TestStoreMaintenance::maintainCheckpointsAndVacuums()
{
    addSites(300, QStringLiteral("Site-"));
    QVERIFY(QFileInfo(path("store.db-wal")).size() > 0);
    api::ListQuery q;
    q.kind = EntityKind::Site;
    const auto page = m_store->list(q);
    QVERIFY(page);
    for (const Record &r : page->records)
        QVERIFY(m_store->remove(EntityKind::Site, r.id, {}, false));

    auto report = m_store->maintain();
    QVERIFY2(report, qPrintable(report ? QString() : report.error().toString()));
    QCOMPARE(report->walBytes, qint64(0)); // TRUNCATE checkpoint
    QVERIFY2(report->freedPages > 0, qPrintable(QString::number(report->freedPages)));
    QCOMPARE(report->sizeBytes, QFileInfo(path("store.db")).size());
    QVERIFY(!report->sizeAlarm);
    QCOMPARE(*m_store->integrityCheck(), QStringLiteral("ok"));
}

void TestStoreMaintenance::sizeAlarm()
{
    addSites(20, QStringLiteral("S"));
    m_store->setSizeLimit(4096);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("over its limit of 4096 bytes")));
    auto report = m_store->maintain();
    QVERIFY(report);
    QVERIFY(report->sizeAlarm);
    QVERIFY(report->sizeBytes > 4096);

    m_store->setSizeLimit(report->sizeBytes * 10);
    report = m_store->maintain();
    QVERIFY(report);
    QVERIFY(!report->sizeAlarm);

    m_store->setSizeLimit(0); // no limit
    report = m_store->maintain();
    QVERIFY(report);
    QVERIFY(!report->sizeAlarm);

    // The limit from the options works the same way.
    m_store.reset();
    SqliteStore::Options options;
    options.sizeLimitBytes = 1;
    auto store = SqliteStore::open(path("store.db"), m_clock, options);
    QVERIFY(store);
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("over its limit of 1 bytes")));
    report = (*store)->maintain();
    QVERIFY(report);
    QVERIFY(report->sizeAlarm);
}

void TestStoreMaintenance::backupRestoreRoundTrip()
{
    addSites(10, QStringLiteral("Before-"));
    api::User u;
    u.name = QStringLiteral("alice");
    QVERIFY(m_store->createUser(u, QStringLiteral("hash"), {}));
    const qint64 backupRevision = m_store->revision();
    QVERIFY(m_store->backupTo(path("backup.db")));
    QVERIFY(QFileInfo::exists(path("backup.db")));
    QVERIFY(!QFileInfo::exists(path("backup.db.partial")));
    QCOMPARE(rawValue(path("backup.db"), QStringLiteral("PRAGMA integrity_check")),
             QStringLiteral("ok"));
    QCOMPARE(rawValue(path("backup.db"), QStringLiteral("SELECT COUNT(*) FROM sites")),
             QStringLiteral("10"));

    // Change things after the backup.
    addSites(5, QStringLiteral("After-"));
    QVERIFY(m_store->removeUser(QStringLiteral("alice"), {}));
    QCOMPARE(siteCount(), 15);
    const auto opsBefore = m_store->operationsSince(0, 0);
    QVERIFY(opsBefore);
    qint64 notified = 0;
    m_store->setCommitListener([&](qint64 rev) { notified = rev; });
    const qint64 revisionBeforeRestore = m_store->revision();

    auto restored = m_store->restoreFrom(path("backup.db"));
    QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().toString()));
    QCOMPARE(siteCount(), 10);
    QVERIFY(m_store->getUser(QStringLiteral("alice")));
    // The revision moves on (watchers see that something happened), never back.
    QVERIFY(m_store->revision() > revisionBeforeRestore);
    QVERIFY(m_store->revision() > backupRevision);
    QCOMPARE(notified, m_store->revision());
    QCOMPARE(*m_store->integrityCheck(), QStringLiteral("ok"));

    // New operations do not reuse op ids handed out before the restore.
    addSites(1, QStringLiteral("New-"));
    const auto opsAfter = m_store->operationsSince(0, 0);
    QVERIFY(opsAfter);
    QSet<QString> before;
    for (const api::Operation &op : *opsBefore)
        before.insert(op.opId);
    for (const api::Operation &op : *opsAfter)
        if (op.entityId != u"" && op.value.contains(QStringLiteral("New-")))
            QVERIFY2(!before.contains(op.opId), qPrintable(op.opId));
    QVERIFY(opsAfter->last().hlc > opsBefore->last().hlc);

    // The restored store survives a reopen.
    m_store.reset();
    auto reopened = SqliteStore::open(path("store.db"), m_clock);
    QVERIFY(reopened);
    m_store = std::move(*reopened);
    QCOMPARE(siteCount(), 11);
}

void TestStoreMaintenance::backupWhileWriting()
{
    addSites(200, QStringLiteral("Base-"));
    std::atomic<bool> stop{false};
    std::atomic<int> written{0};
    std::thread writer([&] {
        for (int i = 0; !stop; ++i) {
            if (m_store->create(siteRecord(QStringLiteral("Live-%1").arg(i)), {}))
                ++written;
        }
    });
    auto backup = m_store->backupTo(path("backup.db"));
    stop = true;
    writer.join();
    QVERIFY2(backup, qPrintable(backup ? QString() : backup.error().toString()));
    QCOMPARE(rawValue(path("backup.db"), QStringLiteral("PRAGMA integrity_check")),
             QStringLiteral("ok"));
    const int copied = rawValue(path("backup.db"), QStringLiteral("SELECT COUNT(*) FROM sites"))
                           .toInt();
    QVERIFY(copied >= 200);
    QVERIFY(copied <= 200 + written);
    // The copy is consistent: every site in it has its $create in its op log.
    QCOMPARE(
        rawValue(path("backup.db"),
                 QStringLiteral(
                     "SELECT COUNT(*) FROM sites s WHERE NOT EXISTS (SELECT 1 FROM op_log o "
                     "WHERE o.entity = 'site' AND o.entity_id = s.id AND o.field = '$create')")),
        QStringLiteral("0"));
}

void TestStoreMaintenance::backupRefusesItsOwnFile()
{
    auto r = m_store->backupTo(path("store.db"));
    QVERIFY(!r);
    QCOMPARE(r.error().code, Code::InvalidArgument);
    QCOMPARE(*m_store->integrityCheck(), QStringLiteral("ok"));
}

void TestStoreMaintenance::restoreRefusesDamagedFile_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<int>("code");
    QTest::newRow("missing") << QStringLiteral("missing") << int(Code::NotFound);
    QTest::newRow("garbage") << QStringLiteral("garbage") << int(Code::StoreCorrupt);
    QTest::newRow("torn pages") << QStringLiteral("torn") << int(Code::StoreCorrupt);
    QTest::newRow("other program") << QStringLiteral("foreign") << int(Code::StoreMigration);
}

void TestStoreMaintenance::restoreRefusesDamagedFile()
{
    QFETCH(QString, damage);
    QFETCH(int, code);
    addSites(50, QStringLiteral("Keep-"));
    const QString bad = path("bad.db");
    if (damage == u"garbage") {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(16384, '\x5a'));
    } else if (damage == u"torn") {
        QVERIFY(m_store->backupTo(bad));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 8 * 4096);
        // Overwrite pages in the middle of the file (b-tree pages of the data).
        for (qint64 at = 4096; at + 4096 < size; at += 3 * 4096) {
            f.seek(at + 100);
            f.write(QByteArray(512, '\xff'));
        }
    } else if (damage == u"foreign") {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(bad).constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "CREATE TABLE photos (id INTEGER)", nullptr, nullptr, nullptr),
                 SQLITE_OK);
        sqlite3_close(db);
    }
    const qint64 revision = m_store->revision();
    auto r = m_store->restoreFrom(bad);
    QVERIFY(!r);
    QCOMPARE(int(r.error().code), code);
    QVERIFY2(r.error().message.contains(bad), qPrintable(r.error().message));
    QCOMPARE(siteCount(), 50);
    QCOMPARE(m_store->revision(), revision);
    QCOMPARE(*m_store->integrityCheck(), QStringLiteral("ok"));
}

void TestStoreMaintenance::restoreRefusesNewerSchema()
{
    addSites(5, QStringLiteral("Keep-"));
    QVERIFY(m_store->backupTo(path("backup.db")));
    QVERIFY(rawExec(path("backup.db"),
                    QStringLiteral("INSERT INTO schema_migrations VALUES (999, 'future', 0)")));
    addSites(2, QStringLiteral("More-"));
    auto r = m_store->restoreFrom(path("backup.db"));
    QVERIFY(!r);
    QCOMPARE(r.error().code, Code::StoreMigration);
    QVERIFY2(r.error().message.contains(QStringLiteral("999")), qPrintable(r.error().message));
    QVERIFY(r.error().message.contains(QStringLiteral("kept")));
    QCOMPARE(siteCount(), 7);
}

QTEST_GUILESS_MAIN(TestStoreMaintenance)
#include "tst_storemaintenance.moc"
