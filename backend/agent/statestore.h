#pragma once

#include "backend/api/error.h"
#include "backend/api/workload.h"

#include <QMap>
#include <QString>
#include <memory>
#include <mutex>
#include <optional>

struct sqlite3;

namespace edge::agent {

// The agent's own state, DIR/agent.db (SQLite, WAL, synchronous=FULL): the desired state the hub
// sent last (persisted before it is applied, so the node runs it after a reboot with no hub), the
// generation the agent has applied, and per-workload restart counts. Thread-safe.
class StateStore {
public:
    ~StateStore();
    StateStore(const StateStore &) = delete;
    StateStore &operator=(const StateStore &) = delete;

    static api::Result<std::unique_ptr<StateStore>> open(const QString &path);

    // Replaces the stored desired state (one transaction).
    api::Result<void> saveDesired(const api::DesiredState &state);
    // The stored desired state; generation 0 and no workloads when the hub never sent one.
    api::DesiredState desired() const;
    qint64 desiredGeneration() const;

    api::Result<void> setAppliedGeneration(qint64 generation);
    qint64 appliedGeneration() const;

    int restartCount(const QString &workload) const;
    api::Result<void> setRestartCount(const QString &workload, int count);
    // Forgets the counts of workloads not in `keep`.
    api::Result<void> pruneRestartCounts(const QStringList &keep);

private:
    StateStore(sqlite3 *db, QString path);
    api::Result<void> exec(const char *sql) const;
    api::Error sqlError(const char *what) const;
    api::Result<void> putLocked(const char *key, const QByteArray &value);
    api::Result<void> load();

    sqlite3 *m_db = nullptr;
    QString m_path;
    mutable std::mutex m_mutex;
    api::DesiredState m_desired;
    qint64 m_applied = 0;
    QMap<QString, int> m_restarts;
};

} // namespace edge::agent
