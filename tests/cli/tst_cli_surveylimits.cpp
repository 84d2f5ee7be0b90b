// Editable limit sets with edgectl on an offline data dir (issue 4): export a shipped set, raise
// one temperature limit, import it as the next version, and `survey show` of a survey whose
// readings lie between the old and the new limit changes its verdict. A version that is not newer
// is refused and stores nothing; a malformed file is refused with line and column; LOW-confidence
// limits are marked unverified.
#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using edge::testing::CliResult;
using edge::testing::CliRunner;

class TestCliSurveyLimits : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void listAndShowMarkUnverified();
    void editedLimitChangesTheVerdict();
    void notNewerOrMalformedIsRefused();

private:
    CliResult ec(const QStringList &args) const
    {
        return m_cli->run(QStringList{QStringLiteral("--data"), m_data} + args);
    }
    QString writeFile(const QString &name, const QByteArray &content) const
    {
        const QString path = m_tmp->filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || f.write(content) != content.size())
            return {};
        return path;
    }
    QJsonObject maxCheck() const
    {
        const CliResult r = ec({QStringLiteral("--json"), QStringLiteral("survey"),
                                QStringLiteral("show"), QStringLiteral("Hot room")});
        if (r.exitCode != 0)
            return {};
        for (const QJsonValue &v : r.json().object().value(QStringLiteral("checks")).toArray())
            if (v.toObject().value(QStringLiteral("id")).toString() == u"temperature.max")
                return v.toObject();
        return {};
    }
    QJsonObject listed(const QString &id) const
    {
        const CliResult r = ec({QStringLiteral("--json"), QStringLiteral("survey"),
                                QStringLiteral("limits"), QStringLiteral("list")});
        for (const QJsonValue &v : r.json().object().value(QStringLiteral("sets")).toArray())
            if (v.toObject().value(QStringLiteral("id")).toString() == id)
                return v.toObject();
        return {};
    }

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<CliRunner> m_cli;
    QString m_data;
};

