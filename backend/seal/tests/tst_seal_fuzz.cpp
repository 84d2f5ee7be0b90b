// Fuzz-style test of the seal trailer parser (sealtrailer.h), which reads outside input: a
// sealed PDF's trailer and seal JSON mutated for a bounded, seeded number of iterations
// (reproducible; no libFuzzer needed). Passing means no crash, no sanitizer report, every result
// is a status with a reason for people, and no mutated file verifies as authentic. Golden
// malformed trailers check the exact reasons.
#include "backend/seal/seal.h"
#include "backend/seal/sealtrailer.h"
#include "sealtestsupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <random>

using namespace edge;
using namespace edge::seal;
using Status = detail::TrailerParse::Status;

namespace {

constexpr int kIterations = 6000;

class Mutator {
public:
    explicit Mutator(quint32 seed)
        : m_rng(seed)
    {}

    int pick(int n) { return std::uniform_int_distribution<int>(0, n - 1)(m_rng); }

    // Mutates bytes from `from` on (the trailer), leaving the body alone most of the time.
    QByteArray bytes(QByteArray in, qsizetype from)
    {
        const int ops = 1 + pick(6);
        for (int i = 0; i < ops; ++i) {
            const qsizetype lo = qMin(from, in.size());
            const qsizetype span = in.size() - lo;
            if (span <= 0) {
                in.append(char(pick(256)));
                continue;
            }
            const qsizetype at = lo + pick(int(span));
            switch (pick(8)) {
            case 0: in[at] = char(in[at] ^ (1 << pick(8))); break;
            case 1: in.truncate(at); break;
            case 2: in.insert(at, char(pick(256))); break;
            case 3: in.remove(at, 1 + pick(16)); break;
            case 4: in.insert(at, "\n%=+/A "[pick(7)]); break;
            case 5: in.insert(at, QByteArray("\n%EdgeConsole-Seal-v1 ")); break;
            case 6: in.insert(at, QByteArray("\n%EdgeConsole-Signature ")); break;
            case 7: in.insert(at, in.mid(lo + pick(int(span)), 1 + pick(64))); break;
            }
        }
        return in;
    }

private:
    std::mt19937 m_rng;
};

QByteArray b64(const QByteArray &s) { return s.toBase64(); }

} // namespace

