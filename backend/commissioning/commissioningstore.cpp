#include "backend/commissioning/commissioningstore.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace edge::commissioning {

namespace {

// Translation context of the commissioning service's user-visible text.
class Tr {
    Q_DECLARE_TR_FUNCTIONS(edge::commissioning)
};

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

// Every record of a query, all pages.
api::Result<QList<api::Record>> listAll(api::Inventory &inventory, api::ListQuery q)
{
    QList<api::Record> out;
    q.offset = 0;
    if (q.limit <= 0)
        q.limit = 500;
    for (;;) {
        auto page = inventory.list(q);
        if (!page)
            return std::unexpected(page.error());
        out += page->records;
        q.offset += int(page->records.size());
        if (page->records.isEmpty() || q.offset >= page->total)
            break;
    }
    return out;
}

api::Result<QList<api::CommissioningTemplateRecord>> storedTemplates(api::Inventory &inventory)
{
    api::ListQuery q;
    q.kind = api::EntityKind::CommissioningTemplate;
    auto records = listAll(inventory, q);
    if (!records)
        return std::unexpected(records.error());
    QList<api::CommissioningTemplateRecord> out;
    for (const api::Record &r : std::as_const(*records))
        if (auto t = api::CommissioningTemplateRecord::fromRecord(r))
            out << *t;
    return out;
}

api::Result<QList<api::CommissioningRun>> runsOf(api::Inventory &inventory, const QString &cabinetId)
{
    api::ListQuery q;
    q.kind = api::EntityKind::CommissioningRun;
    q.parentId = cabinetId;
    auto records = listAll(inventory, q);
    if (!records)
        return std::unexpected(records.error());
    QList<api::CommissioningRun> out;
    for (const api::Record &r : std::as_const(*records))
        if (auto run = api::CommissioningRun::fromRecord(r))
            out << *run;
    return out;
}

bool nameTaken(const QList<api::CommissioningRun> &runs, const QString &name)
{
    return std::any_of(runs.cbegin(), runs.cend(),
                       [&](const api::CommissioningRun &r) { return r.name == name; });
}

// `base`, else "<base> 2", "<base> 3", ...: a name no run of the cabinet has.
QString freshRunName(const QList<api::CommissioningRun> &runs, const QString &base)
{
    if (!nameTaken(runs, base))
        return base;
    for (int n = 2;; ++n) {
        const QString name = QStringLiteral("%1 %2").arg(base).arg(n);
        if (!nameTaken(runs, name))
            return name;
    }
}

api::Error finishedError(const api::CommissioningRun &run)
{
    return api::Error{api::Code::FailedPrecondition,
                      QCoreApplication::translate("edge::commissioning",
                                                  "The commissioning run '%1' is finished and "
                                                  "read-only; start a revision to correct it.")
                          .arg(run.name),
                      {},
                      {}};
}

void sortRecords(QList<api::CommissioningRecord> &records)
{
    std::stable_sort(records.begin(), records.end(),
                     [](const api::CommissioningRecord &a, const api::CommissioningRecord &b) {
                         return a.takenAtMs != b.takenAtMs ? a.takenAtMs < b.takenAtMs
                                                           : a.name < b.name;
                     });
}

api::Result<QList<api::CommissioningRecord>> recordsOfRun(api::Inventory &inventory,
                                                          const QString &runId)
{
    api::ListQuery q;
    q.kind = api::EntityKind::CommissioningRecord;
    q.parentId = runId;
    q.limit = 1000;
    auto records = listAll(inventory, q);
    if (!records)
        return std::unexpected(records.error());
    QList<api::CommissioningRecord> out;
    out.reserve(records->size());
    for (const api::Record &r : std::as_const(*records))
        if (auto rec = api::CommissioningRecord::fromRecord(r))
            out << *rec;
    sortRecords(out);
    return out;
}

api::Result<api::CommissioningRun> getRun(api::Inventory &inventory, const QString &idOrName)
{
    auto record = inventory.resolve(api::EntityKind::CommissioningRun, idOrName);
    if (!record)
        return std::unexpected(record.error());
    return api::CommissioningRun::fromRecord(*record);
}

} // namespace

