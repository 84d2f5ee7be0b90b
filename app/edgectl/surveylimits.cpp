// `survey limits list|show|export|import` (issue 4): the limit sets surveys are checked against,
// shipped (temperature profiles, site facts, noise, distances) and the user's stored versions
// (LimitSet records: they sync, and work on the embedded hub with no network). A stored version is
// never overwritten; importing stores a new version and refuses one that is not newer. Every
// LOW-confidence number is marked "unverified".
#include "app/edgectl/command.h"
#include "app/edgectl/tr.h"
#include "backend/survey/profiles.h"
#include "backend/survey/userlimits.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace edge::edgectl {

namespace {

using api::Code;
using api::Result;

struct SetRow {
    api::LimitSet set; // the one in force
    bool user = false; // the user's version is in force
    int storedVersions = 0;
};

int unverifiedCount(const api::LimitSet &set)
{
    int n = 0;
    for (const api::LimitEntry &e : set.entries)
        n += e.source.confidence == api::Confidence::Low ? 1 : 0;
    return n;
}

QList<SetRow> rowsOf(const QList<api::LimitSetRecord> &records)
{
    const QList<api::LimitSet> shipped = survey::allShippedLimitSets();
    const QList<api::LimitSet> user = survey::newestUserSets(records);
    QList<SetRow> rows;
    for (const api::LimitSet &s : shipped)
        rows.append({s, false, 0});
    for (const api::LimitSet &u : user) {
        auto it = std::find_if(rows.begin(), rows.end(),
                               [&](const SetRow &r) { return r.set.id == u.id; });
        if (it == rows.end())
            rows.append({u, true, 0});
        else if (u.version >= it->set.version)
            *it = {u, true, 0};
    }
    for (SetRow &r : rows)
        for (const api::LimitSetRecord &rec : records)
            r.storedVersions += rec.setId == r.set.id ? 1 : 0;
    return rows;
}

QString sourceName(const SetRow &r)
{
    return r.user ? QStringLiteral("user") : QStringLiteral("shipped");
}

QString number(std::optional<double> v) { return v ? QString::number(*v, 'g', 10) : QString(); }

QJsonObject entryJson(const api::LimitEntry &e)
{
    QJsonObject o{{QStringLiteral("key"), e.key},
                  {QStringLiteral("unit"), e.limit.unit},
                  {QStringLiteral("standard"), e.source.standard},
                  {QStringLiteral("clause"), e.source.clause},
                  {QStringLiteral("confidence"), api::confidenceName(e.source.confidence)},
                  {QStringLiteral("verified"), e.source.verified()},
                  {QStringLiteral("note"), e.note}};
    o.insert(QStringLiteral("min"), e.limit.min ? QJsonValue(*e.limit.min) : QJsonValue());
    o.insert(QStringLiteral("max"), e.limit.max ? QJsonValue(*e.limit.max) : QJsonValue());
    if (e.limit.warnMargin > 0)
        o.insert(QStringLiteral("warnMargin"), e.limit.warnMargin);
    return o;
}

QString confidenceLabel(api::Confidence c)
{
    switch (c) {
    case api::Confidence::High: return Tr::tr("high");
    case api::Confidence::Medium: return Tr::tr("medium");
    case api::Confidence::Low: return Tr::tr("LOW (unverified)");
    }
    return {};
}

const SetRow *findRow(const QList<SetRow> &rows, const QString &id)
{
    for (const SetRow &r : rows)
        if (r.set.id == id)
            return &r;
    return nullptr;
}

api::Error unknownSet(const QString &id)
{
    api::Error e;
    e.code = Code::NotFound;
    e.message = QCoreApplication::translate(
                    "edgectl",
                    "There is no limit set \"%1\"; 'edgectl survey limits list' lists them.")
                    .arg(id);
    return e;
}

int runList(Context &ctx, const QList<api::LimitSetRecord> &records)
{
    const QList<SetRow> rows = rowsOf(records);
    if (ctx.out.json()) {
        QJsonArray a;
        for (const SetRow &r : rows)
            a.append(QJsonObject{{QStringLiteral("id"), r.set.id},
                                 {QStringLiteral("title"), r.set.title},
                                 {QStringLiteral("category"), r.set.category},
                                 {QStringLiteral("version"), r.set.version},
                                 {QStringLiteral("source"), sourceName(r)},
                                 {QStringLiteral("stored_versions"), r.storedVersions},
                                 {QStringLiteral("entries"), int(r.set.entries.size())},
                                 {QStringLiteral("unverified"), unverifiedCount(r.set)}});
        ctx.out.jsonOut(QJsonObject{{QStringLiteral("sets"), a}});
        return 0;
    }
    QList<QStringList> table;
    for (const SetRow &r : rows)
        table << QStringList{r.set.id,
                             QString::number(r.set.version),
                             r.user ? Tr::tr("user") : Tr::tr("shipped"),
                             r.set.category,
                             QString::number(unverifiedCount(r.set)),
                             r.set.title};
    ctx.out.table({Tr::tr("Id"), Tr::tr("Version"), Tr::tr("Source"), Tr::tr("Category"),
                   Tr::tr("Unverified"), Tr::tr("Title")},
                  table);
    return 0;
}

int runShow(Context &ctx, const QList<api::LimitSetRecord> &records, const QString &id)
{
    const QList<SetRow> rows = rowsOf(records);
    const SetRow *row = findRow(rows, id);
    if (!row)
        return ctx.fail(unknownSet(id));
    const api::LimitSet &set = row->set;
    if (ctx.out.json()) {
        QJsonArray entries;
        for (const api::LimitEntry &e : set.entries)
            entries.append(entryJson(e));
        ctx.out.jsonOut(QJsonObject{{QStringLiteral("id"), set.id},
                                    {QStringLiteral("title"), set.title},
                                    {QStringLiteral("category"), set.category},
                                    {QStringLiteral("version"), set.version},
                                    {QStringLiteral("source"), sourceName(*row)},
                                    {QStringLiteral("unverified"), unverifiedCount(set)},
                                    {QStringLiteral("entries"), entries}});
        return 0;
    }
    ctx.out.keyValues({{Tr::tr("Id"), set.id},
                       {Tr::tr("Title"), set.title},
                       {Tr::tr("Version"), QString::number(set.version)},
                       {Tr::tr("Source"), row->user ? Tr::tr("user") : Tr::tr("shipped")},
                       {Tr::tr("Category"), set.category}});
    ctx.out.out(QString());
    QList<QStringList> table;
    for (const api::LimitEntry &e : set.entries)
        table << QStringList{e.key,
                             number(e.limit.min),
                             number(e.limit.max),
                             e.limit.unit,
                             e.source.standard,
                             e.source.clause,
                             confidenceLabel(e.source.confidence)};
    ctx.out.table({Tr::tr("Key"), Tr::tr("Min"), Tr::tr("Max"), Tr::tr("Unit"), Tr::tr("Standard"),
                   Tr::tr("Clause"), Tr::tr("Confidence")},
                  table);
    if (const int n = unverifiedCount(set); n > 0)
        ctx.out.out(u'\n'
                    + Tr::tr("%n limit(s) marked unverified: the reference gives them LOW "
                             "confidence; check them before relying on a verdict.",
                             nullptr, n));
    return 0;
}

int runExport(Context &ctx, const QList<api::LimitSetRecord> &records, const QString &id)
{
    if (!ctx.args.has(QStringLiteral("output")))
        return ctx.usage(Tr::tr("export needs -o FILE.json"), QStringLiteral("output"));
    const QList<SetRow> rows = rowsOf(records);
    const SetRow *row = findRow(rows, id);
    if (!row)
        return ctx.fail(unknownSet(id));
    const QString path = ctx.args.value(QStringLiteral("output"));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(api::limitSetsToJson({row->set})) < 0
        || !f.commit())
        return ctx.fail(api::Error{Code::BadInput,
                                   Tr::tr("%1 cannot be written: %2").arg(path, f.errorString()),
                                   {},
                                   QStringLiteral("--output")});
    if (ctx.out.json())
        ctx.out.jsonOut(QJsonObject{{QStringLiteral("id"), row->set.id},
                                    {QStringLiteral("version"), row->set.version},
                                    {QStringLiteral("source"), sourceName(*row)},
                                    {QStringLiteral("file"), path}});
    else
        ctx.out.out(Tr::tr("Exported the limit set '%1' version %2 to %3. Edit it, raise "
                           "\"version\" and import it with 'edgectl survey limits import'.")
                        .arg(row->set.id)
                        .arg(row->set.version)
                        .arg(path));
    return 0;
}

