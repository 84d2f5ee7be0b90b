// `edgectl report verify` end to end (issue 6) with the real binary: a PDF written with
// QPdfWriter and sealed in this process with edge_seal (as `commission report` does) verifies as
// authentic, with its signer, key, content fingerprint, run and time; a copy with one changed
// byte, an unsealed PDF and a missing file do not, with exit codes and messages asserted.
#include "backend/seal/seal.h"
#include "clirunner.h"

#include <QCryptographicHash>
#include <QFile>
#include <QGuiApplication>
#include <QJsonObject>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using edge::testing::CliResult;
using edge::testing::CliRunner;
namespace seal = edge::seal;

namespace {

const QString kPass = QStringLiteral("field engineer passphrase");

bool writePdf(const QString &path, const QString &footer)
{
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    QPainter p;
    if (!p.begin(&writer))
        return false;
    QFont font = p.font();
    font.setPointSize(14);
    p.setFont(font);
    p.drawText(QPointF(200, 300), QStringLiteral("Acceptance report: cabinet C-01"));
    p.drawText(QPointF(200, 500), QStringLiteral("UPS on battery within 10 s: passed"));
    // Without shaping: "ff" in a fingerprint would become a ligature that pdftotext extracts as
    // one character (U+FB00), and the footer would not match the fingerprint.
    QFont plain = font;
    plain.setStyleStrategy(QFont::PreferNoShaping);
    p.setFont(plain);
    p.drawText(QPointF(200, 3300), footer);
    writer.newPage();
    p.drawText(QPointF(200, 300), QStringLiteral("Signatures"));
    p.drawText(QPointF(200, 3300), footer);
    return p.end();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestCliReportVerify : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<CliRunner> m_cli;
    QString m_data;
    QString m_sealed;
    QString m_fingerprint;
    QString m_contentSha;

    QString path(const QString &name) const { return m_tmp->filePath(name); }

    QJsonObject verifyJson(const QStringList &args, int expectedExit)
    {
        const CliResult r = m_cli->run(args + QStringList{QStringLiteral("--json")});
        bool ok = false;
        const QJsonDocument d = r.json(&ok);
        if (r.exitCode != expectedExit || !ok || !d.isObject()) {
            qWarning("%s", r.describe().constData());
            return {};
        }
        return d.object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(CliRunner::edgectl()), qPrintable(CliRunner::edgectl()));
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_cli = std::make_unique<CliRunner>(m_tmp->path());
        m_data = path(QStringLiteral("data"));

        auto key = seal::SigningKey::create(m_data, QStringLiteral("alice"), kPass);
        QVERIFY(key.has_value());
        m_fingerprint = key->fingerprint();
        m_contentSha = QString::fromLatin1(
            QCryptographicHash::hash("run C-01 content", QCryptographicHash::Sha256).toHex());

        m_sealed = path(QStringLiteral("acceptance.pdf"));
        const QString footer = QStringLiteral("Key %1  Content %2  ff00")
                                   .arg(seal::shortFingerprint(m_fingerprint),
                                        seal::shortFingerprint(m_contentSha));
        QVERIFY(writePdf(m_sealed, footer));
        seal::SealInfo info;
        info.signer = QStringLiteral("alice");
        info.signerName = QStringLiteral("Alice Wang");
        info.contentSha256 = m_contentSha;
        info.runId = QStringLiteral("run-c01");
        info.runRevision = 3;
        info.language = QStringLiteral("en");
        info.sealedAtMs = 1'795'123'456'789;
        const auto sealed = seal::sealPdf(m_sealed, *key, info);
        QVERIFY(sealed.has_value());

        // PDF readers ignore the seal after %%EOF.
        QProcess pdftotext;
        pdftotext.start(QStringLiteral("pdftotext"), {m_sealed, QStringLiteral("-")});
        QVERIFY(pdftotext.waitForFinished(60000));
        QCOMPARE(pdftotext.exitCode(), 0);
        const QByteArray text = pdftotext.readAllStandardOutput();
        QVERIFY2(text.contains("Acceptance report: cabinet C-01"), text.constData());
        QVERIFY2(text.contains(seal::shortFingerprint(m_fingerprint).toLatin1()), text.constData());
        QVERIFY2(text.contains("ff00"), text.constData()); // not the U+FB00 ligature
        const QByteArray complaints = pdftotext.readAllStandardError();
        QVERIFY2(!complaints.contains("Error"), complaints.constData());
    }

