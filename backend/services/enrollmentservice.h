#pragma once

#include "backend/api/clock.h"
#include "backend/api/store.h"
#include "backend/services/authenticator.h"

#include "edge.grpc.pb.h"

#include <QByteArray>
#include <functional>

namespace edge::services {

// What the hub's certificate authority returns for a node's certificate request.
struct SignedCertificate {
    QByteArray certificatePem;
    QByteArray caChainPem;
    QString serial;      // hex
    QString fingerprint; // sha256 of the DER, hex
    qint64 notAfterMs = 0;
};

// Signs a PKCS#10 request (PEM) as a client certificate for `nodeName` (CN and SAN), valid for
// `validityDays`. The hub hands its CA in through this; the services never see the CA key.
using CsrSigner =
    std::function<api::Result<SignedCertificate>(const QByteArray &csrPem, const QString &nodeName,
                                                 int validityDays)>;

// edge.v1.Enrollment: operators issue one-time bootstrap tokens for a site; an agent trades one,
// with its CSR, for a client certificate. Tokens are stored and compared only as SHA-256 hashes
// and never logged.
class EnrollmentService final : public v1::Enrollment::CallbackService {
public:
    static constexpr qint64 kDefaultTokenTtlMs = 30LL * 60 * 1000;
    static constexpr qint64 kMaxTokenTtlMs = 7LL * 24 * 3600 * 1000;
    static constexpr int kCertificateValidityDays = 30;

    EnrollmentService(api::Store &store, Authenticator &auth, const api::Clock &clock,
                      CsrSigner signer);

    grpc::ServerUnaryReactor *CreateBootstrapToken(grpc::CallbackServerContext *context,
                                                   const v1::CreateBootstrapTokenRequest *request,
                                                   v1::BootstrapTokenResponse *response) override;
    grpc::ServerUnaryReactor *Enroll(grpc::CallbackServerContext *context,
                                     const v1::EnrollRequest *request,
                                     v1::EnrollResponse *response) override;

private:
    api::Result<api::Record> findSite(const QString &idOrName);

    api::Store &m_store;
    Authenticator &m_auth;
    const api::Clock &m_clock;
    CsrSigner m_signer;
};

} // namespace edge::services
