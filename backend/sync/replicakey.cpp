#include "backend/sync/replicakey.h"

#include <QCoreApplication>
#include <QCryptographicHash>
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

constexpr int kPublicKeySize = 32;
constexpr int kSignatureSize = 64;
constexpr qint64 kMaxKeyFileSize = 16 * 1024;

struct PkeyFree {
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
struct MdCtxFree {
    void operator()(EVP_MD_CTX *p) const { EVP_MD_CTX_free(p); }
};
struct BioFree {
    void operator()(BIO *p) const { BIO_free(p); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;
using BioPtr = std::unique_ptr<BIO, BioFree>;

// The OpenSSL error queue as text, for Error::detail (never key material).
QString opensslErrors()
{
    QStringList parts;
    while (const unsigned long e = ERR_get_error()) {
        char buf[256];
        ERR_error_string_n(e, buf, sizeof buf);
        parts << QString::fromLatin1(buf);
    }
    return parts.join(QStringLiteral("; "));
}

QString errnoText() { return QString::fromLocal8Bit(std::strerror(errno)); }

api::Result<QByteArray> rawPublicKey(EVP_PKEY *key)
{
    size_t len = kPublicKeySize;
    QByteArray out(kPublicKeySize, '\0');
    if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char *>(out.data()), &len) != 1
        || len != size_t(kPublicKeySize))
        return api::fail(api::Code::Crypto,
                         KeyTr::tr("Cannot read the public half of the replica key."),
                         opensslErrors());
    return out;
}

// Writes `pem` to `path` readable by its owner only: a temporary file in the same directory, then
// link() so that two processes creating the key at once never replace each other's key.
// Returns false (no error) when another process created the file first.
api::Result<bool> writeKeyFile(const QString &path, const QByteArray &pem)
{
    QByteArray tmp = QFile::encodeName(path) + ".tmp-XXXXXX";
    const int fd = ::mkstemp(tmp.data());
    auto failure = [&](const QString &what) {
        const QString err = errnoText();
        ::unlink(tmp.constData());
        return api::fail(api::Code::StoreIo,
                         KeyTr::tr("Cannot write the replica key %1: %2").arg(path, err), what);
    };
    if (fd < 0)
        return api::fail(api::Code::StoreIo,
                         KeyTr::tr("Cannot write the replica key %1: %2").arg(path, errnoText()),
                         QStringLiteral("mkstemp"));
    bool ok = ::fchmod(fd, 0600) == 0;
    qsizetype written = 0;
    while (ok && written < pem.size()) {
        const ssize_t n = ::write(fd, pem.constData() + written, size_t(pem.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        written += ok ? n : 0;
    }
    ok = ok && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok)
        return failure(QStringLiteral("write"));
    if (::link(tmp.constData(), QFile::encodeName(path).constData()) != 0) {
        if (errno == EEXIST) {
            ::unlink(tmp.constData());
            return false;
        }
        return failure(QStringLiteral("link"));
    }
    ::unlink(tmp.constData());
    const int dirFd = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(),
                             O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return true;
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

QString ReplicaKey::fingerprint() const
{
    return QString::fromLatin1(
        QCryptographicHash::hash(publicKey(), QCryptographicHash::Sha256).toHex());
}

api::Result<QByteArray> ReplicaKey::sign(const QByteArray &data) const
{
    if (!m_key || !m_key->pkey)
        return api::fail(api::Code::Internal, KeyTr::tr("The replica key is not loaded."));
    MdCtxPtr ctx(EVP_MD_CTX_new());
    size_t len = kSignatureSize;
    QByteArray sig(kSignatureSize, '\0');
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, m_key->pkey.get()) != 1
        || EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(sig.data()), &len,
                          reinterpret_cast<const unsigned char *>(data.constData()),
                          size_t(data.size()))
               != 1
        || len != size_t(kSignatureSize))
        return api::fail(api::Code::Crypto, KeyTr::tr("Cannot sign with the replica key."),
                         opensslErrors());
    return sig;
}

bool ReplicaKey::verify(const QByteArray &publicKey, const QByteArray &data,
                        const QByteArray &signature)
{
    if (publicKey.size() != kPublicKeySize || signature.size() != kSignatureSize)
        return false;
    PkeyPtr key(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                                    reinterpret_cast<const unsigned char *>(publicKey.constData()),
                                    size_t(publicKey.size())));
    MdCtxPtr ctx(EVP_MD_CTX_new());
    const bool ok = key && ctx
                    && EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, key.get()) == 1
                    && EVP_DigestVerify(ctx.get(),
                                        reinterpret_cast<const unsigned char *>(
                                            signature.constData()),
                                        size_t(signature.size()),
                                        reinterpret_cast<const unsigned char *>(data.constData()),
                                        size_t(data.size()))
                           == 1;
    ERR_clear_error();
    return ok;
}

} // namespace edge::sync
