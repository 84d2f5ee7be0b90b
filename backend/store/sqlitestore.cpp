#include "backend/store/sqlitestore.h"

#include "backend/store/database.h"
#include "backend/store/entitysql.h"
#include "backend/store/migrations.h"
#include "backend/store/oplog.h"
#include "backend/store/registers.h"
#include "backend/store/storelog.h"
#include "backend/store/storetr.h"

#include "backend/api/commissioning.h"
#include "backend/api/inventorytypes.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QThread>
#include <QUuid>
#include <algorithm>
#include <limits>
#include <sqlite3.h>

namespace edge::store {

using api::Code;
using api::EntityKind;
using api::Record;
using api::Result;

namespace {

const QString kUserEntity = QStringLiteral("user");
const QString kRedacted = QStringLiteral("\"(redacted)\"");
const QString kNullJson = QStringLiteral("null");

QString newId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

QString actorOrSystem(const QString &actor)
{
    const QString a = actor.trimmed();
    return a.isEmpty() ? QStringLiteral("system") : a;
}

template<class T>
std::unexpected<api::Error> failWith(const Result<T> &r)
{
    return std::unexpected(r.error());
}

// A finished commissioning run is read-only (api/commissioning.h): no new records for it and no
// edits of it or its records. Merges from sync are not refused (applyOperations).
bool isFinishedRun(const Record &run)
{
    return run.kind == EntityKind::CommissioningRun
           && run.fields.value(QStringLiteral("status")).toString()
                  == api::runStatusName(api::RunStatus::Finished);
}

std::unexpected<api::Error> runIsReadOnly(const Record &run, const QString &field)
{
    return api::fail(Code::FailedPrecondition,
                     StoreTr::tr("The commissioning run '%1' is finished and read-only; start a "
                                 "revision of it to make a correction.")
                         .arg(run.name()),
                     QStringLiteral("commissioning-run %1 is finished").arg(run.id), field);
}

// Schema types, and "" in optional text fields stored as NULL ("not set"), so that a record
// saved from a form and one from the CLI compare equal and foreign keys never see "".
Result<Record> normalized(Record record)
{
    auto n = api::normalizeRecord(std::move(record));
    if (!n)
        return n;
    const api::EntitySchema &schema = api::schemaOf(n->kind);
    for (auto it = n->fields.begin(); it != n->fields.end(); ++it) {
        const api::FieldSpec *spec = schema.field(it.key());
        if (spec && (spec->type == api::FieldType::Text || spec->type == api::FieldType::Json)
            && !it.value().isNull() && it.value().toString().isEmpty())
            it.value() = QVariant();
    }
    return n;
}

// Every schema field present (null when not set), as get() returns records.
Record withAllFields(Record record)
{
    for (const api::FieldSpec &f : api::schemaOf(record.kind).fields)
        if (!record.fields.contains(f.name))
            record.fields.insert(f.name, QVariant());
    return record;
}

Result<void> checkId(EntityKind kind, const QString &id)
{
    if (id.size() > 64 || id.trimmed() != id)
        return api::fail(Code::InvalidArgument,
                         StoreTr::tr("The id of a %1 must be at most 64 characters without spaces "
                                     "around it.")
                             .arg(api::kindName(kind)),
                         {}, QStringLiteral("id"));
    for (QChar c : id)
        if (c.category() == QChar::Other_Control)
            return api::fail(Code::InvalidArgument,
                             StoreTr::tr("The id contains a control character."), {},
                             QStringLiteral("id"));
    return {};
}

QString describe(EntityKind kind, const QString &id, const QString &name = {})
{
    return name.isEmpty() ? QStringLiteral("%1 '%2'").arg(api::kindName(kind), id)
                          : QStringLiteral("%1 '%2'").arg(api::kindName(kind), name);
}

// A database constraint the store's own checks did not catch (a race with another process, or
// a rule only the database knows): name the entity.
api::Error constraintError(api::Error e, EntityKind kind, const QString &name)
{
    if (e.code == Code::StoreConstraint)
        // Spelled out: lupdate misreads the context of StoreTr::tr in this function.
        e.message =
            QCoreApplication::translate("edge::store::StoreTr",
                                        "The %1 could not be saved: it breaks a rule of "
                                        "the database (a duplicate name or a missing parent).")
                .arg(describe(kind, {}, name));
    return e;
}

QString plural(EntityKind kind) { return api::kindName(kind) + QLatin1Char('s'); }

bool isTokenHash(const QString &hash)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-fA-F]{64}$"));
    return re.match(hash).hasMatch();
}

} // namespace

// ---- Opening ----------------------------------------------------------------------------------

SqliteStore::SqliteStore(std::unique_ptr<Database> db, const api::Clock &clock, Options options)
    : m_db(std::move(db))
    , m_clock(clock)
    , m_options(std::move(options))
    , m_path(m_db->path())
    , m_hlc(clock)
    , m_sizeLimit(m_options.sizeLimitBytes)
{}

SqliteStore::~SqliteStore() = default;

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const QString &path, const api::Clock &clock,
                                                       Options options)
{
    auto db = Database::open(path, options.busyTimeoutMs);
    if (!db)
        return failWith(db);
    auto named = [&](api::Error e) {
        if (e.code == Code::StoreCorrupt)
            e.message = StoreTr::tr("The file '%1' is damaged or is not an EdgeConsole database.")
                            .arg(path);
        return std::unexpected(std::move(e));
    };
    // Refuse a newer or foreign database before anything writes to it.
    if (auto r = Migrations::checkSupported(**db); !r)
        return named(r.error());
    if (auto r = (*db)->configure(options.fullSync); !r)
        return named(r.error());
    if (auto r = Migrations::run(**db, clock); !r)
        return named(r.error());
    if (auto r = Migrations::verify(**db); !r)
        return named(r.error());
    std::unique_ptr<SqliteStore> store(new SqliteStore(std::move(*db), clock, std::move(options)));
    if (auto r = store->loadMeta(); !r)
        return named(r.error());
    qCInfo(lcStore) << "opened" << path << "replica" << store->m_replicaId << "revision"
                    << store->m_revision;
    return store;
}

Result<void> SqliteStore::loadMeta()
{
    std::lock_guard lock(m_mutex);
    auto stmt = m_db->prepareOnce(QStringLiteral("SELECT key, value FROM meta"));
    if (!stmt)
        return failWith(stmt);
    QHash<QString, QString> meta;
    for (;;) {
        auto row = stmt->next();
        if (!row)
            return failWith(row);
        if (!*row)
            break;
        meta.insert(stmt->text(0), stmt->text(1));
    }
    m_replicaId = m_options.replicaId.isEmpty() ? meta.value(QStringLiteral("replica_id"))
                                                : m_options.replicaId;
    if (m_replicaId.isEmpty())
        m_replicaId = newId();
    m_revision = meta.value(QStringLiteral("revision")).toLongLong();
    m_opCounter = meta.value(QStringLiteral("op_counter")).toLongLong();
    m_hlc.restore(api::HlcTimestamp{meta.value(QStringLiteral("hlc")).toLongLong()});
    if (meta.value(QStringLiteral("replica_id")) == m_replicaId)
        return {};
    if (auto r = m_db->begin(); !r)
        return r;
    auto r = saveMeta(m_revision);
    if (r)
        r = m_db->commit();
    if (!r)
        m_db->rollback();
    return r;
}

Result<void> SqliteStore::saveMeta(qint64 revision)
{
    auto stmt = m_db->prepare(
        QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                       "SET value = excluded.value"));
    if (!stmt)
        return failWith(stmt);
    const std::pair<const char *, QString> values[] = {
        {"replica_id", m_replicaId},
        {"revision", QString::number(revision)},
        {"hlc", QString::number(m_hlc.last().value)},
        {"op_counter", QString::number(m_opCounter)},
    };
    for (const auto &[key, value] : values) {
        stmt->bind(1, QString::fromLatin1(key));
        stmt->bind(2, value);
        if (auto r = stmt->run(); !r)
            return r;
        stmt->reset();
    }
    return {};
}

