#include "backend/survey/sitefacts.h"
#include "backend/survey/surveytr.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QSet>

#include <cmath>
#include <functional>

namespace edge::survey {

using api::Check;
using api::CheckResult;
using api::Code;

namespace {

constexpr double kGravity = 9.80665; // m/s², kg -> N

// One numeric fact: its JSON group and key, where it lives, and its valid range.
struct NumberField {
    const char *group;
    const char *key;
    std::function<std::optional<double> &(SiteFacts &)> ref;
    double min;
    double max;
    bool integer;
};

const QList<NumberField> &numberFields()
{
    static const QList<NumberField> fields = {
        {"power", "voltage_v", [](SiteFacts & f) -> auto &{return f.power.voltageV;
}
, 0, 1000, false
} // namespace
, {"power", "frequency_hz", [](SiteFacts &f) -> auto &{return f.power.frequencyHz;
} // namespace edge::survey
, 0, 1000, false
}
, {"power", "ups_autonomy_min", [](SiteFacts &f) -> auto &{return f.power.upsAutonomyMin;
}
, 0, 100000, false
}
, {"power", "required_ups_min", [](SiteFacts &f) -> auto &{return f.power.requiredUpsMin;
}
, 0, 100000, false
}
, {"space", "rack_depth_mm", [](SiteFacts &f) -> auto &{return f.space.rackDepthMm;
}
, 1, 5000, false
}
, {"space", "equipment_depth_mm", [](SiteFacts &f) -> auto &{return f.space.equipmentDepthMm;
}
, 1, 5000, false
}
, {"space", "cabinet_depth_mm", [](SiteFacts &f) -> auto &{return f.space.cabinetDepthMm;
}
, 1, 5000, false
}
, {"space", "cabinet_height_u", [](SiteFacts &f) -> auto &{return f.space.cabinetHeightU;
}
, 1, 100, false
}
, {"floor", "rated_kn_m2", [](SiteFacts &f) -> auto &{return f.floor.ratedKnPerM2;
}
, 0, 1000, false
}
, {"floor", "required_kn_m2", [](SiteFacts &f) -> auto &{return f.floor.requiredKnPerM2;
}
, 0, 1000, false
}
, {"floor", "equipment_mass_kg", [](SiteFacts &f) -> auto &{return f.floor.equipmentMassKg;
}
, 0, 100000, false
}
, {"floor", "footprint_m2", [](SiteFacts &f) -> auto &{return f.floor.footprintM2;
}
, 0.01, 1000, false
}
, {"vibration", "distance_m", [](SiteFacts &f) -> auto &{return f.vibration.distanceM;
}
, 0, 1e6, false
}
, {"emi", "distance_m", [](SiteFacts &f) -> auto &{return f.emi.distanceM;
}
, 0, 1e6, false
}
, {"air", "particles_per_m3", [](SiteFacts &f) -> auto &{return f.air.particlesPerM3;
}
, 0, 1e12, false
}
, {"clearance", "front_mm", [](SiteFacts &f) -> auto &{return f.clearance.frontMm;
}
, 0, 100000, false
}
, {"clearance", "rear_mm", [](SiteFacts &f) -> auto &{return f.clearance.rearMm;
}
, 0, 100000, false
}
,
}
;
return fields;
}

struct IntField {
    const char *group;
    const char *key;
    std::function<std::optional<int> &(SiteFacts &)> ref;
    int min;
    int max;
};

const QList<IntField> &intFields()
{
    static const QList<IntField> fields = {
        {"power", "phases", [](SiteFacts & f) -> auto &{return f.power.phases;
}
, 1, 3
}
, {"power", "feeds", [](SiteFacts &f) -> auto &{return f.power.feeds;
}
, 0, 16
}
, {"power", "required_phases", [](SiteFacts &f) -> auto &{return f.power.requiredPhases;
}
, 1, 3
}
, {"power", "required_feeds", [](SiteFacts &f) -> auto &{return f.power.requiredFeeds;
}
, 1, 16
}
,
}
;
return fields;
}

QString fieldName(const char *group, const char *key)
{
    return QStringLiteral("%1.%2").arg(QLatin1String(group), QLatin1String(key));
}

std::unexpected<api::Error> invalid(const QString &field, const QString &what)
{
    return api::fail(Code::Validation, Tr::tr("%1: %2").arg(field, what), {}, field);
}

QString numberText(double v) { return QString::number(v, 'g', 10); }

Check makeCheck(const QString &id, const QString &category, const QString &subject,
                std::optional<double> value, api::Limit limit, const QString &rule,
                api::LimitSource source, const QString &note = {})
{
    Check c;
    c.id = id;
    c.category = category;
    c.subject = subject;
    c.value = value;
    c.limit = std::move(limit);
    c.rule = rule;
    c.source = std::move(source);
    c.result = api::evaluate(value, c.limit);
    c.note = note;
    return c;
}

api::LimitSource siteRequirement()
{
    return api::LimitSource{QCoreApplication::translate("edge::survey", "Site requirement"),
                            {},
                            api::Confidence::High};
}

QString entryNote(const api::LimitEntry &e)
{
    QString note = e.note;
    if (!e.source.verified())
        note = Tr::tr("Unverified limit: check it against the standard before relying on it.")
               + QLatin1Char(' ') + note;
    return note.trimmed();
}

} // namespace

QString batteryTypeName(BatteryType t)
{
    switch (t) {
    case BatteryType::None: return QStringLiteral("none");
    case BatteryType::LeadAcid: return QStringLiteral("lead-acid");
    case BatteryType::Lithium: return QStringLiteral("lithium");
    case BatteryType::Other: return QStringLiteral("other");
    }
    return QStringLiteral("other");
}

std::optional<BatteryType> batteryTypeFromName(const QString &name)
{
    for (BatteryType t :
         {BatteryType::None, BatteryType::LeadAcid, BatteryType::Lithium, BatteryType::Other})
        if (batteryTypeName(t) == name.trimmed().toLower())
            return t;
    return std::nullopt;
}

api::Result<void> validate(const SiteFacts &facts)
{
    SiteFacts copy = facts; // the field table takes references
    for (const NumberField &f : numberFields()) {
        const std::optional<double> &v = f.ref(copy);
        if (v && (!std::isfinite(*v) || *v < f.min || *v > f.max))
            return invalid(fieldName(f.group, f.key),
                           Tr::tr("%1 is out of range: give a value from %2 to %3")
                               .arg(numberText(*v), numberText(f.min), numberText(f.max)));
    }
    for (const IntField &f : intFields()) {
        const std::optional<int> &v = f.ref(copy);
        const bool phases = QLatin1String(f.key).contains(QLatin1String("phases"));
        if (v && (*v < f.min || *v > f.max || (phases && *v == 2)))
            return invalid(fieldName(f.group, f.key),
                           phases ? Tr::tr("%1 is not a number of phases: give 1 or 3").arg(*v)
                                  : Tr::tr("%1 is out of range: give a value from %2 to %3")
                                        .arg(*v)
                                        .arg(f.min)
                                        .arg(f.max));
    }
    if (facts.floor.equipmentMassKg.has_value() != facts.floor.footprintM2.has_value())
        return invalid(facts.floor.footprintM2 ? QStringLiteral("floor.equipment_mass_kg")
                                               : QStringLiteral("floor.footprint_m2"),
                       Tr::tr("give both the equipment's mass and its footprint, or neither"));
    return {};
}

api::Result<SiteFacts> siteFactsFromJson(const QJsonObject &json)
{
    static const QStringList groups = {QStringLiteral("power"),     QStringLiteral("space"),
                                       QStringLiteral("floor"),     QStringLiteral("battery"),
                                       QStringLiteral("vibration"), QStringLiteral("emi"),
                                       QStringLiteral("air"),       QStringLiteral("clearance")};
    SiteFacts facts;
    QSet<QString> known;
    for (const NumberField &f : numberFields())
        known.insert(fieldName(f.group, f.key));
    for (const IntField &f : intFields())
        known.insert(fieldName(f.group, f.key));
    for (const char *k :
         {"space.all_in_one", "battery.type", "battery.ventilated", "vibration.present",
          "vibration.description", "emi.present", "emi.description"})
        known.insert(QLatin1String(k));
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!groups.contains(it.key()))
            return invalid(it.key(), Tr::tr("unknown group (expected one of %1)")
                                         .arg(groups.join(QStringLiteral(", "))));
        if (!it.value().isObject())
            return invalid(it.key(), Tr::tr("must be an object"));
        const QJsonObject g = it.value().toObject();
        for (auto k = g.begin(); k != g.end(); ++k) {
            const QString field = it.key() + QLatin1Char('.') + k.key();
            if (!known.contains(field))
                return invalid(field, Tr::tr("unknown field"));
        }
    }
    const auto value = [&](const char *group, const char *key) {
        return json.value(QLatin1String(group)).toObject().value(QLatin1String(key));
    };
    for (const NumberField &f : numberFields()) {
        const QJsonValue v = value(f.group, f.key);
        if (v.isUndefined() || v.isNull())
            continue;
        if (!v.isDouble())
            return invalid(fieldName(f.group, f.key), Tr::tr("must be a number"));
        f.ref(facts) = v.toDouble();
    }
    for (const IntField &f : intFields()) {
        const QJsonValue v = value(f.group, f.key);
        if (v.isUndefined() || v.isNull())
            continue;
        if (!v.isDouble() || v.toDouble() != std::floor(v.toDouble())
            || std::abs(v.toDouble()) > 1e6)
            return invalid(fieldName(f.group, f.key), Tr::tr("must be a whole number"));
        f.ref(facts) = int(v.toDouble());
    }
    const auto boolean = [&](const char *group, const char *key,
                             std::optional<bool> *out) -> api::Result<void> {
        const QJsonValue v = value(group, key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isBool())
            return invalid(fieldName(group, key), Tr::tr("must be true or false"));
        *out = v.toBool();
        return {};
    };
    std::optional<bool> allInOne;
    for (auto r : {boolean("space", "all_in_one", &allInOne),
                   boolean("battery", "ventilated", &facts.battery.ventilated),
                   boolean("vibration", "present", &facts.vibration.present),
                   boolean("emi", "present", &facts.emi.present)})
        if (!r)
            return std::unexpected(r.error());
    facts.space.allInOneCabinet = allInOne.value_or(false);
    const QJsonValue type = value("battery", "type");
    if (!type.isUndefined() && !type.isNull()) {
        const auto t = batteryTypeFromName(type.toString());
        if (!type.isString() || !t)
            return invalid(QStringLiteral("battery.type"),
                           Tr::tr("must be none, lead-acid, lithium or other"));
        facts.battery.type = t;
    }
    facts.vibration.description = value("vibration", "description").toString();
    facts.emi.description = value("emi", "description").toString();
    if (auto v = validate(facts); !v)
        return std::unexpected(v.error());
    return facts;
}

