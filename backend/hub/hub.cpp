#include "backend/hub/hub.h"
#include "backend/hub/hubtr.h"

#include "backend/hub/certificateauthority.h"
#include "backend/services/passwordhasher.h"
#include "backend/services/secrets.h"
#include "backend/services/services.h"
#include "backend/store/sqlitestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QLockFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSysInfo>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <grpc/grpc.h>
#include <grpcpp/security/server_credentials.h>
#include <grpcpp/server.h>
#include <grpcpp/server_builder.h>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

Q_LOGGING_CATEGORY(lcHub, "edge.hub", QtInfoMsg)

namespace edge::hub {

namespace {

constexpr auto kMaintenanceInterval = std::chrono::minutes(5);
constexpr qint64 kMetricsRetentionMs = 30LL * 24 * 3600 * 1000;
const QLatin1StringView kAdminName("admin");

struct HostPort {
    QString host;
    int port = 0;
};

api::Result<HostPort> parseListen(const QString &listen)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:\\[([0-9A-Fa-f:.]+)\\]|([A-Za-z0-9._-]+)):(\\d{1,5})$"));
    const auto m = re.match(listen);
    bool ok = false;
    HostPort hp;
    if (m.hasMatch()) {
        hp.host = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        hp.port = m.captured(3).toInt(&ok);
    }
    if (!ok || hp.port < 0 || hp.port > 65535
        || (!m.captured(1).isEmpty() && QHostAddress(hp.host).isNull()))
        return api::fail(api::Code::InvalidArgument,
                         Tr::tr("'%1' is not an address to listen on; write HOST:PORT, e.g. "
                                "0.0.0.0:7443, 127.0.0.1:0 or [::]:7443.")
                             .arg(listen),
                         {}, QStringLiteral("listen"));
    return hp;
}

QString joinHostPort(const QString &host, int port)
{
    const bool v6 = host.contains(QLatin1Char(':'));
    return (v6 ? QLatin1Char('[') + host + QLatin1Char(']') : host) + QLatin1Char(':')
           + QString::number(port);
}

bool isWildcard(const QString &host)
{
    const QHostAddress a(host);
    return a == QHostAddress(QHostAddress::AnyIPv4) || a == QHostAddress(QHostAddress::AnyIPv6);
}

// Serial (hex) and SHA-256 fingerprint (hex) of a PEM certificate.
api::Result<std::pair<QString, QString>> serialAndFingerprint(const QByteArray &pem)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.constData(), int(pem.size())),
                                                  &BIO_free);
    std::unique_ptr<X509, decltype(&X509_free)> cert(bio ? PEM_read_bio_X509(bio.get(), nullptr,
                                                                             nullptr, nullptr)
                                                         : nullptr,
                                                     &X509_free);
    if (!cert)
        return api::fail(api::Code::Crypto, Tr::tr("The issued certificate cannot be read."));
    std::unique_ptr<BIGNUM, decltype(&BN_free)>
        bn(ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert.get()), nullptr), &BN_free);
    char *hex = bn ? BN_bn2hex(bn.get()) : nullptr;
    if (!hex)
        return api::fail(api::Code::Crypto, Tr::tr("The issued certificate cannot be read."));
    const QString serial = QString::fromLatin1(hex).toLower();
    OPENSSL_free(hex);
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdLen = 0;
    if (!X509_digest(cert.get(), EVP_sha256(), md, &mdLen))
        return api::fail(api::Code::Crypto, Tr::tr("The issued certificate cannot be read."));
    const QString fingerprint = QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(md), int(mdLen)).toHex());
    return std::pair{serial, fingerprint};
}

} // namespace

struct Hub::Private {
    HubOptions options;
    api::SystemClock systemClock;
    const api::Clock *clock = nullptr;
    std::unique_ptr<store::SqliteStore> store;
    std::unique_ptr<CertificateAuthority> ca;
    std::unique_ptr<services::Services> services;
    std::unique_ptr<grpc::Server> server;
    QString listenAddress;
    QString generatedPassword;

    std::mutex mutex;
    std::condition_variable cv;
    bool stopping = false;
    bool shutDown = false;
    std::thread maintenanceThread;

    api::Result<void> prepareCertificates(const std::optional<HostPort> &listen);
    api::Result<void> ensureAdmin();
    void maintenanceLoop();
    void maintain();
};

