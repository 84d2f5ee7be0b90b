#include "backend/sync/replicakey.h"

#include "backend/crypto/ed25519.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace edge::sync {

namespace {

Q_LOGGING_CATEGORY(lcKey, "edge.sync.key", QtInfoMsg)

class KeyTr {
    Q_DECLARE_TR_FUNCTIONS(edge::sync)
};

using crypto::kMaxKeyFileSize;
using crypto::opensslErrors;
using crypto::PkeyPtr;

struct BioFree {
    void operator()(BIO *p) const { BIO_free(p); }
};
using BioPtr = std::unique_ptr<BIO, BioFree>;

QString errnoText() { return QString::fromLocal8Bit(std::strerror(errno)); }

api::Result<QByteArray> rawPublicKey(EVP_PKEY *key)
{
    QByteArray out = crypto::rawPublicKey(key);
    if (out.isEmpty())
        return api::fail(api::Code::Crypto,
                         KeyTr::tr("Cannot read the public half of the replica key."),
                         opensslErrors());
    return out;
}

// crypto::writeKeyFile (owner only, never replacing a key another process created first) with the
// replica key's error message.
api::Result<bool> writeKeyFile(const QString &path, const QByteArray &pem)
{
    auto written = crypto::writeKeyFile(path, pem, 0600, false);
    if (!written)
        return api::fail(api::Code::StoreIo,
                         KeyTr::tr("Cannot write the replica key %1: %2")
                             .arg(path, written.error().reason),
                         written.error().step);
    return *written;
}

api::Result<PkeyPtr> readKeyFile(const QString &path)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st {};
    if (::lstat(native.constData(), &st) != 0)
        return api::fail(errno == ENOENT ? api::Code::NotFound : api::Code::StoreIo,
                         KeyTr::tr("Cannot read the replica key %1: %2").arg(path, errnoText()));
    if (!S_ISREG(st.st_mode))
        return api::fail(api::Code::FailedPrecondition,
                         KeyTr::tr("The replica key %1 is not a regular file. Move it away; a new "
                                   "key is created on the next start.")
                             .arg(path));
    if ((st.st_mode & 077) != 0)
        return api::fail(api::Code::FailedPrecondition,
                         KeyTr::tr("The replica key %1 can be read by other users, so it is not "
                                   "used. Run 'chmod 600 %1' and try again.")
                             .arg(path));
    if (st.st_size > kMaxKeyFileSize)
        return api::fail(api::Code::Crypto,
                         KeyTr::tr("The replica key %1 is not an Ed25519 private key in PEM "
                                   "format. Restore it from a backup or move it away.")
                             .arg(path),
                         QStringLiteral("file too large"));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return api::fail(api::Code::StoreIo,
                         KeyTr::tr("Cannot read the replica key %1: %2").arg(path, f.errorString()));
    const QByteArray pem = f.read(kMaxKeyFileSize);
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    PkeyPtr key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!key || EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_ED25519)
        return api::fail(api::Code::Crypto,
                         KeyTr::tr("The replica key %1 is not an Ed25519 private key in PEM "
                                   "format. Restore it from a backup or move it away.")
                             .arg(path),
                         opensslErrors());
    return key;
}

api::Result<QByteArray> generatePem(PkeyPtr &key)
{
    key.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    if (!key)
        return api::fail(api::Code::Crypto, KeyTr::tr("Cannot create a replica key."),
                         opensslErrors());
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio
        || PEM_write_bio_PrivateKey(bio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr)
               != 1)
        return api::fail(api::Code::Crypto, KeyTr::tr("Cannot create a replica key."),
                         opensslErrors());
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    QByteArray pem(data, qsizetype(len));
    return pem;
}

} // namespace

struct ReplicaKey::Key {
    PkeyPtr pkey;
    QByteArray publicKey;
};

ReplicaKey::ReplicaKey(std::unique_ptr<Key> key)
    : m_key(std::move(key))
{}

ReplicaKey::~ReplicaKey() = default;
ReplicaKey::ReplicaKey(ReplicaKey &&) noexcept = default;
ReplicaKey &ReplicaKey::operator=(ReplicaKey &&) noexcept = default;

api::Result<ReplicaKey> ReplicaKey::loadOrCreate(const QString &dataDir)
{
    if (!QDir().mkpath(dataDir))
        return api::fail(api::Code::StoreIo,
                         KeyTr::tr("Cannot create the data directory %1.").arg(dataDir));
    const QString path = QDir(dataDir).filePath(QStringLiteral("replica-key.pem"));
    auto loaded = readKeyFile(path);
    if (!loaded && loaded.error().code == api::Code::NotFound) {
        PkeyPtr fresh;
        auto pem = generatePem(fresh);
        if (!pem)
            return std::unexpected(pem.error());
        auto written = writeKeyFile(path, *pem);
        pem->fill('\0');
        if (!written)
            return std::unexpected(written.error());
        if (*written) {
            qCInfo(lcKey).noquote() << "created the replica signing key" << path;
            loaded = std::move(fresh);
        } else {
            loaded = readKeyFile(path); // another process was first: use its key
        }
    }
    if (!loaded)
        return std::unexpected(loaded.error());
    auto k = std::make_unique<Key>();
    k->pkey = std::move(*loaded);
    auto pub = rawPublicKey(k->pkey.get());
    if (!pub)
        return std::unexpected(pub.error());
    k->publicKey = *pub;
    return ReplicaKey(std::move(k));
}

QByteArray ReplicaKey::publicKey() const { return m_key ? m_key->publicKey : QByteArray(); }

QString ReplicaKey::fingerprint() const { return crypto::keyFingerprint(publicKey()); }

api::Result<QByteArray> ReplicaKey::sign(const QByteArray &data) const
{
    if (!m_key || !m_key->pkey)
        return api::fail(api::Code::Internal, KeyTr::tr("The replica key is not loaded."));
    QByteArray sig = crypto::signEd25519(m_key->pkey.get(), data);
    if (sig.isEmpty())
        return api::fail(api::Code::Crypto, KeyTr::tr("Cannot sign with the replica key."),
                         opensslErrors());
    return sig;
}

bool ReplicaKey::verify(const QByteArray &publicKey, const QByteArray &data,
                        const QByteArray &signature)
{
    return crypto::verifyEd25519(publicKey, data, signature);
}

} // namespace edge::sync
