// Schema migrations and the shape of the tables: fresh file, re-open, newer or foreign files
// refused and left untouched, and columns that match api::schemaOf for every kind.

#include "backend/api/inventorytypes.h"
#include "backend/api/limitsetrecord.h"
#include "backend/store/migrations.h"
#include "backend/store/sqlitestore.h"
#include "storetestsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace edge;
using namespace edge::store;
using namespace edge::store::test;

class TestStoreMigrations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void freshDatabase();
    void reopenIsNoOp();
    void version3UpgradesToSurveysKeepingData();
    void version4UpgradesToLimitSetsKeepingData();
    void version8GetsDeviceSettingsKeepingDevices();
    void newerDatabaseRefusedAndUntouched();
    void foreignDatabaseRefused();
    void garbageFileRefused();
    void columnsMatchSchema_data();
    void columnsMatchSchema();
    void replicaIdPersistedAndOverridable();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    api::ManualClock m_clock;
    QString dbPath() const { return m_dir->filePath(QStringLiteral("store.db")); }
};

void TestStoreMigrations::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestStoreMigrations::freshDatabase()
{
    auto store = SqliteStore::open(dbPath(), m_clock);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().toString()));
    const auto versions = rawQuery(dbPath(),
                                   QStringLiteral(
                                       "SELECT version FROM schema_migrations ORDER BY version"));
    QCOMPARE(versions.size(), int(Migrations::steps().size()));
    QCOMPARE(versions.last().first().toInt(), Migrations::latestVersion());
    QCOMPARE(rawValue(dbPath(), QStringLiteral("PRAGMA journal_mode")), QStringLiteral("wal"));
    QCOMPARE(rawValue(dbPath(), QStringLiteral("PRAGMA auto_vacuum")),
             QStringLiteral("2")); // incremental
    for (const char *table :
         {"regions", "sites", "cabinets", "nodes", "devices", "surveys", "survey_items",
          "limit_sets", "users", "sessions", "settings", "op_log", "meta", "schema_migrations"})
        QVERIFY2(rawValue(dbPath(),
                          QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' "
                                         "AND name = '%1'")
                              .arg(QLatin1String(table)))
                     == QStringLiteral("1"),
                 table);
    QCOMPARE((*store)->revision(), qint64(0));
    QVERIFY(!(*store)->replicaId().isEmpty());
}

void TestStoreMigrations::reopenIsNoOp()
{
    QString replica;
    {
        auto store = SqliteStore::open(dbPath(), m_clock);
        QVERIFY(store);
        replica = (*store)->replicaId();
        QVERIFY((*store)->create(siteRecord(QStringLiteral("Alpha")), QStringLiteral("alice")));
    }
    const auto before = rawQuery(dbPath(), QStringLiteral("SELECT * FROM schema_migrations"));
    m_clock.advance(60'000);
    auto store = SqliteStore::open(dbPath(), m_clock);
    QVERIFY(store);
    QCOMPARE(rawQuery(dbPath(), QStringLiteral("SELECT * FROM schema_migrations")), before);
    QCOMPARE((*store)->replicaId(), replica);
    QCOMPARE((*store)->revision(), qint64(1));
    api::ListQuery q;
    q.kind = api::EntityKind::Site;
    auto page = (*store)->list(q);
    QVERIFY(page);
    QCOMPARE(page->total, 1);
}

// A database written before site surveys existed (schema 3) gains the survey tables on open and
// keeps what it had.
void TestStoreMigrations::version3UpgradesToSurveysKeepingData()
{
    {
        auto store = SqliteStore::open(dbPath(), m_clock);
        QVERIFY(store);
        QVERIFY((*store)->create(siteRecord(QStringLiteral("Before surveys")), {}));
    }
    QVERIFY(dropSyncSchema(dbPath()));
    QVERIFY(rawExec(dbPath(), QStringLiteral("DROP TABLE survey_items")));
    QVERIFY(rawExec(dbPath(), QStringLiteral("DROP TABLE surveys")));
    QVERIFY(rawExec(dbPath(), QStringLiteral("DROP TABLE limit_sets")));
    QVERIFY(rawExec(dbPath(), QStringLiteral("DELETE FROM schema_migrations WHERE version >= 4")));

    auto store = SqliteStore::open(dbPath(), m_clock);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().toString()));
    QCOMPARE(rawValue(dbPath(), QStringLiteral("SELECT MAX(version) FROM schema_migrations")),
             QString::number(Migrations::latestVersion()));
    api::ListQuery q;
    q.kind = api::EntityKind::Site;
    auto sites = (*store)->list(q);
    QVERIFY(sites);
    QCOMPARE(sites->total, 1);
    auto survey = (*store)->create(surveyRecord(sites->records.first().id,
                                                QStringLiteral("First survey")),
                                   QStringLiteral("alice"));
    QVERIFY2(survey, qPrintable(survey ? QString() : survey.error().toString()));
    auto item = (*store)->create(surveyItemRecord(survey->id, QStringLiteral("readings 1")),
                                 QStringLiteral("alice"));
    QVERIFY2(item, qPrintable(item ? QString() : item.error().toString()));
    // A survey cannot point at a site that does not exist.
    auto orphan = (*store)->create(surveyRecord(QStringLiteral("no-such-site"),
                                                QStringLiteral("Orphan")),
                                   QStringLiteral("alice"));
    QVERIFY(!orphan);
}

