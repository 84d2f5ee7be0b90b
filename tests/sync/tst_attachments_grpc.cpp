// Attachments over gRPC against a real edge-hub process over TLS (issue 5): a 3 MB blob put
// through client::Client and read back, a viewer may read but not put, a damaged transfer is
// refused by the hub, and a put interrupted after some chunks (and a hub restart) resumes sending
// only the chunks the hub is missing (counted PutBlobChunk calls).

#include "backend/client/attachmentsclient.h"
#include "backend/client/client.h"
#include "support/hubprocess.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace edge;

namespace {

QByteArray pseudoRandom(qsizetype size, quint32 seed)
{
    QRandomGenerator gen(seed);
    QByteArray out(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        out[i] = char(gen.generate() & 0xff);
    return out;
}

QString shaOf(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString text(const api::Error &e)
{
    return api::codeName(e.code) + QStringLiteral(": ") + e.message;
}

} // namespace

class TestAttachmentsGrpc : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void putAndReadBack();
    void signInRequired();
    void viewerReadsButCannotPut();
    void damagedTransferRefused();
    void interruptedPutResumes();

private:
    std::unique_ptr<client::Client> newClient() const;
    std::unique_ptr<client::Client> signedIn(const QString &user, const QString &password) const;
    std::unique_ptr<client::Client> userWithRole(const QString &name, api::Role role);
    void startHub();

    QTemporaryDir m_dir;
    testing::HubProcess m_hub;
    QString m_adminPassword;
    std::unique_ptr<client::Client> m_admin;
};

void TestAttachmentsGrpc::startHub()
{
    QString error;
    QVERIFY2(m_hub.start(m_dir.filePath(QStringLiteral("hub")), {}, &error), qPrintable(error));
    if (m_adminPassword.isEmpty())
        m_adminPassword = m_hub.generatedPassword();
    QVERIFY(!m_adminPassword.isEmpty());
    m_admin = signedIn(QStringLiteral("admin"), m_adminPassword);
    QVERIFY(m_admin);
}

void TestAttachmentsGrpc::initTestCase()
{
    QVERIFY(m_dir.isValid());
    startHub();
}

void TestAttachmentsGrpc::cleanupTestCase()
{
    m_admin.reset();
    QCOMPARE(m_hub.stop(), 0);
}

std::unique_ptr<client::Client> TestAttachmentsGrpc::newClient() const
{
    auto channel = client::Client::secureChannel(m_hub.address(), m_hub.caPath());
    if (!channel) {
        qWarning().noquote() << "secureChannel failed:" << text(channel.error());
        return nullptr;
    }
    auto c = std::make_unique<client::Client>(*channel, m_hub.address());
    c->setCallTimeout(std::chrono::seconds(30));
    return c;
}

std::unique_ptr<client::Client> TestAttachmentsGrpc::signedIn(const QString &user,
                                                              const QString &password) const
{
    auto c = newClient();
    if (!c)
        return nullptr;
    auto s = c->login(user, password);
    if (!s) {
        qWarning().noquote() << "login as" << user << "failed:" << text(s.error());
        return nullptr;
    }
    return c;
}

std::unique_ptr<client::Client> TestAttachmentsGrpc::userWithRole(const QString &name,
                                                                  api::Role role)
{
    api::User u;
    u.name = name;
    u.displayName = name;
    u.role = role;
    auto created = m_admin->createUser(u, QStringLiteral("password-of-") + name);
    if (!created && created.error().code != api::Code::AlreadyExists) {
        qWarning().noquote() << "createUser failed:" << text(created.error());
        return nullptr;
    }
    return signedIn(name, QStringLiteral("password-of-") + name);
}

void TestAttachmentsGrpc::putAndReadBack()
{
    const QByteArray content = pseudoRandom(3 * 1000 * 1000, 1);
    const QString sha = shaOf(content);
    const int chunks = int((content.size() + api::kBlobChunkSize - 1) / api::kBlobChunkSize);
    QCOMPARE(chunks, 12);

    const qint64 sentBefore = m_admin->attachments().chunksSent();
    auto put = m_admin->putAttachment(content, QStringLiteral("image/jpeg"));
    QVERIFY2(put.has_value(), qPrintable(put ? QString() : text(put.error())));
    QCOMPARE(put->sha256, sha);
    QCOMPARE(put->size, content.size());
    QVERIFY(put->complete);
    QCOMPARE(put->chunkCount, chunks);
    QCOMPARE(m_admin->attachments().chunksSent() - sentBefore, chunks);

    // Read back through another client: the same bytes.
    auto reader = signedIn(QStringLiteral("admin"), m_adminPassword);
    QVERIFY(reader);
    auto back = reader->attachment(sha);
    QVERIFY2(back.has_value(), qPrintable(back ? QString() : text(back.error())));
    QCOMPARE(back->size(), content.size());
    QVERIFY(*back == content);
    auto info = reader->attachments().blobInfo(sha);
    QVERIFY(info.has_value());
    QCOMPARE(info->mediaType, QStringLiteral("image/jpeg"));
    QCOMPARE(info->chunksHeld, chunks);
    QVERIFY(reader->attachments().blobsHeld().value().contains(sha));
    QCOMPARE(reader->attachments().missingChunks(sha).value(), QList<int>{});

    // Putting it again sends nothing: the hub holds it.
    const qint64 sentAgain = m_admin->attachments().chunksSent();
    QVERIFY(m_admin->putAttachment(content, QStringLiteral("image/jpeg")).has_value());
    QCOMPARE(m_admin->attachments().chunksSent(), sentAgain);

    // Unknown digests are NotFound, malformed ones InvalidArgument, over the wire.
    QCOMPARE(reader->attachment(shaOf("unknown")).error().code, api::Code::NotFound);
    QCOMPARE(reader->attachment(QStringLiteral("xyz")).error().code, api::Code::InvalidArgument);
}

void TestAttachmentsGrpc::signInRequired()
{
    auto anonymous = newClient();
    QVERIFY(anonymous);
    auto put = anonymous->putAttachment("abc", {});
    QVERIFY(!put.has_value());
    QCOMPARE(put.error().code, api::Code::Unauthenticated);
    auto list = anonymous->attachments().blobsHeld();
    QVERIFY(!list.has_value());
    QCOMPARE(list.error().code, api::Code::Unauthenticated);
}

void TestAttachmentsGrpc::viewerReadsButCannotPut()
{
    const QByteArray stored = pseudoRandom(api::kBlobChunkSize + 3, 2);
    QVERIFY(m_admin->putAttachment(stored, {}).has_value());

    auto viewer = userWithRole(QStringLiteral("vera"), api::Role::Viewer);
    QVERIFY(viewer);
    const QByteArray content = pseudoRandom(api::kBlobChunkSize * 2, 3);
    auto put = viewer->putAttachment(content, QStringLiteral("image/jpeg"));
    QVERIFY(!put.has_value());
    QCOMPARE(put.error().code, api::Code::PermissionDenied);
    // Not even the declaration reached the store; nor does a chunk.
    QCOMPARE(m_admin->attachments().blobInfo(shaOf(content)).error().code, api::Code::NotFound);
    auto chunk = viewer->attachments().putBlobChunk(shaOf(stored), 0, stored.left(10));
    QCOMPARE(chunk.error().code, api::Code::PermissionDenied);
    // Reading is fine.
    auto back = viewer->attachment(shaOf(stored));
    QVERIFY2(back.has_value(), qPrintable(back ? QString() : text(back.error())));
    QVERIFY(*back == stored);

    auto op = userWithRole(QStringLiteral("otto"), api::Role::Operator);
    QVERIFY(op);
    auto byOperator = op->putAttachment(content, QStringLiteral("image/jpeg"));
    QVERIFY2(byOperator.has_value(), qPrintable(byOperator ? QString() : text(byOperator.error())));
    QVERIFY(viewer->attachment(shaOf(content)).value() == content);
}

void TestAttachmentsGrpc::damagedTransferRefused()
{
    const QByteArray content = pseudoRandom(api::kBlobChunkSize + 500, 4);
    const QString sha = shaOf(content);
    client::AttachmentsClient &blobs = m_admin->attachments();
    auto begun = blobs.beginBlob(sha, content.size(), {});
    QVERIFY2(begun.has_value(), qPrintable(begun ? QString() : text(begun.error())));
    QVERIFY(blobs.putBlobChunk(sha, 0, content.left(api::kBlobChunkSize)).has_value());
    QByteArray damaged = content.mid(api::kBlobChunkSize);
    damaged[7] = char(damaged.at(7) ^ 0x40);
    auto last = blobs.putBlobChunk(sha, 1, damaged);
    QVERIFY(!last.has_value());
    QCOMPARE(last.error().code, api::Code::ImageIntegrity);
    QVERIFY2(last.error().message.contains(sha), qPrintable(last.error().message));
    QCOMPARE(blobs.missingChunks(sha).value(), (QList<int>{0, 1}));
    QCOMPARE(m_admin->attachment(sha).error().code, api::Code::NotFound);
    // A chunk of the wrong length is refused before it is stored.
    auto wrongLength = blobs.putBlobChunk(sha, 1, content.left(10));
    QCOMPARE(wrongLength.error().code, api::Code::InvalidArgument);
    // The whole put then succeeds.
    QVERIFY(m_admin->putAttachment(content, {}).has_value());
    QVERIFY(m_admin->attachment(sha).value() == content);
}

void TestAttachmentsGrpc::interruptedPutResumes()
{
    const QByteArray content = pseudoRandom(api::kBlobChunkSize * 9 + 1234, 5);
    const QString sha = shaOf(content);
    const int chunks = 10;
    {
        client::AttachmentsClient &blobs = m_admin->attachments();
        const qint64 before = blobs.chunksSent();
        auto interrupted = blobs.putAttachment(content, QStringLiteral("application/x-tar"),
                                               [](int done, int) { return done < 4; });
        QVERIFY(!interrupted.has_value());
        QCOMPARE(interrupted.error().code, api::Code::Cancelled);
        QCOMPARE(blobs.chunksSent() - before, 4);
        QCOMPARE(blobs.missingChunks(sha).value(), (QList<int>{4, 5, 6, 7, 8, 9}));
    }

    // The hub restarts in between: what it received is still there.
    m_admin.reset();
    QCOMPARE(m_hub.stop(), 0);
    startHub();
    client::AttachmentsClient &blobs = m_admin->attachments();
    QCOMPARE(blobs.blobInfo(sha)->chunksHeld, 4);
    QVERIFY(!blobs.blobInfo(sha)->complete);

    const qint64 before = blobs.chunksSent();
    QList<int> progress;
    auto resumed = blobs.putAttachment(content, QStringLiteral("application/x-tar"),
                                       [&](int done, int total) {
                                           progress << done;
                                           return total == chunks - 4;
                                       });
    QVERIFY2(resumed.has_value(), qPrintable(resumed ? QString() : text(resumed.error())));
    QVERIFY(resumed->complete);
    QCOMPARE(blobs.chunksSent() - before, chunks - 4); // only the missing ones
    QCOMPARE(progress.last(), chunks - 4);
    auto back = m_admin->attachment(sha);
    QVERIFY2(back.has_value(), qPrintable(back ? QString() : text(back.error())));
    QVERIFY(*back == content);
}

QTEST_GUILESS_MAIN(TestAttachmentsGrpc)
#include "tst_attachments_grpc.moc"
