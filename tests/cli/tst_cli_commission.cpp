// Cabinet commissioning with edgectl on an offline data dir (issue 6): start a run of the shipped
// all-in-one-cabinet template, record a pass, measurements inside and outside an item's range, a
// skip with its reason, a note and a photo; `commission status --json` counts them; finish (refused
// while items are pending unless --allow-open); a finished run refuses records; a revision copies
// them; the sealed report names the cabinet (pdftotext) and `report verify` finds it authentic,
// and not after one byte changed. The same commands work on a real edge-hub process (--hub).
#include "clirunner.h"
#include "support/hubprocess.h"

#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using edge::testing::CliResult;
using edge::testing::CliRunner;

class TestCliCommission : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void commissionACabinet();
    void onARemoteHub();

private:
    CliResult ec(const QStringList &args, const QByteArray &input = {}) const
    {
        return m_cli->run(QStringList{QStringLiteral("--data"), m_data} + args, QString(), input);
    }
    QJsonObject status(const QString &run) const
    {
        const CliResult r = ec({QStringLiteral("--json"), QStringLiteral("commission"),
                                QStringLiteral("status"), run});
        return r.exitCode == 0 ? r.json().object() : QJsonObject();
    }
    CliResult record(const QString &run, const QString &item, const QStringList &what) const
    {
        return ec(QStringList{QStringLiteral("--json"), QStringLiteral("commission"),
                              QStringLiteral("record"), run, QStringLiteral("--item"), item}
                  + what);
    }
    QString pdfText(const QString &pdf) const
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"),
                {QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-")});
        if (!p.waitForFinished(60000) || p.exitCode() != 0)
            return {};
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<CliRunner> m_cli;
    QString m_data;
};

void TestCliCommission::initTestCase()
{
    QVERIFY2(QFile::exists(CliRunner::edgectl()), "edgectl is not built (EC_BIN_DIR)");
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_cli = std::make_unique<CliRunner>(m_tmp->filePath(QStringLiteral("home")));
    m_data = m_tmp->filePath(QStringLiteral("data"));
    CliResult r = ec({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Roadside 7"), QStringLiteral("--kind"),
                      QStringLiteral("cabinet-site")});
    QVERIFY2(r.exitCode == 0, r.describe());
    r = ec({QStringLiteral("cabinet"), QStringLiteral("add"), QStringLiteral("--site"),
            QStringLiteral("Roadside 7"), QStringLiteral("--name"), QStringLiteral("AIO-0451"),
            QStringLiteral("--height-u"), QStringLiteral("24"), QStringLiteral("--depth-mm"),
            QStringLiteral("600")});
    QVERIFY2(r.exitCode == 0, r.describe());
}