int runImport(Context &ctx, api::Inventory &inv, const QList<api::LimitSetRecord> &records,
              const QString &path, const QString &author)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return ctx.fail(api::Error{Code::BadInput,
                                   Tr::tr("%1 cannot be read: %2").arg(path, f.errorString()),
                                   {},
                                   {}});
    if (f.size() > 1024 * 1024)
        return ctx.fail(
            api::Error{Code::BadInput, Tr::tr("%1 is larger than 1 MiB.").arg(path), {}, {}});
    auto sets = api::parseLimitSets(f.readAll(), QFileInfo(path).fileName());
    if (!sets)
        return ctx.fail(sets.error());
    // Check every set before storing any, so a refused file stores nothing.
    for (const api::LimitSet &s : std::as_const(*sets)) {
        const int current = survey::currentLimitSetVersion(s.id, records);
        if (s.version <= current)
            return ctx.fail(api::Error{
                Code::Conflict,
                Tr::tr("%1: the limit set \"%2\" is already at version %3; version %4 is not "
                       "newer. Set \"version\" to %5 or more and import again.")
                    .arg(QFileInfo(path).fileName(), s.id)
                    .arg(current)
                    .arg(s.version)
                    .arg(current + 1),
                {},
                {}});
        if (auto valid = api::validate(api::limitSetRecordFor(s, author)); !valid)
            return ctx.fail(valid.error());
    }
    QJsonArray stored;
    for (const api::LimitSet &s : std::as_const(*sets)) {
        auto created = survey::storeLimitSetVersion(inv, s, author,
                                                    ctx.args.value(QStringLiteral("notes")));
        if (!created)
            return ctx.fail(created.error());
        stored.append(QJsonObject{{QStringLiteral("id"), s.id},
                                  {QStringLiteral("version"), s.version},
                                  {QStringLiteral("record"), created->id},
                                  {QStringLiteral("unverified"), unverifiedCount(s)}});
        if (!ctx.out.json())
            ctx.out.out(Tr::tr("Stored the limit set '%1' version %2; surveys are now checked "
                               "against it.")
                            .arg(s.id)
                            .arg(s.version));
    }
    if (ctx.out.json())
        ctx.out.jsonOut(QJsonObject{{QStringLiteral("stored"), stored}});
    return 0;
}

} // namespace

