#include "backend/services/agentcontrolservice.h"
#include "backend/services/servicestr.h"

#include "backend/api/inventorytypes.h"
#include "backend/proto/convert.h"
#include "backend/services/errorstatus.h"
#include "backend/services/logging.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <grpcpp/security/auth_context.h>

#include <algorithm>
#include <atomic>
#include <deque>
#include <memory>

namespace edge::services {

namespace {

struct PeerCertificate {
    QString serial; // hex, lower case
    QString commonName;
};

// The serial of the verified client certificate of the call, or nothing without one.
std::optional<PeerCertificate> peerCertificate(const grpc::CallbackServerContext &context)
{
    const auto auth = context.auth_context();
    if (!auth)
        return std::nullopt;
    const auto values = auth->FindPropertyValues("x509_pem_cert");
    if (values.empty())
        return std::nullopt;
    const std::string pem(values.front().data(), values.front().size());
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.data(), int(pem.size())),
                                                  &BIO_free);
    std::unique_ptr<X509, decltype(&X509_free)> cert(bio ? PEM_read_bio_X509(bio.get(), nullptr,
                                                                             nullptr, nullptr)
                                                         : nullptr,
                                                     &X509_free);
    if (!cert)
        return std::nullopt;
    std::unique_ptr<BIGNUM, decltype(&BN_free)>
        bn(ASN1_INTEGER_to_BN(X509_get0_serialNumber(cert.get()), nullptr), &BN_free);
    char *hex = bn ? BN_bn2hex(bn.get()) : nullptr;
    if (!hex)
        return std::nullopt;
    PeerCertificate out;
    out.serial = QString::fromLatin1(hex).toLower();
    OPENSSL_free(hex);
    char cn[256] = {};
    X509_NAME_get_text_by_NID(X509_get_subject_name(cert.get()), NID_commonName, cn, sizeof cn);
    out.commonName = QString::fromUtf8(cn);
    return out;
}

// The CN of a PKCS#10 request, or nothing when it cannot be read.
std::optional<QString> requestCommonName(const std::string &pem)
{
    std::unique_ptr<BIO, decltype(&BIO_free)> bio(BIO_new_mem_buf(pem.data(), int(pem.size())),
                                                  &BIO_free);
    std::unique_ptr<X509_REQ, decltype(&X509_REQ_free)>
        req(bio ? PEM_read_bio_X509_REQ(bio.get(), nullptr, nullptr, nullptr) : nullptr,
            &X509_REQ_free);
    if (!req)
        return std::nullopt;
    char cn[256] = {};
    if (X509_NAME_get_text_by_NID(X509_REQ_get_subject_name(req.get()), NID_commonName, cn,
                                  sizeof cn)
        < 0)
        return QString();
    return QString::fromUtf8(cn);
}

grpc::Status unauthenticated(const QString &message)
{
    return toGrpcStatus(api::Error{api::Code::Unauthenticated, message, {}, {}});
}

QString offsetKey(const QString &nodeId, const QString &sha)
{
    return nodeId + QLatin1Char('/') + sha;
}

} // namespace

