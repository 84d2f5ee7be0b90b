// Crash safety of the SQLite store: a child process (edge-store-crashwriter) writes in a loop and
// reports every committed create; it is killed with SIGKILL at random moments, 20 times, on the
// same file. After every kill the file must pass PRAGMA integrity_check, hold every reported
// entity, and have an op log that matches the tables.

#include "backend/store/sqlitestore.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace edge;

namespace {

// Rows of a query on a fresh connection, the first column as text.
QStringList query(const QString &path, const char *sql)
{
    QStringList out;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READWRITE, nullptr)
        != SQLITE_OK) {
        out << QStringLiteral("open failed: ") + QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_close(db);
        return out;
    }
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        out << QStringLiteral("prepare failed: ") + QString::fromUtf8(sqlite3_errmsg(db));
    } else {
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
            out << (text ? QString::fromUtf8(text) : QStringLiteral("NULL"));
        }
        if (rc != SQLITE_DONE)
            out << QStringLiteral("step failed: ") + QString::fromUtf8(sqlite3_errmsg(db));
    }
    sqlite3_finalize(stmt);
    sqlite3_close(db);
    return out;
}

} // namespace

class TestStoreCrash : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void killedWriterLosesNothingCommitted();
};

void TestStoreCrash::killedWriterLosesNothingCommitted()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString db = dir.filePath(QStringLiteral("crash.db"));
    const QString writer = QStringLiteral(EC_CRASHWRITER);
    QVERIFY2(QFile::exists(writer), qPrintable(writer));

    const quint32 seed = qEnvironmentVariableIsSet("EC_CRASH_SEED")
                             ? quint32(qEnvironmentVariableIntValue("EC_CRASH_SEED"))
                             : QRandomGenerator::global()->generate();
    qInfo("seed %u (set EC_CRASH_SEED to repeat)", seed);
    QRandomGenerator random(seed);

    QList<std::pair<api::EntityKind, QString>> committed; // over all rounds
    int killsWithWork = 0;
    for (int round = 0; round < 20; ++round) {
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(writer, {db});
        QVERIFY2(child.waitForStarted(5000), qPrintable(child.errorString()));

        // Kill at a random moment: the first rounds may catch the child creating and migrating
        // the file, the others in the middle of its writes.
        const int delayMs = int(random.bounded(400u));
        QByteArray out;
        QDeadlineTimer deadline(delayMs);
        while (!deadline.hasExpired() && child.state() == QProcess::Running) {
            child.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
            out += child.readAllStandardOutput(); // keep the pipe empty so the child never blocks
        }
        QVERIFY2(child.state() == QProcess::Running,
                 qPrintable(QStringLiteral("the writer stopped by itself: ")
                            + QString::fromLocal8Bit(child.readAllStandardError())));
        child.kill(); // SIGKILL
        QVERIFY(child.waitForFinished(5000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        out += child.readAllStandardOutput();

        // Only complete lines were committed and reported; a torn last line is dropped.
        const QList<QByteArray> lines = out.split('\n');
        int reported = 0;
        for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
            const QList<QByteArray> parts = lines.at(i).split(' ');
            QCOMPARE(parts.size(), 2);
            const auto kind = api::kindFromName(QString::fromLatin1(parts.at(0)));
            QVERIFY(kind);
            committed.append({*kind, QString::fromLatin1(parts.at(1))});
            ++reported;
        }
        if (reported > 0)
            ++killsWithWork;

        // The file is intact.
        if (!QFile::exists(db))
            continue; // killed before SQLite created it
        QCOMPARE(query(db, "PRAGMA integrity_check"), QStringList{QStringLiteral("ok")});

        // It opens (a kill during the first migration leaves either nothing or all of it).
        api::SystemClock clock;
        auto store = store::SqliteStore::open(db, clock);
        QVERIFY2(store, qPrintable(store ? QString() : store.error().toString()));
        for (const auto &[kind, id] : std::as_const(committed)) {
            auto got = (*store)->get(kind, id);
            QVERIFY2(got, qPrintable(QStringLiteral("round %1: committed %2 %3 is missing")
                                         .arg(round)
                                         .arg(api::kindName(kind), id)));
        }
        // The op log matches the tables: every row has its $create, every entity that has a
        // $create and no $delete has its row, and the store revision is the log's last one.
        // (EXCEPT instead of correlated subqueries: op_log has no index by entity.)
        for (
            const char *check : {
                "SELECT COUNT(*) FROM (SELECT id FROM sites EXCEPT SELECT entity_id FROM op_log "
                "WHERE entity = 'site' AND field = '$create')",
                "SELECT COUNT(*) FROM (SELECT id FROM cabinets EXCEPT SELECT entity_id FROM op_log "
                "WHERE entity = 'cabinet' AND field = '$create')",
                "SELECT COUNT(*) FROM (SELECT id FROM regions EXCEPT SELECT entity_id FROM op_log "
                "WHERE entity = 'region' AND field = '$create')",
                "SELECT COUNT(*) FROM (SELECT entity_id FROM op_log WHERE entity = 'site' AND "
                "field = '$create' EXCEPT SELECT id FROM sites EXCEPT SELECT entity_id FROM op_log "
                "WHERE entity = 'site' AND field = '$delete')",
                "SELECT COUNT(*) FROM sites WHERE revision > (SELECT MAX(revision) FROM op_log)",
            })
            QVERIFY2(query(db, check) == QStringList{QStringLiteral("0")}, check);
        QCOMPARE(query(db, "SELECT COALESCE(MAX(revision), 0) FROM op_log"),
                 QStringList{QString::number((*store)->revision())});
        QCOMPARE(*(*store)->integrityCheck(), QStringLiteral("ok"));
    }
    qInfo("%lld entities committed over 20 kills (%d kills after reported work)",
          static_cast<long long>(committed.size()), killsWithWork);
    QVERIFY2(killsWithWork >= 5, "too few kills landed while the writer was writing");
}

QTEST_GUILESS_MAIN(TestStoreCrash)
#include "tst_storecrash.moc"
