#include "backend/services/syncservice.h"
#include "backend/services/servicestr.h"

#include "backend/proto/convert.h"
#include "backend/services/logging.h"
#include "backend/services/unary.h"

#include <QCoreApplication>

namespace edge::services {

using detail::unary;

namespace {

const QString kUserEntity = QStringLiteral("user");

} // namespace

SyncService::SyncService(api::SyncStore &store, Authenticator &auth)
    : m_store(store)
    , m_auth(auth)
{}

grpc::ServerUnaryReactor *SyncService::Hello(grpc::CallbackServerContext *context,
                                             const v1::SyncHelloRequest *request,
                                             v1::SyncHelloResponse *response)
{
    return unary(context, "Sync.Hello", [&]() -> api::Result<void> {
        auto caller = m_auth.authorize(*context, api::Role::Viewer);
        if (!caller)
            return std::unexpected(caller.error());
        const QString mine = m_store.syncReplicaId();
        const QString theirs = proto::fromStd(request->replica_id());
        if (!theirs.isEmpty() && theirs == mine)
            return api::fail(api::Code::FailedPrecondition,
                             Tr::tr("The store that asks to sync is a copy of this hub's store "
                                    "(both are replica %1); a copy cannot sync with its "
                                    "original. Start from a fresh data directory.")
                                 .arg(mine),
                             {}, QStringLiteral("replica"));
        auto vector = m_store.versionVector();
        if (!vector)
            return std::unexpected(vector.error());
        response->set_replica_id(proto::toStd(mine));
        proto::toProto(*vector, response->mutable_has());
        qCDebug(lcSync).noquote() << caller->userName << "hello from replica" << theirs;
        return {};
    });
}

grpc::ServerUnaryReactor *SyncService::Pull(grpc::CallbackServerContext *context,
                                            const v1::SyncPullRequest *request,
                                            v1::SyncPullResponse *response)
{
    return unary(context, "Sync.Pull", [&]() -> api::Result<void> {
        auto caller = m_auth.authorize(*context, api::Role::Viewer);
        if (!caller)
            return std::unexpected(caller.error());
        if (request->after_seq() < 0)
            return api::fail(api::Code::InvalidArgument,
                             Tr::tr("The sync cursor %1 is negative.").arg(request->after_seq()),
                             {}, QStringLiteral("after_seq"));
        int limit = request->limit();
        if (limit <= 0)
            limit = kDefaultPullOperations;
        limit = std::min(limit, kMaxPullOperations);
        auto batch = m_store.operationsFor(proto::fromProto(request->has()), request->after_seq(),
                                           limit);
        if (!batch)
            return std::unexpected(batch.error());
        // Bounded by bytes too: survey readings carry large values. A batch stops before the
        // operation that would take it over kMaxBatchBytes, but always holds at least one, so a
        // sync never stalls; the next pull continues after the last one sent.
        qint64 bytes = 0;
        qint64 lastSeq = batch->lastSeq;
        bool more = batch->more;
        qint64 previousSeq = 0;
        auto *ops = response->mutable_operations();
        ops->Reserve(int(batch->operations.size()));
        for (const api::Operation &op : std::as_const(batch->operations)) {
            if (op.entity == kUserEntity)
                continue; // the store never hands these out; never send one anyway
            v1::SyncOperation *out = ops->Add();
            proto::toProto(op, out);
            const qint64 size = qint64(out->ByteSizeLong()) + 8;
            if (ops->size() > 1 && bytes + size > kMaxBatchBytes && previousSeq > 0) {
                ops->RemoveLast();
                lastSeq = previousSeq;
                more = true;
                break;
            }
            bytes += size;
            previousSeq = op.seq;
        }
        response->set_last_seq(lastSeq);
        response->set_more(more);
        return {};
    });
}

grpc::ServerUnaryReactor *SyncService::Push(grpc::CallbackServerContext *context,
                                            const v1::SyncPushRequest *request,
                                            v1::SyncPushResponse *response)
{
    return unary(context, "Sync.Push", [&]() -> api::Result<void> {
        auto caller = m_auth.authorize(*context, api::Role::Operator);
        if (!caller)
            return std::unexpected(caller.error());
        if (request->operations_size() > kMaxPullOperations)
            return api::fail(api::Code::InvalidArgument,
                             Tr::tr("A sync batch holds at most %1 operations; this one has %2. "
                                    "Send smaller batches.")
                                 .arg(kMaxPullOperations)
                                 .arg(request->operations_size()),
                             {}, QStringLiteral("operations"));
        QList<api::Operation> ops;
        ops.reserve(request->operations_size());
        for (const v1::SyncOperation &op : request->operations()) {
            if (proto::fromStd(op.entity()) == kUserEntity)
                return api::fail(api::Code::InvalidArgument,
                                 Tr::tr("Operation %1 changes a user; users never sync.")
                                     .arg(proto::fromStd(op.op_id())),
                                 {}, QStringLiteral("entity"));
            ops.append(proto::fromProto(op));
            ops.last().seq = 0; // the sender's order, not ours
        }
        const QString replica = proto::fromStd(request->replica_id());
        auto applied = m_store.applyOperations(ops, {}, 0);
        if (!applied) {
            qCWarning(lcSync).noquote()
                << caller->userName << "push of" << ops.size() << "operations from replica"
                << replica << "refused:" << api::codeName(applied.error().code)
                << applied.error().message;
            return std::unexpected(applied.error());
        }
        qCInfo(lcSync).noquote() << caller->userName << "pushed" << ops.size()
                                 << "operations from replica" << replica << "(" << applied->applied
                                 << "new," << applied->alreadyPresent << "already present)";
        proto::toProto(*applied, response);
        return {};
    });
}

grpc::ServerUnaryReactor *SyncService::ListConflicts(grpc::CallbackServerContext *context,
                                                     const v1::ListConflictsRequest *,
                                                     v1::ListConflictsResponse *response)
{
    return unary(context, "Sync.ListConflicts", [&]() -> api::Result<void> {
        auto caller = m_auth.authorize(*context, api::Role::Viewer);
        if (!caller)
            return std::unexpected(caller.error());
        auto conflicts = m_store.conflicts();
        if (!conflicts)
            return std::unexpected(conflicts.error());
        for (const api::Conflict &c : std::as_const(*conflicts))
            proto::toProto(c, response->add_conflicts());
        return {};
    });
}

grpc::ServerUnaryReactor *SyncService::ResolveConflict(grpc::CallbackServerContext *context,
                                                       const v1::ResolveConflictRequest *request,
                                                       v1::ResolveConflictResponse *)
{
    return unary(context, "Sync.ResolveConflict", [&]() -> api::Result<void> {
        auto caller = m_auth.authorize(*context, api::Role::Operator);
        if (!caller)
            return std::unexpected(caller.error());
        const QString conflictId = proto::fromStd(request->conflict_id());
        const QString keep = proto::fromStd(request->keep_op_id());
        if (conflictId.isEmpty())
            return api::fail(api::Code::InvalidArgument, Tr::tr("Name the conflict to resolve."),
                             {}, QStringLiteral("conflict_id"));
        if (keep.isEmpty())
            return api::fail(api::Code::InvalidArgument,
                             Tr::tr("Name the value to keep (its operation id)."), {},
                             QStringLiteral("keep_op_id"));
        if (auto r = m_store.resolveConflict(conflictId, keep, caller->userName); !r)
            return r;
        qCInfo(lcSync).noquote() << caller->userName << "resolved conflict" << conflictId
                                 << "keeping" << keep;
        return {};
    });
}

} // namespace edge::services