// A database written before user limit sets existed (schema 4) gains the limit_sets table on open
// (migration 5) and keeps its surveys.
void TestStoreMigrations::version4UpgradesToLimitSetsKeepingData()
{
    {
        auto store = SqliteStore::open(dbPath(), m_clock);
        QVERIFY(store);
        auto site = (*store)->create(siteRecord(QStringLiteral("Before limits")), {});
        QVERIFY(site);
        QVERIFY((*store)->create(surveyRecord(site->id, QStringLiteral("Survey")), {}));
    }
    QVERIFY(dropSyncSchema(dbPath()));
    QVERIFY(rawExec(dbPath(), QStringLiteral("DROP TABLE limit_sets")));
    QVERIFY(rawExec(dbPath(), QStringLiteral("DELETE FROM schema_migrations WHERE version = 5")));

    auto store = SqliteStore::open(dbPath(), m_clock);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().toString()));
    QCOMPARE(rawValue(dbPath(), QStringLiteral("SELECT MAX(version) FROM schema_migrations")),
             QString::number(Migrations::latestVersion()));
    api::ListQuery q;
    q.kind = api::EntityKind::Survey;
    auto surveys = (*store)->list(q);
    QVERIFY(surveys);
    QCOMPARE(surveys->total, 1);
    api::LimitSet set;
    set.id = QStringLiteral("site-facts");
    set.version = 2;
    set.category = QStringLiteral("site");
    api::LimitEntry entry;
    entry.key = QStringLiteral("power.voltage");
    entry.limit.min = 198;
    entry.limit.unit = QStringLiteral("V");
    set.entries.append(entry);
    auto created = (*store)->create(api::limitSetRecordFor(set, QStringLiteral("alice")).toRecord(),
                                    QStringLiteral("alice"));
    QVERIFY2(created, qPrintable(created ? QString() : created.error().toString()));
}

// A database written before devices had protocol settings (schema 8) gains the settings column on
// open (migration 9), keeps its devices, and stores settings from then on.
void TestStoreMigrations::version8GetsDeviceSettingsKeepingDevices()
{
    const QString hasColumn = QStringLiteral(
        "SELECT COUNT(*) FROM pragma_table_info('devices') WHERE name = 'settings'");
    QString deviceId;
    {
        auto store = SqliteStore::open(dbPath(), m_clock);
        QVERIFY(store);
        auto site = (*store)->create(siteRecord(QStringLiteral("Before settings")), {});
        QVERIFY(site);
        auto device = (*store)->create(deviceRecord(site->id, QStringLiteral("UPS-8")), {});
        QVERIFY2(device, qPrintable(device ? QString() : device.error().toString()));
        deviceId = device->id;
    }
    QVERIFY(dropSyncSchema(dbPath()));
    QVERIFY(rawExec(dbPath(), QStringLiteral("ALTER TABLE devices DROP COLUMN settings")));
    QVERIFY(rawExec(dbPath(), QStringLiteral("DELETE FROM schema_migrations WHERE version >= 9")));
    QCOMPARE(rawValue(dbPath(), hasColumn), QStringLiteral("0"));

    auto store = SqliteStore::open(dbPath(), m_clock);
    QVERIFY2(store, qPrintable(store ? QString() : store.error().toString()));
    QCOMPARE(rawValue(dbPath(), QStringLiteral("SELECT MAX(version) FROM schema_migrations")),
             QString::number(Migrations::latestVersion()));
    QCOMPARE(rawValue(dbPath(), hasColumn), QStringLiteral("1"));
    auto kept = (*store)->get(api::EntityKind::Device, deviceId);
    QVERIFY2(kept, qPrintable(kept ? QString() : kept.error().toString()));
    auto device = api::Device::fromRecord(*kept);
    QVERIFY(device);
    QCOMPARE(device->name, QStringLiteral("UPS-8"));
    QCOMPARE(device->address, QStringLiteral("192.0.2.10:161"));
    QVERIFY(device->settings.isEmpty());

    // Settings are stored now, and a secret is still refused.
    device->settings = QJsonObject{{QStringLiteral("snmp_version"), QStringLiteral("2c")},
                                   {QStringLiteral("timeout_ms"), 2000}};
    auto updated = (*store)->update(device->toRecord(), QStringLiteral("alice"));
    QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().toString()));
    auto reread = api::Device::fromRecord(*(*store)->get(api::EntityKind::Device, deviceId));
    QVERIFY(reread);
    QCOMPARE(reread->settings, device->settings);
    reread->settings.insert(QStringLiteral("community"), QStringLiteral("public"));
    auto secret = (*store)->update(reread->toRecord(), QStringLiteral("alice"));
    QVERIFY(!secret);
    QVERIFY2(secret.error().field == u"settings.community", qPrintable(secret.error().toString()));
}