QString SqliteStore::replicaId() const
{
    std::lock_guard lock(m_mutex);
    return m_replicaId;
}

qint64 SqliteStore::revision()
{
    std::lock_guard lock(m_mutex);
    return m_revision;
}

// ---- Write transactions and the op log --------------------------------------------------------

Result<void> SqliteStore::write(const QString &actor, const std::function<Result<void>(Tx &)> &body)
{
    qint64 committed = 0;
    {
        std::lock_guard lock(m_mutex);
        if (auto r = m_db->begin(); !r)
            return r;
        Tx tx{actorOrSystem(actor), m_revision + 1, 0};
        const qint64 counterBefore = m_opCounter;
        auto r = body(tx);
        if (r && tx.ops > 0)
            r = saveMeta(tx.revision);
        if (r)
            r = m_db->commit();
        if (!r) {
            m_db->rollback();
            m_opCounter = counterBefore;
            return r;
        }
        if (tx.ops > 0) {
            m_revision = tx.revision;
            committed = tx.revision;
        }
    }
    if (committed > 0)
        notify(committed);
    return {};
}

void SqliteStore::notify(qint64 revision)
{
    std::function<void(qint64)> listener;
    {
        std::lock_guard lock(m_listenerMutex);
        listener = m_listener;
    }
    if (listener)
        listener(revision);
}

void SqliteStore::setCommitListener(std::function<void(qint64 revision)> listener)
{
    std::lock_guard lock(m_listenerMutex);
    m_listener = std::move(listener);
}

Result<void> SqliteStore::logOp(Tx &tx, const QString &entity, const QString &entityId,
                                const QString &field, const QString &value)
{
    api::Operation op;
    op.opId = m_replicaId + QLatin1Char(':') + QString::number(++m_opCounter);
    op.hlc = m_hlc.now();
    op.replicaId = m_replicaId;
    op.actor = tx.actor;
    op.entity = entity;
    op.entityId = entityId;
    op.field = field;
    op.value = value;
    // The register's heads this operation replaces: every head of its field (a local writer sees
    // them all), and for a $delete every head of the entity. Users stay out of the registers.
    const bool registered = entity != kUserEntity;
    if (registered) {
        if (field == OpLog::deleteMarker()) {
            auto heads = Registers::entityHeads(*m_db, entity, entityId);
            if (!heads)
                return failWith(heads);
            op.bases = Registers::allHeadIds(*heads);
        } else {
            auto heads = Registers::heads(*m_db, entity, entityId, Registers::registerOf(field));
            if (!heads)
                return failWith(heads);
            for (const Registers::Head &h : std::as_const(*heads))
                op.bases << h.opId;
            std::sort(op.bases.begin(), op.bases.end());
        }
    }
    auto stmt = m_db->prepare(OpLog::insertSql());
    if (!stmt)
        return failWith(stmt);
    auto inserted = OpLog::insert(*stmt, op, tx.revision);
    if (!inserted)
        return failWith(inserted);
    if (!*inserted)
        return api::fail(Code::Internal, StoreTr::tr("The operation log is inconsistent."),
                         QStringLiteral("op_id %1 is already in op_log").arg(op.opId));
    if (registered)
        if (auto r = Registers::apply(*m_db, op); !r)
            return r;
    if (auto r = Registers::raiseVector(*m_db, m_replicaId, m_opCounter); !r)
        return r;
    ++tx.ops;
    return {};
}

Result<QList<api::Operation>> SqliteStore::operationsSince(qint64 seq, int limit)
{
    std::lock_guard lock(m_mutex);
    return OpLog::readSince(*m_db, seq, limit);
}

// ---- Inventory --------------------------------------------------------------------------------

Result<std::optional<Record>> SqliteStore::load(EntityKind kind, const QString &id)
{
    const EntitySql &e = EntitySql::of(kind);
    auto stmt = m_db->prepare(e.selectById());
    if (!stmt)
        return failWith(stmt);
    stmt->bind(1, id);
    auto row = stmt->next();
    if (!row)
        return failWith(row);
    if (!*row)
        return std::optional<Record>();
    return std::optional<Record>(e.readRecord(*stmt));
}

Result<void> SqliteStore::checkUniqueName(const Record &record)
{
    const api::EntitySchema &schema = api::schemaOf(record.kind);
    const QString scope = schema.nameScopeField;
    const QVariant scopeValue = scope.isEmpty() ? QVariant() : record.fields.value(scope);
    if (!scope.isEmpty() && scopeValue.isNull())
        return {}; // NULL scopes never collide (as in the UNIQUE index)
    QString sql = QStringLiteral("SELECT id FROM ") + schema.table
                  + QStringLiteral(" WHERE name = ? AND id <> ?");
    if (!scope.isEmpty())
        sql += QStringLiteral(" AND ") + scope + QStringLiteral(" = ?");
    auto stmt = m_db->prepare(sql);
    if (!stmt)
        return failWith(stmt);
    stmt->bind(1, record.name());
    stmt->bind(2, record.id);
    if (!scope.isEmpty())
        stmt->bind(3, scopeValue.toString());
    auto row = stmt->next();
    if (!row)
        return failWith(row);
    if (!*row)
        return {};
    const QString kind = api::kindName(record.kind);
    if (scope.isEmpty())
        return api::fail(Code::AlreadyExists,
                         StoreTr::tr("A %1 named '%2' already exists.").arg(kind, record.name()),
                         {}, QStringLiteral("name"));
    const api::FieldSpec *scopeSpec = schema.field(scope);
    const QString scopeKind = scopeSpec && scopeSpec->references
                                  ? api::kindName(*scopeSpec->references)
                                  : scope;
    return api::fail(Code::AlreadyExists,
                     StoreTr::tr("A %1 named '%2' already exists in this %3.")
                         .arg(kind, record.name(), scopeKind),
                     {}, QStringLiteral("name"));
}

Result<void> SqliteStore::checkReferences(const Record &record)
{
    const api::EntitySchema &schema = api::schemaOf(record.kind);
    for (const api::FieldSpec &f : schema.fields) {
        if (!f.references)
            continue;
        const QString target = record.fields.value(f.name).toString();
        if (target.isEmpty())
            continue;
        const EntitySql &ref = EntitySql::of(*f.references);
        auto parent = load(*f.references, target);
        if (!parent)
            return failWith(parent);
        if (!*parent)
            return api::fail(Code::FailedPrecondition,
                             StoreTr::tr("There is no %1 with the id '%2'.")
                                 .arg(api::kindName(*f.references), target),
                             {}, f.name);
        // A node's cabinet must stand in the node's own site.
        const api::EntitySchema &refSchema = ref.schema();
        if (f.name != schema.parentField && !schema.parentField.isEmpty()
            && !refSchema.parentField.isEmpty() && refSchema.parentKind == schema.parentKind) {
            const QVariant mine = record.fields.value(schema.parentField);
            const QVariant theirs = (*parent)->fields.value(refSchema.parentField);
            if (mine != theirs)
                return api::fail(Code::FailedPrecondition,
                                 StoreTr::tr("The %1 '%2' belongs to another %3.")
                                     .arg(api::kindName(*f.references), (*parent)->name(),
                                          api::kindName(*schema.parentKind)),
                                 {}, f.name);
        }
    }
    return {};
}

