#include "backend/hub/certificateauthority.h"
#include "backend/hub/hubtr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QSet>
#include <QSysInfo>
#include <QtEndian>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcCa, "edge.hub.ca", QtInfoMsg)

namespace edge::hub {

namespace {

struct OpenSslFree {
    void operator()(X509 *p) const { X509_free(p); }
    void operator()(X509_REQ *p) const { X509_REQ_free(p); }
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
    void operator()(BIO *p) const { BIO_free(p); }
    void operator()(BIGNUM *p) const { BN_free(p); }
    void operator()(X509_EXTENSION *p) const { X509_EXTENSION_free(p); }
    void operator()(GENERAL_NAMES *p) const { GENERAL_NAMES_free(p); }
    void operator()(GENERAL_NAME *p) const { GENERAL_NAME_free(p); }
    void operator()(ASN1_TIME *p) const { ASN1_TIME_free(p); }
};
template<class T>
using Ptr = std::unique_ptr<T, OpenSslFree>;

// Drains OpenSSL's error queue into one line for Error::detail.
QString opensslErrors()
{
    QStringList parts;
    while (unsigned long e = ERR_get_error()) {
        char buf[256];
        ERR_error_string_n(e, buf, sizeof buf);
        parts << QString::fromLatin1(buf);
    }
    return parts.isEmpty() ? QStringLiteral("no OpenSSL error recorded")
                           : parts.join(QStringLiteral("; "));
}

std::unexpected<api::Error> cryptoFail(const QString &message)
{
    return api::fail(api::Code::Crypto, message, opensslErrors());
}

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_ctrl(bio, BIO_CTRL_INFO, 0, &data);
    return len > 0 && data ? QByteArray(data, qsizetype(len)) : QByteArray();
}

Ptr<BIO> readBio(const QByteArray &bytes)
{
    return Ptr<BIO>(BIO_new_mem_buf(bytes.constData(), int(bytes.size())));
}

Ptr<X509> parseCertificate(const QByteArray &pem)
{
    auto bio = readBio(pem);
    return Ptr<X509>(bio ? PEM_read_bio_X509(bio.get(), nullptr, nullptr, nullptr) : nullptr);
}

Ptr<EVP_PKEY> parsePrivateKey(const QByteArray &pem)
{
    auto bio = readBio(pem);
    return Ptr<EVP_PKEY>(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr)
                             : nullptr);
}

QByteArray certificateToPem(X509 *cert)
{
    Ptr<BIO> bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), cert) != 1)
        return {};
    return bioBytes(bio.get());
}

QByteArray privateKeyToPem(EVP_PKEY *key)
{
    Ptr<BIO> bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return {};
    return bioBytes(bio.get());
}

Ptr<EVP_PKEY> newKey()
{
    char type[] = "EC";
    char curve[] = "P-256";
    return Ptr<EVP_PKEY>(EVP_PKEY_Q_keygen(nullptr, nullptr, type, curve));
}

QDateTime toDateTime(const ASN1_TIME *t)
{
    struct tm tm {};
    if (!t || ASN1_TIME_to_tm(t, &tm) != 1)
        return {};
    return QDateTime(QDate(tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday),
                     QTime(tm.tm_hour, tm.tm_min, tm.tm_sec), Qt::UTC);
}

bool isIpAddress(const QString &name)
{
    QHostAddress address;
    return address.setAddress(name);
}

bool isDnsName(const QString &name)
{
    if (name.isEmpty() || name.size() > 253)
        return false;
    const QStringList labels = name.split(QLatin1Char('.'));
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(QLatin1Char('-'))
            || label.endsWith(QLatin1Char('-')))
            return false;
        for (QChar c : label)
            if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('-')
                && c != QLatin1Char('_'))
                return false;
    }
    return true;
}

QString normalizedIp(const QString &name) { return QHostAddress(name).toString(); }

bool addExtension(X509 *cert, X509 *issuer, int nid, const char *value)
{
    X509V3_CTX ctx{};
    X509V3_set_ctx(&ctx, issuer, cert, nullptr, nullptr, 0);
    Ptr<X509_EXTENSION> ext(X509V3_EXT_conf_nid(nullptr, &ctx, nid, value));
    return ext && X509_add_ext(cert, ext.get(), -1) == 1;
}