// ---- Templates --------------------------------------------------------------------------------

api::Result<TemplateList> listTemplates(api::Inventory &inventory)
{
    auto stored = storedTemplates(inventory);
    if (!stored)
        return std::unexpected(stored.error());
    QHash<QString, api::CommissioningTemplate> byId;
    for (const api::CommissioningTemplate &t : api::shippedTemplates())
        byId.insert(t.templateId, t);
    TemplateList out;
    for (const api::CommissioningTemplateRecord &r : std::as_const(*stored)) {
        auto t = r.parsed();
        if (!t) {
            out.problems << Tr::tr("The template \"%1\" version %2 cannot be used: %3")
                                .arg(r.templateId)
                                .arg(r.version)
                                .arg(t.error().message);
            continue;
        }
        auto it = byId.find(t->templateId);
        if (it == byId.end() || t->version >= it->version)
            byId.insert(t->templateId, *t);
    }
    QStringList ids = byId.keys();
    ids.sort();
    for (const QString &id : std::as_const(ids))
        out.templates << byId.value(id);
    return out;
}

api::Result<api::CommissioningTemplate> findTemplate(api::Inventory &inventory, const QString &name)
{
    const QString wanted = name.trimmed();
    static const QRegularExpression versioned(QStringLiteral("^(\\S+)\\s+v(\\d+)$"));
    const QRegularExpressionMatch m = versioned.match(wanted);
    if (m.hasMatch()) {
        const QString id = m.captured(1);
        const int version = m.captured(2).toInt();
        auto stored = storedTemplates(inventory);
        if (!stored)
            return std::unexpected(stored.error());
        for (const api::CommissioningTemplateRecord &r : std::as_const(*stored))
            if (r.templateId == id && r.version == version)
                return r.parsed();
        for (const api::CommissioningTemplate &t : api::shippedTemplates())
            if (t.templateId == id && t.version == version)
                return t;
    } else {
        auto list = listTemplates(inventory);
        if (!list)
            return std::unexpected(list.error());
        for (const api::CommissioningTemplate &t : std::as_const(list->templates))
            if (t.templateId == wanted)
                return t;
    }
    auto list = listTemplates(inventory);
    QStringList known;
    if (list)
        for (const api::CommissioningTemplate &t : std::as_const(list->templates))
            known << t.recordName();
    return api::fail(api::Code::NotFound,
                     known.isEmpty()
                         ? Tr::tr("No commissioning template is named '%1', and none exists.")
                               .arg(wanted)
                         : Tr::tr("No commissioning template is named '%1'; there are: %2.")
                               .arg(wanted, known.join(QStringLiteral(", "))),
                     {}, QStringLiteral("template"));
}

api::Result<api::CommissioningTemplateRecord> saveTemplate(api::Inventory &inventory,
                                                           const api::CommissioningTemplate &t,
                                                           const QString &author)
{
    if (auto valid = api::validate(t); !valid)
        return std::unexpected(valid.error());
    auto stored = storedTemplates(inventory);
    if (!stored)
        return std::unexpected(stored.error());
    int current = 0;
    for (const api::CommissioningTemplate &s : api::shippedTemplates())
        if (s.templateId == t.templateId)
            current = std::max(current, s.version);
    for (const api::CommissioningTemplateRecord &r : std::as_const(*stored))
        if (r.templateId == t.templateId)
            current = std::max(current, r.version);
    if (t.version <= current)
        return api::fail(api::Code::Conflict,
                         Tr::tr("The template \"%1\" already has version %2; save this one as "
                                "version %3 or higher.")
                             .arg(t.templateId)
                             .arg(current)
                             .arg(current + 1),
                         {}, QStringLiteral("version"));
    return inventory.createTyped(api::templateRecordFor(t, author));
}

// ---- Runs -------------------------------------------------------------------------------------

QList<api::CommissioningRecord> RunData::recordsOf(const QString &itemId) const
{
    QList<api::CommissioningRecord> out;
    for (const api::CommissioningRecord &r : records)
        if (r.itemId == itemId)
            out << r;
    return out;
}

