// Cabinet commissioning from the command line (issue 6): `commission templates`, `start`, `list`,
// `status`, `record`, `check` (the automatic checks of backend/commissioning/checks, recorded like
// the Commissioning page records them), `finish`, `revise` and `report` (the sealed acceptance
// report). The rules
// live in backend/commissioning (commissioningstore.h), the report in backend/reports and the seal
// in backend/seal; this file reads options, calls them and prints. main.cpp gives `commission
// report` and `commission record` a QGuiApplication (PDF, photos).
#include "app/edgectl/command.h"
#include "app/edgectl/interrupt.h"
#include "app/edgectl/password.h"
#include "app/edgectl/surveyargs.h"
#include "app/edgectl/tr.h"
#include "backend/api/clock.h"
#include "backend/api/commissioning.h"
#include "backend/api/inventory.h"
#include "backend/client/client.h"
#include "backend/commissioning/checks/checks.h"
#include "backend/commissioning/commissioningstore.h"
#include "backend/fieldinstall/fieldinstaller.h"
#include "backend/reports/acceptancereport.h"
#include "backend/reports/photo.h"
#include "backend/seal/seal.h"
#include "translations/i18n.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStandardPaths>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <string>
#include <unistd.h>

namespace edge::edgectl {

namespace {

using api::Code;
using api::Error;
using api::Result;

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString orDash(const QString &s) { return s.isEmpty() ? QStringLiteral("—") : s; }

QString number(double v) { return QLocale::c().toString(std::round(v * 1000.0) / 1000.0, 'g', 12); }

// Schema fields of the service's errors as the options that set them.
Error withOption(Error e)
{
    static const QHash<QString, QString> options{
        {QStringLiteral("cabinet_id"), QStringLiteral("--cabinet")},
        {QStringLiteral("template"), QStringLiteral("--template")},
        {QStringLiteral("name"), QStringLiteral("--name")},
        {QStringLiteral("item_id"), QStringLiteral("--item")},
        {QStringLiteral("customer"), QStringLiteral("--customer")},
        {QStringLiteral("engineer"), QStringLiteral("--engineer")},
    };
    if (options.contains(e.field))
        e.field = options.value(e.field);
    return e;
}

// The run named by the first positional argument (id or name; --cabinet scopes the name).
Result<commissioning::RunData> findRun(Context &ctx, api::Inventory &inv)
{
    QString cabinetId;
    if (ctx.args.has(QStringLiteral("cabinet"))) {
        auto cabinet = inv.resolve(api::EntityKind::Cabinet,
                                   ctx.args.value(QStringLiteral("cabinet")));
        if (!cabinet) {
            Error e = cabinet.error();
            e.field = QStringLiteral("--cabinet");
            return std::unexpected(e);
        }
        cabinetId = cabinet->id;
    }
    auto record = inv.resolve(api::EntityKind::CommissioningRun, ctx.args.positionals.first(),
                              cabinetId);
    if (!record)
        return std::unexpected(record.error());
    return commissioning::loadRun(inv, record->id);
}

QJsonObject runToJson(const api::CommissioningRun &run)
{
    QJsonObject o = recordToJson(run.toRecord());
    o.remove(QStringLiteral("template_json")); // the whole template: `commission templates`
    return o;
}

QJsonObject progressToJson(const commissioning::RunData &data)
{
    const api::RunProgress &p = data.progress;
    QJsonArray sections;
    for (const api::SectionProgress &s : p.sections) {
        const api::TemplateSection *ts = nullptr;
        for (const api::TemplateSection &t : data.tmpl.sections)
            if (t.id == s.sectionId)
                ts = &t;
        sections.append(QJsonObject{{QStringLiteral("id"), s.sectionId},
                                    {QStringLiteral("title"), ts ? ts->title : QString()},
                                    {QStringLiteral("total"), s.total},
                                    {QStringLiteral("done"), s.done()},
                                    {QStringLiteral("passed"), s.passed},
                                    {QStringLiteral("failed"), s.failed},
                                    {QStringLiteral("skipped"), s.skipped}});
    }
    QJsonArray items;
    QJsonArray open;
    for (const api::ItemProgress &i : p.items) {
        QJsonObject o{{QStringLiteral("id"), i.itemId},
                      {QStringLiteral("state"), api::itemStateName(i.state)},
                      {QStringLiteral("records"), int(i.records.size())},
                      {QStringLiteral("evidence_missing"), i.evidenceMissing}};
        if (const api::TemplateItem *ti = data.tmpl.item(i.itemId)) {
            const api::TemplateSection *section = data.tmpl.sectionOf(i.itemId);
            o.insert(QStringLiteral("section"), section ? section->id : QString());
            o.insert(QStringLiteral("title"), ti->title);
            o.insert(QStringLiteral("mode"), api::checkModeName(ti->mode));
            if (!ti->unit.isEmpty())
                o.insert(QStringLiteral("unit"), ti->unit);
            if (ti->min)
                o.insert(QStringLiteral("min"), *ti->min);
            if (ti->max)
                o.insert(QStringLiteral("max"), *ti->max);
        }
        if (i.state == api::ItemState::Skipped)
            o.insert(QStringLiteral("skip_reason"), i.skipReason);
        items.append(o);
        if (i.state == api::ItemState::Failed || i.state == api::ItemState::Skipped)
            open.append(o);
    }
    return QJsonObject{
        {QStringLiteral("total"), p.total},
        {QStringLiteral("done"), p.done()},
        {QStringLiteral("passed"), p.passed},
        {QStringLiteral("failed"), p.failed},
        {QStringLiteral("skipped"), p.skipped},
        {QStringLiteral("pending"), p.total - p.done()},
        {QStringLiteral("percent"), p.total > 0 ? p.done() * 100 / p.total : 0},
        {QStringLiteral("verdict"), api::verdictName(p.verdict)},
        {QStringLiteral("sections"), sections},
        {QStringLiteral("items"), items},
        {QStringLiteral("open_items"), open},
    };
}

QString verdictText(api::Verdict v)
{
    switch (v) {
    case api::Verdict::Incomplete: return Tr::tr("incomplete");
    case api::Verdict::Accepted: return Tr::tr("accepted");
    case api::Verdict::AcceptedWithOpenItems: return Tr::tr("accepted with open items");
    case api::Verdict::Rejected: return Tr::tr("rejected");
    }
    return {};
}

QString stateText(api::ItemState s)
{
    switch (s) {
    case api::ItemState::Pending: return Tr::tr("pending");
    case api::ItemState::Passed: return Tr::tr("passed");
    case api::ItemState::Failed: return Tr::tr("failed");
    case api::ItemState::Skipped: return Tr::tr("skipped");
    }
    return {};
}

// ---- commission templates --------------------------------------------------------------------

int runTemplates(Context &ctx)
{
    Connection *conn = ctx.connect();
    if (!conn)
        return ctx.exitCode();
    if (ctx.args.has(QStringLiteral("import"))) {
        // A new version of a template (or a new template) from its JSON file.
        const QString path = ctx.args.value(QStringLiteral("import"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return ctx.fail(Error{Code::NotFound,
                                  Tr::tr("Cannot read %1: %2").arg(path, file.errorString()),
                                  {},
                                  QStringLiteral("--import")});
        auto parsed = api::CommissioningTemplate::parse(file.readAll(), path);
        if (!parsed) {
            Error e = parsed.error();
            e.field = QStringLiteral("--import");
            return ctx.fail(e);
        }
        auto saved = commissioning::saveTemplate(conn->inventory(), *parsed, currentUser(*conn));
        if (!saved)
            return ctx.fail(saved.error());
        if (ctx.out.json())
            ctx.out.jsonOut(QJsonObject{{QStringLiteral("id"), saved->id},
                                        {QStringLiteral("name"), saved->name},
                                        {QStringLiteral("template_id"), saved->templateId},
                                        {QStringLiteral("version"), saved->version}});
        else
            ctx.out.out(Tr::tr("Stored the template %1 version %2.")
                            .arg(saved->templateId)
                            .arg(saved->version));
        return 0;
    }
    auto list = commissioning::listTemplates(conn->inventory());
    if (!list)
        return ctx.fail(list.error());
    if (ctx.out.json()) {
        QJsonArray templates;
        for (const api::CommissioningTemplate &t : std::as_const(list->templates)) {
            QJsonArray sections;
            for (const api::TemplateSection &s : t.sections)
                sections.append(QJsonObject{{QStringLiteral("id"), s.id},
                                            {QStringLiteral("title"), s.title},
                                            {QStringLiteral("items"), int(s.items.size())}});
            templates.append(QJsonObject{{QStringLiteral("template_id"), t.templateId},
                                         {QStringLiteral("version"), t.version},
                                         {QStringLiteral("name"), t.recordName()},
                                         {QStringLiteral("title"), t.title},
                                         {QStringLiteral("title_zh"), t.titleZh},
                                         {QStringLiteral("items"), t.itemCount()},
                                         {QStringLiteral("sections"), sections}});
        }
        ctx.out.jsonOut(
            QJsonObject{{QStringLiteral("templates"), templates},
                        {QStringLiteral("problems"), QJsonArray::fromStringList(list->problems)}});
        return 0;
    }
    const QString language = i18n::current(*QCoreApplication::instance());
    QList<QStringList> rows;
    for (const api::CommissioningTemplate &t : std::as_const(list->templates))
        rows << QStringList{t.templateId, QString::number(t.version), t.titleIn(language),
                            QString::number(t.sections.size()), QString::number(t.itemCount())};
    if (rows.isEmpty())
        ctx.out.out(Tr::tr("No commissioning templates."));
    else
        ctx.out.table({Tr::tr("Template"), Tr::tr("Version"), Tr::tr("Title"), Tr::tr("Sections"),
                       Tr::tr("Items")},
                      rows);
    for (const QString &p : std::as_const(list->problems))
        ctx.out.err(p);
    return 0;
}

// ---- commission start / list -----------------------------------------------------------------

int runStart(Context &ctx)
{
    Connection *conn = ctx.connect();
    if (!conn)
        return ctx.exitCode();
    commissioning::NewRun in;
    in.cabinetId = ctx.args.value(QStringLiteral("cabinet"));
    in.templateName = ctx.args.value(QStringLiteral("template"));
    in.name = ctx.args.value(QStringLiteral("name"));
    in.customer = ctx.args.value(QStringLiteral("customer"));
    in.engineer = ctx.args.has(QStringLiteral("engineer"))
                      ? ctx.args.value(QStringLiteral("engineer"))
                      : currentUser(*conn);
    in.notes = ctx.args.value(QStringLiteral("notes"));
    auto run = commissioning::startRun(conn->inventory(), in);
    if (!run)
        return ctx.fail(withOption(run.error()));
    if (ctx.out.json()) {
        ctx.out.jsonOut(runToJson(*run));
        return 0;
    }
    auto tmpl = run->parsedTemplate();
    ctx.out.out(Tr::tr("Started the commissioning run '%1' (id %2) with the template %3: %n "
                       "item(s) to check.",
                       nullptr, tmpl ? tmpl->itemCount() : 0)
                    .arg(run->name, run->id, run->templateName));
    return 0;
}

int runList(Context &ctx)
{
    Connection *conn = ctx.connect();
    if (!conn)
        return ctx.exitCode();
    auto runs = commissioning::listRuns(conn->inventory(),
                                        ctx.args.value(QStringLiteral("cabinet")));
    if (!runs) {
        Error e = runs.error();
        if (e.code == Code::NotFound)
            e.field = QStringLiteral("--cabinet");
        return ctx.fail(e);
    }
    if (ctx.out.json()) {
        QJsonArray a;
        for (const api::CommissioningRun &r : std::as_const(*runs))
            a.append(runToJson(r));
        ctx.out.jsonOut(a);
        return 0;
    }
    QList<QStringList> rows;
    for (const api::CommissioningRun &r : std::as_const(*runs))
        rows << QStringList{r.name,
                            r.id,
                            r.templateName,
                            api::runStatusName(r.status),
                            QString::number(r.runRevision),
                            formatUtc(r.startedAtMs)};
    if (rows.isEmpty())
        ctx.out.out(Tr::tr("No commissioning runs."));
    else
        ctx.out.table({Tr::tr("Run"), Tr::tr("Id"), Tr::tr("Template"), Tr::tr("Status"),
                       Tr::tr("Revision"), Tr::tr("Started")},
                      rows);
    return 0;
}

// ---- commission status -----------------------------------------------------------------------

int runStatus(Context &ctx)
{
    Connection *conn = ctx.connect();
    if (!conn)
        return ctx.exitCode();
    auto data = findRun(ctx, conn->inventory());
    if (!data)
        return ctx.fail(data.error());
    const api::RunProgress &p = data->progress;
    if (ctx.out.json()) {
        QJsonObject o = runToJson(data->run);
        o.insert(QStringLiteral("cabinet"), data->cabinet ? data->cabinet->name : QString());
        o.insert(QStringLiteral("site"), data->site ? data->site->name : QString());
        if (data->supersedes)
            o.insert(QStringLiteral("supersedes"), data->supersedes->name);
        o.insert(QStringLiteral("progress"), progressToJson(*data));
        ctx.out.jsonOut(o);
        return 0;
    }
    const QString language = i18n::current(*QCoreApplication::instance());
    QList<QPair<QString, QString>> head{
        {Tr::tr("Run"), data->run.name},
        {Tr::tr("Cabinet"), data->cabinet ? data->cabinet->name : data->run.cabinetId},
        {Tr::tr("Site"), data->site ? data->site->name : QStringLiteral("—")},
        {Tr::tr("Template"), data->run.templateName},
        {Tr::tr("Status"), api::runStatusName(data->run.status)},
        {Tr::tr("Revision"), QString::number(data->run.runRevision)},
        {Tr::tr("Engineer"), orDash(data->run.engineer)},
        {Tr::tr("Customer"), orDash(data->run.customer)},
    };
    if (data->supersedes)
        head << QPair<QString, QString>{Tr::tr("Supersedes"), data->supersedes->name};
    ctx.out.keyValues(head);
    ctx.out.out(QString());
    QList<QStringList> rows;
    for (const api::SectionProgress &s : p.sections) {
        QString title = s.sectionId;
        for (const api::TemplateSection &t : data->tmpl.sections)
            if (t.id == s.sectionId)
                title = t.titleIn(language);
        rows << QStringList{title, QStringLiteral("%1/%2").arg(s.done()).arg(s.total),
                            QString::number(s.passed), QString::number(s.failed),
                            QString::number(s.skipped)};
    }
    rows << QStringList{Tr::tr("Overall"), QStringLiteral("%1/%2").arg(p.done()).arg(p.total),
                        QString::number(p.passed), QString::number(p.failed),
                        QString::number(p.skipped)};
    ctx.out.table({Tr::tr("Section"), Tr::tr("Done"), Tr::tr("Passed"), Tr::tr("Failed"),
                   Tr::tr("Skipped")},
                  rows);
    QList<QStringList> open;
    for (const api::ItemProgress &i : p.items) {
        if (i.state != api::ItemState::Failed && i.state != api::ItemState::Skipped)
            continue;
        const api::TemplateItem *ti = data->tmpl.item(i.itemId);
        open << QStringList{i.itemId, ti ? ti->titleIn(language) : QString(), stateText(i.state),
                            orDash(i.skipReason)};
    }
    if (!open.isEmpty()) {
        ctx.out.out(QString());
        ctx.out.out(Tr::tr("Open items:"));
        ctx.out.table({Tr::tr("Item"), Tr::tr("Title"), Tr::tr("State"), Tr::tr("Reason")}, open);
    }
    ctx.out.out(QString());
    ctx.out.out(Tr::tr("Verdict: %1 (%2 of %3 done: %4 passed, %5 failed, %6 skipped)")
                    .arg(verdictText(p.verdict))
                    .arg(p.done())
                    .arg(p.total)
                    .arg(p.passed)
                    .arg(p.failed)
                    .arg(p.skipped));
    return 0;
}

// ---- commission record -----------------------------------------------------------------------

int runRecord(Context &ctx)
{
    const ParsedArgs &a = ctx.args;
    const QStringList actions{QStringLiteral("pass"),  QStringLiteral("fail"),
                              QStringLiteral("skip"),  QStringLiteral("measure"),
                              QStringLiteral("photo"), QStringLiteral("note")};
    QString action;
    for (const QString &x : actions) {
        if (!a.has(x))
            continue;
        if (!action.isEmpty())
            return ctx.usage(Tr::tr("Give one of --pass, --fail, --skip, --measure, --photo or "
                                    "--note, not several."),
                             QStringLiteral("--") + x);
        action = x;
    }
    if (action.isEmpty())
        return ctx.usage(Tr::tr("Say what to record: --pass, --fail, --skip REASON, --measure "
                                "VALUE --unit U, --photo FILE.jpg or --note TEXT."));
    const QString itemId = a.value(QStringLiteral("item")).trimmed();
    const QString comment = a.value(QStringLiteral("comment")).trimmed();
    double value = 0;
    if (action == u"measure") {
        bool ok = false;
        value = a.value(QStringLiteral("measure")).toDouble(&ok);
        if (!ok || !std::isfinite(value))
            return ctx.usage(Tr::tr("--measure needs a number, e.g. 231.5"),
                             QStringLiteral("--measure"));
    }
    if (action == u"skip" && a.value(QStringLiteral("skip")).trimmed().isEmpty())
        return ctx.usage(Tr::tr("--skip needs the reason the item is skipped"),
                         QStringLiteral("--skip"));
    if (action == u"note" && a.value(QStringLiteral("note")).trimmed().isEmpty())
        return ctx.usage(Tr::tr("--note needs the note's text"), QStringLiteral("--note"));
    std::optional<survey::PhotoItem> photo;
    if (action == u"photo") {
        auto prepared = reports::preparePhoto(a.value(QStringLiteral("photo")), comment);
        if (!prepared) {
            Error e = prepared.error();
            e.field = QStringLiteral("--photo");
            return ctx.fail(e);
        }
        photo = std::move(*prepared);
    }

    Connection *conn = ctx.connect();
    if (!conn)
        return ctx.exitCode();
    api::Inventory &inv = conn->inventory();
    auto data = findRun(ctx, inv);
    if (!data)
        return ctx.fail(data.error());
    const api::TemplateItem *item = data->tmpl.item(itemId);
    if (!item) {
        // The service names the items that exist.
        commissioning::NewRecord probe{itemId, api::RecordKind::Result, {}, {}, 0};
        auto refused = commissioning::addRecord(inv, *data, probe);
        return ctx.fail(withOption(refused ? Error{Code::Internal, {}, {}, {}} : refused.error()));
    }
    if (data->run.status == api::RunStatus::Finished) {
        // The service gives the same refusal; checked before a photo is uploaded.
        commissioning::NewRecord probe{itemId, api::RecordKind::Evidence, {}, {}, 0};
        auto refused = commissioning::addRecord(inv, *data, probe);
        return ctx.fail(refused ? Error{Code::Internal, {}, {}, {}} : refused.error());
    }

    QList<commissioning::NewRecord> records;
    const QString author = currentUser(*conn);
    const auto add = [&](api::RecordKind kind, const QJsonObject &payload) {
        records << commissioning::NewRecord{itemId, kind, compact(payload), author, 0};
    };
    QString summary;
    if (action == u"pass" || action == u"fail") {
        QJsonObject r{{QStringLiteral("outcome"), action}, {QStringLiteral("automatic"), false}};
        if (!comment.isEmpty())
            r.insert(QStringLiteral("comment"), comment);
        add(api::RecordKind::Result, r);
        summary = action == u"pass" ? Tr::tr("a pass") : Tr::tr("a fail");
    } else if (action == u"skip") {
        add(api::RecordKind::Skip,
            QJsonObject{{QStringLiteral("reason"), a.value(QStringLiteral("skip")).trimmed()}});
        summary = Tr::tr("a skip");
    } else if (action == u"note") {
        add(api::RecordKind::Evidence,
            QJsonObject{{QStringLiteral("type"), QStringLiteral("note")},
                        {QStringLiteral("text"), a.value(QStringLiteral("note")).trimmed()}});
        summary = Tr::tr("a note");
    } else if (action == u"measure") {
        QString unit = a.value(QStringLiteral("unit")).trimmed();
        if (unit.isEmpty())
            unit = item->unit;
        if (unit.isEmpty())
            return ctx.usage(Tr::tr("--unit is required: the item '%1' names no unit").arg(item->id),
                             QStringLiteral("--unit"));
        if (!item->unit.isEmpty() && unit != item->unit)
            return ctx.usage(Tr::tr("The item '%1' is measured in %2, not %3.")
                                 .arg(item->id, item->unit, unit),
                             QStringLiteral("--unit"));
        add(api::RecordKind::Evidence,
            QJsonObject{{QStringLiteral("type"), QStringLiteral("measurement")},
                        {QStringLiteral("value"), value},
                        {QStringLiteral("unit"), unit}});
        summary = Tr::tr("the measurement %1 %2").arg(number(value), unit);
        // With a pass range the measurement decides the result.
        if (item->min || item->max) {
            const bool inside = (!item->min || value >= *item->min)
                                && (!item->max || value <= *item->max);
            QJsonObject r{{QStringLiteral("outcome"),
                           inside ? QStringLiteral("pass") : QStringLiteral("fail")},
                          {QStringLiteral("value"), value},
                          {QStringLiteral("unit"), unit},
                          {QStringLiteral("automatic"), false}};
            if (!comment.isEmpty())
                r.insert(QStringLiteral("comment"), comment);
            add(api::RecordKind::Result, r);
            summary = inside ? Tr::tr("the measurement %1 %2 (inside the range: pass)")
                                   .arg(number(value), unit)
                             : Tr::tr("the measurement %1 %2 (outside the range: fail)")
                                   .arg(number(value), unit);
        }
    } else if (action == u"photo") {
        // The JPEG travels as a content-addressed attachment (issue 5); the record keeps its
        // digest and a thumbnail.
        if (auto attached = reports::attachPhoto(*photo, conn->client()); !attached)
            return ctx.fail(conn->explain(attached.error()));
        QJsonObject p{{QStringLiteral("type"), QStringLiteral("photo")},
                      {QStringLiteral("attachment"), photo->attachmentSha256},
                      {QStringLiteral("media_type"),
                       photo->mediaType.isEmpty() ? QStringLiteral("image/jpeg") : photo->mediaType},
                      {QStringLiteral("size"), double(photo->attachmentSize)},
                      {QStringLiteral("width"), photo->width},
                      {QStringLiteral("height"), photo->height}};
        if (!photo->thumbnail.isEmpty())
            p.insert(QStringLiteral("thumbnail"), QString::fromLatin1(photo->thumbnail.toBase64()));
        add(api::RecordKind::Evidence, p);
        summary = Tr::tr("the photo %1").arg(QFileInfo(a.value(QStringLiteral("photo"))).fileName());
    }

    QJsonArray created;
    for (const commissioning::NewRecord &r : std::as_const(records)) {
        auto rec = commissioning::addRecord(inv, *data, r);
        if (!rec)
            return ctx.fail(withOption(rec.error()));
        data->records << *rec;
        created.append(QJsonObject{{QStringLiteral("id"), rec->id},
                                   {QStringLiteral("name"), rec->name},
                                   {QStringLiteral("kind"), api::recordKindName(rec->kind)},
                                   {QStringLiteral("payload"),
                                    QJsonDocument::fromJson(rec->payload.toUtf8()).object()}});
    }
    const api::RunProgress progress = api::evaluateRun(data->tmpl, data->records);
    const api::ItemProgress *state = progress.item(itemId);
    const QString stateName = state ? api::itemStateName(state->state) : QString();
    if (ctx.out.json()) {
        ctx.out.jsonOut(QJsonObject{{QStringLiteral("run"), data->run.id},
                                    {QStringLiteral("item"), itemId},
                                    {QStringLiteral("records"), created},
                                    {QStringLiteral("state"), stateName},
                                    {QStringLiteral("done"), progress.done()},
                                    {QStringLiteral("total"), progress.total}});
    } else {
        ctx.out.out(
            Tr::tr("Recorded %1 for '%2' in '%3': the item is %4 (%5 of %6 done).")
                .arg(summary, itemId, data->run.name, state ? stateText(state->state) : QString())
                .arg(progress.done())
                .arg(progress.total));
    }
    return 0;
}

// ---- commission finish / revise --------------------------------------------------------------

int runFinish(Context &ctx)
{
    Connection *conn = ctx.connect();
    if (!conn)
        return ctx.exitCode();
    auto data = findRun(ctx, conn->inventory());
    if (!data)
        return ctx.fail(data.error());
    auto finished = commissioning::finishRun(conn->inventory(), data->run.id, currentUser(*conn),
                                             ctx.args.has(QStringLiteral("allow-open")));
    if (!finished) {
        Error e = finished.error();
        if (e.code == Code::FailedPrecondition && data->progress.done() < data->progress.total
            && data->run.status != api::RunStatus::Finished)
            e.message += QLatin1Char(' ') + Tr::tr("(--allow-open finishes it anyway.)");
        return ctx.fail(e);
    }
    if (ctx.out.json()) {
        QJsonObject o = runToJson(*finished);
        o.insert(QStringLiteral("verdict"), api::verdictName(data->progress.verdict));
        ctx.out.jsonOut(o);
    } else {
        ctx.out.out(Tr::tr("Finished the commissioning run '%1' (verdict: %2); it is read-only "
                           "now.")
                        .arg(finished->name, verdictText(data->progress.verdict)));
    }
    return 0;
}

int runRevise(Context &ctx)
{
    Connection *conn = ctx.connect();
    if (!conn)
        return ctx.exitCode();
    auto data = findRun(ctx, conn->inventory());
    if (!data)
        return ctx.fail(data.error());
    auto revision = commissioning::reviseRun(conn->inventory(), data->run.id, currentUser(*conn));
    if (!revision)
        return ctx.fail(revision.error());
    if (ctx.out.json()) {
        QJsonObject o = runToJson(*revision);
        o.insert(QStringLiteral("records_copied"), int(data->records.size()));
        ctx.out.jsonOut(o);
    } else {
        ctx.out.out(Tr::tr("Started the revision '%1' (id %2, revision %3) of '%4' with its %n "
                           "record(s).",
                           nullptr, int(data->records.size()))
                        .arg(revision->name, revision->id)
                        .arg(revision->runRevision)
                        .arg(data->run.name));
    }
    return 0;
}

// ---- commission report -----------------------------------------------------------------------

// One line on stderr, rewritten in place; only when stderr is a terminal.
class ProgressLine {
public:
    ProgressLine()
        : m_enabled(::isatty(STDERR_FILENO) == 1)
    {}
    ~ProgressLine() { finish(); }
    ProgressLine(const ProgressLine &) = delete;
    ProgressLine &operator=(const ProgressLine &) = delete;

    void show(const QString &phase, int done, int total)
    {
        if (!m_enabled)
            return;
        QString text = phase;
        if (total > 0)
            text += QStringLiteral(" %1/%2 (%3%)").arg(done).arg(total).arg(done * 100 / total);
        const QByteArray line = "\r" + text.toUtf8() + "\033[K";
        std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
        std::fflush(stderr);
        m_dirty = true;
    }
    void finish()
    {
        if (m_enabled && m_dirty) {
            std::fputs("\r\033[K", stderr);
            std::fflush(stderr);
        }
        m_dirty = false;
    }

private:
    bool m_enabled;
    bool m_dirty = false;
};

// Where the signing keys live: the data dir, or the user's application data for a remote hub.
QString keyDir(const Context &ctx)
{
    if (!ctx.globals.dataDir.isEmpty())
        return QFileInfo(ctx.globals.dataDir).absoluteFilePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

// EDGE_SIGNING_PASSPHRASE, else one line on stdin (--passphrase-stdin), else a prompt.
Result<QString> signingPassphrase(Context &ctx, bool newKey)
{
    if (ctx.args.has(QStringLiteral("passphrase-stdin")))
        return readPassword({}, false, true);
    if (qEnvironmentVariableIsSet("EDGE_SIGNING_PASSPHRASE"))
        return qEnvironmentVariable("EDGE_SIGNING_PASSPHRASE");
    if (!::isatty(STDIN_FILENO))
        return api::fail(Code::Usage,
                         Tr::tr("no signing passphrase given: set EDGE_SIGNING_PASSPHRASE, use "
                                "--passphrase-stdin, or run on a terminal to be asked"));
    // The sign-in password (EDGE_PASSWORD) is not the key's passphrase: always ask.
    qunsetenv("EDGE_PASSWORD");
    return readPassword(newKey ? Tr::tr("New passphrase for your signing key: ")
                               : Tr::tr("Passphrase of your signing key: "),
                        newKey, false);
}

int runReport(Context &ctx)
{
    QString language = ctx.args.value(QStringLiteral("lang"));
    if (language.isEmpty())
        language = i18n::current(*QCoreApplication::instance());
    if (language.isEmpty())
        language = QStringLiteral("en");
    language.replace(QLatin1Char('-'), QLatin1Char('_'));
    if (language == QLatin1String("zh"))
        language = QStringLiteral("zh_CN");
    if (language != QLatin1String("en") && language != QLatin1String("zh_CN"))
        return ctx.usage(Tr::tr("--lang is en or zh_CN"), QStringLiteral("--lang"));
    const QString output = ctx.args.value(QStringLiteral("output"));

    Connection *conn = ctx.connect();
    if (!conn)
        return ctx.exitCode();
    auto data = findRun(ctx, conn->inventory());
    if (!data)
        return ctx.fail(data.error());

    const QString user = currentUser(*conn);
    const QString dir = keyDir(ctx);
    auto passphrase = signingPassphrase(ctx, !seal::SigningKey::exists(dir, user));
    if (!passphrase)
        return ctx.fail(passphrase.error());
    auto key = seal::SigningKey::loadOrCreate(dir, user, *passphrase);
    passphrase->fill(QLatin1Char('\0'));
    if (!key)
        return ctx.fail(key.error());

    const QString contentSha = QString::fromLatin1(
        QCryptographicHash::hash(reports::canonicalRunContent(*data), QCryptographicHash::Sha256)
            .toHex());
    const QString keyShort = seal::shortFingerprint(key->fingerprint());
    const QString contentShort = seal::shortFingerprint(contentSha);
    // Printed in the report's language, whatever the user interface's.
    const QString footer = language == u"zh_CN"
                               ? QStringLiteral("签名密钥 %1 · 内容 %2").arg(keyShort, contentShort)
                               : QStringLiteral("Key %1 · Content %2").arg(keyShort, contentShort);

    StopOnSignal stopOnSignal;
    ProgressLine line;
    reports::AcceptanceReportOptions options;
    options.language = language;
    options.footerText = footer;
    auto doc = reports::buildAcceptanceReport(*data, &conn->client(), options,
                                              [&](int done, int total) {
                                                  line.show(Tr::tr("Photos"), done, total);
                                                  return !StopOnSignal::stopRequested();
                                              });
    if (!doc)
        return ctx.fail(doc.error());
    if (StopOnSignal::stopRequested())
        return ctx.fail(Error{Code::Cancelled, Tr::tr("Cancelled; no report was written."), {}, {}});
    auto pages = doc->write(output, [&](int done, int total) {
        line.show(Tr::tr("Pages"), done, total);
        return !StopOnSignal::stopRequested();
    });
    line.finish();
    if (!pages || StopOnSignal::stopRequested()) {
        QFile::remove(output);
        if (!pages) {
            Error e = pages.error();
            e.field = QStringLiteral("--output");
            return ctx.fail(e);
        }
        return ctx.fail(Error{Code::Cancelled, Tr::tr("Cancelled; no report was written."), {}, {}});
    }
    seal::SealInfo info;
    info.signer = user;
    info.contentSha256 = contentSha;
    info.runId = data->run.id;
    info.runRevision = data->run.runRevision;
    info.language = language;
    info.sealedAtMs = QDateTime::currentMSecsSinceEpoch();
    if (auto sealed = seal::sealPdf(output, *key, info); !sealed) {
        QFile::remove(output); // an unsealed acceptance report must not pass for one
        return ctx.fail(sealed.error());
    }
    const QFileInfo fi(output);
    if (ctx.out.json()) {
        ctx.out.jsonOut(
            QJsonObject{{QStringLiteral("file"), fi.absoluteFilePath()},
                        {QStringLiteral("pages"), *pages},
                        {QStringLiteral("bytes"), double(fi.size())},
                        {QStringLiteral("language"), language},
                        {QStringLiteral("run"), data->run.id},
                        {QStringLiteral("run_revision"), data->run.runRevision},
                        {QStringLiteral("verdict"), api::verdictName(data->progress.verdict)},
                        {QStringLiteral("signer"), user},
                        {QStringLiteral("key_fingerprint"), key->fingerprint()},
                        {QStringLiteral("content_sha256"), contentSha},
                        {QStringLiteral("footer"), footer}});
    } else {
        ctx.out.out(Tr::tr("Wrote the sealed acceptance report of '%1' to %2 (%n page(s)).",
                           nullptr, *pages)
                        .arg(data->run.name, fi.absoluteFilePath()));
        ctx.out.out(
            Tr::tr("Signed by %1 with the key %2; content %3.").arg(user, keyShort, contentShort));
    }
    return 0;
}

// ---- commission check ------------------------------------------------------------------------

// `commission check` ran the check and it failed (like `report verify` for "not authentic").
constexpr int kExitCheckFailed = 3;

bool isModbus(api::DeviceProtocol p)
{
    return p == api::DeviceProtocol::ModbusTcp || p == api::DeviceProtocol::ModbusRtu;
}

// The device of the cabinet named by `wanted` (name or id), else the first whose protocol fits.
Result<api::Device> pickDevice(const commissioning::RunData &data, const QString &check,
                               const QString &wanted, const QList<api::DeviceProtocol> &protocols)
{
    QStringList names;
    for (const api::Device &d : data.devices) {
        names << d.name;
        if (!wanted.isEmpty() && d.name != wanted && d.id != wanted)
            continue;
        if (protocols.contains(d.protocol))
            return d;
        if (!wanted.isEmpty())
            return api::fail(Code::Validation,
                             Tr::tr("The device '%1' speaks %2; the check %3 needs %4.")
                                 .arg(d.name, api::deviceProtocolName(d.protocol), check,
                                      protocols.contains(api::DeviceProtocol::Snmp)
                                          ? QStringLiteral("snmp")
                                          : QStringLiteral("modbus-tcp or modbus-rtu")),
                             {}, QStringLiteral("--device"));
    }
    const QString cabinet = data.cabinet ? data.cabinet->name : data.run.cabinetId;
    if (!wanted.isEmpty())
        return api::fail(Code::NotFound,
                         Tr::tr("The cabinet %1 has no device '%2'; its devices: %3.")
                             .arg(cabinet, wanted,
                                  names.isEmpty() ? QStringLiteral("—")
                                                  : names.join(QStringLiteral(", "))),
                         {}, QStringLiteral("--device"));
    return api::fail(Code::FailedPrecondition,
                     protocols.contains(api::DeviceProtocol::Snmp)
                         ? Tr::tr("The check %1 needs an SNMP device in the cabinet %2: add it "
                                  "with 'edgectl device add --cabinet %2 --protocol snmp "
                                  "--address HOST'.")
                               .arg(check, cabinet)
                         : Tr::tr("The check %1 needs a Modbus device in the cabinet %2: add it "
                                  "with 'edgectl device add --cabinet %2 --protocol modbus-tcp "
                                  "--address HOST[:PORT] --setting preset=ID'.")
                               .arg(check, cabinet),
                     {}, QStringLiteral("--device"));
}

// The node named by --node, else the cabinet's first node with a management address (or, when
// `needAddress` is false, its first node).
Result<std::optional<api::Node>> pickNode(const Context &ctx, const commissioning::RunData &data,
                                          bool needAddress)
{
    const QString wanted = ctx.args.value(QStringLiteral("node"));
    const QString cabinet = data.cabinet ? data.cabinet->name : data.run.cabinetId;
    QStringList names;
    for (const api::Node &n : data.nodes) {
        names << n.name;
        if (!wanted.isEmpty() && n.name != wanted && n.id != wanted)
            continue;
        if (!wanted.isEmpty() || !needAddress || !n.managementAddress.trimmed().isEmpty())
            return std::optional<api::Node>(n);
    }
    if (!wanted.isEmpty())
        return api::fail(Code::NotFound,
                         Tr::tr("The cabinet %1 has no node '%2'; its nodes: %3.")
                             .arg(cabinet, wanted,
                                  names.isEmpty() ? QStringLiteral("—")
                                                  : names.join(QStringLiteral(", "))),
                         {}, QStringLiteral("--node"));
    return std::optional<api::Node>();
}

bool readStdinLine(QString &out)
{
    std::string line;
    if (!std::getline(std::cin, line))
        return false;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    out = QString::fromUtf8(line.data(), qsizetype(line.size()));
    std::fill(line.begin(), line.end(), '\0');
    return true;
}

// The secrets the device needs: one line each on stdin (--secrets-stdin, in secretsNeeded()
// order), else EDGE_SNMP_COMMUNITY / EDGE_SNMP_AUTH_PASSPHRASE / EDGE_SNMP_PRIV_PASSPHRASE.
// Never printed.
Result<commissioning::DeviceSecrets> secretsFor(const Context &ctx, const api::Device &device)
{
    commissioning::DeviceSecrets secrets;
    const QStringList needed = commissioning::secretsNeeded(device);
    const bool fromStdin = ctx.args.has(QStringLiteral("secrets-stdin"));
    for (const QString &key : needed) {
        QString value;
        if (fromStdin) {
            if (!readStdinLine(value))
                return api::fail(Code::Usage,
                                 Tr::tr("--secrets-stdin: no %1 on standard input (one line each, "
                                        "in this order: %2).")
                                     .arg(key, needed.join(QStringLiteral(", "))),
                                 {}, QStringLiteral("--secrets-stdin"));
        } else {
            value = qEnvironmentVariable(key == u"community"         ? "EDGE_SNMP_COMMUNITY"
                                         : key == u"auth_passphrase" ? "EDGE_SNMP_AUTH_PASSPHRASE"
                                                                     : "EDGE_SNMP_PRIV_PASSPHRASE");
        }
        if (key == u"community")
            secrets.community = value;
        else if (key == u"auth_passphrase")
            secrets.authPassphrase = value;
        else
            secrets.privPassphrase = value;
    }
    return secrets;
}

// SSH credentials and the field-install host key policy from the options.
Result<commissioning::SshTarget> sshTargetFor(const Context &ctx)
{
    const ParsedArgs &a = ctx.args;
    commissioning::SshTarget t;
    t.credentials.user = a.value(QStringLiteral("ssh-user")).trimmed();
    if (t.credentials.user.isEmpty())
        return api::fail(Code::Usage, Tr::tr("Say whom to log in to the node as: --ssh-user USER."),
                         {}, QStringLiteral("--ssh-user"));
    if (a.has(QStringLiteral("ssh-port"))) {
        bool ok = false;
        t.port = a.value(QStringLiteral("ssh-port")).toInt(&ok);
        if (!ok || t.port < 1 || t.port > 65535)
            return api::fail(Code::Usage, Tr::tr("--ssh-port takes a number from 1 to 65535."), {},
                             QStringLiteral("--ssh-port"));
    }
    t.credentials.privateKeyFile = a.value(QStringLiteral("ssh-key"));
    if (a.has(QStringLiteral("ssh-password-stdin"))) {
        if (!readStdinLine(t.credentials.secret))
            return api::fail(Code::Usage,
                             Tr::tr("--ssh-password-stdin: no password on standard input."), {},
                             QStringLiteral("--ssh-password-stdin"));
    } else if (t.credentials.privateKeyFile.isEmpty()) {
        t.credentials.secret = qEnvironmentVariable("EDGE_SSH_PASSWORD");
    }
    if (t.credentials.privateKeyFile.isEmpty() && t.credentials.secret.isEmpty())
        return api::fail(Code::Usage,
                         Tr::tr("Give --ssh-key FILE, or the password with --ssh-password-stdin or "
                                "EDGE_SSH_PASSWORD."),
                         {}, QStringLiteral("--ssh-key"));
    t.knownHostsFile = a.has(QStringLiteral("known-hosts")) ? a.value(QStringLiteral("known-hosts"))
                                                            : fieldinstall::defaultKnownHostsFile();
    QDir().mkpath(QFileInfo(t.knownHostsFile).absolutePath());
    t.acceptedFingerprint = a.value(QStringLiteral("accept-host-key")).trimmed();
    t.acceptNewHostKey = a.has(QStringLiteral("yes"));
    return t;
}

struct PlannedCheck {
    commissioning::CheckTarget target;
    QList<commissioning::CheckTarget> servers; // server checks: every server, or the --node one
    QStringList what;                          // device and node names, for people
};

Result<PlannedCheck> planCheck(Context &ctx, Connection &conn, const commissioning::RunData &data,
                               const api::TemplateItem &item)
{
    PlannedCheck plan;
    const QString check = item.check;
    QString wanted = item.params.value(QStringLiteral("device")).toString();
    if (wanted.isEmpty())
        wanted = ctx.args.value(QStringLiteral("device"));
    const QList<api::DeviceProtocol> protocols = commissioning::deviceProtocolsFor(check);
    if (!protocols.isEmpty()) {
        auto device = pickDevice(data, check, wanted, protocols);
        if (!device)
            return std::unexpected(device.error());
        auto secrets = secretsFor(ctx, *device);
        if (!secrets)
            return std::unexpected(secrets.error());
        auto target = commissioning::CheckTarget::fromDevice(*device, item.params, *secrets);
        if (!target)
            return std::unexpected(target.error());
        plan.target = std::move(*target);
        plan.what << device->name;
        return plan;
    }
    if (check.startsWith(QLatin1String("server."))) {
        const bool ssh = check != u"server.agent-online";
        auto node = pickNode(ctx, data, ssh);
        if (!node)
            return std::unexpected(node.error());
        const QString cabinet = data.cabinet ? data.cabinet->name : data.run.cabinetId;
        if (!*node)
            return api::fail(Code::FailedPrecondition,
                             ssh ? Tr::tr("The check %1 needs a node in the cabinet %2 with a "
                                          "management address: add it with 'edgectl node add "
                                          "--cabinet %2 --mgmt-address HOST'.")
                                       .arg(check, cabinet)
                                 : Tr::tr("The check %1 needs a node in the cabinet %2: add it "
                                          "with 'edgectl node add --cabinet %2'.")
                                       .arg(check, cabinet),
                             {}, QStringLiteral("--node"));
        commissioning::SshTarget sshTarget;
        if (ssh) {
            auto t = sshTargetFor(ctx);
            if (!t)
                return std::unexpected(t.error());
            sshTarget = *t;
        }
        // Without --node the item is about every server of the cabinet (runOnEach).
        QList<api::Node> nodes{**node};
        if (!ctx.args.has(QStringLiteral("node")))
            for (const api::Node &n : data.nodes)
                if (n.id != (*node)->id && (!ssh || !n.managementAddress.trimmed().isEmpty()))
                    nodes.append(n);
        for (const api::Node &n : nodes) {
            auto target = commissioning::CheckTarget::fromNode(n, sshTarget, &conn.client());
            if (!target)
                return std::unexpected(target.error());
            plan.servers.append(std::move(*target));
            plan.what << n.name;
        }
        return plan;
    }
    // Burn-in: the UPS (SNMP), a Modbus gateway and a node, whichever the cabinet has.
    commissioning::CheckTarget &t = plan.target;
    const api::Device *snmpDevice = nullptr;
    const api::Device *modbusDevice = nullptr;
    for (const api::Device &d : data.devices) {
        const bool named = !wanted.isEmpty() && (d.name == wanted || d.id == wanted);
        if (d.protocol == api::DeviceProtocol::Snmp && (!snmpDevice || named))
            snmpDevice = &d;
        if (isModbus(d.protocol) && (!modbusDevice || named))
            modbusDevice = &d;
    }
    if (!wanted.isEmpty()) {
        const auto is = [&](const api::Device *d) {
            return d && (d->name == wanted || d->id == wanted);
        };
        if (!is(snmpDevice) && !is(modbusDevice)) {
            // Not in the cabinet, or no SNMP/Modbus device: pickDevice says which.
            auto missing = pickDevice(data, check, wanted,
                                      {api::DeviceProtocol::Snmp, api::DeviceProtocol::ModbusTcp,
                                       api::DeviceProtocol::ModbusRtu});
            return std::unexpected(missing ? Error{Code::Internal, {}, {}, {}} : missing.error());
        }
    }
    if (snmpDevice) {
        auto secrets = secretsFor(ctx, *snmpDevice);
        if (!secrets)
            return std::unexpected(secrets.error());
        auto s = commissioning::CheckTarget::fromDevice(*snmpDevice, item.params, *secrets);
        if (!s)
            return std::unexpected(s.error());
        t.snmp = s->snmp;
        t.name = snmpDevice->name;
        plan.what << snmpDevice->name;
    }
    if (modbusDevice) {
        auto m = commissioning::CheckTarget::fromDevice(*modbusDevice, item.params);
        if (!m)
            return std::unexpected(m.error());
        if (!m->registerMap.entries.isEmpty()) {
            t.modbus = m->modbus;
            t.registerMap = m->registerMap;
            plan.what << modbusDevice->name;
        }
    }
    auto node = pickNode(ctx, data, false);
    if (!node)
        return std::unexpected(node.error());
    if (*node) {
        t.nodeId = (*node)->id;
        t.nodes = &conn.client();
        t.name = (*node)->name;
        plan.what << (*node)->name;
    }
    return plan;
}

// Progress on stderr: the runner's instructions as lines; the time left of a guided test and the
// elapsed time of a burn-in, rewritten in place on a terminal, else a line every few seconds.
class CheckProgressPrinter {
public:
    CheckProgressPrinter(Output &out, const api::TemplateItem &item, bool quiet)
        : m_out(out)
        , m_item(item)
        , m_quiet(quiet)
        , m_tty(::isatty(STDERR_FILENO) == 1)
    {
        m_started.start();
    }

    void report(const commissioning::CheckProgress &p)
    {
        if (p.message.isEmpty())
            return; // a guided test's sample: the step has not changed
        if (m_item.check == u"burn-in") {
            ++m_samples;
            const double period = m_item.params.value(QStringLiteral("period_s")).toDouble(7200);
            show(Tr::tr("Burn-in: %1 s of %2 s, %n sample(s).", nullptr, m_samples)
                     .arg(m_started.elapsed() / 1000)
                     .arg(number(period)),
                 m_samples == 1);
            return;
        }
        clear();
        if (!m_quiet)
            m_out.err(p.message);
        if (commissioning::CheckRunner::isGuided(m_item.check)) {
            const bool second = p.fraction >= 0.5;
            const char *key = second ? "return_limit_ms" : "limit_ms";
            const double fallback = m_item.check == u"ups.mains-loss" ? (second ? 60000 : 10000)
                                                                      : 30000;
            m_deadline.setRemainingTime(
                qint64(m_item.params.value(QLatin1String(key)).toDouble(fallback)));
            m_lastLeft = -1;
        }
    }

    // Called while the runner sleeps.
    void tick()
    {
        if (m_deadline.isForever() || m_deadline.hasExpired())
            return;
        const qint64 left = (m_deadline.remainingTime() + 999) / 1000;
        if (left == m_lastLeft || (!m_tty && m_lastLeft >= 0 && left % 5 != 0))
            return;
        m_lastLeft = left;
        show(Tr::tr("Waiting: %n s left.", nullptr, int(left)), true);
    }

    void clear()
    {
        if (m_tty && m_dirty) {
            std::fputs("\r\033[K", stderr);
            std::fflush(stderr);
        }
        m_dirty = false;
    }

private:
    void show(const QString &text, bool force)
    {
        if (m_quiet)
            return;
        if (m_tty) {
            const QByteArray line = "\r" + text.toUtf8() + "\033[K";
            std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
            std::fflush(stderr);
            m_dirty = true;
            return;
        }
        if (!force && m_lastLine.isValid() && m_lastLine.elapsed() < 10000)
            return;
        m_lastLine.start();
        m_out.err(text);
    }

    Output &m_out;
    const api::TemplateItem &m_item;
    const bool m_quiet;
    const bool m_tty;
    QElapsedTimer m_started;
    QElapsedTimer m_lastLine;
    QDeadlineTimer m_deadline{QDeadlineTimer::Forever};
    qint64 m_lastLeft = -1;
    int m_samples = 0;
    bool m_dirty = false;
};

int runCheck(Context &ctx)
{
    const QString itemId = ctx.args.positionals.value(1).trimmed();
    Connection *conn = ctx.connect();
    if (!conn)
        return ctx.exitCode();
    api::Inventory &inv = conn->inventory();
    auto data = findRun(ctx, inv);
    if (!data)
        return ctx.fail(data.error());
    const api::TemplateItem *found = data->tmpl.item(itemId);
    if (!found || data->run.status == api::RunStatus::Finished) {
        // The service names the items that exist, or refuses a finished run.
        commissioning::NewRecord probe{itemId, api::RecordKind::Reading, {}, {}, 0};
        auto refused = commissioning::addRecord(inv, *data, probe);
        return ctx.fail(withOption(refused ? Error{Code::Internal, {}, {}, {}} : refused.error()));
    }
    const api::TemplateItem item = *found;
    if (item.check.isEmpty())
        return ctx.fail(Error{Code::FailedPrecondition,
                              Tr::tr("The item '%1' has no automatic check: record its result "
                                     "with 'edgectl commission record'.")
                                  .arg(item.id),
                              {},
                              {}});
    auto plan = planCheck(ctx, *conn, *data, item);
    if (!plan)
        return ctx.fail(plan.error());

    const bool json = ctx.out.json();
    // Progress goes to stderr, also with --json (stdout keeps the one JSON object).
    if (!plan->what.isEmpty())
        ctx.out.err(
            Tr::tr("Running %1 on %2…").arg(item.check, plan->what.join(QStringLiteral(", "))));
    StopOnSignal stopOnSignal;
    std::atomic_bool cancel{false};
    CheckProgressPrinter printer(ctx.out, item, false);
    const auto sleep = [&](qint64 ms) {
        QDeadlineTimer until(ms);
        while (!until.hasExpired()) {
            if (StopOnSignal::stopRequested()) {
                cancel = true;
                return;
            }
            printer.tick();
            QThread::msleep(quint64(std::clamp<qint64>(until.remainingTime(), 1, 50)));
        }
        if (StopOnSignal::stopRequested())
            cancel = true;
    };
    api::SystemClock clock;
    commissioning::CheckRunner runner(clock, sleep, &cancel,
                                      [&](const commissioning::CheckProgress &p) {
                                          printer.report(p);
                                      });
    auto outcome = plan->servers.isEmpty()
                       ? runner.run(item.check, plan->target, item.params)
                       : runner.runOnEach(item.check, plan->servers, item.params);
    printer.clear();
    if (!outcome) {
        Error e = outcome.error();
        if (e.field == u"hostKey") {
            e.field = QStringLiteral("--accept-host-key");
            if (!json)
                ctx.out.err(Tr::tr("To trust this key, run the command again with "
                                   "--accept-host-key FINGERPRINT (after checking it on the node) "
                                   "or --yes."));
        }
        return ctx.fail(e);
    }
    if (StopOnSignal::stopRequested())
        outcome->cancelled = true;

    // The evidence, exactly as the Commissioning page records it.
    const QString author = currentUser(*conn);
    int stored = 0;
    for (const commissioning::CheckRecord &r : commissioning::recordsFor(*outcome)) {
        commissioning::NewRecord rec{item.id, r.kind, r.payloadJson(), author, r.takenAtMs};
        auto added = commissioning::addRecord(inv, *data, rec);
        if (!added)
            return ctx.fail(withOption(added.error()));
        data->records << *added;
        ++stored;
    }
    const Error cancelled{Code::Cancelled,
                          Tr::tr("Cancelled; the %n record(s) read so far are kept.", nullptr,
                                 stored),
                          {},
                          {}};
    if (json) {
        QJsonObject o{{QStringLiteral("check"), item.check},
                      {QStringLiteral("item"), item.id},
                      {QStringLiteral("run"), data->run.name},
                      {QStringLiteral("target"), plan->what.join(QStringLiteral(", "))},
                      {QStringLiteral("passed"), outcome->passed},
                      {QStringLiteral("cancelled"), outcome->cancelled},
                      {QStringLiteral("summary"), outcome->summary},
                      {QStringLiteral("problems"), QJsonArray::fromStringList(outcome->problems)},
                      {QStringLiteral("records"), stored}};
        if (outcome->value) {
            o.insert(QStringLiteral("value"), *outcome->value);
            o.insert(QStringLiteral("unit"), outcome->unit);
        }
        if (!outcome->burnIn.isEmpty() || outcome->burnInRounds > 0)
            o.insert(QStringLiteral("burn_in_rounds"), outcome->burnInRounds);
        if (!outcome->facts.isEmpty())
            o.insert(QStringLiteral("facts"), outcome->facts);
        ctx.out.jsonOut(o);
        if (outcome->cancelled)
            return exitCodeFor(cancelled);
        return outcome->passed ? 0 : kExitCheckFailed;
    }
    ctx.out.out(outcome->cancelled ? Tr::tr("%1: cancelled. %2").arg(item.check, outcome->summary)
                : outcome->passed  ? Tr::tr("%1: passed. %2").arg(item.check, outcome->summary)
                                   : Tr::tr("%1: failed. %2").arg(item.check, outcome->summary));
    for (const QString &p : std::as_const(outcome->problems))
        ctx.out.out(QStringLiteral("  - ") + p);
    if (outcome->cancelled)
        return ctx.fail(cancelled);
    const api::RunProgress progress = api::evaluateRun(data->tmpl, data->records);
    const api::ItemProgress *state = progress.item(item.id);
    ctx.out.out(Tr::tr("Recorded %n record(s) for '%1' in '%2': the item is %3.", nullptr, stored)
                    .arg(item.id, data->run.name, state ? stateText(state->state) : QString()));
    return outcome->passed ? 0 : kExitCheckFailed;
}

Command command(const char *action, const QString &summary, QList<OptionSpec> options,
                int (*run)(Context &), bool onRun, QStringList required = {})
{
    Command c;
    c.group = QStringLiteral("commission");
    c.action = QLatin1String(action);
    c.summary = summary;
    c.options = std::move(options);
    c.minPositionals = onRun ? 1 : 0;
    c.maxPositionals = onRun ? 1 : 0;
    c.synopsis = onRun ? QStringLiteral("RUN") : QString();
    c.run = [run, required](Context &ctx) {
        for (const QString &option : required)
            if (!ctx.args.has(option))
                return ctx.usage(Tr::tr("--%1 is required").arg(option),
                                 QStringLiteral("--") + option);
        return run(ctx);
    };
    return c;
}

} // namespace

QList<Command> commissionCommands()
{
    const OptionSpec cabinet{QStringLiteral("cabinet"), QStringLiteral("CABINET"),
                             Tr::tr("The cabinet the run belongs to (id or name).")};
    QList<Command> out;
    out << command("templates", Tr::tr("List the commissioning templates (checklists)."),
                   {{QStringLiteral("import"), QStringLiteral("FILE.json"),
                     Tr::tr("Store a new template, or a new version of one, from its JSON file.")}},
                   runTemplates, false);
    out << command("start", Tr::tr("Start commissioning a cabinet against a template."),
                   {{QStringLiteral("cabinet"), QStringLiteral("CABINET"),
                     Tr::tr("The cabinet to commission (id or name).")},
                    {QStringLiteral("template"), QStringLiteral("NAME"),
                     Tr::tr("The template: its id (newest version) or \"ID vN\".")},
                    {QStringLiteral("name"), QStringLiteral("NAME"),
                     Tr::tr("Run name (default: \"Acceptance\" and today's date).")},
                    {QStringLiteral("customer"), QStringLiteral("NAME"),
                     Tr::tr("The accepting party (organisation or person).")},
                    {QStringLiteral("engineer"), QStringLiteral("USER"),
                     Tr::tr("Who commissions (default: the signed-in user).")},
                    {QStringLiteral("notes"), QStringLiteral("TEXT"), Tr::tr("Notes on the run.")}},
                   runStart, false, {QStringLiteral("cabinet"), QStringLiteral("template")});
    out << command("list", Tr::tr("List the commissioning runs, newest first."), {cabinet}, runList,
                   false);
    out << command("status", Tr::tr("Show a run's progress per section, verdict and open items."),
                   {cabinet}, runStatus, true);
    out << command("record", Tr::tr("Record a result or evidence for one checklist item."),
                   {cabinet,
                    {QStringLiteral("item"), QStringLiteral("ID"), Tr::tr("The checklist item.")},
                    {QStringLiteral("pass"), {}, Tr::tr("The item passed.")},
                    {QStringLiteral("fail"), {}, Tr::tr("The item failed.")},
                    {QStringLiteral("skip"), QStringLiteral("REASON"),
                     Tr::tr("Skip the item (it becomes an open item of the report).")},
                    {QStringLiteral("measure"), QStringLiteral("VALUE"),
                     Tr::tr("A measurement; with the item's range it records pass or fail.")},
                    {QStringLiteral("unit"), QStringLiteral("UNIT"),
                     Tr::tr("Unit of --measure (default: the item's).")},
                    {QStringLiteral("photo"), QStringLiteral("FILE.jpg"),
                     Tr::tr("A photo as evidence.")},
                    {QStringLiteral("note"), QStringLiteral("TEXT"), Tr::tr("A note as evidence.")},
                    {QStringLiteral("comment"), QStringLiteral("TEXT"),
                     Tr::tr("A comment on the result (the caption of a photo).")}},
                   runRecord, true, {QStringLiteral("item")});
    Command check = command(
        "check", Tr::tr("Run an item's automatic check and record what it read."),
        {cabinet,
         {QStringLiteral("device"), QStringLiteral("NAME|ID"),
          Tr::tr("The device to read (default: the item's \"device\" parameter, else the "
                 "cabinet's first device with a fitting protocol).")},
         {QStringLiteral("node"), QStringLiteral("NAME|ID"),
          Tr::tr("Check only this node (default: server checks cover every node of the cabinet; "
                 "those over SSH every node with a management address).")},
         {QStringLiteral("ssh-user"), QStringLiteral("USER"),
          Tr::tr("SSH user for the server checks.")},
         {QStringLiteral("ssh-port"), QStringLiteral("PORT"), Tr::tr("SSH port (default 22).")},
         {QStringLiteral("ssh-key"), QStringLiteral("FILE"), Tr::tr("SSH private key file.")},
         {QStringLiteral("ssh-password-stdin"),
          {},
          Tr::tr("Read the SSH password from standard input (else EDGE_SSH_PASSWORD).")},
         {QStringLiteral("known-hosts"), QStringLiteral("FILE"),
          Tr::tr("The known_hosts file to check and record host keys in (default: the one of "
                 "'edgectl install').")},
         {QStringLiteral("accept-host-key"), QStringLiteral("FINGERPRINT"),
          Tr::tr("Accept a new host key only if it has this SHA256 fingerprint.")},
         {QStringLiteral("yes"), {}, Tr::tr("Accept a host key seen for the first time.")},
         {QStringLiteral("secrets-stdin"),
          {},
          Tr::tr("Read the device's secrets from standard input, one per line (SNMP community; "
                 "or the v3 auth and priv passphrases); else EDGE_SNMP_COMMUNITY, "
                 "EDGE_SNMP_AUTH_PASSPHRASE, EDGE_SNMP_PRIV_PASSPHRASE.")}},
        runCheck, true);
    check.minPositionals = 2;
    check.maxPositionals = 2;
    check.synopsis = QStringLiteral("RUN ITEM");
    check.description = Tr::tr(
        "Exit codes: 0 the check passed, 3 it ran and failed, 1 an error or Ctrl-C (what was read "
        "until then is recorded), 2 usage. Guided tests print the time left and burn-in the "
        "elapsed time on standard error.");
    out << check;
    out << command("finish", Tr::tr("Finish a run: it is read-only from then on."),
                   {cabinet,
                    {QStringLiteral("allow-open"),
                     {},
                     Tr::tr("Finish even with pending items (they become open items).")}},
                   runFinish, true);
    out << command("revise",
                   Tr::tr("Start a revision of a finished run, holding a copy of its records."),
                   {cabinet}, runRevise, true);
    out << command("report", Tr::tr("Write the sealed acceptance report as PDF."),
                   {cabinet,
                    {QStringLiteral("lang"), QStringLiteral("en|zh_CN"),
                     Tr::tr("Language of the report (default: the user-interface language).")},
                    {QStringLiteral("output"), QStringLiteral("FILE.pdf"),
                     Tr::tr("Where to write the PDF (-o FILE.pdf).")},
                    {QStringLiteral("passphrase-stdin"),
                     {},
                     Tr::tr("Read the signing key's passphrase from standard input (else "
                            "EDGE_SIGNING_PASSPHRASE or a prompt).")}},
                   runReport, true, {QStringLiteral("output")});
    return out;
}

} // namespace edge::edgectl