api::Result<void> addSubjectAltNames(X509 *cert, const QStringList &names)
{
    Ptr<GENERAL_NAMES> gens(sk_GENERAL_NAME_new_null());
    if (!gens)
        return cryptoFail(Tr::tr("Out of memory while building a certificate."));
    for (const QString &name : names) {
        Ptr<GENERAL_NAME> gn(GENERAL_NAME_new());
        if (!gn)
            return cryptoFail(Tr::tr("Out of memory while building a certificate."));
        if (isIpAddress(name)) {
            ASN1_OCTET_STRING *ip = a2i_IPADDRESS(normalizedIp(name).toLatin1().constData());
            if (!ip)
                return api::fail(api::Code::InvalidArgument,
                                 Tr::tr("'%1' is not a valid IP address for a certificate.")
                                     .arg(name),
                                 opensslErrors(), QStringLiteral("san"));
            GENERAL_NAME_set0_value(gn.get(), GEN_IPADD, ip);
        } else {
            const QByteArray ascii = name.toLatin1();
            ASN1_IA5STRING *dns = ASN1_IA5STRING_new();
            if (!dns || ASN1_STRING_set(dns, ascii.constData(), int(ascii.size())) != 1) {
                ASN1_IA5STRING_free(dns);
                return cryptoFail(Tr::tr("Out of memory while building a certificate."));
            }
            GENERAL_NAME_set0_value(gn.get(), GEN_DNS, dns);
        }
        if (sk_GENERAL_NAME_push(gens.get(), gn.get()) <= 0)
            return cryptoFail(Tr::tr("Out of memory while building a certificate."));
        (void)gn.release(); // now owned by gens
    }
    if (X509_add1_ext_i2d(cert, NID_subject_alt_name, gens.get(), 0, X509V3_ADD_DEFAULT) != 1)
        return cryptoFail(Tr::tr("The certificate's names could not be set."));
    return {};
}

bool setRandomSerial(X509 *cert)
{
    unsigned char bytes[16];
    if (RAND_bytes(bytes, sizeof bytes) != 1)
        return false;
    bytes[0] = (bytes[0] & 0x7f) | 0x40; // positive, and a full 16 bytes long
    Ptr<BIGNUM> bn(BN_bin2bn(bytes, sizeof bytes, nullptr));
    return bn && BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert)) != nullptr;
}

bool addNameEntry(X509_NAME *name, const char *field, const QString &value)
{
    const QByteArray utf8 = value.toUtf8();
    return X509_NAME_add_entry_by_txt(name, field, MBSTRING_UTF8,
                                      reinterpret_cast<const unsigned char *>(utf8.constData()),
                                      int(utf8.size()), -1, 0)
           == 1;
}

// Builds and signs a certificate for `subjectKey`. issuerCert == nullptr: self-signed CA.
api::Result<Ptr<X509>> buildCertificate(EVP_PKEY *subjectKey, const QString &commonName,
                                        const CertificateProfile *leaf, qint64 validitySeconds,
                                        X509 *issuerCert, EVP_PKEY *issuerKey)
{
    const QString failed = Tr::tr("The certificate for '%1' could not be created.").arg(commonName);
    Ptr<X509> cert(X509_new());
    if (!cert || X509_set_version(cert.get(), X509_VERSION_3) != 1 || !setRandomSerial(cert.get()))
        return cryptoFail(failed);
    // Backdated (an hour, less for short-lived ones) so that a peer whose clock is slightly behind
    // accepts it at once.
    const long shift = leaf ? long(leaf->shiftSeconds) : 0;
    const long backdate = long(
        std::min(CertificateAuthority::kBackdateSeconds, validitySeconds / 10));
    if (!X509_gmtime_adj(X509_getm_notBefore(cert.get()), shift - backdate)
        || !X509_time_adj_ex(X509_getm_notAfter(cert.get()), 0, long(validitySeconds) + shift,
                             nullptr))
        return cryptoFail(failed);
    X509_NAME *subject = X509_get_subject_name(cert.get());
    if (!addNameEntry(subject, "O", QStringLiteral("EdgeConsole"))
        || !addNameEntry(subject, "CN", commonName.left(64)))
        return cryptoFail(failed);
    if (X509_set_issuer_name(cert.get(), issuerCert ? X509_get_subject_name(issuerCert) : subject)
            != 1
        || X509_set_pubkey(cert.get(), subjectKey) != 1)
        return cryptoFail(failed);

    X509 *issuer = issuerCert ? issuerCert : cert.get();
    bool ok = true;
    if (!leaf) {
        ok = addExtension(cert.get(), issuer, NID_basic_constraints, "critical,CA:TRUE,pathlen:0")
             && addExtension(cert.get(), issuer, NID_key_usage, "critical,keyCertSign,cRLSign")
             && addExtension(cert.get(), issuer, NID_subject_key_identifier, "hash")
             && addExtension(cert.get(), issuer, NID_authority_key_identifier, "keyid:always");
    } else {
        const bool rsa = EVP_PKEY_get_base_id(subjectKey) == EVP_PKEY_RSA;
        const char *eku = leaf->usage == CertificateProfile::Usage::Server ? "serverAuth"
                          : leaf->usage == CertificateProfile::Usage::Client
                              ? "clientAuth"
                              : "serverAuth,clientAuth";
        ok = addExtension(cert.get(), issuer, NID_basic_constraints, "critical,CA:FALSE")
             && addExtension(cert.get(), issuer, NID_key_usage,
                             rsa ? "critical,digitalSignature,keyEncipherment"
                                 : "critical,digitalSignature")
             && addExtension(cert.get(), issuer, NID_ext_key_usage, eku)
             && addExtension(cert.get(), issuer, NID_subject_key_identifier, "hash")
             && addExtension(cert.get(), issuer, NID_authority_key_identifier, "keyid,issuer");
        if (ok && !leaf->subjectAltNames.isEmpty()) {
            if (auto r = addSubjectAltNames(cert.get(), leaf->subjectAltNames); !r)
                return std::unexpected(r.error());
        }
    }
    if (!ok)
        return cryptoFail(failed);
    if (X509_sign(cert.get(), issuerKey, EVP_sha256()) <= 0)
        return cryptoFail(failed);
    return cert;
}

