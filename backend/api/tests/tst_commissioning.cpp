// The commissioning model (api/commissioning.h): templates as data (parse, validate, errors that
// name the origin and JSON path, round trip, the shipped default), runs and records to and from
// Records, record payloads per kind, and evaluateRun (latest result wins, skips with a reason,
// missing evidence, verdicts).

#include "backend/api/commissioning.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTest>

using namespace edge::api;

namespace {

const QByteArray kSmall = R"json({
  "format": "edgeconsole-commissioning-template", "template_id": "small", "version": 3,
  "title": "Small", "title_zh": "小模板", "basis": "test",
  "sections": [
    { "id": "physical", "title": "Physical", "title_zh": "外观",
      "items": [
        { "id": "physical.depth", "title": "Depth", "title_zh": "深度", "mode": "manual",
          "evidence": ["measurement", "photo"], "unit": "mm", "max": 600,
          "guidance": "Measure it.", "guidance_zh": "测量。" },
        { "id": "physical.sealing", "title": "Sealing", "mode": "manual" }
      ] },
    { "id": "power", "title": "Power",
      "items": [
        { "id": "power.ups", "title": "UPS", "mode": "automatic", "check": "ups.status" },
        { "id": "power.mains-loss", "title": "Mains loss", "mode": "both", "evidence": ["note"],
          "check": "ups.mains-loss", "params": { "limit_ms": 10000 } }
      ] }
  ]
})json";

CommissioningTemplate small()
{
    auto t = CommissioningTemplate::parse(kSmall, QStringLiteral("small.json"));
    if (!t)
        qFatal("%s", qPrintable(t.error().message));
    return *t;
}

// kSmall with one change made to its JSON object.
QByteArray mutated(const std::function<void(QJsonObject &)> &change)
{
    QJsonObject o = QJsonDocument::fromJson(kSmall).object();
    change(o);
    return QJsonDocument(o).toJson();
}

// Applies `change` to sections[s].items[i].
QByteArray itemChanged(int s, int i, const std::function<void(QJsonObject &)> &change)
{
    return mutated([&](QJsonObject &o) {
        QJsonArray sections = o.value(QStringLiteral("sections")).toArray();
        QJsonObject section = sections.at(s).toObject();
        QJsonArray items = section.value(QStringLiteral("items")).toArray();
        QJsonObject item = items.at(i).toObject();
        change(item);
        items.replace(i, item);
        section.insert(QStringLiteral("items"), items);
        sections.replace(s, section);
        o.insert(QStringLiteral("sections"), sections);
    });
}

CommissioningRecord rec(const QString &itemId, RecordKind kind, qint64 at, const QJsonObject &p)
{
    CommissioningRecord r;
    r.runId = QStringLiteral("run-1");
    r.itemId = itemId;
    r.kind = kind;
    r.takenAtMs = at;
    r.name = QStringLiteral("%1 %2 %3").arg(itemId, recordKindName(kind)).arg(at);
    r.payload = QString::fromUtf8(QJsonDocument(p).toJson(QJsonDocument::Compact));
    return r;
}

CommissioningRecord result(const QString &itemId, qint64 at, bool pass, bool automatic = false)
{
    return rec(itemId, RecordKind::Result, at,
               {{QStringLiteral("outcome"), pass ? QStringLiteral("pass") : QStringLiteral("fail")},
                {QStringLiteral("automatic"), automatic}});
}

CommissioningRecord skip(const QString &itemId, qint64 at, const QString &reason)
{
    return rec(itemId, RecordKind::Skip, at, {{QStringLiteral("reason"), reason}});
}

CommissioningRecord evidence(const QString &itemId, qint64 at, const QString &type)
{
    QJsonObject p{{QStringLiteral("type"), type}};
    if (type == u"measurement") {
        p.insert(QStringLiteral("value"), 580);
        p.insert(QStringLiteral("unit"), QStringLiteral("mm"));
    } else if (type == u"photo") {
        p.insert(QStringLiteral("attachment"), QString(64, u'a'));
        p.insert(QStringLiteral("media_type"), QStringLiteral("image/jpeg"));
    } else {
        p.insert(QStringLiteral("text"), QStringLiteral("ok"));
    }
    return rec(itemId, RecordKind::Evidence, at, p);
}

} // namespace

