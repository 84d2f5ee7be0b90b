#pragma once

// Noise limit checks (issue 4): api::Check values from measured levels and where/when they were
// measured. The limits are data: limit sets shipped as JSON (limits/*.json, compiled in as the Qt
// resource :/acoustics/limits/), parsed with api::parseLimitSets; a user's edited copy can be
// passed instead.
//
// Set ids and keys used:
//   gb3096-2008:   zone{0,1,2,3,4a,4b}.{day,night}, night.sudden-allowance
//   gb12348-2008:  zone{0,1,2,3,4}.{day,night}, night.frequent-allowance,
//                  night.occasional-allowance, near-building.reduction
//   gb50174-machine-room-noise: machine-room.2008 (HIGH), machine-room.2017 (LOW, unverified)

#include "backend/acoustics/noiseanalyzer.h"
#include "backend/api/limitset.h"
#include "backend/api/survey.h"

namespace edge::acoustics {

enum class Period { Day, Night };
enum class NightEvents {
    None,       // no Lmax check
    Frequent,   // 频发: GB 12348 allows Lmax up to the night limit + 10 dB(A)
    Occasional, // 偶发/突发: GB 12348 and GB 3096 allow Lmax up to the night limit + 15 dB(A)
};

std::optional<Period> periodFromName(const QString &name); // "day", "night"
std::optional<NightEvents> nightEventsFromName(
    const QString &name); // "none", "frequent", "occasional"
QString periodName(Period period);

struct NoiseCheckContext {
    QString zone; // GB 3096-2008 zone class: "0", "1", "2", "3", "4a", "4b"; empty: no zone checks
    Period period = Period::Day;
    NightEvents nightEvents = NightEvents::None; // night only
    // GB 12348-2008 Table 1 note 4: the boundary is less than 1 m from a noise-sensitive building,
    // so the measurement was taken inside it and the limit is 10 dB(A) lower. The GB 3096
    // (outdoor environment) check is then not made.
    bool nearSensitiveBuilding = false;
    bool machineRoom = false; // GB 50174 in-room limits
    double warnMarginDb = 0;  // Warn when within this much of a limit
};

// "4A" -> "4a"; Code::Validation (field "zone") for anything else than 0, 1, 2, 3, 4a, 4b.
api::Result<QString> normalizeZone(const QString &zone);

// The limit sets shipped in the resource :/acoustics/limits/.
api::Result<QList<api::LimitSet>> shippedNoiseLimits();

// The checks for `levels` in `context`, limits from `sets` (shippedNoiseLimits() or the user's).
// An uncalibrated measurement (unit dBFS) gives NotMeasured checks whose note says to calibrate.
// Code::Validation for a bad zone; Code::NotFound when a set or entry is missing.
api::Result<QList<api::Check>> noiseChecks(const NoiseLevels &levels,
                                           const NoiseCheckContext &context,
                                           const QList<api::LimitSet> &sets);

} // namespace edge::acoustics