api::Result<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return api::fail(api::Code::StoreIo,
                         Tr::tr("Cannot read '%1': %2").arg(path, f.errorString()));
    return f.readAll();
}

api::Result<void> checkProfile(const CertificateProfile &profile)
{
    for (const QString &name : profile.subjectAltNames)
        if (!isIpAddress(name) && !isDnsName(name))
            return api::fail(api::Code::InvalidArgument,
                             Tr::tr("'%1' is neither a host name nor an IP address; a certificate "
                                    "cannot name it.")
                                 .arg(name),
                             {}, QStringLiteral("san"));
    if (profile.validitySeconds > 0) {
        if (profile.validitySeconds > CertificateAuthority::kMaxValiditySeconds)
            return api::fail(api::Code::InvalidArgument,
                             Tr::tr("A certificate must be valid for 1 second to 3650 days."),
                             QStringLiteral("validity_seconds=%1").arg(profile.validitySeconds),
                             QStringLiteral("validity"));
    } else if (profile.validityDays < 1 || profile.validityDays > 3650) {
        return api::fail(api::Code::InvalidArgument,
                         Tr::tr("A certificate must be valid for 1 to 3650 days."), {},
                         QStringLiteral("validity"));
    }
    return {};
}

qint64 validityOf(const CertificateProfile &profile)
{
    return profile.validitySeconds > 0 ? profile.validitySeconds
                                       : qint64(profile.validityDays) * 24 * 3600;
}

} // namespace

struct CertificateAuthority::Private {
    QString dir;
    Ptr<X509> cert;
    Ptr<EVP_PKEY> key;
    QByteArray certPem;
};

CertificateAuthority::CertificateAuthority(std::unique_ptr<Private> p)
    : d(std::move(p))
{}
CertificateAuthority::~CertificateAuthority() = default;

QString CertificateAuthority::certificatePath() const
{
    return QDir(d->dir).filePath(QStringLiteral("ca.pem"));
}

QByteArray CertificateAuthority::certificatePem() const { return d->certPem; }

CertificateInfo CertificateAuthority::info() const
{
    auto i = inspect(d->certPem);
    return i ? *i : CertificateInfo{};
}

bool CertificateAuthority::isValidSubjectAltName(const QString &name)
{
    return isIpAddress(name) || isDnsName(name);
}

