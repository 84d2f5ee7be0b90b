#pragma once

#include "backend/api/error.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>
#include <memory>

namespace edge::hub {

// What a certificate issued by the hub's CA is for.
struct CertificateProfile {
    enum class Usage { Server, Client, ServerAndClient };
    Usage usage = Usage::Server;
    QString commonName;          // empty for signCsr(): keep the request's CN
    QStringList subjectAltNames; // host names and IP addresses (IPv4 or IPv6), sorted out by form
    int validityDays = 397;
    // When > 0, the validity in seconds, instead of validityDays (short-lived node certificates;
    // tests use a minute or two). At most kMaxValiditySeconds.
    qint64 validitySeconds = 0;
    // Moves the whole validity window by this many seconds (negative: into the past). Tests use
    // it to make certificates that have already expired.
    qint64 shiftSeconds = 0;
};

struct IssuedCertificate {
    QByteArray certificatePem;
    QByteArray privateKeyPem; // empty for signCsr(): the key never leaves its owner
};

struct CertificateInfo {
    QString subject;
    QDateTime notBefore;
    QDateTime notAfter;
    QStringList dnsNames;
    QStringList ipAddresses; // in QHostAddress::toString() form
    bool issuedByThisCa = false;
};

// The hub's own certificate authority: DIR/ca.pem and DIR/ca.key (EC P-256, 10 years, the key
// file 0600), over the OpenSSL 3 C API. It issues the hub's TLS server certificate and, later,
// signs the certificate requests of nodes (signCsr).
//
// The CA is created once and never replaced: when one of its files exists without the other,
// or they do not belong together, opening fails and says what to do. Callers that may race
// (two hubs on one DIR) hold a lock file around openOrCreate() and ensureServerCertificate().
class CertificateAuthority {
public:
    static constexpr int kCaValidityDays = 3650;
    static constexpr int kRenewBeforeDays = 30;
    static constexpr qint64 kMaxValiditySeconds = 3650LL * 24 * 3600;
    // Certificates start this long before they are issued, so that a peer whose clock is slightly
    // behind accepts them at once; a certificate valid for less than ten times that starts a
    // tenth of its validity early instead, so that most of its life lies ahead.
    static constexpr qint64 kBackdateSeconds = 3600;

    // Loads DIR/ca.pem and DIR/ca.key, or creates both when neither exists. `created` tells which.
    static api::Result<std::unique_ptr<CertificateAuthority>> openOrCreate(const QString &dir,
                                                                           bool *created = nullptr);
    ~CertificateAuthority();
    CertificateAuthority(const CertificateAuthority &) = delete;
    CertificateAuthority &operator=(const CertificateAuthority &) = delete;

    QString certificatePath() const;
    QByteArray certificatePem() const;
    CertificateInfo info() const;

    // A fresh EC P-256 key and a certificate for it.
    api::Result<IssuedCertificate> issue(const CertificateProfile &profile);
    // Signs a PKCS#10 request (PEM) after checking its self-signature. The subject key and (when
    // profile.commonName is empty) the CN come from the request; names and usage from the profile.
    api::Result<QByteArray> signCsr(const QByteArray &csrPem, const CertificateProfile &profile);
    // Parses a certificate and checks whether this CA issued it.
    api::Result<CertificateInfo> inspect(const QByteArray &certificatePem) const;

    // Makes sure DIR/server.pem and DIR/server.key exist, were issued by this CA, name every
    // entry of profile.subjectAltNames and stay valid for more than kRenewBeforeDays; otherwise
    // issues new ones. Returns true when it (re)issued them.
    api::Result<bool> ensureServerCertificate(const QString &dir, const CertificateProfile &profile);

    // True for a host name or an IP address a certificate can carry as a subject alternative name.
    static bool isValidSubjectAltName(const QString &name);

    // Writes a file atomically (temporary file + rename) with the given permission bits.
    static api::Result<void> writeFileAtomically(const QString &path, const QByteArray &data,
                                                 int mode);

private:
    struct Private;
    explicit CertificateAuthority(std::unique_ptr<Private> d);
    std::unique_ptr<Private> d;
};

} // namespace edge::hub
