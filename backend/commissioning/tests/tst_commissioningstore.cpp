// The commissioning service (issue 6, commissioningstore.h) over a real embedded hub (in-process
// gRPC, SQLite store): templates (shipped and stored versions, the newest wins, a version that is
// not newer is refused), starting runs (names unique in the cabinet, the template frozen),
// recording results, evidence and skips, finishing (refused while items are pending unless open
// items are allowed), the read-only refusal of a finished run, and revisions that copy records.
#include "backend/api/commissioning.h"
#include "backend/client/client.h"
#include "backend/commissioning/commissioningstore.h"
#include "backend/hub/hub.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace edge;

namespace {

QString text(const api::Error &e) { return e.toString(); }

api::TemplateItem item(const char *id, const char *title)
{
    api::TemplateItem i;
    i.id = QLatin1String(id);
    i.title = QLatin1String(title);
    i.mode = api::CheckMode::Manual;
    return i;
}

// A small template: physical (depth with a range, label), power (UPS).
api::CommissioningTemplate smallTemplate(int version, const QString &title)
{
    api::CommissioningTemplate t;
    t.templateId = QStringLiteral("test-cabinet");
    t.version = version;
    t.title = title;
    t.titleZh = QStringLiteral("测试机柜");
    t.basis = QStringLiteral("tst_commissioningstore");
    api::TemplateSection physical;
    physical.id = QStringLiteral("physical");
    physical.title = QStringLiteral("Physical");
    api::TemplateItem depth = item("physical.depth", "Cabinet depth");
    depth.evidence = {api::EvidenceKind::Measurement};
    depth.unit = QStringLiteral("mm");
    depth.min = 0;
    depth.max = 600;
    physical.items << depth << item("physical.label", "Labelling");
    api::TemplateSection power;
    power.id = QStringLiteral("power");
    power.title = QStringLiteral("Power");
    power.items << item("power.ups", "UPS present and configured");
    t.sections << physical << power;
    return t;
}

QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

class TestCommissioningStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void templatesNewestWinsAndNotNewerIsRefused();
    void startNamesAreUniqueAndTheTemplateIsFrozen();
    void recordSkipFinishAndReadOnly();
    void reviseCopiesRecordsAndNamesTheOldRun();

private:
    api::Result<commissioning::RunData> startAndLoad(const QString &name = {});
    api::Result<api::CommissioningRecord> add(const commissioning::RunData &run, const char *itemId,
                                              api::RecordKind kind, const QJsonObject &payload);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<hub::Hub> m_hub;
    std::shared_ptr<client::Client> m_client;
    api::Cabinet m_cabinet;
};

void TestCommissioningStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    hub::HubOptions options;
    options.dataDir = m_dir->path();
    auto opened = hub::Hub::open(options);
    QVERIFY2(opened, qPrintable(opened ? QString() : text(opened.error())));
    m_hub = std::move(*opened);
    auto session = m_hub->localSession();
    QVERIFY2(session, qPrintable(session ? QString() : text(session.error())));
    m_client = std::make_shared<client::Client>(m_hub->inProcessChannel());
    m_client->setToken(session->token);

    api::Site site;
    site.name = QStringLiteral("Roadside 7");
    site.kind = api::SiteKind::CabinetSite;
    auto s = m_client->createTyped(site);
    QVERIFY2(s, qPrintable(s ? QString() : text(s.error())));
    api::Cabinet cabinet;
    cabinet.siteId = s->id;
    cabinet.name = QStringLiteral("AIO-01");
    cabinet.heightU = 24;
    cabinet.depthMm = 600;
    auto c = m_client->createTyped(cabinet);
    QVERIFY2(c, qPrintable(c ? QString() : text(c.error())));
    m_cabinet = *c;
    auto saved = commissioning::saveTemplate(*m_client, smallTemplate(1, QStringLiteral("Test")),
                                             QStringLiteral("ann"));
    QVERIFY2(saved, qPrintable(saved ? QString() : text(saved.error())));
}

void TestCommissioningStore::cleanup()
{
    m_client.reset();
    m_hub.reset();
    m_dir.reset();
}

api::Result<commissioning::RunData> TestCommissioningStore::startAndLoad(const QString &name)
{
    commissioning::NewRun in;
    in.cabinetId = QStringLiteral("AIO-01"); // by name
    in.templateName = QStringLiteral("test-cabinet");
    in.name = name;
    in.engineer = QStringLiteral("ann");
    in.customer = QStringLiteral("Metro Telecom");
    auto run = commissioning::startRun(*m_client, in);
    if (!run)
        return std::unexpected(run.error());
    return commissioning::loadRun(*m_client, run->id);
}

