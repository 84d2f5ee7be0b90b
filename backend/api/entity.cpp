#include "backend/api/entity.h"

#include "backend/api/commissioning.h"
#include "backend/api/inventorytypes.h"
#include "backend/api/limitsetrecord.h"
#include "backend/api/surveyrecord.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <cmath>

namespace edge::api {

namespace {

FieldSpec text(const char *n, bool required = false)
{
    return {QString::fromLatin1(n), FieldType::Text, required, std::nullopt};
}
FieldSpec integer(const char *n, bool required = false)
{
    return {QString::fromLatin1(n), FieldType::Integer, required, std::nullopt};
}
FieldSpec real(const char *n)
{
    return {QString::fromLatin1(n), FieldType::Real, false, std::nullopt};
}
FieldSpec boolean(const char *n)
{
    return {QString::fromLatin1(n), FieldType::Bool, false, std::nullopt};
}
FieldSpec json(const char *n)
{
    return {QString::fromLatin1(n), FieldType::Json, false, std::nullopt};
}
FieldSpec ref(const char *n, EntityKind k, bool required)
{
    return {QString::fromLatin1(n), FieldType::Text, required, k};
}

std::vector<EntitySchema> buildSchemas()
{
    std::vector<EntitySchema> s;
    s.push_back({EntityKind::Region,
                 QStringLiteral("regions"),
                 {text("name", true), text("code"), text("description"), boolean("demo")},
                 {},
                 std::nullopt,
                 {}});
    s.push_back({EntityKind::Site,
                 QStringLiteral("sites"),
                 {ref("region_id", EntityKind::Region, false), text("name", true), text("code"),
                  text("kind", true), text("address"), real("latitude"), real("longitude"),
                  text("notes"), boolean("demo")},
                 QStringLiteral("region_id"),
                 EntityKind::Region,
                 {}});
    s.push_back({EntityKind::Cabinet,
                 QStringLiteral("cabinets"),
                 {ref("site_id", EntityKind::Site, true), text("name", true),
                  integer("height_u", true), integer("depth_mm", true), integer("width_mm"),
                  text("model"), text("serial"), json("components"), text("notes"), boolean("demo")},
                 QStringLiteral("site_id"),
                 EntityKind::Site,
                 QStringLiteral("site_id")});
    s.push_back(
        {EntityKind::Node,
         QStringLiteral("nodes"),
         {ref("site_id", EntityKind::Site, true), ref("cabinet_id", EntityKind::Cabinet, false),
          text("name", true), text("role", true), text("vendor"), text("model"), text("serial"),
          text("cpu_model"), integer("cpu_cores"), integer("memory_mb"), integer("disk_gb"),
          text("arch"), text("mgmt_address"), json("labels"), boolean("demo")},
         QStringLiteral("site_id"),
         EntityKind::Site,
         {}});
    s.push_back(
        {EntityKind::Device,
         QStringLiteral("devices"),
         {ref("site_id", EntityKind::Site, true), ref("cabinet_id", EntityKind::Cabinet, false),
          text("name", true), text("kind", true), text("model"), text("serial"), text("protocol"),
          text("address"), json("settings"), boolean("demo")},
         QStringLiteral("site_id"),
         EntityKind::Site,
         QStringLiteral("site_id")});
    // Site surveys (issue 4). Items are append-only measurements of one survey.
    s.push_back({EntityKind::Survey,
                 QStringLiteral("surveys"),
                 {ref("site_id", EntityKind::Site, true), text("name", true), text("status"),
                  text("author"), integer("started_at"), integer("finished_at"), text("site_class"),
                  text("thermal_profile"), text("noise_zone"), real("warn_margin"),
                  real("latitude"), real("longitude"), text("notes"), boolean("demo")},
                 QStringLiteral("site_id"),
                 EntityKind::Site,
                 QStringLiteral("site_id")});
    s.push_back({EntityKind::SurveyItem,
                 QStringLiteral("survey_items"),
                 {ref("survey_id", EntityKind::Survey, true), text("name", true), text("kind", true),
                  text("author"), integer("taken_at"), json("payload"), boolean("demo")},
                 QStringLiteral("survey_id"),
                 EntityKind::Survey,
                 QStringLiteral("survey_id")});
    // The user's limit sets (issue 4): one record per version, never overwritten; the newest
    // version of a set id wins. The name ("<set_id> v<version>") keeps versions unique.
    s.push_back({EntityKind::LimitSet,
                 QStringLiteral("limit_sets"),
                 {text("name", true), text("set_id", true), integer("version", true), text("title"),
                  text("json", true), text("author"), text("notes"), boolean("demo")},
                 {},
                 std::nullopt,
                 {}});
    // Cabinet commissioning (issue 6, api/commissioning.h): template versions like limit sets;
    // runs per cabinet; append-only records of a run.
    s.push_back({EntityKind::CommissioningTemplate,
                 QStringLiteral("commissioning_templates"),
                 {text("name", true), text("template_id", true), integer("version", true),
                  text("title"), text("json", true), text("author"), text("notes"), boolean("demo")},
                 {},
                 std::nullopt,
                 {}});
    s.push_back({EntityKind::CommissioningRun,
                 QStringLiteral("commissioning_runs"),
                 {ref("cabinet_id", EntityKind::Cabinet, true), text("name", true),
                  text("template_name", true), text("template_json", true), text("status"),
                  text("engineer"), text("customer"), integer("started_at"), integer("finished_at"),
                  text("revision_of"), integer("run_revision"), text("notes"), boolean("demo")},
                 QStringLiteral("cabinet_id"),
                 EntityKind::Cabinet,
                 QStringLiteral("cabinet_id")});
    s.push_back({EntityKind::CommissioningRecord,
                 QStringLiteral("commissioning_records"),
                 {ref("run_id", EntityKind::CommissioningRun, true), text("name", true),
                  text("item_id"), text("kind", true), text("author"), integer("taken_at"),
                  json("payload"), boolean("demo")},
                 QStringLiteral("run_id"),
                 EntityKind::CommissioningRun,
                 QStringLiteral("run_id")});
    return s;
}

const std::vector<EntitySchema> &schemas()
{
    static const std::vector<EntitySchema> s = buildSchemas();
    return s;
}

QString tr(const char *text) { return QCoreApplication::translate("edge::api", text); }

} // namespace

QString kindName(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Region: return QStringLiteral("region");
    case EntityKind::Site: return QStringLiteral("site");
    case EntityKind::Cabinet: return QStringLiteral("cabinet");
    case EntityKind::Node: return QStringLiteral("node");
    case EntityKind::Device: return QStringLiteral("device");
    case EntityKind::Survey: return QStringLiteral("survey");
    case EntityKind::SurveyItem: return QStringLiteral("survey-item");
    case EntityKind::LimitSet: return QStringLiteral("limit-set");
    case EntityKind::CommissioningTemplate: return QStringLiteral("commissioning-template");
    case EntityKind::CommissioningRun: return QStringLiteral("commissioning-run");
    case EntityKind::CommissioningRecord: return QStringLiteral("commissioning-record");
    }
    return {};
}

