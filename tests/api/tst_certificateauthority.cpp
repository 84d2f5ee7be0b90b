// The hub's certificate authority (backend/hub/certificateauthority.h) against OpenSSL itself:
// creation, reopening, refusal to replace, server certificates and CSR signing.

#include "backend/hub/certificateauthority.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

using edge::hub::CertificateAuthority;
using edge::hub::CertificateProfile;

namespace {

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A CSR made by OpenSSL directly, as a node would make it.
QByteArray makeCsr(const char *cn, bool corrupt = false)
{
    char type[] = "EC";
    char curve[] = "P-256";
    EVP_PKEY *key = EVP_PKEY_Q_keygen(nullptr, nullptr, type, curve);
    X509_REQ *req = X509_REQ_new();
    X509_REQ_set_version(req, 0);
    X509_NAME *name = X509_REQ_get_subject_name(req);
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8,
                               reinterpret_cast<const unsigned char *>(cn), -1, -1, 0);
    X509_REQ_set_pubkey(req, key);
    X509_REQ_sign(req, key, EVP_sha256());
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_X509_REQ(bio, req);
    char *data = nullptr;
    const long len = BIO_ctrl(bio, BIO_CTRL_INFO, 0, &data);
    QByteArray pem(data, qsizetype(len));
    BIO_free(bio);
    X509_REQ_free(req);
    EVP_PKEY_free(key);
    if (corrupt) {
        // Flip a character inside the base64 body: the self-signature no longer matches.
        const qsizetype at = pem.indexOf('\n') + 40;
        pem[at] = pem[at] == 'A' ? 'B' : 'A';
    }
    return pem;
}

// Verifies `certPem` against `caPem` with OpenSSL's own chain verification.
bool verifies(const QByteArray &caPem, const QByteArray &certPem, int purpose)
{
    BIO *caBio = BIO_new_mem_buf(caPem.constData(), int(caPem.size()));
    BIO *certBio = BIO_new_mem_buf(certPem.constData(), int(certPem.size()));
    X509 *ca = PEM_read_bio_X509(caBio, nullptr, nullptr, nullptr);
    X509 *cert = PEM_read_bio_X509(certBio, nullptr, nullptr, nullptr);
    X509_STORE *store = X509_STORE_new();
    X509_STORE_add_cert(store, ca);
    X509_STORE_CTX *ctx = X509_STORE_CTX_new();
    X509_STORE_CTX_init(ctx, store, cert, nullptr);
    X509_STORE_CTX_set_purpose(ctx, purpose);
    const bool ok = X509_verify_cert(ctx) == 1;
    X509_STORE_CTX_free(ctx);
    X509_STORE_free(store);
    X509_free(cert);
    X509_free(ca);
    BIO_free(certBio);
    BIO_free(caBio);
    return ok;
}

} // namespace

class CertificateAuthorityTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createsOnceAndReopens()
    {
        QTemporaryDir dir;
        bool created = false;
        auto ca = CertificateAuthority::openOrCreate(dir.path(), &created);
        QVERIFY2(ca, ca ? "" : qPrintable(ca.error().toString()));
        QVERIFY(created);
        const QString keyPath = QDir(dir.path()).filePath(QStringLiteral("ca.key"));
        QCOMPARE(QFile::permissions(keyPath)
                     & ~(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                         | QFileDevice::WriteUser),
                 QFileDevice::Permissions());
        const QByteArray pem = readAll((*ca)->certificatePath());
        QVERIFY(pem.startsWith("-----BEGIN CERTIFICATE-----"));
        const auto info = (*ca)->info();
        QVERIFY(info.notAfter > QDateTime::currentDateTimeUtc().addDays(3600));
        QVERIFY(info.issuedByThisCa); // self-signed

        auto again = CertificateAuthority::openOrCreate(dir.path(), &created);
        QVERIFY(again);
        QVERIFY(!created);
        QCOMPARE((*again)->certificatePem(), pem);
        QCOMPARE(readAll((*again)->certificatePath()), pem);
    }

    void refusesToReplaceAnIncompleteOrMismatchedCa()
    {
        QTemporaryDir a, b;
        QVERIFY(CertificateAuthority::openOrCreate(a.path()));
        QVERIFY(CertificateAuthority::openOrCreate(b.path()));
        const QString aKey = QDir(a.path()).filePath(QStringLiteral("ca.key"));
        const QString bKey = QDir(b.path()).filePath(QStringLiteral("ca.key"));
        // Mismatched pair: a's certificate with b's key.
        QVERIFY(QFile::remove(aKey));
        QVERIFY(QFile::copy(bKey, aKey));
        auto mismatched = CertificateAuthority::openOrCreate(a.path());
        QVERIFY(!mismatched);
        // Missing key: refused, and the certificate stays as it was.
        const QByteArray before = readAll(QDir(a.path()).filePath(QStringLiteral("ca.pem")));
        QVERIFY(QFile::remove(aKey));
        auto missing = CertificateAuthority::openOrCreate(a.path());
        QVERIFY(!missing);
        QVERIFY(missing.error().message.contains(QStringLiteral("ca.key")));
        QCOMPARE(readAll(QDir(a.path()).filePath(QStringLiteral("ca.pem"))), before);
        QVERIFY(!QFile::exists(aKey));
    }

    void serverCertificateIsIssuedOnceAndRenewedForNewNames()
    {
        QTemporaryDir dir;
        auto ca = CertificateAuthority::openOrCreate(dir.path());
        QVERIFY(ca);
        CertificateProfile profile;
        profile.commonName = QStringLiteral("hub");
        profile.subjectAltNames = {QStringLiteral("localhost"), QStringLiteral("127.0.0.1"),
                                   QStringLiteral("::1")};
        auto issued = (*ca)->ensureServerCertificate(dir.path(), profile);
        QVERIFY2(issued, issued ? "" : qPrintable(issued.error().toString()));
        QVERIFY(*issued);
        const QString serverPem = QDir(dir.path()).filePath(QStringLiteral("server.pem"));
        const QByteArray first = readAll(serverPem);
        QVERIFY(verifies((*ca)->certificatePem(), first, X509_PURPOSE_SSL_SERVER));

        auto again = (*ca)->ensureServerCertificate(dir.path(), profile);
        QVERIFY(again);
        QVERIFY(!*again);
        QCOMPARE(readAll(serverPem), first);

        profile.subjectAltNames << QStringLiteral("hub.example.net");
        auto renewed = (*ca)->ensureServerCertificate(dir.path(), profile);
        QVERIFY(renewed);
        QVERIFY(*renewed);
        auto info = (*ca)->inspect(readAll(serverPem));
        QVERIFY(info);
        QVERIFY(info->dnsNames.contains(QStringLiteral("hub.example.net")));
        QVERIFY(info->ipAddresses.contains(QStringLiteral("::1")));

        // A certificate from another CA is replaced.
        QTemporaryDir otherDir;
        auto other = CertificateAuthority::openOrCreate(otherDir.path());
        QVERIFY(other);
        QVERIFY((*other)->ensureServerCertificate(otherDir.path(), profile));
        QVERIFY(QFile::remove(serverPem));
        QVERIFY(
            QFile::copy(QDir(otherDir.path()).filePath(QStringLiteral("server.pem")), serverPem));
        auto replaced = (*ca)->ensureServerCertificate(dir.path(), profile);
        QVERIFY(replaced);
        QVERIFY(*replaced);
        QVERIFY(verifies((*ca)->certificatePem(), readAll(serverPem), X509_PURPOSE_SSL_SERVER));
    }

    void badNamesAreRefused()
    {
        QTemporaryDir dir;
        auto ca = CertificateAuthority::openOrCreate(dir.path());
        QVERIFY(ca);
        CertificateProfile profile;
        profile.commonName = QStringLiteral("hub");
        profile.subjectAltNames = {QStringLiteral("bad name,DNS:evil")};
        auto r = (*ca)->issue(profile);
        QVERIFY(!r);
        QCOMPARE(r.error().field, QStringLiteral("san"));
    }

    void signsCertificateRequests()
    {
        QTemporaryDir dir;
        auto ca = CertificateAuthority::openOrCreate(dir.path());
        QVERIFY(ca);
        CertificateProfile profile;
        profile.usage = CertificateProfile::Usage::Client;
        profile.subjectAltNames = {QStringLiteral("node-17.example.net")};
        auto signedPem = (*ca)->signCsr(makeCsr("node-17"), profile);
        QVERIFY2(signedPem, signedPem ? "" : qPrintable(signedPem.error().toString()));
        QVERIFY(verifies((*ca)->certificatePem(), *signedPem, X509_PURPOSE_SSL_CLIENT));
        QVERIFY(!verifies((*ca)->certificatePem(), *signedPem, X509_PURPOSE_SSL_SERVER));
        auto info = (*ca)->inspect(*signedPem);
        QVERIFY(info);
        QVERIFY(info->subject.contains(QStringLiteral("CN=node-17")));
        QVERIFY(info->issuedByThisCa);

        auto tampered = (*ca)->signCsr(makeCsr("node-18", true), profile);
        QVERIFY(!tampered);
        QCOMPARE(tampered.error().field, QStringLiteral("csr"));
        auto garbage = (*ca)->signCsr("not a request", profile);
        QVERIFY(!garbage);
        QCOMPARE(garbage.error().field, QStringLiteral("csr"));
    }

    void validityInSeconds()
    {
        QTemporaryDir dir;
        auto ca = CertificateAuthority::openOrCreate(dir.path());
        QVERIFY(ca);
        CertificateProfile profile;
        profile.usage = CertificateProfile::Usage::Client;
        profile.validityDays = 30; // overridden by validitySeconds
        profile.validitySeconds = 90;
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        auto pem = (*ca)->signCsr(makeCsr("node-short"), profile);
        QVERIFY2(pem, pem ? "" : qPrintable(pem.error().toString()));
        const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);
        auto info = (*ca)->inspect(*pem);
        QVERIFY(info);
        // 90 s ahead, and backdated a tenth of that (not an hour): most of its life is ahead.
        QVERIFY2(info->notAfter >= before.addSecs(90) && info->notAfter <= after.addSecs(90),
                 qPrintable(info->notAfter.toString(Qt::ISODate)));
        QVERIFY2(info->notBefore >= before.addSecs(-9) && info->notBefore <= after.addSecs(-9),
                 qPrintable(info->notBefore.toString(Qt::ISODate)));

        // Days as before: backdated an hour.
        profile.validitySeconds = 0;
        auto days = (*ca)->signCsr(makeCsr("node-days"), profile);
        QVERIFY(days);
        auto daysInfo = (*ca)->inspect(*days);
        QVERIFY(daysInfo);
        QVERIFY(daysInfo->notAfter >= before.addDays(30) && daysInfo->notAfter <= after.addDays(30));
        QVERIFY(daysInfo->notBefore <= after.addSecs(-3600));

        profile.validitySeconds = CertificateAuthority::kMaxValiditySeconds + 1;
        auto tooLong = (*ca)->signCsr(makeCsr("node-long"), profile);
        QVERIFY(!tooLong);
        QCOMPARE(tooLong.error().field, QStringLiteral("validity"));
    }
};

QTEST_GUILESS_MAIN(CertificateAuthorityTest)
#include "tst_certificateauthority.moc"
