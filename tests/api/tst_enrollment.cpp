// Enrollment of edge nodes (issue 3) end to end: bootstrap tokens issued by operators, the agent's
// key and CSR (backend/agent/enrollment), the certificate signed by the embedded hub's CA and
// checked with OpenSSL against DIR/ca.pem, one-time use and expiry under a manual clock, and
// `edgectl token create` run as the real binary on a --data directory.

#include "backend/agent/enrollment.h"
#include "backend/api/inventorytypes.h"
#include "backend/client/client.h"
#include "backend/hub/hub.h"
#include "cli/clirunner.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <openssl/bio.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>

#include <memory>
#include <sys/stat.h>

using namespace edge;
using api::Code;

namespace {

template<class R>
QByteArray why(const R &r)
{
    return r ? QByteArray()
             : (api::codeName(r.error().code) + QStringLiteral(": ") + r.error().toString()).toUtf8();
}

QString hashOf(const QString &token)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex());
}

struct X509Deleter {
    void operator()(X509 *p) const { X509_free(p); }
};
using CertPtr = std::unique_ptr<X509, X509Deleter>;

CertPtr readCert(const QByteArray &pem)
{
    BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    CertPtr cert(bio ? PEM_read_bio_X509(bio, nullptr, nullptr, nullptr) : nullptr);
    BIO_free(bio);
    return cert;
}

QString commonName(X509 *cert)
{
    char buf[256] = {};
    X509_NAME_get_text_by_NID(X509_get_subject_name(cert), NID_commonName, buf, sizeof buf);
    return QString::fromUtf8(buf);
}

// Verifies `cert` against the CA certificate in `caPem` for TLS client use; the error text or "".
QString verifyClientCert(X509 *cert, const QByteArray &caPem)
{
    CertPtr ca = readCert(caPem);
    if (!ca)
        return QStringLiteral("cannot read the CA");
    X509_STORE *store = X509_STORE_new();
    X509_STORE_add_cert(store, ca.get());
    X509_STORE_CTX *ctx = X509_STORE_CTX_new();
    X509_STORE_CTX_init(ctx, store, cert, nullptr);
    X509_STORE_CTX_set_purpose(ctx, X509_PURPOSE_SSL_CLIENT);
    const int ok = X509_verify_cert(ctx);
    const QString err = ok == 1 ? QString()
                                : QString::fromLatin1(
                                    X509_verify_cert_error_string(X509_STORE_CTX_get_error(ctx)));
    X509_STORE_CTX_free(ctx);
    X509_STORE_free(store);
    return err;
}

} // namespace

class TestEnrollment : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void operatorCreatesToken();
    void viewerAndAnonymousCannotCreate();
    void tokenForUnknownSiteFails();
    void agentEnrollsWithKeyAndCsr();
    void reusedTokenIsRejected();
    void expiredTokenIsRejected();
    void unknownTokenIsRejected();
    void tokenBoundToNodeName();
    void edgectlTokenCreate();

private:
    std::unique_ptr<client::Client> signedIn(const QString &user);
    api::Result<client::BootstrapTokenInfo> createToken(qint64 ttlMs = 0, const QString &node = {});

    QTemporaryDir m_dir;
    api::ManualClock m_clock{1'700'000'000'000};
    std::unique_ptr<hub::Hub> m_hub;
    std::unique_ptr<client::Client> m_admin;
    std::unique_ptr<client::Client> m_operator;
    std::unique_ptr<client::Client> m_viewer;
    QString m_siteId;
    const QString m_password = QStringLiteral("Enrol-Test-Password-42");
    client::EnrollmentResult m_enrolled;
    QString m_usedToken;
};

std::unique_ptr<client::Client> TestEnrollment::signedIn(const QString &user)
{
    auto c = std::make_unique<client::Client>(m_hub->inProcessChannel());
    auto s = c->login(user, user == u"admin" ? m_hub->generatedAdminPassword() : m_password);
    if (!s) {
        qWarning().noquote() << "login as" << user << "failed:" << s.error().toString();
        return nullptr;
    }
    return c;
}

