#include "backend/services/nodesservice.h"
#include "backend/services/servicestr.h"

#include "backend/api/inventorytypes.h"
#include "backend/proto/convert.h"
#include "backend/services/errorstatus.h"
#include "backend/services/logging.h"
#include "backend/services/unary.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace edge::services {

using detail::unary;

namespace {

api::Error invalid(const QString &field, const QString &message)
{
    return api::Error{api::Code::InvalidArgument, message, {}, field};
}

} // namespace

NodesService::NodesService(api::Store &store, api::AgentStore &agents, Authenticator &auth,
                           const api::Clock &clock, AgentControlService &control)
    : m_store(store)
    , m_agents(agents)
    , m_auth(auth)
    , m_clock(clock)
    , m_control(control)
{}

api::Result<api::Record> NodesService::findNode(const QString &nodeId)
{
    if (nodeId.isEmpty())
        return std::unexpected(invalid(QStringLiteral("node_id"), Tr::tr("Name the node.")));
    auto node = m_store.get(api::EntityKind::Node, nodeId);
    if (!node && node.error().code == api::Code::NotFound)
        return api::fail(api::Code::NotFound, Tr::tr("No node has the id '%1'.").arg(nodeId), {},
                         QStringLiteral("node_id"));
    return node;
}

api::Result<QList<api::NodeStatus>> NodesService::nodeStatus(const QString &siteId)
{
    api::ListQuery q;
    q.kind = api::EntityKind::Node;
    q.parentId = siteId;
    auto page = m_store.list(q);
    if (!page)
        return std::unexpected(page.error());
    auto agents = m_agents.agents();
    if (!agents)
        return std::unexpected(agents.error());
    QHash<QString, api::AgentRecord> byNode;
    for (const api::AgentRecord &a : std::as_const(*agents))
        byNode.insert(a.nodeId, a);
    const qint64 now = m_clock.nowMs();
    QList<api::NodeStatus> out;
    out.reserve(page->records.size());
    for (const api::Record &record : std::as_const(page->records)) {
        auto node = api::Node::fromRecord(record);
        if (!node)
            continue;
        api::NodeStatus s;
        s.nodeId = node->id;
        s.nodeName = node->name;
        s.siteId = node->siteId;
        s.heartbeatIntervalMs = m_control.heartbeatIntervalMs();
        const auto agent = byNode.constFind(node->id);
        if (agent != byNode.cend()) {
            s.lastSeenMs = agent->lastSeenMs;
            s.heartbeatIntervalMs = agent->heartbeatIntervalMs;
            s.agentVersion = agent->agentVersion;
            s.hostname = agent->hostname;
            s.appliedGeneration = agent->appliedGeneration;
            s.droppedRecords = agent->droppedRecords;
        }
        const AgentControlService::Presence presence = m_control.presence(node->id);
        s.lastSeenMs = std::max(s.lastSeenMs, presence.lastSeenMs);
        if (presence.connected)
            s.heartbeatIntervalMs = m_control.heartbeatIntervalMs();
        s.state = api::presenceAt(now, s.lastSeenMs, s.heartbeatIntervalMs, presence.connected);
        auto certs = m_store.nodeCertificates(node->id);
        if (!certs)
            return std::unexpected(certs.error());
        for (const api::NodeCertificate &c : std::as_const(*certs))
            if (c.notAfterMs >= s.certificateNotAfterMs) {
                s.certificateNotAfterMs = c.notAfterMs;
                s.certificateSerial = c.serial;
            }
        auto desired = m_agents.desiredState(node->id);
        if (!desired)
            return std::unexpected(desired.error());
        s.desiredGeneration = desired->generation;
        auto workloads = m_agents.workloadStatus(node->id);
        if (!workloads)
            return std::unexpected(workloads.error());
        s.workloads = *workloads;
        out << s;
    }
    return out;
}

