#include "backend/services/secrets.h"
#include "backend/services/servicestr.h"

#include <QCoreApplication>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace edge::services {

api::Result<QString> randomUrlSafe(int bytes)
{
    QByteArray buf(bytes, Qt::Uninitialized);
    if (bytes <= 0 || RAND_bytes(reinterpret_cast<unsigned char *>(buf.data()), bytes) != 1)
        return api::fail(api::Code::Crypto, Tr::tr("The system could not produce random bytes."),
                         QStringLiteral("RAND_bytes failed"));
    return QString::fromLatin1(
        buf.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString sha256Hex(const QString &text)
{
    const QByteArray data = text.toUtf8();
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int len = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()), digest, &len, EVP_sha256(), nullptr) != 1)
        return {};
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(len)).toHex());
}

} // namespace edge::services