QList<Command> surveyLimitsCommands()
{
    Command c;
    c.group = QStringLiteral("survey");
    c.action = QStringLiteral("limits");
    c.synopsis = QStringLiteral("list | show ID | export ID -o FILE.json | import FILE.json");
    c.minPositionals = 1;
    c.maxPositionals = 2;
    c.summary = Tr::tr("List, show, export and import the limit sets surveys are checked against.");
    c.description = Tr::tr(
        "list: every limit set with its version, source (shipped or user) and how many of its "
        "numbers are unverified. show ID: every limit with its value, unit, standard, clause and "
        "confidence; LOW-confidence numbers are marked unverified. export ID -o FILE.json: the set "
        "in force, to edit. import FILE.json: stores the file's sets as new versions (a version "
        "must be newer than the current one; older versions are kept).");
    c.options = {
        {QStringLiteral("output"), QStringLiteral("FILE"),
         Tr::tr("export: the file to write (also -o).")},
        {QStringLiteral("notes"), QStringLiteral("TEXT"),
         Tr::tr("import: a note stored with the new version (why it changed).")},
    };
    c.auth = Auth::Required;
    c.run = [](Context &ctx) {
        const QString verb = ctx.args.positionals.first();
        const QString arg = ctx.args.positionals.value(1);
        const bool needsArg = verb == u"show" || verb == u"export" || verb == u"import";
        if (verb != u"list" && !needsArg)
            return ctx.usage(
                Tr::tr("unknown action '%1'; use list, show, export or import").arg(verb));
        if (needsArg && arg.isEmpty())
            return ctx.usage(Tr::tr("'%1' needs an argument").arg(verb));
        if (!needsArg && !arg.isEmpty())
            return ctx.usage(Tr::tr("'list' takes no argument"));
        Connection *conn = ctx.connect();
        if (!conn)
            return ctx.exitCode();
        api::Inventory &inv = conn->inventory();
        auto records = survey::loadLimitSetRecords(inv);
        if (!records)
            return ctx.fail(records.error());
        if (verb == u"list")
            return runList(ctx, *records);
        if (verb == u"show")
            return runShow(ctx, *records, arg);
        if (verb == u"export")
            return runExport(ctx, *records, arg);
        const QString author = !conn->userName().isEmpty()
                                   ? conn->userName()
                                   : QString::fromLocal8Bit(qgetenv("USER"));
        return runImport(ctx, inv, *records, arg, author);
    };
    return {c};
}

} // namespace edge::edgectl
