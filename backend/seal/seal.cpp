// Placeholder bodies of seal.h (contract commit): the seal helper fills them in.
#include "backend/seal/seal.h"

#include <QCoreApplication>

namespace edge::seal {

namespace {
api::Error notBuilt()
{
    return api::Error{api::Code::Internal,
                      QCoreApplication::translate("edge::seal", "Report sealing is not built yet."),
                      {},
                      {}};
}
} // namespace

struct SigningKey::Private {};

QString shortFingerprint(const QString &sha256Hex) { return sha256Hex.left(16); }
SigningKey::SigningKey() = default;
SigningKey::SigningKey(SigningKey &&) noexcept = default;
SigningKey &SigningKey::operator=(SigningKey &&) noexcept = default;
SigningKey::~SigningKey() = default;
api::Result<SigningKey> SigningKey::create(const QString &, const QString &, const QString &)
{
    return std::unexpected(notBuilt());
}
api::Result<SigningKey> SigningKey::load(const QString &, const QString &, const QString &)
{
    return std::unexpected(notBuilt());
}
api::Result<SigningKey> SigningKey::loadOrCreate(const QString &, const QString &, const QString &)
{
    return std::unexpected(notBuilt());
}
bool SigningKey::exists(const QString &, const QString &) { return false; }
QString SigningKey::user() const { return {}; }
QByteArray SigningKey::publicKey() const { return {}; }
QString SigningKey::fingerprint() const { return {}; }
api::Result<QByteArray> SigningKey::sign(const QByteArray &) const
{
    return std::unexpected(notBuilt());
}
api::Result<void> sealPdf(const QString &, const SigningKey &, const SealInfo &)
{
    return std::unexpected(notBuilt());
}
api::Result<Verification> verifyPdf(const QString &, const QString &)
{
    return std::unexpected(notBuilt());
}

} // namespace edge::seal
