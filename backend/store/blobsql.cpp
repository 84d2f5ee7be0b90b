// The attachment half of api::SyncStore on the SQLite store (schema v6): content-addressed blobs
// kept in chunks of api::kBlobChunkSize in blob_chunks, described by a row in blobs. Blobs are not
// operations: nothing here touches the op log or the store revision. A receiver declares a blob
// (beginBlob), then puts its chunks in any order, any number of times; the last missing chunk
// verifies the whole sha256, reading one chunk at a time, so a blob of several GB never sits in
// memory on the receiving side.

#include "backend/store/database.h"
#include "backend/store/sqlitestore.h"
#include "backend/store/storetr.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <optional>

namespace edge::store {

using api::Code;
using api::Result;

namespace {

// Far above any photo or image archive; keeps chunk indexes well inside an int.
constexpr qint64 kMaxBlobSize = qint64(64) * 1024 * 1024 * 1024;
constexpr int kMaxMediaTypeLength = 255;

template<class T>
std::unexpected<api::Error> failWith(const Result<T> &r)
{
    return std::unexpected(r.error());
}

QString normalizedSha(const QString &sha256) { return sha256.trimmed().toLower(); }

bool isSha256(const QString &hex)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(hex).hasMatch();
}

Result<void> checkSha(const QString &sha256)
{
    if (isSha256(sha256))
        return {};
    return api::fail(Code::InvalidArgument,
                     StoreTr::tr("'%1' is not a SHA-256 digest (64 hexadecimal digits).")
                         .arg(sha256.left(80)),
                     {}, QStringLiteral("sha256"));
}

// The normalized digest, when it is one.
Result<QString> checkedSha(const QString &sha256)
{
    const QString sha = normalizedSha(sha256);
    if (auto r = checkSha(sha); !r)
        return std::unexpected(r.error());
    return sha;
}

int chunkCountFor(qint64 size)
{
    return int((size + api::kBlobChunkSize - 1) / api::kBlobChunkSize);
}

qint64 chunkLength(qint64 size, int index)
{
    const qint64 start = qint64(index) * api::kBlobChunkSize;
    return std::min<qint64>(api::kBlobChunkSize, size - start);
}

const QString &emptySha()
{
    static const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(QByteArray(), QCryptographicHash::Sha256).toHex());
    return sha;
}

Result<void> checkMediaType(const QString &mediaType)
{
    if (mediaType.size() <= kMaxMediaTypeLength)
        return {};
    return api::fail(Code::InvalidArgument,
                     StoreTr::tr("The media type of an attachment is longer than %1 characters.")
                         .arg(kMaxMediaTypeLength),
                     {}, QStringLiteral("mediaType"));
}

api::Error unknownBlob(const QString &sha256)
{
    return api::Error{Code::NotFound,
                      StoreTr::tr("The attachment %1 is not stored here.").arg(sha256),
                      {},
                      QStringLiteral("sha256")};
}

// Runs `body` in one write transaction on `db` (the caller holds the store's mutex). A body that
// fails rolls back, except when it asks to keep its changes (`commitAnyway`): a failed
// verification drops the chunks and still reports the failure.
template<class Body>
auto inTransaction(Database &db, Body &&body) -> decltype(body(std::declval<bool &>()))
{
    if (auto r = db.begin(); !r)
        return std::unexpected(r.error());
    bool commitAnyway = false;
    auto result = body(commitAnyway);
    if (result || commitAnyway) {
        if (auto c = db.commit(); !c) {
            db.rollback();
            return std::unexpected(c.error());
        }
        return result;
    }
    db.rollback();
    return result;
}

} // namespace

// ---- Helpers (the caller holds m_mutex) ---------------------------------------------------------

