#include "app/console/embeddedsession.h"

#include "backend/client/client.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSession, "edge.console.session")

namespace edge::console {

EmbeddedSession::EmbeddedSession(std::shared_ptr<client::Client> client, Renew renew)
    : m_client(std::move(client))
    , m_renew(std::move(renew))
{}

EmbeddedSession::~EmbeddedSession() = default;

bool EmbeddedSession::renew()
{
    auto session = m_renew();
    if (!session) {
        qCWarning(lcSession) << "renewing the local session failed:" << session.error().toString();
        return false;
    }
    m_client->setToken(session->token);
    qCInfo(lcSession) << "local session renewed for" << session->userName;
    return true;
}

template<class F>
auto EmbeddedSession::retrying(F &&call) -> decltype(call())
{
    auto result = call();
    if (!result
        && (result.error().code == api::Code::Unauthenticated
            || result.error().code == api::Code::TokenExpired)
        && renew())
        result = call();
    return result;
}

api::Result<api::Record> EmbeddedSession::create(const api::Record &record)
{
    return retrying([&] { return m_client->create(record); });
}

api::Result<api::Record> EmbeddedSession::get(api::EntityKind kind, const QString &id)
{
    return retrying([&] { return m_client->get(kind, id); });
}

api::Result<api::Record> EmbeddedSession::update(const api::Record &patch)
{
    return retrying([&] { return m_client->update(patch); });
}

api::Result<void> EmbeddedSession::remove(api::EntityKind kind, const QString &id, bool cascade)
{
    return retrying([&] { return m_client->remove(kind, id, cascade); });
}

api::Result<api::ListPage> EmbeddedSession::list(const api::ListQuery &query)
{
    return retrying([&] { return m_client->list(query); });
}

api::Result<int> EmbeddedSession::removeDemoData()
{
    return retrying([&] { return m_client->removeDemoData(); });
}

api::Result<std::unique_ptr<api::Subscription>> EmbeddedSession::watch(
    qint64 fromRevision, std::function<void(const api::Change &)> onChange,
    std::function<void(const api::Error &)> onEnd)
{
    return retrying([&] { return m_client->watch(fromRevision, onChange, onEnd); });
}

api::Result<api::Session> EmbeddedSession::login(const QString &user, const QString &password)
{
    return m_client->login(user, password);
}

api::Result<void> EmbeddedSession::logout() { return m_client->logout(); }

api::Result<api::Session> EmbeddedSession::whoAmI()
{
    return retrying([&] { return m_client->whoAmI(); });
}

api::Result<QList<api::User>> EmbeddedSession::listUsers()
{
    return retrying([&] { return m_client->listUsers(); });
}

api::Result<api::User> EmbeddedSession::createUser(const api::User &user, const QString &password)
{
    return retrying([&] { return m_client->createUser(user, password); });
}

api::Result<api::User> EmbeddedSession::updateUser(const api::User &user)
{
    return retrying([&] { return m_client->updateUser(user); });
}

api::Result<void> EmbeddedSession::setPassword(const QString &userName, const QString &password)
{
    return retrying([&] { return m_client->setPassword(userName, password); });
}

api::Result<void> EmbeddedSession::removeUser(const QString &userName)
{
    return retrying([&] { return m_client->removeUser(userName); });
}

api::Result<api::HealthInfo> EmbeddedSession::health() { return m_client->health(); }

api::Result<QList<api::NodeStatus>> EmbeddedSession::nodeStatus(const QString &siteId)
{
    return retrying([&] { return m_client->nodeStatus(siteId); });
}

api::Result<api::DesiredState> EmbeddedSession::desiredState(const QString &nodeId)
{
    return retrying([&] { return m_client->desiredState(nodeId); });
}

api::Result<api::DesiredState> EmbeddedSession::setDesiredState(
    const QString &nodeId, const QList<api::WorkloadSpec> &workloads, qint64 expectedGeneration)
{
    return retrying(
        [&] { return m_client->setDesiredState(nodeId, workloads, expectedGeneration); });
}

api::Result<QList<api::MetricSample>> EmbeddedSession::metrics(const api::MetricsQuery &query)
{
    return retrying([&] { return m_client->metrics(query); });
}

api::Result<QList<api::NodeEvent>> EmbeddedSession::events(const QString &nodeId, qint64 sinceMs,
                                                           int limit)
{
    return retrying([&] { return m_client->events(nodeId, sinceMs, limit); });
}

api::Result<api::IssuedBootstrapToken> EmbeddedSession::issueBootstrapToken(const QString &site,
                                                                            qint64 ttlMs,
                                                                            const QString &nodeName)
{
    auto info = retrying([&] { return m_client->createBootstrapToken(site, ttlMs, nodeName); });
    if (!info)
        return std::unexpected(info.error());
    return api::IssuedBootstrapToken{info->token, info->siteId, info->siteName, info->nodeName,
                                     info->expiresAtMs};
}

} // namespace edge::console
