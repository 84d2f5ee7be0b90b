#include "outbox.h"

#include "agenttr.h"

#include <QFile>
#include <sqlite3.h>

namespace edge::agent {

using api::Code;
using api::fail;
using api::Result;

namespace {

// One prepared statement, finalized on scope exit.
class Stmt {
public:
    Stmt(sqlite3 *db, const char *sql) { m_rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr); }
    ~Stmt() { sqlite3_finalize(m_stmt); }
    Stmt(const Stmt &) = delete;
    Stmt &operator=(const Stmt &) = delete;
    bool ok() const { return m_rc == SQLITE_OK && m_stmt; }
    sqlite3_stmt *get() const { return m_stmt; }
    void bind(int i, qint64 v) { sqlite3_bind_int64(m_stmt, i, v); }
    void bindText(int i, const QString &s)
    {
        if (s.isEmpty()) {
            sqlite3_bind_null(m_stmt, i);
        } else {
            const QByteArray u = s.toUtf8();
            sqlite3_bind_text(m_stmt, i, u.constData(), int(u.size()), SQLITE_TRANSIENT);
        }
    }
    void bindBlob(int i, const QByteArray &b)
    {
        sqlite3_bind_blob(m_stmt, i, b.constData(), int(b.size()), SQLITE_TRANSIENT);
    }
    int step() { return sqlite3_step(m_stmt); }
    qint64 int64(int c) const { return sqlite3_column_int64(m_stmt, c); }
    QString text(int c) const
    {
        const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, c));
        return p ? QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, c)) : QString();
    }
    QByteArray blob(int c) const
    {
        const void *p = sqlite3_column_blob(m_stmt, c);
        return p ? QByteArray(static_cast<const char *>(p), sqlite3_column_bytes(m_stmt, c))
                 : QByteArray();
    }

private:
    sqlite3_stmt *m_stmt = nullptr;
    int m_rc = SQLITE_ERROR;
};

qint64 recordSize(const QByteArray &payload, const QString &key)
{
    return Outbox::kRecordOverhead + payload.size() + key.toUtf8().size();
}

qint64 &droppedSlot(OutboxDropped &d, OutboxKind kind)
{
    switch (kind) {
    case OutboxKind::Status: return d.status;
    case OutboxKind::Event: return d.event;
    case OutboxKind::Metric: break;
    }
    return d.metric;
}

bool validKind(int k) { return k >= 0 && k <= 2; }

// Rolls back an open transaction unless committed.
class Transaction {
public:
    explicit Transaction(sqlite3 *db)
        : m_db(db)
    {
        m_ok = sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    ~Transaction()
    {
        if (m_ok && !m_done)
            sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
    }
    bool ok() const { return m_ok; }
    bool commit()
    {
        m_done = sqlite3_exec(m_db, "COMMIT", nullptr, nullptr, nullptr) == SQLITE_OK;
        return m_done;
    }

private:
    sqlite3 *m_db;
    bool m_ok = false;
    bool m_done = false;
};

} // namespace

OutboxPriority defaultPriority(OutboxKind kind)
{
    switch (kind) {
    case OutboxKind::Event: return OutboxPriority::High;
    case OutboxKind::Status: return OutboxPriority::Medium;
    case OutboxKind::Metric: break;
    }
    return OutboxPriority::Low;
}

Outbox::Outbox(sqlite3 *db, QString path, qint64 quota)
    : m_db(db)
    , m_path(std::move(path))
    , m_quota(quota)
{}

Outbox::~Outbox() { sqlite3_close_v2(m_db); }

api::Error Outbox::sqlError(const char *what) const
{
    return api::Error{Code::StoreIo,
                      AgentTr::tr("The agent outbox %1 cannot be used.").arg(m_path),
                      QStringLiteral("%1: %2 (%3)")
                          .arg(QString::fromUtf8(what), QString::fromUtf8(sqlite3_errmsg(m_db)),
                               m_path),
                      {}};
}

Result<void> Outbox::exec(const char *sql) const
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return std::unexpected(sqlError(sql));
    return {};
}

Result<std::unique_ptr<Outbox>> Outbox::open(const QString &path, qint64 quotaBytes)
{
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(QFile::encodeName(path).constData(), &db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX,
                                   nullptr);
    std::unique_ptr<Outbox> box(new Outbox(db, path, quotaBytes));
    if (rc != SQLITE_OK)
        return std::unexpected(box->sqlError("open"));
    sqlite3_busy_timeout(db, 5000);
    if (auto r = box->load(); !r)
        return std::unexpected(r.error());
    return box;
}