namespace {

Result<std::optional<api::BlobInfo>> readBlobInfo(Database &db, const QString &sha256)
{
    auto stmt = db.prepare(QStringLiteral("SELECT size, chunk_size, chunk_count, media_type, "
                                          "complete FROM blobs WHERE sha256 = ?"));
    if (!stmt)
        return failWith(stmt);
    stmt->bind(1, sha256);
    auto row = stmt->next();
    if (!row)
        return failWith(row);
    if (!*row)
        return std::optional<api::BlobInfo>{};
    api::BlobInfo info;
    info.sha256 = sha256;
    info.size = stmt->integer(0);
    info.chunkSize = int(stmt->integer(1));
    info.chunkCount = int(stmt->integer(2));
    info.mediaType = stmt->text(3);
    info.complete = stmt->integer(4) != 0;
    auto count = db.prepare(QStringLiteral("SELECT count(*) FROM blob_chunks WHERE sha256 = ?"));
    if (!count)
        return failWith(count);
    count->bind(1, sha256);
    auto crow = count->next();
    if (!crow)
        return failWith(crow);
    info.chunksHeld = *crow ? int(count->integer(0)) : 0;
    return std::optional<api::BlobInfo>{info};
}

Result<void> insertBlobRow(Database &db, const QString &sha256, qint64 size,
                           const QString &mediaType, bool complete, qint64 nowMs)
{
    auto stmt = db.prepare(QStringLiteral(
        "INSERT INTO blobs (sha256, size, chunk_size, chunk_count, media_type, complete, "
        "created_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO UPDATE SET "
        "size = excluded.size, chunk_size = excluded.chunk_size, "
        "chunk_count = excluded.chunk_count, media_type = excluded.media_type, "
        "complete = excluded.complete"));
    if (!stmt)
        return failWith(stmt);
    stmt->bind(1, sha256);
    stmt->bind(2, size);
    stmt->bind(3, api::kBlobChunkSize);
    stmt->bind(4, chunkCountFor(size));
    stmt->bind(5, mediaType.isEmpty() ? QString() : mediaType);
    stmt->bindBool(6, complete);
    stmt->bind(7, nowMs);
    return stmt->run();
}

// The blob row of `sha256`, which the caller knows exists (it was just written).
Result<api::BlobInfo> readWrittenBlobInfo(Database &db, const QString &sha256)
{
    auto info = readBlobInfo(db, sha256);
    if (!info)
        return failWith(info);
    return **info;
}

// Runs `sql`, whose only parameter is the digest.
Result<void> runForSha(Database &db, const QString &sql, const QString &sha256)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return failWith(stmt);
    stmt->bind(1, sha256);
    return stmt->run();
}

Result<void> setComplete(Database &db, const QString &sha256)
{
    return runForSha(db, QStringLiteral("UPDATE blobs SET complete = 1 WHERE sha256 = ?"), sha256);
}

Result<void> setMediaTypeIfEmpty(Database &db, const QString &sha256, const QString &mediaType)
{
    if (mediaType.isEmpty())
        return {};
    auto stmt = db.prepare(QStringLiteral("UPDATE blobs SET media_type = ? WHERE sha256 = ? AND "
                                          "(media_type IS NULL OR media_type = '')"));
    if (!stmt)
        return failWith(stmt);
    stmt->bind(1, mediaType);
    stmt->bind(2, sha256);
    return stmt->run();
}

// A blob already declared or stored: gives it `mediaType` if it has none yet.
Result<api::BlobInfo> keepExisting(Database &db, const api::BlobInfo &existing,
                                   const QString &mediaType)
{
    if (auto r = setMediaTypeIfEmpty(db, existing.sha256, mediaType); !r)
        return std::unexpected(r.error());
    api::BlobInfo info = existing;
    if (info.mediaType.isEmpty())
        info.mediaType = mediaType;
    return info;
}

Result<void> dropChunks(Database &db, const QString &sha256)
{
    return runForSha(db, QStringLiteral("DELETE FROM blob_chunks WHERE sha256 = ?"), sha256);
}