api::Result<client::BootstrapTokenInfo> TestEnrollment::createToken(qint64 ttlMs,
                                                                    const QString &node)
{
    return m_operator->createBootstrapToken(QStringLiteral("Enrol Site"), ttlMs, node);
}

void TestEnrollment::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qunsetenv("EDGE_ADMIN_PASSWORD");
    hub::HubOptions options;
    options.dataDir = m_dir.filePath(QStringLiteral("hub"));
    options.clock = &m_clock;
    auto opened = hub::Hub::open(options);
    QVERIFY2(opened, why(opened).constData());
    m_hub = std::move(*opened);
    m_admin = signedIn(QStringLiteral("admin"));
    QVERIFY(m_admin);
    for (auto [name, role] : {std::pair{QStringLiteral("oper"), api::Role::Operator},
                              std::pair{QStringLiteral("watcher"), api::Role::Viewer}}) {
        api::User u;
        u.name = name;
        u.role = role;
        auto created = m_admin->createUser(u, m_password);
        QVERIFY2(created, why(created).constData());
    }
    m_operator = signedIn(QStringLiteral("oper"));
    m_viewer = signedIn(QStringLiteral("watcher"));
    QVERIFY(m_operator && m_viewer);
    api::Site s;
    s.name = QStringLiteral("Enrol Site");
    auto site = m_admin->create(s.toRecord());
    QVERIFY2(site, why(site).constData());
    m_siteId = site->id;
}

void TestEnrollment::cleanupTestCase()
{
    m_admin.reset();
    m_operator.reset();
    m_viewer.reset();
    m_hub.reset();
}

void TestEnrollment::operatorCreatesToken()
{
    auto token = createToken();
    QVERIFY2(token, why(token).constData());
    QVERIFY(token->token.size() >= 40);
    QCOMPARE(token->siteId, m_siteId);
    QCOMPARE(token->siteName, QStringLiteral("Enrol Site"));
    QCOMPARE(token->expiresAtMs, m_clock.nowMs() + 30LL * 60 * 1000);
    // Stored by hash only.
    auto stored = m_hub->store().findBootstrapToken(hashOf(token->token));
    QVERIFY2(stored, why(stored).constData());
    QCOMPARE(stored->siteId, m_siteId);
    QCOMPARE(stored->createdBy, QStringLiteral("oper"));
    QCOMPARE(stored->usedAtMs, qint64(0));
    QVERIFY(stored->tokenHash != token->token);
    const QDir hubDir(m_dir.filePath(QStringLiteral("hub")));
    for (const QString &f : hubDir.entryList({QStringLiteral("edge.db*")}, QDir::Files)) {
        QFile file(hubDir.filePath(f));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(token->token.toUtf8()), qPrintable(f));
    }
    // Two tokens are never the same.
    auto other = createToken();
    QVERIFY2(other, why(other).constData());
    QVERIFY(other->token != token->token);
}

void TestEnrollment::viewerAndAnonymousCannotCreate()
{
    auto denied = m_viewer->createBootstrapToken(m_siteId, 0);
    QVERIFY(!denied);
    QCOMPARE(denied.error().code, Code::PermissionDenied);
    client::Client anonymous(m_hub->inProcessChannel());
    auto anon = anonymous.createBootstrapToken(m_siteId, 0);
    QVERIFY(!anon);
    QCOMPARE(anon.error().code, Code::Unauthenticated);
}

void TestEnrollment::tokenForUnknownSiteFails()
{
    auto r = m_operator->createBootstrapToken(QStringLiteral("No Such Site"), 0);
    QVERIFY(!r);
    QCOMPARE(r.error().code, Code::NotFound);
    auto ttl = m_operator->createBootstrapToken(m_siteId, 30LL * 24 * 3600 * 1000);
    QVERIFY(!ttl);
    QCOMPARE(ttl.error().code, Code::InvalidArgument);
}