// ---- One agent's stream ----------------------------------------------------------------------
// Reads one message at a time (the next read starts when the previous one is handled, so the
// handling of one stream is serial); writes go through a queue with one write in flight. Other
// threads (SetDesiredState, PushImage, shutdown) only queue writes or finish the stream.
class AgentControlService::Stream final
    : public grpc::ServerBidiReactor<v1::AgentMessage, v1::HubMessage> {
public:
    Stream(AgentControlService &service, grpc::CallbackServerContext *context)
        : m_service(service)
    {
        if (auto refusal = authenticate(*context)) {
            finish(*refusal);
            return;
        }
        StartRead(&m_in);
    }

    const QString &nodeId() const { return m_nodeId; }

    void send(v1::HubMessage message)
    {
        std::lock_guard lock(m_mutex);
        if (m_finishWanted)
            return;
        m_queue.push_back(std::move(message));
        if (!m_writing) {
            m_writing = true;
            StartWrite(&m_queue.front());
        }
    }

    void finish(const grpc::Status &status)
    {
        std::unique_lock lock(m_mutex);
        if (m_finishWanted)
            return;
        m_finishWanted = true;
        m_status = status;
        if (!m_writing && !m_finished) {
            m_finished = true;
            lock.unlock();
            Finish(status);
        }
    }

    bool finishing()
    {
        std::lock_guard lock(m_mutex);
        return m_finishWanted;
    }

    void pushDesired(const api::DesiredState &state)
    {
        if (!m_helloDone.load())
            return;
        v1::HubMessage m;
        proto::toProto(state, m.mutable_desired());
        send(std::move(m));
    }

    // Starts the next pending image transfer when none is under way.
    void kickImages()
    {
        std::lock_guard lock(m_imageMutex);
        if (!m_helloDone.load() || !m_image.sha256.isEmpty())
            return;
        auto pending = m_service.m_agents.imageTransfers(m_nodeId, true);
        if (!pending) {
            qCWarning(lcRpc).noquote() << "AgentControl: cannot read the image transfers of"
                                       << m_nodeId << pending.error().message;
            return;
        }
        for (const api::AgentStore::ImageTransfer &t : std::as_const(*pending)) {
            if (!QFile::exists(imagePath(t.sha256))) {
                qCWarning(lcRpc).noquote() << "AgentControl: the image archive" << t.sha256 << "for"
                                           << m_nodeId << "is gone; marking it failed";
                m_service.m_agents.finishImageTransfer(m_nodeId, t.sha256, QStringLiteral("failed"),
                                                       QStringLiteral(
                                                           "the archive is no longer on the hub"),
                                                       {}, m_service.m_clock.nowMs());
                continue;
            }
            m_image = t;
            sendChunkLocked(m_service.imageOffset(m_nodeId, t.sha256));
            return;
        }
    }

    void OnReadDone(bool ok) override
    {
        if (!ok) {
            finish(grpc::Status::OK); // the agent closed its side, or the stream broke
            return;
        }
        if (finishing())
            return;
        m_service.heard(m_nodeId);
        std::optional<grpc::Status> end = handle(m_in);
        if (end) {
            finish(*end);
            return;
        }
        // Under the lock: no read is started once the stream is being finished.
        std::lock_guard lock(m_mutex);
        if (!m_finishWanted)
            StartRead(&m_in);
    }

    void OnWriteDone(bool ok) override
    {
        std::unique_lock lock(m_mutex);
        m_queue.pop_front();
        if (!ok && !m_finishWanted) {
            m_finishWanted = true;
            m_status = grpc::Status::CANCELLED;
        }
        if (m_finishWanted) {
            m_writing = false;
            if (!m_finished) {
                m_finished = true;
                lock.unlock();
                Finish(m_status);
            }
            return;
        }
        if (m_queue.empty()) {
            m_writing = false;
            return;
        }
        StartWrite(&m_queue.front());
    }

    void OnCancel() override { finish(grpc::Status::CANCELLED); }

    void OnDone() override
    {
        if (m_attached)
            m_service.detach(m_nodeId, this);
        if (!m_nodeId.isEmpty())
            qCInfo(lcRpc).noquote()
                << "AgentControl: stream of node" << m_nodeName << m_nodeId << "ended";
        delete this;
    }

private:
    std::optional<grpc::Status> authenticate(const grpc::CallbackServerContext &context)
    {
        const auto peer = peerCertificate(context);
        if (!peer)
            return unauthenticated(Tr::tr("The agent control channel needs the node's client "
                                          "certificate; enroll the node first."));
        auto cert = m_service.m_agents.certificateBySerial(peer->serial);
        if (!cert) {
            if (cert.error().code != api::Code::NotFound)
                return toGrpcStatus(cert.error());
            qCWarning(lcAuth).noquote() << "AgentControl: refused unknown certificate serial"
                                        << peer->serial << "CN" << peer->commonName;
            return unauthenticated(Tr::tr("The hub did not issue this certificate (or no longer "
                                          "knows it); enroll the node again."));
        }
        auto node = m_service.m_store.get(api::EntityKind::Node, cert->nodeId);
        if (!node) {
            if (node.error().code != api::Code::NotFound)
                return toGrpcStatus(node.error());
            qCWarning(lcAuth).noquote() << "AgentControl: refused the certificate of deleted node"
                                        << cert->nodeName << cert->nodeId;
            return unauthenticated(Tr::tr("The node '%1' was deleted from the inventory; enroll "
                                          "it again.")
                                       .arg(cert->nodeName));
        }
        if (cert->notAfterMs <= m_service.m_clock.nowMs()) {
            qCWarning(lcAuth).noquote() << "AgentControl: refused the expired certificate"
                                        << cert->serial << "of" << cert->nodeName;
            return unauthenticated(Tr::tr("The certificate of the node '%1' has expired; enroll "
                                          "the node again with a new bootstrap token.")
                                       .arg(cert->nodeName));
        }
        m_nodeId = cert->nodeId;
        auto n = api::Node::fromRecord(*node);
        m_nodeName = n ? n->name : cert->nodeName;
        return std::nullopt;
    }

    QString imagePath(const QString &sha) const
    {
        return QDir(m_service.imagesDir()).filePath(sha + QStringLiteral(".tar"));
    }

    // Under m_imageMutex: one chunk of the current transfer from `offset` (stop-and-wait).
    void sendChunkLocked(qint64 offset)
    {
        QFile file(imagePath(m_image.sha256));
        QByteArray data;
        if (file.open(QIODevice::ReadOnly) && file.seek(offset))
            data = file.read(kImageChunkBytes);
        if (offset < m_image.size && data.isEmpty()) {
            qCWarning(lcRpc).noquote() << "AgentControl: cannot read the image archive"
                                       << m_image.sha256 << "at" << offset;
            return;
        }
        v1::HubMessage m;
        auto *chunk = m.mutable_image();
        chunk->set_sha256(proto::toStd(m_image.sha256));
        chunk->set_name(proto::toStd(m_image.name));
        chunk->set_total_size(m_image.size);
        chunk->set_offset(offset);
        chunk->set_data(data.constData(), size_t(data.size()));
        send(std::move(m));
    }

    std::optional<grpc::Status> handle(const v1::AgentMessage &message)
    {
        if (!m_helloDone.load()) {
            if (message.body_case() != v1::AgentMessage::kHello)
                return toGrpcStatus(api::Error{api::Code::FailedPrecondition,
                                               Tr::tr("The agent must send Hello first."),
                                               {},
                                               {}});
            return onHello(message.hello());
        }
        switch (message.body_case()) {
        case v1::AgentMessage::kHello: return std::nullopt; // harmless repetition
        case v1::AgentMessage::kHeartbeat: return std::nullopt;
        case v1::AgentMessage::kBatch: return onBatch(message.batch());
        case v1::AgentMessage::kRenew: return onRenew(message.renew());
        case v1::AgentMessage::kImage: onImage(message.image()); return std::nullopt;
        case v1::AgentMessage::BODY_NOT_SET: return std::nullopt;
        }
        return std::nullopt;
    }

    std::optional<grpc::Status> onHello(const v1::AgentHello &hello)
    {
        api::AgentRecord record;
        record.nodeId = m_nodeId;
        record.lastSeenMs = m_service.m_clock.nowMs();
        record.heartbeatIntervalMs = m_service.heartbeatIntervalMs();
        record.agentVersion = proto::fromStd(hello.agent_version()).left(100);
        record.hostname = proto::fromStd(hello.hostname()).left(255);
        record.appliedGeneration = hello.applied_generation();
        if (auto r = m_service.m_agents.recordHello(record); !r)
            return toGrpcStatus(r.error());
        auto stored = m_service.m_agents.agent(m_nodeId);
        if (!stored)
            return toGrpcStatus(stored.error());
        if (!m_service.attach(m_nodeId, this))
            return toGrpcStatus(
                api::Error{api::Code::Unavailable, Tr::tr("The hub is shutting down."), {}, {}});
        m_attached = true;
        qCInfo(lcRpc).noquote() << "AgentControl: node" << m_nodeName << m_nodeId << "connected,"
                                << "agent" << record.agentVersion << "on" << record.hostname
                                << "holding generation" << hello.desired_generation();
        v1::HubMessage welcome;
        auto *w = welcome.mutable_welcome();
        w->set_node_id(proto::toStd(m_nodeId));
        w->set_node_name(proto::toStd(m_nodeName));
        w->set_heartbeat_interval_ms(m_service.heartbeatIntervalMs());
        w->set_acked_seq(stored->ackedSeq);
        w->set_hub_time_ms(m_service.m_clock.nowMs());
        send(std::move(welcome));
        m_helloDone = true;
        // Read after m_helloDone: a change from now on is pushed by desiredStateChanged() too.
        auto desired = m_service.m_agents.desiredState(m_nodeId);
        if (!desired)
            return toGrpcStatus(desired.error());
        if (hello.desired_generation() < desired->generation) {
            v1::HubMessage m;
            proto::toProto(*desired, m.mutable_desired());
            send(std::move(m));
        }
        kickImages();
        return std::nullopt;
    }

    // An outbox record the hub cannot use still takes its seq: it becomes an error event, so the
    // agent can delete it and the problem is visible in the node's events.
    api::NodeEvent malformed(qint64 seq, int kind, const QString &why) const
    {
        api::NodeEvent e;
        e.nodeId = m_nodeId;
        e.agentSeq = seq;
        e.atMs = m_service.m_clock.nowMs();
        e.severity = api::EventSeverity::Error;
        e.type = QStringLiteral("hub.malformed-record");
        e.message = QStringLiteral("outbox record %1 (kind %2) could not be read: %3")
                        .arg(seq)
                        .arg(kind)
                        .arg(why);
        return e;
    }

    std::optional<grpc::Status> onBatch(const v1::OutboxBatch &batch)
    {
        api::AgentStore::Batch b;
        b.nodeId = m_nodeId;
        b.droppedDelta = batch.dropped_status() + batch.dropped_event() + batch.dropped_metric();
        for (const v1::OutboxEntry &entry : batch.entries()) {
            b.highestSeq = std::max<qint64>(b.highestSeq, entry.seq());
            if (entry.seq() <= 0)
                continue;
            QJsonParseError err;
            const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(
                                                                  entry.payload()),
                                                              &err);
            if (err.error != QJsonParseError::NoError || !doc.isObject()) {
                b.events << malformed(entry.seq(), entry.kind(),
                                      err.error != QJsonParseError::NoError
                                          ? err.errorString()
                                          : QStringLiteral("not a JSON object"));
                continue;
            }
            const QJsonObject o = doc.object();
            switch (entry.kind()) {
            case 0: { // status: the whole current set
                QList<api::WorkloadStatus> statuses;
                QString why;
                const QJsonArray list = o.value(QStringLiteral("workloads")).toArray();
                for (const QJsonValue &v : list) {
                    auto s = api::WorkloadStatus::fromJson(v.toObject());
                    if (!s) {
                        why = s.error().toString();
                        break;
                    }
                    statuses << *s;
                }
                if (!why.isEmpty()) {
                    b.events << malformed(entry.seq(), entry.kind(), why);
                    break;
                }
                b.statuses = statuses;
                b.replaceStatuses = true;
                if (o.contains(QStringLiteral("appliedGeneration")))
                    b.appliedGeneration = o.value(QStringLiteral("appliedGeneration")).toInteger();
                break;
            }
            case 1: {
                auto e = api::NodeEvent::fromJson(o);
                if (!e) {
                    b.events << malformed(entry.seq(), entry.kind(), e.error().toString());
                    break;
                }
                e->nodeId = m_nodeId;
                e->agentSeq = entry.seq();
                b.events << *e;
                break;
            }
            case 2: {
                auto m = api::MetricSample::fromJson(o);
                if (!m) {
                    b.events << malformed(entry.seq(), entry.kind(), m.error().toString());
                    break;
                }
                b.metrics << *m;
                break;
            }
            default:
                b.events << malformed(entry.seq(), entry.kind(), QStringLiteral("unknown kind"));
                break;
            }
        }
        auto acked = m_service.m_agents.applyAgentBatch(b);
        if (!acked) {
            qCWarning(lcRpc).noquote()
                << "AgentControl: storing a batch of" << m_nodeId
                << "failed:" << acked.error().message << acked.error().detail;
            return toGrpcStatus(acked.error());
        }
        v1::HubMessage ack;
        ack.mutable_ack()->set_acked_seq(*acked);
        send(std::move(ack));
        return std::nullopt;
    }

    std::optional<grpc::Status> onRenew(const v1::RenewRequest &request)
    {
        v1::HubMessage reply;
        auto *r = reply.mutable_renew();
        const auto cn = requestCommonName(request.csr_pem());
        if (!m_service.m_options.signer) {
            r->set_error(proto::toStd(Tr::tr("This hub cannot issue certificates.")));
        } else if (!cn) {
            r->set_error(proto::toStd(Tr::tr("The certificate request cannot be read.")));
        } else if (cn->compare(m_nodeName, Qt::CaseInsensitive) != 0) {
            r->set_error(proto::toStd(Tr::tr("The certificate request names '%1', but this "
                                             "node is '%2'.")
                                          .arg(*cn, m_nodeName)));
        } else {
            auto signedCert = m_service.m_options
                                  .signer(QByteArray::fromStdString(request.csr_pem()), m_nodeName,
                                          m_service.m_options.certificateValidityDays);
            if (!signedCert) {
                r->set_error(proto::toStd(signedCert.error().message));
            } else {
                api::NodeCertificate record;
                record.serial = signedCert->serial;
                record.nodeId = m_nodeId;
                record.nodeName = m_nodeName;
                record.issuedAtMs = m_service.m_clock.nowMs();
                record.notAfterMs = signedCert->notAfterMs;
                record.fingerprint = signedCert->fingerprint;
                if (auto stored = m_service.m_agents.recordCertificate(record); !stored) {
                    qCWarning(lcRpc).noquote()
                        << "AgentControl: recording the renewed "
                           "certificate of"
                        << m_nodeId << "failed:" << stored.error().message << stored.error().detail;
                    r->set_error(proto::toStd(stored.error().message));
                } else {
                    qCInfo(lcAuth).noquote() << "renewed the certificate of node" << m_nodeName
                                             << m_nodeId << "serial" << record.serial;
                    r->set_certificate_pem(signedCert->certificatePem.toStdString());
                    r->set_ca_chain_pem(signedCert->caChainPem.toStdString());
                    r->set_not_after_ms(signedCert->notAfterMs);
                }
            }
        }
        if (!r->error().empty())
            qCInfo(lcAuth).noquote() << "AgentControl: refused to renew the certificate of"
                                     << m_nodeId << QString::fromStdString(r->error());
        send(std::move(reply));
        return std::nullopt;
    }

    void onImage(const v1::ImageProgress &progress)
    {
        const QString sha = proto::fromStd(progress.sha256()).toLower();
        const QString state = proto::fromStd(progress.state());
        std::unique_lock lock(m_imageMutex);
        if (state == u"loaded" || state == u"failed") {
            QStringList images;
            for (const std::string &name : progress.images())
                images << proto::fromStd(name);
            if (auto r = m_service.m_agents
                             .finishImageTransfer(m_nodeId, sha, state,
                                                  proto::fromStd(progress.message()).left(2000),
                                                  images, m_service.m_clock.nowMs());
                !r && r.error().code != api::Code::NotFound)
                qCWarning(lcRpc).noquote() << "AgentControl: recording the image transfer" << sha
                                           << "failed:" << r.error().message;
            qCInfo(lcRpc).noquote() << "AgentControl: node" << m_nodeId << "reports image" << sha
                                    << state << proto::fromStd(progress.message());
            m_service.setImageOffset(m_nodeId, sha, -1);
            if (m_image.sha256 == sha) {
                m_image = {};
                lock.unlock();
                kickImages();
            }
            return;
        }
        if (m_image.sha256 != sha)
            return; // not the transfer under way
        const qint64 next = std::clamp<qint64>(progress.next_offset(), 0, m_image.size);
        m_service.setImageOffset(m_nodeId, sha, next);
        if (state == u"receiving" && next < m_image.size)
            sendChunkLocked(next);
        // At the end (or "verifying") the hub waits for loaded/failed.
    }

    AgentControlService &m_service;
    v1::AgentMessage m_in;
    QString m_nodeId;
    QString m_nodeName;
    std::atomic<bool> m_helloDone{false};
    bool m_attached = false;

    std::mutex m_mutex; // the write queue and the finish state
    std::deque<v1::HubMessage> m_queue;
    bool m_writing = false;
    bool m_finishWanted = false;
    bool m_finished = false;
    grpc::Status m_status;

    std::mutex m_imageMutex;
    api::AgentStore::ImageTransfer m_image; // sha256 empty: no transfer under way
};