void TestCliCommission::commissionACabinet()
{
    // The shipped default template is listed.
    CliResult r = ec(
        {QStringLiteral("--json"), QStringLiteral("commission"), QStringLiteral("templates")});
    QVERIFY2(r.exitCode == 0, r.describe());
    bool shipped = false;
    for (const QJsonValue &t : r.json().object().value(QStringLiteral("templates")).toArray())
        shipped = shipped
                  || t.toObject().value(QStringLiteral("template_id")).toString()
                         == u"all-in-one-cabinet";
    QVERIFY2(shipped, r.out.constData());

    r = ec({QStringLiteral("--json"), QStringLiteral("commission"), QStringLiteral("start"),
            QStringLiteral("--cabinet"), QStringLiteral("AIO-0451"), QStringLiteral("--template"),
            QStringLiteral("all-in-one-cabinet"), QStringLiteral("--name"),
            QStringLiteral("Acceptance"), QStringLiteral("--customer"),
            QStringLiteral("Metro Telecom"), QStringLiteral("--engineer"), QStringLiteral("ann")});
    QVERIFY2(r.exitCode == 0, r.describe());
    const QString runId = r.json().object().value(QStringLiteral("id")).toString();
    QVERIFY(!runId.isEmpty());
    QCOMPARE(r.json().object().value(QStringLiteral("status")).toString(),
             QStringLiteral("in-progress"));
    // A template that does not exist is refused, naming the ones that do.
    r = ec({QStringLiteral("commission"), QStringLiteral("start"), QStringLiteral("--cabinet"),
            QStringLiteral("AIO-0451"), QStringLiteral("--template"), QStringLiteral("nope")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.errText().contains(QStringLiteral("all-in-one-cabinet")), r.describe());

    // Pick items from the run: ranged measurements, and plain items for pass, skip and note.
    QJsonObject st = status(QStringLiteral("Acceptance"));
    const QJsonObject progress0 = st.value(QStringLiteral("progress")).toObject();
    const int total = progress0.value(QStringLiteral("total")).toInt();
    QVERIFY2(total >= 3, QJsonDocument(st).toJson().constData());
    QCOMPARE(progress0.value(QStringLiteral("done")).toInt(), 0);
    QCOMPARE(progress0.value(QStringLiteral("verdict")).toString(), QStringLiteral("incomplete"));
    QList<QJsonObject> ranged;
    QStringList plain;
    for (const QJsonValue &v : progress0.value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = v.toObject();
        if (item.contains(QStringLiteral("unit"))
            && (item.contains(QStringLiteral("min")) || item.contains(QStringLiteral("max"))))
            ranged << item;
        else if (item.value(QStringLiteral("mode")).toString() != u"automatic")
            plain << item.value(QStringLiteral("id")).toString();
    }
    QVERIFY2(!ranged.isEmpty() && plain.size() >= 2, QJsonDocument(st).toJson().constData());
    const QJsonObject inRange = ranged.first();
    const QJsonObject outRange = ranged.size() > 1 ? ranged.at(1) : ranged.first();
    const QString passItem = plain.at(0);
    const QString skipItem = plain.at(1);

    // A measurement inside the range passes, one outside fails with its value.
    const auto inside = [](const QJsonObject &i) {
        if (i.contains(QStringLiteral("min")) && i.contains(QStringLiteral("max")))
            return (i.value(QStringLiteral("min")).toDouble()
                    + i.value(QStringLiteral("max")).toDouble())
                   / 2;
        return i.contains(QStringLiteral("max")) ? i.value(QStringLiteral("max")).toDouble()
                                                 : i.value(QStringLiteral("min")).toDouble();
    };
    const double outside = outRange.contains(QStringLiteral("max"))
                               ? outRange.value(QStringLiteral("max")).toDouble() + 10
                               : outRange.value(QStringLiteral("min")).toDouble() - 10;
    r = record(runId, inRange.value(QStringLiteral("id")).toString(),
               {QStringLiteral("--measure"), QString::number(inside(inRange)),
                QStringLiteral("--unit"), inRange.value(QStringLiteral("unit")).toString()});
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.json().object().value(QStringLiteral("state")).toString(), QStringLiteral("passed"));
    r = record(QStringLiteral("Acceptance"), outRange.value(QStringLiteral("id")).toString(),
               {QStringLiteral("--measure"), QString::number(outside), QStringLiteral("--comment"),
                QStringLiteral("measured twice")});
    QVERIFY2(r.exitCode == 0, r.describe());
    QJsonObject rec = r.json().object();
    QCOMPARE(rec.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
    const QJsonArray created = rec.value(QStringLiteral("records")).toArray();
    QCOMPARE(created.size(), 2); // the evidence and the result
    const QJsonObject result = created.at(1).toObject().value(QStringLiteral("payload")).toObject();
    QCOMPARE(result.value(QStringLiteral("outcome")).toString(), QStringLiteral("fail"));
    QCOMPARE(result.value(QStringLiteral("value")).toDouble(), outside);
    QCOMPARE(result.value(QStringLiteral("comment")).toString(), QStringLiteral("measured twice"));
    // A measurement in another unit is refused.
    r = record(runId, inRange.value(QStringLiteral("id")).toString(),
               {QStringLiteral("--measure"), QStringLiteral("1"), QStringLiteral("--unit"),
                QStringLiteral("furlong")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.errText().contains(QStringLiteral("--unit")), r.describe());

    r = record(runId, passItem, {QStringLiteral("--pass")});
    QVERIFY2(r.exitCode == 0, r.describe());
    r = record(runId, passItem, {QStringLiteral("--note"), QStringLiteral("Labels checked")});
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.json().object().value(QStringLiteral("state")).toString(), QStringLiteral("passed"));
    r = record(runId, skipItem, {QStringLiteral("--skip"), QStringLiteral("Delivered next week")});
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.json().object().value(QStringLiteral("state")).toString(),
             QStringLiteral("skipped"));

    // A photo as evidence (a small JPEG): stored as an attachment, the record keeps its digest.
    QImage image(320, 240, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    const QString jpeg = m_tmp->filePath(QStringLiteral("label.jpg"));
    QVERIFY(image.save(jpeg, "JPEG"));
    r = record(runId, passItem, {QStringLiteral("--photo"), jpeg});
    QVERIFY2(r.exitCode == 0, r.describe());
    const QJsonObject photo = r.json()
                                  .object()
                                  .value(QStringLiteral("records"))
                                  .toArray()
                                  .at(0)
                                  .toObject()
                                  .value(QStringLiteral("payload"))
                                  .toObject();
    QCOMPARE(photo.value(QStringLiteral("type")).toString(), QStringLiteral("photo"));
    QCOMPARE(photo.value(QStringLiteral("attachment")).toString().size(), 64);

    // Refusals: an unknown item (naming the real ones), two actions, a skip without reason.
    r = record(runId, QStringLiteral("no.such.item"), {QStringLiteral("--pass")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.errText().contains(passItem) || r.errText().contains(QStringLiteral("--item")),
             r.describe());
    r = record(runId, passItem, {QStringLiteral("--pass"), QStringLiteral("--fail")});
    QCOMPARE(r.exitCode, 2);
    r = record(runId, skipItem, {QStringLiteral("--skip"), QStringLiteral(" ")});
    QCOMPARE(r.exitCode, 2);

    // Progress: the numbers of what was recorded.
    const int passed = ranged.size() > 1 ? 2 : 1;
    st = status(runId);
    QJsonObject progress = st.value(QStringLiteral("progress")).toObject();
    QCOMPARE(progress.value(QStringLiteral("total")).toInt(), total);
    QCOMPARE(progress.value(QStringLiteral("passed")).toInt(), passed);
    QCOMPARE(progress.value(QStringLiteral("failed")).toInt(), 1);
    QCOMPARE(progress.value(QStringLiteral("skipped")).toInt(), 1);
    QCOMPARE(progress.value(QStringLiteral("done")).toInt(), passed + 2);
    QCOMPARE(progress.value(QStringLiteral("pending")).toInt(), total - passed - 2);
    QCOMPARE(progress.value(QStringLiteral("verdict")).toString(), QStringLiteral("incomplete"));
    int sectionTotal = 0;
    int sectionDone = 0;
    for (const QJsonValue &s : progress.value(QStringLiteral("sections")).toArray()) {
        sectionTotal += s.toObject().value(QStringLiteral("total")).toInt();
        sectionDone += s.toObject().value(QStringLiteral("done")).toInt();
    }
    QCOMPARE(sectionTotal, total);
    QCOMPARE(sectionDone, passed + 2);
    bool skipOpen = false;
    for (const QJsonValue &v : progress.value(QStringLiteral("open_items")).toArray())
        if (v.toObject().value(QStringLiteral("id")).toString() == skipItem)
            skipOpen = v.toObject().value(QStringLiteral("skip_reason")).toString()
                       == u"Delivered next week";
    QVERIFY2(skipOpen, QJsonDocument(progress).toJson().constData());
    // The text form shows the overall progress.
    r = ec({QStringLiteral("commission"), QStringLiteral("status"), runId});
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY2(r.outText().contains(QStringLiteral("%1/%2").arg(passed + 2).arg(total)), r.describe());

    // Finish: refused while items are pending, then with --allow-open.
    r = ec({QStringLiteral("commission"), QStringLiteral("finish"), runId});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.errText().contains(QStringLiteral("--allow-open")), r.describe());
    r = ec({QStringLiteral("--json"), QStringLiteral("commission"), QStringLiteral("finish"), runId,
            QStringLiteral("--allow-open")});
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.json().object().value(QStringLiteral("status")).toString(),
             QStringLiteral("finished"));
    // Read-only now.
    r = record(runId, passItem, {QStringLiteral("--note"), QStringLiteral("too late")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.errText().contains(QStringLiteral("revision")), r.describe());
    QCOMPARE(status(runId).value(QStringLiteral("progress")).toObject(), progress);

    // A revision starts with a copy of the records.
    r = ec(
        {QStringLiteral("--json"), QStringLiteral("commission"), QStringLiteral("revise"), runId});
    QVERIFY2(r.exitCode == 0, r.describe());
    const QJsonObject revision = r.json().object();
    QCOMPARE(revision.value(QStringLiteral("name")).toString(), QStringLiteral("Acceptance r2"));
    QCOMPARE(revision.value(QStringLiteral("run_revision")).toInt(), 2);
    QCOMPARE(revision.value(QStringLiteral("revision_of")).toString(), runId);
    QCOMPARE(revision.value(QStringLiteral("records_copied")).toInt(), 8);
    const QString revId = revision.value(QStringLiteral("id")).toString();
    st = status(revId);
    QCOMPARE(st.value(QStringLiteral("supersedes")).toString(), QStringLiteral("Acceptance"));
    QCOMPARE(st.value(QStringLiteral("progress")).toObject().value(QStringLiteral("passed")),
             progress.value(QStringLiteral("passed")));
    r = record(revId, skipItem,
               {QStringLiteral("--pass"), QStringLiteral("--comment"),
                QStringLiteral("UPS delivered")});
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.json().object().value(QStringLiteral("state")).toString(), QStringLiteral("passed"));

    // The sealed report.
    const QString pdf = m_tmp->filePath(QStringLiteral("acceptance.pdf"));
    const QByteArray passphrase = "correct horse battery\n";
    r = ec({QStringLiteral("--json"), QStringLiteral("commission"), QStringLiteral("report"), revId,
            QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("-o"), pdf,
            QStringLiteral("--passphrase-stdin")},
           passphrase);
    if (r.exitCode != 0 && r.errText().contains(QStringLiteral("not built yet")))
        QSKIP(qPrintable(QStringLiteral("the report or seal is not built yet: ") + r.errText()));
    QVERIFY2(r.exitCode == 0, r.describe());
    const QJsonObject report = r.json().object();
    QVERIFY(report.value(QStringLiteral("pages")).toInt() >= 1);
    QCOMPARE(report.value(QStringLiteral("run_revision")).toInt(), 2);
    QCOMPARE(report.value(QStringLiteral("content_sha256")).toString().size(), 64);
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(QStringLiteral("AIO-0451")), qPrintable(text.left(2000)));
    // Every page footer carries the key's and the content's short fingerprints.
    const QString footer = report.value(QStringLiteral("footer")).toString();
    QVERIFY(!footer.isEmpty());
    QCOMPARE(text.count(footer), report.value(QStringLiteral("pages")).toInt());
    r = ec({QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("verify"), pdf});
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.json().object().value(QStringLiteral("authentic")).toBool(), true);

    // One changed byte in the content: not authentic.
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray bytes = f.readAll();
    f.close();
    const qsizetype at = bytes.indexOf("AIO-0451");
    QVERIFY(at > 0 || bytes.size() > 1000);
    const qsizetype flip = at > 0 ? at : bytes.size() / 2;
    bytes[flip] = char(bytes.at(flip) ^ 0x01);
    const QString altered = m_tmp->filePath(QStringLiteral("altered.pdf"));
    QFile g(altered);
    QVERIFY(g.open(QIODevice::WriteOnly));
    QCOMPARE(g.write(bytes), bytes.size());
    g.close();
    r = ec({QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("verify"), altered});
    QVERIFY2(r.exitCode != 0 || !r.json().object().value(QStringLiteral("authentic")).toBool(),
             r.describe());

    // A wrong passphrase for the existing key is refused and writes nothing.
    const QString other = m_tmp->filePath(QStringLiteral("other.pdf"));
    r = ec({QStringLiteral("commission"), QStringLiteral("report"), revId, QStringLiteral("--lang"),
            QStringLiteral("zh_CN"), QStringLiteral("-o"), other,
            QStringLiteral("--passphrase-stdin")},
           "wrong passphrase\n");
    QVERIFY(r.exitCode != 0);
    QVERIFY(!QFile::exists(other));
    // In Chinese with the right one.
    r = ec({QStringLiteral("commission"), QStringLiteral("report"), revId, QStringLiteral("--lang"),
            QStringLiteral("zh_CN"), QStringLiteral("-o"), other,
            QStringLiteral("--passphrase-stdin")},
           passphrase);
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY(pdfText(other).contains(QStringLiteral("AIO-0451")));
}