grpc::ServerUnaryReactor *NodesService::Status(grpc::CallbackServerContext *context,
                                               const v1::NodeStatusRequest *request,
                                               v1::NodeStatusResponse *response)
{
    return unary(context, "Nodes.Status", [&]() -> api::Result<void> {
        if (auto caller = m_auth.authorize(*context, api::Role::Viewer); !caller)
            return std::unexpected(caller.error());
        auto nodes = nodeStatus(proto::fromStd(request->site_id()));
        if (!nodes)
            return std::unexpected(nodes.error());
        for (const api::NodeStatus &s : std::as_const(*nodes))
            proto::toProto(s, response->add_nodes());
        response->set_server_time_ms(m_clock.nowMs());
        return {};
    });
}

grpc::ServerUnaryReactor *NodesService::GetDesiredState(grpc::CallbackServerContext *context,
                                                        const v1::DesiredStateRequest *request,
                                                        v1::DesiredState *response)
{
    return unary(context, "Nodes.GetDesiredState", [&]() -> api::Result<void> {
        if (auto caller = m_auth.authorize(*context, api::Role::Viewer); !caller)
            return std::unexpected(caller.error());
        const QString nodeId = proto::fromStd(request->node_id());
        if (auto node = findNode(nodeId); !node)
            return std::unexpected(node.error());
        auto state = m_agents.desiredState(nodeId);
        if (!state)
            return std::unexpected(state.error());
        proto::toProto(*state, response);
        return {};
    });
}

grpc::ServerUnaryReactor *NodesService::SetDesiredState(grpc::CallbackServerContext *context,
                                                        const v1::SetDesiredStateRequest *request,
                                                        v1::DesiredState *response)
{
    return unary(context, "Nodes.SetDesiredState", [&]() -> api::Result<void> {
        auto caller = m_auth.authorize(*context, api::Role::Operator);
        if (!caller)
            return std::unexpected(caller.error());
        const QString nodeId = proto::fromStd(request->node_id());
        if (auto node = findNode(nodeId); !node)
            return std::unexpected(node.error());
        api::DesiredState wanted;
        wanted.nodeId = nodeId;
        for (int i = 0; i < request->workloads_size(); ++i) {
            auto spec = proto::fromProto(request->workloads(i));
            if (!spec) {
                api::Error e = spec.error();
                e.field = QStringLiteral("workloads[%1].%2").arg(i).arg(e.field);
                return std::unexpected(e);
            }
            wanted.workloads << *spec;
        }
        if (auto v = api::validate(wanted); !v)
            return v;
        auto stored = m_agents.setDesiredState(nodeId, wanted.workloads,
                                               request->expected_generation(), caller->userName);
        if (!stored)
            return std::unexpected(stored.error());
        qCInfo(lcRpc).noquote() << caller->userName << "set the desired state of node" << nodeId
                                << "to generation" << stored->generation << "("
                                << stored->workloads.size() << "workloads)";
        m_control.desiredStateChanged(*stored);
        proto::toProto(*stored, response);
        return {};
    });
}