// ---- The service -----------------------------------------------------------------------------

AgentControlService::AgentControlService(api::Store &store, api::AgentStore &agents,
                                         const api::Clock &clock, AgentControlOptions options)
    : m_store(store)
    , m_agents(agents)
    , m_clock(clock)
    , m_options(std::move(options))
{
    if (m_options.heartbeatIntervalMs <= 0)
        m_options.heartbeatIntervalMs = api::kDefaultHeartbeatIntervalMs;
}

AgentControlService::~AgentControlService() { closeAll(); }

grpc::ServerBidiReactor<v1::AgentMessage, v1::HubMessage> *AgentControlService::Connect(
    grpc::CallbackServerContext *context)
{
    return new Stream(*this, context);
}

bool AgentControlService::attach(const QString &nodeId, Stream *stream)
{
    Stream *old = nullptr;
    {
        std::lock_guard lock(m_mutex);
        if (m_closing)
            return false;
        old = m_streams.value(nodeId);
        m_streams.insert(nodeId, stream);
        Seen &seen = m_seen[nodeId];
        seen.lastSeenMs = m_clock.nowMs();
        seen.flushedMs = seen.lastSeenMs; // recordHello wrote it
        // Finished under the lock: a detaching stream waits for it, so `old` is still alive.
        if (old && old != stream) {
            qCInfo(lcRpc).noquote()
                << "AgentControl: a newer stream of node" << nodeId << "replaces the older one";
            old->finish(grpc::Status(grpc::StatusCode::ABORTED,
                                     Tr::tr("Replaced by a newer connection of the same node.")
                                         .toStdString()));
        }
    }
    return true;
}

