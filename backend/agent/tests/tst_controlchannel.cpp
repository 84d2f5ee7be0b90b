// ControlChannel's pure parts: the reconnect back-off and reading the certificate's validity.
// The channel itself runs end to end in tests/agent (real hub, real agent).
#include "backend/agent/controlchannel.h"
#include "backend/agent/enrollment.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using edge::agent::ControlChannel;
using namespace std::chrono_literals;

class TstControlChannel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void backoff_data()
    {
        QTest::addColumn<int>("attempt");
        QTest::addColumn<double>("random");
        QTest::addColumn<int>("maxS");
        QTest::addColumn<qint64>("expectedMs");
        QTest::newRow("first, lowest") << 0 << 0.0 << 60 << qint64(500);
        QTest::newRow("first, middle") << 0 << 0.5 << 60 << qint64(1000);
        QTest::newRow("first, highest") << 0 << 1.0 << 60 << qint64(1500);
        QTest::newRow("doubling") << 3 << 0.5 << 60 << qint64(8000);
        QTest::newRow("capped at 60 s") << 12 << 0.5 << 60 << qint64(60000);
        QTest::newRow("capped, jittered") << 40 << 1.0 << 60 << qint64(90000);
        QTest::newRow("configured cap") << 10 << 0.5 << 2 << qint64(2000);
        QTest::newRow("random clamped") << 0 << 7.0 << 60 << qint64(1500);
    }
    void backoff()
    {
        QFETCH(int, attempt);
        QFETCH(double, random);
        QFETCH(int, maxS);
        QFETCH(qint64, expectedMs);
        QCOMPARE(ControlChannel::backoff(attempt, random, std::chrono::seconds(maxS)).count(),
                 expectedMs);
    }

    void certificateValidity()
    {
        QTemporaryDir dir;
        QCOMPARE(ControlChannel::certificateValidity(dir.path()), (std::pair<qint64, qint64>{0, 0}));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                       QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                       QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                       QStringLiteral("-keyout"), dir.filePath(QStringLiteral("k.pem")),
                       QStringLiteral("-out"), edge::agent::Enrollment::certificatePath(dir.path()),
                       QStringLiteral("-subj"), QStringLiteral("/CN=node"), QStringLiteral("-days"),
                       QStringLiteral("30")});
        if (!openssl.waitForStarted() || !openssl.waitForFinished(30'000))
            QSKIP("openssl is not installed");
        QCOMPARE(openssl.exitCode(), 0);
        const auto [notBefore, notAfter] = ControlChannel::certificateValidity(dir.path());
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QVERIFY(notBefore <= now && notBefore > now - 3'600'000);
        QCOMPARE((notAfter - notBefore) / 1000, qint64(30) * 86400);
    }

    // Renewal: a fresh key in node.key.new, the certificate for it swapped in with the key; a
    // certificate for another key is refused and changes nothing.
    void renewalSwapsKeyAndCertificate()
    {
        using edge::agent::Enrollment;
        QTemporaryDir dir;
        const QString d = dir.path();
        if (!openssl({QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                      QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                      QStringLiteral("ec_paramgen_curve:P-256"), QStringLiteral("-nodes"),
                      QStringLiteral("-keyout"), d + QStringLiteral("/ca.key"),
                      QStringLiteral("-out"), d + QStringLiteral("/hubca.pem"),
                      QStringLiteral("-subj"), QStringLiteral("/CN=Test CA"),
                      QStringLiteral("-days"), QStringLiteral("2")}))
            QSKIP("openssl is not installed");
        auto first = Enrollment::createKeyAndRequest(d, QStringLiteral("node-r"));
        QVERIFY(first);
        const QByteArray oldCert = sign(d, *first, QStringLiteral("old"));
        QVERIFY(!oldCert.isEmpty());
        QVERIFY(Enrollment::storeCertificate(d, oldCert, read(d + QStringLiteral("/hubca.pem"))));
        const QByteArray oldKey = read(Enrollment::keyPath(d));

        auto csr = Enrollment::createRenewalRequest(d, QStringLiteral("node-r"));
        QVERIFY2(csr, csr ? "" : qPrintable(csr.error().message));
        const QByteArray newKey = read(Enrollment::pendingKeyPath(d));
        QVERIFY(!newKey.isEmpty());
        QVERIFY(newKey != oldKey);
        QCOMPARE(read(Enrollment::keyPath(d)), oldKey); // still in use

        // A certificate for the old key is not the renewal: refused, nothing changes.
        auto wrong = Enrollment::completeRenewal(d, oldCert, {});
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, edge::api::Code::Crypto);
        QCOMPARE(read(Enrollment::keyPath(d)), oldKey);
        QCOMPARE(read(Enrollment::certificatePath(d)), oldCert);

        const QByteArray newCert = sign(d, *csr, QStringLiteral("new"));
        QVERIFY(!newCert.isEmpty());
        auto done = Enrollment::completeRenewal(d, newCert, read(d + QStringLiteral("/hubca.pem")));
        QVERIFY2(done, done ? "" : qPrintable(done.error().message));
        QCOMPARE(read(Enrollment::keyPath(d)), newKey);
        QCOMPARE(read(Enrollment::certificatePath(d)), newCert);
        QVERIFY(!QFile::exists(Enrollment::pendingKeyPath(d)));
        QVERIFY(!QFile::exists(Enrollment::certificatePath(d) + QStringLiteral(".new")));

        // A crash between the two renames: the key is new, the certificate still pending.
        QFile::copy(Enrollment::certificatePath(d),
                    Enrollment::certificatePath(d) + QStringLiteral(".new"));
        QFile::remove(Enrollment::certificatePath(d));
        Enrollment::recoverRenewal(d);
        QCOMPARE(read(Enrollment::certificatePath(d)), newCert);
    }

private:
    static QByteArray read(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static bool openssl(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral("openssl"), args);
        return p.waitForStarted() && p.waitForFinished(30'000) && p.exitCode() == 0;
    }
    static QByteArray sign(const QString &d, const QByteArray &csr, const QString &name)
    {
        const QString csrPath = d + QLatin1Char('/') + name + QStringLiteral(".csr");
        QFile f(csrPath);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(csr);
        f.close();
        const QString out = d + QLatin1Char('/') + name + QStringLiteral(".pem");
        if (!openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                      csrPath, QStringLiteral("-CA"), d + QStringLiteral("/hubca.pem"),
                      QStringLiteral("-CAkey"), d + QStringLiteral("/ca.key"),
                      QStringLiteral("-CAcreateserial"), QStringLiteral("-days"),
                      QStringLiteral("1"), QStringLiteral("-out"), out}))
            return {};
        return read(out);
    }
};

QTEST_GUILESS_MAIN(TstControlChannel)
#include "tst_controlchannel.moc"