api::Result<void> CertificateAuthority::writeFileAtomically(const QString &path,
                                                            const QByteArray &data, int mode)
{
    QByteArray tmp = QFile::encodeName(path) + ".tmp-XXXXXX";
    const int fd = ::mkstemp(tmp.data());
    auto failure = [&](const QString &what) {
        const QString err = QString::fromLocal8Bit(std::strerror(errno));
        ::unlink(tmp.constData());
        return api::fail(api::Code::StoreIo, Tr::tr("Cannot write '%1': %2").arg(path, err), what);
    };
    if (fd < 0)
        return api::fail(api::Code::StoreIo,
                         Tr::tr("Cannot write '%1': %2")
                             .arg(path, QString::fromLocal8Bit(std::strerror(errno))),
                         QStringLiteral("mkstemp"));
    if (::fchmod(fd, mode_t(mode)) != 0) {
        ::close(fd);
        return failure(QStringLiteral("fchmod"));
    }
    qsizetype written = 0;
    while (written < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + written, size_t(data.size() - written));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            ::close(fd);
            return failure(QStringLiteral("write"));
        }
        written += n;
    }
    if (::fsync(fd) != 0) {
        ::close(fd);
        return failure(QStringLiteral("fsync"));
    }
    ::close(fd);
    if (::rename(tmp.constData(), QFile::encodeName(path).constData()) != 0)
        return failure(QStringLiteral("rename"));
    const int dirFd = ::open(QFile::encodeName(QFileInfo(path).absolutePath()).constData(),
                             O_RDONLY | O_DIRECTORY);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return {};
}

api::Result<std::unique_ptr<CertificateAuthority>> CertificateAuthority::openOrCreate(
    const QString &dir, bool *created)
{
    if (created)
        *created = false;
    const QDir d(dir);
    const QString pemPath = d.filePath(QStringLiteral("ca.pem"));
    const QString keyPath = d.filePath(QStringLiteral("ca.key"));
    const bool hasPem = QFileInfo::exists(pemPath);
    const bool hasKey = QFileInfo::exists(keyPath);
    auto p = std::make_unique<Private>();
    p->dir = dir;

    if (hasPem != hasKey) {
        return api::fail(
            api::Code::FailedPrecondition,
            Tr::tr("'%1' exists but '%2' is missing. The hub never replaces an existing "
                   "certificate authority: restore the missing file from a backup, or move "
                   "both away to create a new CA (every client must then trust the new "
                   "ca.pem).")
                .arg(hasPem ? pemPath : keyPath, hasPem ? keyPath : pemPath));
    }

    if (!hasPem) {
        Ptr<EVP_PKEY> key = newKey();
        if (!key)
            return cryptoFail(Tr::tr("The certificate authority's key could not be generated."));
        const QString host = QSysInfo::machineHostName();
        const QString cn = host.isEmpty() ? QStringLiteral("EdgeConsole hub CA")
                                          : QStringLiteral("EdgeConsole hub CA (%1)").arg(host);
        auto cert = buildCertificate(key.get(), cn, nullptr, qint64(kCaValidityDays) * 24 * 3600,
                                     nullptr, key.get());
        if (!cert)
            return std::unexpected(cert.error());
        const QByteArray keyPem = privateKeyToPem(key.get());
        const QByteArray certPem = certificateToPem(cert->get());
        if (keyPem.isEmpty() || certPem.isEmpty())
            return cryptoFail(Tr::tr("The certificate authority could not be encoded."));
        // Key first: a crash in between leaves a key without certificate, which the next start
        // reports instead of silently creating a second CA.
        if (auto r = writeFileAtomically(keyPath, keyPem, 0600); !r)
            return std::unexpected(r.error());
        if (auto r = writeFileAtomically(pemPath, certPem, 0644); !r)
            return std::unexpected(r.error());
        qCInfo(lcCa).noquote() << "created a new certificate authority in" << dir;
        p->cert = std::move(*cert);
        p->key = std::move(key);
        p->certPem = certPem;
        if (created)
            *created = true;
        return std::unique_ptr<CertificateAuthority>(new CertificateAuthority(std::move(p)));
    }

    auto certPem = readFile(pemPath);
    if (!certPem)
        return std::unexpected(certPem.error());
    auto keyPem = readFile(keyPath);
    if (!keyPem)
        return std::unexpected(keyPem.error());
    p->cert = parseCertificate(*certPem);
    p->key = parsePrivateKey(*keyPem);
    if (!p->cert)
        return cryptoFail(
            Tr::tr("'%1' is not a readable PEM certificate. The hub will not replace it; "
                   "restore it from a backup.")
                .arg(pemPath));
    if (!p->key)
        return cryptoFail(Tr::tr("'%1' is not a readable PEM private key. The hub will not replace "
                                 "it; restore it from a backup.")
                              .arg(keyPath));
    if (X509_check_private_key(p->cert.get(), p->key.get()) != 1)
        return cryptoFail(Tr::tr("'%1' and '%2' do not belong together. Restore the matching pair "
                                 "from a backup.")
                              .arg(pemPath, keyPath));
    if (X509_check_ca(p->cert.get()) < 1)
        return api::fail(api::Code::Crypto,
                         Tr::tr("'%1' is not a certificate authority certificate.").arg(pemPath));
    const QFileDevice::Permissions perms = QFile::permissions(keyPath);
    if (perms
        & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
           | QFileDevice::WriteOther | QFileDevice::ExeGroup | QFileDevice::ExeOther)) {
        qCWarning(lcCa).noquote() << keyPath
                                  << "was readable by others; restricting it to its owner";
        ::chmod(QFile::encodeName(keyPath).constData(), 0600);
    }
    p->certPem = *certPem;
    auto ca = std::unique_ptr<CertificateAuthority>(new CertificateAuthority(std::move(p)));
    const CertificateInfo i = ca->info();
    if (i.notAfter.isValid()
        && QDateTime::currentDateTimeUtc().daysTo(i.notAfter) < kRenewBeforeDays)
        qCWarning(lcCa).noquote() << "the certificate authority in" << dir << "expires on"
                                  << i.notAfter.toString(Qt::ISODate)
                                  << "; create a new one and distribute its ca.pem";
    return ca;
}