QJsonObject toJson(const SiteFacts &facts)
{
    SiteFacts copy = facts;
    QJsonObject out;
    const auto put = [&](const char *group, const char *key, const QJsonValue &v) {
        QJsonObject g = out.value(QLatin1String(group)).toObject();
        g.insert(QLatin1String(key), v);
        out.insert(QLatin1String(group), g);
    };
    for (const NumberField &f : numberFields())
        if (const auto &v = f.ref(copy))
            put(f.group, f.key, *v);
    for (const IntField &f : intFields())
        if (const auto &v = f.ref(copy))
            put(f.group, f.key, *v);
    if (facts.space.allInOneCabinet)
        put("space", "all_in_one", true);
    if (facts.battery.type)
        put("battery", "type", batteryTypeName(*facts.battery.type));
    if (facts.battery.ventilated)
        put("battery", "ventilated", *facts.battery.ventilated);
    if (facts.vibration.present)
        put("vibration", "present", *facts.vibration.present);
    if (!facts.vibration.description.isEmpty())
        put("vibration", "description", facts.vibration.description);
    if (facts.emi.present)
        put("emi", "present", *facts.emi.present);
    if (!facts.emi.description.isEmpty())
        put("emi", "description", facts.emi.description);
    return out;
}

QList<Check> siteFactChecks(const SiteFacts &f, const api::LimitSet &limits)
{
    QList<Check> checks;
    // A check against a shipped (or user) entry; skipped when the set lacks the key.
    const auto fromEntry = [&](const char *key, const QString &id, const QString &category,
                               const QString &subject, std::optional<double> value,
                               const QString &rule, const QString &extraNote = {}) {
        const api::LimitEntry *e = limits.find(QLatin1String(key));
        if (!e)
            return;
        const QString note = QString(extraNote + QLatin1Char(' ') + entryNote(*e)).trimmed();
        checks << makeCheck(id, category, subject, value, e->limit, rule, e->source, note);
    };
    // A check against a requirement from the facts, else from the set's entry.
    const auto required = [&](const char *key, const QString &id, const QString &category,
                              const QString &subject, std::optional<double> value,
                              std::optional<double> requirement, const QString &unit,
                              const QString &rule, const QString &missing) {
        if (requirement) {
            checks << makeCheck(id, category, subject, value,
                                api::Limit{requirement, std::nullopt, unit, 0}, rule,
                                siteRequirement());
            return;
        }
        if (limits.find(QLatin1String(key))) {
            fromEntry(key, id, category, subject, value, rule);
            return;
        }
        Check c = makeCheck(id, category, subject, value, api::Limit{{}, {}, unit, 0}, rule,
                            siteRequirement(), missing);
        c.result = CheckResult::NotMeasured;
        checks << c;
    };
    const QString power = QStringLiteral("power");
    fromEntry("power.voltage", QStringLiteral("power.voltage"), power, Tr::tr("Supply voltage"),
              f.power.voltageV, Tr::tr("mains voltage within 220 V ±15 %"));
    fromEntry("power.frequency", QStringLiteral("power.frequency"), power,
              Tr::tr("Supply frequency"), f.power.frequencyHz,
              Tr::tr("mains frequency within 50 ±3 Hz"));
    if (f.power.phases || f.power.requiredPhases)
        required("power.phases", QStringLiteral("power.phases"), power, Tr::tr("Supply phases"),
                 f.power.phases ? std::optional<double>(*f.power.phases) : std::nullopt,
                 f.power.requiredPhases ? std::optional<double>(*f.power.requiredPhases)
                                        : std::optional<double>(1),
                 QString(), Tr::tr("at least as many phases as the equipment needs"), {});
    required("power.feeds", QStringLiteral("power.feeds"), power, Tr::tr("Independent feeds"),
             f.power.feeds ? std::optional<double>(*f.power.feeds) : std::nullopt,
             f.power.requiredFeeds ? std::optional<double>(*f.power.requiredFeeds)
                                   : std::optional<double>(1),
             QString(), Tr::tr("at least the required number of independent supplies"), {});
    required("power.ups.autonomy", QStringLiteral("power.ups-autonomy"), power,
             Tr::tr("UPS autonomy"), f.power.upsAutonomyMin, f.power.requiredUpsMin,
             QStringLiteral("min"), Tr::tr("UPS runs the load at least the required time"),
             Tr::tr("No required autonomy given: say how many minutes the UPS must hold."));

    const QString space = QStringLiteral("space");
    if (f.space.equipmentDepthMm || f.space.rackDepthMm) {
        Check c = makeCheck(QStringLiteral("space.rack-depth"), space,
                            Tr::tr("Equipment depth in the site's rack"), f.space.equipmentDepthMm,
                            api::Limit{std::nullopt, f.space.rackDepthMm, QStringLiteral("mm"), 0},
                            Tr::tr("the equipment fits the rack's depth (telecom rooms: mostly "
                                   "600 mm, some 800 mm)"),
                            api::LimitSource{QStringLiteral("Edge computing white paper"),
                                             QStringLiteral("1.1.1"), api::Confidence::High});
        if (!f.space.rackDepthMm || !f.space.equipmentDepthMm)
            c.result = CheckResult::NotMeasured;
        checks << c;
    }
    if (f.space.allInOneCabinet) {
        fromEntry("space.cabinet.depth", QStringLiteral("space.cabinet-depth"), space,
                  Tr::tr("All-in-one cabinet depth"), f.space.cabinetDepthMm,
                  Tr::tr("an all-in-one edge cabinet at most 600 mm deep"));
        fromEntry("space.cabinet.height", QStringLiteral("space.cabinet-height"), space,
                  Tr::tr("All-in-one cabinet height"), f.space.cabinetHeightU,
                  Tr::tr("an all-in-one edge cabinet at most 24U high"));
    }

    std::optional<double> floorRequired = f.floor.requiredKnPerM2;
    QString floorNote;
    if (!floorRequired && f.floor.equipmentMassKg && f.floor.footprintM2
        && *f.floor.footprintM2 > 0) {
        floorRequired = *f.floor.equipmentMassKg * kGravity / 1000.0 / *f.floor.footprintM2;
        floorNote = Tr::tr("Required load from %1 kg on %2 m².")
                        .arg(numberText(*f.floor.equipmentMassKg), numberText(*f.floor.footprintM2));
    }
    if (f.floor.ratedKnPerM2 || floorRequired) {
        required("floor.load", QStringLiteral("floor.load"), QStringLiteral("floor"),
                 Tr::tr("Rated floor load"), f.floor.ratedKnPerM2, floorRequired,
                 QStringLiteral("kN/m²"), Tr::tr("the floor carries the equipment's load"),
                 Tr::tr("No required load given: give it, or the equipment's mass and "
                        "footprint."));
        if (!floorNote.isEmpty())
            checks.last().note = QString(floorNote + QLatin1Char(' ') + checks.last().note).trimmed();
    }

    const QString battery = QStringLiteral("battery");
    if (f.battery.type == BatteryType::LeadAcid) {
        fromEntry("battery.ventilation", QStringLiteral("battery.ventilation"), battery,
                  Tr::tr("Ventilation for lead-acid batteries"),
                  f.battery.ventilated ? std::optional<double>(*f.battery.ventilated ? 1 : 0)
                                       : std::nullopt,
                  Tr::tr("lead-acid batteries give off hydrogen: the space must be ventilated"));
    } else if (f.battery.type == BatteryType::Lithium) {
        Check c = makeCheck(QStringLiteral("battery.lithium"), battery, Tr::tr("Lithium batteries"),
                            1, api::Limit{}, Tr::tr("lithium batteries: fire and toxic gas risk"),
                            api::LimitSource{QStringLiteral("Edge computing white paper"),
                                             QStringLiteral("1.3.3"), api::Confidence::Medium},
                            Tr::tr("The electrolyte is toxic and its reaction gases (CO, CO₂, H₂) "
                                   "ignite easily in air: check the battery management system, "
                                   "fire detection and suppression."));
        c.result = CheckResult::Warn;
        checks << c;
    }

    const auto source = [&](const SourceFacts &s, const char *key, const QString &id,
                            const QString &category, const QString &subject, const QString &rule) {
        const api::LimitEntry *e = limits.find(QLatin1String(key));
        if (!e)
            return;
        std::optional<double> value;
        if (s.present)
            value = *s.present ? 1 : 0;
        QString note = entryNote(*e);
        if (s.present && *s.present) {
            QString what = s.description.isEmpty() ? Tr::tr("A source") : s.description;
            note = (s.distanceM ? Tr::tr("%1 at %2 m.").arg(what, numberText(*s.distanceM))
                                : Tr::tr("%1, distance not given.").arg(what))
                   + QLatin1Char(' ') + note;
        }
        Check c = makeCheck(id, category, subject, value, e->limit, rule, e->source, note);
        // "Should keep away" (宜): a source present is a warning, not a failure.
        if (c.result == CheckResult::Fail)
            c.result = CheckResult::Warn;
        checks << c;
    };
    source(f.vibration, "vibration.sources", QStringLiteral("vibration.sources"),
           QStringLiteral("vibration"), Tr::tr("Strong vibration sources nearby"),
           Tr::tr("keep away from strong vibration sources"));
    source(f.emi, "emi.sources", QStringLiteral("emi.sources"), QStringLiteral("emi"),
           Tr::tr("Strong electromagnetic fields nearby"),
           Tr::tr("keep away from strong electromagnetic fields"));

    fromEntry("air.particles", QStringLiteral("air.particles"), QStringLiteral("air"),
              Tr::tr("Airborne particles ≥ 0.5 µm"), f.air.particlesPerM3,
              Tr::tr("fewer than 17 600 000 particles ≥ 0.5 µm per m³"));
    fromEntry("clearance.front", QStringLiteral("clearance.front"), QStringLiteral("clearance"),
              Tr::tr("Clearance in front of the cabinet"), f.clearance.frontMm,
              Tr::tr("enough room in front to service the equipment"));
    fromEntry("clearance.rear", QStringLiteral("clearance.rear"), QStringLiteral("clearance"),
              Tr::tr("Clearance behind the cabinet"), f.clearance.rearMm,
              Tr::tr("enough room behind to service the equipment"));
    return checks;
}

