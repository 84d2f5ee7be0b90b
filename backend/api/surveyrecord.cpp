#include "backend/api/surveyrecord.h"

#include "backend/api/recordfields.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <cmath>

namespace edge::api {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("edge::api", text); }

using recordfields::checkName;
using recordfields::integer;
using recordfields::invalid;
using recordfields::makeRecord;
using recordfields::real;
const auto str = recordfields::text;
const auto optText = recordfields::optionalText;
QVariant optTime(qint64 ms) { return ms > 0 ? QVariant(ms) : QVariant(); }
QVariant optReal(std::optional<double> v) { return v ? QVariant(*v) : QVariant(); }

} // namespace

QString surveyStatusName(SurveyStatus s)
{
    return s == SurveyStatus::Final ? QStringLiteral("final") : QStringLiteral("draft");
}

std::optional<SurveyStatus> surveyStatusFromName(const QString &name)
{
    if (name == u"draft")
        return SurveyStatus::Draft;
    if (name == u"final")
        return SurveyStatus::Final;
    return std::nullopt;
}

Record Survey::toRecord() const
{
    Record r = makeRecord(EntityKind::Survey, id, revision);
    r.fields[QStringLiteral("site_id")] = siteId;
    r.fields[QStringLiteral("name")] = name;
    r.fields[QStringLiteral("status")] = surveyStatusName(status);
    r.fields[QStringLiteral("author")] = optText(author);
    r.fields[QStringLiteral("started_at")] = optTime(startedAtMs);
    r.fields[QStringLiteral("finished_at")] = optTime(finishedAtMs);
    r.fields[QStringLiteral("site_class")] = optText(siteClass);
    r.fields[QStringLiteral("thermal_profile")] = optText(thermalProfile);
    r.fields[QStringLiteral("noise_zone")] = optText(noiseZone);
    r.fields[QStringLiteral("warn_margin")] = optReal(warnMargin);
    r.fields[QStringLiteral("latitude")] = optReal(latitude);
    r.fields[QStringLiteral("longitude")] = optReal(longitude);
    r.fields[QStringLiteral("notes")] = optText(notes);
    r.fields[QStringLiteral("demo")] = demo;
    return r;
}

Result<Survey> Survey::fromRecord(const Record &r)
{
    Survey v;
    v.id = r.id;
    v.revision = r.revision;
    v.siteId = str(r, "site_id");
    v.name = str(r, "name");
    const QString status = str(r, "status");
    const auto s = status.isEmpty() ? std::optional(SurveyStatus::Draft)
                                    : surveyStatusFromName(status);
    if (!s)
        return invalid(QStringLiteral("status"),
                       QCoreApplication::translate(
                           "edge::api", "Unknown survey status '%1'; use draft or final.")
                           .arg(status));
    v.status = *s;
    v.author = str(r, "author");
    v.startedAtMs = integer(r, "started_at");
    v.finishedAtMs = integer(r, "finished_at");
    v.siteClass = str(r, "site_class");
    v.thermalProfile = str(r, "thermal_profile");
    v.noiseZone = str(r, "noise_zone");
    v.warnMargin = real(r, "warn_margin");
    v.latitude = real(r, "latitude");
    v.longitude = real(r, "longitude");
    v.notes = str(r, "notes");
    v.demo = r.fields.value(QStringLiteral("demo")).toBool();
    return v;
}

