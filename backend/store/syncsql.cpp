#include "backend/store/sqlitestore.h"

namespace edge::store {

namespace {
api::Error notBuilt()
{
    return api::Error{api::Code::Internal, QStringLiteral("not built yet"), {}, {}};
}
} // namespace

api::Result<api::VersionVector> SqliteStore::versionVector() { return std::unexpected(notBuilt()); }

api::Result<api::OperationBatch> SqliteStore::operationsFor(const api::VersionVector &, qint64, int)
{
    return std::unexpected(notBuilt());
}

api::Result<api::ApplyResult> SqliteStore::applyOperations(const QList<api::Operation> &,
                                                           const QString &, qint64)
{
    return std::unexpected(notBuilt());
}

api::Result<api::PeerState> SqliteStore::peerState(const QString &)
{
    return std::unexpected(notBuilt());
}

api::Result<QList<api::PeerState>> SqliteStore::peers() { return std::unexpected(notBuilt()); }

api::Result<void> SqliteStore::recordPeer(const api::PeerState &)
{
    return std::unexpected(notBuilt());
}

api::Result<qint64> SqliteStore::pendingOperations(const QString &)
{
    return std::unexpected(notBuilt());
}

api::Result<QList<api::Conflict>> SqliteStore::conflicts() { return std::unexpected(notBuilt()); }

api::Result<void> SqliteStore::resolveConflict(const QString &, const QString &, const QString &)
{
    return std::unexpected(notBuilt());
}

} // namespace edge::store
