#pragma once

// The limit sets the survey checks against (issue 4), as data: limits/*.json compiled in as the Qt
// resource :/survey/limits (format: backend/api/limitset.h). Thermal profiles have category
// "temperature" and the entry keys "drybulb" (°C), "dewpoint" (°C), "rh" (%RH), "rate.hour"
// (°C/h) and "change.15min" (°C), each optional; the site-facts set ("site-facts") has the keys
// sitefacts.h uses. A user's file of sets overrides a shipped set of the same id when its version
// is at least as high (api::mergeLimitSets).

#include "backend/api/limitset.h"

#include <optional>

namespace edge::survey {

inline constexpr auto kSiteFactsSetId = "site-facts";

// Every shipped set, thermal profiles first in a stable order (ASHRAE recommended, A1-A4,
// GB 50174-2017, TIA-942, YD/T 2441-2013, white-paper claims), then the site-facts set.
QList<api::LimitSet> shippedLimitSets();

// Only the thermal profiles (category "temperature") of `sets`.
QList<api::LimitSet> thermalProfiles(const QList<api::LimitSet> &sets);

// Reads and parses a user's limit file; its errors (Code::BadInput naming file, line/column or set
// and entry) are returned as they are.
api::Result<QList<api::LimitSet>> loadLimitSetFile(const QString &path);

// The shipped sets merged with the overrides in `overridePath` (none when empty).
api::Result<QList<api::LimitSet>> limitSets(const QString &overridePath = {});

// The set with this id (a copy), or nullopt.
std::optional<api::LimitSet> findSet(const QList<api::LimitSet> &sets, const QString &id);

} // namespace edge::survey
