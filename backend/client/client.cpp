#include "backend/client/client.h"
#include "backend/client/attachmentsclient.h"
#include "backend/client/clienttr.h"

#include "backend/proto/convert.h"

#include "edge.grpc.pb.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <condition_variable>
#include <future>
#include <grpcpp/create_channel.h>
#include <grpcpp/security/credentials.h>
#include <grpcpp/support/client_callback.h>

Q_LOGGING_CATEGORY(lcClient, "edge.client", QtInfoMsg)

namespace edge::client {

namespace v1 = edge::v1;
using proto::fromStd;
using proto::toStd;

namespace {

// Records per List call when paging through everything (the hub caps it at its maximum).
constexpr int kPageSize = 2000;
constexpr int kMinPageSize = 100;
constexpr int kMaxReceiveBytes = 64 * 1024 * 1024;
// Image pushes: bytes per PushImageRequest (the proto's limit) and per read while hashing.
constexpr qint64 kImageChunkBytes = 1024 * 1024;

template<class T>
std::unexpected<api::Error> failWith(api::Error e)
{
    return std::unexpected(std::move(e));
}

// ---- Watch --------------------------------------------------------------------------------

thread_local const void *tl_inCallbackOf = nullptr;

// One Watch stream. Owned by WatchSubscription until the owner lets go; then, if the stream is
// still running (owner destroyed from inside a callback), it deletes itself in OnDone.
class WatchStream final : public grpc::ClientReadReactor<v1::Change> {
public:
    enum class Phase { Starting, Running, Done };

    WatchStream(std::function<void(const api::Change &)> onChange,
                std::function<void(const api::Error &)> onEnd, QString target)
        : m_onChange(std::move(onChange))
        , m_onEnd(std::move(onEnd))
        , m_target(std::move(target))
    {}

    grpc::ClientContext &context() { return m_context; }
    v1::WatchRequest &request() { return m_request; }

    void start()
    {
        StartRead(&m_message);
        StartCall();
    }

    // Waits until the hub accepted the stream (Running) or refused it (Done, with the error).
    api::Result<void> waitStarted(std::chrono::milliseconds timeout)
    {
        std::unique_lock lock(m_mutex);
        if (!m_cv.wait_for(lock, timeout, [this] { return m_phase != Phase::Starting; })) {
            m_ownerGone = true; // suppress onEnd for a stream watch() reports as failed
            lock.unlock();
            m_context.TryCancel();
            lock.lock();
            m_cv.wait(lock, [this] { return m_phase == Phase::Done; });
            return api::fail(api::Code::DeadlineExceeded,
                             Tr::tr("The hub did not accept the change stream in time."));
        }
        if (m_phase == Phase::Done)
            return std::unexpected(m_startError);
        return {};
    }

    // The owner's destructor: cancel, then wait for OnDone unless called from our own callback.
    // Returns true when the owner must delete the stream.
    bool release()
    {
        {
            std::lock_guard lock(m_mutex);
            m_ownerGone = true;
            if (m_phase == Phase::Done)
                return true;
        }
        m_context.TryCancel();
        std::unique_lock lock(m_mutex);
        if (tl_inCallbackOf == this) {
            m_selfDelete = true; // OnDone follows this callback and deletes us
            return false;
        }
        m_cv.wait(lock, [this] { return m_phase == Phase::Done; });
        return true;
    }

    void OnReadInitialMetadataDone(bool ok) override
    {
        if (!ok)
            return; // OnDone follows with the status
        // The hub marks an accepted stream; a refused one ends with trailers only.
        const auto &metadata = m_context.GetServerInitialMetadata();
        if (metadata.find("edge-watch-accepted") == metadata.end())
            return;
        std::lock_guard lock(m_mutex);
        if (m_phase == Phase::Starting)
            m_phase = Phase::Running;
        m_cv.notify_all();
    }

    void OnReadDone(bool ok) override
    {
        if (!ok)
            return; // the stream ended; OnDone follows
        auto change = proto::fromProto(m_message);
        if (!change) {
            qCWarning(lcClient).noquote()
                << "watch: dropping the stream after a malformed change:" << change.error().message
                << change.error().detail;
            {
                std::lock_guard lock(m_mutex);
                m_streamError = change.error();
            }
            m_context.TryCancel();
            return;
        }
        {
            std::lock_guard lock(m_mutex);
            if (m_phase == Phase::Starting)
                m_phase = Phase::Running;
            m_cv.notify_all();
            if (m_ownerGone)
                return;
        }
        if (m_onChange) {
            tl_inCallbackOf = this;
            m_onChange(*change);
            tl_inCallbackOf = nullptr;
        }
        StartRead(&m_message);
    }