QList<api::CommissioningRecord> RunData::recordsOfKind(api::RecordKind kind) const
{
    QList<api::CommissioningRecord> out;
    for (const api::CommissioningRecord &r : records)
        if (r.kind == kind)
            out << r;
    return out;
}

api::Result<api::CommissioningRun> startRun(api::Inventory &inventory, const NewRun &in)
{
    if (in.cabinetId.trimmed().isEmpty())
        return api::fail(api::Code::Validation, Tr::tr("Name the cabinet to commission."), {},
                         QStringLiteral("cabinet_id"));
    auto cabinetRecord = inventory.resolve(api::EntityKind::Cabinet, in.cabinetId.trimmed());
    if (!cabinetRecord) {
        api::Error e = cabinetRecord.error();
        e.field = QStringLiteral("cabinet_id");
        return std::unexpected(e);
    }
    auto tmpl = findTemplate(inventory, in.templateName.isEmpty()
                                            ? QStringLiteral("all-in-one-cabinet")
                                            : in.templateName);
    if (!tmpl)
        return std::unexpected(tmpl.error());
    auto runs = runsOf(inventory, cabinetRecord->id);
    if (!runs)
        return std::unexpected(runs.error());
    api::CommissioningRun run;
    run.cabinetId = cabinetRecord->id;
    const QString name = in.name.trimmed();
    if (name.isEmpty()) {
        run.name = freshRunName(*runs, Tr::tr("Acceptance %1")
                                           .arg(QDate::currentDate().toString(Qt::ISODate)));
    } else if (nameTaken(*runs, name)) {
        return api::fail(api::Code::AlreadyExists,
                         Tr::tr("The cabinet '%1' already has a commissioning run named '%2'; "
                                "choose another name.")
                             .arg(cabinetRecord->name(), name),
                         {}, QStringLiteral("name"));
    } else {
        run.name = name;
    }
    run.templateName = tmpl->recordName();
    run.templateJson = QString::fromUtf8(tmpl->toJson()); // frozen: later edits never change it
    run.status = api::RunStatus::InProgress;
    run.engineer = in.engineer.trimmed();
    if (run.engineer.isEmpty())
        run.engineer = qEnvironmentVariable("USER");
    run.customer = in.customer.trimmed();
    run.notes = in.notes;
    run.startedAtMs = nowMs();
    run.runRevision = 1;
    if (auto valid = api::validate(run); !valid)
        return std::unexpected(valid.error());
    return inventory.createTyped(run);
}

api::Result<RunData> loadRun(api::Inventory &inventory, const QString &runId)
{
    auto run = getRun(inventory, runId);
    if (!run)
        return std::unexpected(run.error());
    RunData data;
    data.run = *run;
    auto tmpl = run->parsedTemplate();
    if (!tmpl)
        return std::unexpected(tmpl.error());
    data.tmpl = *tmpl;
    if (auto cabinet = inventory.get(api::EntityKind::Cabinet, run->cabinetId)) {
        if (auto c = api::Cabinet::fromRecord(*cabinet)) {
            data.cabinet = *c;
            if (auto site = inventory.get(api::EntityKind::Site, c->siteId))
                if (auto s = api::Site::fromRecord(*site))
                    data.site = *s;
            api::ListQuery q;
            q.parentId = c->siteId;
            q.kind = api::EntityKind::Node;
            if (auto nodes = listAll(inventory, q))
                for (const api::Record &r : std::as_const(*nodes))
                    if (auto n = api::Node::fromRecord(r); n && n->cabinetId == c->id)
                        data.nodes << *n;
            q.kind = api::EntityKind::Device;
            if (auto devices = listAll(inventory, q))
                for (const api::Record &r : std::as_const(*devices))
                    if (auto d = api::Device::fromRecord(r); d && d->cabinetId == c->id)
                        data.devices << *d;
        }
    }
    auto records = recordsOfRun(inventory, run->id);
    if (!records)
        return std::unexpected(records.error());
    data.records = std::move(*records);
    data.progress = api::evaluateRun(data.tmpl, data.records);
    if (!run->revisionOf.isEmpty())
        if (auto old = inventory.get(api::EntityKind::CommissioningRun, run->revisionOf))
            if (auto o = api::CommissioningRun::fromRecord(*old))
                data.supersedes = *o;
    return data;
}

