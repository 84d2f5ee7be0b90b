#pragma once

#include "backend/api/inventory.h"
#include "backend/api/syncstore.h"
#include "backend/api/workload.h"

#include <QString>
#include <chrono>
#include <functional>
#include <memory>
#include <mutex>

namespace grpc {
class Channel;
class ClientContext;
class Status;
} // namespace grpc

namespace edge::client {

class AttachmentsClient;

// A bootstrap token as the hub issued it (edgectl token create). The token is shown once.
struct BootstrapTokenInfo {
    QString token;
    QString siteId;
    QString siteName;
    QString nodeName;
    qint64 expiresAtMs = 0;
};

// What an enrolling node gets back: its client certificate and the hub's CA.
struct EnrollmentResult {
    QString nodeId;
    QString siteId;
    QByteArray certificatePem;
    QByteArray caChainPem;
    QString serial;
    qint64 notAfterMs = 0;
};

// What the hub answered to a finished image push (Nodes.PushImage).
struct ImagePushResult {
    QString sha256; // of the whole archive, hex
    qint64 received = 0;
    QString state; // "stored": on the hub, queued for the node's agent
};

// Progress of an image push: `phase` is Hashing (sha256 of the file, before anything is sent) or
// Sending. Return false to cancel; the push then fails with Code::Cancelled.
enum class PushPhase { Hashing, Sending };
using PushProgress = std::function<bool(PushPhase phase, qint64 done, qint64 total)>;

// api::Inventory, api::Accounts and api::Nodes over gRPC: the remote hub (TLS, see secureChannel()) or the
// embedded one (hub::Hub::inProcessChannel()). Thread-safe; every call blocks until the hub answers
// or its deadline (30 s) passes. Failures come back as the api::Error the hub produced (code,
// message, detail, field); transport failures map to Code::Unavailable ("Cannot reach the hub at
// HOST:PORT: ...") and Code::DeadlineExceeded.
class Client final
    : public api::Inventory
    , public api::Accounts
    , public api::Nodes
    , public api::Attachments {
public:
    explicit Client(std::shared_ptr<grpc::Channel> channel);
    // `target` ("host:port") names the hub in error messages.
    Client(std::shared_ptr<grpc::Channel> channel, const QString &target);
    ~Client() override;

    // The bearer token sent with every call; login() sets it, logout() clears it.
    void setToken(const QString &token);
    QString token() const;

    // Deadline of unary calls (default 30 s).
    void setCallTimeout(std::chrono::milliseconds timeout);
    // Records per List call when list() pages (0 = the default, 2000; the hub caps it at 5000).
    void setListPageSize(int records);

    // A TLS channel to `hostPort` ("host:port", "[v6]:port") trusting only the CA certificate in
    // `caPemPath` (the hub's DIR/ca.pem). Never plaintext.
    static api::Result<std::shared_ptr<grpc::Channel>> secureChannel(const QString &hostPort,
                                                                     const QString &caPemPath);

    // ---- api::Inventory
    api::Result<api::Record> create(const api::Record &record) override;
    api::Result<api::Record> get(api::EntityKind kind, const QString &id) override;
    api::Result<api::Record> update(const api::Record &patch) override;
    api::Result<void> remove(api::EntityKind kind, const QString &id, bool cascade) override;
    // limit 0 pages through the hub transparently and returns every match; ListPage.revision is
    // the revision of the first page (watch from there to miss nothing).
    api::Result<api::ListPage> list(const api::ListQuery &query) override;
    api::Result<int> removeDemoData() override;
    // onChange and onEnd run on a gRPC thread. onEnd runs once when the stream ends for any
    // reason other than destroying the Subscription. Destroying the Subscription cancels the
    // stream and waits until no callback runs any more (it may also be destroyed from inside a
    // callback; it then returns at once).
    api::Result<std::unique_ptr<api::Subscription>> watch(
        qint64 fromRevision, std::function<void(const api::Change &)> onChange,
        std::function<void(const api::Error &)> onEnd) override;

    // ---- api::Accounts
    api::Result<api::Session> login(const QString &user, const QString &password) override;
    api::Result<void> logout() override;
    api::Result<api::Session> whoAmI() override;
    api::Result<QList<api::User>> listUsers() override;
    api::Result<api::User> createUser(const api::User &user, const QString &password) override;
    api::Result<api::User> updateUser(const api::User &user) override;
    api::Result<void> setPassword(const QString &userName, const QString &password) override;
    api::Result<void> removeUser(const QString &userName) override;
    api::Result<api::HealthInfo> health() override;

    // ---- Enrollment (issue 3)
    // Needs an operator session. `site` is a site id or name; ttlMs 0 = the hub's default.
    api::Result<BootstrapTokenInfo> createBootstrapToken(const QString &site, qint64 ttlMs,
                                                         const QString &nodeName = {});
    // Needs no session: the bootstrap token is the credential.
    api::Result<EnrollmentResult> enroll(const QString &token, const QString &nodeName,
                                         const QByteArray &csrPem);

    // ---- api::Nodes (issue 3)
    api::Result<QList<api::NodeStatus>> nodeStatus(const QString &siteId = {}) override;
    api::Result<api::DesiredState> desiredState(const QString &nodeId) override;
    api::Result<api::DesiredState> setDesiredState(const QString &nodeId,
                                                   const QList<api::WorkloadSpec> &workloads,
                                                   qint64 expectedGeneration = 0) override;
    api::Result<QList<api::MetricSample>> metrics(const api::MetricsQuery &query) override;
    api::Result<QList<api::NodeEvent>> events(const QString &nodeId, qint64 sinceMs,
                                              int limit) override;
    // The hub's clock at the last successful nodeStatus() (0 before); "last seen N s ago" is
    // computed against it so a skewed local clock does not matter.
    qint64 lastServerTimeMs() const;

    // Streams the image archive at `archivePath` (podman save) to the hub for node `nodeId`:
    // the SHA-256 of the file first, then 1 MiB chunks. `progress` (optional) runs on the calling
    // thread; returning false cancels (Code::Cancelled). No call deadline: large archives over
    // slow links take as long as they take; cancel through `progress`.
    api::Result<ImagePushResult> pushImage(const QString &nodeId, const QString &archivePath,
                                           const PushProgress &progress = {});

    // ---- api::Attachments (issue 5): content-addressed, chunked, resumable (AttachmentsClient)
    api::Result<api::BlobInfo> putAttachment(const QByteArray &content,
                                             const QString &mediaType) override;
    api::Result<QByteArray> attachment(const QString &sha256) override;
    // The same calls with progress and the chunk calls of a sync session; uses this client's token.
    AttachmentsClient &attachments() { return *m_attachments; }

    // The inverse of the hub's error mapping (exposed for tests and edgectl's own calls).
    static api::Error toError(const grpc::Status &status, const QString &target);

private:
    struct Stubs;
    void prepare(grpc::ClientContext &context, bool unary) const;
    api::Error error(const grpc::Status &status) const;

    std::shared_ptr<grpc::Channel> m_channel;
    QString m_target;
    std::unique_ptr<Stubs> m_stubs;
    mutable std::mutex m_mutex;
    QString m_token;
    std::chrono::milliseconds m_timeout{30'000};
    int m_pageSize = 0;
    qint64 m_serverTimeMs = 0;
    std::unique_ptr<AttachmentsClient> m_attachments;
};

} // namespace edge::client