void TestCliCommission::onARemoteHub()
{
    edge::testing::HubProcess hub;
    QString error;
    QVERIFY2(hub.start(m_tmp->filePath(QStringLiteral("hub")), {}, &error), qPrintable(error));
    const QStringList remote{QStringLiteral("--hub"), hub.address(), QStringLiteral("--ca"),
                             hub.caPath()};
    const auto ec = [&](const QStringList &args, const QByteArray &input = {}) {
        return m_cli->run(remote + args, QString(), input);
    };
    CliResult r = m_cli->run(remote
                                 + QStringList{QStringLiteral("login"), QStringLiteral("--user"),
                                               QStringLiteral("admin")},
                             hub.generatedPassword());
    QVERIFY2(r.exitCode == 0, r.describe());
    r = ec({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--name"),
            QStringLiteral("Depot"), QStringLiteral("--kind"), QStringLiteral("cabinet-site")});
    QVERIFY2(r.exitCode == 0, r.describe());
    r = ec({QStringLiteral("cabinet"), QStringLiteral("add"), QStringLiteral("--site"),
            QStringLiteral("Depot"), QStringLiteral("--name"), QStringLiteral("AIO-R1"),
            QStringLiteral("--height-u"), QStringLiteral("24"), QStringLiteral("--depth-mm"),
            QStringLiteral("600")});
    QVERIFY2(r.exitCode == 0, r.describe());
    r = ec({QStringLiteral("--json"), QStringLiteral("commission"), QStringLiteral("start"),
            QStringLiteral("--cabinet"), QStringLiteral("AIO-R1"), QStringLiteral("--template"),
            QStringLiteral("all-in-one-cabinet")});
    QVERIFY2(r.exitCode == 0, r.describe());
    const QString runId = r.json().object().value(QStringLiteral("id")).toString();
    QCOMPARE(r.json().object().value(QStringLiteral("engineer")).toString(),
             QStringLiteral("admin"));
    r = ec(
        {QStringLiteral("--json"), QStringLiteral("commission"), QStringLiteral("status"), runId});
    QVERIFY2(r.exitCode == 0, r.describe());
    const QString first = r.json()
                              .object()
                              .value(QStringLiteral("progress"))
                              .toObject()
                              .value(QStringLiteral("items"))
                              .toArray()
                              .at(0)
                              .toObject()
                              .value(QStringLiteral("id"))
                              .toString();
    QVERIFY(!first.isEmpty());
    r = ec({QStringLiteral("--json"), QStringLiteral("commission"), QStringLiteral("record"), runId,
            QStringLiteral("--item"), first, QStringLiteral("--skip"),
            QStringLiteral("No ladder on site")});
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.json().object().value(QStringLiteral("done")).toInt(), 1);
    r = ec({QStringLiteral("commission"), QStringLiteral("finish"), runId,
            QStringLiteral("--allow-open")});
    QVERIFY2(r.exitCode == 0, r.describe());
    r = ec({QStringLiteral("commission"), QStringLiteral("record"), runId, QStringLiteral("--item"),
            first, QStringLiteral("--pass")});
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.errText().contains(QStringLiteral("revision")), r.describe());
    // The signing key of a remote user lives in the user's application data.
    const QString pdf = m_tmp->filePath(QStringLiteral("remote.pdf"));
    r = ec({QStringLiteral("commission"), QStringLiteral("report"), runId, QStringLiteral("--lang"),
            QStringLiteral("en"), QStringLiteral("-o"), pdf, QStringLiteral("--passphrase-stdin")},
           "remote passphrase\n");
    if (r.exitCode != 0 && r.errText().contains(QStringLiteral("not built yet")))
        QSKIP("the report or seal is not built yet");
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY(pdfText(pdf).contains(QStringLiteral("AIO-R1")));
}

QTEST_GUILESS_MAIN(TestCliCommission)
#include "tst_cli_commission.moc"
