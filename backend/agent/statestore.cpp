#include "backend/agent/statestore.h"
#include "backend/agent/agenttr.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include <sqlite3.h>

namespace edge::agent {

using api::Code;
using api::fail;
using api::Result;

namespace {

struct Stmt {
    sqlite3_stmt *s = nullptr;
    ~Stmt() { sqlite3_finalize(s); }
};

} // namespace

StateStore::StateStore(sqlite3 *db, QString path)
    : m_db(db)
    , m_path(std::move(path))
{}

StateStore::~StateStore() { sqlite3_close(m_db); }

api::Error StateStore::sqlError(const char *what) const
{
    return api::Error{Code::StoreIo,
                      AgentTr::tr("Cannot use the agent's state file '%1'.").arg(m_path),
                      QStringLiteral("%1: %2").arg(QLatin1String(what),
                                                   QString::fromUtf8(sqlite3_errmsg(m_db))),
                      {}};
}

Result<void> StateStore::exec(const char *sql) const
{
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
        return std::unexpected(sqlError(sql));
    return {};
}

Result<std::unique_ptr<StateStore>> StateStore::open(const QString &path)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &db,
                                   SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
                                       | SQLITE_OPEN_FULLMUTEX,
                                   nullptr);
    std::unique_ptr<StateStore> store(new StateStore(db, path));
    if (rc != SQLITE_OK)
        return std::unexpected(store->sqlError("open"));
    sqlite3_busy_timeout(db, 5000);
    for (const char *sql : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL",
                            "CREATE TABLE IF NOT EXISTS state (key TEXT PRIMARY KEY, value BLOB)",
                            "CREATE TABLE IF NOT EXISTS restarts (workload TEXT PRIMARY KEY, "
                            "count INTEGER NOT NULL)"}) {
        if (auto r = store->exec(sql); !r)
            return std::unexpected(r.error());
    }
    if (auto r = store->load(); !r)
        return std::unexpected(r.error());
    return store;
}

Result<void> StateStore::load()
{
    Stmt st;
    if (sqlite3_prepare_v2(m_db, "SELECT key, value FROM state", -1, &st.s, nullptr) != SQLITE_OK)
        return std::unexpected(sqlError("prepare"));
    while (sqlite3_step(st.s) == SQLITE_ROW) {
        const QByteArray key(static_cast<const char *>(sqlite3_column_blob(st.s, 0)),
                             sqlite3_column_bytes(st.s, 0));
        const QByteArray value(static_cast<const char *>(sqlite3_column_blob(st.s, 1)),
                               sqlite3_column_bytes(st.s, 1));
        if (key == "desired") {
            auto d = api::DesiredState::fromJson(QJsonDocument::fromJson(value).object());
            if (!d)
                return fail(Code::StoreCorrupt,
                            AgentTr::tr("The desired state in '%1' is damaged; it will be "
                                        "replaced when the hub sends it again.")
                                .arg(m_path),
                            d.error().message);
            m_desired = *d;
        } else if (key == "applied") {
            m_applied = value.toLongLong();
        }
    }
    Stmt rs;
    if (sqlite3_prepare_v2(m_db, "SELECT workload, count FROM restarts", -1, &rs.s, nullptr)
        != SQLITE_OK)
        return std::unexpected(sqlError("prepare"));
    while (sqlite3_step(rs.s) == SQLITE_ROW)
        m_restarts.insert(QString::fromUtf8(
                              reinterpret_cast<const char *>(sqlite3_column_text(rs.s, 0))),
                          sqlite3_column_int(rs.s, 1));
    return {};
}

Result<void> StateStore::putLocked(const char *key, const QByteArray &value)
{
    Stmt st;
    if (sqlite3_prepare_v2(m_db, "INSERT OR REPLACE INTO state (key, value) VALUES (?, ?)", -1,
                           &st.s, nullptr)
        != SQLITE_OK)
        return std::unexpected(sqlError("prepare"));
    sqlite3_bind_text(st.s, 1, key, -1, SQLITE_STATIC);
    sqlite3_bind_blob(st.s, 2, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    if (sqlite3_step(st.s) != SQLITE_DONE)
        return std::unexpected(sqlError("write"));
    return {};
}

Result<void> StateStore::saveDesired(const api::DesiredState &state)
{
    std::lock_guard lock(m_mutex);
    const QByteArray json = QJsonDocument(state.toJson()).toJson(QJsonDocument::Compact);
    if (auto r = putLocked("desired", json); !r)
        return r;
    m_desired = state;
    return {};
}

api::DesiredState StateStore::desired() const
{
    std::lock_guard lock(m_mutex);
    return m_desired;
}

qint64 StateStore::desiredGeneration() const
{
    std::lock_guard lock(m_mutex);
    return m_desired.generation;
}

Result<void> StateStore::setAppliedGeneration(qint64 generation)
{
    std::lock_guard lock(m_mutex);
    if (generation == m_applied)
        return {};
    if (auto r = putLocked("applied", QByteArray::number(generation)); !r)
        return r;
    m_applied = generation;
    return {};
}

qint64 StateStore::appliedGeneration() const
{
    std::lock_guard lock(m_mutex);
    return m_applied;
}

int StateStore::restartCount(const QString &workload) const
{
    std::lock_guard lock(m_mutex);
    return m_restarts.value(workload, 0);
}

Result<void> StateStore::setRestartCount(const QString &workload, int count)
{
    std::lock_guard lock(m_mutex);
    Stmt st;
    if (sqlite3_prepare_v2(m_db, "INSERT OR REPLACE INTO restarts (workload, count) VALUES (?, ?)",
                           -1, &st.s, nullptr)
        != SQLITE_OK)
        return std::unexpected(sqlError("prepare"));
    const QByteArray name = workload.toUtf8();
    sqlite3_bind_text(st.s, 1, name.constData(), int(name.size()), SQLITE_TRANSIENT);
    sqlite3_bind_int(st.s, 2, count);
    if (sqlite3_step(st.s) != SQLITE_DONE)
        return std::unexpected(sqlError("write"));
    m_restarts.insert(workload, count);
    return {};
}

Result<void> StateStore::pruneRestartCounts(const QStringList &keep)
{
    std::lock_guard lock(m_mutex);
    const QStringList names = m_restarts.keys();
    for (const QString &name : names) {
        if (keep.contains(name))
            continue;
        Stmt st;
        if (sqlite3_prepare_v2(m_db, "DELETE FROM restarts WHERE workload = ?", -1, &st.s, nullptr)
            != SQLITE_OK)
            return std::unexpected(sqlError("prepare"));
        const QByteArray n = name.toUtf8();
        sqlite3_bind_text(st.s, 1, n.constData(), int(n.size()), SQLITE_TRANSIENT);
        if (sqlite3_step(st.s) != SQLITE_DONE)
            return std::unexpected(sqlError("delete"));
        m_restarts.remove(name);
    }
    return {};
}

} // namespace edge::agent
