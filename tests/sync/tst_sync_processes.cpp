// Sync between real processes (issue 5): one edge-hub (TLS, its own data dir) and two edgectl data
// dirs A and B. Both edit the same field of one site and different fields while apart; after
// they sync, `site show` is identical on A, B and the hub, the conflict is listed on all three,
// and resolving it on B clears it everywhere after the next syncs. Also: a wrong password, an
// unreachable hub and a viewer with local changes give clear errors and change nothing.
#include "synctestsupport.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace edge::testing;

namespace {

const QString kOperatorPassword = QStringLiteral("operator-pass-1234");
const QString kViewerPassword = QStringLiteral("viewer-pass-5678");
const QString kSite = QStringLiteral("Sync Site 同步");

QString str(const char *s) { return QString::fromUtf8(s); }

} // namespace

class TestSyncProcesses : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void usageNamesTheMissingOption();
    void wrongPasswordChangesNothing();
    void unreachableHubChangesNothing();
    void viewerWithChangesIsRefusedAndNothingChanges();
    void twoReplicasConvergeAndAConflictIsResolvedEverywhere();

private:
    CliResult local(const QString &dir, const QStringList &args, const QString &password = {}) const
    {
        return m_cli->run(QStringList{str("--data"), dir} + args, password);
    }
    CliResult remote(const QStringList &args, const QString &user = str("operator"),
                     const QString &password = {}) const
    {
        return m_cli->run(QStringList{str("--hub"), m_hub.address(), str("--ca"), m_hub.caPath(),
                                      str("--user"), user}
                              + args,
                          password);
    }
    CliResult sync(const QString &dir, const QString &user = str("operator"),
                   const QString &password = kOperatorPassword) const
    {
        return m_cli->run({str("--json"), str("--data"), dir, str("sync"), str("--hub"),
                           m_hub.address(), str("--ca"), m_hub.caPath(), str("--user"), user},
                          password);
    }
    // `site list --json` of a store without the revisions.
    QJsonValue sites(const CliResult &r) const { return withoutRevision(jsonOf(r)); }
    QString dir(const char *name) const { return m_tmp->filePath(str(name)); }

    std::unique_ptr<QTemporaryDir> m_tmp;
    std::unique_ptr<CliRunner> m_cli;
    HubProcess m_hub;
};

void TestSyncProcesses::initTestCase()
{
    QVERIFY2(QFileInfo::exists(CliRunner::edgectl()), qPrintable(CliRunner::edgectl()));
    m_tmp = std::make_unique<QTemporaryDir>();
    QVERIFY(m_tmp->isValid());
    QVERIFY(QDir().mkpath(dir("home")));
    m_cli = std::make_unique<CliRunner>(dir("home"));
    QString error;
    QVERIFY2(m_hub.start(dir("hub"), {}, &error), qPrintable(error));
    QVERIFY2(!m_hub.generatedPassword().isEmpty(), m_hub.standardOutput().constData());

    // The administrator creates an operator and a viewer on the hub, with edgectl.
    CliResult r = remote({str("login")}, str("admin"), m_hub.generatedPassword());
    QVERIFY2(r.exitCode == 0, r.describe());
    r = remote({str("user"), str("add"), str("--name"), str("operator"), str("--role"),
                str("operator")},
               str("admin"), kOperatorPassword);
    QVERIFY2(r.exitCode == 0, r.describe());
    r = remote({str("user"), str("add"), str("--name"), str("viewer"), str("--role"), str("viewer")},
               str("admin"), kViewerPassword);
    QVERIFY2(r.exitCode == 0, r.describe());
    r = remote({str("login")}, str("operator"), kOperatorPassword);
    QVERIFY2(r.exitCode == 0, r.describe());
}

void TestSyncProcesses::cleanupTestCase() { QCOMPARE(m_hub.stop(), 0); }

