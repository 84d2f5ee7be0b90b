#pragma once

// Every limit set a survey is checked against (issue 4), shipped and the user's: the shipped sets
// of backend/survey (temperature profiles, site facts), backend/acoustics (noise) and backend/geo
// (distances), and the user's versions stored as LimitSet records in the inventory (embedded hub
// or remote, so they sync). The newest version of a set id wins; a user's version wins over the
// shipped set of that id when it is at least as new (api::mergeLimitSets).

#include "backend/api/inventory.h"
#include "backend/api/limitsetrecord.h"
#include "backend/geo/siterules.h"

#include <optional>

namespace edge::survey {

// Where a set is used, from its category: "temperature" and "site" feed the temperature and
// site-facts checks, "noise" the noise checks, "distance" the distance rules.
enum class LimitDomain { Thermal, SiteFacts, Noise, Distance, Other };
LimitDomain limitDomainOf(const api::LimitSet &set);

// Every shipped set: thermal profiles and site facts, then noise, then distances. Never fails for
// a correct build (a broken resource is logged and left out).
QList<api::LimitSet> allShippedLimitSets();
std::optional<api::LimitSet> shippedLimitSet(const QString &id);

// Every stored version of every set (all pages), oldest version first per set id.
api::Result<QList<api::LimitSetRecord>> loadLimitSetRecords(api::Inventory &inventory);

// The newest stored version of each set id (records whose JSON does not parse are skipped and
// named in `problems` when given).
QList<api::LimitSet> newestUserSets(const QList<api::LimitSetRecord> &records,
                                    QStringList *problems = nullptr);

// The version a new user version of `setId` must exceed: the highest of the shipped set's and
// every stored version's (0 when neither exists).
int currentLimitSetVersion(const QString &setId, const QList<api::LimitSetRecord> &records);

// Stores `set` as a new version (the set's own version). Refuses (Code::Conflict, a message for
// people) a version not newer than the current one; validation errors name line/column.
api::Result<api::LimitSetRecord> storeLimitSetVersion(api::Inventory &inventory,
                                                      const api::LimitSet &set,
                                                      const QString &author,
                                                      const QString &notes = {});

// What evaluateSurvey() takes: empty lists mean "the shipped ones".
struct EffectiveLimits {
    QList<api::LimitSet> thermalSets; // temperature profiles and site facts, merged
    QList<api::LimitSet> noiseSets;   // merged
    QList<geo::DistanceRule> userRules;
    QStringList problems; // user sets that could not be used, for people
};

// The shipped sets merged with the user's newest versions. Reading the records fails softly: a
// hub that does not know limit sets yet gives the shipped sets and a problem line.
EffectiveLimits effectiveLimits(api::Inventory &inventory);
EffectiveLimits effectiveLimits(const QList<api::LimitSetRecord> &records);

} // namespace edge::survey
