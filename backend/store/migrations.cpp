#include "backend/store/migrations.h"

#include "backend/api/entity.h"
#include "backend/store/entitysql.h"
#include "backend/store/registers.h"
#include "backend/store/storelog.h"
#include "backend/store/storetr.h"

namespace edge::store {

namespace {

api::Result<void> execAll(Database &db, const QStringList &statements)
{
    for (const QString &sql : statements)
        if (auto r = db.exec(sql); !r)
            return r;
    return {};
}

// Version 1: everything the store needs.
api::Result<void> createInitialSchema(Database &db)
{
    QStringList sql{
        // Replica id, last hybrid logical clock value, store revision, op counter.
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE users (\n"
                       "  id TEXT PRIMARY KEY,\n"
                       "  revision INTEGER NOT NULL,\n"
                       "  name TEXT NOT NULL UNIQUE,\n"
                       "  display_name TEXT,\n"
                       "  role TEXT NOT NULL,\n"
                       "  disabled INTEGER NOT NULL CHECK (disabled IN (0, 1)),\n"
                       "  password_hash TEXT NOT NULL\n"
                       ")"),
        // Only hashes of session tokens are stored, never the tokens.
        QStringLiteral("CREATE TABLE sessions (\n"
                       "  token_hash TEXT PRIMARY KEY,\n"
                       "  user_name TEXT NOT NULL REFERENCES users(name) ON DELETE RESTRICT,\n"
                       "  created_at_ms INTEGER NOT NULL,\n"
                       "  expires_at_ms INTEGER NOT NULL\n"
                       ")"),
        QStringLiteral("CREATE INDEX sessions_user_name ON sessions(user_name)"),
        QStringLiteral("CREATE INDEX sessions_expires_at_ms ON sessions(expires_at_ms)"),
        QStringLiteral("CREATE TABLE op_log (\n"
                       "  seq INTEGER PRIMARY KEY,\n"
                       "  op_id TEXT NOT NULL UNIQUE,\n"
                       "  hlc INTEGER NOT NULL,\n"
                       "  replica_id TEXT NOT NULL,\n"
                       "  actor TEXT NOT NULL,\n"
                       "  entity TEXT NOT NULL,\n"
                       "  entity_id TEXT NOT NULL,\n"
                       "  field TEXT NOT NULL,\n"
                       "  value TEXT NOT NULL,\n"
                       "  revision INTEGER NOT NULL\n"
                       ")"),
        // changesSince() reads by revision. No index by entity: inserts into one would land all
        // over the b-tree and cost the append-only log a factor of four in write speed (measured).
        // Sync keeps the winning clock per field in a small table of its own instead.
        QStringLiteral("CREATE INDEX op_log_revision ON op_log(revision)"),
    };
    // The kinds of version 1, parents before children, for the REFERENCES clauses. Later kinds
    // get their tables in their own step.
    for (api::EntityKind kind :
         {api::EntityKind::Region, api::EntityKind::Site, api::EntityKind::Cabinet,
          api::EntityKind::Node, api::EntityKind::Device}) {
        const EntitySql &e = EntitySql::of(kind);
        sql << e.createTable() << e.createIndexes();
    }
    return execAll(db, sql);
}

// Version 2: enrollment of edge nodes (issue 3). Tokens only as SHA-256 hashes.
api::Result<void> createEnrollmentTables(Database &db)
{
    return execAll(db,
                   {
                       QStringLiteral("CREATE TABLE bootstrap_tokens (\n"
                                      "  token_hash TEXT PRIMARY KEY,\n"
                                      "  site_id TEXT NOT NULL,\n"
                                      "  node_name TEXT,\n"
                                      "  created_by TEXT,\n"
                                      "  created_at_ms INTEGER NOT NULL,\n"
                                      "  expires_at_ms INTEGER NOT NULL,\n"
                                      "  used_at_ms INTEGER,\n"
                                      "  used_by_node_id TEXT\n"
                                      ")"),
                       QStringLiteral("CREATE INDEX bootstrap_tokens_expires_at_ms ON "
                                      "bootstrap_tokens(expires_at_ms)"),
                       QStringLiteral("CREATE TABLE node_certificates (\n"
                                      "  serial TEXT PRIMARY KEY,\n"
                                      "  node_id TEXT NOT NULL,\n"
                                      "  node_name TEXT NOT NULL,\n"
                                      "  issued_at_ms INTEGER NOT NULL,\n"
                                      "  not_after_ms INTEGER NOT NULL,\n"
                                      "  fingerprint TEXT NOT NULL\n"
                                      ")"),
                       QStringLiteral(
                           "CREATE INDEX node_certificates_node_id ON node_certificates(node_id)"),
                   });
}

// Version 3: the agent control channel (issue 3): connection facts, desired state, reported
// workload status, events (once per node and agent sequence number), metric samples, pending image
// transfers. Portable SQL: no SQLite-only types or clauses.
api::Result<void> createAgentTables(Database &db)
{
    return execAll(db, {
                           QStringLiteral("CREATE TABLE agents (\n"
                                          "  node_id TEXT PRIMARY KEY,\n"
                                          "  last_seen_ms INTEGER NOT NULL,\n"
                                          "  heartbeat_interval_ms INTEGER NOT NULL,\n"
                                          "  agent_version TEXT,\n"
                                          "  hostname TEXT,\n"
                                          "  acked_seq INTEGER NOT NULL,\n"
                                          "  applied_generation INTEGER NOT NULL,\n"
                                          "  dropped_records INTEGER NOT NULL\n"
                                          ")"),
                           QStringLiteral("CREATE TABLE desired_states (\n"
                                          "  node_id TEXT PRIMARY KEY,\n"
                                          "  generation INTEGER NOT NULL,\n"
                                          "  workloads_json TEXT NOT NULL,\n"
                                          "  updated_at_ms INTEGER NOT NULL,\n"
                                          "  updated_by TEXT\n"
                                          ")"),
                           QStringLiteral("CREATE TABLE workload_status (\n"
                                          "  node_id TEXT NOT NULL,\n"
                                          "  name TEXT NOT NULL,\n"
                                          "  status_json TEXT NOT NULL,\n"
                                          "  updated_at_ms INTEGER NOT NULL,\n"
                                          "  PRIMARY KEY (node_id, name)\n"
                                          ")"),
                           QStringLiteral("CREATE TABLE node_events (\n"
                                          "  node_id TEXT NOT NULL,\n"
                                          "  agent_seq INTEGER NOT NULL,\n"
                                          "  at_ms INTEGER NOT NULL,\n"
                                          "  severity TEXT NOT NULL,\n"
                                          "  type TEXT NOT NULL,\n"
                                          "  workload TEXT,\n"
                                          "  message TEXT,\n"
                                          "  PRIMARY KEY (node_id, agent_seq)\n"
                                          ")"),
                           QStringLiteral(
                               "CREATE INDEX node_events_node_at ON node_events(node_id, at_ms)"),
                           QStringLiteral("CREATE TABLE node_metrics (\n"
                                          "  node_id TEXT NOT NULL,\n"
                                          "  at_ms INTEGER NOT NULL,\n"
                                          "  sample_json TEXT NOT NULL\n"
                                          ")"),
                           QStringLiteral(
                               "CREATE INDEX node_metrics_node_at ON node_metrics(node_id, at_ms)"),
                           QStringLiteral("CREATE INDEX node_metrics_at ON node_metrics(at_ms)"),
                           QStringLiteral("CREATE TABLE image_transfers (\n"
                                          "  node_id TEXT NOT NULL,\n"
                                          "  sha256 TEXT NOT NULL,\n"
                                          "  name TEXT,\n"
                                          "  size_bytes INTEGER NOT NULL,\n"
                                          "  state TEXT NOT NULL,\n"
                                          "  message TEXT,\n"
                                          "  images TEXT,\n"
                                          "  created_at_ms INTEGER NOT NULL,\n"
                                          "  updated_at_ms INTEGER NOT NULL,\n"
                                          "  PRIMARY KEY (node_id, sha256)\n"
                                          ")"),
                       });
}

api::Error migrationError(const QString &message, const QString &detail = {})
{
    return api::Error{api::Code::StoreMigration, message, detail, {}};
}

// Version 4: site surveys and their append-only items (issue 4), entities like the inventory.
api::Result<void> createSurveyTables(Database &db)
{
    QStringList sql;
    for (api::EntityKind kind : {api::EntityKind::Survey, api::EntityKind::SurveyItem}) {
        const EntitySql &e = EntitySql::of(kind);
        sql << e.createTable() << e.createIndexes();
    }
    return execAll(db, sql);
}

// Version 5: the user's limit sets (issue 4), one record per version.
api::Result<void> createLimitSetTables(Database &db)
{
    const EntitySql &e = EntitySql::of(api::EntityKind::LimitSet);
    return execAll(db, QStringList{e.createTable()} + e.createIndexes());
}

// Version 6: offline sync (issue 5, api/syncstore.h). The op log learns which heads each operation
// replaced; field_heads keeps the current heads of every register (several while in conflict, and
// those of deleted entities); version_vector sums up what the log holds per replica; sync_peers
// the per-peer cursors; blobs and blob_chunks the content-addressed attachments. Names are no
// longer unique in the database (replicas apart may both create "Depot"); the store still refuses
// a duplicate name in a local write, and sync lists merged duplicates as conflicts.
api::Result<void> createSyncTables(Database &db)
{
    QStringList sql{
        QStringLiteral("ALTER TABLE op_log ADD COLUMN bases TEXT"),
        QStringLiteral("CREATE TABLE field_heads (\n"
                       "  entity TEXT NOT NULL,\n"
                       "  entity_id TEXT NOT NULL,\n"
                       "  field TEXT NOT NULL,\n"
                       "  op_id TEXT NOT NULL,\n"
                       "  hlc INTEGER NOT NULL,\n"
                       "  replica_id TEXT NOT NULL,\n"
                       "  actor TEXT NOT NULL,\n"
                       "  value TEXT NOT NULL,\n"
                       "  bases TEXT,\n"
                       "  PRIMARY KEY (entity, entity_id, field, op_id)\n"
                       ")"),
        // Rows the merge showed or hid without an operation of their own (a parent deleted or
        // restored elsewhere): changesSince() reports them with the revision's operations.
        QStringLiteral("CREATE TABLE sync_effects (\n"
                       "  revision INTEGER NOT NULL,\n"
                       "  entity TEXT NOT NULL,\n"
                       "  entity_id TEXT NOT NULL,\n"
                       "  deleted INTEGER NOT NULL CHECK (deleted IN (0, 1))\n"
                       ")"),
        QStringLiteral("CREATE INDEX sync_effects_revision ON sync_effects(revision)"),
        QStringLiteral("CREATE TABLE version_vector (\n"
                       "  replica_id TEXT PRIMARY KEY,\n"
                       "  counter INTEGER NOT NULL\n"
                       ")"),
        QStringLiteral("CREATE TABLE sync_peers (\n"
                       "  peer_replica_id TEXT PRIMARY KEY,\n"
                       "  pulled_seq INTEGER NOT NULL,\n"
                       "  pushed_seq INTEGER NOT NULL,\n"
                       "  peer_has TEXT,\n"
                       "  last_sync_ms INTEGER NOT NULL,\n"
                       "  address TEXT\n"
                       ")"),
        QStringLiteral("CREATE TABLE blobs (\n"
                       "  sha256 TEXT PRIMARY KEY,\n"
                       "  size INTEGER NOT NULL,\n"
                       "  chunk_size INTEGER NOT NULL,\n"
                       "  chunk_count INTEGER NOT NULL,\n"
                       "  media_type TEXT,\n"
                       "  complete INTEGER NOT NULL CHECK (complete IN (0, 1)),\n"
                       "  created_at_ms INTEGER NOT NULL\n"
                       ")"),
        QStringLiteral("CREATE TABLE blob_chunks (\n"
                       "  sha256 TEXT NOT NULL,\n"
                       "  chunk_index INTEGER NOT NULL,\n"
                       "  data BLOB NOT NULL,\n"
                       "  PRIMARY KEY (sha256, chunk_index)\n"
                       ")"),
    };
    // The kinds that existed at version 6 (later kinds get their tables in their own step).
    for (api::EntityKind kind :
         {api::EntityKind::Region, api::EntityKind::Site, api::EntityKind::Cabinet,
          api::EntityKind::Node, api::EntityKind::Device, api::EntityKind::Survey,
          api::EntityKind::SurveyItem, api::EntityKind::LimitSet}) {
        const EntitySql &e = EntitySql::of(kind);
        sql << QStringLiteral("DROP INDEX IF EXISTS ") + e.nameIndexName() << e.createNameIndex();
    }
    if (auto r = execAll(db, sql); !r)
        return r;
    // The heads of a log written before sync existed: one writer, so the newest operation of each
    // register is its only head.
    return Registers::rebuildHeads(db);
}

// The merge reads and replaces heads by their key for every operation: keeping the table in key
// order (WITHOUT ROWID) saves the index-to-row hop on each of those lookups.
api::Result<void> clusterFieldHeads(Database &db)
{
    return execAll(db, {QStringLiteral("CREATE TABLE field_heads_by_key (\n"
                                       "  entity TEXT NOT NULL,\n"
                                       "  entity_id TEXT NOT NULL,\n"
                                       "  field TEXT NOT NULL,\n"
                                       "  op_id TEXT NOT NULL,\n"
                                       "  hlc INTEGER NOT NULL,\n"
                                       "  replica_id TEXT NOT NULL,\n"
                                       "  actor TEXT NOT NULL,\n"
                                       "  value TEXT NOT NULL,\n"
                                       "  bases TEXT,\n"
                                       "  PRIMARY KEY (entity, entity_id, field, op_id)\n"
                                       ") WITHOUT ROWID"),
                        QStringLiteral("INSERT INTO field_heads_by_key SELECT entity, entity_id, "
                                       "field, op_id, hlc, replica_id, actor, value, bases FROM "
                                       "field_heads"),
                        QStringLiteral("DROP TABLE field_heads"),
                        QStringLiteral("ALTER TABLE field_heads_by_key RENAME TO field_heads")});
}

// Version 8: cabinet commissioning (issue 6, api/commissioning.h): template versions, runs and
// their append-only records.
api::Result<void> createCommissioningTables(Database &db)
{
    QStringList sql;
    for (api::EntityKind kind :
         {api::EntityKind::CommissioningTemplate, api::EntityKind::CommissioningRun,
          api::EntityKind::CommissioningRecord}) {
        const EntitySql &e = EntitySql::of(kind);
        sql << e.createTable() << e.createIndexes();
    }
    return execAll(db, sql);
}

// Version 9: a device's protocol settings (api::Device::settings). A database created at version 1
// by this program already has the column (createTable() writes today's columns).
api::Result<void> addDeviceSettings(Database &db)
{
    auto has = db.queryInteger(QStringLiteral(
        "SELECT COUNT(*) FROM pragma_table_info('devices') WHERE name = 'settings'"));
    if (!has)
        return std::unexpected(has.error());
    if (*has > 0)
        return {};
    return execAll(db, {QStringLiteral("ALTER TABLE devices ADD COLUMN settings TEXT")});
}

} // namespace

const std::vector<Migrations::Step> &Migrations::steps()
{
    static const std::vector<Step> all{
        {1, QStringLiteral("inventory, users, sessions, settings, op log, meta"),
         createInitialSchema},
        {2, QStringLiteral("bootstrap tokens, node certificates"), createEnrollmentTables},
        {3,
         QStringLiteral("agents, desired state, workload status, node events and metrics, "
                        "image transfers"),
         createAgentTables},
        {4, QStringLiteral("site surveys and survey items"), createSurveyTables},
        {5, QStringLiteral("user limit sets"), createLimitSetTables},
        {6, QStringLiteral("sync: register heads, version vector, peers, attachments"),
         createSyncTables},
        {7, QStringLiteral("register heads kept in key order"), clusterFieldHeads},
        {8, QStringLiteral("cabinet commissioning: templates, runs, records"),
         createCommissioningTables},
        {9, QStringLiteral("device protocol settings"), addDeviceSettings},
    };
    return all;
}

int Migrations::latestVersion() { return steps().back().version; }

api::Result<int> Migrations::currentVersion(Database &db)
{
    auto hasTable = db.queryInteger(QStringLiteral(
        "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'"));
    if (!hasTable)
        return std::unexpected(hasTable.error());
    if (*hasTable == 0) {
        auto tables = db.queryInteger(
            QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name NOT "
                           "LIKE 'sqlite_%'"));
        if (!tables)
            return std::unexpected(tables.error());
        if (*tables > 0)
            return std::unexpected(migrationError(
                StoreTr::tr(
                    "The file '%1' is a database of another program, not an EdgeConsole store.")
                    .arg(db.path())));
        return 0;
    }
    auto version = db.queryInteger(QStringLiteral("SELECT MAX(version) FROM schema_migrations"));
    if (!version)
        return std::unexpected(version.error());
    return int(*version);
}