    void OnDone(const grpc::Status &status) override
    {
        bool callEnd = false;
        api::Error error;
        {
            std::lock_guard lock(m_mutex);
            error = m_streamError ? *m_streamError : Client::toError(status, m_target);
            if (m_phase == Phase::Starting) {
                m_startError = error;
            } else {
                callEnd = !m_ownerGone;
            }
        }
        if (callEnd && m_onEnd) {
            tl_inCallbackOf = this;
            m_onEnd(error);
            tl_inCallbackOf = nullptr;
        }
        bool selfDelete = false;
        {
            std::lock_guard lock(m_mutex);
            m_phase = Phase::Done;
            selfDelete = m_selfDelete;
            m_cv.notify_all();
        }
        if (selfDelete)
            delete this;
    }

private:
    std::function<void(const api::Change &)> m_onChange;
    std::function<void(const api::Error &)> m_onEnd;
    QString m_target;
    grpc::ClientContext m_context;
    v1::WatchRequest m_request;
    v1::Change m_message;
    std::mutex m_mutex;
    std::condition_variable m_cv;
    Phase m_phase = Phase::Starting;
    bool m_ownerGone = false;
    bool m_selfDelete = false;
    api::Error m_startError;
    std::optional<api::Error> m_streamError;
};

class WatchSubscription final : public api::Subscription {
public:
    explicit WatchSubscription(WatchStream *stream)
        : m_stream(stream)
    {}
    ~WatchSubscription() override
    {
        if (m_stream->release())
            delete m_stream;
    }

private:
    WatchStream *m_stream;
};

bool parseHostPort(const QString &hostPort, QString *host, int *port)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:\\[([0-9A-Fa-f:.]+)\\]|([^:\\[\\]\\s]+)):(\\d{1,5})$"));
    const auto m = re.match(hostPort);
    if (!m.hasMatch())
        return false;
    *host = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
    bool ok = false;
    *port = m.captured(3).toInt(&ok);
    return ok && *port > 0 && *port <= 65535;
}

} // namespace

struct Client::Stubs {
    explicit Stubs(const std::shared_ptr<grpc::Channel> &channel)
        : inventory(v1::Inventory::NewStub(channel))
        , auth(v1::Auth::NewStub(channel))
        , users(v1::Users::NewStub(channel))
        , health(v1::Health::NewStub(channel))
        , enrollment(v1::Enrollment::NewStub(channel))
        , nodes(v1::Nodes::NewStub(channel))
    {}
    std::unique_ptr<v1::Inventory::Stub> inventory;
    std::unique_ptr<v1::Auth::Stub> auth;
    std::unique_ptr<v1::Users::Stub> users;
    std::unique_ptr<v1::Health::Stub> health;
    std::unique_ptr<v1::Enrollment::Stub> enrollment;
    std::unique_ptr<v1::Nodes::Stub> nodes;
};

Client::Client(std::shared_ptr<grpc::Channel> channel)
    : Client(std::move(channel), QString())
{}

Client::Client(std::shared_ptr<grpc::Channel> channel, const QString &target)
    : m_channel(std::move(channel))
    , m_target(target)
    , m_stubs(std::make_unique<Stubs>(m_channel))
    , m_attachments(std::make_unique<AttachmentsClient>(m_channel, target))
{
    m_attachments->setTokenSource([this] { return token(); });
}

Client::~Client() = default;

void Client::setToken(const QString &token)
{
    std::lock_guard lock(m_mutex);
    m_token = token;
}

QString Client::token() const
{
    std::lock_guard lock(m_mutex);
    return m_token;
}

void Client::setCallTimeout(std::chrono::milliseconds timeout)
{
    {
        std::lock_guard lock(m_mutex);
        m_timeout = timeout;
    }
    m_attachments->setCallTimeout(timeout);
}

void Client::setListPageSize(int records)
{
    std::lock_guard lock(m_mutex);
    m_pageSize = std::max(0, records);
}