api::Result<IssuedCertificate> CertificateAuthority::issue(const CertificateProfile &profile)
{
    if (auto r = checkProfile(profile); !r)
        return std::unexpected(r.error());
    Ptr<EVP_PKEY> key = newKey();
    if (!key)
        return cryptoFail(Tr::tr("A key could not be generated."));
    auto cert = buildCertificate(key.get(), profile.commonName, &profile, validityOf(profile),
                                 d->cert.get(), d->key.get());
    if (!cert)
        return std::unexpected(cert.error());
    IssuedCertificate out;
    out.certificatePem = certificateToPem(cert->get());
    out.privateKeyPem = privateKeyToPem(key.get());
    if (out.certificatePem.isEmpty() || out.privateKeyPem.isEmpty())
        return cryptoFail(Tr::tr("The certificate could not be encoded."));
    return out;
}

api::Result<QByteArray> CertificateAuthority::signCsr(const QByteArray &csrPem,
                                                      const CertificateProfile &profile)
{
    if (auto r = checkProfile(profile); !r)
        return std::unexpected(r.error());
    auto bio = readBio(csrPem);
    Ptr<X509_REQ> req(bio ? PEM_read_bio_X509_REQ(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!req)
        return api::fail(api::Code::InvalidArgument,
                         Tr::tr("The certificate request is not a readable PEM PKCS#10 request."),
                         opensslErrors(), QStringLiteral("csr"));
    EVP_PKEY *publicKey = X509_REQ_get0_pubkey(req.get());
    if (!publicKey || X509_REQ_verify(req.get(), publicKey) != 1)
        return api::fail(api::Code::InvalidArgument,
                         Tr::tr("The certificate request's signature does not match its key."),
                         opensslErrors(), QStringLiteral("csr"));
    QString cn = profile.commonName;
    if (cn.isEmpty()) {
        X509_NAME *name = X509_REQ_get_subject_name(req.get());
        const int idx = X509_NAME_get_index_by_NID(name, NID_commonName, -1);
        if (idx >= 0) {
            unsigned char *utf8 = nullptr;
            const int len = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(
                                                           X509_NAME_get_entry(name, idx)));
            if (len >= 0)
                cn = QString::fromUtf8(reinterpret_cast<const char *>(utf8), len);
            OPENSSL_free(utf8);
        }
    }
    if (cn.isEmpty())
        return api::fail(api::Code::InvalidArgument,
                         Tr::tr("The certificate request names no subject (CN)."), {},
                         QStringLiteral("csr"));
    auto cert = buildCertificate(publicKey, cn, &profile, validityOf(profile), d->cert.get(),
                                 d->key.get());
    if (!cert)
        return std::unexpected(cert.error());
    const QByteArray pem = certificateToPem(cert->get());
    if (pem.isEmpty())
        return cryptoFail(Tr::tr("The certificate could not be encoded."));
    return pem;
}