api::Result<QList<api::CommissioningRun>> listRuns(api::Inventory &inventory,
                                                   const QString &cabinetId)
{
    QString parent;
    if (!cabinetId.isEmpty()) {
        auto cabinet = inventory.resolve(api::EntityKind::Cabinet, cabinetId);
        if (!cabinet)
            return std::unexpected(cabinet.error());
        parent = cabinet->id;
    }
    auto runs = runsOf(inventory, parent);
    if (!runs)
        return std::unexpected(runs.error());
    std::stable_sort(runs->begin(), runs->end(),
                     [](const api::CommissioningRun &a, const api::CommissioningRun &b) {
                         if (a.startedAtMs != b.startedAtMs)
                             return a.startedAtMs > b.startedAtMs;
                         if (a.runRevision != b.runRevision)
                             return a.runRevision > b.runRevision;
                         return a.name < b.name;
                     });
    return runs;
}

api::Result<api::CommissioningRecord> addRecord(api::Inventory &inventory, const RunData &run,
                                                const NewRecord &in)
{
    // The run as stored now (the caller's copy may predate a finish elsewhere).
    auto current = inventory.get(api::EntityKind::CommissioningRun, run.run.id);
    if (!current)
        return std::unexpected(current.error());
    auto stored = api::CommissioningRun::fromRecord(*current);
    if (!stored)
        return std::unexpected(stored.error());
    // Signatures are the acceptance of the finished run (they change no result): allowed.
    if (stored->status == api::RunStatus::Finished && in.kind != api::RecordKind::Signature)
        return std::unexpected(finishedError(*stored));

    const bool runLevel = in.kind == api::RecordKind::Signature
                          || in.kind == api::RecordKind::BurnIn;
    if (in.itemId.isEmpty() && !runLevel)
        return api::fail(api::Code::Validation,
                         Tr::tr("A %1 record belongs to a checklist item: name the item.")
                             .arg(api::recordKindName(in.kind)),
                         {}, QStringLiteral("item_id"));
    if (!in.itemId.isEmpty() && !run.tmpl.item(in.itemId)) {
        QStringList ids;
        for (const api::TemplateSection &s : run.tmpl.sections)
            for (const api::TemplateItem &i : s.items)
                ids << i.id;
        const int shown = 12;
        QString list = QStringList(ids.mid(0, shown)).join(QStringLiteral(", "));
        if (ids.size() > shown)
            list += Tr::tr(" and %n more", nullptr, int(ids.size() - shown));
        return api::fail(api::Code::Validation,
                         Tr::tr("The template '%1' has no item '%2'; its items are: %3.")
                             .arg(run.tmpl.recordName(), in.itemId, list),
                         {}, QStringLiteral("item_id"));
    }

    api::CommissioningRecord record;
    record.runId = run.run.id;
    record.itemId = in.itemId;
    record.kind = in.kind;
    record.author = in.author;
    record.takenAtMs = in.takenAtMs > 0 ? in.takenAtMs : nowMs();
    record.payload = in.payload;
    // "<item id> <kind> <n>", n one more than the records of that item and kind (a name taken
    // meanwhile is skipped: the store keeps names unique within the run).
    const QString base = (in.itemId.isEmpty() ? QStringLiteral("run") : in.itemId)
                         + QLatin1Char(' ') + api::recordKindName(in.kind);
    int n = 1;
    for (const api::CommissioningRecord &r : run.records)
        if (r.itemId == in.itemId && r.kind == in.kind)
            ++n;
    for (;; ++n) {
        api::ListQuery q;
        q.kind = api::EntityKind::CommissioningRecord;
        q.parentId = run.run.id;
        q.name = QStringLiteral("%1 %2").arg(base).arg(n);
        q.limit = 1;
        auto page = inventory.list(q);
        if (!page)
            return std::unexpected(page.error());
        if (page->total == 0 && page->records.isEmpty()) {
            record.name = q.name;
            break;
        }
    }
    if (auto valid = api::validate(record); !valid)
        return std::unexpected(valid.error());
    return inventory.createTyped(record);
}