class TestSealFuzz : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_tmp;
    std::optional<SigningKey> m_key;
    QByteArray m_sealed;
    qsizetype m_trailerStart = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tmp.isValid());
        auto key = SigningKey::create(m_tmp.path(), QStringLiteral("fuzz"),
                                      QStringLiteral("fuzz passphrase"));
        QVERIFY2(key, qPrintable(testing::errorText(key)));
        m_key.emplace(std::move(*key));
        const QString p = m_tmp.filePath(QStringLiteral("r.pdf"));
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(testing::makePdf({QStringLiteral("fuzz")}));
        f.close();
        SealInfo info;
        info.runId = QStringLiteral("run-1");
        info.contentSha256 = QString(64, QLatin1Char('a'));
        QVERIFY(sealPdf(p, *m_key, info));
        QVERIFY(f.open(QIODevice::ReadOnly));
        m_sealed = f.readAll();
        m_trailerStart = m_sealed.lastIndexOf("\n%EdgeConsole-Seal-v1 ") + 1;
        QVERIFY(m_trailerStart > 0);
        QCOMPARE(detail::parseTrailer(m_sealed).status, Status::Ok);
    }

    void mutatedTrailers()
    {
        Mutator m(20261126);
        const QString scratch = m_tmp.filePath(QStringLiteral("scratch.pdf"));
        int damaged = 0, parsedOk = 0, verified = 0;
        for (int i = 0; i < kIterations; ++i) {
            const qsizetype from = m.pick(10) == 0 ? 0 : m_trailerStart - 2;
            const QByteArray input = m.bytes(m_sealed, from);
            const detail::TrailerParse p = detail::parseTrailer(input);
            switch (p.status) {
            case Status::NotSealed: QVERIFY(p.reason.isEmpty()); break;
            case Status::Damaged:
                ++damaged;
                QVERIFY2(!p.reason.isEmpty(), input.toHex().constData());
                break;
            case Status::ExtraBytes:
            case Status::Ok:
                ++parsedOk;
                QVERIFY(p.bodySize > 0 && p.bodySize <= input.size());
                QCOMPARE(p.signature.size(), 64);
                QVERIFY(p.status == Status::Ok ? p.extraBytes == 0 : p.extraBytes > 0);
                if (auto info = detail::parseSealJson(p.sealJson); !info)
                    QVERIFY(!info.error().message.isEmpty());
                break;
            }
            // The whole verification on every 8th input: never authentic unless unchanged.
            if (i % 8 == 0) {
                QFile::remove(scratch); // not truncated: ext4 would flush it on close
                QFile f(scratch);
                QVERIFY(f.open(QIODevice::WriteOnly));
                f.write(input);
                f.close();
                auto v = verifyPdf(scratch, m_tmp.path());
                QVERIFY(v);
                if (input != m_sealed) {
                    QVERIFY2(!v->authentic, input.toHex().constData());
                    QVERIFY(!v->problem.isEmpty());
                }
                ++verified;
            }
        }
        qInfo("%d inputs: %d damaged, %d structurally whole, %d fully verified", kIterations,
              damaged, parsedOk, verified);
        QVERIFY(damaged > kIterations / 10);
    }

    void mutatedSealJson()
    {
        const detail::TrailerParse p = detail::parseTrailer(m_sealed);
        Mutator m(7);
        for (int i = 0; i < kIterations; ++i) {
            const QByteArray json = m.bytes(p.sealJson, 0);
            auto info = detail::parseSealJson(json);
            if (!info) {
                QCOMPARE(info.error().code, api::Code::BadInput);
                QVERIFY(!info.error().message.isEmpty());
            } else {
                QCOMPARE(info->publicKey.size(), 32);
                QVERIFY(info->runRevision >= 1);
            }
        }
    }

    void goldenMalformed_data()
    {
        QTest::addColumn<QByteArray>("trailer");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("reason");
        const QByteArray sig = "%EdgeConsole-Signature " + b64(QByteArray(64, 'x')) + "\n";
        QTest::newRow("nothing after EOF") << QByteArray() << int(Status::NotSealed) << QString();
        QTest::newRow("white space after EOF")
            << QByteArray("\r\n \n") << int(Status::NotSealed) << QString();
        QTest::newRow("junk after EOF")
            << QByteArray("%EdgeConsole-Seel-v1 e30=\n") << int(Status::Damaged)
            << QStringLiteral("the bytes after the end of the PDF are not a complete seal");
        QTest::newRow("seal line cut")
            << QByteArray("%EdgeConsole-Seal-v1 e30=") << int(Status::Damaged)
            << QStringLiteral("the seal line is not complete");
        QTest::newRow("empty seal")
            << QByteArray("%EdgeConsole-Seal-v1 \n") + sig << int(Status::Damaged)
            << QStringLiteral("the seal line is not valid base64");
        QTest::newRow("seal not base64")
            << QByteArray("%EdgeConsole-Seal-v1 e3!=\n") + sig << int(Status::Damaged)
            << QStringLiteral("the seal line is not valid base64");
        QTest::newRow("seal stray bits")
            << QByteArray("%EdgeConsole-Seal-v1 e31=\n") + sig << int(Status::Damaged)
            << QStringLiteral("the seal line is not valid base64");
        QTest::newRow("no signature line")
            << QByteArray("%EdgeConsole-Seal-v1 e30=\n") << int(Status::Damaged)
            << QStringLiteral("the signature line is missing");
        QTest::newRow("signature cut")
            << QByteArray("%EdgeConsole-Seal-v1 e30=\n%EdgeConsole-Signature AAAA")
            << int(Status::Damaged) << QStringLiteral("the signature line is not complete");
        QTest::newRow("signature too short")
            << QByteArray("%EdgeConsole-Seal-v1 e30=\n%EdgeConsole-Signature AAAA\n")
            << int(Status::Damaged)
            << QStringLiteral("the signature is not a valid Ed25519 signature in base64");
        QTest::newRow("signature line too long")
            << QByteArray("%EdgeConsole-Seal-v1 e30=\n%EdgeConsole-Signature ")
                   + QByteArray(100000, 'A') + "\n"
            << int(Status::Damaged) << QStringLiteral("the signature line is not complete");
        QTest::newRow("seal line too long")
            << QByteArray("%EdgeConsole-Seal-v1 ") + QByteArray(70000, 'A') + "\n" + sig
            << int(Status::Damaged) << QStringLiteral("the seal line is not complete");
        QTest::newRow("whole") << QByteArray("%EdgeConsole-Seal-v1 e30=\n") + sig << int(Status::Ok)
                               << QString();
        QTest::newRow("bytes after") << QByteArray("%EdgeConsole-Seal-v1 e30=\n") + sig + "\n"
                                     << int(Status::ExtraBytes) << QString();
    }
    void goldenMalformed()
    {
        QFETCH(QByteArray, trailer);
        QFETCH(int, status);
        QFETCH(QString, reason);
        const QByteArray body = testing::makePdf({QStringLiteral("g")});
        const detail::TrailerParse p = detail::parseTrailer(QByteArray(body + trailer));
        QCOMPARE(int(p.status), status);
        QCOMPARE(p.reason, reason);
        if (p.status == Status::Ok || p.status == Status::ExtraBytes) {
            QCOMPARE(p.bodySize, body.size());
            QCOMPARE(p.sealJson, QByteArray("{}"));
        }
    }

    void goldenSealJson_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        const QByteArray key = QByteArray(32, '\x11').toBase64();
        const QString fp = QString::fromLatin1(
            QCryptographicHash::hash(QByteArray(32, '\x11'), QCryptographicHash::Sha256).toHex());
        const auto obj = [&](const std::function<void(QJsonObject &)> &edit) {
            QJsonObject o{{QStringLiteral("format"), 1},
                          {QStringLiteral("algorithm"), QStringLiteral("Ed25519")},
                          {QStringLiteral("signer"), QStringLiteral("u")},
                          {QStringLiteral("signer_name"), QString()},
                          {QStringLiteral("content_sha256"), QString()},
                          {QStringLiteral("run_id"), QString()},
                          {QStringLiteral("run_revision"), 1},
                          {QStringLiteral("language"), QStringLiteral("en")},
                          {QStringLiteral("sealed_at_ms"), 5},
                          {QStringLiteral("public_key"), QString::fromLatin1(key)},
                          {QStringLiteral("key_fingerprint"), fp}};
            edit(o);
            return QJsonDocument(o).toJson(QJsonDocument::Compact);
        };
        QTest::newRow("valid") << obj([](QJsonObject &) {}) << QString();
        QTest::newRow("not json") << QByteArray("{")
                                  << QStringLiteral("the seal is not a JSON object");
        QTest::newRow("array") << QByteArray("[]")
                               << QStringLiteral("the seal is not a JSON object");
        QTest::newRow("format 2") << obj([](QJsonObject &o) { o[QStringLiteral("format")] = 2; })
                                  << QStringLiteral("the seal has an unknown format version");
        QTest::newRow("rsa") << obj([](QJsonObject &o) {
            o[QStringLiteral("algorithm")] = QStringLiteral("RSA");
        }) << QStringLiteral("the seal names an unknown signature algorithm");
        QTest::newRow("no signer")
            << obj([](QJsonObject &o) { o.remove(QStringLiteral("signer")); })
            << QStringLiteral("the seal field 'signer' is missing or not valid");
        QTest::newRow("signer number")
            << obj([](QJsonObject &o) { o[QStringLiteral("signer")] = 3; })
            << QStringLiteral("the seal field 'signer' is missing or not valid");
        QTest::newRow("bad content hash") << obj([](QJsonObject &o) {
            o[QStringLiteral("content_sha256")] = QString(64, QLatin1Char('G'));
        }) << QStringLiteral("the seal field 'content_sha256' is missing or not valid");
        QTest::newRow("revision 0")
            << obj([](QJsonObject &o) { o[QStringLiteral("run_revision")] = 0; })
            << QStringLiteral("the seal field 'run_revision' is missing or not valid");
        QTest::newRow("revision 1.5")
            << obj([](QJsonObject &o) { o[QStringLiteral("run_revision")] = 1.5; })
            << QStringLiteral("the seal field 'run_revision' is missing or not valid");
        QTest::newRow("negative time")
            << obj([](QJsonObject &o) { o[QStringLiteral("sealed_at_ms")] = -1; })
            << QStringLiteral("the seal field 'sealed_at_ms' is missing or not valid");
        QTest::newRow("short key") << obj([](QJsonObject &o) {
            o[QStringLiteral("public_key")] = QString::fromLatin1(QByteArray(31, 'k').toBase64());
        }) << QStringLiteral("the seal field 'public_key' is missing or not valid");
        QTest::newRow("fingerprint mismatch") << obj([](QJsonObject &o) {
            o[QStringLiteral("key_fingerprint")] = QString(64, QLatin1Char('0'));
        }) << QStringLiteral("the seal's key fingerprint does not match its public key");
    }
    void goldenSealJson()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        auto info = detail::parseSealJson(json);
        if (reason.isEmpty()) {
            QVERIFY2(info, qPrintable(testing::errorText(info)));
            QCOMPARE(info->signer, QStringLiteral("u"));
            QCOMPARE(info->sealedAtMs, 5);
            return;
        }
        QVERIFY(!info);
        QCOMPARE(info.error().code, api::Code::BadInput);
        QCOMPARE(info.error().message, reason);
    }
};

QTEST_GUILESS_MAIN(TestSealFuzz)
#include "tst_seal_fuzz.moc"
