// The generic add/list/show/edit/rm commands for every inventory kind, driven by the kind tables
// in kinds.cpp (option -> schema field). One implementation serves regions, sites, cabinets,
// nodes and devices.
#include "app/edgectl/command.h"
#include "app/edgectl/tr.h"
#include "backend/api/clock.h"
#include "backend/api/workload.h"
#include "backend/client/client.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMap>
#include <cmath>

namespace edge::edgectl {

namespace {

using namespace edge::api;

QString dashed(const FieldOption &o) { return QStringLiteral("--") + QLatin1String(o.option); }

QString field(const FieldOption &o) { return QString::fromLatin1(o.field); }

std::optional<EntityKind> referencedKind(const KindSpec &kind, const FieldOption &o)
{
    const FieldSpec *spec = schemaOf(kind.kind).field(field(o));
    return spec ? spec->references : std::nullopt;
}

std::unexpected<Error> badValue(const FieldOption &o, const QString &message)
{
    return fail(Code::Validation, message, {}, dashed(o));
}

// The JSON key of a schema field: the schema name, except where it would collide with the
// envelope keys id/entity/revision.
QString jsonKey(EntityKind kind, const QString &fieldName)
{
    if (fieldName == u"id" || fieldName == u"entity" || fieldName == u"revision")
        return kindName(kind) + QLatin1Char('_') + fieldName;
    return fieldName;
}

// ---- Parsing options into a draft (no hub needed) ---------------------------------------------

struct Draft {
    QVariantMap fields;                                  // plain values, and nulls for --clear
    QList<std::pair<const FieldOption *, QString>> refs; // to resolve against the hub, in table order
    const FieldOption *labelsOption = nullptr;
    QList<std::pair<QString, std::optional<QString>>> labelOps; // set (value) or remove (nullopt)
    bool clearLabels = false;
    // --setting / --settings-file (a JSON object field such as a device's settings).
    const FieldOption *settingsOption = nullptr;
    QList<std::pair<QString, std::optional<QJsonValue>>> settingOps; // set or remove
    std::optional<QJsonObject> settingsBase;                         // --settings-file
    bool clearSettings = false;
    int changes = 0;
};

// A --setting VALUE: a JSON number or object when it parses as one, else the text itself. Settings
// that are text by nature stay text ("snmp_version=3" is "3"); a JSON string ("\"3\"") is text.
QJsonValue settingValue(const QString &key, const QString &text)
{
    static const QStringList textKeys{QStringLiteral("snmp_version"), QStringLiteral("user"),
                                      QStringLiteral("auth_protocol"),
                                      QStringLiteral("priv_protocol"), QStringLiteral("preset")};
    const QString t = text.trimmed();
    if (t.size() >= 2 && t.startsWith(QLatin1Char('"')) && t.endsWith(QLatin1Char('"'))) {
        const QJsonDocument doc = QJsonDocument::fromJson("[" + t.toUtf8() + "]");
        if (doc.isArray() && doc.array().size() == 1 && doc.array().first().isString())
            return doc.array().first();
    }
    if (textKeys.contains(key))
        return text;
    if (t.startsWith(QLatin1Char('{'))) {
        const QJsonDocument doc = QJsonDocument::fromJson(t.toUtf8());
        if (doc.isObject())
            return doc.object();
    }
    bool ok = false;
    const double d = t.toDouble(&ok);
    if (ok && std::isfinite(d) && !t.isEmpty())
        return d;
    return text;
}

// --settings-file FILE.json: one JSON object; errors name the file and the JSON problem.
Result<QJsonObject> readSettingsFile(const FieldOption &o, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return badValue(o, Tr::tr("cannot read %1: %2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return badValue(o, Tr::tr("%1 is not valid JSON: %2 at offset %3")
                               .arg(path, error.errorString())
                               .arg(error.offset));
    if (!doc.isObject())
        return badValue(o, Tr::tr("%1 must hold a JSON object of settings, e.g. {\"unit_id\": 3}")
                               .arg(path));
    return doc.object();
}

Result<QVariant> convert(const FieldOption &o, const QString &text)
{
    const QString t = text.trimmed();
    switch (o.type) {
    case ValueType::Text: return text.isEmpty() ? QVariant() : QVariant(text);
    case ValueType::Integer: {
        bool ok = false;
        const qlonglong v = t.toLongLong(&ok);
        if (!ok)
            return badValue(o, Tr::tr("'%1' is not a whole number").arg(text));
        return QVariant(qint64(v));
    }
    case ValueType::Real: {
        bool ok = false;
        const double v = t.toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return badValue(o, Tr::tr("'%1' is not a number").arg(text));
        return QVariant(v);
    }
    case ValueType::List: {
        QStringList items;
        for (const QString &s : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            if (!s.trimmed().isEmpty())
                items << s.trimmed();
        if (items.isEmpty())
            return QVariant();
        return QVariant(QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(items)).toJson(QJsonDocument::Compact)));
    }
    case ValueType::Labels:
    case ValueType::Settings:
    case ValueType::SettingsFile:
    case ValueType::Ref: break;
    }
    return QVariant(text);
}

const FieldOption *findClearable(const KindSpec &kind, QString name)
{
    if (name.startsWith(u"--"))
        name = name.mid(2);
    if (const FieldOption *o = kind.byOption(name))
        return o;
    return kind.byField(name);
}

// Reads the field options of add/edit. In edit of a kind whose names are scoped by the parent,
// the parent option only scopes the lookup and is skipped here.
Result<Draft> parseDraft(const Context &ctx, bool edit)
{
    const KindSpec &kind = *ctx.kind;
    const FieldOption *scopeOption = edit && kind.nameScopedByParent() ? kind.parentOption()
                                                                       : nullptr;
    Draft d;
    for (const FieldOption &o : kind.options) {
        if (&o == scopeOption || !ctx.args.has(QLatin1String(o.option)))
            continue;
        const QStringList values = ctx.args.values(QLatin1String(o.option));
        ++d.changes;
        if (o.type == ValueType::Ref) {
            if (values.first().isEmpty())
                return badValue(o, Tr::tr("give an id or a name (to unset it, use --clear %1)")
                                       .arg(QLatin1String(o.option)));
            d.refs << std::pair{&o, values.first()};
            continue;
        }
        if (o.type == ValueType::Labels) {
            d.labelsOption = &o;
            for (const QString &v : values) {
                const qsizetype eq = v.indexOf(QLatin1Char('='));
                if (eq < 0 && edit && v.endsWith(QLatin1Char('-')) && v.size() > 1) {
                    d.labelOps << std::pair{v.chopped(1), std::optional<QString>()};
                    continue;
                }
                if (eq <= 0)
                    return badValue(o,
                                    edit ? Tr::tr(
                                               "'%1' is not KEY=VALUE (or KEY- to remove a label)")
                                               .arg(v)
                                         : Tr::tr("'%1' is not KEY=VALUE").arg(v));
                d.labelOps << std::pair{v.left(eq).trimmed(), std::optional<QString>(v.mid(eq + 1))};
            }
            continue;
        }
        if (o.type == ValueType::Settings) {
            d.settingsOption = &o;
            for (const QString &v : values) {
                const qsizetype eq = v.indexOf(QLatin1Char('='));
                if (eq < 0 && edit && v.endsWith(QLatin1Char('-')) && v.size() > 1) {
                    d.settingOps << std::pair{v.chopped(1).trimmed(), std::optional<QJsonValue>()};
                    continue;
                }
                if (eq <= 0)
                    return badValue(o, edit ? Tr::tr("'%1' is not KEY=VALUE (or KEY- to remove a "
                                                     "setting)")
                                                  .arg(v)
                                            : Tr::tr("'%1' is not KEY=VALUE").arg(v));
                const QString key = v.left(eq).trimmed();
                d.settingOps << std::pair{key, std::optional<QJsonValue>(
                                                   settingValue(key, v.mid(eq + 1)))};
            }
            continue;
        }
        if (o.type == ValueType::SettingsFile) {
            if (!d.settingsOption)
                d.settingsOption = &o;
            auto object = readSettingsFile(o, values.first());
            if (!object)
                return std::unexpected(object.error());
            d.settingsBase = *object;
            continue;
        }
        auto value = convert(o, values.first());
        if (!value)
            return std::unexpected(value.error());
        d.fields.insert(field(o), *value);
    }
    if (edit) {
        for (const QString &c : ctx.args.values(QStringLiteral("clear"))) {
            const FieldOption *o = findClearable(kind, c);
            if (!o || o == scopeOption) {
                QStringList names;
                for (const FieldOption &x : kind.options)
                    if (&x != scopeOption)
                        names << QLatin1String(x.option);
                return fail(Code::Usage,
                            Tr::tr("cannot clear '%1'; fields: %2")
                                .arg(c, names.join(QStringLiteral(", "))),
                            {}, QStringLiteral("--clear"));
            }
            if (ctx.args.has(QLatin1String(o->option)))
                return fail(Code::Usage, Tr::tr("%1 is both set and cleared").arg(dashed(*o)), {},
                            QStringLiteral("--clear"));
            ++d.changes;
            if (o->type == ValueType::Labels) {
                d.labelsOption = o;
                d.clearLabels = true;
            } else if (o->type == ValueType::Settings || o->type == ValueType::SettingsFile) {
                if (!d.settingsOption)
                    d.settingsOption = o;
                d.clearSettings = true;
            } else {
                d.fields.insert(field(*o), QVariant());
            }
        }
    }
    return d;
}

// Missing required options on add are usage errors, reported before any connection.
Result<void> checkRequired(const Context &ctx, const Draft &d)
{
    const KindSpec &kind = *ctx.kind;
    for (const FieldSpec &f : schemaOf(kind.kind).fields) {
        if (!f.required)
            continue;
        const FieldOption *o = kind.byField(f.name);
        if (!o)
            continue;
        if (ctx.args.has(QLatin1String(o->option)))
            continue;
        // A node or device gets its site from its cabinet.
        bool derivable = false;
        for (const auto &[ref, text] : d.refs) {
            const auto rk = referencedKind(kind, *ref);
            if (rk && schemaOf(*rk).parentField == f.name)
                derivable = true;
        }
        if (!derivable)
            return fail(Code::Usage, Tr::tr("%1 is required").arg(dashed(*o)), {}, dashed(*o));
    }
    return {};
}

// Resolves references (in table order, so a cabinet is looked up within the site just given) and
// applies label changes on top of `base`'s labels.
Result<QVariantMap> finishDraft(const KindSpec &kind, const Draft &d, Inventory &inv,
                                const Record *base)
{
    QVariantMap fields = d.fields;
    for (const auto &[o, text] : d.refs) {
        const EntityKind rk = *referencedKind(kind, *o);
        const QString scopeField = schemaOf(rk).nameScopeField;
        QString scope;
        if (!scopeField.isEmpty()) {
            scope = fields.value(scopeField).toString();
            if (scope.isEmpty() && base)
                scope = base->fields.value(scopeField).toString();
        }
        auto found = inv.resolve(rk, text, scope);
        if (!found) {
            Error e = found.error();
            e.field = dashed(*o);
            return std::unexpected(e);
        }
        fields.insert(field(*o), found->id);
        // Inherit the referenced entity's parent when it was not given (node --cabinet X: site of X).
        const QString parentField = schemaOf(rk).parentField;
        if (!parentField.isEmpty() && schemaOf(kind.kind).field(parentField)
            && !fields.contains(parentField)) {
            const QString parentId = found->fields.value(parentField).toString();
            if (!base || base->fields.value(parentField).toString() != parentId)
                fields.insert(parentField, parentId);
        }
    }
    if (d.labelsOption) {
        QJsonObject labels;
        if (base && !d.clearLabels)
            labels = QJsonDocument::fromJson(
                         base->fields.value(field(*d.labelsOption)).toString().toUtf8())
                         .object();
        for (const auto &[key, value] : d.labelOps) {
            if (value)
                labels.insert(key, *value);
            else
                labels.remove(key);
        }
        fields.insert(field(*d.labelsOption),
                      labels.isEmpty() ? QVariant()
                                       : QVariant(QString::fromUtf8(
                                           QJsonDocument(labels).toJson(QJsonDocument::Compact))));
    }
    if (d.settingsOption) {
        QJsonObject settings;
        if (d.settingsBase)
            settings = *d.settingsBase;
        else if (base && !d.clearSettings)
            settings = QJsonDocument::fromJson(
                           base->fields.value(field(*d.settingsOption)).toString().toUtf8())
                           .object();
        for (const auto &[key, value] : d.settingOps) {
            if (value)
                settings.insert(key, *value);
            else
                settings.remove(key);
        }
        fields.insert(field(*d.settingsOption),
                      settings.isEmpty()
                          ? QVariant()
                          : QVariant(QString::fromUtf8(
                              QJsonDocument(settings).toJson(QJsonDocument::Compact))));
    }
    return fields;
}

// ---- Display ------------------------------------------------------------------------------------

QString formatValue(const FieldSpec *spec, const QVariant &v, const QHash<QString, QString> &names)
{
    if (v.isNull() || !v.isValid() || (v.typeId() == QMetaType::QString && v.toString().isEmpty()))
        return QStringLiteral("-");
    if (!spec)
        return v.toString();
    if (spec->references) {
        const QString name = names.value(v.toString());
        return name.isEmpty() ? v.toString() : name;
    }
    switch (spec->type) {
    case FieldType::Real:
        return QLocale::c().toString(v.toDouble(), 'g', QLocale::FloatingPointShortest);
    case FieldType::Bool: return v.toBool() ? Tr::tr("yes") : Tr::tr("no");
    case FieldType::Json: {
        const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8());
        if (doc.isArray()) {
            QStringList items;
            for (const QJsonValue &x : doc.array())
                items << x.toVariant().toString();
            return items.join(QStringLiteral(", "));
        }
        if (doc.isObject()) {
            QStringList items;
            const QJsonObject o = doc.object();
            for (auto it = o.begin(); it != o.end(); ++it)
                items << it.key() + QLatin1Char('=') + it.value().toVariant().toString();
            return items.join(QStringLiteral(", "));
        }
        return v.toString();
    }
    case FieldType::Text:
    case FieldType::Integer: break;
    }
    return v.toString();
}

// id -> name of every entity of the kinds referenced by `fields`.
QHash<QString, QString> referenceNames(Inventory &inv, EntityKind kind, const QList<QString> &fields)
{
    QHash<QString, QString> names;
    QSet<EntityKind> done;
    for (const QString &f : fields) {
        const FieldSpec *spec = schemaOf(kind).field(f);
        if (!spec || !spec->references || done.contains(*spec->references))
            continue;
        done.insert(*spec->references);
        ListQuery q;
        q.kind = *spec->references;
        if (auto page = inv.list(q))
            for (const Record &r : page->records)
                names.insert(r.id, r.name());
    }
    return names;
}

Record normalized(const Record &r)
{
    auto n = normalizeRecord(r);
    return n ? *n : r;
}

void printRecord(Context &ctx, Inventory &inv, const Record &raw)
{
    const Record r = normalized(raw);
    if (ctx.out.json()) {
        ctx.out.jsonOut(recordToJson(r));
        return;
    }
    const KindSpec &kind = kindSpecOf(r.kind);
    const EntitySchema &schema = schemaOf(r.kind);
    QHash<QString, QString> names;
    for (const FieldSpec &f : schema.fields) {
        if (!f.references)
            continue;
        const QString id = r.fields.value(f.name).toString();
        if (id.isEmpty())
            continue;
        if (auto ref = inv.get(*f.references, id))
            names.insert(id, ref->name() + QStringLiteral(" (") + id + QLatin1Char(')'));
    }
    QList<QPair<QString, QString>> rows;
    rows << qMakePair(Tr::tr("ID"), r.id);
    for (const FieldOption &o : kind.options)
        rows << qMakePair(Tr::tr(o.label),
                          formatValue(schema.field(field(o)), r.fields.value(field(o)), names));
    if (r.fields.value(QStringLiteral("demo")).toBool())
        rows << qMakePair(Tr::tr("Demo data"), Tr::tr("yes"));
    rows << qMakePair(Tr::tr("Revision"), QString::number(r.revision));
    ctx.out.keyValues(rows);
}

// ---- The commands -------------------------------------------------------------------------------

// Looks up the entity named by the positional argument, within the parent given by the scope
// option for kinds whose names are unique only per parent.
Result<Record> target(Context &ctx, Inventory &inv)
{
    const KindSpec &kind = *ctx.kind;
    QString parentId;
    if (const FieldOption *p = kind.nameScopedByParent() ? kind.parentOption() : nullptr;
        p && ctx.args.has(QLatin1String(p->option))) {
        auto parent = inv.resolve(*referencedKind(kind, *p),
                                  ctx.args.value(QLatin1String(p->option)));
        if (!parent) {
            Error e = parent.error();
            e.field = dashed(*p);
            return std::unexpected(e);
        }
        parentId = parent->id;
    }
    return inv.resolve(kind.kind, ctx.args.positionals.first(), parentId);
}

int runAdd(Context &ctx)
{
    auto draft = parseDraft(ctx, false);
    if (!draft)
        return ctx.fail(draft.error());
    if (auto ok = checkRequired(ctx, *draft); !ok)
        return ctx.fail(ok.error());
    Connection *conn = ctx.connect();
    if (!conn)
        return ctx.exitCode();
    Inventory &inv = conn->inventory();
    auto fields = finishDraft(*ctx.kind, *draft, inv, nullptr);
    if (!fields)
        return ctx.fail(fields.error());
    Record r;
    r.kind = ctx.kind->kind;
    r.fields = *fields;
    r.fields.insert(QStringLiteral("demo"), false);
    auto created = inv.create(r);
    if (!created)
        return ctx.fail(created.error());
    if (ctx.out.json())
        ctx.out.jsonOut(recordToJson(normalized(*created)));
    else
        ctx.out.out(Tr::tr("Created %1 '%2' (id %3).")
                        .arg(QLatin1String(ctx.kind->command), created->name(), created->id));
    return 0;
}

int runEdit(Context &ctx)
{
    auto draft = parseDraft(ctx, true);
    if (!draft)
        return ctx.fail(draft.error());
    if (draft->changes == 0)
        return ctx.usage(Tr::tr("nothing to change: give the fields to change, or --clear FIELD"));
    Connection *conn = ctx.connect();
    if (!conn)
        return ctx.exitCode();
    Inventory &inv = conn->inventory();
    auto current = target(ctx, inv);
    if (!current)
        return ctx.fail(current.error());
    auto fields = finishDraft(*ctx.kind, *draft, inv, &*current);
    if (!fields)
        return ctx.fail(fields.error());
    Record patch;
    patch.kind = current->kind;
    patch.id = current->id;
    patch.revision = current->revision; // fail with Conflict if someone changed it meanwhile
    patch.fields = *fields;
    auto updated = inv.update(patch);
    if (!updated) {
        Error e = updated.error();
        if (e.code == Code::Conflict)
            e.message = Tr::tr("%1 '%2' was changed by someone else just now; look at it again and "
                               "retry.")
                            .arg(QLatin1String(ctx.kind->command), current->name());
        return ctx.fail(e);
    }
    if (ctx.out.json())
        ctx.out.jsonOut(recordToJson(normalized(*updated)));
    else
        ctx.out.out(
            Tr::tr("Updated %1 '%2'.").arg(QLatin1String(ctx.kind->command), updated->name()));
    return 0;
}

int runShow(Context &ctx)
{
    Connection *conn = ctx.connect();
    if (!conn)
        return ctx.exitCode();
    auto found = target(ctx, conn->inventory());
    if (!found)
        return ctx.fail(found.error());
    printRecord(ctx, conn->inventory(), *found);
    return 0;
}

int runRemove(Context &ctx)
{
    Connection *conn = ctx.connect();
    if (!conn)
        return ctx.exitCode();
    Inventory &inv = conn->inventory();
    auto found = target(ctx, inv);
    if (!found)
        return ctx.fail(found.error());
    const bool cascade = ctx.args.has(QStringLiteral("cascade"));
    if (auto removed = inv.remove(found->kind, found->id, cascade); !removed) {
        Error e = removed.error();
        if (e.code == Code::FailedPrecondition && !cascade)
            e.message += QLatin1Char(' ')
                         + Tr::tr("Use --cascade to remove it together with everything in it.");
        return ctx.fail(e);
    }
    if (ctx.out.json())
        ctx.out.jsonOut(QJsonObject{{QStringLiteral("id"), found->id},
                                    {QStringLiteral("entity"), kindName(found->kind)},
                                    {QStringLiteral("name"), found->name()},
                                    {QStringLiteral("removed"), true},
                                    {QStringLiteral("cascade"), cascade}});
    else
        ctx.out.out(Tr::tr("Removed %1 '%2'.").arg(QLatin1String(ctx.kind->command), found->name()));
    return 0;
}

int runList(Context &ctx)
{
    const KindSpec &kind = *ctx.kind;
    // Check the filter values before connecting.
    QList<std::pair<const FieldOption *, QVariant>> filters;
    for (const FieldOption &o : kind.options) {
        if (!o.listFilter || o.type == ValueType::Ref || !ctx.args.has(QLatin1String(o.option)))
            continue;
        auto v = convert(o, ctx.args.value(QLatin1String(o.option)));
        if (!v)
            return ctx.fail(v.error());
        filters << std::pair{&o, *v};
    }
    Connection *conn = ctx.connect();
    if (!conn)
        return ctx.exitCode();
    Inventory &inv = conn->inventory();
    ListQuery q;
    q.kind = kind.kind;
    q.search = ctx.args.value(QStringLiteral("search"));
    if (const FieldOption *p = kind.parentOption(); p && ctx.args.has(QLatin1String(p->option))) {
        auto parent = inv.resolve(*referencedKind(kind, *p),
                                  ctx.args.value(QLatin1String(p->option)));
        if (!parent) {
            Error e = parent.error();
            e.field = dashed(*p);
            return ctx.fail(e);
        }
        q.parentId = parent->id;
    }
    for (const FieldOption &o : kind.options) {
        if (!o.listFilter || o.type != ValueType::Ref || !ctx.args.has(QLatin1String(o.option)))
            continue;
        const EntityKind rk = *referencedKind(kind, o);
        auto ref = inv.resolve(rk, ctx.args.value(QLatin1String(o.option)),
                               schemaOf(rk).nameScopeField == schemaOf(kind.kind).parentField
                                   ? q.parentId
                                   : QString());
        if (!ref) {
            Error e = ref.error();
            e.field = dashed(o);
            return ctx.fail(e);
        }
        filters << std::pair{&o, QVariant(ref->id)};
    }
    auto page = inv.list(q);
    if (!page)
        return ctx.fail(page.error());
    QList<Record> records;
    for (const Record &raw : page->records) {
        const Record r = normalized(raw);
        bool keep = true;
        for (const auto &[o, want] : filters) {
            const QVariant have = r.fields.value(field(*o));
            if (o->type == ValueType::Labels) {
                // --label k=v on list: the node has that label.
                const QString kv = want.toString();
                const QJsonObject labels = QJsonDocument::fromJson(have.toString().toUtf8()).object();
                keep = keep
                       && labels.value(kv.section(QLatin1Char('='), 0, 0)).toString()
                              == kv.section(QLatin1Char('='), 1);
            } else {
                keep = keep && have.toString() == want.toString();
            }
        }
        if (keep)
            records << r;
    }
    // Nodes: presence and certificate from api::Nodes (issue 3).
    const bool nodes = kind.kind == EntityKind::Node;
    QHash<QString, NodeStatus> presence;
    bool havePresence = false;
    qint64 nowMs = 0;
    if (nodes && !records.isEmpty()) {
        auto status = conn->client().nodeStatus();
        if (status) {
            for (const NodeStatus &s : *status)
                presence.insert(s.nodeId, s);
            havePresence = true;
            nowMs = conn->client().lastServerTimeMs();
        } else if (conn->isLocal()) {
            havePresence = true; // no agent reaches an embedded hub: every node is offline
        } else {
            ctx.out.err(Tr::tr("Warning: the hub did not report node presence: %1")
                            .arg(conn->explain(status.error()).message));
        }
        if (nowMs <= 0)
            nowMs = SystemClock().nowMs();
    }
    if (ctx.out.json()) {
        QJsonArray a;
        for (const Record &r : records) {
            QJsonObject o = recordToJson(r);
            if (nodes) {
                const NodeStatus s = presence.value(r.id);
                o.insert(QStringLiteral("state"), havePresence ? QJsonValue(nodeStateName(s.state))
                                                               : QJsonValue(QJsonValue::Null));
                o.insert(QStringLiteral("last_seen_ms"), QJsonValue(s.lastSeenMs));
                o.insert(QStringLiteral("certificate_not_after_ms"),
                         QJsonValue(s.certificateNotAfterMs));
            }
            a.append(o);
        }
        ctx.out.jsonOut(a);
        return 0;
    }
    if (records.isEmpty()) {
        ctx.out.err(Tr::tr("No %1 matches.").arg(QLatin1String(kind.command)));
        return 0;
    }
    QList<QString> columns;
    for (const char *c : kind.columns)
        columns << QString::fromLatin1(c);
    const QHash<QString, QString> names = referenceNames(inv, kind.kind, columns);
    const EntitySchema &schema = schemaOf(kind.kind);
    QStringList headers;
    for (const QString &c : columns) {
        const FieldOption *o = kind.byField(c);
        headers << (c == u"id" ? Tr::tr("ID") : o ? Tr::tr(o->label) : c);
    }
    if (nodes)
        headers << Tr::tr("State") << Tr::tr("Last seen") << Tr::tr("Certificate expires");
    QList<QStringList> rows;
    for (const Record &r : records) {
        QStringList row;
        for (const QString &c : columns)
            row << (c == u"id" ? r.id : formatValue(schema.field(c), r.fields.value(c), names));
        if (nodes) {
            const NodeStatus s = presence.value(r.id);
            row << (havePresence ? nodeStateLabel(s.state) : QStringLiteral("?"))
                << formatAgo(nowMs, s.lastSeenMs)
                << (s.certificateNotAfterMs > 0 ? formatUtc(s.certificateNotAfterMs).left(10)
                                                : QStringLiteral("-"));
        }
        rows << row;
    }
    ctx.out.table(headers, rows);
    return 0;
}

QString kindWord(const KindSpec &k) { return QLatin1String(k.command); }

} // namespace