api::Result<api::CommissioningRun> finishRun(api::Inventory &inventory, const QString &runId,
                                             const QString &actor, bool allowOpen)
{
    Q_UNUSED(actor); // the store's op log records who changed the run
    auto data = loadRun(inventory, runId);
    if (!data)
        return std::unexpected(data.error());
    if (data->run.status == api::RunStatus::Finished)
        return api::fail(api::Code::FailedPrecondition,
                         Tr::tr("The commissioning run '%1' is already finished.")
                             .arg(data->run.name));
    if (!allowOpen && data->progress.done() < data->progress.total) {
        QStringList pending;
        for (const api::ItemProgress &i : std::as_const(data->progress.items))
            if (i.state == api::ItemState::Pending)
                pending << i.itemId;
        const int count = int(pending.size());
        QString list = QStringList(pending.mid(0, 8)).join(QStringLiteral(", "));
        if (count > 8)
            list += Tr::tr(" and %n more", nullptr, count - 8);
        return api::fail(api::Code::FailedPrecondition,
                         Tr::tr("The commissioning run '%1' has %n pending item(s) (%2): record "
                                "or skip them, or finish with open items allowed.",
                                nullptr, count)
                             .arg(data->run.name, list));
    }
    const api::Record before = data->run.toRecord();
    api::CommissioningRun finished = data->run;
    finished.status = api::RunStatus::Finished;
    finished.finishedAtMs = nowMs();
    api::Record patch = api::patchOf(before, finished.toRecord());
    auto updated = inventory.update(patch);
    if (!updated)
        return std::unexpected(updated.error());
    return api::CommissioningRun::fromRecord(*updated);
}

api::Result<api::CommissioningRun> reviseRun(api::Inventory &inventory, const QString &runId,
                                             const QString &actor)
{
    auto data = loadRun(inventory, runId);
    if (!data)
        return std::unexpected(data.error());
    const api::CommissioningRun &old = data->run;
    if (old.status != api::RunStatus::Finished)
        return api::fail(api::Code::FailedPrecondition,
                         Tr::tr("The commissioning run '%1' is still in progress: record the "
                                "corrections in it; a revision is for finished runs.")
                             .arg(old.name));
    auto runs = runsOf(inventory, old.cabinetId);
    if (!runs)
        return std::unexpected(runs.error());
    for (const api::CommissioningRun &r : std::as_const(*runs))
        if (r.revisionOf == old.id)
            return api::fail(api::Code::AlreadyExists,
                             Tr::tr("The commissioning run '%1' already has the revision '%2'; "
                                    "correct that one (or revise it once it is finished).")
                                 .arg(old.name, r.name));

    api::CommissioningRun next;
    next.cabinetId = old.cabinetId;
    next.runRevision = old.runRevision + 1;
    static const QRegularExpression revisionSuffix(QStringLiteral("\\s+r\\d+$"));
    QString base = old.name;
    base.remove(revisionSuffix);
    next.name = freshRunName(*runs, QStringLiteral("%1 r%2").arg(base).arg(next.runRevision));
    next.templateName = old.templateName;
    next.templateJson = old.templateJson;
    next.status = api::RunStatus::InProgress;
    next.engineer = actor.trimmed().isEmpty() ? old.engineer : actor.trimmed();
    next.customer = old.customer;
    next.notes = old.notes;
    next.startedAtMs = nowMs();
    next.revisionOf = old.id;
    next.demo = old.demo;
    if (auto valid = api::validate(next); !valid)
        return std::unexpected(valid.error());
    auto created = inventory.createTyped(next);
    if (!created)
        return std::unexpected(created.error());
    // The old run's records carry over unchanged (names, authors, times, payloads).
    for (const api::CommissioningRecord &r : std::as_const(data->records)) {
        api::CommissioningRecord copy = r;
        copy.id.clear();
        copy.revision = 0;
        copy.runId = created->id;
        auto copied = inventory.create(copy.toRecord());
        if (!copied) {
            api::Error e = copied.error();
            e.message = Tr::tr("The revision '%1' was created but copying the record '%2' "
                               "failed: %3")
                            .arg(created->name, r.name, e.message);
            return std::unexpected(e);
        }
    }
    return created;
}

} // namespace edge::commissioning
