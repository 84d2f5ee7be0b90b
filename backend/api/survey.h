#pragma once

// Site survey checks (issue 4): one shape for every check a survey yields, whatever measured it
// (temperature profiles, noise limits, distance rules, power/space facts). The analysers in
// backend/acoustics and backend/survey produce these; the store keeps them, the console and the
// report show them, edgectl prints them (--json keys are the field names below).

#include "backend/api/error.h"

#include <QList>
#include <QString>

#include <optional>

namespace edge::api {

enum class CheckResult {
    Pass,        // inside the limit with at least the warn margin to spare
    Warn,        // inside the limit but within the warn margin of it
    Fail,        // outside the limit
    NotMeasured, // no value (yet): never counted as a pass
};

QString checkResultName(CheckResult result); // "pass", "warn", "fail", "not-measured"
std::optional<CheckResult> checkResultFromName(const QString &name);

// How sure the reference tables are of a limit (../shared/reference/standards: HIGH, MEDIUM, LOW).
// Low means unverified: the UI and the report mark such a limit, and it is editable.
enum class Confidence { High, Medium, Low };

QString confidenceName(Confidence confidence); // "high", "medium", "low"
std::optional<Confidence> confidenceFromName(const QString &name);

// Where a limit comes from.
struct LimitSource {
    QString standard; // "GB 50174-2017", "ASHRAE TC 9.9 2021", "GB 3096-2008", "user rule"
    QString clause;   // "附录A", "Table 2.1", "Table 1 note 2"; may be empty
    Confidence confidence = Confidence::High;
    bool verified() const { return confidence != Confidence::Low; }
};

// A numeric limit: value must lie in [min, max] (either side optional), both inclusive.
// `warnMargin` (in the value's unit, >= 0) turns a value inside the limit but closer than the
// margin to a bound into Warn.
struct Limit {
    std::optional<double> min;
    std::optional<double> max;
    QString unit;          // "°C", "%RH", "dB(A)", "m", "V", "Hz", "mm", "U", "min", ...
    double warnMargin = 0; // same unit as the value

    // "18–27 °C", "≤ 45 dB(A)", "≥ 800 m" (no translation needed: numbers and units only).
    QString text() const;
};

// Pass, Warn or Fail for a value against a limit; NotMeasured for no value.
CheckResult evaluate(std::optional<double> value, const Limit &limit);

struct Check {
    QString id;       // stable key, e.g. "temperature.inlet", "noise.boundary.night",
                      // "distance.railway"; one id per check in a survey
    QString category; // "temperature", "humidity", "noise", "distance", "power", "space",
                      // "floor", "battery", "vibration", "emi", "air", "clearance"
    QString subject;  // what was measured, for people: "Inlet temperature (max of 48 readings)"
    std::optional<double> value;
    Limit limit;
    QString rule; // the rule in words: "inlet dry-bulb within the recommended range"
    LimitSource source;
    CheckResult result = CheckResult::NotMeasured;
    QString note; // why it failed / what to do / measurement conditions
};

// Counts of each result and the overall verdict: Fail if any check failed, else Warn if any
// warned or was not measured, else Pass (an empty list is NotMeasured).
struct CheckSummary {
    int pass = 0;
    int warn = 0;
    int fail = 0;
    int notMeasured = 0;
    CheckResult verdict = CheckResult::NotMeasured;
};
CheckSummary summarize(const QList<Check> &checks);

} // namespace edge::api
