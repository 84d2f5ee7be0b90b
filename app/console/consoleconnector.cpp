#include "app/console/consoleconnector.h"

#include "app/console/embeddedsession.h"
#include "backend/client/client.h"
#include "backend/client/syncclient.h"
#include "backend/demo/demoestate.h"
#include "backend/hub/hub.h"
#include "backend/sync/storeattachments.h"
#include "backend/sync/storeconflictresolver.h"

#include <QCoreApplication>
#include <QDir>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QNetworkInterface>
#include <QRegularExpression>
#include <QSysInfo>

Q_LOGGING_CATEGORY(lcConnector, "edge.console.connector")

namespace edge::console {

namespace {
const QString kDemoSeeded = QStringLiteral("demo.seeded");

// api::Enrollment over a remote hub's client.
class ClientEnrollment final : public api::Enrollment {
public:
    explicit ClientEnrollment(std::shared_ptr<client::Client> client)
        : m_client(std::move(client))
    {}
    api::Result<api::IssuedBootstrapToken> issueBootstrapToken(const QString &site, qint64 ttlMs,
                                                               const QString &nodeName) override
    {
        auto info = m_client->createBootstrapToken(site, ttlMs, nodeName);
        if (!info)
            return std::unexpected(info.error());
        return api::IssuedBootstrapToken{info->token, info->siteId, info->siteName, info->nodeName,
                                         info->expiresAtMs};
    }

private:
    std::shared_ptr<client::Client> m_client;
};
} // namespace

namespace {
// "HOST:PORT" or "[V6]:PORT" split; false when it is neither.
bool splitHostPort(const QString &hostPort, QString *host, QString *port)
{
    static const QRegularExpression re(QStringLiteral(R"(^\[?([^\[\]]*)\]?:(\d{1,5})$)"));
    const auto m = re.match(hostPort.trimmed());
    if (!m.hasMatch())
        return false;
    *host = m.captured(1);
    *port = m.captured(2);
    return true;
}

bool isWildcardHost(const QString &host)
{
    const QHostAddress a(host);
    return a == QHostAddress(QHostAddress::AnyIPv4) || a == QHostAddress(QHostAddress::AnyIPv6);
}
} // namespace

ConsoleConnector::ConsoleConnector(const QString &dataDir, bool seedDemo, const QString &agentListen)
    : m_dataDir(QDir::cleanPath(dataDir))
    , m_seedDemo(seedDemo)
    , m_agentListen(agentListen.trimmed())
{}

QString ConsoleConnector::agentListenAddress()
{
    std::lock_guard lock(m_mutex);
    return m_hub ? m_hub->listenAddress() : QString();
}

QString ConsoleConnector::agentListenError()
{
    std::lock_guard lock(m_mutex);
    return m_agentListenError;
}

QStringList ConsoleConnector::localIpv4Addresses()
{
    QStringList out;
    const auto interfaces = QNetworkInterface::allInterfaces();
    for (const QNetworkInterface &i : interfaces) {
        const auto flags = i.flags();
        if (!flags.testFlag(QNetworkInterface::IsUp)
            || flags.testFlag(QNetworkInterface::IsLoopBack))
            continue;
        const auto entries = i.addressEntries();
        for (const QNetworkAddressEntry &e : entries) {
            const QHostAddress a = e.ip();
            if (a.protocol() == QAbstractSocket::IPv4Protocol && !a.isLoopback()
                && !out.contains(a.toString()))
                out << a.toString();
        }
    }
    return out;
}

QStringList ConsoleConnector::agentDialAddresses(const QString &listenAddress)
{
    QString host;
    QString port;
    if (!splitHostPort(listenAddress, &host, &port))
        return {};
    if (!isWildcardHost(host))
        return {listenAddress};
    QStringList out;
    for (const QString &ip : localIpv4Addresses())
        out << ip + QLatin1Char(':') + port;
    if (out.isEmpty()) // no network yet: the host name is in the server certificate too
        out << QSysInfo::machineHostName() + QLatin1Char(':') + port;
    return out;
}

ConsoleConnector::~ConsoleConnector() { shutdown(); }

hub::Hub *ConsoleConnector::embeddedHub()
{
    std::lock_guard lock(m_mutex);
    return m_hub.get();
}

void ConsoleConnector::shutdown()
{
    std::unique_ptr<hub::Hub> hub;
    {
        std::lock_guard lock(m_mutex);
        m_inventory.reset();
        m_accounts.reset();
        m_nodes.reset();
        m_enrollment.reset();
        hub = std::move(m_hub);
    }
    if (hub)
        hub->shutdown();
}

api::Result<void> ConsoleConnector::openHub()
{
    if (m_hub)
        return {};
    hub::HubOptions options;
    options.dataDir = m_dataDir;
    options.listen = m_agentListen;
    QString host;
    QString port;
    // Agents dial this machine by one of its addresses: the server certificate must name them.
    if (splitHostPort(m_agentListen, &host, &port) && isWildcardHost(host))
        options.extraSubjectAltNames = localIpv4Addresses();
    m_agentListenError.clear();
    auto hub = hub::Hub::open(options);
    if (!hub && !options.listen.isEmpty() && hub.error().field == u"listen") {
        // The console is still useful without the listener: open the hub without it and say why.
        m_agentListenError = hub.error().message;
        qCWarning(lcConnector).noquote()
            << "no listener for agents:" << hub.error().toString() << "- opening without it";
        options.listen.clear();
        options.extraSubjectAltNames.clear();
        hub = hub::Hub::open(options);
    }
    if (!hub)
        return std::unexpected(hub.error());
    auto session = (*hub)->localSession();
    if (!session)
        return std::unexpected(session.error());
    auto client = std::make_shared<client::Client>((*hub)->inProcessChannel());
    client->setToken(session->token);
    auto embedded = std::make_shared<EmbeddedSession>(client,
                                                      [this] { return renewLocalSession(); });
    m_hub = std::move(*hub);
    m_session = *session;
    m_inventory = embedded;
    m_accounts = embedded;
    m_nodes = embedded;
    m_enrollment = embedded;
    return {};
}

void ConsoleConnector::seedDemoIfFirstStart(api::Inventory &inventory)
{
    api::Store &store = m_hub->store();
    auto seeded = store.setting(kDemoSeeded);
    if (seeded)
        return;
    if (seeded.error().code != api::Code::NotFound) {
        qCWarning(lcConnector) << "cannot read" << kDemoSeeded << ":" << seeded.error().toString();
        return;
    }
    auto created = demo::seedDemoEstate(inventory);
    if (!created && created.error().code != api::Code::AlreadyExists) {
        // Not fatal: the console works without the demo; try again at the next start.
        qCWarning(lcConnector) << "seeding the demo estate failed:" << created.error().toString();
        return;
    }
    if (created)
        qCInfo(lcConnector) << "seeded the demo estate:" << *created << "entities";
    if (auto r = store.setSetting(kDemoSeeded, QStringLiteral("1")); !r)
        qCWarning(lcConnector) << "cannot record" << kDemoSeeded << ":" << r.error().toString();
}

api::Result<widgets::HubConnection> ConsoleConnector::connectEmbedded()
{
    std::lock_guard lock(m_mutex);
    const bool firstOpen = !m_hub;
    if (auto r = openHub(); !r)
        return std::unexpected(r.error());
    if (firstOpen && m_seedDemo)
        seedDemoIfFirstStart(*m_inventory);
    widgets::HubConnection c;
    c.inventory = m_inventory;
    c.accounts = m_accounts;
    c.nodes = m_nodes;
    c.enrollment = m_enrollment;
    if (api::SyncStore *blobStore = m_hub->syncStore())
        c.attachments = std::make_shared<sync::StoreAttachments>(*blobStore);
    if (api::SyncStore *syncStore = m_hub->syncStore())
        c.conflicts = std::make_shared<sync::StoreConflictResolver>(*syncStore, m_session.userName);
    // Without a listener agents cannot reach the embedded hub (agentHubAddress stays empty), but
    // its CA is the one they would trust. With one, agents dial this machine's address.
    const QStringList dial = agentDialAddresses(m_hub->listenAddress());
    c.agentHubAddress = dial.value(0);
    c.agentHubOtherAddresses = dial.mid(1);
    c.agentCaFile = QDir::toNativeSeparators(QDir(m_dataDir).filePath(QStringLiteral("ca.pem")));
    c.embedded = true;
    c.location = QDir::toNativeSeparators(m_dataDir);
    c.userName = m_session.userName;
    c.role = m_session.role;
    return c;
}

api::Result<api::Session> ConsoleConnector::renewLocalSession()
{
    std::lock_guard lock(m_mutex);
    if (!m_hub)
        return api::fail(api::Code::Unavailable,
                         QCoreApplication::translate("edge::console::ConsoleConnector",
                                                     "The embedded hub has been shut down."));
    return m_hub->localSession();
}

api::Result<std::shared_ptr<client::Client>> ConsoleConnector::newEmbeddedClient()
{
    std::lock_guard lock(m_mutex);
    if (auto r = openHub(); !r)
        return std::unexpected(r.error());
    auto session = m_hub->localSession();
    if (!session)
        return std::unexpected(session.error());
    auto c = std::make_shared<client::Client>(m_hub->inProcessChannel());
    c->setToken(session->token);
    return c;
}

api::Result<std::unique_ptr<sync::SyncManager>> ConsoleConnector::createSyncManager(
    const api::Clock &clock, sync::SyncManagerOptions options)
{
    std::lock_guard lock(m_mutex);
    if (!m_hub || !m_hub->syncStore())
        return api::fail(api::Code::FailedPrecondition,
                         QCoreApplication::translate("edge::console::ConsoleConnector",
                                                     "The embedded hub is not open."));
    if (options.dataDir.isEmpty())
        options.dataDir = m_dataDir;
    if (options.actor.isEmpty())
        options.actor = m_session.userName;
    return std::make_unique<sync::SyncManager>(*m_hub->syncStore(), m_hub->store(), clock,
                                               remoteHubAccess(), options);
}

sync::HubAccess ConsoleConnector::remoteHubAccess()
{
    sync::HubAccess access;
    access.health = [](const QString &hostPort,
                       const QString &caFile) -> api::Result<api::HealthInfo> {
        auto channel = client::Client::secureChannel(hostPort, caFile);
        if (!channel)
            return std::unexpected(channel.error());
        client::Client c(*channel, hostPort);
        c.setCallTimeout(std::chrono::seconds(5));
        return c.health();
    };
    access.signIn = [](const api::SyncHubParams &params) -> api::Result<QString> {
        if (const QString problem = widgets::checkHostPort(params.hostPort); !problem.isEmpty())
            return api::fail(api::Code::InvalidArgument, problem, {}, QStringLiteral("hostPort"));
        auto channel = client::Client::secureChannel(params.hostPort, params.caFile);
        if (!channel)
            return std::unexpected(channel.error());
        client::Client c(*channel, params.hostPort);
        auto session = c.login(params.userName, params.password);
        if (!session)
            return std::unexpected(session.error());
        qCInfo(lcConnector) << "signed in to the sync hub" << params.hostPort << "as"
                            << session->userName;
        return session->token;
    };
    access.peer = [](const QString &hostPort, const QString &caFile,
                     const QString &token) -> api::Result<std::unique_ptr<api::SyncPeer>> {
        auto channel = client::Client::secureChannel(hostPort, caFile);
        if (!channel)
            return std::unexpected(channel.error());
        return std::make_unique<client::SyncClient>(*channel, hostPort, token);
    };
    return access;
}

api::Result<widgets::HubConnection> ConsoleConnector::connectRemote(
    const widgets::RemoteHubParams &params)
{
    if (const QString problem = widgets::checkHostPort(params.hostPort); !problem.isEmpty())
        return api::fail(api::Code::InvalidArgument, problem, {}, QStringLiteral("hostPort"));
    auto channel = client::Client::secureChannel(params.hostPort, params.caFile);
    if (!channel) {
        api::Error e = channel.error();
        if (e.field.isEmpty())
            e.field = QStringLiteral("caFile");
        return std::unexpected(e);
    }
    auto remote = std::make_shared<client::Client>(*channel, params.hostPort);
    auto session = remote->login(params.userName, params.password);
    if (!session)
        return std::unexpected(session.error());
    qCInfo(lcConnector) << "signed in to" << params.hostPort << "as" << session->userName;
    widgets::HubConnection c;
    c.inventory = remote;
    c.accounts = remote;
    c.nodes = remote;
    c.enrollment = std::make_shared<ClientEnrollment>(remote);
    c.attachments = remote;
    c.conflicts = std::make_shared<client::SyncClient>(*channel, params.hostPort, session->token);
    c.agentHubAddress = params.hostPort;
    c.agentCaFile = params.caFile;
    c.embedded = false;
    c.location = params.hostPort;
    c.userName = session->userName;
    c.role = session->role;
    return c;
}

} // namespace edge::console