void TestSyncProcesses::usageNamesTheMissingOption()
{
    CliResult r = m_cli->run({str("--data"), dir("usage"), str("sync"), str("--ca"), m_hub.caPath(),
                              str("--user"), str("operator")},
                             kOperatorPassword);
    QVERIFY2(r.exitCode == 2, r.describe());
    QVERIFY2(r.errText().contains(str("--hub")), r.describe());

    r = m_cli->run({str("sync"), str("--hub"), m_hub.address(), str("--ca"), m_hub.caPath(),
                    str("--user"), str("operator")},
                   kOperatorPassword);
    QVERIFY2(r.exitCode == 2, r.describe());
    QVERIFY2(r.errText().contains(str("--data")), r.describe());

    r = m_cli->run({str("--data"), dir("usage"), str("sync"), str("--hub"), m_hub.address(),
                    str("--ca"), m_hub.caPath()},
                   kOperatorPassword);
    QVERIFY2(r.exitCode == 2, r.describe());
    QVERIFY2(r.errText().contains(str("--user")), r.describe());

    // Usage errors are found before anything is opened: no store was created.
    QVERIFY(!QFileInfo::exists(dir("usage")));

    r = local(dir("usage"), {str("conflicts"), str("resolve"), str("field/site/x/notes")});
    QVERIFY2(r.exitCode == 2, r.describe());
    QVERIFY2(r.errText().contains(str("--keep")), r.describe());
}

void TestSyncProcesses::wrongPasswordChangesNothing()
{
    const QString w = dir("wrong");
    CliResult r = local(w, {str("site"), str("add"), str("--name"), str("Wrong Site"),
                            str("--kind"), str("cabinet-site")});
    QVERIFY2(r.exitCode == 0, r.describe());
    const QStringList before = queryStore(w + str("/edge.db"), "SELECT op_id FROM op_log");
    const QJsonValue hubBefore = sites(remote({str("--json"), str("site"), str("list")}));

    r = sync(w, str("operator"), str("not-the-password"));
    QVERIFY2(r.exitCode == 1, r.describe());
    QVERIFY2(!r.errText().contains(str("not-the-password")), r.describe());
    QVERIFY2(r.errText().contains(str("password is wrong")), r.describe());
    QCOMPARE(queryStore(w + str("/edge.db"), "SELECT op_id FROM op_log"), before);
    QCOMPARE(queryStore(w + str("/edge.db"), "SELECT count(*) FROM sync_peers"),
             QStringList{str("0")});
    QCOMPARE(sites(remote({str("--json"), str("site"), str("list")})), hubBefore);
}

void TestSyncProcesses::unreachableHubChangesNothing()
{
    const QString w = dir("wrong");
    const QStringList before = queryStore(w + str("/edge.db"), "SELECT op_id FROM op_log");
    const int port = edge::testsupport::freePort();
    const CliResult r = m_cli->run({str("--data"), w, str("sync"), str("--hub"),
                                    str("127.0.0.1:%1").arg(port), str("--ca"), m_hub.caPath(),
                                    str("--user"), str("operator")},
                                   kOperatorPassword);
    QVERIFY2(r.exitCode == 1, r.describe());
    QVERIFY2(r.errText().contains(str("127.0.0.1:%1").arg(port)), r.describe());
    QVERIFY2(r.errText().contains(str("--hub")), r.describe());
    QCOMPARE(queryStore(w + str("/edge.db"), "SELECT op_id FROM op_log"), before);
    QCOMPARE(queryStore(w + str("/edge.db"), "SELECT count(*) FROM sync_peers"),
             QStringList{str("0")});
}

void TestSyncProcesses::viewerWithChangesIsRefusedAndNothingChanges()
{
    // The hub holds a site the viewer's store lacks, and the store holds one the hub lacks.
    CliResult r = remote({str("site"), str("add"), str("--name"), str("Hub Only"), str("--kind"),
                          str("cabinet-site")});
    QVERIFY2(r.exitCode == 0, r.describe());
    const QString v = dir("viewer");
    r = local(v, {str("site"), str("add"), str("--name"), str("Viewer Local"), str("--kind"),
                  str("cabinet-site")});
    QVERIFY2(r.exitCode == 0, r.describe());
    const QStringList before = queryStore(v + str("/edge.db"), "SELECT op_id FROM op_log");
    const QJsonValue hubBefore = sites(remote({str("--json"), str("site"), str("list")}));

    r = sync(v, str("viewer"), kViewerPassword);
    QVERIFY2(r.exitCode == 1, r.describe());
    QVERIFY2(r.errText().contains(str("viewer")), r.describe());
    QVERIFY2(r.errText().contains(str("PERMISSION"), Qt::CaseInsensitive)
                 || r.errText().contains(str("may not"), Qt::CaseInsensitive),
             r.describe());
    QCOMPARE(queryStore(v + str("/edge.db"), "SELECT op_id FROM op_log"), before);
    QCOMPARE(sites(remote({str("--json"), str("site"), str("list")})), hubBefore);
    r = local(v, {str("--json"), str("site"), str("list")});
    QVERIFY2(!r.outText().contains(str("Hub Only")), r.describe());
}

