#pragma once

// A whole survey's checks (issue 4): the survey record, its site's position and its items in,
// every check out. One place turns stored items into checks, so edgectl, the console and the
// report show the same verdict. Items are append-only: readings of all readings items are one
// series, hazards of all hazards items one list, the newest facts item counts, and every noise
// item is checked on its own.
//
// Item payloads (JSON, written by the helpers below, read back here):
//   readings  {"readings": [[timeMs, temperatureC, humidityRH|null, "source"], ...]}
//   noise     {"levels": {LAeq, LCeq, LZeq, LAFmax, LAFmin, LASmax, LASmin, LA10, LA90, LCpeak,
//              unit, duration_s, sample_rate, calibration_offset_db}, "period": "day"|"night",
//              "night_events": "none"|"frequent"|"occasional", "near_building": bool,
//              "machine_room": bool, "file": "name.wav"}
//   hazards   {"format": "csv"|"geojson", "file": "name", "content": "<the file's text>"}
//   facts     the JSON of survey::toJson(SiteFacts)
//   photo     {"file": "name.jpg", "caption": "...", "sha256": "<hex of the original file>",
//              "width": px, "height": px,
//              "attachment": {"sha256": "<hex of the JPEG>", "media_type": "image/jpeg",
//                             "size": bytes},
//              "thumbnail": "<base64 of a small JPEG, at most 240 px>"}
//              The print-size JPEG (at most 1600 px) is an attachment (issue 5, api::Attachments:
//              content-addressed, synced in chunks); payloads written before carry it inline as
//              "jpeg": "<base64>" instead of "attachment", and still read.
//   note      {"text": "..."}

#include "backend/acoustics/noiseanalyzer.h"
#include "backend/acoustics/noisechecks.h"
#include "backend/api/surveyrecord.h"
#include "backend/api/syncstore.h"
#include "backend/geo/geodesy.h"
#include "backend/geo/siterules.h"
#include "backend/survey/reading.h"
#include "backend/survey/thermalanalysis.h"

#include <QJsonObject>

namespace edge::survey {

struct NoiseItem {
    acoustics::NoiseLevels levels; // the series is not stored
    acoustics::Period period = acoustics::Period::Day;
    acoustics::NightEvents nightEvents = acoustics::NightEvents::None;
    bool nearSensitiveBuilding = false;
    bool machineRoom = false;
    QString file;
};

QString readingsPayload(const QList<Reading> &readings);
api::Result<QList<Reading>> readingsFromPayload(const QString &payload);
QString noisePayload(const NoiseItem &item);
api::Result<NoiseItem> noiseFromPayload(const QString &payload);
// The levels as stored and as edgectl prints them (keys LAeq, ... as in the scripting
// interface); `decimals` >= 0 rounds the levels for people and scripts (the payload keeps all).
QJsonObject levelsToJson(const acoustics::NoiseLevels &levels, int decimals = -1);
QString hazardsPayload(const QString &fileName, const QByteArray &content);
api::Result<QList<geo::Hazard>> hazardsFromPayload(const QString &payload);
// One hazard entered by hand (a point), stored as a one-feature GeoJSON hazards payload.
QString enteredHazardPayload(const QString &name, geo::HazardKind kind, const geo::GeoPoint &at);

struct PhotoItem {
    QString file;
    QString caption;
    QString sha256; // of the original file, lower-case hex
    int width = 0;  // of the stored JPEG
    int height = 0;
    QByteArray jpeg;          // inline (payloads before issue 5, or before it is attached)
    QString attachmentSha256; // the JPEG as an attachment (lower-case hex); empty: inline
    qint64 attachmentSize = 0;
    QString mediaType;    // of the attachment, "image/jpeg"
    QByteArray thumbnail; // a small JPEG for lists; may be empty
};
// With attachmentSha256 set the JPEG bytes stay out of the payload (attachment + thumbnail);
// without, they are stored inline as before.
QString photoPayload(const PhotoItem &photo);
api::Result<PhotoItem> photoFromPayload(const QString &payload);
// The print-size JPEG: inline, or read through `attachments` and checked against its sha256.
// NotFound when it is an attachment and `attachments` is null or does not hold it (yet).
api::Result<QByteArray> photoJpeg(const PhotoItem &photo, api::Attachments *attachments);
QString notePayload(const QString &text);
api::Result<QString> noteFromPayload(const QString &payload);

struct SurveyEvaluation {
    QList<api::Check> checks;
    api::CheckSummary summary;
    std::optional<ThermalSummary> thermal; // when there are readings
    QList<geo::HazardCheck> hazards;       // nearest first
    // Items that could not be read or checked, for people: "noise boundary: ...". Never silent.
    QStringList problems;
};

struct EvaluationInputs {
    api::Survey survey;
    std::optional<geo::GeoPoint> sitePosition; // the site's coordinates, when it has them
    QList<api::SurveyItem> items;
    QList<api::LimitSet> thermalSets;   // empty: the shipped ones
    QList<api::LimitSet> noiseSets;     // empty: the shipped ones
    QList<geo::DistanceRule> userRules; // the user's distance rules, if any
};

SurveyEvaluation evaluateSurvey(const EvaluationInputs &inputs);

// The survey's position: its own coordinates, else the site's.
std::optional<geo::GeoPoint> surveyPosition(const api::Survey &survey,
                                            std::optional<geo::GeoPoint> sitePosition);

} // namespace edge::survey