api::Result<void> Hub::Private::prepareCertificates(const std::optional<HostPort> &listen)
{
    const QDir dir(options.dataDir);
    // Two hubs starting on one directory must not both create a CA.
    QLockFile lock(dir.filePath(QStringLiteral("ca.lock")));
    lock.setStaleLockTime(60'000);
    if (!lock.tryLock(30'000))
        return api::fail(api::Code::Unavailable,
                         Tr::tr("Another hub is preparing the certificates in '%1'; try again, or "
                                "check that no other edge-hub uses this data directory.")
                             .arg(options.dataDir),
                         QStringLiteral("QLockFile error %1").arg(int(lock.error())));
    auto opened = CertificateAuthority::openOrCreate(options.dataDir);
    if (!opened)
        return std::unexpected(opened.error());
    ca = std::move(*opened);
    if (!listen)
        return {};

    CertificateProfile profile;
    profile.usage = CertificateProfile::Usage::Server;
    QStringList names{QStringLiteral("localhost"), QStringLiteral("127.0.0.1"),
                      QStringLiteral("::1")};
    const QString machine = QSysInfo::machineHostName();
    const auto addName = [&names](const QString &n) {
        if (!n.isEmpty() && !names.contains(n, Qt::CaseInsensitive))
            names << n;
    };
    static const QRegularExpression hostRe(
        QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?$"));
    if (hostRe.match(machine).hasMatch())
        addName(machine);
    if (!isWildcard(listen->host))
        addName(QHostAddress(listen->host).isNull() ? listen->host
                                                    : QHostAddress(listen->host).toString());
    for (const QString &n : std::as_const(options.extraSubjectAltNames))
        addName(n.trimmed());
    profile.subjectAltNames = names;
    profile.commonName = machine.isEmpty() ? QStringLiteral("edge-hub") : machine;
    auto ensured = ca->ensureServerCertificate(options.dataDir, profile);
    if (!ensured)
        return std::unexpected(ensured.error());
    return {};
}

api::Result<void> Hub::Private::ensureAdmin()
{
    auto users = store->listUsers();
    if (!users)
        return std::unexpected(users.error());
    if (!users->isEmpty())
        return {};
    QString password = qEnvironmentVariable("EDGE_ADMIN_PASSWORD");
    bool generated = false;
    if (password.isEmpty()) {
        auto random = services::randomUrlSafe(18);
        if (!random)
            return std::unexpected(random.error());
        password = *random;
        generated = true;
    } else if (auto v = api::validatePassword(password); !v) {
        return api::fail(api::Code::InvalidArgument,
                         Tr::tr("EDGE_ADMIN_PASSWORD is not a usable password: %1")
                             .arg(v.error().message),
                         {}, QStringLiteral("EDGE_ADMIN_PASSWORD"));
    }
    auto hash = services::PasswordHasher::hash(password);
    if (!hash)
        return std::unexpected(hash.error());
    api::User admin;
    admin.name = kAdminName;
    admin.displayName = Tr::tr("Administrator");
    admin.role = api::Role::Admin;
    auto created = store->createUser(admin, *hash, QStringLiteral("system"));
    if (!created)
        return std::unexpected(created.error());
    qCInfo(lcHub) << "created the user 'admin'"
                  << (generated ? "with a generated password"
                                : "with the password from EDGE_ADMIN_PASSWORD");
    if (generated)
        generatedPassword = password;
    return {};
}

void Hub::Private::maintain()
{
    if (auto report = store->maintain()) {
        qCDebug(lcHub) << "store maintenance: size" << report->sizeBytes << "wal"
                       << report->walBytes << "freed pages" << report->freedPages;
        if (report->sizeAlarm)
            qCWarning(lcHub) << "the store has grown past its size limit:" << report->sizeBytes
                             << "bytes";
    } else {
        qCWarning(lcHub).noquote()
            << "store maintenance failed:" << report.error().message << report.error().detail;
    }
    if (auto purged = store->removeExpiredSessions(clock->nowMs()); !purged)
        qCWarning(lcHub).noquote() << "purging expired sessions failed:" << purged.error().message;
    else if (*purged > 0)
        qCInfo(lcHub) << "purged" << *purged << "expired sessions";
    if (auto pruned = store->pruneMetrics(clock->nowMs() - kMetricsRetentionMs); !pruned)
        qCWarning(lcHub).noquote() << "pruning old metrics failed:" << pruned.error().message;
    else if (*pruned > 0)
        qCInfo(lcHub) << "pruned" << *pruned << "metric samples older than 30 days";
}

void Hub::Private::maintenanceLoop()
{
    std::unique_lock lock(mutex);
    while (!stopping) {
        if (cv.wait_for(lock, kMaintenanceInterval, [this] { return stopping; }))
            break;
        lock.unlock();
        maintain();
        lock.lock();
    }
}

Hub::Hub(std::unique_ptr<Private> p)
    : d(std::move(p))
{}

Hub::~Hub() { shutdown(); }

api::Result<std::unique_ptr<Hub>> Hub::open(const HubOptions &options)
{
    if (options.dataDir.isEmpty())
        return api::fail(api::Code::InvalidArgument, Tr::tr("No data directory was given."), {},
                         QStringLiteral("data"));
    std::optional<HostPort> listen;
    if (!options.listen.isEmpty()) {
        auto hp = parseListen(options.listen);
        if (!hp)
            return std::unexpected(hp.error());
        listen = *hp;
    }
    for (const QString &name : options.extraSubjectAltNames)
        if (!CertificateAuthority::isValidSubjectAltName(name.trimmed()))
            return api::fail(api::Code::InvalidArgument,
                             Tr::tr("'%1' is neither a host name nor an IP address; the hub's "
                                    "certificate cannot name it.")
                                 .arg(name),
                             {}, QStringLiteral("san"));
    if (options.nodeCertificateValiditySeconds < HubOptions::kMinNodeCertificateValiditySeconds
        || options.nodeCertificateValiditySeconds > HubOptions::kMaxNodeCertificateValiditySeconds)
        return api::fail(api::Code::InvalidArgument,
                         Tr::tr("Node certificates must be valid for 60 seconds to 365 days."),
                         QStringLiteral("seconds=%1").arg(options.nodeCertificateValiditySeconds),
                         QStringLiteral("node_certificate_validity"));
    auto p = std::make_unique<Private>();
    p->options = options;
    p->clock = options.clock ? options.clock : &p->systemClock;

    QDir dir(options.dataDir);
    if (!dir.exists()) {
        if (!QDir().mkpath(options.dataDir))
            return api::fail(api::Code::StoreIo,
                             Tr::tr("Cannot create the data directory '%1'.").arg(options.dataDir));
        QFile::setPermissions(options.dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                   | QFileDevice::ExeOwner);
    }

    auto store = store::SqliteStore::open(dir.filePath(QStringLiteral("edge.db")), *p->clock);
    if (!store)
        return std::unexpected(store.error());
    p->store = std::move(*store);

    if (auto r = p->prepareCertificates(listen); !r)
        return std::unexpected(r.error());
    if (auto r = p->ensureAdmin(); !r)
        return std::unexpected(r.error());
    if (auto purged = p->store->removeExpiredSessions(p->clock->nowMs()); !purged)
        qCWarning(lcHub).noquote() << "purging expired sessions failed:" << purged.error().message;

    services::ServicesOptions so;
    so.sessionTtlMs = options.sessionTtlMs;
    // The services ask for their default validity in days; the hub's option decides instead
    // (HubOptions::nodeCertificateValiditySeconds, the same for enrollment and renewal).
    so.signer = [ca = p->ca.get(), mutex = std::make_shared<std::mutex>(),
                 validitySeconds = options.nodeCertificateValiditySeconds](const QByteArray &csrPem,
                                                                           const QString &nodeName,
                                                                           int /*requestedDays*/)
        -> api::Result<services::SignedCertificate> {
        std::lock_guard lock(*mutex);
        CertificateProfile profile;
        profile.usage = CertificateProfile::Usage::Client;
        profile.commonName = nodeName;
        profile.subjectAltNames = {nodeName};
        profile.validitySeconds = validitySeconds;
        auto pem = ca->signCsr(csrPem, profile);
        if (!pem)
            return std::unexpected(pem.error());
        auto info = ca->inspect(*pem);
        if (!info)
            return std::unexpected(info.error());
        auto ids = serialAndFingerprint(*pem);
        if (!ids)
            return std::unexpected(ids.error());
        services::SignedCertificate out;
        out.certificatePem = *pem;
        out.caChainPem = ca->certificatePem();
        out.serial = ids->first;
        out.fingerprint = ids->second;
        out.notAfterMs = info->notAfter.toMSecsSinceEpoch();
        return out;
    };
    so.agentStore = p->store.get();
    so.heartbeatIntervalMs = options.heartbeatIntervalMs > 0 ? options.heartbeatIntervalMs
                                                             : api::kDefaultHeartbeatIntervalMs;
    so.imagesDir = dir.filePath(QStringLiteral("images"));
    so.syncStore = p->store.get();
    p->services = std::make_unique<services::Services>(*p->store, *p->clock, so);

    grpc::ServerBuilder builder;
    // Without this Linux lets a second server bind the same port silently (SO_REUSEPORT).
    builder.AddChannelArgument(GRPC_ARG_ALLOW_REUSEPORT, 0);
    // Sync batches stay near 2 MiB, but one operation may be larger than gRPC's 4 MiB default (a
    // survey item's payload may hold up to 16 MiB of JSON): room for one such operation.
    builder.SetMaxReceiveMessageSize(40 * 1024 * 1024);
    // Pings find half-open connections (a node that lost power keeps its agent stream "open"),
    // so their streams end and the node shows offline.
    builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_TIME_MS, 60'000);
    builder.AddChannelArgument(GRPC_ARG_KEEPALIVE_TIMEOUT_MS, 20'000);
    int selectedPort = 0;
    if (listen) {
        QFile certPem(dir.filePath(QStringLiteral("server.pem")));
        QFile keyPem(dir.filePath(QStringLiteral("server.key")));
        if (!certPem.open(QIODevice::ReadOnly) || !keyPem.open(QIODevice::ReadOnly))
            return api::fail(api::Code::StoreIo,
                             Tr::tr("Cannot read the server certificate in '%1'.")
                                 .arg(options.dataDir));
        // Agents present their client certificate (verified against the CA: mutual TLS); people's
        // clients present none and authenticate with session tokens.
        grpc::SslServerCredentialsOptions ssl(GRPC_SSL_REQUEST_CLIENT_CERTIFICATE_AND_VERIFY);
        ssl.pem_root_certs = p->ca->certificatePem().toStdString();
        ssl.pem_key_cert_pairs.push_back(
            {keyPem.readAll().toStdString(), certPem.readAll().toStdString()});
        builder.AddListeningPort(options.listen.toStdString(), grpc::SslServerCredentials(ssl),
                                 &selectedPort);
    }
    p->services->registerWith(builder);
    p->server = builder.BuildAndStart();
    if (!p->server || (listen && selectedPort == 0)) {
        if (p->server) {
            p->server->Shutdown();
            p->server.reset();
        }
        p->services->stop();
        return api::fail(api::Code::Unavailable,
                         Tr::tr("Cannot listen on %1: the port is in use, or the address does not "
                                "belong to this machine.")
                             .arg(options.listen),
                         {}, QStringLiteral("listen"));
    }
    if (listen)
        p->listenAddress = joinHostPort(listen->host, selectedPort);
    p->maintenanceThread = std::thread([raw = p.get()] { raw->maintenanceLoop(); });
    qCInfo(lcHub).noquote() << "hub open on" << options.dataDir
                            << (listen
                                    ? QStringLiteral("listening on %1 (TLS)").arg(p->listenAddress)
                                    : QStringLiteral("(embedded, no listener)"));
    return std::unique_ptr<Hub>(new Hub(std::move(p)));
}

std::shared_ptr<grpc::Channel> Hub::inProcessChannel()
{
    if (!d->server)
        return nullptr;
    grpc::ChannelArguments args;
    args.SetMaxReceiveMessageSize(64 * 1024 * 1024);
    return d->server->InProcessChannel(args);
}

api::Result<api::Session> Hub::localSession()
{
    if (!d->services)
        return api::fail(api::Code::Unavailable, Tr::tr("The hub has been shut down."));
    QString name;
    auto admin = d->store->getUser(kAdminName);
    if (admin && admin->user.role == api::Role::Admin && !admin->user.disabled) {
        name = admin->user.name;
    } else {
        auto users = d->store->listUsers();
        if (!users)
            return std::unexpected(users.error());
        for (const api::User &u : std::as_const(*users))
            if (u.role == api::Role::Admin && !u.disabled) {
                name = u.name;
                break;
            }
    }
    if (name.isEmpty())
        return api::fail(api::Code::FailedPrecondition,
                         Tr::tr(
                             "The hub has no enabled administrator to sign in the local user as."));
    return d->services->authenticator().openSession(name);
}

QString Hub::listenAddress() const { return d->listenAddress; }

QString Hub::caCertificatePath() const
{
    return QDir(d->options.dataDir).filePath(QStringLiteral("ca.pem"));
}

QString Hub::generatedAdminPassword() const { return d->generatedPassword; }

api::Store &Hub::store() { return *d->store; }

api::StoreMaintenance &Hub::maintenance() { return *d->store; }

api::AgentStore &Hub::agentStore() { return *d->store; }

api::SyncStore *Hub::syncStore() { return d->store.get(); }

void Hub::shutdown()
{
    {
        std::lock_guard lock(d->mutex);
        if (d->shutDown)
            return;
        d->shutDown = true;
        d->stopping = true;
    }
    d->cv.notify_all();
    if (d->maintenanceThread.joinable())
        d->maintenanceThread.join();
    if (d->services)
        d->services->beginShutdown();
    if (d->server) {
        d->server->Shutdown(std::chrono::system_clock::now() + std::chrono::seconds(5));
        d->server->Wait();
    }
    if (d->services)
        d->services->stop();
    d->server.reset();
    d->services.reset();
    qCInfo(lcHub) << "hub shut down";
}

} // namespace edge::hub