void TestEnrollment::agentEnrollsWithKeyAndCsr()
{
    auto token = createToken();
    QVERIFY2(token, why(token).constData());
    const QString agentDir = m_dir.filePath(QStringLiteral("agent"));
    const QString node = QStringLiteral("edge-node-1");
    auto csr = agent::Enrollment::createKeyAndRequest(agentDir, node);
    QVERIFY2(csr, why(csr).constData());
    QVERIFY(csr->startsWith("-----BEGIN CERTIFICATE REQUEST-----"));
    struct stat st {};
    QCOMPARE(::stat(QFile::encodeName(agent::Enrollment::keyPath(agentDir)).constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, mode_t(0600));

    client::Client anonymous(m_hub->inProcessChannel()); // enrollment needs no session
    auto enrolled = anonymous.enroll(token->token, node, *csr);
    QVERIFY2(enrolled, why(enrolled).constData());
    m_enrolled = *enrolled;
    m_usedToken = token->token;
    QCOMPARE(enrolled->siteId, m_siteId);
    QVERIFY(!enrolled->serial.isEmpty());

    auto stored = agent::Enrollment::storeCertificate(agentDir, enrolled->certificatePem,
                                                      enrolled->caChainPem);
    QVERIFY2(stored, why(stored).constData());
    QFile certFile(agent::Enrollment::certificatePath(agentDir));
    QVERIFY(certFile.open(QIODevice::ReadOnly));
    QCOMPARE(certFile.readAll(), enrolled->certificatePem);

    // The certificate, checked with OpenSSL against the hub's DIR/ca.pem.
    QFile caFile(m_hub->caCertificatePath());
    QVERIFY(caFile.open(QIODevice::ReadOnly));
    const QByteArray caPem = caFile.readAll();
    QCOMPARE(enrolled->caChainPem, caPem);
    CertPtr cert = readCert(enrolled->certificatePem);
    QVERIFY(cert);
    QCOMPARE(verifyClientCert(cert.get(), caPem), QString());
    QCOMPARE(commonName(cert.get()), node);
    const uint32_t eku = X509_get_extended_key_usage(cert.get());
    QVERIFY(eku & XKU_SSL_CLIENT);
    QVERIFY(!(eku & XKU_SSL_SERVER));
    int days = 0, seconds = 0;
    QVERIFY(ASN1_TIME_diff(&days, &seconds, X509_get0_notBefore(cert.get()),
                           X509_get0_notAfter(cert.get())));
    const qint64 span = qint64(days) * 86400 + seconds;
    QVERIFY2(span >= 30LL * 86400 && span <= 30LL * 86400 + 2 * 3600, QByteArray::number(span));
    GENERAL_NAMES *sans = static_cast<GENERAL_NAMES *>(
        X509_get_ext_d2i(cert.get(), NID_subject_alt_name, nullptr, nullptr));
    QVERIFY(sans);
    QStringList dns;
    for (int i = 0; i < sk_GENERAL_NAME_num(sans); ++i) {
        const GENERAL_NAME *n = sk_GENERAL_NAME_value(sans, i);
        if (n->type == GEN_DNS)
            dns << QString::fromLatin1(reinterpret_cast<const char *>(
                                           ASN1_STRING_get0_data(n->d.dNSName)),
                                       ASN1_STRING_length(n->d.dNSName));
    }
    GENERAL_NAMES_free(sans);
    QCOMPARE(dns, QStringList{node});

    // The node is in the inventory under the token's site, with the certificate recorded.
    api::ListQuery q;
    q.kind = api::EntityKind::Node;
    q.parentId = m_siteId;
    q.name = node;
    auto nodes = m_admin->list(q);
    QVERIFY2(nodes, why(nodes).constData());
    QCOMPARE(nodes->records.size(), 1);
    QCOMPARE(nodes->records.first().id, enrolled->nodeId);
    auto certs = m_hub->store().nodeCertificates(enrolled->nodeId);
    QVERIFY2(certs, why(certs).constData());
    QCOMPARE(certs->size(), 1);
    QCOMPARE(certs->first().serial, enrolled->serial);
    QCOMPARE(certs->first().notAfterMs, enrolled->notAfterMs);
    auto used = m_hub->store().findBootstrapToken(hashOf(token->token));
    QVERIFY2(used, why(used).constData());
    QCOMPARE(used->usedAtMs, m_clock.nowMs());
}

void TestEnrollment::reusedTokenIsRejected()
{
    QVERIFY(!m_usedToken.isEmpty());
    const QString agentDir = m_dir.filePath(QStringLiteral("agent-reuse"));
    auto csr = agent::Enrollment::createKeyAndRequest(agentDir, QStringLiteral("edge-node-2"));
    QVERIFY2(csr, why(csr).constData());
    client::Client anonymous(m_hub->inProcessChannel());
    auto again = anonymous.enroll(m_usedToken, QStringLiteral("edge-node-2"), *csr);
    QVERIFY(!again);
    QCOMPARE(again.error().code, Code::Unauthenticated);
    QVERIFY2(again.error().message.contains(u"already been used"),
             qPrintable(again.error().message));
    api::ListQuery q;
    q.kind = api::EntityKind::Node;
    q.name = QStringLiteral("edge-node-2");
    auto nodes = m_admin->list(q);
    QVERIFY(nodes);
    QCOMPARE(nodes->records.size(), 0);
}

void TestEnrollment::expiredTokenIsRejected()
{
    auto token = createToken(60'000);
    QVERIFY2(token, why(token).constData());
    m_clock.advance(60'001);
    const QString agentDir = m_dir.filePath(QStringLiteral("agent-expired"));
    auto csr = agent::Enrollment::createKeyAndRequest(agentDir, QStringLiteral("edge-node-3"));
    QVERIFY2(csr, why(csr).constData());
    client::Client anonymous(m_hub->inProcessChannel());
    auto r = anonymous.enroll(token->token, QStringLiteral("edge-node-3"), *csr);
    QVERIFY(!r);
    QCOMPARE(r.error().code, Code::TokenExpired);
    auto stored = m_hub->store().findBootstrapToken(hashOf(token->token));
    QVERIFY(stored);
    QCOMPARE(stored->usedAtMs, qint64(0));
}

void TestEnrollment::unknownTokenIsRejected()
{
    const QString agentDir = m_dir.filePath(QStringLiteral("agent-unknown"));
    auto csr = agent::Enrollment::createKeyAndRequest(agentDir, QStringLiteral("edge-node-4"));
    QVERIFY2(csr, why(csr).constData());
    client::Client anonymous(m_hub->inProcessChannel());
    auto r = anonymous.enroll(QStringLiteral("not-a-token"), QStringLiteral("edge-node-4"), *csr);
    QVERIFY(!r);
    QCOMPARE(r.error().code, Code::Unauthenticated);
    // A valid token with a broken CSR fails and leaves the token unused.
    auto token = createToken();
    QVERIFY2(token, why(token).constData());
    auto bad = anonymous.enroll(token->token, QStringLiteral("edge-node-4"), "garbage");
    QVERIFY(!bad);
    auto stored = m_hub->store().findBootstrapToken(hashOf(token->token));
    QVERIFY(stored);
    QCOMPARE(stored->usedAtMs, qint64(0));
}

void TestEnrollment::tokenBoundToNodeName()
{
    auto token = createToken(0, QStringLiteral("edge-node-5"));
    QVERIFY2(token, why(token).constData());
    QCOMPARE(token->nodeName, QStringLiteral("edge-node-5"));
    const QString agentDir = m_dir.filePath(QStringLiteral("agent-bound"));
    client::Client anonymous(m_hub->inProcessChannel());
    auto csr = agent::Enrollment::createKeyAndRequest(agentDir, QStringLiteral("intruder"));
    QVERIFY2(csr, why(csr).constData());
    auto wrong = anonymous.enroll(token->token, QStringLiteral("intruder"), *csr);
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, Code::PermissionDenied);
    auto csr5 = agent::Enrollment::requestForExistingKey(agentDir, QStringLiteral("edge-node-5"));
    QVERIFY2(csr5, why(csr5).constData());
    auto right = anonymous.enroll(token->token, {}, *csr5);
    QVERIFY2(right, why(right).constData());
    CertPtr cert = readCert(right->certificatePem);
    QVERIFY(cert);
    QCOMPARE(commonName(cert.get()), QStringLiteral("edge-node-5"));
}

void TestEnrollment::edgectlTokenCreate()
{
    if (!QFileInfo(testing::CliRunner::edgectl()).isExecutable())
        QSKIP("edgectl is not built ($EC_BIN_DIR/edgectl)");
    const QString data = m_dir.filePath(QStringLiteral("cli-data"));
    QString siteId;
    {
        hub::HubOptions options;
        options.dataDir = data;
        auto opened = hub::Hub::open(options);
        QVERIFY2(opened, why(opened).constData());
        api::Site s;
        s.name = QStringLiteral("Field Site");
        auto site = (*opened)->store().create(s.toRecord(), QStringLiteral("test"));
        QVERIFY2(site, why(site).constData());
        siteId = site->id;
    }
    testing::CliRunner cli(m_dir.filePath(QStringLiteral("cli-home")));
    auto r = cli.run({QStringLiteral("--data"), data, QStringLiteral("--json"),
                      QStringLiteral("token"), QStringLiteral("create"), QStringLiteral("--site"),
                      QStringLiteral("Field Site"), QStringLiteral("--ttl"), QStringLiteral("45m")});
    QVERIFY2(r.exitCode == 0, r.describe().constData());
    bool ok = false;
    const QJsonObject o = r.json(&ok).object();
    QVERIFY2(ok, r.describe().constData());
    const QString token = o.value(QStringLiteral("token")).toString();
    QVERIFY(token.size() >= 40);
    QCOMPARE(o.value(QStringLiteral("site")).toString(), siteId);
    QVERIFY(!o.value(QStringLiteral("expires_at")).toString().isEmpty());

    auto text = cli.run({QStringLiteral("--data"), data, QStringLiteral("token"),
                         QStringLiteral("create"), QStringLiteral("--site"), siteId});
    QVERIFY2(text.exitCode == 0, text.describe().constData());
    const QStringList lines = text.outText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1); // the token alone on stdout, for scripts
    QVERIFY(lines.first() != token);

    auto bad = cli.run({QStringLiteral("--data"), data, QStringLiteral("token"),
                        QStringLiteral("create"), QStringLiteral("--site"), siteId,
                        QStringLiteral("--ttl"), QStringLiteral("soon")});
    QCOMPARE(bad.exitCode, 2);

    hub::HubOptions options;
    options.dataDir = data;
    auto reopened = hub::Hub::open(options);
    QVERIFY2(reopened, why(reopened).constData());
    auto stored = (*reopened)->store().findBootstrapToken(hashOf(token));
    QVERIFY2(stored, why(stored).constData());
    QCOMPARE(stored->siteId, siteId);
    QCOMPARE(stored->expiresAtMs - stored->createdAtMs, 45LL * 60 * 1000);
    auto second = (*reopened)->store().findBootstrapToken(hashOf(lines.first()));
    QVERIFY2(second, why(second).constData());
    QCOMPARE(second->expiresAtMs - second->createdAtMs, 30LL * 60 * 1000);
}

QTEST_GUILESS_MAIN(TestEnrollment)
#include "tst_enrollment.moc"
