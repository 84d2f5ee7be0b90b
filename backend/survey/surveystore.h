#pragma once

// A survey as the console, edgectl and the report read and extend it, over api::Inventory (the
// embedded hub or a remote one): the survey with its site and all its items in one call, and one
// way to add an item (a fresh name, the final-survey rule, the author). One place, so every
// front end behaves the same.

#include "backend/api/inventory.h"
#include "backend/api/surveyrecord.h"
#include "backend/survey/surveyevaluation.h"

namespace edge::survey {

struct SurveyData {
    api::Survey survey;
    std::optional<api::Site> site; // absent when the site record cannot be read
    QList<api::SurveyItem> items;  // oldest first (by taken_at, then name)
    // The limits the survey is checked against: the shipped sets merged with the user's newest
    // stored versions (survey/userlimits.h). Empty lists mean the shipped ones.
    QList<api::LimitSet> thermalSets; // temperature profiles and site facts
    QList<api::LimitSet> noiseSets;
    QList<geo::DistanceRule> userRules;
    QStringList limitProblems; // user limit sets that could not be used (shown as problems)

    // The site's coordinates, when it has them.
    std::optional<geo::GeoPoint> sitePosition() const;
    // evaluateSurvey() over this survey with the limit sets above (the shipped ones when empty).
    SurveyEvaluation evaluate() const;
    QList<api::SurveyItem> itemsOfKind(api::SurveyItemKind kind) const;
};

// Loads the survey `surveyId` (an id, not a name), its site, every item (all pages) and the
// user's limit sets (a hub that cannot list them gives the shipped ones and a limitProblems line).
api::Result<SurveyData> loadSurvey(api::Inventory &inventory, const QString &surveyId);

// A name no other item of `items` has: "<base> 1", "<base> 2", ...
QString freshItemName(const QList<api::SurveyItem> &items, const QString &base);

struct NewItem {
    api::SurveyItemKind kind = api::SurveyItemKind::Note;
    QString payload;
    QString name;         // empty: freshItemName(items, kind name)
    QString author;       // who took it
    qint64 takenAtMs = 0; // 0: now
};

// Adds an item to the survey. Refuses (FailedPrecondition, a message for people) when the survey
// is final; validation errors name the field.
api::Result<api::SurveyItem> addSurveyItem(api::Inventory &inventory, const api::Survey &survey,
                                           const NewItem &item);

} // namespace edge::survey
