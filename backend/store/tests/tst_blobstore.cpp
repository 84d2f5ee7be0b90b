// Content-addressed attachments on the SQLite store (issue 5): whole blobs in and out, chunked
// transfers in any order and twice, a damaged transfer refused with nothing kept, and a transfer
// resumed after the store was reopened. Blobs never touch the op log or the revision.

#include "backend/store/sqlitestore.h"
#include "storetestsupport.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace edge;
using namespace edge::store;

namespace {

QByteArray pseudoRandom(qsizetype size, quint32 seed)
{
    QRandomGenerator gen(seed);
    QByteArray out(size, Qt::Uninitialized);
    qsizetype i = 0;
    for (; i + 4 <= size; i += 4) {
        const quint32 v = gen.generate();
        memcpy(out.data() + i, &v, 4);
    }
    for (; i < size; ++i)
        out[i] = char(gen.generate() & 0xff);
    return out;
}

QString shaOf(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QByteArray chunkOf(const QByteArray &data, int index)
{
    return data.mid(qsizetype(index) * api::kBlobChunkSize, api::kBlobChunkSize);
}

int chunksOf(qsizetype size) { return int((size + api::kBlobChunkSize - 1) / api::kBlobChunkSize); }

} // namespace

class TestBlobStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void roundTrip_data();
    void roundTrip();
    void putTwiceIsIdempotent();
    void chunksOutOfOrderAndTwice();
    void emptyTransfer();
    void wrongChunkRefusedNothingKept();
    void boundsChecks();
    void sizeMismatchRefused();
    void resumeAfterReopen();
    void unknownAndMalformed();
    void noOperationsNoRevision();

private:
    void reopen();

    QTemporaryDir m_dir;
    api::ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<SqliteStore> m_store;
};

void TestBlobStore::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(m_dir.filePath(QStringLiteral("store.db")));
    reopen();
}

void TestBlobStore::cleanup() { m_store.reset(); }

void TestBlobStore::reopen()
{
    m_store.reset();
    auto store = SqliteStore::open(m_dir.filePath(QStringLiteral("store.db")), m_clock);
    QVERIFY2(store.has_value(), qPrintable(store ? QString() : store.error().toString()));
    m_store = std::move(*store);
}

void TestBlobStore::roundTrip_data()
{
    QTest::addColumn<qsizetype>("size");
    QTest::newRow("0 bytes") << qsizetype(0);
    QTest::newRow("1 byte") << qsizetype(1);
    QTest::newRow("one chunk") << qsizetype(api::kBlobChunkSize);
    QTest::newRow("2.5 chunks") << qsizetype(api::kBlobChunkSize * 5 / 2);
    QTest::newRow("20 MB") << qsizetype(20 * 1000 * 1000);
}

void TestBlobStore::roundTrip()
{
    QFETCH(qsizetype, size);
    const QByteArray content = pseudoRandom(size, quint32(size) + 7);
    auto put = m_store->putBlob(content, QStringLiteral("image/jpeg"));
    QVERIFY2(put.has_value(), qPrintable(put ? QString() : put.error().toString()));
    QCOMPARE(put->sha256, shaOf(content));
    QCOMPARE(put->size, qint64(size));
    QCOMPARE(put->chunkSize, api::kBlobChunkSize);
    QCOMPARE(put->chunkCount, chunksOf(size));
    QCOMPARE(put->chunksHeld, chunksOf(size));
    QVERIFY(put->complete);
    QCOMPARE(put->mediaType, QStringLiteral("image/jpeg"));

    auto back = m_store->blob(put->sha256);
    QVERIFY2(back.has_value(), qPrintable(back ? QString() : back.error().toString()));
    QCOMPARE(back->size(), size);
    QVERIFY(*back == content);

    // Chunk by chunk, as a sender reads it.
    QByteArray joined;
    for (int i = 0; i < put->chunkCount; ++i) {
        auto chunk = m_store->blobChunk(put->sha256, i);
        QVERIFY(chunk.has_value());
        QCOMPARE(chunk->size(), chunkOf(content, i).size());
        joined += *chunk;
    }
    QVERIFY(joined == content);
    QVERIFY(!m_store->blobChunk(put->sha256, put->chunkCount).has_value());

    auto info = m_store->blobInfo(put->sha256.toUpper()); // digests are case-insensitive
    QVERIFY(info.has_value());
    QVERIFY(info->complete);
    QCOMPARE(m_store->completeBlobs().value(), QStringList{put->sha256});
    QCOMPARE(m_store->missingChunks(put->sha256).value(), QList<int>{});

    // Through a chunked transfer into a second store: the same blob.
    QTemporaryDir other;
    auto receiver = SqliteStore::open(other.filePath(QStringLiteral("r.db")), m_clock);
    QVERIFY(receiver.has_value());
    auto begun = (*receiver)->beginBlob(put->sha256, size, QStringLiteral("image/jpeg"));
    QVERIFY2(begun.has_value(), qPrintable(begun ? QString() : begun.error().toString()));
    QCOMPARE(begun->complete, size == 0);
    for (int i = 0; i < put->chunkCount; ++i) {
        auto r = (*receiver)->putBlobChunk(put->sha256, i, chunkOf(content, i));
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->complete, i == put->chunkCount - 1);
    }
    QVERIFY((*receiver)->blob(put->sha256).value() == content);
}