Result<void> validate(const Survey &v)
{
    if (auto r = checkName(v.name); !r)
        return r;
    if (v.siteId.isEmpty())
        return invalid(QStringLiteral("site_id"), tr("A survey must belong to a site."));
    if (!v.siteClass.isEmpty() && v.siteClass != u"A" && v.siteClass != u"B" && v.siteClass != u"C")
        return invalid(QStringLiteral("site_class"),
                       tr("The GB 50174 class is A, B or C, not '%1'.").arg(v.siteClass));
    static const QStringList zones{QStringLiteral("0"), QStringLiteral("1"),  QStringLiteral("2"),
                                   QStringLiteral("3"), QStringLiteral("4a"), QStringLiteral("4b")};
    if (!v.noiseZone.isEmpty() && !zones.contains(v.noiseZone))
        return invalid(QStringLiteral("noise_zone"),
                       tr("The GB 3096-2008 zone class is 0, 1, 2, 3, 4a or 4b, not '%1'.")
                           .arg(v.noiseZone));
    if (v.warnMargin && (!std::isfinite(*v.warnMargin) || *v.warnMargin < 0))
        return invalid(QStringLiteral("warn_margin"), tr("The warn margin must be 0 or more."));
    if (v.latitude && (*v.latitude < -90 || *v.latitude > 90))
        return invalid(QStringLiteral("latitude"), tr("Latitude must be between -90 and 90."));
    if (v.longitude && (*v.longitude < -180 || *v.longitude > 180))
        return invalid(QStringLiteral("longitude"), tr("Longitude must be between -180 and 180."));
    if (v.latitude.has_value() != v.longitude.has_value())
        return invalid(v.latitude ? QStringLiteral("longitude") : QStringLiteral("latitude"),
                       tr("Give both latitude and longitude, or neither."));
    if (v.finishedAtMs > 0 && v.startedAtMs > 0 && v.finishedAtMs < v.startedAtMs)
        return invalid(QStringLiteral("finished_at"),
                       tr("The survey cannot finish before it started."));
    if (v.notes.size() > 20000)
        return invalid(QStringLiteral("notes"), tr("The notes are longer than 20,000 characters."));
    return {};
}

QString surveyItemKindName(SurveyItemKind k)
{
    switch (k) {
    case SurveyItemKind::Readings: return QStringLiteral("readings");
    case SurveyItemKind::Noise: return QStringLiteral("noise");
    case SurveyItemKind::Hazards: return QStringLiteral("hazards");
    case SurveyItemKind::Facts: return QStringLiteral("facts");
    case SurveyItemKind::Photo: return QStringLiteral("photo");
    case SurveyItemKind::Note: return QStringLiteral("note");
    case SurveyItemKind::Calibration: return QStringLiteral("calibration");
    }
    return QStringLiteral("note");
}

QList<SurveyItemKind> allSurveyItemKinds()
{
    return {SurveyItemKind::Readings,   SurveyItemKind::Noise, SurveyItemKind::Hazards,
            SurveyItemKind::Facts,      SurveyItemKind::Photo, SurveyItemKind::Note,
            SurveyItemKind::Calibration};
}

std::optional<SurveyItemKind> surveyItemKindFromName(const QString &name)
{
    for (SurveyItemKind k : allSurveyItemKinds()) {
        if (surveyItemKindName(k) == name)
            return k;
    }
    return std::nullopt;
}

Record SurveyItem::toRecord() const
{
    Record r = makeRecord(EntityKind::SurveyItem, id, revision);
    r.fields[QStringLiteral("survey_id")] = surveyId;
    r.fields[QStringLiteral("name")] = name;
    r.fields[QStringLiteral("kind")] = surveyItemKindName(kind);
    r.fields[QStringLiteral("author")] = optText(author);
    r.fields[QStringLiteral("taken_at")] = optTime(takenAtMs);
    r.fields[QStringLiteral("payload")] = optText(payload);
    r.fields[QStringLiteral("demo")] = demo;
    return r;
}

Result<SurveyItem> SurveyItem::fromRecord(const Record &r)
{
    SurveyItem v;
    v.id = r.id;
    v.revision = r.revision;
    v.surveyId = str(r, "survey_id");
    v.name = str(r, "name");
    const QString kind = str(r, "kind");
    const auto k = surveyItemKindFromName(kind);
    if (!k)
        return invalid(QStringLiteral("kind"),
                       QCoreApplication::translate(
                           "edge::api",
                           "Unknown survey item kind '%1'; use readings, noise, hazards, facts, "
                           "photo, note or calibration.")
                           .arg(kind));
    v.kind = *k;
    v.author = str(r, "author");
    v.takenAtMs = integer(r, "taken_at");
    v.payload = str(r, "payload");
    v.demo = r.fields.value(QStringLiteral("demo")).toBool();
    return v;
}

Result<void> validate(const SurveyItem &v)
{
    if (auto r = checkName(v.name); !r)
        return r;
    if (v.surveyId.isEmpty())
        return invalid(QStringLiteral("survey_id"), tr("A survey item must belong to a survey."));
    // Photos are kept by content hash (issue 5 moves the bytes); the payload stays small.
    if (v.payload.size() > 16 * 1024 * 1024)
        return invalid(QStringLiteral("payload"),
                       tr("The item is larger than 16 MiB; split the readings into several "
                          "items."));
    return {};
}

} // namespace edge::api
