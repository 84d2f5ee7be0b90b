#include "backend/services/passwordhasher.h"
#include "backend/services/servicestr.h"

#include <QCoreApplication>
#include <QStringList>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace edge::services {

namespace {

constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;
const QLatin1StringView kScheme("pbkdf2-sha256");

bool derive(const QByteArray &password, const QByteArray &salt, int iterations, QByteArray &out)
{
    out.resize(kHashBytes);
    return PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()),
                             reinterpret_cast<const unsigned char *>(salt.constData()),
                             int(salt.size()), iterations, EVP_sha256(), kHashBytes,
                             reinterpret_cast<unsigned char *>(out.data()))
           == 1;
}

} // namespace

api::Result<QString> PasswordHasher::hash(const QString &password, int iterations)
{
    if (iterations < 1 || iterations > kMaxIterations)
        return api::fail(api::Code::Internal, QStringLiteral("Invalid PBKDF2 iteration count."),
                         QString::number(iterations));
    QByteArray salt(kSaltBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), kSaltBytes) != 1)
        return api::fail(api::Code::Crypto, Tr::tr("The system could not produce random bytes."),
                         QStringLiteral("RAND_bytes failed"));
    QByteArray derived;
    if (!derive(password.toUtf8(), salt, iterations, derived))
        return api::fail(api::Code::Crypto, Tr::tr("The password could not be hashed."),
                         QStringLiteral("PKCS5_PBKDF2_HMAC failed"));
    return kScheme % QLatin1Char('$') % QString::number(iterations) % QLatin1Char('$')
           % QString::fromLatin1(salt.toBase64()) % QLatin1Char('$')
           % QString::fromLatin1(derived.toBase64());
}

bool PasswordHasher::verify(const QString &password, const QString &encoded)
{
    const QStringList parts = encoded.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts[0] != kScheme)
        return false;
    bool ok = false;
    const int iterations = parts[1].toInt(&ok);
    if (!ok || iterations < 1 || iterations > kMaxIterations)
        return false;
    const auto salt = QByteArray::fromBase64Encoding(parts[2].toLatin1(),
                                                     QByteArray::AbortOnBase64DecodingErrors);
    const auto expected = QByteArray::fromBase64Encoding(parts[3].toLatin1(),
                                                         QByteArray::AbortOnBase64DecodingErrors);
    if (!salt || !expected || salt.decoded.isEmpty() || expected.decoded.size() != kHashBytes)
        return false;
    QByteArray derived;
    if (!derive(password.toUtf8(), salt.decoded, iterations, derived))
        return false;
    return CRYPTO_memcmp(derived.constData(), expected.decoded.constData(), kHashBytes) == 0;
}

const QString &PasswordHasher::dummyHash()
{
    static const QString dummy = [] {
        // The password is random and forgotten at once: nothing can match it.
        QByteArray random(32, Qt::Uninitialized);
        RAND_bytes(reinterpret_cast<unsigned char *>(random.data()), int(random.size()));
        return hash(QString::fromLatin1(random.toBase64())).value_or(QString());
    }();
    return dummy;
}

} // namespace edge::services