QJsonObject recordToJson(const Record &raw)
{
    const Record r = normalized(raw);
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("entity"), kindName(r.kind)},
                  {QStringLiteral("revision"), QJsonValue(r.revision)}};
    for (const FieldSpec &f : schemaOf(r.kind).fields) {
        const QVariant v = r.fields.value(f.name);
        const QString key = jsonKey(r.kind, f.name);
        if (v.isNull() || !v.isValid()) {
            o.insert(key, QJsonValue::Null);
            continue;
        }
        switch (f.type) {
        case FieldType::Text: o.insert(key, v.toString()); break;
        case FieldType::Integer: o.insert(key, QJsonValue(v.toLongLong())); break;
        case FieldType::Real: o.insert(key, v.toDouble()); break;
        case FieldType::Bool: o.insert(key, v.toBool()); break;
        case FieldType::Json: {
            const QJsonDocument doc = QJsonDocument::fromJson(v.toString().toUtf8());
            if (doc.isArray())
                o.insert(key, doc.array());
            else if (doc.isObject())
                o.insert(key, doc.object());
            else
                o.insert(key, v.toString());
            break;
        }
        }
    }
    return o;
}

QList<Command> entityCommands()
{
    QList<Command> out;
    for (const KindSpec &k : kindSpecs()) {
        const QString word = kindWord(k);
        QList<OptionSpec> fieldOptions;
        for (const FieldOption &o : k.options)
            fieldOptions << OptionSpec{QLatin1String(o.option), QLatin1String(o.valueName),
                                       Tr::tr(o.help),
                                       o.type == ValueType::Labels || o.type == ValueType::Settings};
        const FieldOption *parent = k.parentOption();
        const bool scoped = k.nameScopedByParent();
        OptionSpec scopeSpec;
        if (scoped)
            scopeSpec = {QLatin1String(parent->option), QLatin1String(parent->valueName),
                         Tr::tr("The %1 it is in (names are unique only within one %1).")
                             .arg(QLatin1String(parent->option))};
        const QString jsonNote =
            Tr::tr("With --json the %1 is printed as one object: id, entity, revision and every "
                   "field by its schema name.")
                .arg(word);

        Command add;
        add.group = word;
        add.action = QStringLiteral("add");
        add.summary = Tr::tr("Create a %1.").arg(word);
        add.description = jsonNote;
        add.options = fieldOptions;
        add.kind = &k;
        add.run = runAdd;
        out << add;

        Command list;
        list.group = word;
        list.action = QStringLiteral("list");
        list.summary = Tr::tr("List %1s, optionally filtered.").arg(word);
        list.description =
            Tr::tr("With --json: a JSON array of objects (see 'edgectl %1 show --help').").arg(word);
        list.options << OptionSpec{QStringLiteral("search"), QStringLiteral("TEXT"),
                                   Tr::tr("Only entries whose name, code, address, model or serial "
                                          "contain TEXT (case-insensitive).")};
        if (parent)
            list.options << OptionSpec{QLatin1String(parent->option),
                                       QLatin1String(parent->valueName),
                                       Tr::tr("Only entries in this %1.")
                                           .arg(QLatin1String(parent->option))};
        for (const FieldOption &o : k.options)
            if (o.listFilter)
                list.options << OptionSpec{QLatin1String(o.option), QLatin1String(o.valueName),
                                           o.type == ValueType::Labels
                                               ? Tr::tr("Only entries with this label.")
                                               : Tr::tr("Only entries with this %1.")
                                                     .arg(QLatin1String(o.option))};
        list.kind = &k;
        list.run = runList;
        out << list;

        Command show;
        show.group = word;
        show.action = QStringLiteral("show");
        show.synopsis = QStringLiteral("ID|NAME");
        show.summary = Tr::tr("Show one %1.").arg(word);
        show.description = jsonNote;
        if (scoped)
            show.options << scopeSpec;
        show.minPositionals = show.maxPositionals = 1;
        show.kind = &k;
        show.run = runShow;
        out << show;

        Command edit;
        edit.group = word;
        edit.action = QStringLiteral("edit");
        edit.synopsis = QStringLiteral("ID|NAME");
        edit.summary = Tr::tr("Change a %1: only the fields given change.").arg(word);
        edit.description = jsonNote;
        for (const OptionSpec &s : fieldOptions)
            edit.options << (scoped && s.name == QLatin1String(parent->option) ? scopeSpec : s);
        edit.options << OptionSpec{QStringLiteral("clear"), QStringLiteral("FIELD"),
                                   Tr::tr("Unset a field (its option name, e.g. --clear notes).")};
        edit.options.last().repeatable = true;
        edit.minPositionals = edit.maxPositionals = 1;
        edit.kind = &k;
        edit.run = runEdit;
        out << edit;

        Command rm;
        rm.group = word;
        rm.action = QStringLiteral("rm");
        rm.synopsis = QStringLiteral("ID|NAME");
        rm.summary = Tr::tr("Remove a %1.").arg(word);
        rm.options << OptionSpec{QStringLiteral("cascade"),
                                 {},
                                 Tr::tr(
                                     "Also remove everything in it (cabinets, nodes, devices).")};
        if (scoped)
            rm.options << scopeSpec;
        rm.minPositionals = rm.maxPositionals = 1;
        rm.kind = &k;
        rm.run = runRemove;
        out << rm;
    }
    return out;
}

} // namespace edge::edgectl