api::Result<void> Migrations::checkSupported(Database &db)
{
    auto version = currentVersion(db);
    if (!version)
        return std::unexpected(version.error());
    if (*version > latestVersion())
        return std::unexpected(migrationError(
            StoreTr::tr("The database '%1' has schema version %2, but this program only knows "
                        "versions up to %3. Use a newer EdgeConsole, or restore an older backup; "
                        "the file was not changed.")
                .arg(db.path())
                .arg(*version)
                .arg(latestVersion())));
    return {};
}

api::Result<int> Migrations::run(Database &db, const api::Clock &clock)
{
    int applied = 0;
    for (const Step &step : steps()) {
        if (auto r = db.begin(); !r)
            return std::unexpected(r.error());
        // Read the version inside the write transaction: another process may have migrated.
        auto result = [&]() -> api::Result<bool> {
            if (auto r = db.exec(QStringLiteral(
                    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
                    "description TEXT NOT NULL, applied_at_ms INTEGER NOT NULL)"));
                !r)
                return std::unexpected(r.error());
            auto version = currentVersion(db);
            if (!version)
                return std::unexpected(version.error());
            if (*version > latestVersion())
                return std::unexpected(migrationError(
                    StoreTr::tr("The database was upgraded by a newer program while opening.")));
            if (*version >= step.version)
                return false;
            if (auto r = step.apply(db); !r) {
                api::Error e = r.error();
                return std::unexpected(
                    migrationError(StoreTr::tr(
                                       "Upgrading the database to schema version %1 failed: %2")
                                       .arg(step.version)
                                       .arg(e.message),
                                   e.detail));
            }
            auto insert = db.prepareOnce(
                QStringLiteral("INSERT INTO schema_migrations (version, description, "
                               "applied_at_ms) VALUES (?, ?, ?)"));
            if (!insert)
                return std::unexpected(insert.error());
            insert->bind(1, step.version);
            insert->bind(2, step.description);
            insert->bind(3, clock.nowMs());
            if (auto r = insert->run(); !r)
                return std::unexpected(r.error());
            return true;
        }();
        if (!result) {
            db.rollback();
            return std::unexpected(result.error());
        }
        if (auto r = db.commit(); !r) {
            db.rollback();
            return std::unexpected(r.error());
        }
        if (*result) {
            qCInfo(lcStore) << "migrated" << db.path() << "to schema version" << step.version << "("
                            << step.description << ")";
            ++applied;
        }
    }
    return applied;
}

