#include "backend/survey/surveyevaluation.h"

#include "backend/geo/hazardfile.h"
#include "backend/survey/profiles.h"
#include "backend/survey/sitefacts.h"
#include "backend/survey/surveytr.h"
#include "backend/survey/thermalchecks.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cmath>

namespace edge::survey {

namespace {

api::Error badPayload(const QString &what)
{
    return api::Error{api::Code::BadInput,
                      QCoreApplication::translate(
                          "edge::survey",
                          "The stored item cannot be read: %1. Add the measurement again.")
                          .arg(what),
                      what, QStringLiteral("payload")};
}

api::Result<QJsonObject> objectOf(const QString &payload)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(payload.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::unexpected(badPayload(Tr::tr("not a JSON object")));
    return doc.object();
}

QString compact(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonValue optional(std::optional<double> v)
{
    return v && std::isfinite(*v) ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

std::optional<double> optionalOf(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? std::optional(v.toDouble()) : std::nullopt;
}

QString nightEventsName(acoustics::NightEvents e)
{
    switch (e) {
    case acoustics::NightEvents::None: return QStringLiteral("none");
    case acoustics::NightEvents::Frequent: return QStringLiteral("frequent");
    case acoustics::NightEvents::Occasional: return QStringLiteral("occasional");
    }
    return QStringLiteral("none");
}

} // namespace

QString readingsPayload(const QList<Reading> &readings)
{
    QJsonArray rows;
    for (const Reading &r : readings)
        rows.append(
            QJsonArray{double(r.timestampMs), r.temperatureC, optional(r.humidityRH), r.source});
    return compact(QJsonObject{{QStringLiteral("readings"), rows}});
}

api::Result<QList<Reading>> readingsFromPayload(const QString &payload)
{
    auto o = objectOf(payload);
    if (!o)
        return std::unexpected(o.error());
    const QJsonValue rows = o->value(QLatin1String("readings"));
    if (!rows.isArray())
        return std::unexpected(badPayload(Tr::tr("\"readings\" is not a list")));
    QList<Reading> out;
    out.reserve(rows.toArray().size());
    int index = 0;
    for (const QJsonValue &v : rows.toArray()) {
        ++index;
        const QJsonArray row = v.toArray();
        if (row.size() != 4 || !row.at(0).isDouble() || !row.at(1).isDouble())
            return std::unexpected(badPayload(Tr::tr("reading %1 is malformed").arg(index)));
        Reading r;
        r.timestampMs = qint64(row.at(0).toDouble());
        r.temperatureC = row.at(1).toDouble();
        if (row.at(2).isDouble())
            r.humidityRH = row.at(2).toDouble();
        r.source = row.at(3).toString();
        if (auto valid = validate(r); !valid)
            return std::unexpected(
                badPayload(Tr::tr("reading %1: %2").arg(index).arg(valid.error().message)));
        out.append(r);
    }
    std::stable_sort(out.begin(), out.end(), [](const Reading &a, const Reading &b) {
        return a.timestampMs < b.timestampMs;
    });
    return out;
}

QJsonObject levelsToJson(const acoustics::NoiseLevels &l, int decimals)
{
    const double scale = decimals >= 0 ? std::pow(10.0, decimals) : 0;
    auto level = [&](std::optional<double> v) {
        if (v && scale > 0)
            v = std::round(*v * scale) / scale;
        return optional(v);
    };
    QJsonObject
        o{{QStringLiteral("LAeq"), level(l.laeq)},      {QStringLiteral("LCeq"), level(l.lceq)},
          {QStringLiteral("LZeq"), level(l.lzeq)},      {QStringLiteral("LAFmax"), level(l.lafMax)},
          {QStringLiteral("LAFmin"), level(l.lafMin)},  {QStringLiteral("LASmax"), level(l.lasMax)},
          {QStringLiteral("LASmin"), level(l.lasMin)},  {QStringLiteral("LA10"), level(l.la10)},
          {QStringLiteral("LA90"), level(l.la90)},      {QStringLiteral("LCpeak"), level(l.lcpeak)},
          {QStringLiteral("unit"), l.unit()},           {QStringLiteral("duration_s"), l.durationS},
          {QStringLiteral("sample_rate"), l.sampleRate}};
    if (l.calibrationOffsetDb)
        o.insert(QStringLiteral("calibration_offset_db"), level(l.calibrationOffsetDb));
    return o;
}

QString noisePayload(const NoiseItem &item)
{
    return compact(QJsonObject{
        {QStringLiteral("levels"), levelsToJson(item.levels)},
        {QStringLiteral("period"), acoustics::periodName(item.period)},
        {QStringLiteral("night_events"), nightEventsName(item.nightEvents)},
        {QStringLiteral("near_building"), item.nearSensitiveBuilding},
        {QStringLiteral("machine_room"), item.machineRoom},
        {QStringLiteral("file"), item.file},
    });
}

api::Result<NoiseItem> noiseFromPayload(const QString &payload)
{
    auto o = objectOf(payload);
    if (!o)
        return std::unexpected(o.error());
    const QJsonObject l = o->value(QLatin1String("levels")).toObject();
    for (const char *key : {"LAeq", "LCeq", "LZeq", "LCpeak", "duration_s"}) {
        if (!l.value(QLatin1String(key)).isDouble())
            return std::unexpected(
                badPayload(Tr::tr("the level %1 is missing").arg(QLatin1String(key))));
    }
    NoiseItem item;
    item.levels.laeq = l.value(QLatin1String("LAeq")).toDouble();
    item.levels.lceq = l.value(QLatin1String("LCeq")).toDouble();
    item.levels.lzeq = l.value(QLatin1String("LZeq")).toDouble();
    item.levels.lcpeak = l.value(QLatin1String("LCpeak")).toDouble();
    item.levels.lafMax = optionalOf(l, "LAFmax");
    item.levels.lafMin = optionalOf(l, "LAFmin");
    item.levels.lasMax = optionalOf(l, "LASmax");
    item.levels.lasMin = optionalOf(l, "LASmin");
    item.levels.la10 = optionalOf(l, "LA10");
    item.levels.la90 = optionalOf(l, "LA90");
    item.levels.durationS = l.value(QLatin1String("duration_s")).toDouble();
    item.levels.sampleRate = l.value(QLatin1String("sample_rate")).toDouble();
    item.levels.calibrationOffsetDb = optionalOf(l, "calibration_offset_db");
    item.levels.calibrated = l.value(QLatin1String("unit")).toString() == u"dB";
    const auto period = acoustics::periodFromName(o->value(QLatin1String("period")).toString());
    if (!period)
        return std::unexpected(badPayload(Tr::tr("the period is neither day nor night")));
    item.period = *period;
    const auto events = acoustics::nightEventsFromName(
        o->value(QLatin1String("night_events")).toString(QStringLiteral("none")));
    if (!events)
        return std::unexpected(badPayload(Tr::tr("unknown night events")));
    item.nightEvents = *events;
    item.nearSensitiveBuilding = o->value(QLatin1String("near_building")).toBool();
    item.machineRoom = o->value(QLatin1String("machine_room")).toBool();
    item.file = o->value(QLatin1String("file")).toString();
    return item;
}

QString hazardsPayload(const QString &fileName, const QByteArray &content)
{
    const bool geojson = content.trimmed().startsWith('{');
    return compact(QJsonObject{
        {QStringLiteral("format"), geojson ? QStringLiteral("geojson") : QStringLiteral("csv")},
        {QStringLiteral("file"), fileName},
        {QStringLiteral("content"), QString::fromUtf8(content)},
    });
}

QString enteredHazardPayload(const QString &name, geo::HazardKind kind, const geo::GeoPoint &at)
{
    const QJsonObject feature{
        {QStringLiteral("type"), QStringLiteral("Feature")},
        {QStringLiteral("properties"),
         QJsonObject{{QStringLiteral("name"), name},
                     {QStringLiteral("kind"), geo::hazardKindName(kind)}}},
        {QStringLiteral("geometry"),
         QJsonObject{{QStringLiteral("type"), QStringLiteral("Point")},
                     {QStringLiteral("coordinates"), QJsonArray{at.lon, at.lat}}}},
    };
    const QJsonObject collection{{QStringLiteral("type"), QStringLiteral("FeatureCollection")},
                                 {QStringLiteral("features"), QJsonArray{feature}}};
    return hazardsPayload(QStringLiteral("entered"),
                          QJsonDocument(collection).toJson(QJsonDocument::Compact));
}

api::Result<QList<geo::Hazard>> hazardsFromPayload(const QString &payload)
{
    auto o = objectOf(payload);
    if (!o)
        return std::unexpected(o.error());
    const QString format = o->value(QLatin1String("format")).toString();
    const QString file = o->value(QLatin1String("file")).toString(QStringLiteral("hazards"));
    const QByteArray content = o->value(QLatin1String("content")).toString().toUtf8();
    if (format == u"geojson")
        return geo::parseHazardsGeoJson(content, file);
    if (format == u"csv")
        return geo::parseHazardsCsv(content, file);
    return std::unexpected(badPayload(Tr::tr("unknown hazard file format \"%1\"").arg(format)));
}

QString photoPayload(const PhotoItem &photo)
{
    QJsonObject o{
        {QStringLiteral("file"), photo.file},     {QStringLiteral("caption"), photo.caption},
        {QStringLiteral("sha256"), photo.sha256}, {QStringLiteral("width"), photo.width},
        {QStringLiteral("height"), photo.height},
    };
    if (photo.attachmentSha256.isEmpty()) {
        o.insert(QStringLiteral("jpeg"), QString::fromLatin1(photo.jpeg.toBase64()));
    } else {
        o.insert(QStringLiteral("attachment"),
                 QJsonObject{
                     {QStringLiteral("sha256"), photo.attachmentSha256},
                     {QStringLiteral("media_type"),
                      photo.mediaType.isEmpty() ? QStringLiteral("image/jpeg") : photo.mediaType},
                     {QStringLiteral("size"), double(photo.attachmentSize)},
                 });
    }
    if (!photo.thumbnail.isEmpty())
        o.insert(QStringLiteral("thumbnail"), QString::fromLatin1(photo.thumbnail.toBase64()));
    return compact(o);
}

api::Result<PhotoItem> photoFromPayload(const QString &payload)
{
    auto o = objectOf(payload);
    if (!o)
        return std::unexpected(o.error());
    PhotoItem p;
    p.file = o->value(QLatin1String("file")).toString();
    p.caption = o->value(QLatin1String("caption")).toString();
    p.sha256 = o->value(QLatin1String("sha256")).toString();
    p.width = o->value(QLatin1String("width")).toInt();
    p.height = o->value(QLatin1String("height")).toInt();
    const QJsonObject attachment = o->value(QLatin1String("attachment")).toObject();
    p.attachmentSha256 = attachment.value(QLatin1String("sha256")).toString().toLower();
    p.attachmentSize = qint64(attachment.value(QLatin1String("size")).toDouble());
    p.mediaType = attachment.value(QLatin1String("media_type")).toString();
    if (auto thumb = QByteArray::fromBase64Encoding(o->value(QLatin1String("thumbnail"))
                                                        .toString()
                                                        .toLatin1(),
                                                    QByteArray::AbortOnBase64DecodingErrors))
        p.thumbnail = std::move(thumb.decoded);
    if (!p.attachmentSha256.isEmpty())
        return p;
    auto decoded =
        QByteArray::fromBase64Encoding(o->value(QLatin1String("jpeg")).toString().toLatin1(),
                                       QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::unexpected(badPayload(Tr::tr("the photo has no image data")));
    p.jpeg = std::move(decoded.decoded);
    if (p.mediaType.isEmpty())
        p.mediaType = QStringLiteral("image/jpeg");
    return p;
}

api::Result<QByteArray> photoJpeg(const PhotoItem &photo, api::Attachments *attachments)
{
    if (photo.attachmentSha256.isEmpty())
        return photo.jpeg;
    if (!attachments)
        return api::fail(api::Code::NotFound,
                         Tr::tr("The photo %1 is stored as an attachment, which cannot be read "
                                "here.")
                             .arg(photo.file));
    auto bytes = attachments->attachment(photo.attachmentSha256);
    if (!bytes)
        return bytes;
    const QString digest = QString::fromLatin1(
        QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex());
    if (digest != photo.attachmentSha256)
        return api::fail(api::Code::ImageIntegrity,
                         Tr::tr("The photo %1 does not match its digest; it is damaged.")
                             .arg(photo.file));
    return bytes;
}

QString notePayload(const QString &text)
{
    return compact(QJsonObject{{QStringLiteral("text"), text}});
}

api::Result<QString> noteFromPayload(const QString &payload)
{
    auto o = objectOf(payload);
    if (!o)
        return std::unexpected(o.error());
    return o->value(QLatin1String("text")).toString();
}

std::optional<geo::GeoPoint> surveyPosition(const api::Survey &survey,
                                            std::optional<geo::GeoPoint> sitePosition)
{
    if (survey.latitude && survey.longitude)
        return geo::GeoPoint{*survey.latitude, *survey.longitude};
    return sitePosition;
}

SurveyEvaluation evaluateSurvey(const EvaluationInputs &in)
{
    SurveyEvaluation out;
    const api::Survey &survey = in.survey;
    const auto problem = [&](const api::SurveyItem &item, const QString &what) {
        out.problems << Tr::tr("%1: %2").arg(item.name, what);
    };

    // Items in the order they were taken (the newest facts item wins).
    QList<api::SurveyItem> items = in.items;
    std::stable_sort(items.begin(), items.end(),
                     [](const api::SurveyItem &a, const api::SurveyItem &b) {
                         return a.takenAtMs < b.takenAtMs;
                     });

    // The temperature and site-facts limits: parsed once, and only when readings or facts need them.
    std::optional<QList<api::LimitSet>> parsedSets;
    const auto thermalSets = [&]() -> const QList<api::LimitSet> & {
        if (!parsedSets)
            parsedSets = in.thermalSets.isEmpty() ? shippedLimitSets() : in.thermalSets;
        return *parsedSets;
    };

    QList<Reading> readings;
    QList<geo::Hazard> hazards;
    std::optional<api::SurveyItem> facts;
    QList<std::pair<api::SurveyItem, NoiseItem>> noise;
    for (const api::SurveyItem &item : std::as_const(items)) {
        switch (item.kind) {
        case api::SurveyItemKind::Readings: {
            auto r = readingsFromPayload(item.payload);
            if (r)
                readings += *r;
            else
                problem(item, r.error().message);
            break;
        }
        case api::SurveyItemKind::Noise: {
            auto n = noiseFromPayload(item.payload);
            if (n)
                noise.append({item, *n});
            else
                problem(item, n.error().message);
            break;
        }
        case api::SurveyItemKind::Hazards: {
            auto h = hazardsFromPayload(item.payload);
            if (h)
                hazards += *h;
            else
                problem(item, h.error().message);
            break;
        }
        case api::SurveyItemKind::Facts: facts = item; break;
        case api::SurveyItemKind::Photo:
        case api::SurveyItemKind::Note:
        case api::SurveyItemKind::Calibration: break;
        }
    }

    // Temperature and humidity.
    if (!readings.isEmpty()) {
        std::stable_sort(readings.begin(), readings.end(), [](const Reading &a, const Reading &b) {
            return a.timestampMs < b.timestampMs;
        });
        out.thermal = analyze(readings);
        const QString profileId = survey.thermalProfile.isEmpty()
                                      ? QStringLiteral("ashrae-2021-recommended")
                                      : survey.thermalProfile;
        if (auto profile = findSet(thermalSets(), profileId)) {
            ThermalCheckOptions options;
            options.temperatureMargin = survey.warnMargin;
            out.checks += thermalChecks(*out.thermal, *profile, options);
        } else {
            out.problems << Tr::tr("The temperature profile \"%1\" does not exist; choose one of "
                                   "'edgectl survey temperature --profile list'.")
                                .arg(profileId);
        }
    }

    // Noise: every measurement on its own, in its own conditions.
    if (!noise.isEmpty()) {
        QList<api::LimitSet> sets = in.noiseSets;
        if (sets.isEmpty()) {
            auto shipped = acoustics::shippedNoiseLimits();
            if (shipped)
                sets = *shipped;
            else
                out.problems << shipped.error().message;
        }
        for (const auto &[item, n] : std::as_const(noise)) {
            acoustics::NoiseCheckContext context;
            context.zone = survey.noiseZone;
            context.period = n.period;
            context.nightEvents = n.nightEvents;
            context.nearSensitiveBuilding = n.nearSensitiveBuilding;
            context.machineRoom = n.machineRoom;
            context.warnMarginDb = survey.warnMargin.value_or(0);
            auto checks = acoustics::noiseChecks(n.levels, context, sets);
            if (!checks) {
                problem(item, checks.error().message);
                continue;
            }
            for (api::Check c : std::as_const(*checks)) {
                // One id per check in a survey: the item names the measurement.
                c.id = item.name + QLatin1Char('/') + c.id;
                c.subject = Tr::tr("%1 (%2)").arg(c.subject, item.name);
                out.checks.append(c);
            }
        }
    }

    // Distances.
    if (!hazards.isEmpty()) {
        const auto position = surveyPosition(survey, in.sitePosition);
        if (!position) {
            out.problems << Tr::tr("The survey has hazards but no position: give the site or the "
                                   "survey a latitude and longitude.");
        } else {
            geo::SiteCheckOptions options;
            options.siteClass = geo::siteClassFromName(survey.siteClass).value_or(geo::SiteClass::A);
            options.userRules = in.userRules;
            out.hazards = geo::checkSite(*position, hazards, options);
            for (const geo::HazardCheck &h : std::as_const(out.hazards))
                out.checks.append(h.check);
        }
    }

    // Other site facts: the newest facts item.
    if (facts) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(facts->payload.toUtf8(), &error);
        auto parsed = doc.isObject() ? siteFactsFromJson(doc.object())
                                     : api::Result<SiteFacts>(
                                         std::unexpected(badPayload(Tr::tr("not a JSON object"))));
        const auto limits = findSet(thermalSets(), QLatin1String(kSiteFactsSetId));
        if (!parsed)
            problem(*facts, parsed.error().message);
        else if (limits)
            out.checks += siteFactChecks(*parsed, *limits);
    }

    out.summary = api::summarize(out.checks);
    return out;
}

} // namespace edge::survey