void TestCliSurveyLimits::initTestCase()
{
    QVERIFY2(QFile::exists(CliRunner::edgectl()), "edgectl is not built (EC_BIN_DIR)");
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    m_cli = std::make_unique<CliRunner>(m_tmp->filePath(QStringLiteral("home")));
    m_data = m_tmp->filePath(QStringLiteral("data"));
    CliResult r = ec({QStringLiteral("site"), QStringLiteral("add"), QStringLiteral("--name"),
                      QStringLiteral("Edge room"), QStringLiteral("--kind"),
                      QStringLiteral("cabinet-site")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = ec({QStringLiteral("survey"), QStringLiteral("create"), QStringLiteral("--site"),
            QStringLiteral("Edge room"), QStringLiteral("--name"), QStringLiteral("Hot room"),
            QStringLiteral("--profile"), QStringLiteral("ashrae-2021-recommended")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    // Slowly rising to 28.5 °C: above the shipped 27 °C, below the 30 °C the user will set.
    const QString csv = writeFile(QStringLiteral("readings.csv"), "time,temperature\n"
                                                                  "2026-11-20 10:00:00,24.0\n"
                                                                  "2026-11-20 10:10:00,25.0\n"
                                                                  "2026-11-20 10:20:00,26.0\n"
                                                                  "2026-11-20 10:30:00,27.0\n"
                                                                  "2026-11-20 10:40:00,28.0\n"
                                                                  "2026-11-20 10:50:00,28.5\n");
    r = ec({QStringLiteral("survey"), QStringLiteral("add-readings"), QStringLiteral("Hot room"),
            QStringLiteral("--csv"), csv});
    QVERIFY2(r.exitCode == 0, r.err.constData());
}

void TestCliSurveyLimits::listAndShowMarkUnverified()
{
    const QJsonObject ashrae = listed(QStringLiteral("ashrae-2021-recommended"));
    QCOMPARE(ashrae.value(QStringLiteral("source")).toString(), QStringLiteral("shipped"));
    QCOMPARE(ashrae.value(QStringLiteral("version")).toInt(), 1);
    QCOMPARE(ashrae.value(QStringLiteral("unverified")).toInt(), 0);
    // Every kind of set is listed: temperature, site facts, noise, distances.
    for (const char *id : {"site-facts", "gb3096-2008", "gb50174-2017-site"})
        QVERIFY2(!listed(QLatin1String(id)).isEmpty(), id);
    QVERIFY(listed(QStringLiteral("site-facts")).value(QStringLiteral("unverified")).toInt() > 0);

    CliResult r = ec({QStringLiteral("--json"), QStringLiteral("survey"), QStringLiteral("limits"),
                      QStringLiteral("show"), QStringLiteral("ydt2441-2013")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray entries = r.json().object().value(QStringLiteral("entries")).toArray();
    QVERIFY(!entries.isEmpty());
    int low = 0;
    for (const QJsonValue &v : entries) {
        const QJsonObject e = v.toObject();
        const bool isLow = e.value(QStringLiteral("confidence")).toString() == u"low";
        low += isLow;
        QCOMPARE(e.value(QStringLiteral("verified")).toBool(), !isLow);
    }
    QVERIFY(low >= 1);
    // The human table says "unverified" next to the number.
    r = ec({QStringLiteral("survey"), QStringLiteral("limits"), QStringLiteral("show"),
            QStringLiteral("ydt2441-2013")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.outText().contains(QStringLiteral("unverified")), r.out.constData());

    r = ec({QStringLiteral("survey"), QStringLiteral("limits"), QStringLiteral("show"),
            QStringLiteral("no-such-set")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("no-such-set")), r.err.constData());
}

void TestCliSurveyLimits::editedLimitChangesTheVerdict()
{
    QJsonObject before = maxCheck();
    QCOMPARE(before.value(QStringLiteral("result")).toString(), QStringLiteral("fail"));
    QCOMPARE(before.value(QStringLiteral("value")).toDouble(), 28.5);

    const QString exported = m_tmp->filePath(QStringLiteral("ashrae.json"));
    CliResult r = ec({QStringLiteral("survey"), QStringLiteral("limits"), QStringLiteral("export"),
                      QStringLiteral("ashrae-2021-recommended"), QStringLiteral("-o"), exported});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile f(exported);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QJsonArray sets = root.value(QStringLiteral("sets")).toArray();
    QCOMPARE(sets.size(), 1);
    QJsonObject set = sets.first().toObject();
    QCOMPARE(set.value(QStringLiteral("version")).toInt(), 1);
    set.insert(QStringLiteral("version"), 2);
    QJsonArray entries = set.value(QStringLiteral("entries")).toArray();
    bool changed = false;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        QJsonObject e = entries.at(i).toObject();
        if (e.value(QStringLiteral("key")).toString() == u"drybulb") {
            QCOMPARE(e.value(QStringLiteral("max")).toDouble(), 27.0);
            e.insert(QStringLiteral("max"), 30);
            entries.replace(i, e);
            changed = true;
        }
    }
    QVERIFY(changed);
    set.insert(QStringLiteral("entries"), entries);
    sets.replace(0, set);
    root.insert(QStringLiteral("sets"), sets);
    const QString edited = writeFile(QStringLiteral("ashrae-v2.json"), QJsonDocument(root).toJson());

    r = ec({QStringLiteral("--json"), QStringLiteral("survey"), QStringLiteral("limits"),
            QStringLiteral("import"), edited, QStringLiteral("--notes"),
            QStringLiteral("hot aisle containment")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray stored = r.json().object().value(QStringLiteral("stored")).toArray();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().toObject().value(QStringLiteral("version")).toInt(), 2);

    const QJsonObject after = maxCheck();
    QCOMPARE(after.value(QStringLiteral("result")).toString(), QStringLiteral("pass"));
    QCOMPARE(after.value(QStringLiteral("limit")).toObject().value(QStringLiteral("max")).toDouble(),
             30.0);
    const QJsonObject listedSet = listed(QStringLiteral("ashrae-2021-recommended"));
    QCOMPARE(listedSet.value(QStringLiteral("source")).toString(), QStringLiteral("user"));
    QCOMPARE(listedSet.value(QStringLiteral("version")).toInt(), 2);
    // The version is a record like any other (it syncs): the generic listing shows it.
    r = ec({QStringLiteral("--json"), QStringLiteral("limit-set"), QStringLiteral("list")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.outText().contains(QStringLiteral("ashrae-2021-recommended v2")), r.out.constData());
}

void TestCliSurveyLimits::notNewerOrMalformedIsRefused()
{
    const QString exported = m_tmp->filePath(QStringLiteral("current.json"));
    CliResult r = ec({QStringLiteral("survey"), QStringLiteral("limits"), QStringLiteral("export"),
                      QStringLiteral("ashrae-2021-recommended"), QStringLiteral("--output"),
                      exported});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile f(exported);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QByteArray content = f.readAll();
    f.close();
    const int version =
        listed(QStringLiteral("ashrae-2021-recommended")).value(QStringLiteral("version")).toInt();
    QVERIFY(version >= 2);
    // The same version again, and an older one: refused, naming the current version.
    for (int v : {version, 1}) {
        QByteArray older = content;
        older.replace(QStringLiteral("\"version\": %1").arg(version).toUtf8(),
                      QStringLiteral("\"version\": %1").arg(v).toUtf8());
        const QString path = writeFile(QStringLiteral("older-%1.json").arg(v), older);
        r = ec({QStringLiteral("survey"), QStringLiteral("limits"), QStringLiteral("import"), path});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.errText().contains(QStringLiteral("already at version %1").arg(version)),
                 r.err.constData());
        QVERIFY2(r.errText().contains(QStringLiteral("not newer")), r.err.constData());
    }
    QCOMPARE(listed(QStringLiteral("ashrae-2021-recommended"))
                 .value(QStringLiteral("version"))
                 .toInt(),
             version);

    // Malformed JSON: the file, line and column.
    const QString broken = writeFile(QStringLiteral("broken.json"),
                                     "{\n  \"id\": \"ashrae-2021-recommended\",\n  \"version\": 9\n"
                                     "  \"entries\": []\n}\n");
    r = ec({QStringLiteral("survey"), QStringLiteral("limits"), QStringLiteral("import"), broken});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errText().contains(QStringLiteral("broken.json line 4 column")), r.err.constData());
    QCOMPARE(listed(QStringLiteral("ashrae-2021-recommended"))
                 .value(QStringLiteral("version"))
                 .toInt(),
             version);
}

QTEST_GUILESS_MAIN(TestCliSurveyLimits)
#include "tst_cli_surveylimits.moc"