Result<void> SqliteStore::checkRunOpen(const Record &record)
{
    if (record.kind != EntityKind::CommissioningRecord)
        return {};
    // Signatures are the acceptance of a finished run; they change no result.
    if (record.fields.value(QStringLiteral("kind")).toString() == u"signature")
        return {};
    auto run = load(EntityKind::CommissioningRun,
                    record.fields.value(QStringLiteral("run_id")).toString());
    if (!run)
        return failWith(run);
    if (*run && isFinishedRun(**run))
        return runIsReadOnly(**run, QStringLiteral("run_id"));
    return {};
}

Result<Record> SqliteStore::prepareNew(const Record &input)
{
    if (auto v = api::validateRecord(input, true); !v)
        return failWith(v);
    auto norm = normalized(input);
    if (!norm)
        return failWith(norm);
    Record record = withAllFields(std::move(*norm));
    record.revision = 0;
    if (record.id.isEmpty())
        record.id = newId();
    else if (auto r = checkId(record.kind, record.id); !r)
        return failWith(r);
    return record;
}

Result<void> SqliteStore::insertEntity(Tx &tx, Record &record)
{
    const EntitySql &e = EntitySql::of(record.kind);
    auto existing = load(record.kind, record.id);
    if (!existing)
        return failWith(existing);
    if (*existing)
        return api::fail(Code::AlreadyExists,
                         StoreTr::tr("A %1 with the id '%2' already exists.")
                             .arg(api::kindName(record.kind), record.id),
                         {}, QStringLiteral("id"));
    if (auto c = checkUniqueName(record); !c)
        return c;
    if (auto c = checkReferences(record); !c)
        return c;
    if (auto c = checkRunOpen(record); !c)
        return c;
    record.revision = tx.revision;
    auto stmt = m_db->prepare(e.insert());
    if (!stmt)
        return failWith(stmt);
    stmt->bind(1, record.id);
    stmt->bind(2, record.revision);
    e.bindFields(*stmt, record, 3);
    if (auto ins = stmt->run(); !ins)
        return std::unexpected(constraintError(ins.error(), record.kind, record.name()));
    const QString entity = api::kindName(record.kind);
    // An id used before (the entity was deleted): fields this create leaves unset are cleared in
    // their registers too, so that no replica brings the old values back.
    auto old = Registers::entityHeads(*m_db, entity, record.id);
    if (!old)
        return failWith(old);
    if (auto l = logOp(tx, entity, record.id, OpLog::createMarker(), kNullJson); !l)
        return l;
    for (const api::FieldSpec &f : e.schema().fields) {
        const QVariant v = record.fields.value(f.name);
        if (v.isNull()) {
            const QList<Registers::Head> previous = old->value(f.name);
            if (!previous.isEmpty() && previous.first().value != kNullJson)
                if (auto l = logOp(tx, entity, record.id, f.name, kNullJson); !l)
                    return l;
            continue;
        }
        if (auto l = logOp(tx, entity, record.id, f.name, OpLog::encodeValue(v)); !l)
            return l;
    }
    return {};
}

Result<Record> SqliteStore::create(const Record &input, const QString &actor)
{
    auto prepared = prepareNew(input);
    if (!prepared)
        return failWith(prepared);
    Record record = std::move(*prepared);
    auto r = write(actor, [&](Tx &tx) -> Result<void> { return insertEntity(tx, record); });
    if (!r)
        return failWith(r);
    return record;
}

Result<Record> SqliteStore::get(EntityKind kind, const QString &id)
{
    std::lock_guard lock(m_mutex);
    auto record = load(kind, id);
    if (!record)
        return failWith(record);
    if (!*record)
        return api::fail(Code::NotFound,
                         StoreTr::tr("No %1 has the id '%2'.").arg(api::kindName(kind), id));
    return std::move(**record);
}

Result<Record> SqliteStore::update(const Record &patch, const QString &actor)
{
    if (patch.id.isEmpty())
        return api::fail(Code::InvalidArgument,
                         StoreTr::tr("Say which %1 to change: the id is missing.")
                             .arg(api::kindName(patch.kind)),
                         {}, QStringLiteral("id"));
    auto normPatch = normalized(patch);
    if (!normPatch)
        return failWith(normPatch);
    const EntitySql &e = EntitySql::of(patch.kind);
    Record result;

    auto r = write(actor, [&](Tx &tx) -> Result<void> {
        auto loaded = load(patch.kind, patch.id);
        if (!loaded)
            return failWith(loaded);
        if (!*loaded)
            return api::fail(Code::NotFound, StoreTr::tr("No %1 has the id '%2'.")
                                                 .arg(api::kindName(patch.kind), patch.id));
        const Record &stored = **loaded;
        if (patch.revision != 0 && patch.revision != stored.revision)
            return api::fail(Code::Conflict,
                             StoreTr::tr("The %1 was changed by someone else since you loaded it "
                                         "(revision %2, yours is %3). Reload it and try again.")
                                 .arg(describe(patch.kind, stored.id, stored.name()))
                                 .arg(stored.revision)
                                 .arg(patch.revision));
        Record merged = stored;
        for (auto it = normPatch->fields.cbegin(); it != normPatch->fields.cend(); ++it)
            merged.fields.insert(it.key(), it.value());
        if (auto v = api::validateRecord(merged, true); !v)
            return failWith(v);
        QStringList changed;
        for (const api::FieldSpec &f : e.schema().fields)
            if (merged.fields.value(f.name) != stored.fields.value(f.name))
                changed << f.name;
        if (changed.isEmpty()) {
            result = stored;
            return {};
        }
        if (isFinishedRun(stored))
            return runIsReadOnly(stored, {});
        if (auto c = checkRunOpen(stored); !c)
            return c;
        const QString scope = e.schema().nameScopeField;
        if (changed.contains(QStringLiteral("name"))
            || (!scope.isEmpty() && changed.contains(scope)))
            if (auto c = checkUniqueName(merged); !c)
                return c;
        if (auto c = checkReferences(merged); !c)
            return c;
        merged.revision = tx.revision;
        auto stmt = m_db->prepare(e.updateAll());
        if (!stmt)
            return failWith(stmt);
        stmt->bind(1, merged.revision);
        e.bindFields(*stmt, merged, 2);
        stmt->bind(int(e.schema().fields.size()) + 2, merged.id);
        if (auto u = stmt->run(); !u)
            return std::unexpected(constraintError(u.error(), merged.kind, merged.name()));
        const QString entity = api::kindName(merged.kind);
        for (const QString &field : std::as_const(changed))
            if (auto l = logOp(tx, entity, merged.id, field,
                               OpLog::encodeValue(merged.fields.value(field)));
                !l)
                return l;
        result = merged;
        return {};
    });
    if (!r)
        return failWith(r);
    return result;
}

Result<QList<SqliteStore::ChildCount>> SqliteStore::countChildren(EntityKind kind, const QString &id)
{
    QList<ChildCount> out;
    for (EntityKind childKind : api::allKinds()) {
        qint64 count = 0;
        const api::EntitySchema &child = api::schemaOf(childKind);
        for (const api::FieldSpec &f : child.fields) {
            if (f.references != kind)
                continue;
            auto stmt = m_db->prepare(QStringLiteral("SELECT COUNT(*) FROM ") + child.table
                                      + QStringLiteral(" WHERE ") + f.name + QStringLiteral(" = ?"));
            if (!stmt)
                return failWith(stmt);
            stmt->bind(1, id);
            auto row = stmt->next();
            if (!row)
                return failWith(row);
            count = std::max(count, stmt->integer(0)); // a node counts once, by site or cabinet
        }
        if (count > 0)
            out.append({childKind, count});
    }
    return out;
}

