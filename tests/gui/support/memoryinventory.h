#pragma once

#include "backend/api/inventory.h"

#include <condition_variable>
#include <deque>
#include <map>
#include <mutex>
#include <thread>

namespace edge::testsupport {

// A small in-memory api::Inventory for widget tests ONLY: it lets model tests run without a hub,
// beside (never instead of) the tests over the real embedded hub. Validates records with
// api::validateRecord, enforces unique names per scope loosely (sites: global), keeps a change
// log, and delivers watch() callbacks on its own background thread like the real client does.
class MemoryInventory final : public api::Inventory {
public:
    MemoryInventory();
    ~MemoryInventory() override;

    api::Result<api::Record> create(const api::Record &record) override;
    api::Result<api::Record> get(api::EntityKind kind, const QString &id) override;
    api::Result<api::Record> update(const api::Record &patch) override;
    api::Result<void> remove(api::EntityKind kind, const QString &id, bool cascade) override;
    api::Result<api::ListPage> list(const api::ListQuery &query) override;
    api::Result<int> removeDemoData() override;
    api::Result<std::unique_ptr<api::Subscription>> watch(
        qint64 fromRevision, std::function<void(const api::Change &)> onChange,
        std::function<void(const api::Error &)> onEnd) override;

    qint64 revision() const;
    // Ends every live subscription with this error (to test reconnection).
    void endStreams(const api::Error &error);
    int liveSubscriptions() const;

private:
    struct Watcher;
    class Sub;
    void commit(api::Change change, bool sameRevision = false); // with m_mutex held
    void deliverLoop();
    QString parentOf(const api::Record &r) const;

    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    std::map<std::pair<int, QString>, api::Record> m_records;
    QList<api::Change> m_log;
    qint64 m_revision = 0;
    qint64 m_nextId = 1;
    std::map<int, std::shared_ptr<Watcher>> m_watchers;
    int m_nextWatcher = 1;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace edge::testsupport
