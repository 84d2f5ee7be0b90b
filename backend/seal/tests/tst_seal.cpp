// Sealed reports (issue 6): signing keys (create, load, wrong passphrase, file permissions, the
// scrypt-encrypted PKCS#8 file), sealing a PDF and verifying it, and that changing any single
// byte, truncating or appending makes it fail. The PDF is a real one (sealtestsupport.h) that
// pdftotext still reads after sealing.
#include "backend/crypto/ed25519.h"
#include "backend/seal/seal.h"
#include "backend/seal/sealtrailer.h"
#include "sealtestsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <openssl/asn1.h>
#include <openssl/bio.h>
#include <openssl/objects.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <sys/stat.h>

using namespace edge;
using namespace edge::seal;

namespace {

const QString kPass = QStringLiteral("correct horse battery");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

int modeOf(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
}

SealInfo sampleInfo(const QString &signer)
{
    SealInfo info;
    info.signer = signer;
    info.signerName = QStringLiteral("张工 (Zhang)");
    info.contentSha256 = QString::fromLatin1(
        QCryptographicHash::hash("run content", QCryptographicHash::Sha256).toHex());
    info.runId = QStringLiteral("run-7f3a");
    info.runRevision = 2;
    info.language = QStringLiteral("zh_CN");
    info.sealedAtMs = 1'795'000'000'000;
    return info;
}

} // namespace