void TestBlobStore::putTwiceIsIdempotent()
{
    const QByteArray content = pseudoRandom(api::kBlobChunkSize + 10, 1);
    auto first = m_store->putBlob(content, {});
    QVERIFY(first.has_value());
    QCOMPARE(first->mediaType, QString());
    auto second = m_store->putBlob(content, QStringLiteral("image/png"));
    QVERIFY(second.has_value());
    QCOMPARE(second->sha256, first->sha256);
    QCOMPARE(second->chunksHeld, 2);
    QCOMPARE(second->mediaType, QStringLiteral("image/png")); // filled in, once
    auto third = m_store->putBlob(content, QStringLiteral("image/jpeg"));
    QCOMPARE(third->mediaType, QStringLiteral("image/png"));
    QCOMPARE(m_store->completeBlobs().value().size(), 1);
    QVERIFY(m_store->blob(first->sha256).value() == content);
}

void TestBlobStore::chunksOutOfOrderAndTwice()
{
    const QByteArray content = pseudoRandom(api::kBlobChunkSize * 4 + 123, 2);
    const QString sha = shaOf(content);
    const int count = chunksOf(content.size());
    QCOMPARE(count, 5);
    auto begun = m_store->beginBlob(sha, content.size(), QStringLiteral("application/x-tar"));
    QVERIFY(begun.has_value());
    QCOMPARE(begun->chunkCount, count);
    QCOMPARE(begun->chunksHeld, 0);
    QVERIFY(!begun->complete);
    // A second declaration with the same size is fine.
    QVERIFY(m_store->beginBlob(sha, content.size(), {}).has_value());
    QVERIFY(!m_store->blob(sha).has_value()); // NotFound until complete
    QCOMPARE(m_store->blob(sha).error().code, api::Code::NotFound);
    QVERIFY(m_store->completeBlobs().value().isEmpty());

    const QList<int> order{4, 1, 1, 3, 0, 4};
    for (int i : order) {
        auto r = m_store->putBlobChunk(sha, i, chunkOf(content, i));
        QVERIFY2(r.has_value(), qPrintable(r ? QString() : r.error().toString()));
        QVERIFY(!r->complete);
    }
    QCOMPARE(m_store->missingChunks(sha).value(), QList<int>{2});
    QCOMPARE(m_store->blobInfo(sha)->chunksHeld, 4);
    auto last = m_store->putBlobChunk(sha, 2, chunkOf(content, 2));
    QVERIFY2(last.has_value(), qPrintable(last ? QString() : last.error().toString()));
    QVERIFY(last->complete);
    QCOMPARE(last->chunksHeld, count);
    // Once complete, a repeated chunk changes nothing.
    auto again = m_store->putBlobChunk(sha, 0, chunkOf(content, 0));
    QVERIFY(again.has_value());
    QVERIFY(again->complete);
    QVERIFY(m_store->blob(sha).value() == content);
    QCOMPARE(m_store->blobInfo(sha)->mediaType, QStringLiteral("application/x-tar"));
    QCOMPARE(m_store->completeBlobs().value(), QStringList{sha});
}

void TestBlobStore::emptyTransfer()
{
    const QString sha = shaOf(QByteArray());
    auto begun = m_store->beginBlob(sha, 0, QStringLiteral("text/plain"));
    QVERIFY(begun.has_value());
    QVERIFY(begun->complete);
    QCOMPARE(begun->chunkCount, 0);
    QCOMPARE(m_store->blob(sha).value(), QByteArray());
    // A non-empty digest declared empty cannot be right.
    auto wrong = m_store->beginBlob(shaOf("x"), 0, {});
    QVERIFY(!wrong.has_value());
    QCOMPARE(wrong.error().code, api::Code::ImageIntegrity);
    QVERIFY(!m_store->blobInfo(shaOf("x")).has_value());
}