    void originalIsAuthentic()
    {
        const QJsonObject o = verifyJson({QStringLiteral("--data"), m_data, QStringLiteral("report"),
                                          QStringLiteral("verify"), m_sealed},
                                         0);
        QVERIFY(!o.isEmpty());
        QCOMPARE(o.value(QStringLiteral("authentic")).toBool(false), true);
        QCOMPARE(o.value(QStringLiteral("problem")).toString(QStringLiteral("x")), QString());
        QCOMPARE(o.value(QStringLiteral("file")).toString(), m_sealed);
        QCOMPARE(o.value(QStringLiteral("signer")).toString(), QStringLiteral("alice"));
        QCOMPARE(o.value(QStringLiteral("signer_name")).toString(), QStringLiteral("Alice Wang"));
        QCOMPARE(o.value(QStringLiteral("key_fingerprint")).toString(), m_fingerprint);
        QCOMPARE(o.value(QStringLiteral("key_short_fingerprint")).toString(),
                 seal::shortFingerprint(m_fingerprint));
        QCOMPARE(o.value(QStringLiteral("key_known")).toBool(false), true);
        QCOMPARE(o.value(QStringLiteral("known_as")).toString(), QStringLiteral("alice"));
        QCOMPARE(o.value(QStringLiteral("content_sha256")).toString(), m_contentSha);
        QCOMPARE(o.value(QStringLiteral("run_id")).toString(), QStringLiteral("run-c01"));
        QCOMPARE(o.value(QStringLiteral("run_revision")).toInt(), 3);
        QCOMPARE(o.value(QStringLiteral("language")).toString(), QStringLiteral("en"));
        QCOMPARE(o.value(QStringLiteral("sealed_at_ms")).toDouble(), 1'795'123'456'789.0);
        QCOMPARE(o.value(QStringLiteral("sealed_at")).toString(),
                 QStringLiteral("2026-11-19T21:24:16.789Z"));

        // For people.
        const CliResult r = m_cli->run({QStringLiteral("--data"), m_data, QStringLiteral("report"),
                                        QStringLiteral("verify"), m_sealed});
        QVERIFY2(r.exitCode == 0, r.describe());
        qInfo("%s", r.out.constData());
        QVERIFY2(r.outText().contains(QStringLiteral("is authentic")), r.describe());
        QVERIFY2(r.outText().contains(m_fingerprint), r.describe());
        QVERIFY2(r.outText().contains(QStringLiteral("known in this data directory as alice")),
                 r.describe());
        QVERIFY2(r.outText().contains(QStringLiteral("run-c01, revision 3")), r.describe());
    }

    void unknownKeyWithoutOrOtherData()
    {
        QJsonObject o = verifyJson({QStringLiteral("report"), QStringLiteral("verify"), m_sealed},
                                   0);
        QCOMPARE(o.value(QStringLiteral("authentic")).toBool(false), true);
        QCOMPARE(o.value(QStringLiteral("key_known")).toBool(true), false);
        QCOMPARE(o.value(QStringLiteral("keys_checked")).toBool(true), false);

        const QString other = path(QStringLiteral("other-data"));
        QVERIFY(seal::SigningKey::create(other, QStringLiteral("bob"), kPass).has_value());
        o = verifyJson({QStringLiteral("--data"), other, QStringLiteral("report"),
                        QStringLiteral("verify"), m_sealed},
                       0);
        QCOMPARE(o.value(QStringLiteral("authentic")).toBool(false), true);
        QCOMPARE(o.value(QStringLiteral("key_known")).toBool(true), false);
        QCOMPARE(o.value(QStringLiteral("known_as")).toString(QStringLiteral("x")), QString());
        const CliResult r = m_cli->run({QStringLiteral("--data"), other, QStringLiteral("report"),
                                        QStringLiteral("verify"), m_sealed});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY2(r.errText().contains(QStringLiteral("not one this data directory knows")),
                 r.describe());
    }