void Client::prepare(grpc::ClientContext &context, bool unary) const
{
    std::lock_guard lock(m_mutex);
    if (unary)
        context.set_deadline(std::chrono::system_clock::now() + m_timeout);
    if (!m_token.isEmpty())
        context.AddMetadata("authorization", "Bearer " + m_token.toStdString());
}

api::Error Client::error(const grpc::Status &status) const { return toError(status, m_target); }

api::Error Client::toError(const grpc::Status &status, const QString &target)
{
    if (!status.error_details().empty()) {
        v1::ErrorDetail detail;
        if (detail.ParseFromString(status.error_details()) && detail.code() != 0)
            return proto::fromProto(detail);
    }
    // Not from the hub's services: the transport, a proxy, or a hub of another version.
    const QString message = fromStd(status.error_message());
    const bool named = !target.isEmpty();
    api::Error e;
    e.detail = QStringLiteral("grpc status %1: %2").arg(int(status.error_code())).arg(message);
    switch (status.error_code()) {
    case grpc::StatusCode::OK:
        e.code = api::Code::Ok;
        e.detail.clear();
        break;
    case grpc::StatusCode::UNAVAILABLE:
        e.code = api::Code::Unavailable;
        e.message = named ? Tr::tr("Cannot reach the hub at %1: %2").arg(target, message)
                          : Tr::tr("Cannot reach the hub: %1").arg(message);
        break;
    case grpc::StatusCode::DEADLINE_EXCEEDED:
        e.code = api::Code::DeadlineExceeded;
        e.message = named ? Tr::tr("The hub at %1 did not answer in time.").arg(target)
                          : Tr::tr("The hub did not answer in time.");
        break;
    case grpc::StatusCode::CANCELLED:
        e.code = api::Code::Cancelled;
        e.message = Tr::tr("The call was cancelled.");
        break;
    case grpc::StatusCode::UNAUTHENTICATED:
        e.code = api::Code::Unauthenticated;
        e.message = Tr::tr("You are not signed in: %1").arg(message);
        break;
    case grpc::StatusCode::PERMISSION_DENIED:
        e.code = api::Code::PermissionDenied;
        e.message = message;
        break;
    case grpc::StatusCode::UNIMPLEMENTED:
        e.code = api::Code::Rpc;
        e.message = named ? Tr::tr("The hub at %1 does not support this call; it may run an "
                                   "older version.")
                                .arg(target)
                          : Tr::tr("The hub does not support this call; it may run an older "
                                   "version.");
        break;
    default:
        e.code = api::Code::Rpc;
        e.message = named ? Tr::tr("The call to the hub at %1 failed: %2").arg(target, message)
                          : Tr::tr("The call to the hub failed: %1").arg(message);
        break;
    }
    return e;
}

api::Result<std::shared_ptr<grpc::Channel>> Client::secureChannel(const QString &hostPort,
                                                                  const QString &caPemPath)
{
    QString host;
    int port = 0;
    if (!parseHostPort(hostPort, &host, &port))
        return api::fail(
            api::Code::InvalidArgument,
            Tr::tr("'%1' is not a hub address; write HOST:PORT, e.g. hub.example.net:7443 "
                   "or [::1]:7443.")
                .arg(hostPort),
            {}, QStringLiteral("address"));
    QFile file(caPemPath);
    if (!file.open(QIODevice::ReadOnly))
        return api::fail(api::Code::FailedPrecondition,
                         Tr::tr(
                             "Cannot read the hub's CA certificate '%1': %2. Copy ca.pem from the "
                             "hub's data directory.")
                             .arg(caPemPath, file.errorString()),
                         {}, QStringLiteral("ca"));
    const QByteArray pem = file.readAll();
    if (!pem.contains("-----BEGIN CERTIFICATE-----"))
        return api::fail(api::Code::FailedPrecondition,
                         Tr::tr("'%1' holds no PEM certificate; use the hub's ca.pem.")
                             .arg(caPemPath),
                         {}, QStringLiteral("ca"));
    grpc::SslCredentialsOptions ssl;
    ssl.pem_root_certs = pem.toStdString();
    grpc::ChannelArguments args;
    args.SetMaxReceiveMessageSize(kMaxReceiveBytes);
    return grpc::CreateCustomChannel(hostPort.toStdString(), grpc::SslCredentials(ssl), args);
}