void TestSyncProcesses::twoReplicasConvergeAndAConflictIsResolvedEverywhere()
{
    const QString a = dir("a");
    const QString b = dir("b");
    CliResult r = remote({str("--json"), str("site"), str("add"), str("--name"), kSite,
                          str("--kind"), str("cabinet-site"), str("--notes"), str("from the hub")});
    QVERIFY2(r.exitCode == 0, r.describe());
    const QString siteId = r.json().object().value(str("id")).toString();
    QVERIFY(!siteId.isEmpty());

    // Both sync once: the site reaches both.
    for (const QString &d : {a, b}) {
        r = sync(d);
        QVERIFY2(r.exitCode == 0, r.describe());
        const QJsonObject report = r.json().object();
        QVERIFY2(report.value(str("pulled")).toInt() > 0, r.describe());
        QCOMPARE(report.value(str("pending")).toInt(-1), 0);
        QCOMPARE(report.value(str("conflicts")).toInt(-1), 0);
        r = local(d, {str("--json"), str("site"), str("show"), siteId});
        QVERIFY2(r.exitCode == 0, r.describe());
        QCOMPARE(r.json().object().value(str("notes")).toString(), str("from the hub"));
    }

    // Apart: the same field on both, and a different field on each.
    r = local(a, {str("site"), str("edit"), siteId, str("--notes"), str("from A")});
    QVERIFY2(r.exitCode == 0, r.describe());
    r = local(b, {str("site"), str("edit"), siteId, str("--notes"), str("from B")});
    QVERIFY2(r.exitCode == 0, r.describe());
    r = local(a, {str("site"), str("edit"), siteId, str("--address"), str("1 A Street")});
    QVERIFY2(r.exitCode == 0, r.describe());
    r = local(b, {str("site"), str("edit"), siteId, str("--code"), str("SYNC-B")});
    QVERIFY2(r.exitCode == 0, r.describe());

    r = sync(a);
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY2(r.json().object().value(str("pushed")).toInt() >= 2, r.describe());
    r = sync(b);
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY2(r.json().object().value(str("pushed")).toInt() >= 2, r.describe());
    QCOMPARE(r.json().object().value(str("conflicts")).toInt(), 1);
    r = sync(a);
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.json().object().value(str("conflicts")).toInt(), 1);
    QCOMPARE(r.json().object().value(str("pending")).toInt(-1), 0);

    // The same site on all three, with both different-field edits.
    const auto showAll = [&](QJsonValue *onA, QJsonValue *onB, QJsonValue *onHub) {
        const CliResult sa = local(a, {str("--json"), str("site"), str("show"), siteId});
        const CliResult sb = local(b, {str("--json"), str("site"), str("show"), siteId});
        const CliResult sh = remote({str("--json"), str("site"), str("show"), siteId});
        QVERIFY2(sa.exitCode == 0, sa.describe());
        QVERIFY2(sb.exitCode == 0, sb.describe());
        QVERIFY2(sh.exitCode == 0, sh.describe());
        *onA = withoutRevision(jsonOf(sa));
        *onB = withoutRevision(jsonOf(sb));
        *onHub = withoutRevision(jsonOf(sh));
    };
    QJsonValue onA, onB, onHub;
    showAll(&onA, &onB, &onHub);
    QCOMPARE(onA, onHub);
    QCOMPARE(onB, onHub);
    QCOMPARE(onHub.toObject().value(str("address")).toString(), str("1 A Street"));
    QCOMPARE(onHub.toObject().value(str("code")).toString(), str("SYNC-B"));
    const QString shownNotes = onHub.toObject().value(str("notes")).toString();
    QVERIFY2(shownNotes == str("from A") || shownNotes == str("from B"), qPrintable(shownNotes));

    // The one conflict, with both values, on all three.
    const CliResult la = local(a, {str("--json"), str("conflicts"), str("list")});
    const CliResult lb = local(b, {str("--json"), str("conflicts"), str("list")});
    const CliResult lh = remote({str("--json"), str("conflicts"), str("list")});
    for (const CliResult *l : {&la, &lb, &lh})
        QVERIFY2(l->exitCode == 0, l->describe());
    QCOMPARE(jsonOf(la), jsonOf(lh));
    QCOMPARE(jsonOf(lb), jsonOf(lh));
    const QJsonArray conflicts = jsonOf(lh).toArray();
    QCOMPARE(conflicts.size(), 1);
    const QJsonObject conflict = conflicts.at(0).toObject();
    QCOMPARE(conflict.value(str("kind")).toString(), str("field"));
    QCOMPARE(conflict.value(str("entity")).toString(), str("site"));
    QCOMPARE(conflict.value(str("entity_id")).toString(), siteId);
    QCOMPARE(conflict.value(str("entity_name")).toString(), kSite);
    QCOMPARE(conflict.value(str("field")).toString(), str("notes"));
    const QJsonArray values = conflict.value(str("values")).toArray();
    QCOMPARE(values.size(), 2);
    QStringList texts;
    QString winner, loser, loserOp;
    for (const QJsonValue &v : values) {
        const QJsonObject o = v.toObject();
        texts << o.value(str("value")).toString();
        QCOMPARE(o.value(str("actor")).toString().isEmpty(), false);
        QVERIFY(o.value(str("time_ms")).toInteger() > 0);
        if (o.value(str("winner")).toBool()) {
            winner = o.value(str("value")).toString();
        } else {
            loser = o.value(str("value")).toString();
            loserOp = o.value(str("op_id")).toString();
        }
    }
    texts.sort();
    QCOMPARE(texts, (QStringList{str("from A"), str("from B")}));
    QCOMPARE(winner, shownNotes);
    QVERIFY(!loser.isEmpty() && !loserOp.isEmpty());

    // The human table names the values and the op ids too.
    r = local(b, {str("conflicts"), str("list")});
    QVERIFY2(r.exitCode == 0, r.describe());
    QVERIFY2(r.outText().contains(str("from A")) && r.outText().contains(str("from B"))
                 && r.outText().contains(loserOp),
             r.describe());

    // B keeps the value that lost (by "other": the single other value).
    r = local(b, {str("--json"), str("conflicts"), str("resolve"),
                  conflict.value(str("id")).toString(), str("--keep"), str("other")});
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.json().object().value(str("kept_op_id")).toString(), loserOp);
    r = local(b, {str("--json"), str("conflicts"), str("list")});
    QCOMPARE(jsonOf(r).toArray().size(), 0);
    r = local(b, {str("--json"), str("site"), str("show"), siteId});
    QCOMPARE(r.json().object().value(str("notes")).toString(), loser);
    // Resolving it again: it is gone.
    r = local(b, {str("conflicts"), str("resolve"), conflict.value(str("id")).toString(),
                  str("--keep"), str("winner")});
    QVERIFY2(r.exitCode == 1, r.describe());
    QVERIFY2(r.errText().contains(str("no open conflict")), r.describe());

    r = sync(b);
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.json().object().value(str("conflicts")).toInt(-1), 0);
    r = sync(a);
    QVERIFY2(r.exitCode == 0, r.describe());
    QCOMPARE(r.json().object().value(str("conflicts")).toInt(-1), 0);

    for (const CliResult &l : {local(a, {str("--json"), str("conflicts"), str("list")}),
                               local(b, {str("--json"), str("conflicts"), str("list")}),
                               remote({str("--json"), str("conflicts"), str("list")})}) {
        QVERIFY2(l.exitCode == 0, l.describe());
        QVERIFY2(jsonOf(l).isArray() && jsonOf(l).toArray().isEmpty(), l.describe());
    }
    showAll(&onA, &onB, &onHub);
    QCOMPARE(onA, onHub);
    QCOMPARE(onB, onHub);
    QCOMPARE(onHub.toObject().value(str("notes")).toString(), loser);
    QCOMPARE(onHub.toObject().value(str("address")).toString(), str("1 A Street"));

    // Whole inventories agree too (the viewer's refused site never reached the hub).
    const QJsonValue all = sites(remote({str("--json"), str("site"), str("list")}));
    QCOMPARE(sites(local(a, {str("--json"), str("site"), str("list")})), all);
    QCOMPARE(sites(local(b, {str("--json"), str("site"), str("list")})), all);
    QVERIFY(!QJsonDocument(all.toArray()).toJson().contains("Viewer Local"));
}

QTEST_GUILESS_MAIN(TestSyncProcesses)
#include "tst_sync_processes.moc"