Result<void> Outbox::load()
{
    {
        Stmt wal(m_db, "PRAGMA journal_mode = WAL");
        if (!wal.ok() || wal.step() != SQLITE_ROW)
            return std::unexpected(sqlError("journal_mode"));
        if (wal.text(0).compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
            return std::unexpected(sqlError("journal_mode is not WAL"));
    }
    if (auto r = exec("PRAGMA synchronous = FULL"); !r)
        return r;
    if (auto r = exec("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value INTEGER NOT "
                      "NULL) WITHOUT ROWID;"
                      "CREATE TABLE IF NOT EXISTS records (seq INTEGER PRIMARY KEY, kind INTEGER "
                      "NOT NULL, priority INTEGER NOT NULL, coalesce_key TEXT, size INTEGER NOT "
                      "NULL, payload BLOB NOT NULL);"
                      "CREATE INDEX IF NOT EXISTS records_drop ON records (priority, seq);"
                      "CREATE INDEX IF NOT EXISTS records_key ON records (kind, coalesce_key) "
                      "WHERE coalesce_key IS NOT NULL;");
        !r)
        return r;
    Stmt meta(m_db, "SELECT key, value FROM meta");
    if (!meta.ok())
        return std::unexpected(sqlError("read meta"));
    int rc;
    while ((rc = meta.step()) == SQLITE_ROW) {
        const QString key = meta.text(0);
        const qint64 v = meta.int64(1);
        if (key == QLatin1String("last_seq"))
            m_lastSeq = v;
        else if (key == QLatin1String("dropped_status"))
            m_dropped.status = v;
        else if (key == QLatin1String("dropped_event"))
            m_dropped.event = v;
        else if (key == QLatin1String("dropped_metric"))
            m_dropped.metric = v;
    }
    if (rc != SQLITE_DONE)
        return std::unexpected(sqlError("read meta"));
    Stmt sum(m_db, "SELECT COALESCE(SUM(size), 0), COALESCE(MAX(seq), 0) FROM records");
    if (!sum.ok() || sum.step() != SQLITE_ROW)
        return std::unexpected(sqlError("sum sizes"));
    m_used = sum.int64(0);
    m_lastSeq = std::max(m_lastSeq, sum.int64(1));
    return {};
}

Result<void> Outbox::saveDroppedLocked()
{
    Stmt st(m_db, "INSERT INTO meta (key, value) VALUES ('dropped_status', ?1), "
                  "('dropped_event', ?2), ('dropped_metric', ?3) "
                  "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!st.ok())
        return std::unexpected(sqlError("save dropped"));
    st.bind(1, m_dropped.status);
    st.bind(2, m_dropped.event);
    st.bind(3, m_dropped.metric);
    if (st.step() != SQLITE_DONE)
        return std::unexpected(sqlError("save dropped"));
    return {};
}

Result<void> Outbox::dropOneLocked()
{
    Stmt pick(m_db, "SELECT seq, kind, size FROM records ORDER BY priority ASC, seq ASC LIMIT 1");
    if (!pick.ok() || pick.step() != SQLITE_ROW)
        return std::unexpected(sqlError("pick record to drop"));
    const qint64 seq = pick.int64(0);
    const int kind = int(pick.int64(1));
    const qint64 size = pick.int64(2);
    Stmt del(m_db, "DELETE FROM records WHERE seq = ?1");
    if (!del.ok())
        return std::unexpected(sqlError("drop record"));
    del.bind(1, seq);
    if (del.step() != SQLITE_DONE)
        return std::unexpected(sqlError("drop record"));
    m_used -= size;
    if (validKind(kind))
        ++droppedSlot(m_dropped, OutboxKind(kind));
    return {};
}

Result<qint64> Outbox::append(OutboxKind kind, OutboxPriority priority, const QByteArray &payload,
                              const QString &coalesceKey)
{
    std::lock_guard lock(m_mutex);
    const qint64 size = recordSize(payload, coalesceKey);
    const bool coalesce = kind == OutboxKind::Status && !coalesceKey.isEmpty();
    // In-memory state changes only when the transaction commits.
    const qint64 savedUsed = m_used;
    const OutboxDropped savedDropped = m_dropped;
    auto restore = [&] {
        m_used = savedUsed;
        m_dropped = savedDropped;
    };

    if (m_quota > 0 && size > m_quota) {
        ++droppedSlot(m_dropped, kind);
        if (auto r = saveDroppedLocked(); !r) {
            restore();
            return std::unexpected(r.error());
        }
        return fail(Code::StoreFull,
                    AgentTr::tr("The record is larger than the agent outbox quota."),
                    QStringLiteral("record of %1 bytes, quota %2 bytes").arg(size).arg(m_quota));
    }

    Transaction tx(m_db);
    if (!tx.ok())
        return std::unexpected(sqlError("begin"));
    if (coalesce) {
        Stmt old(m_db, "DELETE FROM records WHERE kind = ?1 AND coalesce_key = ?2 RETURNING size");
        if (!old.ok())
            return std::unexpected(sqlError("coalesce"));
        old.bind(1, int(kind));
        old.bindText(2, coalesceKey);
        int rc;
        while ((rc = old.step()) == SQLITE_ROW)
            m_used -= old.int64(0);
        if (rc != SQLITE_DONE) {
            restore();
            return std::unexpected(sqlError("coalesce"));
        }
    }
    bool dropped = false;
    while (m_quota > 0 && m_used + size > m_quota) {
        if (auto r = dropOneLocked(); !r) {
            restore();
            return std::unexpected(r.error());
        }
        dropped = true;
    }
    if (dropped) {
        if (auto r = saveDroppedLocked(); !r) {
            restore();
            return std::unexpected(r.error());
        }
    }
    const qint64 seq = m_lastSeq + 1;
    Stmt ins(m_db, "INSERT INTO records (seq, kind, priority, coalesce_key, size, payload) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    Stmt last(m_db, "INSERT INTO meta (key, value) VALUES ('last_seq', ?1) "
                    "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    if (!ins.ok() || !last.ok()) {
        restore();
        return std::unexpected(sqlError("prepare insert"));
    }
    ins.bind(1, seq);
    ins.bind(2, int(kind));
    ins.bind(3, int(priority));
    ins.bindText(4, coalesceKey);
    ins.bind(5, size);
    ins.bindBlob(6, payload);
    last.bind(1, seq);
    if (ins.step() != SQLITE_DONE || last.step() != SQLITE_DONE || !tx.commit()) {
        restore();
        return std::unexpected(sqlError("insert"));
    }
    m_used += size;
    m_lastSeq = seq;
    return seq;
}

Result<std::vector<OutboxRecord>> Outbox::pending(int limit) const
{
    std::lock_guard lock(m_mutex);
    Stmt st(m_db, "SELECT seq, kind, priority, coalesce_key, payload FROM records "
                  "ORDER BY seq ASC LIMIT ?1");
    if (!st.ok())
        return std::unexpected(sqlError("pending"));
    st.bind(1, limit < 0 ? -1 : limit);
    std::vector<OutboxRecord> out;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        OutboxRecord r;
        r.seq = st.int64(0);
        const int kind = int(st.int64(1));
        r.kind = validKind(kind) ? OutboxKind(kind) : OutboxKind::Event;
        const int prio = int(st.int64(2));
        r.priority = validKind(prio) ? OutboxPriority(prio) : OutboxPriority::Low;
        r.coalesceKey = st.text(3);
        r.payload = st.blob(4);
        out.push_back(std::move(r));
    }
    if (rc != SQLITE_DONE)
        return std::unexpected(sqlError("pending"));
    return out;
}

Result<int> Outbox::ack(qint64 upToSeq)
{
    std::lock_guard lock(m_mutex);
    Stmt st(m_db, "DELETE FROM records WHERE seq <= ?1 RETURNING size");
    if (!st.ok())
        return std::unexpected(sqlError("ack"));
    st.bind(1, upToSeq);
    Transaction tx(m_db);
    if (!tx.ok())
        return std::unexpected(sqlError("begin"));
    qint64 freed = 0;
    int count = 0;
    int rc;
    while ((rc = st.step()) == SQLITE_ROW) {
        freed += st.int64(0);
        ++count;
    }
    sqlite3_reset(st.get());
    if (rc != SQLITE_DONE || !tx.commit())
        return std::unexpected(sqlError("ack"));
    m_used -= freed;
    return count;
}

OutboxDropped Outbox::droppedCount() const
{
    std::lock_guard lock(m_mutex);
    return m_dropped;
}

Result<void> Outbox::resetDropped(const OutboxDropped &reported)
{
    std::lock_guard lock(m_mutex);
    const OutboxDropped saved = m_dropped;
    m_dropped.status = std::max<qint64>(0, m_dropped.status - reported.status);
    m_dropped.event = std::max<qint64>(0, m_dropped.event - reported.event);
    m_dropped.metric = std::max<qint64>(0, m_dropped.metric - reported.metric);
    if (auto r = saveDroppedLocked(); !r) {
        m_dropped = saved;
        return r;
    }
    return {};
}

qint64 Outbox::usedBytes() const
{
    std::lock_guard lock(m_mutex);
    return m_used;
}

qint64 Outbox::lastSequence() const
{
    std::lock_guard lock(m_mutex);
    return m_lastSeq;
}

int Outbox::pendingCount() const
{
    std::lock_guard lock(m_mutex);
    Stmt st(m_db, "SELECT COUNT(*) FROM records");
    if (!st.ok() || st.step() != SQLITE_ROW)
        return -1;
    return int(st.int64(0));
}

} // namespace edge::agent
