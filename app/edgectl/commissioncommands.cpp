// Cabinet commissioning from the command line (issue 6): `commission templates`, `start`, `list`,
// `status`, `record`, `finish`, `revise` and `report` (the sealed acceptance report). The rules
// live in backend/commissioning (commissioningstore.h), the report in backend/reports and the seal
// in backend/seal; this file reads options, calls them and prints. main.cpp gives `commission
// report` and `commission record` a QGuiApplication (PDF, photos).
#include "app/edgectl/command.h"
#include "app/edgectl/interrupt.h"
#include "app/edgectl/password.h"
#include "app/edgectl/surveyargs.h"
#include "app/edgectl/tr.h"
#include "backend/api/commissioning.h"
#include "backend/api/inventory.h"
#include "backend/client/client.h"
#include "backend/commissioning/commissioningstore.h"
#include "backend/reports/acceptancereport.h"
#include "backend/reports/photo.h"
#include "backend/seal/seal.h"
#include "translations/i18n.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStandardPaths>

#include <cmath>
#include <cstdio>
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
    out << command("templates", Tr::tr("List the commissioning templates (checklists)."), {},
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
