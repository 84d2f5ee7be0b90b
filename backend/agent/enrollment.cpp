#include "backend/agent/enrollment.h"
#include "backend/agent/agenttr.h"

#include <QDir>
#include <QFile>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <sys/stat.h>
#include <unistd.h>

namespace edge::agent {

using api::Code;
using api::fail;
using api::Result;

namespace {

struct PKeyFree {
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
struct ReqFree {
    void operator()(X509_REQ *p) const { X509_REQ_free(p); }
};
struct CertFree {
    void operator()(X509 *p) const { X509_free(p); }
};
struct BioFree {
    void operator()(BIO *p) const { BIO_free_all(p); }
};
using PKey = std::unique_ptr<EVP_PKEY, PKeyFree>;
using Req = std::unique_ptr<X509_REQ, ReqFree>;
using Cert = std::unique_ptr<X509, CertFree>;
using Bio = std::unique_ptr<BIO, BioFree>;

QString opensslError()
{
    char buf[256] = {};
    ERR_error_string_n(ERR_get_error(), buf, sizeof buf);
    ERR_clear_error();
    return QString::fromLatin1(buf);
}

using api::Error;

Error cryptoError(const char *what)
{
    Error e;
    e.code = Code::Crypto;
    e.message = AgentTr::tr("Creating the node's key or certificate failed.");
    e.detail = QLatin1String(what) + QStringLiteral(": ") + opensslError();
    return e;
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(n));
}

Result<void> writeFile(const QString &path, const QByteArray &data, mode_t mode)
{
    const QByteArray target = QFile::encodeName(path);
    const QByteArray tmp = target + ".tmp";
    const int fd = ::open(tmp.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
    const auto ioError = [&](const char *what) {
        return fail(Code::StoreIo, AgentTr::tr("Cannot write '%1'.").arg(path),
                    QStringLiteral("%1: %2").arg(QLatin1String(what),
                                                 QString::fromLocal8Bit(std::strerror(errno))));
    };
    if (fd < 0)
        return ioError("open");
    // O_CREAT's mode does not apply to an existing file; the umask may have narrowed it.
    if (::fchmod(fd, mode) != 0) {
        ::close(fd);
        return ioError("fchmod");
    }
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ::close(fd);
            return ioError("write");
        }
        done += n;
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0)
        return ioError("fsync");
    if (::rename(tmp.constData(), target.constData()) != 0)
        return ioError("rename");
    return {};
}

Result<PKey> readKeyFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(Code::NotFound, AgentTr::tr("The node has no key at '%1'.").arg(path));
    const QByteArray pem = f.readAll();
    Bio bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    PKey key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!key)
        return std::unexpected(cryptoError("PEM_read_bio_PrivateKey"));
    return key;
}

Result<PKey> readKey(const QString &dir) { return readKeyFile(Enrollment::keyPath(dir)); }

Result<Cert> readCertificate(const QByteArray &certificatePem)
{
    Bio bio(BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size())));
    Cert cert(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!cert)
        return std::unexpected(cryptoError("PEM_read_bio_X509"));
    return cert;
}

Result<QByteArray> makeRequest(EVP_PKEY *key, const QString &nodeName)
{
    if (nodeName.isEmpty() || nodeName.size() > 253)
        return fail(Code::InvalidArgument, AgentTr::tr("The node needs a host name."), {},
                    QStringLiteral("node_name"));
    Req req(X509_REQ_new());
    if (!req || !X509_REQ_set_version(req.get(), 0))
        return std::unexpected(cryptoError("X509_REQ_new"));
    const QByteArray cn = nodeName.toUtf8();
    X509_NAME *name = X509_REQ_get_subject_name(req.get());
    if (!X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                                    reinterpret_cast<const unsigned char *>(cn.constData()),
                                    int(cn.size()), -1, 0))
        return std::unexpected(cryptoError("X509_NAME_add_entry_by_txt"));
    if (!X509_REQ_set_pubkey(req.get(), key))
        return std::unexpected(cryptoError("X509_REQ_set_pubkey"));
    STACK_OF(X509_EXTENSION) *exts = sk_X509_EXTENSION_new_null();
    const QByteArray san = "DNS:" + cn;
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, nullptr, NID_subject_alt_name,
                                              san.constData());
    const bool pushed = exts && ext && sk_X509_EXTENSION_push(exts, ext) > 0;
    if (!pushed)
        X509_EXTENSION_free(ext);
    const bool added = pushed && X509_REQ_add_extensions(req.get(), exts);
    sk_X509_EXTENSION_pop_free(exts, X509_EXTENSION_free);
    if (!added)
        return std::unexpected(cryptoError("X509_REQ_add_extensions"));
    if (X509_REQ_sign(req.get(), key, EVP_sha256()) <= 0)
        return std::unexpected(cryptoError("X509_REQ_sign"));
    Bio out(BIO_new(BIO_s_mem()));
    if (!out || !PEM_write_bio_X509_REQ(out.get(), req.get()))
        return std::unexpected(cryptoError("PEM_write_bio_X509_REQ"));
    return bioBytes(out.get());
}

} // namespace