void TestBlobStore::wrongChunkRefusedNothingKept()
{
    const QByteArray content = pseudoRandom(api::kBlobChunkSize * 2 + 5, 3);
    const QString sha = shaOf(content);
    QVERIFY(m_store->beginBlob(sha, content.size(), {}).has_value());
    QVERIFY(m_store->putBlobChunk(sha, 0, chunkOf(content, 0)).has_value());
    QByteArray damaged = chunkOf(content, 1);
    damaged[100] = char(damaged.at(100) ^ 0x01);
    QVERIFY(m_store->putBlobChunk(sha, 1, damaged).has_value()); // not known to be bad yet
    auto last = m_store->putBlobChunk(sha, 2, chunkOf(content, 2));
    QVERIFY(!last.has_value());
    QCOMPARE(last.error().code, api::Code::ImageIntegrity);
    QVERIFY2(last.error().message.contains(sha), qPrintable(last.error().message));
    QVERIFY(last.error().message.contains(QStringLiteral("again")));

    // Nothing of the damaged content is kept: every chunk is missing again, nothing complete.
    QCOMPARE(m_store->missingChunks(sha).value(), (QList<int>{0, 1, 2}));
    QCOMPARE(m_store->blobInfo(sha)->chunksHeld, 0);
    QVERIFY(!m_store->blobInfo(sha)->complete);
    QCOMPARE(m_store->blob(sha).error().code, api::Code::NotFound);
    QVERIFY(!m_store->blobChunk(sha, 0).has_value());
    QVERIFY(m_store->completeBlobs().value().isEmpty());
    QCOMPARE(test::rawValue(m_dir.filePath(QStringLiteral("store.db")),
                            QStringLiteral("SELECT count(*) FROM blob_chunks")),
             QStringLiteral("0"));

    // Sent again correctly, it completes.
    for (int i = 0; i < 3; ++i)
        QVERIFY(m_store->putBlobChunk(sha, i, chunkOf(content, i)).has_value());
    QVERIFY(m_store->blob(sha).value() == content);
}

void TestBlobStore::boundsChecks()
{
    const QByteArray content = pseudoRandom(api::kBlobChunkSize + 1000, 4);
    const QString sha = shaOf(content);
    // Chunks of an undeclared blob are refused.
    auto undeclared = m_store->putBlobChunk(sha, 0, chunkOf(content, 0));
    QVERIFY(!undeclared.has_value());
    QCOMPARE(undeclared.error().code, api::Code::FailedPrecondition);

    QVERIFY(m_store->beginBlob(sha, content.size(), {}).has_value());
    for (int index : {-1, 2, 1000}) {
        auto r = m_store->putBlobChunk(sha, index, chunkOf(content, 0));
        QVERIFY(!r.has_value());
        QCOMPARE(r.error().code, api::Code::InvalidArgument);
        QCOMPARE(r.error().field, QStringLiteral("index"));
    }
    // Exact lengths: a full chunk for 0, the remainder (1000 bytes) for the last one.
    auto shortFirst = m_store->putBlobChunk(sha, 0, chunkOf(content, 0).left(10));
    QVERIFY(!shortFirst.has_value());
    QCOMPARE(shortFirst.error().field, QStringLiteral("data"));
    auto longLast = m_store->putBlobChunk(sha, 1, chunkOf(content, 0));
    QVERIFY(!longLast.has_value());
    QCOMPARE(longLast.error().code, api::Code::InvalidArgument);
    auto emptyLast = m_store->putBlobChunk(sha, 1, QByteArray());
    QVERIFY(!emptyLast.has_value());
    QCOMPARE(m_store->blobInfo(sha)->chunksHeld, 0); // nothing refused was kept
    QVERIFY(m_store->putBlobChunk(sha, 1, chunkOf(content, 1)).has_value());
    QCOMPARE(chunkOf(content, 1).size(), 1000);
    auto done = m_store->putBlobChunk(sha, 0, chunkOf(content, 0));
    QVERIFY(done.has_value());
    QVERIFY(done->complete);

    // Sizes and media types out of range.
    QCOMPARE(m_store->beginBlob(shaOf("a"), -1, {}).error().code, api::Code::InvalidArgument);
    QCOMPARE(m_store->beginBlob(shaOf("a"), qint64(1) << 40, {}).error().code,
             api::Code::InvalidArgument);
    QCOMPARE(m_store->beginBlob(shaOf("a"), 1, QString(300, QLatin1Char('x'))).error().code,
             api::Code::InvalidArgument);
    QVERIFY(!m_store->blobInfo(shaOf("a")).has_value());
}

