#include "device-protocols/ssh/hostkeys.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace edge::ssh;

class TestHostKeys : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void formatMatchesOpenSsh()
    {
        // Digest of the bytes "abc"; OpenSSH-style text is base64 without '=' padding.
        const QByteArray digest = QCryptographicHash::hash("abc", QCryptographicHash::Sha256);
        QCOMPARE(hostkeys::formatSha256Fingerprint(digest),
                 QStringLiteral("SHA256:ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0"));
    }

    void parseRoundTrip()
    {
        const QByteArray digest = QCryptographicHash::hash("xyz", QCryptographicHash::Sha256);
        const QString text = hostkeys::formatSha256Fingerprint(digest);
        auto parsed = hostkeys::parseSha256Fingerprint(text);
        QVERIFY(parsed.has_value());
        QCOMPARE(*parsed, digest);
        auto padded = hostkeys::parseSha256Fingerprint(QStringLiteral("  ") + text
                                                       + QStringLiteral("=  "));
        QVERIFY(padded.has_value());
        QCOMPARE(*padded, digest);
    }

    void parseRejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("md5") << QStringLiteral("MD5:12:34");
        QTest::newRow("short") << QStringLiteral(
            "SHA256:ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa");
        QTest::newRow("long") << QStringLiteral(
            "SHA256:ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0A");
        QTest::newRow("bad char") << QStringLiteral(
            "SHA256:ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAF*0");
        QTest::newRow("non canonical")
            << QStringLiteral("SHA256:ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa1");
    }
    void parseRejects()
    {
        QFETCH(QString, text);
        QVERIFY(!hostkeys::parseSha256Fingerprint(text).has_value());
    }

    void knownHostsName()
    {
        QCOMPARE(hostkeys::knownHostsName(QStringLiteral("10.0.0.1"), 22),
                 QStringLiteral("10.0.0.1"));
        QCOMPARE(hostkeys::knownHostsName(QStringLiteral("127.0.0.1"), 2222),
                 QStringLiteral("[127.0.0.1]:2222"));
    }

    void knownHostsLines()
    {
        const QByteArray salt = "0123456789abcdefghij";
        const QByteArray mac = QMessageAuthenticationCode::hash("[127.0.0.1]:2222", salt,
                                                                QCryptographicHash::Sha1);
        const QByteArray hashed = "|1|" + salt.toBase64() + '|' + mac.toBase64();
        const QByteArray content = "# comment [127.0.0.1]:2222\n"
                                   "[127.0.0.1]:2222 ssh-ed25519 AAAA\n"
                                   "other,[127.0.0.1]:2222\tssh-rsa AAAA\n"
                                   "127.0.0.1 ssh-ed25519 AAAA\n"
                                   "@revoked [127.0.0.1]:2222 ssh-ed25519 AAAA\n"
                                   "\n"
                                   + hashed
                                   + " ssh-ed25519 AAAA\n"
                                     "[127.0.0.1]:22220 ssh-ed25519 AAAA\n"
                                     "[127.0.0.1]:2222";
        QCOMPARE(hostkeys::knownHostsLines(content, QStringLiteral("127.0.0.1"), 2222),
                 (QList<int>{2, 3, 7}));
        QCOMPARE(hostkeys::knownHostsLines(content, QStringLiteral("127.0.0.1"), 22),
                 (QList<int>{4}));
        QCOMPARE(hostkeys::knownHostsLines(content, QStringLiteral("10.9.9.9"), 22), QList<int>{});
    }
};

QTEST_APPLESS_MAIN(TestHostKeys)
#include "tst_hostkeys.moc"