Result<void> SqliteStore::collectSubtree(EntityKind kind, const QString &id, QList<EntityRef> &out,
                                         QSet<QString> &seen)
{
    const QString key = api::kindName(kind) + QLatin1Char('\n') + id;
    if (seen.contains(key))
        return {};
    seen.insert(key);
    for (EntityKind childKind : api::allKinds()) {
        const api::EntitySchema &child = api::schemaOf(childKind);
        for (const api::FieldSpec &f : child.fields) {
            if (f.references != kind)
                continue;
            QStringList ids;
            {
                auto stmt = m_db->prepare(QStringLiteral("SELECT id FROM ") + child.table
                                          + QStringLiteral(" WHERE ") + f.name
                                          + QStringLiteral(" = ? ORDER BY id"));
                if (!stmt)
                    return failWith(stmt);
                stmt->bind(1, id);
                for (;;) {
                    auto row = stmt->next();
                    if (!row)
                        return failWith(row);
                    if (!*row)
                        break;
                    ids << stmt->text(0);
                }
            }
            for (const QString &childId : std::as_const(ids))
                if (auto r = collectSubtree(childKind, childId, out, seen); !r)
                    return r;
        }
    }
    out.append({kind, id});
    return {};
}

Result<void> SqliteStore::deleteEntity(Tx &tx, EntityKind kind, const QString &id)
{
    auto stmt = m_db->prepare(EntitySql::of(kind).deleteById());
    if (!stmt)
        return failWith(stmt);
    stmt->bind(1, id);
    if (auto r = stmt->run(); !r)
        return std::unexpected(constraintError(r.error(), kind, id));
    return logOp(tx, api::kindName(kind), id, OpLog::deleteMarker(), kNullJson);
}

Result<void> SqliteStore::remove(EntityKind kind, const QString &id, const QString &actor,
                                 bool cascade)
{
    return write(actor, [&](Tx &tx) -> Result<void> {
        auto stored = load(kind, id);
        if (!stored)
            return failWith(stored);
        if (!*stored)
            return api::fail(Code::NotFound,
                             StoreTr::tr("No %1 has the id '%2'.").arg(api::kindName(kind), id));
        if (!cascade) {
            auto children = countChildren(kind, id);
            if (!children)
                return failWith(children);
            if (!children->isEmpty()) {
                qint64 total = 0;
                QStringList parts;
                for (const ChildCount &c : std::as_const(*children)) {
                    total += c.count;
                    parts << QStringLiteral("%1: %2").arg(plural(c.kind)).arg(c.count);
                }
                return api::fail(Code::FailedPrecondition,
                                 StoreTr::tr("The %1 still holds %2 entities (%3); remove them "
                                             "first, or delete with cascade.")
                                     .arg(describe(kind, id, (*stored)->name()))
                                     .arg(total)
                                     .arg(parts.join(QStringLiteral(", "))));
            }
        }
        QList<EntityRef> order;
        QSet<QString> seen;
        if (auto r = collectSubtree(kind, id, order, seen); !r)
            return r;
        for (const auto &[k, entityId] : std::as_const(order))
            if (auto r = deleteEntity(tx, k, entityId); !r)
                return r;
        return {};
    });
}

Result<int> SqliteStore::removeDemoData(const QString &actor)
{
    int removed = 0;
    auto r = write(actor, [&](Tx &tx) -> Result<void> {
        removed = 0;
        QList<EntityKind> kinds = api::allKinds();
        std::reverse(kinds.begin(), kinds.end()); // children first
        for (EntityKind kind : std::as_const(kinds)) {
            const EntitySql &e = EntitySql::of(kind);
            QStringList ids;
            {
                auto stmt = m_db->prepare(QStringLiteral("SELECT id FROM ") + e.table()
                                          + QStringLiteral(" WHERE demo = 1 ORDER BY id"));
                if (!stmt)
                    return failWith(stmt);
                for (;;) {
                    auto row = stmt->next();
                    if (!row)
                        return failWith(row);
                    if (!*row)
                        break;
                    ids << stmt->text(0);
                }
            }
            for (const QString &id : std::as_const(ids)) {
                auto children = countChildren(kind, id);
                if (!children)
                    return failWith(children);
                if (!children->isEmpty()) {
                    qCInfo(lcStore) << "keeping demo" << api::kindName(kind) << id
                                    << "because it holds entities that are not demo data";
                    continue;
                }
                if (auto d = deleteEntity(tx, kind, id); !d)
                    return d;
                ++removed;
            }
        }
        return {};
    });
    if (!r)
        return failWith(r);
    return removed;
}

