#include "backend/services/enrollmentservice.h"
#include "backend/services/servicestr.h"

#include "backend/api/inventorytypes.h"
#include "backend/proto/convert.h"
#include "backend/services/logging.h"
#include "backend/services/secrets.h"
#include "backend/services/unary.h"

#include <QCoreApplication>

#include <openssl/crypto.h>

namespace edge::services {

namespace {

api::Result<void> invalidToken()
{
    api::Error e;
    e.code = api::Code::Unauthenticated;
    e.message = Tr::tr("The bootstrap token is not valid.");
    e.field = QStringLiteral("token");
    return std::unexpected(std::move(e));
}

} // namespace

using detail::unary;

EnrollmentService::EnrollmentService(api::Store &store, Authenticator &auth,
                                     const api::Clock &clock, CsrSigner signer)
    : m_store(store)
    , m_auth(auth)
    , m_clock(clock)
    , m_signer(std::move(signer))
{}

api::Result<api::Record> EnrollmentService::findSite(const QString &idOrName)
{
    if (auto byId = m_store.get(api::EntityKind::Site, idOrName); byId)
        return byId;
    api::ListQuery q;
    q.kind = api::EntityKind::Site;
    q.name = idOrName;
    auto page = m_store.list(q);
    if (!page)
        return std::unexpected(page.error());
    if (page->records.size() != 1)
        return api::fail(api::Code::NotFound,
                         Tr::tr("No site has the id or name '%1'.").arg(idOrName), {},
                         QStringLiteral("site"));
    return page->records.first();
}

grpc::ServerUnaryReactor *EnrollmentService::CreateBootstrapToken(
    grpc::CallbackServerContext *context, const v1::CreateBootstrapTokenRequest *request,
    v1::BootstrapTokenResponse *response)
{
    return unary(context, "Enrollment.CreateBootstrapToken", [&]() -> api::Result<void> {
        auto caller = m_auth.authorize(*context, api::Role::Operator);
        if (!caller)
            return std::unexpected(caller.error());
        const qint64 ttl = request->ttl_ms() == 0 ? kDefaultTokenTtlMs : request->ttl_ms();
        if (ttl < 1000 || ttl > kMaxTokenTtlMs)
            return api::fail(api::Code::InvalidArgument,
                             Tr::tr("A bootstrap token lives between one second and seven days."),
                             QStringLiteral("ttl_ms=%1").arg(ttl), QStringLiteral("ttl"));
        const QString nodeName = proto::fromStd(request->node_name()).trimmed();
        if (!nodeName.isEmpty()) {
            api::Node probe;
            probe.siteId = QStringLiteral("x");
            probe.name = nodeName;
            if (auto v = api::validate(probe); !v)
                return v;
        }
        auto site = findSite(proto::fromStd(request->site()).trimmed());
        if (!site)
            return std::unexpected(site.error());
        auto token = randomUrlSafe(32);
        if (!token)
            return std::unexpected(token.error());
        api::BootstrapToken stored;
        stored.tokenHash = sha256Hex(*token);
        stored.siteId = site->id;
        stored.nodeName = nodeName;
        stored.createdBy = caller->userName;
        stored.createdAtMs = m_clock.nowMs();
        stored.expiresAtMs = stored.createdAtMs + ttl;
        if (auto r = m_store.createBootstrapToken(stored); !r)
            return r;
        qCInfo(lcAuth).noquote() << caller->userName << "created a bootstrap token for site"
                                 << site->id << "expiring at" << stored.expiresAtMs;
        response->set_token(proto::toStd(*token));
        response->set_site_id(proto::toStd(site->id));
        response->set_site_name(proto::toStd(site->name()));
        response->set_node_name(proto::toStd(nodeName));
        response->set_expires_at_ms(stored.expiresAtMs);
        return {};
    });
}

grpc::ServerUnaryReactor *EnrollmentService::Enroll(grpc::CallbackServerContext *context,
                                                    const v1::EnrollRequest *request,
                                                    v1::EnrollResponse *response)
{
    return unary(context, "Enrollment.Enroll", [&]() -> api::Result<void> {
        const QString token = proto::fromStd(request->token());
        if (token.isEmpty() || token.size() > 256)
            return invalidToken();
        const QString hash = sha256Hex(token);
        auto stored = m_store.findBootstrapToken(hash);
        if (!stored) {
            if (stored.error().code == api::Code::NotFound)
                return invalidToken();
            return std::unexpected(stored.error());
        }
        // The lookup went by hash; compare again in constant time all the same.
        const QByteArray a = hash.toLatin1();
        const QByteArray b = stored->tokenHash.toLower().toLatin1();
        if (a.size() != b.size() || CRYPTO_memcmp(a.constData(), b.constData(), a.size()) != 0)
            return invalidToken();
        const qint64 now = m_clock.nowMs();
        if (stored->usedAtMs != 0)
            return api::fail(api::Code::Unauthenticated,
                             Tr::tr("The bootstrap token has already been used; create a new one "
                                    "with 'edgectl token create'."),
                             {}, QStringLiteral("token"));
        if (stored->expiresAtMs <= now)
            return api::fail(api::Code::TokenExpired,
                             Tr::tr("The bootstrap token has expired; create a new one with "
                                    "'edgectl token create'."),
                             {}, QStringLiteral("token"));
        QString nodeName = proto::fromStd(request->node_name()).trimmed();
        if (nodeName.isEmpty())
            nodeName = stored->nodeName;
        if (!stored->nodeName.isEmpty() && nodeName.compare(stored->nodeName, Qt::CaseInsensitive))
            return api::fail(api::Code::PermissionDenied,
                             Tr::tr("This bootstrap token is for the node '%1'.")
                                 .arg(stored->nodeName),
                             {}, QStringLiteral("node_name"));
        api::Node probe;
        probe.siteId = stored->siteId;
        probe.name = nodeName;
        if (auto v = api::validate(probe); !v)
            return v;
        if (!m_signer)
            return api::fail(api::Code::Unavailable, Tr::tr("This hub cannot issue certificates."));
        auto signedCert = m_signer(QByteArray::fromStdString(request->csr_pem()), nodeName,
                                   kCertificateValidityDays);
        if (!signedCert)
            return std::unexpected(signedCert.error());
        api::NodeCertificate record;
        record.serial = signedCert->serial;
        record.nodeName = nodeName;
        record.issuedAtMs = now;
        record.notAfterMs = signedCert->notAfterMs;
        record.fingerprint = signedCert->fingerprint;
        auto node = m_store.redeemBootstrapToken(hash, record, now, QStringLiteral("enrollment"));
        if (!node)
            return std::unexpected(node.error());
        qCInfo(lcAuth).noquote() << "enrolled node" << nodeName << node->id << "in site"
                                 << stored->siteId << "certificate serial" << record.serial;
        response->set_node_id(proto::toStd(node->id));
        response->set_site_id(proto::toStd(stored->siteId));
        response->set_certificate_pem(signedCert->certificatePem.toStdString());
        response->set_ca_chain_pem(signedCert->caChainPem.toStdString());
        response->set_serial(proto::toStd(record.serial));
        response->set_not_after_ms(record.notAfterMs);
        return {};
    });
}

} // namespace edge::services
