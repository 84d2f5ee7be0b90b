#pragma once

// Site surveys as entities (issue 4): a Survey belongs to a site; its measurements are SurveyItems
// (readings, noise measurements, hazards, site facts, photos, notes), append-only, each one record
// whose payload is the JSON its analyser reads. Both travel, are stored and are logged as Records
// like every other entity, so they sync (issue 5) and edgectl/console handle them generically.

#include "backend/api/inventorytypes.h"

namespace edge::api {

// ---- Survey ----------------------------------------------------------------------------------
enum class SurveyStatus { Draft, Final };
QString surveyStatusName(SurveyStatus s); // "draft", "final"
std::optional<SurveyStatus> surveyStatusFromName(const QString &name);

struct Survey {
    QString id;
    qint64 revision = 0;
    QString siteId;
    QString name; // unique within the site
    SurveyStatus status = SurveyStatus::Draft;
    QString author;
    qint64 startedAtMs = 0;  // 0: not set
    qint64 finishedAtMs = 0; // 0: not finished
    QString siteClass;       // GB 50174-2017 class of the planned installation: "A", "B", "C"
    QString thermalProfile;  // limit set id, e.g. "ashrae-2021-recommended"
    QString noiseZone;       // GB 3096-2008 zone class: "0", "1", "2", "3", "4a", "4b"
    std::optional<double> warnMargin;
    std::optional<double> latitude; // survey position when it differs from the site's
    std::optional<double> longitude;
    QString notes;
    bool demo = false;

    Record toRecord() const;
    static Result<Survey> fromRecord(const Record &r);
};
Result<void> validate(const Survey &v);

// ---- SurveyItem ------------------------------------------------------------------------------
enum class SurveyItemKind { Readings, Noise, Hazards, Facts, Photo, Note, Calibration };
QString surveyItemKindName(SurveyItemKind k); // "readings", "noise", "hazards", "facts", ...
std::optional<SurveyItemKind> surveyItemKindFromName(const QString &name);
QList<SurveyItemKind> allSurveyItemKinds();

struct SurveyItem {
    QString id;
    qint64 revision = 0;
    QString surveyId;
    QString name; // unique within the survey, e.g. "readings 1", "noise boundary night"
    SurveyItemKind kind = SurveyItemKind::Note;
    QString author;
    qint64 takenAtMs = 0;
    QString payload; // JSON text; its shape belongs to the kind's analyser
    bool demo = false;

    Record toRecord() const;
    static Result<SurveyItem> fromRecord(const Record &r);
};
Result<void> validate(const SurveyItem &v);

template<>
constexpr EntityKind kindOf<Survey>()
{
    return EntityKind::Survey;
}
template<>
constexpr EntityKind kindOf<SurveyItem>()
{
    return EntityKind::SurveyItem;
}

} // namespace edge::api