const QList<FactGroup> &siteFactGroups()
{
    static const QList<FactGroup> g = {
        {QT_TRANSLATE_NOOP("edge::survey", "Power"),
         0,
         {{"power.voltage_v", QT_TRANSLATE_NOOP("edge::survey", "Voltage"), "V", FactKind::Number},
          {"power.frequency_hz", QT_TRANSLATE_NOOP("edge::survey", "Frequency"), "Hz",
           FactKind::Number},
          {"power.phases", QT_TRANSLATE_NOOP("edge::survey", "Phases (1 or 3)"), nullptr,
           FactKind::Integer},
          {"power.feeds", QT_TRANSLATE_NOOP("edge::survey", "Independent feeds"), nullptr,
           FactKind::Integer},
          {"power.ups_autonomy_min", QT_TRANSLATE_NOOP("edge::survey", "UPS autonomy"), "min",
           FactKind::Number},
          {"power.required_phases", QT_TRANSLATE_NOOP("edge::survey", "Required phases"), nullptr,
           FactKind::Integer},
          {"power.required_feeds", QT_TRANSLATE_NOOP("edge::survey", "Required feeds"), nullptr,
           FactKind::Integer},
          {"power.required_ups_min", QT_TRANSLATE_NOOP("edge::survey", "Required UPS autonomy"),
           "min", FactKind::Number}}},
        {QT_TRANSLATE_NOOP("edge::survey", "Floor"),
         0,
         {{"floor.rated_kn_m2", QT_TRANSLATE_NOOP("edge::survey", "Rated floor load"), "kN/m²",
           FactKind::Number},
          {"floor.required_kn_m2", QT_TRANSLATE_NOOP("edge::survey", "Required floor load"),
           "kN/m²", FactKind::Number},
          {"floor.equipment_mass_kg", QT_TRANSLATE_NOOP("edge::survey", "Equipment mass"), "kg",
           FactKind::Number},
          {"floor.footprint_m2", QT_TRANSLATE_NOOP("edge::survey", "Footprint"), "m²",
           FactKind::Number}}},
        {QT_TRANSLATE_NOOP("edge::survey", "Air and clearance"),
         0,
         {{"air.particles_per_m3", QT_TRANSLATE_NOOP("edge::survey", "Particles ≥ 0.5 µm"), "/m³",
           FactKind::Number},
          {"clearance.front_mm", QT_TRANSLATE_NOOP("edge::survey", "Front clearance"), "mm",
           FactKind::Number},
          {"clearance.rear_mm", QT_TRANSLATE_NOOP("edge::survey", "Rear clearance"), "mm",
           FactKind::Number}}},
        {QT_TRANSLATE_NOOP("edge::survey", "Space"),
         1,
         {{"space.rack_depth_mm", QT_TRANSLATE_NOOP("edge::survey", "Rack depth"), "mm",
           FactKind::Number},
          {"space.equipment_depth_mm", QT_TRANSLATE_NOOP("edge::survey", "Equipment depth"), "mm",
           FactKind::Number},
          {"space.all_in_one", QT_TRANSLATE_NOOP("edge::survey", "All-in-one cabinet"), nullptr,
           FactKind::YesNo},
          {"space.cabinet_depth_mm", QT_TRANSLATE_NOOP("edge::survey", "Cabinet depth"), "mm",
           FactKind::Number},
          {"space.cabinet_height_u", QT_TRANSLATE_NOOP("edge::survey", "Cabinet height"), "U",
           FactKind::Number}}},
        {QT_TRANSLATE_NOOP("edge::survey", "Battery"),
         1,
         {{"battery.type", QT_TRANSLATE_NOOP("edge::survey", "Battery type"), nullptr,
           FactKind::Battery},
          {"battery.ventilated", QT_TRANSLATE_NOOP("edge::survey", "Battery room ventilated"),
           nullptr, FactKind::YesNo}}},
        {QT_TRANSLATE_NOOP("edge::survey", "Vibration sources"),
         1,
         {{"vibration.present", QT_TRANSLATE_NOOP("edge::survey", "Present"), nullptr,
           FactKind::YesNo},
          {"vibration.distance_m", QT_TRANSLATE_NOOP("edge::survey", "Distance"), "m",
           FactKind::Number},
          {"vibration.description", QT_TRANSLATE_NOOP("edge::survey", "What"), nullptr,
           FactKind::Text}}},
        {QT_TRANSLATE_NOOP("edge::survey", "Electromagnetic interference"),
         1,
         {{"emi.present", QT_TRANSLATE_NOOP("edge::survey", "Present"), nullptr, FactKind::YesNo},
          {"emi.distance_m", QT_TRANSLATE_NOOP("edge::survey", "Distance"), "m", FactKind::Number},
          {"emi.description", QT_TRANSLATE_NOOP("edge::survey", "What"), nullptr, FactKind::Text}}},
    };
    return g;
}

QString factText(const char *source) { return QCoreApplication::translate("edge::survey", source); }

} // namespace edge::survey
