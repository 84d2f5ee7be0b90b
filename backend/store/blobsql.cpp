#include "backend/store/sqlitestore.h"

namespace edge::store {

namespace {
api::Error notBuilt()
{
    return api::Error{api::Code::Internal, QStringLiteral("not built yet"), {}, {}};
}
} // namespace

api::Result<api::BlobInfo> SqliteStore::putBlob(const QByteArray &, const QString &)
{
    return std::unexpected(notBuilt());
}

api::Result<QByteArray> SqliteStore::blob(const QString &) { return std::unexpected(notBuilt()); }

api::Result<api::BlobInfo> SqliteStore::blobInfo(const QString &)
{
    return std::unexpected(notBuilt());
}

api::Result<QStringList> SqliteStore::completeBlobs() { return std::unexpected(notBuilt()); }

api::Result<api::BlobInfo> SqliteStore::beginBlob(const QString &, qint64, const QString &)
{
    return std::unexpected(notBuilt());
}

api::Result<api::BlobInfo> SqliteStore::putBlobChunk(const QString &, int, const QByteArray &)
{
    return std::unexpected(notBuilt());
}

api::Result<QByteArray> SqliteStore::blobChunk(const QString &, int)
{
    return std::unexpected(notBuilt());
}

api::Result<QList<int>> SqliteStore::missingChunks(const QString &)
{
    return std::unexpected(notBuilt());
}

} // namespace edge::store