// ---- Inventory ------------------------------------------------------------------------------

api::Result<api::Record> Client::create(const api::Record &record)
{
    v1::CreateRequest request;
    proto::toProto(record, request.mutable_record());
    v1::Record response;
    grpc::ClientContext context;
    prepare(context, true);
    const grpc::Status status = m_stubs->inventory->Create(&context, request, &response);
    if (!status.ok())
        return failWith<api::Record>(error(status));
    return proto::fromProto(response);
}

api::Result<api::Record> Client::get(api::EntityKind kind, const QString &id)
{
    v1::GetRequest request;
    request.set_kind(toStd(api::kindName(kind)));
    request.set_id(toStd(id));
    v1::Record response;
    grpc::ClientContext context;
    prepare(context, true);
    const grpc::Status status = m_stubs->inventory->Get(&context, request, &response);
    if (!status.ok())
        return failWith<api::Record>(error(status));
    return proto::fromProto(response);
}

api::Result<api::Record> Client::update(const api::Record &patch)
{
    v1::UpdateRequest request;
    proto::toProto(patch, request.mutable_patch());
    v1::Record response;
    grpc::ClientContext context;
    prepare(context, true);
    const grpc::Status status = m_stubs->inventory->Update(&context, request, &response);
    if (!status.ok())
        return failWith<api::Record>(error(status));
    return proto::fromProto(response);
}

api::Result<void> Client::remove(api::EntityKind kind, const QString &id, bool cascade)
{
    v1::DeleteRequest request;
    request.set_kind(toStd(api::kindName(kind)));
    request.set_id(toStd(id));
    request.set_cascade(cascade);
    v1::DeleteResponse response;
    grpc::ClientContext context;
    prepare(context, true);
    const grpc::Status status = m_stubs->inventory->Delete(&context, request, &response);
    if (!status.ok())
        return failWith<void>(error(status));
    return {};
}

namespace {

// One List call in flight. The next page is requested before the current one is converted, so
// the hub reads and encodes page N+1 while this thread decodes page N.
struct PageCall {
    grpc::ClientContext context;
    v1::ListRequest request;
    // Thousands of records per page: parse them onto an arena (far fewer allocations).
    google::protobuf::Arena arena;
    v1::ListResponse *response = google::protobuf::Arena::CreateMessage<v1::ListResponse>(&arena);
    std::promise<grpc::Status> promise;
    std::future<grpc::Status> status = promise.get_future();
};

} // namespace

api::Result<api::ListPage> Client::list(const api::ListQuery &query)
{
    if (query.offset < 0)
        return api::fail(api::Code::InvalidArgument, Tr::tr("The offset must not be negative."), {},
                         QStringLiteral("offset"));
    if (query.limit < 0)
        return api::fail(api::Code::InvalidArgument, Tr::tr("The limit must not be negative."), {},
                         QStringLiteral("limit"));
    int pageSize = kPageSize;
    {
        std::lock_guard lock(m_mutex);
        if (m_pageSize > 0)
            pageSize = m_pageSize;
    }
    qint64 remaining = query.limit; // 0: everything

    auto startPage = [&](const std::string &pageToken) {
        auto call = std::make_unique<PageCall>();
        v1::ListRequest &request = call->request;
        request.set_kind(toStd(api::kindName(query.kind)));
        request.set_parent_id(toStd(query.parentId));
        request.set_name(toStd(query.name));
        request.set_search(toStd(query.search));
        if (pageToken.empty())
            request.set_offset(query.offset);
        else
            request.set_page_token(pageToken);
        request.set_page_size(remaining > 0 ? int(std::min<qint64>(remaining, pageSize)) : pageSize);
        prepare(call->context, true);
        PageCall *raw = call.get();
        m_stubs->inventory->async()->List(&raw->context, &raw->request, raw->response,
                                          [raw](grpc::Status s) {
                                              raw->promise.set_value(std::move(s));
                                          });
        return call;
    };
    // Never return while a call still writes into its PageCall.
    auto abandon = [](std::unique_ptr<PageCall> &call) {
        if (call) {
            call->context.TryCancel();
            call->status.wait();
            call.reset();
        }
    };

    api::ListPage out;
    bool first = true;
    std::string currentToken;
    std::unique_ptr<PageCall> current = startPage(currentToken);
    while (current) {
        const grpc::Status status = current->status.get();
        if (!status.ok()) {
            // A page too large for one message: ask for smaller pages.
            if (status.error_code() == grpc::StatusCode::RESOURCE_EXHAUSTED
                && status.error_details().empty() && pageSize > kMinPageSize) {
                pageSize = std::max(kMinPageSize, pageSize / 4);
                current = startPage(currentToken);
                continue;
            }
            return failWith<api::ListPage>(error(status));
        }
        const v1::ListResponse &response = *current->response;
        if (first) {
            out.total = response.total();
            out.revision = response.revision();
            out.records.reserve(remaining > 0 ? int(remaining)
                                              : std::max(0, response.total() - query.offset));
            first = false;
        }
        bool more = response.records_size() > 0 && !response.next_page_token().empty();
        if (remaining > 0) {
            remaining -= response.records_size();
            more = more && remaining > 0;
        }
        std::unique_ptr<PageCall> next;
        if (more) {
            currentToken = response.next_page_token();
            next = startPage(currentToken);
        }
        for (const v1::Record &r : response.records()) {
            auto record = proto::fromProto(r);
            if (!record) {
                abandon(next);
                return failWith<api::ListPage>(record.error());
            }
            out.records.append(std::move(*record));
        }
        current = std::move(next);
    }
    return out;
}

