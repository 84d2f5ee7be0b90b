// SigningKey of seal.h: a user's Ed25519 key, kept as an encrypted PKCS#8 PEM.
//
// Encryption: PKCS#5 v2 (PBES2) with scrypt (N = 16384, r = 8, p = 1, 16-byte random salt; the
// parameters of `openssl pkcs8 -topk8 -scrypt`, 16 MiB and about 50 ms per derivation, within
// OpenSSL's default 32 MiB scrypt limit so any OpenSSL 3 reads the file) and AES-256-CBC.
// PEM_write_bio_PKCS8PrivateKey would use PBKDF2 with 2048 iterations, which is weak against a
// stolen laptop; scrypt is set up explicitly through PKCS5_pbe2_set_scrypt + PKCS8_set0_pbe.
#include "backend/crypto/ed25519.h"
#include "backend/seal/seal.h"
#include "backend/seal/sealtr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

#include <openssl/bio.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/x509.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace edge::seal {

using crypto::PkeyPtr;
using detail::Tr;

namespace {

Q_LOGGING_CATEGORY(lcSigningKey, "edge.seal.key", QtInfoMsg)

constexpr int kMinPassphrase = 8;
constexpr quint64 kScryptN = 16384;
constexpr quint64 kScryptR = 8;
constexpr quint64 kScryptP = 1;

struct BioFree {
    void operator()(BIO *p) const { BIO_free(p); }
};
struct P8InfoFree {
    void operator()(PKCS8_PRIV_KEY_INFO *p) const { PKCS8_PRIV_KEY_INFO_free(p); }
};
struct X509SigFree {
    void operator()(X509_SIG *p) const { X509_SIG_free(p); }
};
struct AlgorFree {
    void operator()(X509_ALGOR *p) const { X509_ALGOR_free(p); }
};
using BioPtr = std::unique_ptr<BIO, BioFree>;
using P8InfoPtr = std::unique_ptr<PKCS8_PRIV_KEY_INFO, P8InfoFree>;
using X509SigPtr = std::unique_ptr<X509_SIG, X509SigFree>;
using AlgorPtr = std::unique_ptr<X509_ALGOR, AlgorFree>;

// The passphrase as UTF-8, wiped when it goes out of scope.
class Secret {
public:
    explicit Secret(const QString &text)
        : m_bytes(text.toUtf8())
    {}
    ~Secret() { OPENSSL_cleanse(m_bytes.data(), size_t(m_bytes.size())); }
    Secret(const Secret &) = delete;
    Secret &operator=(const Secret &) = delete;
    const char *data() const { return m_bytes.constData(); }
    int size() const { return int(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

QString errnoText() { return QString::fromLocal8Bit(std::strerror(errno)); }

// A user name becomes a file name: refuse anything that could leave the directory.
api::Result<void> checkUser(const QString &user)
{
    bool ok = !user.isEmpty() && user.size() <= 128 && !user.startsWith(QLatin1Char('.'));
    for (const QChar c : user)
        ok = ok && c != QLatin1Char('/') && c != QLatin1Char('\\') && c.unicode() >= 0x20
             && c.unicode() != 0x7f;
    if (!ok)
        return api::fail(api::Code::InvalidArgument,
                         Tr::tr("'%1' cannot name a signing key: use a user name without '/', "
                                "'\\' or control characters that does not start with '.'.")
                             .arg(user),
                         {}, QStringLiteral("user"));
    return {};
}

QString keyDir(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("signing-keys"));
}
QString keyPath(const QString &dataDir, const QString &user)
{
    return QDir(keyDir(dataDir)).filePath(user + QStringLiteral(".pem"));
}
QString publicPath(const QString &dataDir, const QString &user)
{
    return QDir(keyDir(dataDir)).filePath(user + QStringLiteral(".pub.pem"));
}

// crypto::writeKeyFile with the signing key's error message.
api::Result<bool> writeFile(const QString &path, const QByteArray &bytes, mode_t mode, bool replace)
{
    auto written = crypto::writeKeyFile(path, bytes, mode, replace);
    if (!written)
        return api::fail(api::Code::StoreIo,
                         Tr::tr("Cannot write the signing key %1: %2")
                             .arg(path, written.error().reason),
                         written.error().step);
    return *written;
}

api::Result<QByteArray> encryptedPem(EVP_PKEY *key, const Secret &pass)
{
    auto failed = [] {
        return api::fail(api::Code::Crypto, Tr::tr("Cannot create a signing key."),
                         crypto::opensslErrors());
    };
    P8InfoPtr info(EVP_PKEY2PKCS8(key));
    if (!info)
        return failed();
    AlgorPtr pbe(PKCS5_pbe2_set_scrypt(EVP_aes_256_cbc(), nullptr, 16, nullptr, kScryptN, kScryptR,
                                       kScryptP));
    if (!pbe)
        return failed();
    X509SigPtr sig(PKCS8_set0_pbe(pass.data(), pass.size(), info.get(), pbe.get()));
    if (!sig)
        return failed();
    (void)pbe.release(); // owned by sig now
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PKCS8(bio.get(), sig.get()) != 1)
        return failed();
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, qsizetype(len));
}

api::Result<PkeyPtr> readKeyFile(const QString &path, const QString &user, const Secret &pass)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat st {};
    if (::lstat(native.constData(), &st) != 0)
        return api::fail(errno == ENOENT ? api::Code::NotFound : api::Code::StoreIo,
                         errno == ENOENT
                             ? Tr::tr("%1 has no signing key yet (%2).").arg(user, path)
                             : Tr::tr("Cannot read the signing key %1: %2").arg(path, errnoText()));
    if (!S_ISREG(st.st_mode))
        return api::fail(api::Code::FailedPrecondition,
                         Tr::tr("The signing key %1 is not a regular file, so it is not used.")
                             .arg(path));
    if ((st.st_mode & 077) != 0)
        return api::fail(api::Code::FailedPrecondition,
                         Tr::tr("The signing key %1 can be read by other users, so it is not "
                                "used. Run 'chmod 600 %1' and try again.")
                             .arg(path));
    auto notAKey = [&](const QString &why) {
        return api::fail(api::Code::Crypto,
                         Tr::tr("The signing key %1 is not an encrypted Ed25519 key. Restore it "
                                "from a backup or move it away.")
                             .arg(path),
                         why);
    };
    if (st.st_size > crypto::kMaxKeyFileSize)
        return notAKey(QStringLiteral("file too large"));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return api::fail(api::Code::StoreIo,
                         Tr::tr("Cannot read the signing key %1: %2").arg(path, f.errorString()));
    const QByteArray pem = f.read(crypto::kMaxKeyFileSize);
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    X509SigPtr sig(bio ? PEM_read_bio_PKCS8(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!sig)
        return notAKey(crypto::opensslErrors());
    P8InfoPtr info(PKCS8_decrypt(sig.get(), pass.data(), pass.size()));
    if (!info) {
        ERR_clear_error();
        return api::fail(api::Code::Unauthenticated,
                         Tr::tr("Wrong passphrase for the signing key of %1.").arg(user));
    }
    PkeyPtr key(EVP_PKCS82PKEY(info.get()));
    if (!key || EVP_PKEY_get_base_id(key.get()) != EVP_PKEY_ED25519)
        return notAKey(crypto::opensslErrors());
    return key;
}

api::Result<void> checkPassphrase(const QString &passphrase)
{
    if (passphrase.size() < kMinPassphrase)
        return api::fail(api::Code::Validation,
                         Tr::tr("The passphrase of a signing key must have at least %1 "
                                "characters.")
                             .arg(kMinPassphrase),
                         {}, QStringLiteral("passphrase"));
    return {};
}

} // namespace