Result<api::ListPage> SqliteStore::list(const api::ListQuery &query)
{
    if (query.offset < 0 || query.limit < 0)
        return api::fail(Code::InvalidArgument,
                         StoreTr::tr("Offset and limit of a list must not be negative."));
    const EntitySql &e = EntitySql::of(query.kind);
    const api::EntitySchema &schema = e.schema();
    QString where = QStringLiteral(" WHERE 1 = 1");
    QStringList binds;
    if (!query.parentId.isEmpty()) {
        if (schema.parentField.isEmpty())
            return api::fail(Code::InvalidArgument, StoreTr::tr("A %1 has no parent to filter by.")
                                                        .arg(api::kindName(query.kind)));
        where += QStringLiteral(" AND ") + schema.parentField + QStringLiteral(" = ?");
        binds << query.parentId;
    }
    if (!query.name.isEmpty()) {
        where += QStringLiteral(" AND name = ?");
        binds << query.name;
    }
    const QString search = query.search.trimmed();
    if (!search.isEmpty()) {
        QString pattern = search.toLower();
        pattern.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
            .replace(QLatin1Char('%'), QLatin1String("\\%"))
            .replace(QLatin1Char('_'), QLatin1String("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        QStringList terms;
        for (const QString &column : e.searchColumns()) {
            terms << QStringLiteral("LOWER(") + column + QStringLiteral(") LIKE ? ESCAPE '\\'");
            binds << pattern;
        }
        where += QStringLiteral(" AND (") + terms.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }

    std::lock_guard lock(m_mutex);
    api::ListPage page;
    page.revision = m_revision;
    // Everything at once: the rows are the count.
    const bool everything = query.offset == 0 && query.limit == 0;
    if (!everything) {
        auto count = m_db->prepare(QStringLiteral("SELECT COUNT(*) FROM ") + e.table() + where);
        if (!count)
            return failWith(count);
        for (int i = 0; i < binds.size(); ++i)
            count->bind(i + 1, binds.at(i));
        auto row = count->next();
        if (!row)
            return failWith(row);
        page.total = int(count->integer(0));
        if (query.offset >= page.total)
            return page;
    }
    auto rows = m_db->prepare(QStringLiteral("SELECT ") + e.selectColumns()
                              + QStringLiteral(" FROM ") + e.table() + where
                              + QStringLiteral(" ORDER BY name, id LIMIT ? OFFSET ?"));
    if (!rows)
        return failWith(rows);
    int index = 1;
    for (const QString &b : std::as_const(binds))
        rows->bind(index++, b);
    rows->bind(index++, query.limit > 0 ? qint64(query.limit) : std::numeric_limits<qint64>::max());
    rows->bind(index++, qint64(query.offset));
    if (!everything)
        page.records.reserve(query.limit > 0 ? std::min(query.limit, page.total) : page.total);
    for (;;) {
        auto row = rows->next();
        if (!row)
            return failWith(row);
        if (!*row)
            break;
        page.records.append(e.readRecord(*rows));
    }
    if (everything)
        page.total = int(page.records.size());
    return page;
}

Result<QList<api::Change>> SqliteStore::changesSince(qint64 since, int limit)
{
    std::lock_guard lock(m_mutex);
    // op_log_revision orders (revision, seq), so each side streams; SQLite merges the two. The
    // second side: rows a merge showed or hid without an operation of their own (sync_effects).
    auto stmt = m_db->prepare(QStringLiteral(
        "SELECT revision, entity, entity_id, field, seq FROM op_log WHERE revision > ? AND "
        "entity <> ? UNION ALL SELECT revision, entity, entity_id, CASE deleted WHEN 1 THEN "
        "'$delete' ELSE '$create' END, 0 FROM sync_effects WHERE revision > ? ORDER BY 1, 5"));
    if (!stmt)
        return failWith(stmt);
    stmt->bind(1, since);
    stmt->bind(2, kUserEntity);
    stmt->bind(3, since);

    struct Group {
        api::Change change;
        bool created = false;
        bool deleted = false;
    };
    QList<api::Change> out;
    QList<Group> groups;             // of the revision being read, in order of first operation
    QHash<QString, qsizetype> index; // entity + id -> groups
    qint64 current = -1;
    // Turns the groups of one revision into changes. An entity created or updated here but
    // deleted by a later revision is left out: its deletion is reported at that revision.
    auto flush = [&]() -> Result<void> {
        for (Group &g : groups) {
            auto record = load(g.change.kind, g.change.id);
            if (!record)
                return failWith(record);
            // A merge may delete and restore in one revision: the row says how it ended.
            if (g.deleted && !(g.created && *record)) {
                g.change.op = api::ChangeOp::Deleted;
                g.change.record.kind = g.change.kind;
                g.change.record.id = g.change.id;
                out.append(std::move(g.change));
                continue;
            }
            if (!*record)
                continue;
            g.change.op = g.created ? api::ChangeOp::Created : api::ChangeOp::Updated;
            g.change.record = std::move(**record);
            out.append(std::move(g.change));
        }
        groups.clear();
        index.clear();
        return {};
    };
    for (;;) {
        auto row = stmt->next();
        if (!row)
            return failWith(row);
        if (!*row)
            break;
        const qint64 revision = stmt->integer(0);
        if (revision != current) {
            if (auto f = flush(); !f)
                return failWith(f);
            if (limit > 0 && out.size() >= limit)
                break; // whole revisions only
            current = revision;
        }
        const QString entity = stmt->text(1);
        const auto kind = api::kindFromName(entity);
        if (!kind)
            continue;
        const QString id = stmt->text(2);
        const QString key = entity + QLatin1Char('\n') + id;
        auto it = index.constFind(key);
        qsizetype at;
        if (it == index.constEnd()) {
            Group g;
            g.change.revision = revision;
            g.change.kind = *kind;
            g.change.id = id;
            at = groups.size();
            groups.append(std::move(g));
            index.insert(key, at);
        } else {
            at = *it;
        }
        const QString field = stmt->text(3);
        if (field == OpLog::createMarker())
            groups[at].created = true;
        else if (field == OpLog::deleteMarker())
            groups[at].deleted = true;
    }
    if (auto f = flush(); !f)
        return failWith(f);
    return out;
}

// ---- Users, sessions, settings ----------------------------------------------------------------

Result<std::optional<api::StoredUser>> SqliteStore::loadUser(const QString &name)
{
    auto stmt = m_db->prepare(QStringLiteral(
        "SELECT id, revision, name, display_name, role, disabled, password_hash FROM users "
        "WHERE name = ?"));
    if (!stmt)
        return failWith(stmt);
    stmt->bind(1, name);
    auto row = stmt->next();
    if (!row)
        return failWith(row);
    if (!*row)
        return std::optional<api::StoredUser>();
    api::StoredUser u;
    u.user.id = stmt->text(0);
    u.user.revision = stmt->integer(1);
    u.user.name = stmt->text(2);
    u.user.displayName = stmt->text(3);
    u.user.role = api::roleFromName(stmt->text(4)).value_or(api::Role::Viewer);
    u.user.disabled = stmt->integer(5) != 0;
    u.passwordHash = stmt->text(6);
    return std::optional<api::StoredUser>(std::move(u));
}

Result<api::StoredUser> SqliteStore::createUser(const api::User &input, const QString &passwordHash,
                                                const QString &actor)
{
    if (auto v = api::validate(input); !v)
        return failWith(v);
    if (passwordHash.isEmpty())
        return api::fail(Code::InvalidArgument, StoreTr::tr("A new user needs a password."), {},
                         QStringLiteral("password"));
    api::StoredUser stored{input, passwordHash};
    if (stored.user.id.isEmpty())
        stored.user.id = newId();
    auto r = write(actor, [&](Tx &tx) -> Result<void> {
        auto existing = loadUser(input.name);
        if (!existing)
            return failWith(existing);
        if (*existing)
            return api::fail(Code::AlreadyExists,
                             StoreTr::tr("A user named '%1' already exists.").arg(input.name), {},
                             QStringLiteral("name"));
        stored.user.revision = tx.revision;
        auto stmt = m_db->prepare(QStringLiteral(
            "INSERT INTO users (id, revision, name, display_name, role, disabled, password_hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)"));
        if (!stmt)
            return failWith(stmt);
        const api::User &u = stored.user;
        stmt->bind(1, u.id);
        stmt->bind(2, u.revision);
        stmt->bind(3, u.name);
        stmt->bind(4, u.displayName.isEmpty() ? QString() : u.displayName);
        stmt->bind(5, api::roleName(u.role));
        stmt->bindBool(6, u.disabled);
        stmt->bind(7, passwordHash);
        if (auto ins = stmt->run(); !ins) {
            api::Error e = ins.error();
            if (e.code == Code::StoreConstraint)
                e = {Code::AlreadyExists,
                     StoreTr::tr("A user with the id '%1' already exists.").arg(u.id), e.detail,
                     QStringLiteral("id")};
            return std::unexpected(std::move(e));
        }
        const std::pair<QString, QString> ops[] = {
            {OpLog::createMarker(), kNullJson},
            {QStringLiteral("name"), OpLog::quote(u.name)},
            {QStringLiteral("display_name"),
             u.displayName.isEmpty() ? QString() : OpLog::quote(u.displayName)},
            {QStringLiteral("role"), OpLog::quote(api::roleName(u.role))},
            {QStringLiteral("disabled"), OpLog::encodeValue(u.disabled)},
            {QStringLiteral("password_hash"), kRedacted},
        };
        for (const auto &[field, value] : ops)
            if (!value.isNull())
                if (auto l = logOp(tx, kUserEntity, u.id, field, value); !l)
                    return l;
        return {};
    });
    if (!r)
        return failWith(r);
    return stored;
}

Result<api::StoredUser> SqliteStore::getUser(const QString &name)
{
    std::lock_guard lock(m_mutex);
    auto user = loadUser(name);
    if (!user)
        return failWith(user);
    if (!*user)
        return api::fail(Code::NotFound, StoreTr::tr("No user is named '%1'.").arg(name));
    return std::move(**user);
}

Result<QList<api::User>> SqliteStore::listUsers()
{
    std::lock_guard lock(m_mutex);
    auto stmt = m_db->prepare(QStringLiteral(
        "SELECT id, revision, name, display_name, role, disabled FROM users ORDER BY name"));
    if (!stmt)
        return failWith(stmt);
    QList<api::User> out;
    for (;;) {
        auto row = stmt->next();
        if (!row)
            return failWith(row);
        if (!*row)
            break;
        api::User u;
        u.id = stmt->text(0);
        u.revision = stmt->integer(1);
        u.name = stmt->text(2);
        u.displayName = stmt->text(3);
        u.role = api::roleFromName(stmt->text(4)).value_or(api::Role::Viewer);
        u.disabled = stmt->integer(5) != 0;
        out.append(u);
    }
    return out;
}

Result<api::User> SqliteStore::updateUser(const api::User &user, const QString &actor)
{
    if (auto v = api::validate(user); !v)
        return failWith(v);
    api::User result;
    auto r = write(actor, [&](Tx &tx) -> Result<void> {
        auto loaded = loadUser(user.name);
        if (!loaded)
            return failWith(loaded);
        if (!*loaded)
            return api::fail(Code::NotFound, StoreTr::tr("No user is named '%1'.").arg(user.name));
        const api::User &stored = (*loaded)->user;
        if (user.revision != 0 && user.revision != stored.revision)
            return api::fail(Code::Conflict,
                             StoreTr::tr("The user '%1' was changed by someone else since you "
                                         "loaded it. Reload it and try again.")
                                 .arg(user.name));
        QList<std::pair<QString, QString>> ops;
        if (user.displayName != stored.displayName)
            ops.append({QStringLiteral("display_name"),
                        user.displayName.isEmpty() ? kNullJson : OpLog::quote(user.displayName)});
        if (user.role != stored.role)
            ops.append({QStringLiteral("role"), OpLog::quote(api::roleName(user.role))});
        if (user.disabled != stored.disabled)
            ops.append({QStringLiteral("disabled"), OpLog::encodeValue(user.disabled)});
        result = stored;
        if (ops.isEmpty())
            return {};
        result.displayName = user.displayName;
        result.role = user.role;
        result.disabled = user.disabled;
        result.revision = tx.revision;
        auto stmt = m_db->prepare(QStringLiteral("UPDATE users SET revision = ?, display_name = ?, "
                                                 "role = ?, disabled = ? WHERE id = ?"));
        if (!stmt)
            return failWith(stmt);
        stmt->bind(1, result.revision);
        stmt->bind(2, result.displayName.isEmpty() ? QString() : result.displayName);
        stmt->bind(3, api::roleName(result.role));
        stmt->bindBool(4, result.disabled);
        stmt->bind(5, result.id);
        if (auto u = stmt->run(); !u)
            return u;
        for (const auto &[field, value] : std::as_const(ops))
            if (auto l = logOp(tx, kUserEntity, result.id, field, value); !l)
                return l;
        return {};
    });
    if (!r)
        return failWith(r);
    return result;
}

Result<void> SqliteStore::setPasswordHash(const QString &name, const QString &hash,
                                          const QString &actor)
{
    if (hash.isEmpty())
        return api::fail(Code::InvalidArgument, StoreTr::tr("The new password is missing."), {},
                         QStringLiteral("password"));
    return write(actor, [&](Tx &tx) -> Result<void> {
        auto loaded = loadUser(name);
        if (!loaded)
            return failWith(loaded);
        if (!*loaded)
            return api::fail(Code::NotFound, StoreTr::tr("No user is named '%1'.").arg(name));
        auto stmt = m_db->prepare(
            QStringLiteral("UPDATE users SET revision = ?, password_hash = ? WHERE id = ?"));
        if (!stmt)
            return failWith(stmt);
        stmt->bind(1, tx.revision);
        stmt->bind(2, hash);
        stmt->bind(3, (*loaded)->user.id);
        if (auto u = stmt->run(); !u)
            return u;
        return logOp(tx, kUserEntity, (*loaded)->user.id, QStringLiteral("password_hash"),
                     kRedacted);
    });
}

Result<void> SqliteStore::removeUser(const QString &name, const QString &actor)
{
    return write(actor, [&](Tx &tx) -> Result<void> {
        auto loaded = loadUser(name);
        if (!loaded)
            return failWith(loaded);
        if (!*loaded)
            return api::fail(Code::NotFound, StoreTr::tr("No user is named '%1'.").arg(name));
        for (const QString &sql : {QStringLiteral("DELETE FROM sessions WHERE user_name = ?"),
                                   QStringLiteral("DELETE FROM users WHERE name = ?")}) {
            auto stmt = m_db->prepare(sql);
            if (!stmt)
                return failWith(stmt);
            stmt->bind(1, name);
            if (auto d = stmt->run(); !d)
                return d;
        }
        return logOp(tx, kUserEntity, (*loaded)->user.id, OpLog::deleteMarker(), kNullJson);
    });
}

Result<void> SqliteStore::createSession(const api::StoredSession &session)
{
    if (!isTokenHash(session.tokenHash))
        return api::fail(Code::InvalidArgument,
                         StoreTr::tr("A session is stored by the SHA-256 hash of its token "
                                     "(64 hex digits), never by the token itself."),
                         {}, QStringLiteral("token_hash"));
    std::lock_guard lock(m_mutex);
    auto user = loadUser(session.userName);
    if (!user)
        return failWith(user);
    if (!*user)
        return api::fail(Code::FailedPrecondition,
                         StoreTr::tr("No user is named '%1'.").arg(session.userName), {},
                         QStringLiteral("user_name"));
    auto stmt = m_db->prepare(QStringLiteral("INSERT INTO sessions (token_hash, user_name, "
                                             "created_at_ms, expires_at_ms) VALUES (?, ?, ?, ?)"));
    if (!stmt)
        return failWith(stmt);
    stmt->bind(1, session.tokenHash.toLower());
    stmt->bind(2, session.userName);
    stmt->bind(3, session.createdAtMs);
    stmt->bind(4, session.expiresAtMs);
    if (auto r = stmt->run(); !r) {
        api::Error e = r.error();
        if (e.code == Code::StoreConstraint)
            e = {Code::AlreadyExists, StoreTr::tr("This session already exists."), e.detail, {}};
        return std::unexpected(std::move(e));
    }
    return {};
}

Result<api::StoredSession> SqliteStore::findSession(const QString &tokenHash)
{
    std::lock_guard lock(m_mutex);
    auto stmt = m_db->prepare(QStringLiteral("SELECT token_hash, user_name, created_at_ms, "
                                             "expires_at_ms FROM sessions WHERE token_hash = ?"));
    if (!stmt)
        return failWith(stmt);
    stmt->bind(1, tokenHash.toLower());
    auto row = stmt->next();
    if (!row)
        return failWith(row);
    if (!*row)
        return api::fail(Code::NotFound, StoreTr::tr("The session does not exist or has ended."));
    return api::StoredSession{stmt->text(0), stmt->text(1), stmt->integer(2), stmt->integer(3)};
}

Result<void> SqliteStore::removeSession(const QString &tokenHash)
{
    std::lock_guard lock(m_mutex);
    auto stmt = m_db->prepare(QStringLiteral("DELETE FROM sessions WHERE token_hash = ?"));
    if (!stmt)
        return failWith(stmt);
    stmt->bind(1, tokenHash.toLower());
    return stmt->run();
}

Result<int> SqliteStore::removeExpiredSessions(qint64 nowMs)
{
    std::lock_guard lock(m_mutex);
    auto stmt = m_db->prepare(QStringLiteral("DELETE FROM sessions WHERE expires_at_ms <= ?"));
    if (!stmt)
        return failWith(stmt);
    stmt->bind(1, nowMs);
    if (auto r = stmt->run(); !r)
        return failWith(r);
    return stmt->changes();
}

// ---- Enrollment -------------------------------------------------------------------------------

namespace {

api::BootstrapToken readToken(Statement &stmt)
{
    api::BootstrapToken t;
    t.tokenHash = stmt.text(0);
    t.siteId = stmt.text(1);
    t.nodeName = stmt.text(2);
    t.createdBy = stmt.text(3);
    t.createdAtMs = stmt.integer(4);
    t.expiresAtMs = stmt.integer(5);
    t.usedAtMs = stmt.integer(6);
    return t;
}

const QLatin1StringView kTokenColumns("token_hash, site_id, node_name, created_by, created_at_ms, "
                                      "expires_at_ms, COALESCE(used_at_ms, 0)");

} // namespace

Result<void> SqliteStore::createBootstrapToken(const api::BootstrapToken &token)
{
    if (!isTokenHash(token.tokenHash))
        return api::fail(Code::InvalidArgument,
                         StoreTr::tr("A bootstrap token is stored by the SHA-256 hash of the "
                                     "token (64 hex digits), never by the token itself."),
                         {}, QStringLiteral("token_hash"));
    std::lock_guard lock(m_mutex);
    auto site = load(EntityKind::Site, token.siteId);
    if (!site)
        return failWith(site);
    if (!*site)
        return api::fail(Code::NotFound,
                         StoreTr::tr("No %1 has the id '%2'.")
                             .arg(api::kindName(EntityKind::Site), token.siteId),
                         {}, QStringLiteral("site"));
    auto stmt = m_db->prepare(QStringLiteral(
        "INSERT INTO bootstrap_tokens (token_hash, site_id, node_name, created_by, created_at_ms, "
        "expires_at_ms) VALUES (?, ?, ?, ?, ?, ?)"));
    if (!stmt)
        return failWith(stmt);
    stmt->bind(1, token.tokenHash.toLower());
    stmt->bind(2, token.siteId);
    stmt->bind(3, token.nodeName);
    stmt->bind(4, token.createdBy);
    stmt->bind(5, token.createdAtMs);
    stmt->bind(6, token.expiresAtMs);
    return stmt->run();
}

Result<api::BootstrapToken> SqliteStore::findBootstrapToken(const QString &tokenHash)
{
    std::lock_guard lock(m_mutex);
    auto stmt = m_db->prepare(
        QStringLiteral("SELECT %1 FROM bootstrap_tokens WHERE token_hash = ?").arg(kTokenColumns));
    if (!stmt)
        return failWith(stmt);
    stmt->bind(1, tokenHash.toLower());
    auto row = stmt->next();
    if (!row)
        return failWith(row);
    if (!*row)
        return api::fail(Code::NotFound, StoreTr::tr("The bootstrap token is not valid."));
    return readToken(*stmt);
}

Result<Record> SqliteStore::redeemBootstrapToken(const QString &tokenHash,
                                                 const api::NodeCertificate &certificate,
                                                 qint64 nowMs, const QString &actor)
{
    Record node;
    auto r = write(actor, [&](Tx &tx) -> Result<void> {
        auto stmt = m_db->prepare(
            QStringLiteral("SELECT %1 FROM bootstrap_tokens WHERE token_hash = ?")
                .arg(kTokenColumns));
        if (!stmt)
            return failWith(stmt);
        stmt->bind(1, tokenHash.toLower());
        auto row = stmt->next();
        if (!row)
            return failWith(row);
        if (!*row)
            return api::fail(Code::Unauthenticated,
                             StoreTr::tr("The bootstrap token is not valid."));
        const api::BootstrapToken token = readToken(*stmt);
        stmt->reset();
        if (token.usedAtMs != 0)
            return api::fail(Code::Unauthenticated,
                             StoreTr::tr("The bootstrap token has already been used; create a new "
                                         "one with 'edgectl token create'."));
        if (token.expiresAtMs <= nowMs)
            return api::fail(Code::TokenExpired,
                             StoreTr::tr("The bootstrap token has expired; create a new one with "
                                         "'edgectl token create'."));
        // The node: by name in the token's site, or new.
        auto find = m_db->prepare(
            QStringLiteral("SELECT id FROM nodes WHERE site_id = ? AND name = ? COLLATE NOCASE"));
        if (!find)
            return failWith(find);
        find->bind(1, token.siteId);
        find->bind(2, certificate.nodeName);
        auto found = find->next();
        if (!found)
            return failWith(found);
        QString nodeId = *found ? find->text(0) : QString();
        find->reset();
        std::optional<Record> existing;
        if (!nodeId.isEmpty()) {
            auto loaded = load(EntityKind::Node, nodeId);
            if (!loaded)
                return failWith(loaded);
            existing = std::move(*loaded);
        }
        if (existing) {
            node = std::move(*existing);
        } else {
            api::Node n;
            n.siteId = token.siteId;
            n.name = certificate.nodeName;
            auto prepared = prepareNew(n.toRecord());
            if (!prepared)
                return failWith(prepared);
            node = std::move(*prepared);
            if (auto ins = insertEntity(tx, node); !ins)
                return ins;
        }
        auto used = m_db->prepare(QStringLiteral(
            "UPDATE bootstrap_tokens SET used_at_ms = ?, used_by_node_id = ? WHERE token_hash = ? "
            "AND used_at_ms IS NULL"));
        if (!used)
            return failWith(used);
        used->bind(1, nowMs);
        used->bind(2, node.id);
        used->bind(3, token.tokenHash);
        if (auto u = used->run(); !u)
            return u;
        if (used->changes() != 1)
            return api::fail(Code::Unauthenticated,
                             StoreTr::tr("The bootstrap token has already been used; create a new "
                                         "one with 'edgectl token create'."));
        auto cert = m_db->prepare(QStringLiteral(
            "INSERT INTO node_certificates (serial, node_id, node_name, issued_at_ms, "
            "not_after_ms, fingerprint) VALUES (?, ?, ?, ?, ?, ?)"));
        if (!cert)
            return failWith(cert);
        cert->bind(1, certificate.serial);
        cert->bind(2, node.id);
        cert->bind(3, certificate.nodeName);
        cert->bind(4, certificate.issuedAtMs);
        cert->bind(5, certificate.notAfterMs);
        cert->bind(6, certificate.fingerprint);
        return cert->run();
    });
    if (!r)
        return failWith(r);
    return node;
}

Result<QList<api::NodeCertificate>> SqliteStore::nodeCertificates(const QString &nodeId)
{
    std::lock_guard lock(m_mutex);
    auto stmt = m_db->prepare(QStringLiteral(
        "SELECT serial, node_id, node_name, issued_at_ms, not_after_ms, fingerprint FROM "
        "node_certificates WHERE node_id = ? ORDER BY issued_at_ms"));
    if (!stmt)
        return failWith(stmt);
    stmt->bind(1, nodeId);
    QList<api::NodeCertificate> out;
    for (;;) {
        auto row = stmt->next();
        if (!row)
            return failWith(row);
        if (!*row)
            break;
        out.append({stmt->text(0), stmt->text(1), stmt->text(2), stmt->integer(3), stmt->integer(4),
                    stmt->text(5)});
    }
    return out;
}

Result<QString> SqliteStore::setting(const QString &key)
{
    std::lock_guard lock(m_mutex);
    auto stmt = m_db->prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    if (!stmt)
        return failWith(stmt);
    stmt->bind(1, key);
    auto row = stmt->next();
    if (!row)
        return failWith(row);
    if (!*row)
        return api::fail(Code::NotFound, StoreTr::tr("The setting '%1' is not set.").arg(key));
    return stmt->text(0);
}

Result<void> SqliteStore::setSetting(const QString &key, const QString &value)
{
    if (key.trimmed().isEmpty())
        return api::fail(Code::InvalidArgument, StoreTr::tr("A setting needs a name."), {},
                         QStringLiteral("key"));
    std::lock_guard lock(m_mutex);
    auto stmt = m_db->prepare(
        QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    if (!stmt)
        return failWith(stmt);
    stmt->bind(1, key);
    stmt->bind(2, value.isNull() ? QStringLiteral("") : value);
    return stmt->run();
}

// ---- Maintenance ------------------------------------------------------------------------------

void SqliteStore::setSizeLimit(qint64 bytes) { m_sizeLimit = bytes; }

Result<api::MaintenanceReport> SqliteStore::maintain()
{
    std::lock_guard lock(m_mutex);
    api::MaintenanceReport report;
    auto freeBefore = m_db->queryInteger(QStringLiteral("PRAGMA freelist_count"));
    if (!freeBefore)
        return failWith(freeBefore);
    // Vacuum first, so that the checkpoint carries the freed pages into the file and the
    // truncated WAL stays empty.
    if (auto r = m_db->exec(QStringLiteral("PRAGMA incremental_vacuum(%1)")
                                .arg(std::max(1, m_options.vacuumPagesPerStep)));
        !r)
        return failWith(r);
    {
        auto checkpoint = m_db->prepareOnce(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        if (!checkpoint)
            return failWith(checkpoint);
        auto row = checkpoint->next();
        if (!row)
            return failWith(row);
        if (*row && checkpoint->integer(0) != 0)
            qCInfo(lcStore) << "WAL checkpoint of" << m_path
                            << "was blocked by a reader; it continues next time";
    }
    auto freeAfter = m_db->queryInteger(QStringLiteral("PRAGMA freelist_count"));
    auto pages = m_db->queryInteger(QStringLiteral("PRAGMA page_count"));
    auto pageSize = m_db->queryInteger(QStringLiteral("PRAGMA page_size"));
    if (!freeAfter || !pages || !pageSize)
        return api::fail(Code::StoreIo, StoreTr::tr("The size of the database could not be read."));
    report.freedPages = std::max<qint64>(0, *freeBefore - *freeAfter);
    report.walBytes = QFileInfo(m_path + QStringLiteral("-wal")).size();
    report.sizeBytes = *pages * *pageSize + report.walBytes;
    const qint64 limit = m_sizeLimit;
    report.sizeAlarm = limit > 0 && report.sizeBytes > limit;
    if (report.sizeAlarm)
        qCWarning(lcStore) << "database" << m_path << "is" << report.sizeBytes
                           << "bytes, over its limit of" << limit << "bytes";
    return report;
}

Result<QString> SqliteStore::integrityCheck()
{
    std::lock_guard lock(m_mutex);
    auto stmt = m_db->prepareOnce(QStringLiteral("PRAGMA integrity_check"));
    if (!stmt)
        return failWith(stmt);
    QStringList lines;
    for (;;) {
        auto row = stmt->next();
        if (!row)
            return failWith(row);
        if (!*row)
            break;
        lines << stmt->text(0);
    }
    return lines.join(QLatin1Char('\n'));
}

Result<void> SqliteStore::backupTo(const QString &path)
{
    const QString target = QFileInfo(path).absoluteFilePath();
    if (target == QFileInfo(m_path).absoluteFilePath())
        return api::fail(Code::InvalidArgument,
                         StoreTr::tr("A backup cannot overwrite the database it copies."));
    const QString partial = target + QStringLiteral(".partial");
    QFile::remove(partial);
    auto dest = Database::open(partial, m_options.busyTimeoutMs);
    if (!dest)
        return failWith(dest);
    sqlite3_backup *backup = nullptr;
    {
        std::lock_guard lock(m_mutex);
        backup = sqlite3_backup_init((*dest)->handle(), "main", m_db->handle(), "main");
    }
    if (!backup) {
        api::Error e = Database::errorFor((*dest)->handle(), sqlite3_errcode((*dest)->handle()),
                                          path);
        dest->reset();
        QFile::remove(partial);
        return std::unexpected(std::move(e));
    }
    // Copy in steps, releasing the lock between them so the store keeps serving; changes made
    // through this connection meanwhile are carried into the copy by SQLite.
    int rc = SQLITE_OK;
    for (;;) {
        {
            std::lock_guard lock(m_mutex);
            rc = sqlite3_backup_step(backup, 256);
        }
        if (rc == SQLITE_DONE)
            break;
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            QThread::msleep(5);
            continue;
        }
        if (rc != SQLITE_OK)
            break;
    }
    {
        std::lock_guard lock(m_mutex);
        sqlite3_backup_finish(backup);
    }
    if (rc != SQLITE_DONE) {
        api::Error e = Database::errorFor((*dest)->handle(), rc, path);
        e.message = StoreTr::tr("The backup to '%1' failed.").arg(path);
        dest->reset();
        QFile::remove(partial);
        return std::unexpected(std::move(e));
    }
    // Leave a self-contained file: no WAL beside it.
    if (auto r = (*dest)->exec(QStringLiteral("PRAGMA journal_mode = DELETE")); !r)
        qCWarning(lcStore) << "backup" << path << "stays in WAL mode:" << r.error().detail;
    dest->reset();
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(target + suffix);
    if (!QFile::rename(partial, target)) {
        QFile::remove(partial);
        return api::fail(Code::StoreIo,
                         StoreTr::tr("The backup could not be written to '%1'.").arg(path));
    }
    qCInfo(lcStore) << "backed up" << m_path << "to" << target;
    return {};
}

Result<void> SqliteStore::restoreFrom(const QString &path)
{
    auto source = Database::openReadOnly(path);
    if (!source)
        return failWith(source);
    auto corrupt = [&](const QString &detail) {
        return api::fail(Code::StoreCorrupt,
                         StoreTr::tr(
                             "The backup '%1' is damaged or is not an EdgeConsole database; "
                             "the current data was kept.")
                             .arg(path),
                         detail);
    };
    auto integrity = (*source)->queryText(QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return corrupt(integrity.error().detail);
    if (*integrity != u"ok")
        return corrupt(*integrity);
    auto version = Migrations::currentVersion(**source);
    if (!version)
        return failWith(version);
    if (*version == 0)
        return corrupt(QStringLiteral("no schema_migrations table"));
    if (*version > Migrations::latestVersion())
        return api::fail(Code::StoreMigration,
                         StoreTr::tr("The backup '%1' has schema version %2, newer than this "
                                     "program knows (%3); the current data was kept.")
                             .arg(path)
                             .arg(*version)
                             .arg(Migrations::latestVersion()));

    qint64 newRevision = 0;
    {
        std::lock_guard lock(m_mutex);
        const qint64 oldRevision = m_revision;
        const qint64 oldCounter = m_opCounter;
        sqlite3_backup *backup = sqlite3_backup_init(m_db->handle(), "main", (*source)->handle(),
                                                     "main");
        if (!backup)
            return std::unexpected(
                Database::errorFor(m_db->handle(), sqlite3_errcode(m_db->handle()), path));
        int rc = SQLITE_OK;
        do {
            rc = sqlite3_backup_step(backup, 1024);
            if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                QThread::msleep(5);
        } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
        const int finish = sqlite3_backup_finish(backup);
        if (rc != SQLITE_DONE || finish != SQLITE_OK) {
            api::Error e = Database::errorFor(m_db->handle(), rc != SQLITE_DONE ? rc : finish, path);
            e.message = StoreTr::tr("Restoring from '%1' failed; the current data was kept.")
                            .arg(path);
            return std::unexpected(std::move(e));
        }
        // An older backup is brought up to date; the rest of the identity stays monotonic:
        // revisions, op ids and the clock never go back, and the replica id stays this store's.
        if (auto r = Migrations::run(*m_db, m_clock); !r)
            return failWith(r);
        if (auto r = Migrations::verify(*m_db); !r)
            return r;
        auto stmt = m_db->prepareOnce(QStringLiteral("SELECT key, value FROM meta"));
        if (!stmt)
            return failWith(stmt);
        QHash<QString, QString> meta;
        for (;;) {
            auto row = stmt->next();
            if (!row)
                return failWith(row);
            if (!*row)
                break;
            meta.insert(stmt->text(0), stmt->text(1));
        }
        m_hlc.restore(api::HlcTimestamp{meta.value(QStringLiteral("hlc")).toLongLong()});
        m_opCounter = std::max(oldCounter, meta.value(QStringLiteral("op_counter")).toLongLong());
        newRevision = std::max(oldRevision, meta.value(QStringLiteral("revision")).toLongLong())
                      + 1;
        if (auto r = m_db->begin(); !r)
            return r;
        auto saved = saveMeta(newRevision);
        if (saved)
            saved = m_db->commit();
        if (!saved) {
            m_db->rollback();
            return saved;
        }
        m_revision = newRevision;
    }
    qCInfo(lcStore) << "restored" << m_path << "from" << path << "; revision now" << newRevision;
    notify(newRevision);
    return {};
}

} // namespace edge::store