api::Result<CertificateInfo> CertificateAuthority::inspect(const QByteArray &certificatePem) const
{
    Ptr<X509> cert = parseCertificate(certificatePem);
    if (!cert)
        return api::fail(api::Code::InvalidArgument,
                         Tr::tr("This is not a readable PEM certificate."), opensslErrors(),
                         QStringLiteral("certificate"));
    CertificateInfo info;
    char buf[512];
    X509_NAME_oneline(X509_get_subject_name(cert.get()), buf, sizeof buf);
    info.subject = QString::fromUtf8(buf);
    info.notBefore = toDateTime(X509_get0_notBefore(cert.get()));
    info.notAfter = toDateTime(X509_get0_notAfter(cert.get()));
    Ptr<GENERAL_NAMES> gens(static_cast<GENERAL_NAMES *>(
        X509_get_ext_d2i(cert.get(), NID_subject_alt_name, nullptr, nullptr)));
    if (gens) {
        for (int i = 0; i < sk_GENERAL_NAME_num(gens.get()); ++i) {
            const GENERAL_NAME *gn = sk_GENERAL_NAME_value(gens.get(), i);
            int type = 0;
            const void *value = GENERAL_NAME_get0_value(gn, &type);
            const auto *str = static_cast<const ASN1_STRING *>(value);
            const auto *bytes = ASN1_STRING_get0_data(str);
            const int len = ASN1_STRING_length(str);
            if (type == GEN_DNS) {
                info.dnsNames << QString::fromLatin1(reinterpret_cast<const char *>(bytes), len);
            } else if (type == GEN_IPADD && len == 4) {
                info.ipAddresses << QHostAddress(qFromBigEndian<quint32>(bytes)).toString();
            } else if (type == GEN_IPADD && len == 16) {
                Q_IPV6ADDR v6;
                std::memcpy(v6.c, bytes, 16);
                info.ipAddresses << QHostAddress(v6).toString();
            }
        }
    }
    ERR_clear_error();
    Ptr<EVP_PKEY> caPublic(X509_get_pubkey(d->cert.get()));
    info.issuedByThisCa = X509_check_issued(d->cert.get(), cert.get()) == X509_V_OK && caPublic
                          && X509_verify(cert.get(), caPublic.get()) == 1;
    ERR_clear_error();
    return info;
}

api::Result<bool> CertificateAuthority::ensureServerCertificate(const QString &dir,
                                                                const CertificateProfile &profile)
{
    if (auto r = checkProfile(profile); !r)
        return std::unexpected(r.error());
    const QDir qdir(dir);
    const QString certPath = qdir.filePath(QStringLiteral("server.pem"));
    const QString keyPath = qdir.filePath(QStringLiteral("server.key"));
    QString reason;
    if (!QFileInfo::exists(certPath) || !QFileInfo::exists(keyPath)) {
        reason = QStringLiteral("no server certificate yet");
    } else {
        auto certPem = readFile(certPath);
        auto keyPem = readFile(keyPath);
        Ptr<X509> cert = certPem ? parseCertificate(*certPem) : nullptr;
        Ptr<EVP_PKEY> key = keyPem ? parsePrivateKey(*keyPem) : nullptr;
        if (!cert || !key) {
            reason = QStringLiteral("the server certificate or key is unreadable");
        } else if (X509_check_private_key(cert.get(), key.get()) != 1) {
            reason = QStringLiteral("the server certificate and key do not match");
        } else {
            auto info = inspect(*certPem);
            if (!info || !info->issuedByThisCa) {
                reason = QStringLiteral("the server certificate was not issued by this CA");
            } else if (QDateTime::currentDateTimeUtc().daysTo(info->notAfter) <= kRenewBeforeDays) {
                reason = QStringLiteral("the server certificate expires on %1")
                             .arg(info->notAfter.toString(Qt::ISODate));
            } else {
                const QSet<QString> dns(info->dnsNames.cbegin(), info->dnsNames.cend());
                const QSet<QString> ips(info->ipAddresses.cbegin(), info->ipAddresses.cend());
                for (const QString &name : profile.subjectAltNames) {
                    const bool covered = isIpAddress(name) ? ips.contains(normalizedIp(name))
                                                           : dns.contains(name);
                    if (!covered) {
                        reason = QStringLiteral("the server certificate does not name %1").arg(name);
                        break;
                    }
                }
            }
        }
        ERR_clear_error();
    }
    if (reason.isEmpty())
        return false;
    auto issued = issue(profile);
    if (!issued)
        return std::unexpected(issued.error());
    if (auto r = writeFileAtomically(keyPath, issued->privateKeyPem, 0600); !r)
        return std::unexpected(r.error());
    if (auto r = writeFileAtomically(certPath, issued->certificatePem, 0644); !r)
        return std::unexpected(r.error());
    qCInfo(lcCa).noquote() << "issued a new server certificate:" << reason;
    return true;
}

} // namespace edge::hub
