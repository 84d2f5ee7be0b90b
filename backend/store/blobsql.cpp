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
#include <sqlite3.h>

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

// A one-off statement on the raw connection, for the chunk data (BLOB columns, which Statement
// does not bind or read).
class RawStatement {
public:
    RawStatement(sqlite3 *db, const char *sql)
        : m_db(db)
        , m_sql(QString::fromLatin1(sql))
    {
        m_rc = sqlite3_prepare_v2(db, sql, -1, &m_stmt, nullptr);
    }
    ~RawStatement() { sqlite3_finalize(m_stmt); }
    RawStatement(const RawStatement &) = delete;
    RawStatement &operator=(const RawStatement &) = delete;

    Result<void> ok() const
    {
        if (m_rc == SQLITE_OK)
            return {};
        return std::unexpected(Database::errorFor(m_db, m_rc, m_sql));
    }
    void bind(int index, const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void bind(int index, qint64 value) { sqlite3_bind_int64(m_stmt, index, value); }
    void bindBlob(int index, const QByteArray &data)
    {
        // A zero-length blob, never NULL (the column is NOT NULL).
        sqlite3_bind_blob(m_stmt, index, data.isEmpty() ? "" : data.constData(), int(data.size()),
                          SQLITE_TRANSIENT);
    }
    // true: a row; false: done.
    Result<bool> step()
    {
        const int rc = sqlite3_step(m_stmt);
        if (rc == SQLITE_ROW)
            return true;
        if (rc == SQLITE_DONE)
            return false;
        return std::unexpected(Database::errorFor(m_db, rc, m_sql));
    }
    void reset() { sqlite3_reset(m_stmt); }
    qint64 integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
    QByteArrayView blob(int column) const
    {
        const void *data = sqlite3_column_blob(m_stmt, column);
        const int size = sqlite3_column_bytes(m_stmt, column);
        return QByteArrayView(static_cast<const char *>(data), data ? size : 0);
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_sql;
    int m_rc = SQLITE_OK;
};

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

Result<void> setComplete(Database &db, const QString &sha256)
{
    auto stmt = db.prepare(QStringLiteral("UPDATE blobs SET complete = 1 WHERE sha256 = ?"));
    if (!stmt)
        return failWith(stmt);
    stmt->bind(1, sha256);
    return stmt->run();
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

Result<void> dropChunks(Database &db, const QString &sha256)
{
    auto stmt = db.prepare(QStringLiteral("DELETE FROM blob_chunks WHERE sha256 = ?"));
    if (!stmt)
        return failWith(stmt);
    stmt->bind(1, sha256);
    return stmt->run();
}

// Streams the chunks in index order through SHA-256: one chunk in memory at a time.
Result<QString> hashChunks(Database &db, const QString &sha256)
{
    RawStatement stmt(db.handle(), "SELECT data FROM blob_chunks WHERE sha256 = ? "
                                   "ORDER BY chunk_index");
    if (auto r = stmt.ok(); !r)
        return std::unexpected(r.error());
    stmt.bind(1, sha256);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (;;) {
        auto row = stmt.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        hash.addData(stmt.blob(0));
    }
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
        if (*existing && (*existing)->complete) {
            if (auto r = setMediaTypeIfEmpty(*m_db, sha, mediaType); !r)
                return std::unexpected(r.error());
            api::BlobInfo info = **existing;
            if (info.mediaType.isEmpty())
                info.mediaType = mediaType;
            return info;
        }
        // Unknown, or a transfer in progress: the content is here and its digest is computed
        // from it, so it replaces whatever was declared or received so far.
        QString type = mediaType;
        if (type.isEmpty() && *existing)
            type = (*existing)->mediaType;
        if (auto r = dropChunks(*m_db, sha); !r)
            return std::unexpected(r.error());
        if (auto r = insertBlobRow(*m_db, sha, content.size(), type, true, m_clock.nowMs()); !r)
            return std::unexpected(r.error());
        RawStatement insert(m_db->handle(), "INSERT INTO blob_chunks (sha256, chunk_index, data) "
                                            "VALUES (?, ?, ?)");
        if (auto r = insert.ok(); !r)
            return std::unexpected(r.error());
        const int count = chunkCountFor(content.size());
        for (int i = 0; i < count; ++i) {
            const qint64 start = qint64(i) * api::kBlobChunkSize;
            insert.reset();
            insert.bind(1, sha);
            insert.bind(2, qint64(i));
            insert.bindBlob(3, content.mid(start, chunkLength(content.size(), i)));
            if (auto r = insert.step(); !r)
                return std::unexpected(r.error());
        }
        auto info = readBlobInfo(*m_db, sha);
        if (!info)
            return failWith(info);
        return **info;
    });
}

Result<QByteArray> SqliteStore::blob(const QString &sha256)
{
    const QString sha = normalizedSha(sha256);
    if (auto r = checkSha(sha); !r)
        return std::unexpected(r.error());
    std::lock_guard lock(m_mutex);
    auto info = readBlobInfo(*m_db, sha);
    if (!info)
        return failWith(info);
    if (!*info || !(*info)->complete)
        return std::unexpected(unknownBlob(sha));
    RawStatement stmt(m_db->handle(), "SELECT data FROM blob_chunks WHERE sha256 = ? "
                                      "ORDER BY chunk_index");
    if (auto r = stmt.ok(); !r)
        return std::unexpected(r.error());
    stmt.bind(1, sha);
    QByteArray out;
    out.reserve((*info)->size);
    for (;;) {
        auto row = stmt.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        out.append(stmt.blob(0));
    }
    if (out.size() != (*info)->size)
        return api::fail(Code::StoreCorrupt,
                         StoreTr::tr("The stored attachment %1 is incomplete.").arg(sha),
                         QStringLiteral("expected %1 bytes, found %2")
                             .arg((*info)->size)
                             .arg(out.size()));
    return out;
}

Result<api::BlobInfo> SqliteStore::blobInfo(const QString &sha256)
{
    const QString sha = normalizedSha(sha256);
    if (auto r = checkSha(sha); !r)
        return std::unexpected(r.error());
    std::lock_guard lock(m_mutex);
    auto info = readBlobInfo(*m_db, sha);
    if (!info)
        return failWith(info);
    if (!*info)
        return std::unexpected(unknownBlob(sha));
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
    const QString sha = normalizedSha(sha256);
    if (auto r = checkSha(sha); !r)
        return std::unexpected(r.error());
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
            if (auto r = setMediaTypeIfEmpty(*m_db, sha, mediaType); !r)
                return std::unexpected(r.error());
            api::BlobInfo info = **existing;
            if (info.mediaType.isEmpty())
                info.mediaType = mediaType;
            return info;
        }
        // An empty blob has no chunks: it is complete when declared, if the digest is right.
        if (size == 0 && sha != emptySha())
            return api::fail(Code::ImageIntegrity,
                             StoreTr::tr("The attachment %1 is declared empty, but its digest is "
                                         "not the digest of empty content.")
                                 .arg(sha));
        if (auto r = insertBlobRow(*m_db, sha, size, mediaType, size == 0, m_clock.nowMs()); !r)
            return std::unexpected(r.error());
        auto info = readBlobInfo(*m_db, sha);
        if (!info)
            return failWith(info);
        return **info;
    });
}

