#include "backend/crypto/ed25519.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace edge::crypto {

namespace {
struct MdCtxFree {
    void operator()(EVP_MD_CTX *p) const { EVP_MD_CTX_free(p); }
};
struct BioFree {
    void operator()(BIO *p) const { BIO_free(p); }
};
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxFree>;
using BioPtr = std::unique_ptr<BIO, BioFree>;
} // namespace

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

QByteArray rawPublicKey(EVP_PKEY *key)
{
    size_t len = kPublicKeySize;
    QByteArray out(kPublicKeySize, '\0');
    if (!key
        || EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char *>(out.data()), &len) != 1
        || len != size_t(kPublicKeySize))
        return {};
    return out;
}

QByteArray publicKeyPem(EVP_PKEY *key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || !key || PEM_write_bio_PUBKEY(bio.get(), key) != 1)
        return {};
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(len));
}

QByteArray rawPublicKeyFromPem(const QByteArray &pem)
{
    if (pem.isEmpty() || pem.size() > kMaxKeyFileSize)
        return {};
    // The usual file (as publicKeyPem() writes it) is read directly: an Ed25519
    // SubjectPublicKeyInfo is a fixed 12-byte DER prefix and the raw key. OpenSSL 3's PEM decoder
    // costs milliseconds per call, which adds up when a verifier checks every known key.
    static constexpr QByteArrayView kBegin{"-----BEGIN PUBLIC KEY-----\n"};
    static constexpr QByteArrayView kEnd{"\n-----END PUBLIC KEY-----\n"};
    static const QByteArray kSpkiPrefix = QByteArray::fromHex("302a300506032b6570032100");
    if (pem.startsWith(kBegin) && pem.endsWith(kEnd)) {
        const QByteArray b64 = pem.mid(kBegin.size(), pem.size() - kBegin.size() - kEnd.size());
        auto der = QByteArray::fromBase64Encoding(b64, QByteArray::AbortOnBase64DecodingErrors);
        if (der.decodingStatus == QByteArray::Base64DecodingStatus::Ok
            && der.decoded.size() == kSpkiPrefix.size() + kPublicKeySize
            && der.decoded.startsWith(kSpkiPrefix))
            return der.decoded.sliced(kSpkiPrefix.size());
    }
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    PkeyPtr key(bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    QByteArray raw;
    if (key && EVP_PKEY_get_base_id(key.get()) == EVP_PKEY_ED25519)
        raw = rawPublicKey(key.get());
    ERR_clear_error();
    return raw;
}

QByteArray signEd25519(EVP_PKEY *key, const QByteArray &message)
{
    MdCtxPtr ctx(EVP_MD_CTX_new());
    size_t len = kSignatureSize;
    QByteArray sig(kSignatureSize, '\0');
    if (!key || !ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, key) != 1
        || EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(sig.data()), &len,
                          reinterpret_cast<const unsigned char *>(message.constData()),
                          size_t(message.size()))
               != 1
        || len != size_t(kSignatureSize))
        return {};
    return sig;
}

bool verifyEd25519(const QByteArray &publicKey, const QByteArray &message,
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
                                        reinterpret_cast<const unsigned char *>(message.constData()),
                                        size_t(message.size()))
                           == 1;
    ERR_clear_error();
    return ok;
}

QString keyFingerprint(const QByteArray &publicKey)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(publicKey, QCryptographicHash::Sha256).toHex());
}

std::expected<bool, FileWriteFailure> writeKeyFile(const QString &path, const QByteArray &bytes,
                                                   mode_t mode, bool replace)
{
    QByteArray tmp = QFile::encodeName(path) + ".tmp-XXXXXX";
    const auto failure = [&](const char *step) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        ::unlink(tmp.constData());
        return std::unexpected(FileWriteFailure{QString::fromLatin1(step), reason});
    };
    const int fd = ::mkstemp(tmp.data());
    if (fd < 0)
        return std::unexpected(FileWriteFailure{QStringLiteral("mkstemp"),
                                                QString::fromLocal8Bit(std::strerror(errno))});
    bool ok = ::fchmod(fd, mode) == 0;
    qsizetype written = 0;
    while (ok && written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        ok = n > 0;
        written += ok ? n : 0;
    }
    ok = ok && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok)
        return failure("write");
    const QByteArray native = QFile::encodeName(path);
    if (replace) {
        if (::rename(tmp.constData(), native.constData()) != 0)
            return failure("rename");
    } else {
        if (::link(tmp.constData(), native.constData()) != 0) {
            if (errno == EEXIST) {
                ::unlink(tmp.constData());
                return false;
            }
            return failure("link");
        }
        ::unlink(tmp.constData());
    }
    const int dirFd = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(),
                             O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return true;
}

} // namespace edge::crypto