api::Result<int> Client::removeDemoData()
{
    v1::RemoveDemoDataRequest request;
    v1::RemoveDemoDataResponse response;
    grpc::ClientContext context;
    prepare(context, true);
    const grpc::Status status = m_stubs->inventory->RemoveDemoData(&context, request, &response);
    if (!status.ok())
        return failWith<int>(error(status));
    return response.removed();
}

api::Result<std::unique_ptr<api::Subscription>> Client::watch(
    qint64 fromRevision, std::function<void(const api::Change &)> onChange,
    std::function<void(const api::Error &)> onEnd)
{
    auto *stream = new WatchStream(std::move(onChange), std::move(onEnd), m_target);
    prepare(stream->context(), false);
    stream->request().set_from_revision(fromRevision);
    m_stubs->inventory->async()->Watch(&stream->context(), &stream->request(), stream);
    stream->start();
    std::chrono::milliseconds timeout;
    {
        std::lock_guard lock(m_mutex);
        timeout = m_timeout;
    }
    auto subscription = std::make_unique<WatchSubscription>(stream);
    if (auto started = stream->waitStarted(timeout); !started)
        return failWith<std::unique_ptr<api::Subscription>>(started.error());
    return std::unique_ptr<api::Subscription>(std::move(subscription));
}

// ---- Accounts -------------------------------------------------------------------------------

api::Result<api::Session> Client::login(const QString &user, const QString &password)
{
    v1::LoginRequest request;
    request.set_user_name(toStd(user));
    request.set_password(toStd(password));
    v1::Session response;
    grpc::ClientContext context;
    {
        std::lock_guard lock(m_mutex);
        context.set_deadline(std::chrono::system_clock::now() + m_timeout);
    }
    const grpc::Status status = m_stubs->auth->Login(&context, request, &response);
    if (!status.ok())
        return failWith<api::Session>(error(status));
    auto session = proto::fromProto(response);
    if (session)
        setToken(session->token);
    return session;
}

api::Result<void> Client::logout()
{
    v1::LogoutRequest request;
    v1::LogoutResponse response;
    grpc::ClientContext context;
    prepare(context, true);
    const grpc::Status status = m_stubs->auth->Logout(&context, request, &response);
    if (!status.ok()) {
        const api::Error e = error(status);
        if (e.code == api::Code::Unauthenticated || e.code == api::Code::TokenExpired) {
            setToken({}); // the session had ended already
            return {};
        }
        return failWith<void>(e);
    }
    setToken({});
    return {};
}

api::Result<api::Session> Client::whoAmI()
{
    v1::WhoAmIRequest request;
    v1::Session response;
    grpc::ClientContext context;
    prepare(context, true);
    const grpc::Status status = m_stubs->auth->WhoAmI(&context, request, &response);
    if (!status.ok())
        return failWith<api::Session>(error(status));
    return proto::fromProto(response);
}

