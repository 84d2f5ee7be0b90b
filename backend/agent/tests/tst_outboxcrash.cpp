// kill -9 a process appending to the outbox, 10 times: every sequence number it printed (that is,
// every append() that returned) must still be in the outbox afterwards, and numbers only grow.
#include "backend/agent/outbox.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <set>

using namespace edge::agent;

class TestOutboxCrash : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void killNineTimesTen();
};

void TestOutboxCrash::killNineTimesTen()
{
    const QString helper = qEnvironmentVariable("EC_OUTBOX_HELPER");
    QVERIFY2(QFileInfo::exists(helper), qPrintable(helper));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("outbox.db"));

    std::set<qint64> printed;
    qint64 lastPrinted = 0;
    for (int round = 0; round < 10; ++round) {
        QProcess p;
        p.setProcessChannelMode(QProcess::SeparateChannels);
        p.start(helper, {path});
        QVERIFY2(p.waitForStarted(10000), qPrintable(p.errorString()));
        // Let it append a varying number of records, then SIGKILL it mid-stream.
        const int want = 20 + round * 7;
        QByteArray out;
        while (out.count('\n') < want && p.state() == QProcess::Running) {
            p.waitForReadyRead(10000);
            out += p.readAllStandardOutput();
        }
        p.kill(); // SIGKILL on Unix
        QVERIFY(p.waitForFinished(10000));
        out += p.readAllStandardOutput();
        QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        QVERIFY2(out.count('\n') >= want, p.readAllStandardError().constData());
        // Only complete lines: a number is "returned" once its newline was printed.
        const QList<QByteArray> lines = out.left(out.lastIndexOf('\n')).split('\n');
        for (const QByteArray &line : lines) {
            bool ok = false;
            const qint64 seq = line.toLongLong(&ok);
            QVERIFY2(ok, line.constData());
            QVERIFY2(seq > lastPrinted,
                     qPrintable(QStringLiteral("%1 after %2").arg(seq).arg(lastPrinted)));
            lastPrinted = seq;
            printed.insert(seq);
        }
    }
    QVERIFY(printed.size() >= 10 * 20);

    auto box = Outbox::open(path, 0);
    QVERIFY2(box, qPrintable(box ? QString() : box.error().toString()));
    auto pending = (*box)->pending(-1);
    QVERIFY(pending);
    std::set<qint64> stored;
    for (const OutboxRecord &r : *pending) {
        stored.insert(r.seq);
        QCOMPARE(r.payload, QByteArray(200, 'x'));
    }
    for (qint64 seq : printed)
        QVERIFY2(stored.contains(seq), qPrintable(QStringLiteral("lost seq %1").arg(seq)));
    QVERIFY((*box)->lastSequence() >= lastPrinted);
}

QTEST_GUILESS_MAIN(TestOutboxCrash)
#include "tst_outboxcrash.moc"