void TestStoreMigrations::newerDatabaseRefusedAndUntouched()
{
    {
        auto store = SqliteStore::open(dbPath(), m_clock);
        QVERIFY(store);
        QVERIFY((*store)->create(siteRecord(QStringLiteral("Keep me")), {}));
    }
    QVERIFY(
        rawExec(dbPath(), QStringLiteral(
                              "INSERT INTO schema_migrations VALUES (999, 'from the future', 0)")));
    // Fold the WAL into the file so that the hash covers everything.
    QVERIFY(rawExec(dbPath(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
    const QByteArray hash = fileHash(dbPath());
    QVERIFY(!hash.isEmpty());

    auto store = SqliteStore::open(dbPath(), m_clock);
    QVERIFY(!store);
    QCOMPARE(store.error().code, api::Code::StoreMigration);
    QVERIFY2(store.error().message.contains(QStringLiteral("999")),
             qPrintable(store.error().message));
    QVERIFY(store.error().message.contains(QStringLiteral("not changed")));
    QCOMPARE(fileHash(dbPath()), hash);
    QCOMPARE(rawValue(dbPath(), QStringLiteral("SELECT name FROM sites")),
             QStringLiteral("Keep me"));
}

void TestStoreMigrations::foreignDatabaseRefused()
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(dbPath()).constData(), &db), SQLITE_OK);
    QCOMPARE(sqlite3_exec(db, "CREATE TABLE photos (id INTEGER)", nullptr, nullptr, nullptr),
             SQLITE_OK);
    sqlite3_close(db);
    const QByteArray hash = fileHash(dbPath());

    auto store = SqliteStore::open(dbPath(), m_clock);
    QVERIFY(!store);
    QCOMPARE(store.error().code, api::Code::StoreMigration);
    QVERIFY2(store.error().message.contains(QStringLiteral("another program")),
             qPrintable(store.error().message));
    QCOMPARE(fileHash(dbPath()), hash);
}

void TestStoreMigrations::garbageFileRefused()
{
    QFile f(dbPath());
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    auto store = SqliteStore::open(dbPath(), m_clock);
    QVERIFY(!store);
    QCOMPARE(store.error().code, api::Code::StoreCorrupt);
    QVERIFY2(store.error().message.contains(dbPath()), qPrintable(store.error().message));
    QCOMPARE(f.size(), qint64(8192));
}

void TestStoreMigrations::columnsMatchSchema_data()
{
    QTest::addColumn<api::EntityKind>("kind");
    for (api::EntityKind kind : api::allKinds())
        QTest::newRow(qPrintable(api::kindName(kind))) << kind;
}