api::Result<QList<api::User>> Client::listUsers()
{
    v1::ListUsersRequest request;
    v1::ListUsersResponse response;
    grpc::ClientContext context;
    prepare(context, true);
    const grpc::Status status = m_stubs->users->List(&context, request, &response);
    if (!status.ok())
        return failWith<QList<api::User>>(error(status));
    QList<api::User> users;
    users.reserve(response.users_size());
    for (const v1::User &u : response.users()) {
        auto user = proto::fromProto(u);
        if (!user)
            return failWith<QList<api::User>>(user.error());
        users.append(*user);
    }
    return users;
}

api::Result<api::User> Client::createUser(const api::User &user, const QString &password)
{
    v1::CreateUserRequest request;
    proto::toProto(user, request.mutable_user());
    request.set_password(toStd(password));
    v1::User response;
    grpc::ClientContext context;
    prepare(context, true);
    const grpc::Status status = m_stubs->users->Create(&context, request, &response);
    if (!status.ok())
        return failWith<api::User>(error(status));
    return proto::fromProto(response);
}

api::Result<api::User> Client::updateUser(const api::User &user)
{
    v1::UpdateUserRequest request;
    proto::toProto(user, request.mutable_user());
    v1::User response;
    grpc::ClientContext context;
    prepare(context, true);
    const grpc::Status status = m_stubs->users->Update(&context, request, &response);
    if (!status.ok())
        return failWith<api::User>(error(status));
    return proto::fromProto(response);
}

api::Result<void> Client::setPassword(const QString &userName, const QString &password)
{
    v1::SetPasswordRequest request;
    request.set_user_name(toStd(userName));
    request.set_password(toStd(password));
    v1::SetPasswordResponse response;
    grpc::ClientContext context;
    prepare(context, true);
    const grpc::Status status = m_stubs->users->SetPassword(&context, request, &response);
    if (!status.ok())
        return failWith<void>(error(status));
    return {};
}

api::Result<void> Client::removeUser(const QString &userName)
{
    v1::RemoveUserRequest request;
    request.set_user_name(toStd(userName));
    v1::RemoveUserResponse response;
    grpc::ClientContext context;
    prepare(context, true);
    const grpc::Status status = m_stubs->users->Remove(&context, request, &response);
    if (!status.ok())
        return failWith<void>(error(status));
    return {};
}

api::Result<api::HealthInfo> Client::health()
{
    v1::HealthCheckRequest request;
    v1::HealthCheckResponse response;
    grpc::ClientContext context;
    prepare(context, true);
    const grpc::Status status = m_stubs->health->Check(&context, request, &response);
    if (!status.ok())
        return failWith<api::HealthInfo>(error(status));
    api::HealthInfo info;
    info.status = fromStd(response.status());
    info.version = fromStd(response.version());
    info.revision = response.revision();
    info.replicaId = fromStd(response.replica_id());
    info.uptimeMs = response.uptime_ms();
    info.storeKind = fromStd(response.store_kind());
    return info;
}

api::Result<BootstrapTokenInfo> Client::createBootstrapToken(const QString &site, qint64 ttlMs,
                                                             const QString &nodeName)
{
    v1::CreateBootstrapTokenRequest request;
    request.set_site(toStd(site));
    request.set_ttl_ms(ttlMs);
    request.set_node_name(toStd(nodeName));
    v1::BootstrapTokenResponse response;
    grpc::ClientContext context;
    prepare(context, true);
    const grpc::Status status = m_stubs->enrollment->CreateBootstrapToken(&context, request,
                                                                          &response);
    if (!status.ok())
        return failWith<BootstrapTokenInfo>(error(status));
    BootstrapTokenInfo info;
    info.token = fromStd(response.token());
    info.siteId = fromStd(response.site_id());
    info.siteName = fromStd(response.site_name());
    info.nodeName = fromStd(response.node_name());
    info.expiresAtMs = response.expires_at_ms();
    return info;
}