    void oneChangedByteIsAltered()
    {
        QByteArray bytes = readAll(m_sealed);
        QVERIFY(bytes.size() > 1000);
        const qsizetype at = bytes.size() / 2;
        bytes[at] = char(bytes[at] ^ 0x01);
        const QString copy = path(QStringLiteral("altered.pdf"));
        QFile f(copy);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(bytes), bytes.size());
        f.close();

        const CliResult r = m_cli->run({QStringLiteral("--data"), m_data, QStringLiteral("report"),
                                        QStringLiteral("verify"), copy});
        QVERIFY2(r.exitCode == 3, r.describe());
        qInfo("%s%s", r.err.constData(), r.out.constData());
        QVERIFY2(r.errText().contains(QStringLiteral("NOT AUTHENTIC")), r.describe());
        QVERIFY2(r.errText().contains(QStringLiteral("altered")), r.describe());
        QVERIFY2(!r.outText().contains(QStringLiteral("is authentic")), r.describe());

        const QJsonObject o = verifyJson({QStringLiteral("--data"), m_data,
                                          QStringLiteral("report"), QStringLiteral("verify"), copy},
                                         3);
        QCOMPARE(o.value(QStringLiteral("authentic")).toBool(true), false);
        QVERIFY2(o.value(QStringLiteral("problem")).toString().contains(QStringLiteral("altered")),
                 qPrintable(o.value(QStringLiteral("problem")).toString()));
        QCOMPARE(o.value(QStringLiteral("signer")).toString(), QStringLiteral("alice"));

        // Bytes appended after the seal.
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(readAll(m_sealed) + "\n");
        f.close();
        const CliResult appended = m_cli->run(
            {QStringLiteral("report"), QStringLiteral("verify"), copy});
        QVERIFY2(appended.exitCode == 3, appended.describe());
        QVERIFY2(appended.errText().contains(QStringLiteral("altered")), appended.describe());
    }

    void unsealedAndMissing()
    {
        const QString plain = path(QStringLiteral("plain.pdf"));
        QVERIFY(writePdf(plain, QStringLiteral("no seal")));
        CliResult r = m_cli->run({QStringLiteral("report"), QStringLiteral("verify"), plain});
        QVERIFY2(r.exitCode == 3, r.describe());
        QVERIFY2(r.errText().contains(QStringLiteral("not sealed")), r.describe());
        const QJsonObject o = verifyJson({QStringLiteral("report"), QStringLiteral("verify"), plain},
                                         3);
        QCOMPARE(o.value(QStringLiteral("authentic")).toBool(true), false);
        QCOMPARE(o.value(QStringLiteral("sealed")).toBool(true), false);

        r = m_cli->run({QStringLiteral("report"), QStringLiteral("verify"),
                        path(QStringLiteral("missing.pdf"))});
        QVERIFY2(r.exitCode == 1, r.describe());
        QVERIFY2(r.errText().contains(QStringLiteral("missing.pdf")), r.describe());

        r = m_cli->run({QStringLiteral("report"), QStringLiteral("verify")});
        QVERIFY2(r.exitCode == 2, r.describe());
    }
};

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    TestCliReportVerify t;
    return QTest::qExec(&t, argc, argv);
}

#include "tst_cli_report_verify.moc"