// Stores chunk `index`, replacing a copy received before.
Result<void> writeChunk(Database &db, const QString &sha256, int index, const QByteArray &data)
{
    auto stmt = db.prepare(
        QStringLiteral("INSERT INTO blob_chunks (sha256, chunk_index, data) VALUES (?, ?, ?) "
                       "ON CONFLICT (sha256, chunk_index) DO UPDATE SET data = excluded.data"));
    if (!stmt)
        return failWith(stmt);
    stmt->bind(1, sha256);
    stmt->bind(2, qint64(index));
    stmt->bind(3, data);
    return stmt->run();
}

// Calls `use` with each chunk in index order: one chunk in memory at a time.
template<class Use>
Result<void> forEachChunk(Database &db, const QString &sha256, Use &&use)
{
    auto stmt = db.prepare(
        QStringLiteral("SELECT data FROM blob_chunks WHERE sha256 = ? ORDER BY chunk_index"));
    if (!stmt)
        return failWith(stmt);
    stmt->bind(1, sha256);
    for (;;) {
        auto row = stmt->next();
        if (!row)
            return failWith(row);
        if (!*row)
            return {};
        use(stmt->blob(0));
    }
}

// Streams the chunks in index order through SHA-256.
Result<QString> hashChunks(Database &db, const QString &sha256)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (auto r = forEachChunk(db, sha256, [&](const QByteArray &chunk) { hash.addData(chunk); }); !r)
        return std::unexpected(r.error());
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

// ---- api::SyncStore: attachments -------------------------------------------------------------

Result<api::BlobInfo> SqliteStore::putBlob(const QByteArray &content, const QString &mediaType)
{
    if (auto r = checkMediaType(mediaType); !r)
        return std::unexpected(r.error());
    if (content.size() > kMaxBlobSize)
        return api::fail(Code::InvalidArgument, StoreTr::tr("An attachment may be at most %1 GiB.")
                                                    .arg(kMaxBlobSize / (1024 * 1024 * 1024)));
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
    std::lock_guard lock(m_mutex);
    return inTransaction(*m_db, [&](bool &) -> Result<api::BlobInfo> {
        auto existing = readBlobInfo(*m_db, sha);
        if (!existing)
            return failWith(existing);
        if (*existing && (*existing)->complete)
            return keepExisting(*m_db, **existing, mediaType);
        // Unknown, or a transfer in progress: the content is here and its digest is computed
        // from it, so it replaces whatever was declared or received so far.
        QString type = mediaType;
        if (type.isEmpty() && *existing)
            type = (*existing)->mediaType;
        if (auto r = dropChunks(*m_db, sha); !r)
            return std::unexpected(r.error());
        if (auto r = insertBlobRow(*m_db, sha, content.size(), type, true, m_clock.nowMs()); !r)
            return std::unexpected(r.error());
        const int count = chunkCountFor(content.size());
        for (int i = 0; i < count; ++i) {
            const qint64 start = qint64(i) * api::kBlobChunkSize;
            if (auto r = writeChunk(*m_db, sha, i,
                                    content.mid(start, chunkLength(content.size(), i)));
                !r)
                return std::unexpected(r.error());
        }
        return readWrittenBlobInfo(*m_db, sha);
    });
}

Result<QByteArray> SqliteStore::blob(const QString &sha256)
{
    const auto sha = checkedSha(sha256);
    if (!sha)
        return failWith(sha);
    std::lock_guard lock(m_mutex);
    auto info = readBlobInfo(*m_db, *sha);
    if (!info)
        return failWith(info);
    if (!*info || !(*info)->complete)
        return std::unexpected(unknownBlob(*sha));
    QByteArray out;
    out.reserve((*info)->size);
    if (auto r = forEachChunk(*m_db, *sha, [&](const QByteArray &chunk) { out.append(chunk); }); !r)
        return std::unexpected(r.error());
    if (out.size() != (*info)->size)
        return api::fail(Code::StoreCorrupt,
                         StoreTr::tr("The stored attachment %1 is incomplete.").arg(*sha),
                         QStringLiteral("expected %1 bytes, found %2")
                             .arg((*info)->size)
                             .arg(out.size()));
    return out;
}