std::optional<EntityKind> kindFromName(const QString &name)
{
    for (EntityKind k : allKinds())
        if (kindName(k) == name)
            return k;
    return std::nullopt;
}

QList<EntityKind> allKinds()
{
    return {EntityKind::Region,
            EntityKind::Site,
            EntityKind::Cabinet,
            EntityKind::Node,
            EntityKind::Device,
            EntityKind::Survey,
            EntityKind::SurveyItem,
            EntityKind::LimitSet,
            EntityKind::CommissioningTemplate,
            EntityKind::CommissioningRun,
            EntityKind::CommissioningRecord};
}

const FieldSpec *EntitySchema::field(const QString &name) const
{
    for (const FieldSpec &f : fields)
        if (f.name == name)
            return &f;
    return nullptr;
}

const EntitySchema &schemaOf(EntityKind kind)
{
    for (const EntitySchema &s : schemas())
        if (s.kind == kind)
            return s;
    EC_ASSERT(false, return schemas().front());
}

Result<Record> normalizeRecord(Record record)
{
    const EntitySchema &schema = schemaOf(record.kind);
    for (auto it = record.fields.begin(); it != record.fields.end(); ++it) {
        const FieldSpec *spec = schema.field(it.key());
        if (!spec)
            return fail(Code::Validation, tr("Unknown field for a %1.").arg(kindName(record.kind)),
                        {}, it.key());
        QVariant &v = it.value();
        if (v.isNull() || !v.isValid()) {
            v = QVariant();
            continue;
        }
        bool ok = true;
        switch (spec->type) {
        case FieldType::Text:
        case FieldType::Json:
            if (v.typeId() != QMetaType::QString)
                v = v.toString();
            break;
        case FieldType::Integer: {
            if (v.typeId() == QMetaType::Double) {
                const double d = v.toDouble();
                ok = std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9e15;
                v = qint64(d);
            } else {
                const qint64 i = v.toString().trimmed().toLongLong(&ok);
                v = i;
            }
            break;
        }
        case FieldType::Real: {
            const double d = v.typeId() == QMetaType::Double ? v.toDouble()
                                                             : v.toString().trimmed().toDouble(&ok);
            ok = ok && std::isfinite(d);
            v = d;
            break;
        }
        case FieldType::Bool: {
            if (v.typeId() == QMetaType::Bool)
                break;
            const QString t = v.toString().trimmed().toLower();
            if (t == u"true" || t == u"1" || t == u"yes")
                v = true;
            else if (t == u"false" || t == u"0" || t == u"no")
                v = false;
            else
                ok = false;
            break;
        }
        }
        if (!ok)
            return fail(Code::Validation, tr("The value has the wrong type for this field."), {},
                        it.key());
        if (spec->type == FieldType::Json && !v.toString().isEmpty()) {
            QJsonParseError err;
            QJsonDocument::fromJson(v.toString().toUtf8(), &err);
            if (err.error != QJsonParseError::NoError)
                return fail(Code::Validation, tr("The value is not valid JSON."), err.errorString(),
                            it.key());
        }
    }
    return record;
}

