#pragma once

// Helpers shared by the sync tests: real SQLite stores in a fast temporary directory, a peer that
// drops the connection on a chosen call (the dropped-connection cases of the property test and the
// resume tests), and a canonical dump of what a store shows (its entity rows without the local
// revision, and its conflicts).

#include "backend/api/syncstore.h"
#include "backend/store/sqlitestore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStringList>
#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

namespace edge::sync::test {

// /dev/shm when there is one (the property test opens thousands of stores), else the temp dir.
inline QString fastTempTemplate()
{
    const QFileInfo shm(QStringLiteral("/dev/shm"));
    const QString base = shm.isDir() && shm.isWritable() ? shm.absoluteFilePath()
                                                         : QDir::tempPath();
    return base + QStringLiteral("/edge-sync-test-XXXXXX");
}

inline std::unique_ptr<store::SqliteStore> openStore(const QString &path, const api::Clock &clock,
                                                     const QString &replicaId, QString *error)
{
    store::SqliteStoreOptions options;
    options.replicaId = replicaId;
    auto s = store::SqliteStore::open(path, clock, options);
    if (!s) {
        if (error)
            *error = s.error().toString();
        return nullptr;
    }
    return std::move(*s);
}

// A peer whose connection drops on one call: before the call reaches the other side (nothing
// happened there) or after it ran (the answer is lost). Counts what went through.
class FlakyPeer final : public api::SyncPeer {
public:
    enum class Drop { Before, After };
    explicit FlakyPeer(api::SyncPeer &inner)
        : m_inner(inner)
    {}

    // Drops the `nth` call (1-based) of `method` ("hello", "pull", "push", "blobChunk", ...; empty
    // = any call). One drop per arming; calls are counted from the arming on.
    void dropCall(const QString &method, int nth, Drop when = Drop::Before)
    {
        m_dropMethod = method;
        m_dropAt = nth;
        m_dropWhen = when;
        m_seen = 0;
    }
    void disarm() { m_dropAt = 0; }
    bool dropped() const { return m_dropped; }
    void resetDropped() { m_dropped = false; }

    // What went through (answered calls only).
    QList<int> pushSizes;       // operations per acknowledged push
    QStringList pushedOpIds;    // every op id of every acknowledged push
    QList<qint64> pullAfterSeq; // afterSeq of every answered pull
    int pulledOps = 0;
    int chunkCalls = 0;    // blobChunk answered
    int putChunkCalls = 0; // putBlobChunk answered

    api::Result<Hello> hello(const QString &myReplicaId) override
    {
        return call<Hello>(QStringLiteral("hello"), [&] { return m_inner.hello(myReplicaId); });
    }
    api::Result<api::OperationBatch> pull(const api::VersionVector &iHave, qint64 afterSeq,
                                          int limit) override
    {
        auto r = call<api::OperationBatch>(QStringLiteral("pull"),
                                           [&] { return m_inner.pull(iHave, afterSeq, limit); });
        if (r) {
            pullAfterSeq << afterSeq;
            pulledOps += int(r->operations.size());
        }
        return r;
    }
    api::Result<api::ApplyResult> push(const QList<api::Operation> &operations,
                                       const QString &myReplicaId) override
    {
        auto r = call<api::ApplyResult>(QStringLiteral("push"),
                                        [&] { return m_inner.push(operations, myReplicaId); });
        if (r) {
            pushSizes << int(operations.size());
            for (const api::Operation &op : operations)
                pushedOpIds << op.opId;
        }
        return r;
    }
    api::Result<QStringList> blobsHeld() override
    {
        return call<QStringList>(QStringLiteral("blobsHeld"), [&] { return m_inner.blobsHeld(); });
    }
    api::Result<api::BlobInfo> blobInfo(const QString &sha256) override
    {
        return call<api::BlobInfo>(QStringLiteral("blobInfo"),
                                   [&] { return m_inner.blobInfo(sha256); });
    }
    api::Result<QByteArray> blobChunk(const QString &sha256, int index) override
    {
        auto r = call<QByteArray>(QStringLiteral("blobChunk"),
                                  [&] { return m_inner.blobChunk(sha256, index); });
        if (r)
            ++chunkCalls;
        return r;
    }
    api::Result<api::BlobInfo> beginBlob(const QString &sha256, qint64 size,
                                         const QString &mediaType) override
    {
        return call<api::BlobInfo>(QStringLiteral("beginBlob"),
                                   [&] { return m_inner.beginBlob(sha256, size, mediaType); });
    }
    api::Result<QList<int>> missingChunks(const QString &sha256) override
    {
        return call<QList<int>>(QStringLiteral("missingChunks"),
                                [&] { return m_inner.missingChunks(sha256); });
    }
    api::Result<api::BlobInfo> putBlobChunk(const QString &sha256, int index,
                                            const QByteArray &data) override
    {
        auto r = call<api::BlobInfo>(QStringLiteral("putBlobChunk"),
                                     [&] { return m_inner.putBlobChunk(sha256, index, data); });
        if (r)
            ++putChunkCalls;
        return r;
    }

private:
    template<class T>
    using Result = api::Result<T>;

