#pragma once

// Other site facts of a survey (issue 4, "Other site facts"): typed, validated, each yielding
// api::Check values against the "site-facts" limit set (limits/site-facts.json) and the site's own
// requirements. Every field is optional: a fact not given yields a not-measured check (or none,
// where the fact does not apply, e.g. cabinet size when it is not an all-in-one cabinet).
//
// Checks (id: value against limit):
//   power.voltage, power.frequency        measured supply vs 220 V ±15 %, 50 ±3 Hz (white paper 1.1.2)
//   power.phases, power.feeds             phases / independent feeds vs the equipment's requirement
//   power.ups-autonomy                    UPS autonomy (min) vs the required minimum
//   space.rack-depth                      equipment depth vs the rack's depth (600 or 800 mm)
//   space.cabinet-depth, -height          all-in-one cabinet <= 600 mm, <= 24U (white paper 1.1.2)
//   floor.load                            rated floor load vs required (kN/m²; from mass/footprint)
//   battery.ventilation                   lead-acid: ventilated (hydrogen); lithium: fire-risk warn
//   vibration.sources, emi.sources        strong sources nearby: warn (GB 50174-2017 4.1.1)
//   air.particles                         particles >= 0.5 µm per m³ (GB 50174-2017 5.1.2)
//   clearance.front, clearance.rear       service clearance (mm)
// A requirement given in the facts wins over the limit set's entry of the same key
// ("power.phases", "power.feeds", "power.ups.autonomy", "floor.load" may be added by the user).

#include "backend/api/limitset.h"

#include <QJsonObject>

#include <optional>

namespace edge::survey {

struct PowerFacts {
    std::optional<double> voltageV;
    std::optional<double> frequencyHz;
    std::optional<int> phases; // 1 or 3
    std::optional<int> feeds;  // independent supplies
    std::optional<double> upsAutonomyMin;
    std::optional<int> requiredPhases;
    std::optional<int> requiredFeeds;
    std::optional<double> requiredUpsMin;
};

struct SpaceFacts {
    std::optional<double> rackDepthMm;      // the site's rack (typically 600 or 800 mm)
    std::optional<double> equipmentDepthMm; // what goes into it
    bool allInOneCabinet = false;
    std::optional<double> cabinetDepthMm;
    std::optional<double> cabinetHeightU;
};

struct FloorFacts {
    std::optional<double> ratedKnPerM2;
    std::optional<double> requiredKnPerM2;
    std::optional<double> equipmentMassKg; // with footprintM2: required = mass * g / area
    std::optional<double> footprintM2;
};

enum class BatteryType { None, LeadAcid, Lithium, Other };
QString batteryTypeName(BatteryType t); // "none", "lead-acid", "lithium", "other"
std::optional<BatteryType> batteryTypeFromName(const QString &name);

struct BatteryFacts {
    std::optional<BatteryType> type;
    std::optional<bool> ventilated;
};

// A vibration or EMI source near the site.
struct SourceFacts {
    std::optional<bool> present;
    std::optional<double> distanceM;
    QString description; // "railway", "substation", ...
};

struct AirFacts {
    std::optional<double> particlesPerM3; // >= 0.5 µm
};

struct ClearanceFacts {
    std::optional<double> frontMm;
    std::optional<double> rearMm;
};

struct SiteFacts {
    PowerFacts power;
    SpaceFacts space;
    FloorFacts floor;
    BatteryFacts battery;
    SourceFacts vibration;
    SourceFacts emi;
    AirFacts air;
    ClearanceFacts clearance;
};

// Code::Validation naming the field as in the JSON form ("power.voltage_v", "space.rack_depth_mm").
api::Result<void> validate(const SiteFacts &facts);

// The JSON form (a survey item's payload): {"power": {"voltage_v": 221, "frequency_hz": 50,
// "phases": 1, "feeds": 2, "ups_autonomy_min": 30, "required_phases": 1, "required_feeds": 2,
// "required_ups_min": 15}, "space": {"rack_depth_mm": 600, "equipment_depth_mm": 550,
// "all_in_one": true, "cabinet_depth_mm": 600, "cabinet_height_u": 24}, "floor": {"rated_kn_m2": 8,
// "required_kn_m2": 6, "equipment_mass_kg": 400, "footprint_m2": 0.36}, "battery": {"type":
// "lead-acid", "ventilated": true}, "vibration": {"present": true, "distance_m": 60,
// "description": "railway"}, "emi": {...}, "air": {"particles_per_m3": 1.2e7}, "clearance":
// {"front_mm": 1000, "rear_mm": 800}}. Unknown keys are refused (a typo must not drop a fact);
// errors are Code::Validation naming the field. The result is validated.
api::Result<SiteFacts> siteFactsFromJson(const QJsonObject &json);
QJsonObject toJson(const SiteFacts &facts);

QList<api::Check> siteFactChecks(const SiteFacts &facts, const api::LimitSet &limits);

// The site facts as a form and a report section: groups of fields keyed by their JSON name
// ("power.voltage_v", so a validation error's field names the row). Titles and labels are
// QT_TRANSLATE_NOOP texts of the context "edge::survey": show them with factText().
enum class FactKind { Number, Integer, Text, YesNo, Battery };
struct FactField {
    const char *key;
    const char *label;
    const char *unit; // shown after the value; nullptr: none
    FactKind kind;
};
struct FactGroup {
    const char *title;
    int column; // of a two-column form
    QList<FactField> fields;
};
const QList<FactGroup> &siteFactGroups();
QString factText(const char *source);

} // namespace edge::survey
