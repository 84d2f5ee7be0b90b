#pragma once

#include "backend/api/syncstore.h"

namespace edge::sync {

// api::ConflictResolver straight over a store in this process: the conflicts of the console's
// embedded hub, resolved as its local user. (A remote hub's go through client::SyncClient.)
// Calls block; thread-safe as the store is.
class StoreConflictResolver final : public api::ConflictResolver {
public:
    StoreConflictResolver(api::SyncStore &store, QString actor)
        : m_store(store)
        , m_actor(std::move(actor))
    {}

    api::Result<QList<api::Conflict>> listConflicts() override { return m_store.conflicts(); }
    api::Result<void> resolve(const QString &conflictId, const QString &keepOpId) override
    {
        return m_store.resolveConflict(conflictId, keepOpId, m_actor);
    }

private:
    api::SyncStore &m_store;
    const QString m_actor;
};

} // namespace edge::sync
