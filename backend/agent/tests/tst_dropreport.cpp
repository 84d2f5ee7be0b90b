// DropReport: `outbox.dropped` events from a real Outbox that drops records under its quota, over
// batch cycles as the control channel drives them (batch sent, maybe resent, acknowledged).
#include "backend/agent/dropreport.h"
#include "backend/agent/outbox.h"

#include <QTemporaryDir>
#include <QTest>

using namespace edge::agent;

class TstDropReport : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void message_data()
    {
        QTest::addColumn<qint64>("status");
        QTest::addColumn<qint64>("event");
        QTest::addColumn<qint64>("metric");
        QTest::addColumn<QString>("expected");
        QTest::newRow("metrics only")
            << qint64(0) << qint64(0) << qint64(120)
            << QStringLiteral("the outbox dropped 120 record(s) to stay within its disk quota "
                              "(outbox-quota-mb): 120 metric");
        QTest::newRow("every kind")
            << qint64(3) << qint64(1) << qint64(7)
            << QStringLiteral("the outbox dropped 11 record(s) to stay within its disk quota "
                              "(outbox-quota-mb): 3 status, 1 event, 7 metric");
    }
    void message()
    {
        QFETCH(qint64, status);
        QFETCH(qint64, event);
        QFETCH(qint64, metric);
        QFETCH(QString, expected);
        QCOMPARE(DropReport::message(OutboxDropped{status, event, metric}), expected);
    }

    void nothingDroppedNoEvent()
    {
        DropReport report;
        QVERIFY(!report.onBatch({}, 1000));
        report.onAcked({});
        QVERIFY(!report.onBatch({}, 2000));
    }

    void batchCyclesWithRealOutbox()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QByteArray payload(36, 'm');
        const qint64 record = Outbox::kRecordOverhead + payload.size();
        auto box = Outbox::open(dir.filePath(QStringLiteral("outbox.db")), 4 * record);
        QVERIFY2(box, box ? "" : qPrintable(box.error().message));
        Outbox &outbox = **box;
        for (int i = 0; i < 6; ++i)
            QVERIFY(outbox.append(OutboxKind::Metric, payload));
        QCOMPARE(outbox.droppedCount(), (OutboxDropped{0, 0, 2}));

        // Cycle 1: the batch reports two dropped metrics: one warning naming them.
        DropReport report;
        const OutboxDropped sent1 = outbox.droppedCount();
        auto e = report.onBatch(sent1, 1234);
        QVERIFY(e);
        QCOMPARE(e->type, QStringLiteral("outbox.dropped"));
        QCOMPARE(e->severity, edge::api::EventSeverity::Warning);
        QCOMPARE(e->atMs, qint64(1234));
        QVERIFY2(e->message.contains(QStringLiteral(": 2 metric")), qPrintable(e->message));
        QVERIFY(!e->message.contains(QStringLiteral("status")));

        // The Ack was lost and the batch is resent with the same counts: nothing new to say.
        QVERIFY(!report.onBatch(outbox.droppedCount(), 1300));

        // More drops meanwhile (a status record takes room for its coalesce key too): the resend
        // announces only those.
        QVERIFY(outbox.append(OutboxKind::Status, OutboxPriority::Low, payload,
                              QStringLiteral("status")));
        QVERIFY(outbox.append(OutboxKind::Metric, payload));
        const OutboxDropped sent2 = outbox.droppedCount();
        QVERIFY2(sent2.total() > sent1.total(), qPrintable(QString::number(sent2.total())));
        e = report.onBatch(sent2, 1400);
        QVERIFY(e);
        const OutboxDropped fresh{sent2.status - sent1.status, sent2.event - sent1.event,
                                  sent2.metric - sent1.metric};
        QCOMPARE(e->message, DropReport::message(fresh));

        // One more drop while that batch is in flight, then the hub acknowledges it.
        QVERIFY(outbox.append(OutboxKind::Metric, payload));
        const OutboxDropped afterSend = outbox.droppedCount();
        QCOMPARE(afterSend.total(), sent2.total() + 1);
        QVERIFY(outbox.resetDropped(sent2));
        report.onAcked(sent2);
        QCOMPARE(report.announced(), OutboxDropped{});

        // Cycle 2: only the drop after the send is new, and it is announced once.
        const OutboxDropped sent3 = outbox.droppedCount();
        QCOMPARE(sent3.total(), 1);
        e = report.onBatch(sent3, 1500);
        QVERIFY(e);
        QCOMPARE(e->message, DropReport::message(sent3));
        QVERIFY(outbox.resetDropped(sent3));
        report.onAcked(sent3);

        // Cycle 3: no new drops, no event.
        QCOMPARE(outbox.droppedCount(), OutboxDropped{});
        QVERIFY(!report.onBatch(outbox.droppedCount(), 1600));
    }
};

QTEST_GUILESS_MAIN(TstDropReport)
#include "tst_dropreport.moc"