Result<api::BlobInfo> SqliteStore::putBlobChunk(const QString &sha256, int index,
                                                const QByteArray &data)
{
    const QString sha = normalizedSha(sha256);
    if (auto r = checkSha(sha); !r)
        return std::unexpected(r.error());
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
        RawStatement insert(m_db->handle(),
                            "INSERT INTO blob_chunks (sha256, chunk_index, data) VALUES (?, ?, ?) "
                            "ON CONFLICT (sha256, chunk_index) DO UPDATE SET data = excluded.data");
        if (auto r = insert.ok(); !r)
            return std::unexpected(r.error());
        insert.bind(1, sha);
        insert.bind(2, qint64(index));
        insert.bindBlob(3, data);
        if (auto r = insert.step(); !r)
            return std::unexpected(r.error());
        auto now = readBlobInfo(*m_db, sha);
        if (!now)
            return failWith(now);
        api::BlobInfo updated = **now;
        if (updated.chunksHeld < updated.chunkCount)
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
        updated.complete = true;
        return updated;
    });
}

Result<QByteArray> SqliteStore::blobChunk(const QString &sha256, int index)
{
    const QString sha = normalizedSha(sha256);
    if (auto r = checkSha(sha); !r)
        return std::unexpected(r.error());
    std::lock_guard lock(m_mutex);
    RawStatement stmt(m_db->handle(),
                      "SELECT data FROM blob_chunks WHERE sha256 = ? AND chunk_index = ?");
    if (auto r = stmt.ok(); !r)
        return std::unexpected(r.error());
    stmt.bind(1, sha);
    stmt.bind(2, qint64(index));
    auto row = stmt.step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return api::fail(Code::NotFound,
                         StoreTr::tr("Chunk %1 of the attachment %2 is not stored here.")
                             .arg(index)
                             .arg(sha),
                         {}, QStringLiteral("index"));
    return stmt.blob(0).toByteArray();
}

Result<QList<int>> SqliteStore::missingChunks(const QString &sha256)
{
    const QString sha = normalizedSha(sha256);
    if (auto r = checkSha(sha); !r)
        return std::unexpected(r.error());
    std::lock_guard lock(m_mutex);
    auto info = readBlobInfo(*m_db, sha);
    if (!info)
        return failWith(info);
    if (!*info)
        return std::unexpected(unknownBlob(sha));
    QList<int> missing;
    if ((*info)->complete)
        return missing;
    auto stmt = m_db->prepare(QStringLiteral(
        "SELECT chunk_index FROM blob_chunks WHERE sha256 = ? ORDER BY chunk_index"));
    if (!stmt)
        return failWith(stmt);
    stmt->bind(1, sha);
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