api::Result<EnrollmentResult> Client::enroll(const QString &token, const QString &nodeName,
                                             const QByteArray &csrPem)
{
    v1::EnrollRequest request;
    request.set_token(toStd(token));
    request.set_node_name(toStd(nodeName));
    request.set_csr_pem(csrPem.toStdString());
    v1::EnrollResponse response;
    grpc::ClientContext context;
    prepare(context, true);
    const grpc::Status status = m_stubs->enrollment->Enroll(&context, request, &response);
    if (!status.ok())
        return failWith<EnrollmentResult>(error(status));
    EnrollmentResult out;
    out.nodeId = fromStd(response.node_id());
    out.siteId = fromStd(response.site_id());
    out.certificatePem = QByteArray::fromStdString(response.certificate_pem());
    out.caChainPem = QByteArray::fromStdString(response.ca_chain_pem());
    out.serial = fromStd(response.serial());
    out.notAfterMs = response.not_after_ms();
    return out;
}

// ---- Nodes ----------------------------------------------------------------------------------

api::Result<QList<api::NodeStatus>> Client::nodeStatus(const QString &siteId)
{
    v1::NodeStatusRequest request;
    request.set_site_id(toStd(siteId));
    v1::NodeStatusResponse response;
    grpc::ClientContext context;
    prepare(context, true);
    const grpc::Status status = m_stubs->nodes->Status(&context, request, &response);
    if (!status.ok())
        return failWith<QList<api::NodeStatus>>(error(status));
    QList<api::NodeStatus> out;
    out.reserve(response.nodes_size());
    for (const v1::NodeStatus &n : response.nodes()) {
        auto node = proto::fromProto(n);
        if (!node)
            return failWith<QList<api::NodeStatus>>(node.error());
        out.append(std::move(*node));
    }
    {
        std::lock_guard lock(m_mutex);
        m_serverTimeMs = response.server_time_ms();
    }
    return out;
}

qint64 Client::lastServerTimeMs() const
{
    std::lock_guard lock(m_mutex);
    return m_serverTimeMs;
}

api::Result<api::DesiredState> Client::desiredState(const QString &nodeId)
{
    v1::DesiredStateRequest request;
    request.set_node_id(toStd(nodeId));
    v1::DesiredState response;
    grpc::ClientContext context;
    prepare(context, true);
    const grpc::Status status = m_stubs->nodes->GetDesiredState(&context, request, &response);
    if (!status.ok())
        return failWith<api::DesiredState>(error(status));
    return proto::fromProto(response);
}

api::Result<api::DesiredState> Client::setDesiredState(const QString &nodeId,
                                                       const QList<api::WorkloadSpec> &workloads,
                                                       qint64 expectedGeneration)
{
    v1::SetDesiredStateRequest request;
    request.set_node_id(toStd(nodeId));
    for (const api::WorkloadSpec &spec : workloads)
        proto::toProto(spec, request.add_workloads());
    request.set_expected_generation(expectedGeneration);
    v1::DesiredState response;
    grpc::ClientContext context;
    prepare(context, true);
    const grpc::Status status = m_stubs->nodes->SetDesiredState(&context, request, &response);
    if (!status.ok())
        return failWith<api::DesiredState>(error(status));
    return proto::fromProto(response);
}

api::Result<QList<api::MetricSample>> Client::metrics(const api::MetricsQuery &query)
{
    v1::MetricsRequest request;
    request.set_node_id(toStd(query.nodeId));
    request.set_from_ms(query.fromMs);
    request.set_to_ms(query.toMs);
    request.set_max_points(query.maxPoints);
    v1::MetricsResponse response;
    grpc::ClientContext context;
    prepare(context, true);
    const grpc::Status status = m_stubs->nodes->Metrics(&context, request, &response);
    if (!status.ok())
        return failWith<QList<api::MetricSample>>(error(status));
    QList<api::MetricSample> out;
    out.reserve(response.samples_size());
    for (const v1::MetricSample &m : response.samples()) {
        auto sample = proto::fromProto(m);
        if (!sample)
            return failWith<QList<api::MetricSample>>(sample.error());
        out.append(std::move(*sample));
    }
    return out;
}

api::Result<QList<api::NodeEvent>> Client::events(const QString &nodeId, qint64 sinceMs, int limit)
{
    v1::EventsRequest request;
    request.set_node_id(toStd(nodeId));
    request.set_since_ms(sinceMs);
    request.set_limit(limit);
    v1::EventsResponse response;
    grpc::ClientContext context;
    prepare(context, true);
    const grpc::Status status = m_stubs->nodes->Events(&context, request, &response);
    if (!status.ok())
        return failWith<QList<api::NodeEvent>>(error(status));
    QList<api::NodeEvent> out;
    out.reserve(response.events_size());
    for (const v1::NodeEvent &e : response.events()) {
        auto event = proto::fromProto(e);
        if (!event)
            return failWith<QList<api::NodeEvent>>(event.error());
        out.append(std::move(*event));
    }
    return out;
}