void AgentControlService::detach(const QString &nodeId, Stream *stream)
{
    qint64 lastSeen = 0;
    {
        std::lock_guard lock(m_mutex);
        if (m_streams.value(nodeId) != stream)
            return; // replaced: the newer stream owns the node
        m_streams.remove(nodeId);
        lastSeen = m_seen.value(nodeId).lastSeenMs;
        m_seen[nodeId].flushedMs = lastSeen;
    }
    if (lastSeen > 0)
        if (auto r = m_agents.touch(nodeId, lastSeen); !r)
            qCWarning(lcRpc).noquote()
                << "AgentControl: writing last-seen of" << nodeId << "failed:" << r.error().message;
}

void AgentControlService::heard(const QString &nodeId)
{
    const qint64 now = m_clock.nowMs();
    bool flush = false;
    {
        std::lock_guard lock(m_mutex);
        Seen &seen = m_seen[nodeId];
        seen.lastSeenMs = std::max(seen.lastSeenMs, now);
        if (now - seen.flushedMs >= m_options.heartbeatIntervalMs) {
            seen.flushedMs = now;
            flush = true;
        }
    }
    if (flush)
        if (auto r = m_agents.touch(nodeId, now); !r)
            qCWarning(lcRpc).noquote()
                << "AgentControl: writing last-seen of" << nodeId << "failed:" << r.error().message;
}