api::Result<api::CommissioningRecord> TestCommissioningStore::add(const commissioning::RunData &run,
                                                                  const char *itemId,
                                                                  api::RecordKind kind,
                                                                  const QJsonObject &payload)
{
    commissioning::NewRecord r;
    r.itemId = QLatin1String(itemId);
    r.kind = kind;
    r.payload = json(payload);
    r.author = QStringLiteral("ann");
    return commissioning::addRecord(*m_client, run, r);
}

void TestCommissioningStore::templatesNewestWinsAndNotNewerIsRefused()
{
    auto list = commissioning::listTemplates(*m_client);
    QVERIFY2(list, qPrintable(list ? QString() : text(list.error())));
    QVERIFY2(list->problems.isEmpty(), qPrintable(list->problems.join(u'\n')));
    bool found = false;
    for (const api::CommissioningTemplate &t : std::as_const(list->templates))
        if (t.templateId == u"test-cabinet") {
            found = true;
            QCOMPARE(t.version, 1);
            QCOMPARE(t.itemCount(), 3);
        }
    QVERIFY(found);
    // The shipped default is listed too.
    QVERIFY(commissioning::findTemplate(*m_client, QStringLiteral("all-in-one-cabinet")));

    auto v2 = commissioning::saveTemplate(*m_client, smallTemplate(2, QStringLiteral("Test two")),
                                          QStringLiteral("bob"));
    QVERIFY2(v2, qPrintable(v2 ? QString() : text(v2.error())));
    QCOMPARE(v2->name, QStringLiteral("test-cabinet v2"));
    auto newest = commissioning::findTemplate(*m_client, QStringLiteral("test-cabinet"));
    QVERIFY(newest);
    QCOMPARE(newest->version, 2);
    QCOMPARE(newest->title, QStringLiteral("Test two"));
    auto first = commissioning::findTemplate(*m_client, QStringLiteral("test-cabinet v1"));
    QVERIFY2(first, qPrintable(first ? QString() : text(first.error())));
    QCOMPARE(first->title, QStringLiteral("Test"));

    for (int v : {2, 1}) {
        auto again = commissioning::saveTemplate(*m_client, smallTemplate(v, QStringLiteral("x")),
                                                 {});
        QVERIFY(!again);
        QCOMPARE(again.error().code, api::Code::Conflict);
        QVERIFY2(again.error().message.contains(QStringLiteral("version 3")),
                 qPrintable(again.error().message));
    }
    auto missing = commissioning::findTemplate(*m_client, QStringLiteral("no-such-template"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, api::Code::NotFound);
    QVERIFY2(missing.error().message.contains(QStringLiteral("test-cabinet v2")),
             qPrintable(missing.error().message));
}

void TestCommissioningStore::startNamesAreUniqueAndTheTemplateIsFrozen()
{
    auto first = startAndLoad();
    QVERIFY2(first, qPrintable(first ? QString() : text(first.error())));
    const QString base = QStringLiteral("Acceptance %1")
                             .arg(QDate::currentDate().toString(Qt::ISODate));
    QCOMPARE(first->run.name, base);
    QCOMPARE(first->run.cabinetId, m_cabinet.id);
    QCOMPARE(first->run.status, api::RunStatus::InProgress);
    QCOMPARE(first->run.runRevision, 1);
    QCOMPARE(first->run.templateName, QStringLiteral("test-cabinet v1"));
    QVERIFY(first->cabinet);
    QCOMPARE(first->cabinet->name, QStringLiteral("AIO-01"));
    QVERIFY(first->site);
    QCOMPARE(first->progress.total, 3);
    QCOMPARE(first->progress.verdict, api::Verdict::Incomplete);

    auto second = startAndLoad();
    QVERIFY2(second, qPrintable(second ? QString() : text(second.error())));
    QCOMPARE(second->run.name, base + QStringLiteral(" 2"));
    auto dup = startAndLoad(base);
    QVERIFY(!dup);
    QCOMPARE(dup.error().code, api::Code::AlreadyExists);
    QCOMPARE(dup.error().field, QStringLiteral("name"));

    // A later version of the template does not change the run.
    QVERIFY(commissioning::saveTemplate(*m_client, smallTemplate(2, QStringLiteral("Changed")), {}));
    auto reloaded = commissioning::loadRun(*m_client, first->run.id);
    QVERIFY(reloaded);
    QCOMPARE(reloaded->tmpl.version, 1);
    QCOMPARE(reloaded->tmpl.title, QStringLiteral("Test"));
    auto third = startAndLoad(QStringLiteral("Third"));
    QVERIFY(third);
    QCOMPARE(third->tmpl.version, 2);

    auto unknownCabinet = commissioning::startRun(*m_client, {QStringLiteral("nope"),
                                                              QStringLiteral("test-cabinet"),
                                                              {},
                                                              {},
                                                              {},
                                                              {}});
    QVERIFY(!unknownCabinet);
    QCOMPARE(unknownCabinet.error().field, QStringLiteral("cabinet_id"));

    auto runs = commissioning::listRuns(*m_client, QStringLiteral("AIO-01"));
    QVERIFY(runs);
    QCOMPARE(runs->size(), 3);
    QCOMPARE(runs->first().name, QStringLiteral("Third")); // newest first
}

void TestCommissioningStore::recordSkipFinishAndReadOnly()
{
    auto run = startAndLoad();
    QVERIFY2(run, qPrintable(run ? QString() : text(run.error())));
    auto pass = add(*run, "physical.label", api::RecordKind::Result,
                    {{QStringLiteral("outcome"), QStringLiteral("pass")},
                     {QStringLiteral("automatic"), false}});
    QVERIFY2(pass, qPrintable(pass ? QString() : text(pass.error())));
    QCOMPARE(pass->name, QStringLiteral("physical.label result 1"));
    QCOMPARE(pass->runId, run->run.id);
    QVERIFY(add(*run, "physical.depth", api::RecordKind::Evidence,
                {{QStringLiteral("type"), QStringLiteral("measurement")},
                 {QStringLiteral("value"), 650},
                 {QStringLiteral("unit"), QStringLiteral("mm")}}));
    QVERIFY(add(*run, "physical.depth", api::RecordKind::Result,
                {{QStringLiteral("outcome"), QStringLiteral("fail")},
                 {QStringLiteral("value"), 650},
                 {QStringLiteral("unit"), QStringLiteral("mm")}}));

    // An unknown item is refused, naming the ones that exist.
    auto unknown = add(*run, "physical.colour", api::RecordKind::Result,
                       {{QStringLiteral("outcome"), QStringLiteral("pass")}});
    QVERIFY(!unknown);
    QCOMPARE(unknown.error().field, QStringLiteral("item_id"));
    QVERIFY2(unknown.error().message.contains(QStringLiteral("power.ups")),
             qPrintable(unknown.error().message));
    // A skip needs its reason.
    auto noReason = add(*run, "power.ups", api::RecordKind::Skip,
                        {{QStringLiteral("reason"), QString()}});
    QVERIFY(!noReason);

    auto loaded = commissioning::loadRun(*m_client, run->run.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->records.size(), 3);
    QCOMPARE(loaded->recordsOf(QStringLiteral("physical.depth")).size(), 2);
    QCOMPARE(loaded->recordsOfKind(api::RecordKind::Result).size(), 2);
    QCOMPARE(loaded->progress.done(), 2);

    // Finishing with a pending item is refused, naming it.
    auto early = commissioning::finishRun(*m_client, run->run.id, QStringLiteral("ann"));
    QVERIFY(!early);
    QCOMPARE(early.error().code, api::Code::FailedPrecondition);
    QVERIFY2(early.error().message.contains(QStringLiteral("power.ups")),
             qPrintable(early.error().message));

    auto skip = add(*loaded, "power.ups", api::RecordKind::Skip,
                    {{QStringLiteral("reason"), QStringLiteral("UPS delivered next week")}});
    QVERIFY2(skip, qPrintable(skip ? QString() : text(skip.error())));
    loaded = commissioning::loadRun(*m_client, run->run.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->progress.total, 3);
    QCOMPARE(loaded->progress.passed, 1);
    QCOMPARE(loaded->progress.failed, 1);
    QCOMPARE(loaded->progress.skipped, 1);
    QCOMPARE(loaded->progress.verdict, api::Verdict::Rejected);
    const api::ItemProgress *ups = loaded->progress.item(QStringLiteral("power.ups"));
    QVERIFY(ups);
    QCOMPARE(ups->skipReason, QStringLiteral("UPS delivered next week"));

    auto finished = commissioning::finishRun(*m_client, run->run.id, QStringLiteral("ann"));
    QVERIFY2(finished, qPrintable(finished ? QString() : text(finished.error())));
    QCOMPARE(finished->status, api::RunStatus::Finished);
    QVERIFY(finished->finishedAtMs > 0);

    // Read-only: even through a copy loaded before the finish.
    auto refused = add(*loaded, "physical.label", api::RecordKind::Evidence,
                       {{QStringLiteral("type"), QStringLiteral("note")},
                        {QStringLiteral("text"), QStringLiteral("late")}});
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, api::Code::FailedPrecondition);
    QVERIFY2(refused.error().message.contains(QStringLiteral("revision")),
             qPrintable(refused.error().message));
    // The hub refuses it too when the service is bypassed.
    api::CommissioningRecord raw;
    raw.runId = run->run.id;
    raw.name = QStringLiteral("physical.label evidence 9");
    raw.itemId = QStringLiteral("physical.label");
    raw.kind = api::RecordKind::Evidence;
    raw.takenAtMs = 1;
    raw.payload = json({{QStringLiteral("type"), QStringLiteral("note")},
                        {QStringLiteral("text"), QStringLiteral("bypass")}});
    auto bypass = m_client->create(raw.toRecord());
    QVERIFY(!bypass);
    QCOMPARE(bypass.error().code, api::Code::FailedPrecondition);
    auto twice = commissioning::finishRun(*m_client, run->run.id, {});
    QVERIFY(!twice);
    QCOMPARE(twice.error().code, api::Code::FailedPrecondition);
    auto after = commissioning::loadRun(*m_client, run->run.id);
    QVERIFY(after);
    QCOMPARE(after->records.size(), 4);

    // Open items allowed: a run with nothing recorded finishes.
    auto other = startAndLoad(QStringLiteral("Quick"));
    QVERIFY(other);
    auto open = commissioning::finishRun(*m_client, other->run.id, {}, true);
    QVERIFY2(open, qPrintable(open ? QString() : text(open.error())));
    QCOMPARE(open->status, api::RunStatus::Finished);
}

