#pragma once

#include "backend/api/entity.h"
#include "backend/api/inventorytypes.h"
#include "backend/api/user.h"

#include <functional>
#include <memory>

namespace edge::api {

struct ListQuery {
    EntityKind kind = EntityKind::Site;
    QString parentId; // only children of this parent (site for cabinets/nodes/devices, region for sites)
    QString name;   // exact name match
    QString search; // case-insensitive substring over name, code, address, model, serial
    int offset = 0;
    int limit = 0; // 0 = no limit (clients page transparently)
};

struct ListPage {
    QList<Record> records;
    int total = 0;       // matches before offset/limit
    qint64 revision = 0; // store revision the page was read at (watch from here)
};

enum class ChangeOp { Created, Updated, Deleted };
QString changeOpName(ChangeOp op); // "created", "updated", "deleted"

struct Change {
    qint64 revision = 0;
    ChangeOp op = ChangeOp::Updated;
    EntityKind kind = EntityKind::Site;
    QString id;
    Record record; // full record after the change; for Deleted only kind and id are set
};

// A live subscription; destroying it stops delivery (no callback runs after the destructor returns).
class Subscription {
public:
    virtual ~Subscription() = default;
};

// The inventory as clients see it (console widgets, edgectl). Implemented over gRPC by
// backend/client, whether the hub is embedded (in-process channel) or remote (TLS).
// Calls are synchronous and thread-safe; widgets call them off the GUI thread.
class Inventory {
public:
    virtual ~Inventory() = default;

    virtual Result<Record> create(const Record &record) = 0;
    virtual Result<Record> get(EntityKind kind, const QString &id) = 0;
    // Partial update: only the fields present in `patch.fields` change (a null value clears).
    // When patch.revision is non-zero and the entity changed since, fails with Code::Conflict.
    virtual Result<Record> update(const Record &patch) = 0;
    // Deleting an entity with children fails with FailedPrecondition unless `cascade` is true.
    virtual Result<void> remove(EntityKind kind, const QString &id, bool cascade) = 0;
    virtual Result<ListPage> list(const ListQuery &query) = 0;
    // Removes every entity marked as demo data; returns how many were removed.
    virtual Result<int> removeDemoData() = 0;

    // Streams every change after `fromRevision`, then live changes. Callbacks run on a
    // background thread: post to your own thread before touching QObjects.
    virtual Result<std::unique_ptr<Subscription>> watch(
        qint64 fromRevision, std::function<void(const Change &)> onChange,
        std::function<void(const Error &)> onEnd) = 0;

    // Finds an entity by id, or by exact name (within `parentId` when given).
    Result<Record> resolve(EntityKind kind, const QString &idOrName, const QString &parentId = {});

    template<class T>
    Result<T> createTyped(const T &v)
    {
        auto r = create(v.toRecord());
        if (!r)
            return std::unexpected(r.error());
        return T::fromRecord(*r);
    }
};

struct HealthInfo {
    QString status; // "serving"
    QString version;
    QString replicaId;
    qint64 revision = 0;
    qint64 uptimeMs = 0;
    QString storeKind; // "sqlite", later "postgresql"
};

// Sign-in, users and health.
class Accounts {
public:
    virtual ~Accounts() = default;
    virtual Result<Session> login(const QString &user, const QString &password) = 0;
    virtual Result<void> logout() = 0;
    virtual Result<Session> whoAmI() = 0; // token left empty
    virtual Result<QList<User>> listUsers() = 0;
    virtual Result<User> createUser(const User &user, const QString &password) = 0;
    virtual Result<User> updateUser(const User &user) = 0; // display name, role, disabled
    virtual Result<void> setPassword(const QString &userName, const QString &password) = 0;
    virtual Result<void> removeUser(const QString &userName) = 0;
    virtual Result<HealthInfo> health() = 0;
};

} // namespace edge::api