AgentControlService::Presence AgentControlService::presence(const QString &nodeId) const
{
    std::lock_guard lock(m_mutex);
    return Presence{m_streams.contains(nodeId), m_seen.value(nodeId).lastSeenMs};
}

void AgentControlService::desiredStateChanged(const api::DesiredState &state)
{
    std::lock_guard lock(m_mutex);
    if (Stream *s = m_streams.value(state.nodeId))
        s->pushDesired(state);
}

void AgentControlService::imageQueued(const QString &nodeId)
{
    std::lock_guard lock(m_mutex);
    if (Stream *s = m_streams.value(nodeId))
        s->kickImages();
}

qint64 AgentControlService::imageOffset(const QString &nodeId, const QString &sha) const
{
    std::lock_guard lock(m_offsetMutex);
    return m_imageOffsets.value(offsetKey(nodeId, sha), 0);
}

void AgentControlService::setImageOffset(const QString &nodeId, const QString &sha, qint64 offset)
{
    std::lock_guard lock(m_offsetMutex);
    if (offset < 0)
        m_imageOffsets.remove(offsetKey(nodeId, sha));
    else
        m_imageOffsets.insert(offsetKey(nodeId, sha), offset);
}

void AgentControlService::closeAll()
{
    QList<std::pair<QString, qint64>> flush;
    {
        std::lock_guard lock(m_mutex);
        m_closing = true;
        for (auto it = m_streams.cbegin(); it != m_streams.cend(); ++it) {
            it.value()->finish(toGrpcStatus(
                api::Error{api::Code::Unavailable, Tr::tr("The hub is shutting down."), {}, {}}));
        }
        for (auto it = m_seen.begin(); it != m_seen.end(); ++it)
            if (it->lastSeenMs > it->flushedMs) {
                flush.append({it.key(), it->lastSeenMs});
                it->flushedMs = it->lastSeenMs;
            }
    }
    for (const auto &[nodeId, lastSeen] : std::as_const(flush))
        m_agents.touch(nodeId, lastSeen);
}

} // namespace edge::services