grpc::ServerUnaryReactor *NodesService::Metrics(grpc::CallbackServerContext *context,
                                                const v1::MetricsRequest *request,
                                                v1::MetricsResponse *response)
{
    return unary(context, "Nodes.Metrics", [&]() -> api::Result<void> {
        if (auto caller = m_auth.authorize(*context, api::Role::Viewer); !caller)
            return std::unexpected(caller.error());
        api::MetricsQuery q;
        q.nodeId = proto::fromStd(request->node_id());
        q.fromMs = request->from_ms();
        q.toMs = request->to_ms();
        q.maxPoints = std::clamp(request->max_points(), 0, 10'000);
        if (auto node = findNode(q.nodeId); !node)
            return std::unexpected(node.error());
        auto samples = m_agents.metrics(q);
        if (!samples)
            return std::unexpected(samples.error());
        for (const api::MetricSample &m : std::as_const(*samples))
            proto::toProto(m, response->add_samples());
        return {};
    });
}

grpc::ServerUnaryReactor *NodesService::Events(grpc::CallbackServerContext *context,
                                               const v1::EventsRequest *request,
                                               v1::EventsResponse *response)
{
    return unary(context, "Nodes.Events", [&]() -> api::Result<void> {
        if (auto caller = m_auth.authorize(*context, api::Role::Viewer); !caller)
            return std::unexpected(caller.error());
        const QString nodeId = proto::fromStd(request->node_id());
        if (!nodeId.isEmpty())
            if (auto node = findNode(nodeId); !node)
                return std::unexpected(node.error());
        auto events = m_agents.events(nodeId, request->since_ms(), request->limit());
        if (!events)
            return std::unexpected(events.error());
        for (const api::NodeEvent &e : std::as_const(*events))
            proto::toProto(e, response->add_events());
        return {};
    });
}

// ---- PushImage -------------------------------------------------------------------------------
// Receives the archive into DIR/images/<sha256>.part-<uuid> while hashing it, checks size and
// sha256 at the end, renames it to <sha256>.tar and queues the transfer for the node.
class NodesService::PushImageReactor final : public grpc::ServerReadReactor<v1::PushImageRequest> {
public:
    PushImageReactor(NodesService &service, grpc::CallbackServerContext *context,
                     v1::PushImageResponse *response)
        : m_service(service)
        , m_response(response)
        , m_hash(QCryptographicHash::Sha256)
    {
        auto caller = m_service.m_auth.authorize(*context, api::Role::Operator);
        if (!caller) {
            end(caller.error());
            return;
        }
        m_user = caller->userName;
        StartRead(&m_request);
    }

    void OnReadDone(bool ok) override
    {
        auto r = ok ? take() : complete();
        if (!r) {
            end(r.error());
            return;
        }
        if (ok)
            StartRead(&m_request);
    }

    void OnDone() override
    {
        if (m_file.isOpen())
            m_file.close();
        if (!m_partPath.isEmpty() && QFile::exists(m_partPath))
            QFile::remove(m_partPath);
        delete this;
    }

private:
    void end(const api::Error &e)
    {
        if (e.code == api::Code::StoreIo || e.code == api::Code::Internal)
            qCWarning(lcRpc).noquote() << "Nodes.PushImage failed:" << e.message << e.detail;
        Finish(toGrpcStatus(e));
    }

    api::Result<void> take()
    {
        if (!m_started) {
            m_started = true;
            m_nodeId = proto::fromStd(m_request.node_id());
            m_sha = proto::fromStd(m_request.sha256()).toLower();
            m_total = m_request.total_size();
            m_name = proto::fromStd(m_request.name()).left(255);
            if (auto node = m_service.findNode(m_nodeId); !node)
                return std::unexpected(node.error());
            static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
            if (!hex.match(m_sha).hasMatch())
                return std::unexpected(
                    invalid(QStringLiteral("sha256"),
                            Tr::tr("Give the image archive's SHA-256 as 64 hex digits.")));
            if (m_total <= 0 || m_total > kMaxImageBytes)
                return std::unexpected(invalid(QStringLiteral("total_size"),
                                               Tr::tr("An image archive holds between one byte "
                                                      "and 16 GiB.")));
            const QString dir = m_service.m_control.imagesDir();
            if (dir.isEmpty() || !QDir().mkpath(dir))
                return api::fail(api::Code::StoreIo,
                                 Tr::tr("The hub cannot keep image archives: its image directory "
                                        "cannot be created."),
                                 dir);
            m_partPath = QDir(dir).filePath(m_sha + QStringLiteral(".part-")
                                            + QUuid::createUuid().toString(QUuid::WithoutBraces));
            m_file.setFileName(m_partPath);
            if (!m_file.open(QIODevice::WriteOnly))
                return api::fail(api::Code::StoreIo,
                                 Tr::tr("The hub cannot write the image archive."),
                                 m_file.errorString());
        }
        const std::string &data = m_request.data();
        if (m_request.offset() != m_received)
            return std::unexpected(
                invalid(QStringLiteral("offset"),
                        Tr::tr("The image chunks arrived out of order (offset %1, expected %2).")
                            .arg(m_request.offset())
                            .arg(m_received)));
        if (qint64(data.size()) > kMaxImageChunkBytes)
            return std::unexpected(
                invalid(QStringLiteral("data"), Tr::tr("An image chunk holds at most 1 MiB.")));
        if (m_received + qint64(data.size()) > m_total)
            return api::fail(api::Code::ImageIntegrity,
                             Tr::tr("The image archive is larger than announced."), {},
                             QStringLiteral("total_size"));
        if (!data.empty()) {
            if (m_file.write(data.data(), qint64(data.size())) != qint64(data.size()))
                return api::fail(api::Code::StoreIo,
                                 Tr::tr("The hub cannot write the image archive."),
                                 m_file.errorString());
            m_hash.addData(QByteArrayView(data.data(), qsizetype(data.size())));
            m_received += qint64(data.size());
        }
        return {};
    }

    api::Result<void> complete()
    {
        if (!m_started)
            return std::unexpected(
                invalid(QStringLiteral("node_id"), Tr::tr("No image archive was sent.")));
        if (!m_file.flush())
            return api::fail(api::Code::StoreIo, Tr::tr("The hub cannot write the image archive."),
                             m_file.errorString());
        m_file.close();
        if (m_received != m_total)
            return api::fail(api::Code::ImageIntegrity,
                             Tr::tr("The image archive ended after %1 of %2 bytes.")
                                 .arg(m_received)
                                 .arg(m_total),
                             {}, QStringLiteral("total_size"));
        const QString actual = QString::fromLatin1(m_hash.result().toHex());
        if (actual != m_sha)
            return api::fail(api::Code::ImageIntegrity,
                             Tr::tr("The image archive does not match its SHA-256; it was damaged "
                                    "on the way. Push it again."),
                             QStringLiteral("expected %1, got %2").arg(m_sha, actual),
                             QStringLiteral("sha256"));
        const QString finalPath = QDir(m_service.m_control.imagesDir())
                                      .filePath(m_sha + QStringLiteral(".tar"));
        if (QFile::exists(finalPath)) {
            QFile::remove(m_partPath); // the same content is there already
        } else if (!QFile::rename(m_partPath, finalPath)) {
            return api::fail(api::Code::StoreIo, Tr::tr("The hub cannot write the image archive."),
                             finalPath);
        }
        m_partPath.clear();
        api::AgentStore::ImageTransfer t;
        t.nodeId = m_nodeId;
        t.sha256 = m_sha;
        t.name = m_name;
        t.size = m_total;
        t.createdAtMs = m_service.m_clock.nowMs();
        if (auto r = m_service.m_agents.addImageTransfer(t); !r)
            return r;
        qCInfo(lcRpc).noquote() << m_user << "pushed image" << m_name << m_sha << "(" << m_total
                                << "bytes) for node" << m_nodeId;
        m_service.m_control.imageQueued(m_nodeId);
        m_response->set_sha256(proto::toStd(m_sha));
        m_response->set_received(m_received);
        m_response->set_state("stored");
        Finish(grpc::Status::OK);
        return {};
    }

    NodesService &m_service;
    v1::PushImageResponse *m_response;
    v1::PushImageRequest m_request;
    QCryptographicHash m_hash;
    QString m_user;
    bool m_started = false;
    QString m_nodeId;
    QString m_sha;
    QString m_name;
    qint64 m_total = 0;
    qint64 m_received = 0;
    QString m_partPath;
    QFile m_file;
};

grpc::ServerReadReactor<v1::PushImageRequest> *NodesService::PushImage(
    grpc::CallbackServerContext *context, v1::PushImageResponse *response)
{
    return new PushImageReactor(*this, context, response);
}

} // namespace edge::services