struct SigningKey::Private {
    QString user;
    PkeyPtr pkey;
    QByteArray publicKey;
};

SigningKey::SigningKey()
    : d(std::make_unique<Private>())
{}
SigningKey::SigningKey(SigningKey &&) noexcept = default;
SigningKey &SigningKey::operator=(SigningKey &&) noexcept = default;
SigningKey::~SigningKey() = default;

bool SigningKey::exists(const QString &dataDir, const QString &user)
{
    return checkUser(user).has_value() && QFileInfo::exists(keyPath(dataDir, user));
}

api::Result<SigningKey> SigningKey::create(const QString &dataDir, const QString &user,
                                           const QString &passphrase)
{
    if (auto ok = checkUser(user); !ok)
        return std::unexpected(ok.error());
    if (auto ok = checkPassphrase(passphrase); !ok)
        return std::unexpected(ok.error());
    const QString dir = keyDir(dataDir);
    if (!QDir().mkpath(dir))
        return api::fail(api::Code::StoreIo,
                         Tr::tr("Cannot create the directory %1 for signing keys.").arg(dir));
    QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString path = keyPath(dataDir, user);
    if (QFileInfo::exists(path))
        return api::fail(api::Code::AlreadyExists,
                         Tr::tr("%1 already has a signing key (%2).").arg(user, path));

    SigningKey key;
    key.d->user = user;
    key.d->pkey.reset(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    if (!key.d->pkey)
        return api::fail(api::Code::Crypto, Tr::tr("Cannot create a signing key."),
                         crypto::opensslErrors());
    key.d->publicKey = crypto::rawPublicKey(key.d->pkey.get());
    const QByteArray pub = crypto::publicKeyPem(key.d->pkey.get());
    if (key.d->publicKey.isEmpty() || pub.isEmpty())
        return api::fail(api::Code::Crypto, Tr::tr("Cannot create a signing key."),
                         crypto::opensslErrors());
    api::Result<QByteArray> pem = [&] {
        const Secret pass(passphrase);
        return encryptedPem(key.d->pkey.get(), pass);
    }();
    if (!pem)
        return std::unexpected(pem.error());
    auto written = writeFile(path, *pem, 0600, false);
    if (!written)
        return std::unexpected(written.error());
    if (!*written)
        return api::fail(api::Code::AlreadyExists,
                         Tr::tr("%1 already has a signing key (%2).").arg(user, path));
    auto pubWritten = writeFile(publicPath(dataDir, user), pub, 0644, true);
    if (!pubWritten)
        return std::unexpected(pubWritten.error());
    qCInfo(lcSigningKey).noquote()
        << "created the signing key of" << user << path << "fingerprint" << key.fingerprint();
    return key;
}

api::Result<SigningKey> SigningKey::load(const QString &dataDir, const QString &user,
                                         const QString &passphrase)
{
    if (auto ok = checkUser(user); !ok)
        return std::unexpected(ok.error());
    const QString path = keyPath(dataDir, user);
    api::Result<PkeyPtr> loaded = [&] {
        const Secret pass(passphrase);
        return readKeyFile(path, user, pass);
    }();
    if (!loaded)
        return std::unexpected(loaded.error());
    SigningKey key;
    key.d->user = user;
    key.d->pkey = std::move(*loaded);
    key.d->publicKey = crypto::rawPublicKey(key.d->pkey.get());
    if (key.d->publicKey.isEmpty())
        return api::fail(api::Code::Crypto,
                         Tr::tr("Cannot read the public half of the signing key %1.").arg(path),
                         crypto::opensslErrors());
    // The public half beside it is what verifiers on this data dir know: restore it when it is
    // missing or does not match (it is derived from the private key, so this loses nothing).
    const QString pubPath = publicPath(dataDir, user);
    QFile pubFile(pubPath);
    QByteArray pubPem;
    if (pubFile.open(QIODevice::ReadOnly))
        pubPem = pubFile.read(crypto::kMaxKeyFileSize);
    if (crypto::rawPublicKeyFromPem(pubPem) != key.d->publicKey) {
        auto written = writeFile(pubPath, crypto::publicKeyPem(key.d->pkey.get()), 0644, true);
        if (!written)
            qCWarning(lcSigningKey).noquote()
                << "cannot restore" << pubPath << written.error().message;
    }
    return key;
}

api::Result<SigningKey> SigningKey::loadOrCreate(const QString &dataDir, const QString &user,
                                                 const QString &passphrase)
{
    auto loaded = load(dataDir, user, passphrase);
    if (loaded || loaded.error().code != api::Code::NotFound)
        return loaded;
    auto created = create(dataDir, user, passphrase);
    if (!created && created.error().code == api::Code::AlreadyExists)
        return load(dataDir, user, passphrase); // another process was first
    return created;
}

QString SigningKey::user() const { return d ? d->user : QString(); }

QByteArray SigningKey::publicKey() const { return d ? d->publicKey : QByteArray(); }

QString SigningKey::fingerprint() const
{
    return d && !d->publicKey.isEmpty() ? crypto::keyFingerprint(d->publicKey) : QString();
}

api::Result<QByteArray> SigningKey::sign(const QByteArray &message) const
{
    if (!d || !d->pkey)
        return api::fail(api::Code::Internal, Tr::tr("The signing key is not loaded."));
    QByteArray sig = crypto::signEd25519(d->pkey.get(), message);
    if (sig.isEmpty())
        return api::fail(api::Code::Crypto, Tr::tr("Cannot sign with the signing key."),
                         crypto::opensslErrors());
    return sig;
}

} // namespace edge::seal