Result<api::BlobInfo> SqliteStore::blobInfo(const QString &sha256)
{
    const auto sha = checkedSha(sha256);
    if (!sha)
        return failWith(sha);
    std::lock_guard lock(m_mutex);
    auto info = readBlobInfo(*m_db, *sha);
    if (!info)
        return failWith(info);
    if (!*info)
        return std::unexpected(unknownBlob(*sha));
    return **info;
}

Result<QStringList> SqliteStore::completeBlobs()
{
    std::lock_guard lock(m_mutex);
    auto stmt = m_db->prepare(
        QStringLiteral("SELECT sha256 FROM blobs WHERE complete = 1 ORDER BY sha256"));
    if (!stmt)
        return failWith(stmt);
    QStringList out;
    for (;;) {
        auto row = stmt->next();
        if (!row)
            return failWith(row);
        if (!*row)
            break;
        out << stmt->text(0);
    }
    return out;
}

Result<api::BlobInfo> SqliteStore::beginBlob(const QString &sha256, qint64 size,
                                             const QString &mediaType)
{
    const auto checked = checkedSha(sha256);
    if (!checked)
        return failWith(checked);
    const QString &sha = *checked;
    if (auto r = checkMediaType(mediaType); !r)
        return std::unexpected(r.error());
    if (size < 0 || size > kMaxBlobSize)
        return api::fail(Code::InvalidArgument,
                         StoreTr::tr("The size of an attachment must be between 0 bytes and "
                                     "%1 GiB (got %2 bytes).")
                             .arg(kMaxBlobSize / (1024 * 1024 * 1024))
                             .arg(size),
                         {}, QStringLiteral("size"));
    std::lock_guard lock(m_mutex);
    return inTransaction(*m_db, [&](bool &) -> Result<api::BlobInfo> {
        auto existing = readBlobInfo(*m_db, sha);
        if (!existing)
            return failWith(existing);
        if (*existing) {
            if ((*existing)->size != size)
                return api::fail(Code::FailedPrecondition,
                                 StoreTr::tr("The attachment %1 was declared with %2 bytes, not "
                                             "%3: its content and its digest cannot both be "
                                             "right.")
                                     .arg(sha)
                                     .arg((*existing)->size)
                                     .arg(size),
                                 {}, QStringLiteral("size"));
            return keepExisting(*m_db, **existing, mediaType);
        }
        // An empty blob has no chunks: it is complete when declared, if the digest is right.
        if (size == 0 && sha != emptySha())
            return api::fail(Code::ImageIntegrity,
                             StoreTr::tr("The attachment %1 is declared empty, but its digest is "
                                         "not the digest of empty content.")
                                 .arg(sha));
        if (auto r = insertBlobRow(*m_db, sha, size, mediaType, size == 0, m_clock.nowMs()); !r)
            return std::unexpected(r.error());
        return readWrittenBlobInfo(*m_db, sha);
    });
}

