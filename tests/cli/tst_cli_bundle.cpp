// `edgectl sync export` / `sync import` end to end (issue 5), with the real binary: sites made on
// data dir A travel to data dir B in a signed bundle and show the same there; a copy with one byte
// changed is refused with a message and changes nothing on B.
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using edge::testing::CliResult;
using edge::testing::CliRunner;

class TestCliBundle : public QObject {
    Q_OBJECT

private:
    CliResult ec(const QString &data, const QStringList &args) const
    {
        return m_cli->run(QStringList{QStringLiteral("--data"), data} + args);
    }
    QJsonValue json(const QString &data, const QStringList &args) const
    {
        const CliResult r = ec(data, QStringList{QStringLiteral("--json")} + args);
        bool ok = false;
        const QJsonDocument d = r.json(&ok);
        if (r.exitCode != 0 || !ok) {
            qWarning("%s failed:\n%s", qPrintable(args.join(u' ')), r.describe().constData());
            return {};
        }
        return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
    }
    static QJsonObject withoutRevision(QJsonObject o)
    {
        o.remove(QStringLiteral("revision"));
        return o;
    }

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<CliRunner> m_cli;
    QString m_a;
    QString m_b;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(CliRunner::edgectl()), qPrintable(CliRunner::edgectl()));
        m_tmp = std::make_unique<QTemporaryDir>();
        QVERIFY(m_tmp->isValid());
        m_cli = std::make_unique<CliRunner>(m_tmp->path());
        m_a = m_tmp->filePath(QStringLiteral("a"));
        m_b = m_tmp->filePath(QStringLiteral("b"));
    }

    void bundleCarriesSitesAndTamperingIsRefused()
    {
        const QString site = QStringLiteral("site");
        CliResult r = ec(m_a, {site, QStringLiteral("add"), QStringLiteral("--name"),
                               QStringLiteral("深圳南山-01"), QStringLiteral("--kind"),
                               QStringLiteral("cabinet-site"), QStringLiteral("--lat"),
                               QStringLiteral("22.5431"), QStringLiteral("--lon"),
                               QStringLiteral("113.9298")});
        QVERIFY2(r.exitCode == 0, r.describe());
        r = ec(m_a,
               {site, QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Harbour"),
                QStringLiteral("--kind"), QStringLiteral("cabinet-site")});
        QVERIFY2(r.exitCode == 0, r.describe());
        r = ec(m_a, {site, QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("Gone"),
                     QStringLiteral("--kind"), QStringLiteral("cabinet-site")});
        QVERIFY2(r.exitCode == 0, r.describe());
        r = ec(m_a, {site, QStringLiteral("edit"), QStringLiteral("Harbour"),
                     QStringLiteral("--notes"), QStringLiteral("gate code at the office")});
        QVERIFY2(r.exitCode == 0, r.describe());
        r = ec(m_a, {site, QStringLiteral("rm"), QStringLiteral("Gone")});
        QVERIFY2(r.exitCode == 0, r.describe());

        // B has a site of its own.
        r = ec(m_b, {site, QStringLiteral("add"), QStringLiteral("--name"), QStringLiteral("B only"),
                     QStringLiteral("--kind"), QStringLiteral("cabinet-site")});
        QVERIFY2(r.exitCode == 0, r.describe());

        const QString file = m_tmp->filePath(QStringLiteral("usb/a.bundle"));
        QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
        const QJsonObject exported = json(m_a, {QStringLiteral("sync"), QStringLiteral("export"),
                                                QStringLiteral("-o"), file})
                                         .toObject();
        QVERIFY(exported.value(QStringLiteral("operations")).toInt() > 0);
        QCOMPARE(exported.value(QStringLiteral("fingerprint")).toString().size(), 64);
        QVERIFY(QFileInfo::exists(file));
        QVERIFY(QFileInfo::exists(m_a + QStringLiteral("/replica-key.pem")));
        QCOMPARE(int(QFileInfo(m_a + QStringLiteral("/replica-key.pem")).permissions()
                     & (QFileDevice::ReadGroup | QFileDevice::ReadOther)),
                 0);

        // A tampered copy (one byte in the middle) is refused; B's sites are unchanged.
        const QJsonValue before = json(m_b, {site, QStringLiteral("list")});
        QVERIFY(before.isArray());
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray bytes = f.readAll();
        f.close();
        const QString tampered = m_tmp->filePath(QStringLiteral("usb/tampered.bundle"));
        bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0x04);
        QFile t(tampered);
        QVERIFY(t.open(QIODevice::WriteOnly));
        QCOMPARE(t.write(bytes), bytes.size());
        t.close();
        r = ec(m_b, {QStringLiteral("sync"), QStringLiteral("import"), tampered});
        QVERIFY2(r.exitCode != 0, r.describe());
        QVERIFY2(r.errText().contains(QStringLiteral("was altered after it was signed")),
                 r.describe());
        QVERIFY2(r.errText().contains(tampered), r.describe());
        QCOMPARE(json(m_b, {site, QStringLiteral("list")}), before);

        // --dry-run verifies and changes nothing.
        const QJsonObject dry = json(m_b, {QStringLiteral("sync"), QStringLiteral("import"), file,
                                           QStringLiteral("--dry-run")})
                                    .toObject();
        QCOMPARE(dry.value(QStringLiteral("verified")).toBool(), true);
        QCOMPARE(dry.value(QStringLiteral("fingerprint")),
                 exported.value(QStringLiteral("fingerprint")));
        QCOMPARE(json(m_b, {site, QStringLiteral("list")}), before);

        // The real import.
        r = ec(m_b, {QStringLiteral("sync"), QStringLiteral("import"), file});
        QVERIFY2(r.exitCode == 0, r.describe());
        QVERIFY2(r.outText().contains(exported.value(QStringLiteral("fingerprint")).toString()),
                 r.describe());
        for (const QString &name : {QStringLiteral("深圳南山-01"), QStringLiteral("Harbour")}) {
            const QJsonObject onA = json(m_a, {site, QStringLiteral("show"), name}).toObject();
            const QJsonObject onB = json(m_b, {site, QStringLiteral("show"), name}).toObject();
            QVERIFY(!onA.isEmpty());
            QCOMPARE(withoutRevision(onB), withoutRevision(onA));
        }
        QVERIFY(ec(m_b, {site, QStringLiteral("show"), QStringLiteral("Gone")}).exitCode != 0);
        QCOMPARE(json(m_b, {site, QStringLiteral("list")}).toArray().size(), 3);

        // Again: nothing new.
        const QJsonObject again =
            json(m_b, {QStringLiteral("sync"), QStringLiteral("import"), file}).toObject();
        QCOMPARE(again.value(QStringLiteral("applied")).toInt(), 0);
        QCOMPARE(again.value(QStringLiteral("already_present")),
                 exported.value(QStringLiteral("operations")));

        // A's own bundle is refused on A.
        r = ec(m_a, {QStringLiteral("sync"), QStringLiteral("import"), file});
        QVERIFY2(r.exitCode != 0, r.describe());
        QVERIFY2(r.errText().contains(QStringLiteral("exported by this replica")), r.describe());
    }

    void usage()
    {
        CliResult r = ec(m_a, {QStringLiteral("sync"), QStringLiteral("export")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.errText().contains(QStringLiteral("-o FILE")), r.describe());
        r = m_cli->run({QStringLiteral("--hub"), QStringLiteral("127.0.0.1:1"),
                        QStringLiteral("--ca"), QStringLiteral("x.pem"), QStringLiteral("sync"),
                        QStringLiteral("import"), QStringLiteral("f")});
        QVERIFY2(r.exitCode != 0, r.describe());
        QVERIFY2(r.errText().contains(QStringLiteral("--data")), r.describe());
        r = ec(m_b, {QStringLiteral("sync"), QStringLiteral("import"),
                     m_tmp->filePath(QStringLiteral("missing.bundle"))});
        QVERIFY2(r.exitCode != 0, r.describe());
        QVERIFY2(r.errText().contains(QStringLiteral("missing.bundle")), r.describe());
    }
};

QTEST_GUILESS_MAIN(TestCliBundle)
#include "tst_cli_bundle.moc"