void TestBlobStore::sizeMismatchRefused()
{
    const QString sha = shaOf(pseudoRandom(5000, 5));
    QVERIFY(m_store->beginBlob(sha, 5000, {}).has_value());
    auto other = m_store->beginBlob(sha, 5001, {});
    QVERIFY(!other.has_value());
    QCOMPARE(other.error().code, api::Code::FailedPrecondition);
    QVERIFY(other.error().message.contains(QStringLiteral("5000")));
    QCOMPARE(m_store->blobInfo(sha)->size, 5000);

    // Several GB can be declared without any of it in memory; chunks are counted in ints.
    const QString big = shaOf("big");
    auto declared = m_store->beginBlob(big, qint64(5) * 1024 * 1024 * 1024, {});
    QVERIFY2(declared.has_value(), qPrintable(declared ? QString() : declared.error().toString()));
    QCOMPARE(declared->chunkCount, 5 * 4096);
    QCOMPARE(m_store->missingChunks(big)->size(), 5 * 4096);
    QCOMPARE(m_store->missingChunks(big)->last(), 5 * 4096 - 1);
    auto chunk = m_store->putBlobChunk(big, 5 * 4096 - 1, QByteArray(api::kBlobChunkSize, 'z'));
    QVERIFY2(chunk.has_value(), qPrintable(chunk ? QString() : chunk.error().toString()));
    QCOMPARE(chunk->chunksHeld, 1);
}

void TestBlobStore::resumeAfterReopen()
{
    const QByteArray content = pseudoRandom(api::kBlobChunkSize * 9 + 77, 6);
    const QString sha = shaOf(content);
    const int count = chunksOf(content.size());
    QCOMPARE(count, 10);
    QVERIFY(m_store->beginBlob(sha, content.size(), QStringLiteral("image/jpeg")).has_value());
    for (int i = 0; i < count; i += 2) // half the chunks
        QVERIFY(m_store->putBlobChunk(sha, i, chunkOf(content, i)).has_value());

    reopen();
    auto missing = m_store->missingChunks(sha);
    QVERIFY(missing.has_value());
    QCOMPARE(*missing, (QList<int>{1, 3, 5, 7, 9}));
    auto info = m_store->blobInfo(sha);
    QCOMPARE(info->chunksHeld, 5);
    QCOMPARE(info->mediaType, QStringLiteral("image/jpeg"));
    QVERIFY(!info->complete);
    for (int i : std::as_const(*missing))
        QVERIFY(m_store->putBlobChunk(sha, i, chunkOf(content, i)).has_value());
    QVERIFY(m_store->blobInfo(sha)->complete);

    reopen();
    QVERIFY(m_store->blob(sha).value() == content);
    QCOMPARE(m_store->completeBlobs().value(), QStringList{sha});
}

void TestBlobStore::unknownAndMalformed()
{
    const QString unknown = shaOf("never stored");
    QCOMPARE(m_store->blob(unknown).error().code, api::Code::NotFound);
    QCOMPARE(m_store->blobInfo(unknown).error().code, api::Code::NotFound);
    QCOMPARE(m_store->missingChunks(unknown).error().code, api::Code::NotFound);
    QCOMPARE(m_store->blobChunk(unknown, 0).error().code, api::Code::NotFound);
    for (const QString &bad : {QString(), QStringLiteral("abc"), QString(64, QLatin1Char('g')),
                               QStringLiteral("../../etc/passwd"), QString(65, QLatin1Char('a'))}) {
        QCOMPARE(m_store->blob(bad).error().code, api::Code::InvalidArgument);
        QCOMPARE(m_store->beginBlob(bad, 1, {}).error().code, api::Code::InvalidArgument);
        QCOMPARE(m_store->putBlobChunk(bad, 0, "x").error().code, api::Code::InvalidArgument);
        QCOMPARE(m_store->missingChunks(bad).error().code, api::Code::InvalidArgument);
    }
}

void TestBlobStore::noOperationsNoRevision()
{
    const qint64 revision = m_store->revision();
    auto vv = m_store->versionVector();
    const QByteArray content = pseudoRandom(api::kBlobChunkSize * 2, 8);
    QVERIFY(m_store->putBlob(content, {}).has_value());
    const QByteArray other = pseudoRandom(100, 9);
    QVERIFY(m_store->beginBlob(shaOf(other), other.size(), {}).has_value());
    QVERIFY(m_store->putBlobChunk(shaOf(other), 0, other).has_value());
    QCOMPARE(m_store->revision(), revision);
    const QString path = m_dir.filePath(QStringLiteral("store.db"));
    QCOMPARE(test::rawValue(path, QStringLiteral("SELECT count(*) FROM op_log")),
             QStringLiteral("0"));
    QCOMPARE(test::rawValue(path, QStringLiteral("SELECT count(*) FROM blobs WHERE complete = 1")),
             QStringLiteral("2"));
    if (vv.has_value()) // the version vector is another helper's; when it works, unchanged
        QCOMPARE(m_store->versionVector().value(), *vv);
}

QTEST_GUILESS_MAIN(TestBlobStore)
#include "tst_blobstore.moc"