Result<api::BlobInfo> SqliteStore::putBlobChunk(const QString &sha256, int index,
                                                const QByteArray &data)
{
    const auto checked = checkedSha(sha256);
    if (!checked)
        return failWith(checked);
    const QString &sha = *checked;
    std::lock_guard lock(m_mutex);
    return inTransaction(*m_db, [&](bool &commitAnyway) -> Result<api::BlobInfo> {
        auto existing = readBlobInfo(*m_db, sha);
        if (!existing)
            return failWith(existing);
        if (!*existing)
            return api::fail(Code::FailedPrecondition,
                             StoreTr::tr("The attachment %1 has not been declared: begin the "
                                         "transfer before sending its chunks.")
                                 .arg(sha),
                             {}, QStringLiteral("sha256"));
        const api::BlobInfo &info = **existing;
        if (index < 0 || index >= info.chunkCount)
            return api::fail(Code::InvalidArgument,
                             StoreTr::tr("Chunk %1 is out of range: the attachment %2 has %3 "
                                         "chunks.")
                                 .arg(index)
                                 .arg(sha)
                                 .arg(info.chunkCount),
                             {}, QStringLiteral("index"));
        const qint64 expected = chunkLength(info.size, index);
        if (data.size() != expected)
            return api::fail(Code::InvalidArgument,
                             StoreTr::tr("Chunk %1 of the attachment %2 has %3 bytes; it must "
                                         "have %4.")
                                 .arg(index)
                                 .arg(sha)
                                 .arg(data.size())
                                 .arg(expected),
                             {}, QStringLiteral("data"));
        if (info.complete)
            return info; // already verified: a repeated chunk changes nothing
        if (auto r = writeChunk(*m_db, sha, index, data); !r)
            return std::unexpected(r.error());
        auto updated = readWrittenBlobInfo(*m_db, sha);
        if (!updated || updated->chunksHeld < updated->chunkCount)
            return updated;
        auto digest = hashChunks(*m_db, sha);
        if (!digest)
            return failWith(digest);
        if (*digest != sha) {
            if (auto r = dropChunks(*m_db, sha); !r)
                return std::unexpected(r.error());
            commitAnyway = true; // keep the declaration, forget the bad content
            return api::fail(Code::ImageIntegrity,
                             StoreTr::tr("The attachment %1 arrived damaged: its content has the "
                                         "digest %2. The received chunks were discarded; send it "
                                         "again.")
                                 .arg(sha, *digest));
        }
        if (auto r = setComplete(*m_db, sha); !r)
            return std::unexpected(r.error());
        updated->complete = true;
        return updated;
    });
}

Result<QByteArray> SqliteStore::blobChunk(const QString &sha256, int index)
{
    const auto sha = checkedSha(sha256);
    if (!sha)
        return failWith(sha);
    std::lock_guard lock(m_mutex);
    auto stmt = m_db->prepare(
        QStringLiteral("SELECT data FROM blob_chunks WHERE sha256 = ? AND chunk_index = ?"));
    if (!stmt)
        return failWith(stmt);
    stmt->bind(1, *sha);
    stmt->bind(2, qint64(index));
    auto row = stmt->next();
    if (!row)
        return failWith(row);
    if (!*row)
        return api::fail(Code::NotFound,
                         StoreTr::tr("Chunk %1 of the attachment %2 is not stored here.")
                             .arg(index)
                             .arg(*sha),
                         {}, QStringLiteral("index"));
    return stmt->blob(0);
}

Result<QList<int>> SqliteStore::missingChunks(const QString &sha256)
{
    const auto sha = checkedSha(sha256);
    if (!sha)
        return failWith(sha);
    std::lock_guard lock(m_mutex);
    auto info = readBlobInfo(*m_db, *sha);
    if (!info)
        return failWith(info);
    if (!*info)
        return std::unexpected(unknownBlob(*sha));
    QList<int> missing;
    if ((*info)->complete)
        return missing;
    auto stmt = m_db->prepare(QStringLiteral(
        "SELECT chunk_index FROM blob_chunks WHERE sha256 = ? ORDER BY chunk_index"));
    if (!stmt)
        return failWith(stmt);
    stmt->bind(1, *sha);
    int next = 0;
    for (;;) {
        auto row = stmt->next();
        if (!row)
            return failWith(row);
        if (!*row)
            break;
        const int held = int(stmt->integer(0));
        for (; next < held; ++next)
            missing << next;
        next = held + 1;
    }
    for (; next < (*info)->chunkCount; ++next)
        missing << next;
    return missing;
}

} // namespace edge::store