api::Result<QStringList> Migrations::columnsOf(Database &db, const QString &table)
{
    auto stmt = db.prepareOnce(QStringLiteral("PRAGMA table_info(%1)").arg(table));
    if (!stmt)
        return std::unexpected(stmt.error());
    QStringList out;
    for (;;) {
        auto row = stmt->next();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        out << stmt->text(1);
    }
    return out;
}

api::Result<void> Migrations::verify(Database &db)
{
    for (api::EntityKind kind : api::allKinds()) {
        const api::EntitySchema &schema = api::schemaOf(kind);
        auto columns = columnsOf(db, schema.table);
        if (!columns)
            return std::unexpected(columns.error());
        QStringList missing;
        for (const api::FieldSpec &f : schema.fields)
            if (!columns->contains(f.name))
                missing << f.name;
        if (!missing.isEmpty())
            return std::unexpected(migrationError(
                StoreTr::tr("The database table '%1' lacks the columns %2; the program needs a "
                            "migration step that adds them.")
                    .arg(schema.table, missing.join(QStringLiteral(", ")))));
    }
    return {};
}

api::Result<void> Migrations::addMissingColumns(Database &db)
{
    for (api::EntityKind kind : api::allKinds()) {
        const api::EntitySchema &schema = api::schemaOf(kind);
        auto columns = columnsOf(db, schema.table);
        if (!columns)
            return std::unexpected(columns.error());
        for (const api::FieldSpec &f : schema.fields) {
            if (columns->contains(f.name))
                continue;
            // Added columns cannot be NOT NULL (existing rows have no value).
            QString sql = QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3")
                              .arg(schema.table, f.name, EntitySql::columnType(f.type));
            if (f.references)
                sql += QStringLiteral(" REFERENCES ") + api::schemaOf(*f.references).table
                       + QStringLiteral("(id) ON DELETE RESTRICT");
            if (auto r = db.exec(sql); !r)
                return r;
        }
    }
    return {};
}

} // namespace edge::store
