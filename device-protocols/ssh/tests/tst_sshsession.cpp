// Integration test: a real OpenSSH sshd on 127.0.0.1 with its own config and keys in a temp dir.
#include "device-protocols/ssh/sshsession.h"
#include "support/localnet.h"
#include "support/sshdpeer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

using namespace edge::ssh;
using namespace std::chrono_literals;

using edge::testsupport::freePort;
using edge::testsupport::run;
using edge::testsupport::SshdPeer;

class TestSshSession : public QObject {
    Q_OBJECT
private:
    SshdPeer m_sshd;
    int m_port = 0;
    QString m_user;
    QString m_knownHosts;

    // Files of the test live beside sshd's own (keys, config) in its directory.
    QString path(const char *name) const { return m_sshd.path(QLatin1String(name)); }

    Credentials keyCredentials(const char *keyName) const
    {
        return Credentials{m_user, path(keyName), QString()};
    }

    QString remoteSha256(SshSession &session, const QString &file)
    {
        auto r = session.exec(QStringLiteral("sha256sum '%1'").arg(file), 30s);
        if (!r || r->exitStatus != 0)
            return {};
        return QString::fromLatin1(r->stdOut.split(' ').value(0));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!SshdPeer::available())
            QSKIP(SshdPeer::skipReason());
        for (const char *key : {"host_key2", "wrong_key"})
            QVERIFY2(m_sshd.generateKey(QLatin1String(key)), qPrintable(m_sshd.error()));
        QVERIFY2(m_sshd.start(), qPrintable(m_sshd.error()));
        m_user = m_sshd.user();
        m_port = m_sshd.port();
        m_knownHosts = path("state/known_hosts");
    }

    void cleanupTestCase() { m_sshd.stop(); }

    void unknownHostKeyReportsFingerprint()
    {
        QByteArray listing;
        QVERIFY(run(QStringLiteral("ssh-keygen"), {QStringLiteral("-lf"), path("host_key.pub")},
                    &listing));
        const QString expected = QString::fromLatin1(listing.split(' ').value(1));
        QVERIFY(expected.startsWith(QStringLiteral("SHA256:")));

        SshSession session(m_knownHosts);
        auto r = session.connect(QStringLiteral("127.0.0.1"), m_port, keyCredentials("user_key"),
                                 10s);
        QVERIFY(!r);
        QVERIFY2(SshSession::isUnknownHostKey(r.error()), qPrintable(r.error().toString()));
        QVERIFY(r.error().message.contains(expected));
        QVERIFY(session.pendingHostKey());
        QCOMPARE(session.pendingHostKey()->fingerprint, expected);
        QVERIFY(!session.isConnected());
        QVERIFY(!QFile::exists(m_knownHosts));

        auto accepted = session.acceptHostKey();
        QVERIFY2(accepted, qPrintable(accepted ? QString() : accepted.error().toString()));
        QVERIFY(!session.pendingHostKey());
        QVERIFY(QFile::exists(m_knownHosts));
        QVERIFY(!session.acceptHostKey());
    }

    void acceptedKeyConnects()
    {
        SshSession session(m_knownHosts);
        auto r = session.connect(QStringLiteral("127.0.0.1"), m_port, keyCredentials("user_key"),
                                 10s);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QVERIFY(session.isConnected());
        QVERIFY(!session.pendingHostKey());
    }

    void wrongKeyRefused()
    {
        SshSession session(m_knownHosts);
        auto r = session.connect(QStringLiteral("127.0.0.1"), m_port, keyCredentials("wrong_key"),
                                 10s);
        QVERIFY(!r);
        QCOMPARE(r.error().code, edge::api::Code::Unauthenticated);
        QVERIFY(r.error().detail.contains(QStringLiteral("auth-publickey")));
        QVERIFY(!session.isConnected());
        auto missing = session.connect(QStringLiteral("127.0.0.1"), m_port,
                                       keyCredentials("no_such_key"), 10s);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, edge::api::Code::Unauthenticated);
    }

    void execReturnsStatusAndOutputs()
    {
        SshSession session(m_knownHosts);
        QVERIFY(!session.exec(QStringLiteral("true"), 5s)); // not connected
        QVERIFY(
            session.connect(QStringLiteral("127.0.0.1"), m_port, keyCredentials("user_key"), 10s));
        auto r = session.exec(QStringLiteral("echo hi; echo err >&2; exit 3"), 30s);
        QVERIFY2(r, qPrintable(r ? QString() : r.error().toString()));
        QCOMPARE(r->exitStatus, 3);
        QCOMPARE(r->stdOut, QByteArray("hi\n"));
        QCOMPARE(r->stdErr, QByteArray("err\n"));
        auto second = session.exec(QStringLiteral("printf abc"), 30s);
        QVERIFY(second);
        QCOMPARE(second->exitStatus, 0);
        QCOMPARE(second->stdOut, QByteArray("abc"));
        QVERIFY(second->stdErr.isEmpty());
    }

    void cancelledUploadLeavesNothingThenRerunSucceeds()
    {
        QByteArray data(4 * 1024 * 1024, Qt::Uninitialized);
        QRandomGenerator rng(42);
        rng.fillRange(reinterpret_cast<quint32 *>(data.data()), data.size() / 4);
        QFile local(path("payload.bin"));
        QVERIFY(local.open(QIODevice::WriteOnly));
        QCOMPARE(local.write(data), data.size());
        local.close();
        const QString remote = path("remote/payload.bin");
        QVERIFY(QDir().mkpath(path("remote")));

        SshSession session(m_knownHosts);
        QVERIFY(
            session.connect(QStringLiteral("127.0.0.1"), m_port, keyCredentials("user_key"), 10s));

        // Cancel after the first chunk.
        std::atomic_bool cancel = false;
        qint64 cancelledAt = 0;
        auto cancelled = session.upload(
            path("payload.bin"), remote, 0640,
            [&](qint64 bytes, qint64) {
                if (bytes > 0 && !cancel) {
                    cancelledAt = bytes;
                    cancel = true;
                }
            },
            &cancel);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, edge::api::Code::Cancelled);
        QVERIFY(cancelledAt > 0 && cancelledAt < data.size());
        QVERIFY(!QFile::exists(remote));
        QVERIFY(!QFile::exists(remote + QStringLiteral(".part")));
        auto ls = session.exec(QStringLiteral("ls -A '%1'").arg(path("remote")), 30s);
        QVERIFY(ls);
        QCOMPARE(ls->stdOut, QByteArray());

        // A re-run succeeds, reports progress up to the total and yields identical bytes.
        qint64 last = -1;
        qint64 reportedTotal = 0;
        bool monotonic = true;
        auto ok = session.upload(path("payload.bin"), remote, 0640, [&](qint64 bytes, qint64 total) {
            monotonic = monotonic && bytes >= last;
            last = bytes;
            reportedTotal = total;
        });
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().toString()));
        QVERIFY(monotonic);
        QCOMPARE(reportedTotal, qint64(data.size()));
        QCOMPARE(last, qint64(data.size()));
        QVERIFY(!QFile::exists(remote + QStringLiteral(".part")));
        const QString expected = QString::fromLatin1(
            QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
        QCOMPARE(remoteSha256(session, remote), expected);
        auto mode = session.exec(QStringLiteral("stat -c %a '%1'").arg(remote), 30s);
        QVERIFY(mode);
        QCOMPARE(mode->stdOut.trimmed(), QByteArray("640"));

        // Uploading again over an existing file replaces it.
        QFile small(path("small.txt"));
        QVERIFY(small.open(QIODevice::WriteOnly));
        small.write("replaced\n");
        small.close();
        QVERIFY(session.upload(path("small.txt"), remote, 0600));
        auto cat = session.exec(QStringLiteral("cat '%1'").arg(remote), 30s);
        QVERIFY(cat);
        QCOMPARE(cat->stdOut, QByteArray("replaced\n"));

        QVERIFY(!session.upload(path("does-not-exist"), remote, 0600));

        // A failed upload (missing remote directory) leaves no file behind either.
        const QString missingDir = path("no-such-dir/payload.bin");
        auto failed = session.upload(path("payload.bin"), missingDir, 0600);
        QVERIFY(!failed);
        QVERIFY(failed.error().detail.contains(QStringLiteral("sftp-open")));
        QVERIFY(!QFile::exists(path("no-such-dir")));
    }

    void downloadRoundTrip()
    {
        SshSession session(m_knownHosts);
        QVERIFY(
            session.connect(QStringLiteral("127.0.0.1"), m_port, keyCredentials("user_key"), 10s));
        const QString source = path("payload.bin");
        const QString target = path("downloaded.bin");
        qint64 last = -1;
        auto ok = session.download(source, target, [&](qint64 bytes, qint64) { last = bytes; });
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().toString()));
        QFile a(source), b(target);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(last, a.size());
        QVERIFY(a.readAll() == b.readAll());
        QVERIFY(!QFile::exists(target + QStringLiteral(".part")));

        std::atomic_bool cancel = true;
        const QString cancelledTarget = path("cancelled.bin");
        auto cancelled = session.download(source, cancelledTarget, {}, &cancel);
        QVERIFY(!cancelled);
        QCOMPARE(cancelled.error().code, edge::api::Code::Cancelled);
        QVERIFY(!QFile::exists(cancelledTarget));
        QVERIFY(!QFile::exists(cancelledTarget + QStringLiteral(".part")));

        auto missing = session.download(path("nothing-here"), cancelledTarget);
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, edge::api::Code::NotFound);
        QVERIFY(!QFile::exists(cancelledTarget));
    }

    void execTimeoutAndClosedPort()
    {
        SshSession session(m_knownHosts);
        QVERIFY(
            session.connect(QStringLiteral("127.0.0.1"), m_port, keyCredentials("user_key"), 10s));
        auto slow = session.exec(QStringLiteral("sleep 3"), 200ms);
        QVERIFY(!slow);
        QCOMPARE(slow.error().code, edge::api::Code::DeadlineExceeded);

        SshSession closed(m_knownHosts);
        auto r = closed.connect(QStringLiteral("127.0.0.1"), freePort(), keyCredentials("user_key"),
                                5s);
        QVERIFY(!r);
        QCOMPARE(r.error().code, edge::api::Code::Unavailable);
        QVERIFY(r.error().detail.contains(QStringLiteral("step: connect")));
    }

    void changedHostKeyRefused()
    {
        QVERIFY2(m_sshd.start({.hostKey = path("host_key2")}), qPrintable(m_sshd.error()));
        SshSession session(m_knownHosts);
        auto r = session.connect(QStringLiteral("127.0.0.1"), m_port, keyCredentials("user_key"),
                                 10s);
        QVERIFY(!r);
        QVERIFY2(SshSession::isChangedHostKey(r.error()), qPrintable(r.error().toString()));
        QVERIFY(r.error().message.contains(m_knownHosts));
        QVERIFY(r.error().message.contains(QStringLiteral("CHANGED")));
        QVERIFY(r.error().message.contains(QStringLiteral("line 1 ")));
        QVERIFY(!session.pendingHostKey());
        QVERIFY(!session.isConnected());
        QVERIFY(!session.acceptHostKey());
    }
};

QTEST_GUILESS_MAIN(TestSshSession)
#include "tst_sshsession.moc"