    template<class T>
    Result<T> call(const QString &method, const std::function<Result<T>()> &body)
    {
        bool drop = false;
        if (m_dropAt > 0 && (m_dropMethod.isEmpty() || m_dropMethod == method)
            && ++m_seen == m_dropAt) {
            drop = true;
            m_dropAt = 0;
            m_dropped = true;
        }
        if (drop && m_dropWhen == Drop::Before)
            return lost(method);
        Result<T> r = body();
        if (drop)
            return lost(method);
        return r;
    }
    static std::unexpected<api::Error> lost(const QString &method)
    {
        return api::fail(api::Code::Unavailable, QStringLiteral("connection dropped (test)"),
                         QStringLiteral("FlakyPeer dropped %1").arg(method));
    }

    api::SyncPeer &m_inner;
    QString m_dropMethod;
    int m_dropAt = 0;
    int m_seen = 0;
    Drop m_dropWhen = Drop::Before;
    bool m_dropped = false;
};

// Everything a store shows, in a canonical text: every row of every entity table (fields sorted,
// the local revision left out), sorted, then the conflicts with their values. Empty + `error` on
// failure.
inline QString canonicalState(store::SqliteStore &s, QString *error)
{
    QStringList rows;
    for (api::EntityKind kind : api::allKinds()) {
        api::ListQuery q;
        q.kind = kind;
        auto page = s.list(q);
        if (!page) {
            if (error)
                *error = page.error().toString();
            return {};
        }
        for (const api::Record &r : std::as_const(page->records)) {
            QStringList fields;
            for (auto it = r.fields.cbegin(); it != r.fields.cend(); ++it)
                fields << it.key() + QLatin1Char('=')
                              + (it.value().isNull() ? QStringLiteral("<null>")
                                                     : it.value().toString());
            rows << api::kindName(kind) + QLatin1Char('/') + r.id + QLatin1Char(' ')
                        + fields.join(QLatin1Char(' '));
        }
    }
    std::sort(rows.begin(), rows.end());
    auto conflicts = s.conflicts();
    if (!conflicts) {
        if (error)
            *error = conflicts.error().toString();
        return {};
    }
    QStringList lines;
    for (const api::Conflict &c : std::as_const(*conflicts)) {
        QStringList values;
        for (const api::ConflictValue &v : c.values)
            values << v.opId + QLatin1Char('=') + v.value
                          + (v.winner ? QStringLiteral("*") : QString());
        lines << QStringLiteral("conflict ") + c.id + QLatin1Char(' ')
                     + api::conflictKindName(c.kind) + QLatin1Char(' ')
                     + values.join(QLatin1Char(' '));
    }
    std::sort(lines.begin(), lines.end());
    return (rows + lines).join(QLatin1Char('\n'));
}

inline QByteArray stateHash(const QString &canonical)
{
    return QCryptographicHash::hash(canonical.toUtf8(), QCryptographicHash::Sha256).toHex();
}

} // namespace edge::sync::test