Record patchOf(const Record &before, const Record &after)
{
    Record patch;
    patch.kind = before.kind;
    patch.id = before.id;
    patch.revision = before.revision;
    for (auto it = after.fields.cbegin(); it != after.fields.cend(); ++it)
        if (before.fields.value(it.key()) != it.value())
            patch.fields.insert(it.key(), it.value());
    return patch;
}

Result<void> validateRecord(const Record &record, bool complete)
{
    auto norm = normalizeRecord(record);
    if (!norm)
        return std::unexpected(norm.error());
    if (!complete)
        return {};
    const EntitySchema &schema = schemaOf(record.kind);
    for (const FieldSpec &f : schema.fields) {
        const QVariant v = norm->fields.value(f.name);
        if (f.required
            && (v.isNull() || (v.typeId() == QMetaType::QString && v.toString().isEmpty())))
            return fail(Code::Validation, tr("This field is required."), {}, f.name);
    }
    auto check = [](auto typed) -> Result<void> {
        if (!typed)
            return std::unexpected(typed.error());
        return validate(*typed);
    };
    switch (record.kind) {
    case EntityKind::Region: return check(Region::fromRecord(*norm));
    case EntityKind::Site: return check(Site::fromRecord(*norm));
    case EntityKind::Cabinet: return check(Cabinet::fromRecord(*norm));
    case EntityKind::Node: return check(Node::fromRecord(*norm));
    case EntityKind::Device: return check(Device::fromRecord(*norm));
    case EntityKind::Survey: return check(Survey::fromRecord(*norm));
    case EntityKind::SurveyItem: return check(SurveyItem::fromRecord(*norm));
    case EntityKind::LimitSet: return check(LimitSetRecord::fromRecord(*norm));
    case EntityKind::CommissioningTemplate:
        return check(CommissioningTemplateRecord::fromRecord(*norm));
    case EntityKind::CommissioningRun: return check(CommissioningRun::fromRecord(*norm));
    case EntityKind::CommissioningRecord: return check(CommissioningRecord::fromRecord(*norm));
    }
    return {};
}

} // namespace edge::api