api::Result<ImagePushResult> Client::pushImage(const QString &nodeId, const QString &archivePath,
                                               const PushProgress &progress)
{
    const auto cancelled = [] {
        return failWith<ImagePushResult>(
            api::Error{api::Code::Cancelled, Tr::tr("The image push was cancelled."), {}, {}});
    };
    QFile file(archivePath);
    if (!file.open(QIODevice::ReadOnly))
        return api::fail(api::Code::InvalidArgument,
                         Tr::tr("Cannot read the image archive '%1': %2.")
                             .arg(archivePath, file.errorString()),
                         {}, QStringLiteral("file"));
    const qint64 total = file.size();
    if (total <= 0)
        return api::fail(api::Code::InvalidArgument,
                         Tr::tr("The image archive '%1' is empty; create it with podman save.")
                             .arg(archivePath),
                         {}, QStringLiteral("file"));

    // The hash first: the hub keys the archive by it and the agent verifies it.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray buffer;
    qint64 hashed = 0;
    if (progress && !progress(PushPhase::Hashing, 0, total))
        return cancelled();
    while (hashed < total) {
        buffer = file.read(kImageChunkBytes);
        if (buffer.isEmpty())
            return api::fail(api::Code::Internal,
                             Tr::tr("Cannot read the image archive '%1': %2.")
                                 .arg(archivePath, file.errorString()),
                             {}, QStringLiteral("file"));
        hash.addData(buffer);
        hashed += buffer.size();
        if (progress && !progress(PushPhase::Hashing, hashed, total))
            return cancelled();
    }
    const std::string sha256 = hash.result().toHex().toStdString();
    if (!file.seek(0))
        return api::fail(api::Code::Internal,
                         Tr::tr("Cannot read the image archive '%1': %2.")
                             .arg(archivePath, file.errorString()),
                         {}, QStringLiteral("file"));

    grpc::ClientContext context;
    prepare(context, false);
    v1::PushImageResponse response;
    std::unique_ptr<grpc::ClientWriter<v1::PushImageRequest>> writer =
        m_stubs->nodes->PushImage(&context, &response);
    qint64 sent = 0;
    bool first = true;
    bool writeFailed = false;
    if (progress && !progress(PushPhase::Sending, 0, total)) {
        context.TryCancel();
        writer->Finish();
        return cancelled();
    }
    while (sent < total) {
        buffer = file.read(kImageChunkBytes);
        if (buffer.isEmpty()) {
            context.TryCancel();
            writer->Finish();
            return api::fail(api::Code::Internal,
                             Tr::tr("Cannot read the image archive '%1': %2.")
                                 .arg(archivePath, file.errorString()),
                             {}, QStringLiteral("file"));
        }
        v1::PushImageRequest request;
        if (first) {
            request.set_node_id(toStd(nodeId));
            request.set_sha256(sha256);
            request.set_total_size(total);
            request.set_name(toStd(QFileInfo(archivePath).fileName()));
            first = false;
        }
        request.set_offset(sent);
        request.set_data(buffer.constData(), size_t(buffer.size()));
        if (!writer->Write(request)) {
            writeFailed = true; // the hub ended the stream; Finish() says why
            break;
        }
        sent += buffer.size();
        if (progress && !progress(PushPhase::Sending, sent, total)) {
            context.TryCancel();
            writer->Finish();
            return cancelled();
        }
    }
    if (!writeFailed)
        writer->WritesDone();
    const grpc::Status status = writer->Finish();
    if (!status.ok())
        return failWith<ImagePushResult>(error(status));
    ImagePushResult out;
    out.sha256 = fromStd(response.sha256());
    out.received = response.received();
    out.state = fromStd(response.state());
    return out;
}

// ---- api::Attachments (issue 5) ---------------------------------------------------------------

api::Result<api::BlobInfo> Client::putAttachment(const QByteArray &content, const QString &mediaType)
{
    return m_attachments->putAttachment(content, mediaType);
}

api::Result<QByteArray> Client::attachment(const QString &sha256)
{
    return m_attachments->attachment(sha256);
}

} // namespace edge::client