class TestSeal : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    QString m_data; // alice's data dir
    std::optional<SigningKey> m_alice;

    QString path(const QString &name) const { return m_tmp.filePath(name); }

    // A sealed copy of `pdf` at `name`, signed by alice.
    QString sealed(const QString &name, const QByteArray &pdf)
    {
        const QString p = path(name);
        if (!writeAll(p, pdf))
            return {};
        auto ok = sealPdf(p, *m_alice, sampleInfo(QStringLiteral("alice")));
        if (!ok) {
            qWarning("seal failed: %s", qPrintable(ok.error().toString()));
            return {};
        }
        return p;
    }

    // verifyPdf of `bytes` written to a scratch file; authentic or not, never an error.
    Verification verifyBytes(const QByteArray &bytes)
    {
        // Removed, not truncated: ext4 flushes a file truncated and rewritten on close.
        const QString p = path(QStringLiteral("scratch.pdf"));
        QFile::remove(p);
        if (!writeAll(p, bytes))
            return {};
        auto v = verifyPdf(p, m_data);
        if (!v) {
            Verification failed;
            failed.authentic = true; // make the caller's assertion fail loudly
            failed.problem = v.error().toString();
            return failed;
        }
        return *v;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        m_data = path(QStringLiteral("data-a"));
        auto key = SigningKey::create(m_data, QStringLiteral("alice"), kPass);
        QVERIFY2(key, qPrintable(testing::errorText(key)));
        m_alice.emplace(std::move(*key));
    }

    void shortFingerprintGroups()
    {
        QCOMPARE(shortFingerprint(QStringLiteral("3f2a91c07b44e012aa55")),
                 QStringLiteral("3f2a 91c0 7b44 e012"));
        QCOMPARE(shortFingerprint(m_alice->fingerprint()).size(), 19);
        QVERIFY(m_alice->fingerprint().startsWith(
            shortFingerprint(m_alice->fingerprint()).remove(QLatin1Char(' '))));
    }

    void keyFileIsEncryptedWithScryptAndPrivate()
    {
        const QString file = m_data + QStringLiteral("/signing-keys/alice.pem");
        const QString pub = m_data + QStringLiteral("/signing-keys/alice.pub.pem");
        QCOMPARE(modeOf(file), 0600);
        QCOMPARE(modeOf(m_data + QStringLiteral("/signing-keys")), 0700);
        QVERIFY(SigningKey::exists(m_data, QStringLiteral("alice")));
        QVERIFY(!SigningKey::exists(m_data, QStringLiteral("bob")));
        const QByteArray pem = readAll(file);
        QVERIFY(pem.startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));
        QVERIFY(!pem.contains(kPass.toUtf8()));
        QCOMPARE(crypto::rawPublicKeyFromPem(readAll(pub)), m_alice->publicKey());
        QCOMPARE(m_alice->publicKey().size(), 32);
        QCOMPARE(m_alice->fingerprint(), crypto::keyFingerprint(m_alice->publicKey()));

        // PBES2 with scrypt and AES-256-CBC.
        BIO *bio = BIO_new_mem_buf(pem.constData(), int(pem.size()));
        X509_SIG *sig = PEM_read_bio_PKCS8(bio, nullptr, nullptr, nullptr);
        BIO_free(bio);
        QVERIFY(sig);
        const X509_ALGOR *alg = nullptr;
        const ASN1_OCTET_STRING *digest = nullptr;
        X509_SIG_get0(sig, &alg, &digest);
        const ASN1_OBJECT *oid = nullptr;
        const void *param = nullptr;
        int ptype = 0;
        X509_ALGOR_get0(&oid, &ptype, &param, alg);
        QCOMPARE(OBJ_obj2nid(oid), NID_pbes2);
        auto *pbe2 = static_cast<PBE2PARAM *>(
            ASN1_TYPE_unpack_sequence(ASN1_ITEM_rptr(PBE2PARAM),
                                      static_cast<const ASN1_TYPE *>(alg->parameter)));
        QVERIFY(pbe2);
        const int kdf = OBJ_obj2nid(pbe2->keyfunc->algorithm);
        const int cipher = OBJ_obj2nid(pbe2->encryption->algorithm);
        PBE2PARAM_free(pbe2);
        X509_SIG_free(sig);
        QCOMPARE(kdf, NID_id_scrypt);
        QCOMPARE(cipher, NID_aes_256_cbc);
    }

    void loadGivesTheSameKey()
    {
        auto loaded = SigningKey::load(m_data, QStringLiteral("alice"), kPass);
        QVERIFY2(loaded, qPrintable(testing::errorText(loaded)));
        QCOMPARE(loaded->publicKey(), m_alice->publicKey());
        QCOMPARE(loaded->user(), QStringLiteral("alice"));
        auto sig = loaded->sign("message");
        QVERIFY(sig);
        QVERIFY(crypto::verifyEd25519(m_alice->publicKey(), "message", *sig));
        QVERIFY(!crypto::verifyEd25519(m_alice->publicKey(), "messagf", *sig));

        // A removed public half comes back on load.
        const QString pub = m_data + QStringLiteral("/signing-keys/alice.pub.pem");
        QVERIFY(QFile::remove(pub));
        QVERIFY(SigningKey::load(m_data, QStringLiteral("alice"), kPass));
        QCOMPARE(crypto::rawPublicKeyFromPem(readAll(pub)), m_alice->publicKey());
    }

    void wrongPassphraseIsUnauthenticated()
    {
        const QString wrong = QStringLiteral("correct horse battery!");
        auto loaded = SigningKey::load(m_data, QStringLiteral("alice"), wrong);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, api::Code::Unauthenticated);
        QVERIFY(!loaded.error().toString().contains(wrong));
        QVERIFY(!loaded.error().toString().contains(kPass));
        auto viaLoadOrCreate = SigningKey::loadOrCreate(m_data, QStringLiteral("alice"), wrong);
        QVERIFY(!viaLoadOrCreate);
        QCOMPARE(viaLoadOrCreate.error().code, api::Code::Unauthenticated);
    }

    void createRefusals()
    {
        auto again = SigningKey::create(m_data, QStringLiteral("alice"), kPass);
        QVERIFY(!again);
        QCOMPARE(again.error().code, api::Code::AlreadyExists);
        auto shortPass = SigningKey::create(m_data, QStringLiteral("carol"),
                                            QStringLiteral("1234567"));
        QVERIFY(!shortPass);
        QCOMPARE(shortPass.error().code, api::Code::Validation);
        QVERIFY(!SigningKey::exists(m_data, QStringLiteral("carol")));
        for (const QString &user : {QStringLiteral("../evil"), QStringLiteral(".hidden"),
                                    QStringLiteral("a/b"), QString(), QStringLiteral("x\ny")}) {
            auto bad = SigningKey::create(m_data, user, kPass);
            QVERIFY2(!bad, qPrintable(user));
            QCOMPARE(bad.error().code, api::Code::InvalidArgument);
        }
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("evil.pem"))));
        auto missing = SigningKey::load(m_data, QStringLiteral("dave"), kPass);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, api::Code::NotFound);
    }

    void loadOrCreateCreatesOnce()
    {
        const QString data = path(QStringLiteral("data-loc"));
        auto first = SigningKey::loadOrCreate(data, QStringLiteral("erin"), kPass);
        QVERIFY2(first, qPrintable(testing::errorText(first)));
        auto second = SigningKey::loadOrCreate(data, QStringLiteral("erin"), kPass);
        QVERIFY2(second, qPrintable(testing::errorText(second)));
        QCOMPARE(second->publicKey(), first->publicKey());
    }

    void readableKeyFileIsRefused_data()
    {
        QTest::addColumn<int>("mode");
        QTest::newRow("group") << 0640;
        QTest::newRow("other") << 0604;
        QTest::newRow("group-write") << 0620;
    }
    void readableKeyFileIsRefused()
    {
        QFETCH(int, mode);
        const QString file = m_data + QStringLiteral("/signing-keys/alice.pem");
        QCOMPARE(::chmod(QFile::encodeName(file).constData(), mode_t(mode)), 0);
        auto loaded = SigningKey::load(m_data, QStringLiteral("alice"), kPass);
        QCOMPARE(::chmod(QFile::encodeName(file).constData(), 0600), 0);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, api::Code::FailedPrecondition);
        QVERIFY2(loaded.error().message.contains(QStringLiteral("chmod 600")),
                 qPrintable(loaded.error().message));
        QVERIFY(SigningKey::load(m_data, QStringLiteral("alice"), kPass));
    }

    void damagedKeyFileIsRefused()
    {
        const QString data = path(QStringLiteral("data-damaged"));
        QVERIFY(SigningKey::create(data, QStringLiteral("frank"), kPass));
        const QString file = data + QStringLiteral("/signing-keys/frank.pem");
        QVERIFY(writeAll(file, "-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n"));
        auto loaded = SigningKey::load(data, QStringLiteral("frank"), kPass);
        QVERIFY(!loaded);
        QCOMPARE(loaded.error().code, api::Code::Crypto);
    }

    void sealAndVerify()
    {
        const QByteArray pdf = testing::makePdf(
            {QStringLiteral("Acceptance report page one"), QStringLiteral("Second (page)")});
        const QString p = sealed(QStringLiteral("report.pdf"), pdf);
        QVERIFY(!p.isEmpty());
        const QByteArray bytes = readAll(p);
        QVERIFY(bytes.startsWith(pdf));
        QVERIFY(bytes.size() > pdf.size() + 200);
        QVERIFY(bytes.sliced(pdf.size()).startsWith("%EdgeConsole-Seal-v1 "));
        QVERIFY(bytes.endsWith('\n'));

        auto v = verifyPdf(p, m_data);
        QVERIFY2(v, qPrintable(testing::errorText(v)));
        QVERIFY2(v->authentic, qPrintable(v->problem));
        QVERIFY(v->problem.isEmpty());
        const SealInfo want = sampleInfo(QStringLiteral("alice"));
        QCOMPARE(v->info.signer, want.signer);
        QCOMPARE(v->info.signerName, want.signerName);
        QCOMPARE(v->info.contentSha256, want.contentSha256);
        QCOMPARE(v->info.runId, want.runId);
        QCOMPARE(v->info.runRevision, 2);
        QCOMPARE(v->info.language, want.language);
        QCOMPARE(v->info.sealedAtMs, want.sealedAtMs);
        QCOMPARE(v->info.publicKey, m_alice->publicKey());
        QCOMPARE(v->info.keyFingerprint, m_alice->fingerprint());
        QVERIFY(v->keyKnown);
        QCOMPARE(v->knownAs, QStringLiteral("alice"));

        // Without a data dir the key is not known, but the file is still authentic.
        auto bare = verifyPdf(p);
        QVERIFY(bare && bare->authentic);
        QVERIFY(!bare->keyKnown);
        QVERIFY(bare->knownAs.isEmpty());

        // PDF readers ignore the trailer.
        const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
        QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed");
        QProcess proc;
        proc.start(pdftotext, {p, QStringLiteral("-")});
        QVERIFY(proc.waitForFinished(60000));
        QCOMPARE(proc.exitCode(), 0);
        const QByteArray text = proc.readAllStandardOutput();
        QVERIFY2(text.contains("Acceptance report page one"), text.constData());
        QVERIFY2(text.contains("Second (page)"), text.constData());
        QVERIFY2(!proc.readAllStandardError().contains("Error"), "pdftotext complained");
    }

    void sealRefusals()
    {
        const QString notPdf = path(QStringLiteral("notpdf.pdf"));
        QVERIFY(writeAll(notPdf, "hello\n%%EOF\n"));
        auto r = sealPdf(notPdf, *m_alice, sampleInfo(QStringLiteral("alice")));
        QVERIFY(!r);
        QCOMPARE(r.error().code, api::Code::BadInput);
        QCOMPARE(readAll(notPdf), QByteArray("hello\n%%EOF\n"));

        const QByteArray pdf = testing::makePdf({QStringLiteral("x")});
        const QString truncated = path(QStringLiteral("truncated.pdf"));
        QVERIFY(writeAll(truncated, pdf.first(pdf.size() / 2)));
        QVERIFY(!sealPdf(truncated, *m_alice, sampleInfo(QStringLiteral("alice"))));

        const QString twice = sealed(QStringLiteral("twice.pdf"), pdf);
        QVERIFY(!twice.isEmpty());
        const QByteArray once = readAll(twice);
        r = sealPdf(twice, *m_alice, sampleInfo(QStringLiteral("alice")));
        QVERIFY(!r);
        QCOMPARE(r.error().code, api::Code::FailedPrecondition);
        QCOMPARE(readAll(twice), once);

        const QString other = path(QStringLiteral("other.pdf"));
        QVERIFY(writeAll(other, pdf));
        r = sealPdf(other, *m_alice, sampleInfo(QStringLiteral("mallory")));
        QVERIFY(!r);
        QCOMPARE(r.error().code, api::Code::InvalidArgument);
        QCOMPARE(readAll(other), pdf);

        auto missing = verifyPdf(path(QStringLiteral("nope.pdf")), m_data);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, api::Code::NotFound);
    }

    void unsealedIsNotAuthentic()
    {
        const QByteArray pdf = testing::makePdf({QStringLiteral("plain")});
        const Verification v = verifyBytes(pdf);
        QVERIFY(!v.authentic);
        QVERIFY2(v.problem.contains(QStringLiteral("not sealed")), qPrintable(v.problem));
        QVERIFY(v.info.signer.isEmpty());
        const Verification notPdf = verifyBytes("just text");
        QVERIFY(!notPdf.authentic);
        QVERIFY2(notPdf.problem.contains(QStringLiteral("not a PDF")), qPrintable(notPdf.problem));
        const Verification empty = verifyBytes({});
        QVERIFY(!empty.authentic);
        QVERIFY(!empty.problem.isEmpty());
    }

    // Every byte of a small sealed PDF, one at a time, two ways (lowest bit and case bit): each
    // change is caught. The trailer bytes included.
    void everyByteFlippedFails()
    {
        const QString p = sealed(QStringLiteral("small.pdf"),
                                 testing::makePdf({QStringLiteral("A")}));
        QVERIFY(!p.isEmpty());
        const QByteArray original = readAll(p);
        QVERIFY(verifyBytes(original).authentic);
        int checked = 0;
        for (const char mask : {char(0x01), char(0x20), char(0x80)}) {
            for (qsizetype i = 0; i < original.size(); ++i) {
                QByteArray copy = original;
                copy[i] = char(copy[i] ^ mask);
                const Verification v = verifyBytes(copy);
                if (v.authentic || v.problem.isEmpty())
                    QFAIL(qPrintable(QStringLiteral("byte %1 ^ %2 of %3 passed: %4")
                                         .arg(i)
                                         .arg(int(uchar(mask)))
                                         .arg(original.size())
                                         .arg(v.problem)));
                ++checked;
            }
        }
        QCOMPARE(checked, 3 * original.size());
        qInfo("flipped %d bytes of a %lld-byte sealed PDF: all refused", checked,
              qlonglong(original.size()));
    }

    // A larger PDF: every byte of the first 4 KiB, every 7th elsewhere, every byte of the trailer.
    void sampledBytesOfLargerPdfFail()
    {
        QStringList pages;
        for (int i = 0; i < 120; ++i)
            pages << QStringLiteral("Checklist item %1: UPS on battery within 10 s").arg(i);
        const QString p = sealed(QStringLiteral("large.pdf"), testing::makePdf(pages));
        QVERIFY(!p.isEmpty());
        const QByteArray original = readAll(p);
        const qsizetype trailerStart = original.lastIndexOf("\n%EdgeConsole-Seal-v1 ") + 1;
        QVERIFY(trailerStart > 8192);
        int checked = 0;
        for (qsizetype i = 0; i < original.size(); ++i) {
            if (i >= 4096 && i < trailerStart && i % 7 != 0)
                continue;
            QByteArray copy = original;
            copy[i] = char(copy[i] ^ 0x04);
            const Verification v = verifyBytes(copy);
            if (v.authentic)
                QFAIL(qPrintable(QStringLiteral("byte %1 changed passed").arg(i)));
            ++checked;
        }
        QVERIFY(checked > 4096 + (trailerStart - 4096) / 7);
    }

    void truncatedAndAppendedFail()
    {
        const QString p = sealed(QStringLiteral("cut.pdf"), testing::makePdf({QStringLiteral("B")}));
        QVERIFY(!p.isEmpty());
        const QByteArray original = readAll(p);
        for (qsizetype len = 0; len < original.size(); ++len) {
            const Verification v = verifyBytes(original.first(len));
            if (v.authentic || v.problem.isEmpty())
                QFAIL(qPrintable(QStringLiteral("truncated to %1 passed").arg(len)));
        }
        for (const QByteArray &extra : {QByteArray("\n"), QByteArray(" "), QByteArray("x"),
                                        QByteArray("%%EOF\n"), QByteArray(1, '\0')}) {
            const Verification v = verifyBytes(original + extra);
            QVERIFY2(!v.authentic, extra.constData());
            QVERIFY2(v.problem.contains(QStringLiteral("added after the seal")),
                     qPrintable(v.problem));
            QCOMPARE(v.info.signer, QStringLiteral("alice")); // what the seal says is shown
        }
        // Bytes inserted before the trailer or at the start.
        QVERIFY(!verifyBytes(QByteArray(" ") + original).authentic);
        QByteArray inserted = original;
        inserted.insert(original.lastIndexOf("%EdgeConsole-Seal-v1") - 1, ' ');
        const Verification v = verifyBytes(inserted);
        QVERIFY(!v.authentic);
        QVERIFY2(v.problem.contains(QStringLiteral("altered")), qPrintable(v.problem));
    }

    void anotherUsersKeyIsAuthenticButUnknown()
    {
        const QString dataB = path(QStringLiteral("data-b"));
        auto bob = SigningKey::create(dataB, QStringLiteral("bob"),
                                      QStringLiteral("bob's passphrase"));
        QVERIFY2(bob, qPrintable(testing::errorText(bob)));
        const QString p = path(QStringLiteral("bob.pdf"));
        QVERIFY(writeAll(p, testing::makePdf({QStringLiteral("by bob")})));
        SealInfo info = sampleInfo(QString());
        QVERIFY(sealPdf(p, *bob, info));

        auto inA = verifyPdf(p, m_data);
        QVERIFY(inA);
        QVERIFY2(inA->authentic, qPrintable(inA->problem));
        QCOMPARE(inA->info.signer, QStringLiteral("bob"));
        QCOMPARE(inA->info.keyFingerprint, bob->fingerprint());
        QVERIFY(!inA->keyKnown);
        QVERIFY(inA->knownAs.isEmpty());

        auto inB = verifyPdf(p, dataB);
        QVERIFY(inB && inB->authentic);
        QVERIFY(inB->keyKnown);
        QCOMPARE(inB->knownAs, QStringLiteral("bob"));

        // A seal that swaps in alice's public key but keeps bob's signature fails.
        QByteArray bytes = readAll(p);
        const auto parsed = detail::parseTrailer(bytes);
        QCOMPARE(parsed.status, detail::TrailerParse::Status::Ok);
        auto sealInfo = detail::parseSealJson(parsed.sealJson);
        QVERIFY(sealInfo);
        const QByteArray forged = bytes.first(parsed.bodySize)
                                  + detail::trailer(detail::sealJson(*sealInfo,
                                                                     m_alice->publicKey()),
                                                    parsed.signature);
        const Verification v = verifyBytes(forged);
        QVERIFY(!v.authentic);
        QVERIFY2(v.problem.contains(QStringLiteral("signature does not match")),
                 qPrintable(v.problem));
    }
};

QTEST_GUILESS_MAIN(TestSeal)
#include "tst_seal.moc"
