#pragma once

#include "backend/api/enrollment.h"
#include "backend/api/inventory.h"
#include "backend/api/workload.h"

#include <functional>
#include <memory>

namespace edge::client {
class Client;
}

namespace edge::console {

// The embedded hub's client, signed in as the local user. Sessions expire (12 h by default);
// when a call fails with Unauthenticated or TokenExpired, this asks the hub for a fresh local
// session and repeats the call once, so a console left open overnight keeps working.
class EmbeddedSession final
    : public api::Inventory
    , public api::Accounts
    , public api::Nodes
    , public api::Enrollment {
public:
    using Renew = std::function<api::Result<api::Session>()>;
    EmbeddedSession(std::shared_ptr<client::Client> client, Renew renew);
    ~EmbeddedSession() override;

    api::Result<api::Record> create(const api::Record &record) override;
    api::Result<api::Record> get(api::EntityKind kind, const QString &id) override;
    api::Result<api::Record> update(const api::Record &patch) override;
    api::Result<void> remove(api::EntityKind kind, const QString &id, bool cascade) override;
    api::Result<api::ListPage> list(const api::ListQuery &query) override;
    api::Result<int> removeDemoData() override;
    api::Result<std::unique_ptr<api::Subscription>> watch(
        qint64 fromRevision, std::function<void(const api::Change &)> onChange,
        std::function<void(const api::Error &)> onEnd) override;

    api::Result<api::Session> login(const QString &user, const QString &password) override;
    api::Result<void> logout() override;
    api::Result<api::Session> whoAmI() override;
    api::Result<QList<api::User>> listUsers() override;
    api::Result<api::User> createUser(const api::User &user, const QString &password) override;
    api::Result<api::User> updateUser(const api::User &user) override;
    api::Result<void> setPassword(const QString &userName, const QString &password) override;
    api::Result<void> removeUser(const QString &userName) override;
    api::Result<api::HealthInfo> health() override;

    api::Result<QList<api::NodeStatus>> nodeStatus(const QString &siteId = {}) override;
    api::Result<api::DesiredState> desiredState(const QString &nodeId) override;
    api::Result<api::DesiredState> setDesiredState(const QString &nodeId,
                                                   const QList<api::WorkloadSpec> &workloads,
                                                   qint64 expectedGeneration = 0) override;
    api::Result<QList<api::MetricSample>> metrics(const api::MetricsQuery &query) override;
    api::Result<QList<api::NodeEvent>> events(const QString &nodeId, qint64 sinceMs,
                                              int limit) override;

    api::Result<api::IssuedBootstrapToken> issueBootstrapToken(const QString &site, qint64 ttlMs,
                                                               const QString &nodeName) override;

private:
    template<class F>
    auto retrying(F &&call) -> decltype(call());
    bool renew();

    std::shared_ptr<client::Client> m_client;
    Renew m_renew;
};

} // namespace edge::console