void TestCommissioningStore::reviseCopiesRecordsAndNamesTheOldRun()
{
    auto run = startAndLoad(QStringLiteral("Acceptance"));
    QVERIFY2(run, qPrintable(run ? QString() : text(run.error())));
    QVERIFY(add(*run, "physical.label", api::RecordKind::Result,
                {{QStringLiteral("outcome"), QStringLiteral("pass")}}));
    QVERIFY(add(*run, "power.ups", api::RecordKind::Skip,
                {{QStringLiteral("reason"), QStringLiteral("later")}}));

    // An in-progress run is corrected in place.
    auto notYet = commissioning::reviseRun(*m_client, run->run.id, QStringLiteral("bob"));
    QVERIFY(!notYet);
    QCOMPARE(notYet.error().code, api::Code::FailedPrecondition);

    QVERIFY(commissioning::finishRun(*m_client, run->run.id, {}, true));
    auto revision = commissioning::reviseRun(*m_client, run->run.id, QStringLiteral("bob"));
    QVERIFY2(revision, qPrintable(revision ? QString() : text(revision.error())));
    QCOMPARE(revision->name, QStringLiteral("Acceptance r2"));
    QCOMPARE(revision->runRevision, 2);
    QCOMPARE(revision->revisionOf, run->run.id);
    QCOMPARE(revision->status, api::RunStatus::InProgress);
    QCOMPARE(revision->engineer, QStringLiteral("bob"));
    QCOMPARE(revision->templateJson, run->run.templateJson);

    auto loaded = commissioning::loadRun(*m_client, revision->id);
    QVERIFY2(loaded, qPrintable(loaded ? QString() : text(loaded.error())));
    QCOMPARE(loaded->records.size(), 2);
    QVERIFY(loaded->supersedes);
    QCOMPARE(loaded->supersedes->id, run->run.id);
    QCOMPARE(loaded->progress.passed, 1);
    QCOMPARE(loaded->progress.skipped, 1);
    // The correction goes into the revision; the finished run keeps its records.
    auto fixed = add(*loaded, "power.ups", api::RecordKind::Result,
                     {{QStringLiteral("outcome"), QStringLiteral("pass")}});
    QVERIFY2(fixed, qPrintable(fixed ? QString() : text(fixed.error())));
    loaded = commissioning::loadRun(*m_client, revision->id);
    QVERIFY(loaded);
    QCOMPARE(loaded->progress.skipped, 0);
    QCOMPARE(loaded->progress.passed, 2);
    auto old = commissioning::loadRun(*m_client, run->run.id);
    QVERIFY(old);
    QCOMPARE(old->records.size(), 2);

    // One revision per finished run.
    auto again = commissioning::reviseRun(*m_client, run->run.id, {});
    QVERIFY(!again);
    QCOMPARE(again.error().code, api::Code::AlreadyExists);
    QVERIFY2(again.error().message.contains(QStringLiteral("Acceptance r2")),
             qPrintable(again.error().message));
    // The revision of the revision is r3.
    QVERIFY(commissioning::finishRun(*m_client, revision->id, {}, true));
    auto third = commissioning::reviseRun(*m_client, revision->id, {});
    QVERIFY2(third, qPrintable(third ? QString() : text(third.error())));
    QCOMPARE(third->name, QStringLiteral("Acceptance r3"));
    QCOMPARE(third->runRevision, 3);
    QCOMPARE(third->engineer, QStringLiteral("bob")); // no actor given: the revised run's
}

QTEST_GUILESS_MAIN(TestCommissioningStore)
#include "tst_commissioningstore.moc"