QString Enrollment::keyPath(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("node.key"));
}

QString Enrollment::certificatePath(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("node.pem"));
}

QString Enrollment::caPath(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("ca.pem"));
}

Result<QByteArray> Enrollment::createKeyAndRequest(const QString &dir, const QString &nodeName)
{
    if (!QDir().mkpath(dir))
        return fail(Code::StoreIo, AgentTr::tr("Cannot write '%1'.").arg(dir));
    PKey key(EVP_EC_gen("P-256"));
    if (!key)
        return std::unexpected(cryptoError("EVP_EC_gen"));
    Bio out(BIO_new(BIO_s_mem()));
    if (!out
        || !PEM_write_bio_PrivateKey(out.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr))
        return std::unexpected(cryptoError("PEM_write_bio_PrivateKey"));
    QByteArray pem = bioBytes(out.get());
    auto written = writeFile(keyPath(dir), pem, 0600);
    OPENSSL_cleanse(pem.data(), size_t(pem.size()));
    if (!written)
        return std::unexpected(written.error());
    return makeRequest(key.get(), nodeName);
}

Result<QByteArray> Enrollment::requestForExistingKey(const QString &dir, const QString &nodeName)
{
    auto key = readKey(dir);
    if (!key)
        return std::unexpected(key.error());
    return makeRequest(key->get(), nodeName);
}

Result<void> Enrollment::storeCertificate(const QString &dir, const QByteArray &certificatePem,
                                          const QByteArray &caChainPem)
{
    auto key = readKey(dir);
    if (!key)
        return std::unexpected(key.error());
    Bio bio(BIO_new_mem_buf(certificatePem.constData(), int(certificatePem.size())));
    Cert cert(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!cert)
        return std::unexpected(cryptoError("PEM_read_bio_X509"));
    if (X509_check_private_key(cert.get(), key->get()) != 1)
        return fail(Code::Crypto,
                    AgentTr::tr("The certificate from the hub does not belong to this node's key."),
                    opensslError());
    if (caChainPem.isEmpty())
        return fail(Code::InvalidArgument, AgentTr::tr("The hub sent no CA certificate."));
    if (auto r = writeFile(certificatePath(dir), certificatePem, 0644); !r)
        return r;
    return writeFile(caPath(dir), caChainPem, 0644);
}

QString Enrollment::pendingKeyPath(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("node.key.new"));
}

Result<QByteArray> Enrollment::createRenewalRequest(const QString &dir, const QString &nodeName)
{
    PKey key(EVP_EC_gen("P-256"));
    if (!key)
        return std::unexpected(cryptoError("EVP_EC_gen"));
    Bio out(BIO_new(BIO_s_mem()));
    if (!out
        || !PEM_write_bio_PrivateKey(out.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr))
        return std::unexpected(cryptoError("PEM_write_bio_PrivateKey"));
    QByteArray pem = bioBytes(out.get());
    auto written = writeFile(pendingKeyPath(dir), pem, 0600);
    OPENSSL_cleanse(pem.data(), size_t(pem.size()));
    if (!written)
        return std::unexpected(written.error());
    return makeRequest(key.get(), nodeName);
}

Result<void> Enrollment::completeRenewal(const QString &dir, const QByteArray &certificatePem,
                                         const QByteArray &caChainPem)
{
    auto key = readKeyFile(pendingKeyPath(dir));
    if (!key)
        return std::unexpected(key.error());
    auto cert = readCertificate(certificatePem);
    if (!cert)
        return std::unexpected(cert.error());
    if (X509_check_private_key(cert->get(), key->get()) != 1)
        return fail(Code::Crypto,
                    AgentTr::tr("The certificate from the hub does not belong to this node's key."),
                    opensslError());
    const QString pendingCert = certificatePath(dir) + QStringLiteral(".new");
    if (auto r = writeFile(pendingCert, certificatePem, 0644); !r)
        return r;
    if (!caChainPem.isEmpty()) {
        if (auto r = writeFile(caPath(dir), caChainPem, 0644); !r)
            return r;
    }
    if (::rename(QFile::encodeName(pendingKeyPath(dir)).constData(),
                 QFile::encodeName(keyPath(dir)).constData())
            != 0
        || ::rename(QFile::encodeName(pendingCert).constData(),
                    QFile::encodeName(certificatePath(dir)).constData())
               != 0)
        return fail(Code::StoreIo, AgentTr::tr("Cannot write '%1'.").arg(dir),
                    QString::fromLocal8Bit(std::strerror(errno)));
    return {};
}

void Enrollment::recoverRenewal(const QString &dir)
{
    const QString pendingCert = certificatePath(dir) + QStringLiteral(".new");
    if (!QFile::exists(pendingCert))
        return;
    // The key was renamed first: when node.key.new is gone, node.key is the new key.
    if (QFile::exists(pendingKeyPath(dir))) {
        QFile::remove(pendingCert);
        return;
    }
    ::rename(QFile::encodeName(pendingCert).constData(),
             QFile::encodeName(certificatePath(dir)).constData());
}

} // namespace edge::agent