void TestStoreMigrations::columnsMatchSchema()
{
    QFETCH(api::EntityKind, kind);
    auto store = SqliteStore::open(dbPath(), m_clock);
    QVERIFY(store);
    const api::EntitySchema &schema = api::schemaOf(kind);

    // PRAGMA table_info: cid, name, type, notnull, dflt_value, pk
    const auto columns = rawQuery(dbPath(),
                                  QStringLiteral("PRAGMA table_info(%1)").arg(schema.table));
    QCOMPARE(columns.size(), int(schema.fields.size()) + 2);
    QCOMPARE(columns.at(0).at(1), QStringLiteral("id"));
    QCOMPARE(columns.at(0).at(2), QStringLiteral("TEXT"));
    QCOMPARE(columns.at(0).at(5), QStringLiteral("1"));
    QCOMPARE(columns.at(1).at(1), QStringLiteral("revision"));
    QCOMPARE(columns.at(1).at(2), QStringLiteral("INTEGER"));
    auto sqlType = [](api::FieldType t) {
        switch (t) {
        case api::FieldType::Text:
        case api::FieldType::Json: return QStringLiteral("TEXT");
        case api::FieldType::Integer:
        case api::FieldType::Bool: return QStringLiteral("INTEGER");
        case api::FieldType::Real: return QStringLiteral("REAL");
        }
        return QString();
    };
    for (std::size_t i = 0; i < schema.fields.size(); ++i) {
        const api::FieldSpec &f = schema.fields[i];
        const QStringList &col = columns.at(int(i) + 2);
        QCOMPARE(col.at(1), f.name);
        QCOMPARE(col.at(2), sqlType(f.type));
        QCOMPARE(col.at(3), f.required ? QStringLiteral("1") : QStringLiteral("0"));
    }

    // PRAGMA foreign_key_list: id, seq, table, from, to, on_update, on_delete, match
    const auto keys = rawQuery(dbPath(),
                               QStringLiteral("PRAGMA foreign_key_list(%1)").arg(schema.table));
    QStringList expected, actual;
    for (const api::FieldSpec &f : schema.fields)
        if (f.references)
            expected << f.name + QStringLiteral("->") + api::schemaOf(*f.references).table
                            + QStringLiteral(".id RESTRICT");
    for (const QStringList &k : keys)
        actual << k.at(3) + QStringLiteral("->") + k.at(2) + QLatin1Char('.') + k.at(4)
                      + QLatin1Char(' ') + k.at(6);
    expected.sort();
    actual.sort();
    QCOMPARE(actual, expected);

    // The name index, scoped when the schema says so. Not unique since schema 6: replicas apart
    // may both create a name (a DuplicateName conflict); the store checks local writes itself.
    const QString nameCols = schema.nameScopeField.isEmpty()
                                 ? QStringLiteral("name")
                                 : schema.nameScopeField + QStringLiteral(",name");
    bool found = false;
    for (const QStringList &idx :
         rawQuery(dbPath(), QStringLiteral("PRAGMA index_list(%1)").arg(schema.table))) {
        QStringList cols;
        for (const QStringList &c :
             rawQuery(dbPath(), QStringLiteral("PRAGMA index_info(%1)").arg(idx.at(1))))
            cols << c.at(2);
        if (cols.join(QLatin1Char(',')) == nameCols) {
            found = true;
            QCOMPARE(idx.at(2), QStringLiteral("0")); // not unique
        }
    }
    QVERIFY2(found, qPrintable(QStringLiteral("no index on (%1)").arg(nameCols)));

    // And the store's own check agrees.
    auto db = Database::open(dbPath(), 1000);
    QVERIFY(db);
    QVERIFY(Migrations::verify(**db));
}

void TestStoreMigrations::replicaIdPersistedAndOverridable()
{
    QString generated;
    {
        auto store = SqliteStore::open(dbPath(), m_clock);
        QVERIFY(store);
        generated = (*store)->replicaId();
        QCOMPARE(generated.size(), 36); // a UUID without braces
    }
    {
        auto store = SqliteStore::open(dbPath(), m_clock);
        QVERIFY(store);
        QCOMPARE((*store)->replicaId(), generated);
    }
    SqliteStore::Options options;
    options.replicaId = QStringLiteral("hub-test");
    auto store = SqliteStore::open(dbPath(), m_clock, options);
    QVERIFY(store);
    QCOMPARE((*store)->replicaId(), QStringLiteral("hub-test"));
    auto site = (*store)->create(siteRecord(QStringLiteral("Beta")), QStringLiteral("bob"));
    QVERIFY(site);
    auto ops = (*store)->operationsSince(0, 0);
    QVERIFY(ops);
    QVERIFY(!ops->isEmpty());
    for (const api::Operation &op : *ops) {
        QCOMPARE(op.replicaId, QStringLiteral("hub-test"));
        QVERIFY(op.opId.startsWith(QStringLiteral("hub-test:")));
    }
}

QTEST_GUILESS_MAIN(TestStoreMigrations)
#include "tst_storemigrations.moc"