class TestCommissioning : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void parsesTemplate()
    {
        const CommissioningTemplate t = small();
        QCOMPARE(t.templateId, QStringLiteral("small"));
        QCOMPARE(t.version, 3);
        QCOMPARE(t.recordName(), QStringLiteral("small v3"));
        QCOMPARE(t.sections.size(), 2);
        QCOMPARE(t.itemCount(), 4);
        const TemplateItem *depth = t.item(QStringLiteral("physical.depth"));
        QVERIFY(depth);
        QCOMPARE(depth->mode, CheckMode::Manual);
        QCOMPARE(depth->evidence,
                 (QList<EvidenceKind>{EvidenceKind::Measurement, EvidenceKind::Photo}));
        QCOMPARE(depth->unit, QStringLiteral("mm"));
        QVERIFY(!depth->min);
        QCOMPARE(*depth->max, 600.0);
        QCOMPARE(depth->titleIn(QStringLiteral("zh_CN")), QStringLiteral("深度"));
        QCOMPARE(depth->titleIn(QStringLiteral("en")), QStringLiteral("Depth"));
        QCOMPARE(depth->guidanceIn(QStringLiteral("zh_CN")), QStringLiteral("测量。"));
        // No Chinese text: the English one.
        QCOMPARE(t.item(QStringLiteral("physical.sealing"))->titleIn(QStringLiteral("zh_CN")),
                 QStringLiteral("Sealing"));
        QCOMPARE(t.sectionOf(QStringLiteral("power.ups"))->id, QStringLiteral("power"));
        QCOMPARE(t.sections.at(1).titleIn(QStringLiteral("zh_CN")), QStringLiteral("Power"));
        QCOMPARE(t.titleIn(QStringLiteral("zh_CN")), QStringLiteral("小模板"));
        const TemplateItem *loss = t.item(QStringLiteral("power.mains-loss"));
        QCOMPARE(loss->mode, CheckMode::Both);
        QCOMPARE(loss->check, QStringLiteral("ups.mains-loss"));
        QCOMPARE(loss->params.value(QStringLiteral("limit_ms")).toInt(), 10000);
        QVERIFY(!t.item(QStringLiteral("nope")));
        QVERIFY(!t.sectionOf(QStringLiteral("nope")));
        QVERIFY(validate(t));
    }

    void roundTrip()
    {
        const CommissioningTemplate t = small();
        auto again = CommissioningTemplate::parse(t.toJson(), QStringLiteral("again"));
        QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
        QCOMPARE(again->toJson(), t.toJson());
        QCOMPARE(again->itemCount(), t.itemCount());
        QCOMPARE(again->item(QStringLiteral("physical.depth"))->max, 600.0);
        QCOMPARE(again->item(QStringLiteral("physical.depth"))->guidanceZh,
                 QStringLiteral("测量。"));
        QCOMPARE(again->basis, QStringLiteral("test"));
    }

    void badTemplates_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("says");

        QTest::newRow("malformed") << QByteArray("{\n  \"format\": ,\n}") << QStringLiteral("$")
                                   << QStringLiteral("bad.json, line 2, column ");
        QTest::newRow("not an object")
            << QByteArray("[1]") << QStringLiteral("$") << QStringLiteral("one JSON object");
        QTest::newRow("wrong format") << mutated([](QJsonObject &o) {
            o.insert(QStringLiteral("format"), QStringLiteral("limit-set"));
        }) << QStringLiteral("format") << QStringLiteral("not a commissioning template");
        QTest::newRow("unknown top key")
            << mutated([](QJsonObject &o) { o.insert(QStringLiteral("titel"), 1); })
            << QStringLiteral("titel") << QStringLiteral("unknown key \"titel\"");
        QTest::newRow("unknown item key")
            << itemChanged(1, 0, [](QJsonObject &i) { i.insert(QStringLiteral("chek"), 1); })
            << QStringLiteral("sections[1].items[0].chek")
            << QStringLiteral("remove it or correct its spelling");
        QTest::newRow("version") << mutated(
            [](QJsonObject &o) { o.insert(QStringLiteral("version"), 1.5); })
                                 << QStringLiteral("version") << QStringLiteral("whole number");
        QTest::newRow("no sections")
            << mutated([](QJsonObject &o) { o.insert(QStringLiteral("sections"), QJsonArray()); })
            << QStringLiteral("sections") << QStringLiteral("at least one section");
        QTest::newRow("title type")
            << itemChanged(0, 1, [](QJsonObject &i) { i.insert(QStringLiteral("title"), 5); })
            << QStringLiteral("sections[0].items[1].title") << QStringLiteral("expected text");
        QTest::newRow("bad mode") << itemChanged(0, 1,
                                                 [](QJsonObject &i) {
                                                     i.insert(QStringLiteral("mode"),
                                                              QStringLiteral("auto"));
                                                 })
                                  << QStringLiteral("sections[0].items[1].mode")
                                  << QStringLiteral("unknown mode");
        QTest::newRow("bad evidence")
            << itemChanged(0, 1,
                           [](QJsonObject &i) {
                               i.insert(QStringLiteral("evidence"),
                                        QJsonArray{QStringLiteral("video")});
                           })
            << QStringLiteral("sections[0].items[1].evidence[0]")
            << QStringLiteral("unknown evidence \"video\"");
        QTest::newRow("min above max")
            << itemChanged(0, 0, [](QJsonObject &i) { i.insert(QStringLiteral("min"), 700); })
            << QStringLiteral("sections[0].items[0].max") << QStringLiteral("below min");
        QTest::newRow("max not a number")
            << itemChanged(0, 0,
                           [](QJsonObject &i) {
                               i.insert(QStringLiteral("max"), QStringLiteral("600"));
                           })
            << QStringLiteral("sections[0].items[0].max") << QStringLiteral("expected a number");
        QTest::newRow("measurement without unit")
            << itemChanged(0, 0, [](QJsonObject &i) { i.remove(QStringLiteral("unit")); })
            << QStringLiteral("sections[0].items[0].unit")
            << QStringLiteral("a measurement needs its unit");
        QTest::newRow("automatic without check")
            << itemChanged(1, 0, [](QJsonObject &i) { i.remove(QStringLiteral("check")); })
            << QStringLiteral("sections[1].items[0].check") << QStringLiteral("add \"check\"");
        QTest::newRow("unknown check")
            << itemChanged(1, 0,
                           [](QJsonObject &i) {
                               i.insert(QStringLiteral("check"), QStringLiteral("ups.magic"));
                           })
            << QStringLiteral("sections[1].items[0].check")
            << QStringLiteral("unknown check \"ups.magic\"");
        QTest::newRow("manual with check")
            << itemChanged(0, 1,
                           [](QJsonObject &i) {
                               i.insert(QStringLiteral("check"), QStringLiteral("ups.status"));
                           })
            << QStringLiteral("sections[0].items[1].check")
            << QStringLiteral("a manual item performs no check");
        QTest::newRow("duplicate item id")
            << itemChanged(1, 1,
                           [](QJsonObject &i) {
                               i.insert(QStringLiteral("id"), QStringLiteral("physical.depth"));
                           })
            << QStringLiteral("sections[1].items[1].id")
            << QStringLiteral("another item already has the id \"physical.depth\"");
        QTest::newRow("ill-formed id")
            << itemChanged(0, 1,
                           [](QJsonObject &i) {
                               i.insert(QStringLiteral("id"), QStringLiteral("Physical Seal"));
                           })
            << QStringLiteral("sections[0].items[1].id") << QStringLiteral("lower-case letters");
        QTest::newRow("params not an object")
            << itemChanged(1, 1, [](QJsonObject &i) { i.insert(QStringLiteral("params"), 3); })
            << QStringLiteral("sections[1].items[1].params")
            << QStringLiteral("expected an object");
        QTest::newRow("item not an object") << mutated([](QJsonObject &o) {
            QJsonArray sections = o.value(QStringLiteral("sections")).toArray();
            QJsonObject s = sections.at(0).toObject();
            s.insert(QStringLiteral("items"), QJsonArray{42});
            sections.replace(0, s);
            o.insert(QStringLiteral("sections"), sections);
        }) << QStringLiteral("sections[0].items[0]")
                                            << QStringLiteral("an item is an object");
    }

    void badTemplates()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, says);
        auto t = CommissioningTemplate::parse(json, QStringLiteral("bad.json"));
        QVERIFY(!t);
        QCOMPARE(t.error().code, Code::Validation);
        QCOMPARE(t.error().field, path);
        const QString message = t.error().message;
        QVERIFY2(message.startsWith(QStringLiteral("bad.json")), qPrintable(message));
        if (path != u"$")
            QVERIFY2(message.contains(QStringLiteral("at ") + path + u':'), qPrintable(message));
        else
            QVERIFY2(!message.contains(QStringLiteral("at $")), qPrintable(message));
        QVERIFY2(message.contains(says), qPrintable(message));
    }

    void validateNamesThePath()
    {
        CommissioningTemplate t = small();
        t.sections[1].items[0].min = 5;
        t.sections[1].items[0].max = 1;
        t.sections[1].items[0].unit = QStringLiteral("V");
        auto v = validate(t);
        QVERIFY(!v);
        QCOMPARE(v.error().field, QStringLiteral("sections[1].items[0].max"));
        QVERIFY(v.error().message.startsWith(QStringLiteral("At sections[1].items[0].max:")));
        t = small();
        t.sections[1].id = QStringLiteral("physical");
        v = validate(t);
        QVERIFY(!v);
        QCOMPARE(v.error().field, QStringLiteral("sections[1].id"));
    }

    void shippedTemplate()
    {
        const QList<CommissioningTemplate> shipped = shippedTemplates();
        QCOMPARE(shipped.size(), 1);
        const CommissioningTemplate &t = shipped.first();
        QCOMPARE(t.templateId, QStringLiteral("all-in-one-cabinet"));
        QCOMPARE(t.version, 1);
        QVERIFY(validate(t));
        QStringList sections;
        for (const TemplateSection &s : t.sections) {
            sections << s.id;
            QVERIFY2(!s.titleZh.isEmpty(), qPrintable(s.id));
        }
        QCOMPARE(sections, (QStringList{QStringLiteral("physical"), QStringLiteral("power"),
                                        QStringLiteral("cooling"), QStringLiteral("environment"),
                                        QStringLiteral("network"), QStringLiteral("servers"),
                                        QStringLiteral("burn-in")}));
        QSet<QString> ids;
        QSet<QString> checks;
        for (const TemplateSection &s : t.sections)
            for (const TemplateItem &i : s.items) {
                QVERIFY2(!ids.contains(i.id), qPrintable(i.id));
                ids.insert(i.id);
                QVERIFY2(i.id.startsWith(s.id + u'.'), qPrintable(i.id));
                QVERIFY2(!i.titleZh.isEmpty() && !i.guidance.isEmpty() && !i.guidanceZh.isEmpty(),
                         qPrintable(i.id));
                if (!i.check.isEmpty())
                    checks.insert(i.check);
            }
        // Every check the checks helper implements is used by the default template.
        const QStringList known = knownCheckIds();
        QCOMPARE(checks, QSet<QString>(known.cbegin(), known.cend()));
        // White paper 1.1.2 limits.
        QCOMPARE(*t.item(QStringLiteral("physical.depth"))->max, 600.0);
        QCOMPARE(*t.item(QStringLiteral("physical.height"))->max, 24.0);
        QCOMPARE(*t.item(QStringLiteral("power.input-voltage"))->min, 187.0);
        QCOMPARE(*t.item(QStringLiteral("power.input-voltage"))->max, 253.0);
        QCOMPARE(*t.item(QStringLiteral("power.input-frequency"))->min, 47.0);
        QCOMPARE(*t.item(QStringLiteral("power.input-frequency"))->max, 53.0);
        QCOMPARE(*t.item(QStringLiteral("cooling.eer"))->min, 3.0);
        QCOMPARE(t.item(QStringLiteral("power.mains-loss"))
                     ->params.value(QStringLiteral("limit_ms"))
                     .toInt(),
                 10000);
        const TemplateItem *burnIn = t.item(QStringLiteral("burn-in.run"));
        QCOMPARE(burnIn->check, QStringLiteral("burn-in"));
        QCOMPARE(burnIn->params.value(QStringLiteral("period_s")).toInt(), 7200);
        QCOMPARE(burnIn->params.value(QStringLiteral("interval_s")).toInt(), 1);
        auto again = CommissioningTemplate::parse(t.toJson(), QStringLiteral("again"));
        QVERIFY(again);
        QCOMPARE(again->toJson(), t.toJson());
    }

    void templateRecord()
    {
        const CommissioningTemplate t = small();
        CommissioningTemplateRecord r = templateRecordFor(t, QStringLiteral("li"),
                                                          QStringLiteral("first"));
        QCOMPARE(r.name, QStringLiteral("small v3"));
        QVERIFY(validate(r));
        r.id = QStringLiteral("id-1");
        auto back = CommissioningTemplateRecord::fromRecord(r.toRecord());
        QVERIFY(back);
        QCOMPARE(back->id, r.id);
        QCOMPARE(back->templateId, r.templateId);
        QCOMPARE(back->version, 3);
        QCOMPARE(back->json, r.json);
        QCOMPARE(back->author, QStringLiteral("li"));
        QCOMPARE(back->notes, QStringLiteral("first"));
        QCOMPARE(back->parsed()->toJson(), t.toJson());
        QVERIFY(validateRecord(r.toRecord(), true));

        CommissioningTemplateRecord wrongVersion = r;
        wrongVersion.version = 4;
        wrongVersion.name = QStringLiteral("small v4");
        auto v = validate(wrongVersion);
        QVERIFY(!v);
        QCOMPARE(v.error().field, QStringLiteral("json"));
        CommissioningTemplateRecord wrongName = r;
        wrongName.name = QStringLiteral("small");
        QCOMPARE(validate(wrongName).error().field, QStringLiteral("name"));
        CommissioningTemplateRecord badJson = r;
        badJson.json = QStringLiteral("{");
        v = validate(badJson);
        QVERIFY(!v);
        QVERIFY(v.error().message.startsWith(QStringLiteral("small v3, line 1")));
    }

    void run()
    {
        const CommissioningTemplate t = small();
        CommissioningRun run;
        run.id = QStringLiteral("run-1");
        run.cabinetId = QStringLiteral("cab-1");
        run.name = QStringLiteral("Acceptance 2026-11-26");
        run.templateName = t.recordName();
        run.templateJson = QString::fromUtf8(t.toJson());
        run.engineer = QStringLiteral("li");
        run.customer = QStringLiteral("Port of Ningbo");
        run.startedAtMs = 1000;
        QVERIFY(validate(run));
        auto back = CommissioningRun::fromRecord(run.toRecord());
        QVERIFY(back);
        QCOMPARE(back->toRecord(), run.toRecord());
        QCOMPARE(back->status, RunStatus::InProgress);
        QCOMPARE(back->runRevision, 1);
        QCOMPARE(back->parsedTemplate()->recordName(), QStringLiteral("small v3"));
        QCOMPARE(run.toRecord().fields.value(QStringLiteral("status")).toString(),
                 QStringLiteral("in-progress"));

        CommissioningRun finished = run;
        finished.status = RunStatus::Finished;
        QCOMPARE(validate(finished).error().field, QStringLiteral("finished_at"));
        finished.finishedAtMs = 500;
        QCOMPARE(validate(finished).error().field, QStringLiteral("finished_at"));
        finished.finishedAtMs = 5000;
        QVERIFY(validate(finished));
        QCOMPARE(CommissioningRun::fromRecord(finished.toRecord())->status, RunStatus::Finished);

        CommissioningRun revision = run;
        revision.id = QStringLiteral("run-2");
        revision.revisionOf = QStringLiteral("run-1");
        QCOMPARE(validate(revision).error().field, QStringLiteral("run_revision"));
        revision.runRevision = 2;
        QVERIFY(validate(revision));
        revision.revisionOf.clear();
        QCOMPARE(validate(revision).error().field, QStringLiteral("revision_of"));

        CommissioningRun wrongTemplate = run;
        wrongTemplate.templateName = QStringLiteral("small v2");
        QCOMPARE(validate(wrongTemplate).error().field, QStringLiteral("template_name"));

        Record r = run.toRecord();
        r.fields[QStringLiteral("status")] = QStringLiteral("done");
        auto bad = CommissioningRun::fromRecord(r);
        QVERIFY(!bad);
        QCOMPARE(bad.error().field, QStringLiteral("status"));
    }

    void records()
    {
        CommissioningRecord r = evidence(QStringLiteral("physical.depth"), 10,
                                         QStringLiteral("measurement"));
        r.id = QStringLiteral("rec-1");
        r.author = QStringLiteral("li");
        QVERIFY(validate(r));
        auto back = CommissioningRecord::fromRecord(r.toRecord());
        QVERIFY(back);
        QCOMPARE(back->toRecord(), r.toRecord());
        QCOMPARE(back->kind, RecordKind::Evidence);
        QCOMPARE(back->itemId, r.itemId);
        QCOMPARE(back->takenAtMs, 10);
        QCOMPARE(back->payload, r.payload);
        QCOMPARE(r.toRecord().fields.value(QStringLiteral("kind")).toString(),
                 QStringLiteral("evidence"));
        QVERIFY(validateRecord(r.toRecord(), true));

        Record bad = r.toRecord();
        bad.fields[QStringLiteral("kind")] = QStringLiteral("comment");
        QCOMPARE(CommissioningRecord::fromRecord(bad).error().field, QStringLiteral("kind"));

        for (RecordKind k :
             {RecordKind::Result, RecordKind::Evidence, RecordKind::Skip, RecordKind::Reading,
              RecordKind::Guided, RecordKind::BurnIn, RecordKind::Signature})
            QCOMPARE(recordKindFromName(recordKindName(k)), k);
        QCOMPARE(recordKindName(RecordKind::BurnIn), QStringLiteral("burn-in"));
        QVERIFY(!recordKindFromName(QStringLiteral("nope")));
    }

    void payloads_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("itemId");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("key"); // empty: valid

        const QString item = QStringLiteral("physical.depth");
        auto row = [&](const char *name, RecordKind k, const QString &itemId, const char *payload,
                       const char *key) {
            QTest::newRow(name) << int(k) << itemId << QByteArray(payload)
                                << QString::fromLatin1(key);
        };
        row("result pass", RecordKind::Result, item,
            R"({"outcome":"pass","value":580,"unit":"mm","comment":"ok","automatic":false})", "");
        row("result no outcome", RecordKind::Result, item, R"({"comment":"ok"})", "outcome");
        row("result bad value", RecordKind::Result, item, R"({"outcome":"fail","value":"x"})",
            "value");
        row("result without item", RecordKind::Result, QString(), R"({"outcome":"pass"})",
            "item_id");
        row("measurement", RecordKind::Evidence, item,
            R"({"type":"measurement","value":231.4,"unit":"V"})", "");
        row("measurement no unit", RecordKind::Evidence, item,
            R"({"type":"measurement","value":231.4})", "unit");
        row("photo", RecordKind::Evidence, item,
            R"({"type":"photo","attachment":"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef","media_type":"image/jpeg","size":123,"width":4000,"height":3000})",
            "");
        row("photo bad hash", RecordKind::Evidence, item,
            R"({"type":"photo","attachment":"abc","media_type":"image/jpeg"})", "attachment");
        row("note", RecordKind::Evidence, item, R"({"type":"note","text":"fine"})", "");
        row("note empty", RecordKind::Evidence, item, R"({"type":"note","text":" "})", "text");
        row("evidence type", RecordKind::Evidence, item, R"({"type":"video"})", "type");
        row("skip", RecordKind::Skip, item, R"({"reason":"no tape measure"})", "");
        row("skip without reason", RecordKind::Skip, item, R"({"reason":""})", "reason");
        row("reading", RecordKind::Reading, item, R"({"check":"ups.status","readings":[]})", "");
        row("reading no list", RecordKind::Reading, item, R"({"check":"ups.status"})", "readings");
        row("guided", RecordKind::Guided, item,
            R"({"check":"ups.mains-loss","expect":"on-battery","limit_ms":10000,"started_ms":1,"changed_ms":null,"outcome":"fail","samples":[]})",
            "");
        row("guided no start", RecordKind::Guided, item,
            R"({"check":"ups.mains-loss","outcome":"pass"})", "started_ms");
        row("burn-in", RecordKind::BurnIn, QString(),
            R"({"series":{"temperature inlet":{"unit":"°C","points":[[1,20.5]]}}})", "");
        row("burn-in no series", RecordKind::BurnIn, QString(), R"({"points":[]})", "series");
        row("signature ink", RecordKind::Signature, QString(),
            R"({"role":"customer","name":"Wang","organisation":"Port","signed_ms":5,"ink":true})",
            "");
        row("signature role", RecordKind::Signature, QString(),
            R"({"role":"boss","name":"Wang","signed_ms":5,"ink":true})", "role");
        row("signature nothing", RecordKind::Signature, QString(),
            R"({"role":"engineer","name":"Li","signed_ms":5})", "image");
        row("not json", RecordKind::Skip, item, "reason: none", "payload");
    }

    void payloads()
    {
        QFETCH(int, kind);
        QFETCH(QString, itemId);
        QFETCH(QByteArray, payload);
        QFETCH(QString, key);
        CommissioningRecord r;
        r.runId = QStringLiteral("run-1");
        r.name = QStringLiteral("x 1");
        r.itemId = itemId;
        r.kind = RecordKind(kind);
        r.payload = QString::fromUtf8(payload);
        auto v = validate(r);
        if (key.isEmpty()) {
            QVERIFY2(v, qPrintable(v ? QString() : v.error().message));
            return;
        }
        QVERIFY(!v);
        if (key == u"item_id") {
            QCOMPARE(v.error().field, QStringLiteral("item_id"));
            return;
        }
        QCOMPARE(v.error().field, QStringLiteral("payload"));
        if (key != u"payload")
            QVERIFY2(v.error().message.contains(u'"' + key + u'"'), qPrintable(v.error().message));
    }

    void evaluatePendingAndCounts()
    {
        const CommissioningTemplate t = small();
        const RunProgress p = evaluateRun(t, {});
        QCOMPARE(p.total, 4);
        QCOMPARE(p.done(), 0);
        QCOMPARE(p.verdict, Verdict::Incomplete);
        QCOMPARE(p.sections.size(), 2);
        QCOMPARE(p.sections.at(0).sectionId, QStringLiteral("physical"));
        QCOMPARE(p.sections.at(0).total, 2);
        QCOMPARE(p.items.size(), 4);
        QCOMPARE(p.items.at(3).itemId, QStringLiteral("power.mains-loss"));
        QCOMPARE(p.item(QStringLiteral("power.ups"))->state, ItemState::Pending);
        QVERIFY(!p.item(QStringLiteral("nope")));
    }

    void evaluateLatestResultWins()
    {
        const CommissioningTemplate t = small();
        const QString ups = QStringLiteral("power.ups");
        // Given out of order: the one taken last counts.
        RunProgress p = evaluateRun(t, {result(ups, 30, true, true), result(ups, 10, false, true)});
        QCOMPARE(p.item(ups)->state, ItemState::Passed);
        QCOMPARE(p.item(ups)->records.size(), 2);
        QCOMPARE(p.item(ups)->records.first().takenAtMs, 10); // oldest first
        p = evaluateRun(t, {result(ups, 10, true, true), result(ups, 30, false, true)});
        QCOMPARE(p.item(ups)->state, ItemState::Failed);
        QCOMPARE(p.failed, 1);
        QCOMPARE(p.sections.at(1).failed, 1);
        // A result without an outcome is not a result.
        CommissioningRecord broken = result(ups, 40, true, true);
        broken.payload = QStringLiteral("{\"comment\":\"x\"}");
        p = evaluateRun(t, {result(ups, 10, true, true), broken});
        QCOMPARE(p.item(ups)->state, ItemState::Passed);
    }

    void evaluateSkip()
    {
        const CommissioningTemplate t = small();
        const QString ups = QStringLiteral("power.ups");
        RunProgress p = evaluateRun(t, {skip(ups, 10, QStringLiteral("no UPS delivered"))});
        QCOMPARE(p.item(ups)->state, ItemState::Skipped);
        QCOMPARE(p.item(ups)->skipReason, QStringLiteral("no UPS delivered"));
        QCOMPARE(p.skipped, 1);
        // A later result replaces the skip; a later skip replaces the result.
        p = evaluateRun(t, {skip(ups, 10, QStringLiteral("later")), result(ups, 20, true, true)});
        QCOMPARE(p.item(ups)->state, ItemState::Passed);
        QVERIFY(p.item(ups)->skipReason.isEmpty());
        p = evaluateRun(t, {result(ups, 10, false, true), skip(ups, 20, QStringLiteral("spare"))});
        QCOMPARE(p.item(ups)->state, ItemState::Skipped);
        // A skip needs its reason.
        p = evaluateRun(t, {skip(ups, 10, QStringLiteral("  "))});
        QCOMPARE(p.item(ups)->state, ItemState::Pending);
    }

    void evaluateEvidenceMissing()
    {
        const CommissioningTemplate t = small();
        const QString depth = QStringLiteral("physical.depth");
        RunProgress p = evaluateRun(t, {result(depth, 10, true)});
        QCOMPARE(p.item(depth)->state, ItemState::Passed);
        QVERIFY(p.item(depth)->evidenceMissing);
        p = evaluateRun(t, {evidence(depth, 5, QStringLiteral("measurement")),
                            result(depth, 10, true)});
        QVERIFY(p.item(depth)->evidenceMissing); // the photo is missing
        p = evaluateRun(t, {evidence(depth, 5, QStringLiteral("measurement")),
                            evidence(depth, 6, QStringLiteral("note")), result(depth, 10, true)});
        QVERIFY(p.item(depth)->evidenceMissing); // a note is not a photo
        p = evaluateRun(t, {evidence(depth, 5, QStringLiteral("measurement")),
                            evidence(depth, 6, QStringLiteral("photo")), result(depth, 10, true)});
        QVERIFY(!p.item(depth)->evidenceMissing);
        // Evidence of another item does not count.
        p = evaluateRun(t, {evidence(QStringLiteral("physical.sealing"), 5, QStringLiteral("photo")),
                            evidence(depth, 5, QStringLiteral("measurement")),
                            result(depth, 10, true)});
        QVERIFY(p.item(depth)->evidenceMissing);
        // An automatic result of a "both" item needs no manual evidence; a manual one does.
        const QString loss = QStringLiteral("power.mains-loss");
        p = evaluateRun(t, {result(loss, 10, true, true)});
        QVERIFY(!p.item(loss)->evidenceMissing);
        p = evaluateRun(t, {result(loss, 10, true, false)});
        QVERIFY(p.item(loss)->evidenceMissing);
        // Pending items never miss evidence; items that need none never do.
        p = evaluateRun(t, {result(QStringLiteral("physical.sealing"), 10, true)});
        QVERIFY(!p.item(QStringLiteral("physical.sealing"))->evidenceMissing);
        QVERIFY(!p.item(depth)->evidenceMissing);
    }

    void verdicts()
    {
        const CommissioningTemplate t = small();
        const QString depth = QStringLiteral("physical.depth");
        const QString seal = QStringLiteral("physical.sealing");
        const QString ups = QStringLiteral("power.ups");
        const QString loss = QStringLiteral("power.mains-loss");
        QList<CommissioningRecord> all{result(depth, 1, true), result(seal, 2, true),
                                       result(ups, 3, true, true), result(loss, 4, true, true)};
        RunProgress p = evaluateRun(t, all);
        QCOMPARE(p.passed, 4);
        QCOMPARE(p.done(), 4);
        QCOMPARE(p.verdict, Verdict::Accepted);
        QCOMPARE(verdictName(p.verdict), QStringLiteral("accepted"));

        QList<CommissioningRecord> withSkip = all;
        withSkip.append(skip(ups, 9, QStringLiteral("customer brings the UPS")));
        p = evaluateRun(t, withSkip);
        QCOMPARE(p.verdict, Verdict::AcceptedWithOpenItems);
        QCOMPARE(verdictName(p.verdict), QStringLiteral("accepted-with-open-items"));

        QList<CommissioningRecord> withFail = withSkip;
        withFail.append(result(depth, 9, false));
        p = evaluateRun(t, withFail);
        QCOMPARE(p.verdict, Verdict::Rejected);
        QCOMPARE(p.sections.at(0).failed, 1);
        QCOMPARE(p.sections.at(0).done(), 2);

        // One pending item: incomplete even with a failure.
        p = evaluateRun(t, {result(depth, 1, false), result(seal, 2, true),
                            result(ups, 3, true, true)});
        QCOMPARE(p.verdict, Verdict::Incomplete);
        QCOMPARE(p.done(), 3);
        QCOMPARE(itemStateName(ItemState::Skipped), QStringLiteral("skipped"));
        QCOMPARE(verdictName(Verdict::Rejected), QStringLiteral("rejected"));
        QCOMPARE(verdictName(Verdict::Incomplete), QStringLiteral("incomplete"));
    }

    void names()
    {
        for (CheckMode m : {CheckMode::Manual, CheckMode::Automatic, CheckMode::Both})
            QCOMPARE(checkModeFromName(checkModeName(m)), m);
        for (EvidenceKind k : {EvidenceKind::Measurement, EvidenceKind::Photo, EvidenceKind::Note})
            QCOMPARE(evidenceKindFromName(evidenceKindName(k)), k);
        QCOMPARE(runStatusFromName(QStringLiteral("finished")), RunStatus::Finished);
        QCOMPARE(runStatusName(RunStatus::InProgress), QStringLiteral("in-progress"));
        QVERIFY(!checkModeFromName(QStringLiteral("Manual")));
        QVERIFY(!evidenceKindFromName(QString()));
        QVERIFY(!runStatusFromName(QStringLiteral("done")));
    }
};

QTEST_GUILESS_MAIN(TestCommissioning)
#include "tst_commissioning.moc"
