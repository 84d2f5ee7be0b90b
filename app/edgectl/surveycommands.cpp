// Building a site survey from the command line (issue 4): `survey create`, `survey add-readings`,
// `survey add-noise`, `survey add-hazards`, `survey add-facts` and `survey show` (the survey, its
// items and every check with its verdict). The analysis itself lives in backend/survey,
// backend/acoustics and backend/geo; this file only reads files, stores items and prints.
#include "app/edgectl/checkoutput.h"
#include "app/edgectl/command.h"
#include "app/edgectl/surveyargs.h"
#include "app/edgectl/tr.h"
#include "backend/acoustics/calibration.h"
#include "backend/acoustics/noisefile.h"
#include "backend/api/inventory.h"
#include "backend/api/limitset.h"
#include "backend/geo/geodesy.h"
#include "backend/geo/hazardfile.h"
#include "backend/survey/readingscsv.h"
#include "backend/survey/sitefacts.h"
#include "backend/survey/surveyevaluation.h"
#include "backend/survey/surveystore.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <cmath>
#include <cstdlib>

namespace edge::edgectl {

namespace {

using api::Code;
using api::Error;
using api::Result;

qint64 nowMs() { return QDateTime::currentMSecsSinceEpoch(); }

QString orDash(const QString &s) { return s.isEmpty() ? QStringLiteral("—") : s; }

Result<QByteArray> readFile(const QString &path, qint64 maxBytes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return api::fail(Code::BadInput, Tr::tr("%1 cannot be read: %2").arg(path, f.errorString()));
    if (f.size() > maxBytes)
        return api::fail(Code::BadInput,
                         Tr::tr("%1 is larger than %2 MiB.").arg(path).arg(maxBytes >> 20));
    return f.readAll();
}

int runCreate(Context &ctx)
{
    Connection *conn = ctx.connect();
    if (!conn)
        return ctx.exitCode();
    api::Inventory &inv = conn->inventory();
    auto site = inv.resolve(api::EntityKind::Site, ctx.args.value(QStringLiteral("site")));
    if (!site) {
        Error e = site.error();
        e.field = QStringLiteral("--site");
        return ctx.fail(e);
    }
    api::Survey s;
    s.siteId = site->id;
    s.name = ctx.args.has(QStringLiteral("name"))
                 ? ctx.args.value(QStringLiteral("name"))
                 : Tr::tr("Survey %1").arg(QDate::currentDate().toString(Qt::ISODate));
    s.author = ctx.args.has(QStringLiteral("author")) ? ctx.args.value(QStringLiteral("author"))
                                                      : currentUser(*conn);
    s.startedAtMs = nowMs();
    s.siteClass = ctx.args.value(QStringLiteral("class")).toUpper();
    s.noiseZone = ctx.args.value(QStringLiteral("zone")).toLower();
    s.thermalProfile = ctx.args.value(QStringLiteral("profile"));
    if (ctx.args.has(QStringLiteral("margin"))) {
        bool ok = false;
        s.warnMargin = ctx.args.value(QStringLiteral("margin")).toDouble(&ok);
        if (!ok)
            return ctx.usage(Tr::tr("--margin needs a number"), QStringLiteral("margin"));
    }
    if (auto valid = api::validate(s); !valid) {
        Error e = valid.error();
        static const QHash<QString, QString> options{{QStringLiteral("site_class"),
                                                      QStringLiteral("--class")},
                                                     {QStringLiteral("noise_zone"),
                                                      QStringLiteral("--zone")},
                                                     {QStringLiteral("warn_margin"),
                                                      QStringLiteral("--margin")}};
        e.field = options.value(e.field, e.field);
        return ctx.fail(e);
    }
    auto created = inv.create(s.toRecord());
    if (!created)
        return ctx.fail(created.error());
    if (ctx.out.json())
        ctx.out.jsonOut(recordToJson(*created));
    else
        ctx.out.out(Tr::tr("Created the survey '%1' of the site '%2' (id %3).")
                        .arg(s.name, site->name(), created->id));
    return 0;
}

int runAddReadings(Context &ctx)
{
    survey::ReadingsCsvOptions options;
    if (ctx.args.has(QStringLiteral("utc-offset"))) {
        bool ok = false;
        const double hours = ctx.args.value(QStringLiteral("utc-offset")).toDouble(&ok);
        if (!ok || hours < -14 || hours > 14)
            return ctx.usage(Tr::tr("--utc-offset is hours from UTC, e.g. 8 for China"),
                             QStringLiteral("utc-offset"));
        options.utcOffsetSeconds = int(hours * 3600);
    }
    const QString path = ctx.args.value(QStringLiteral("csv"));
    auto readings = survey::loadReadingsCsv(path, options);
    if (!readings)
        return ctx.fail(readings.error());
    if (readings->isEmpty())
        return ctx.fail(Error{Code::BadInput,
                              Tr::tr("%1 has no readings.").arg(path),
                              {},
                              QStringLiteral("--csv")});
    const qint64 taken = readings->first().timestampMs;
    return addItem(ctx, api::SurveyItemKind::Readings, survey::readingsPayload(*readings), taken,
                   Tr::tr("%n reading(s) from %1", nullptr, int(readings->size()))
                       .arg(QFileInfo(path).fileName()),
                   QJsonObject{{QStringLiteral("readings"), int(readings->size())}});
}

int runAddReading(Context &ctx)
{
    survey::Reading r;
    bool ok = false;
    r.temperatureC = ctx.args.value(QStringLiteral("temperature")).toDouble(&ok);
    if (!ok)
        return ctx.usage(Tr::tr("--temperature is degrees Celsius, e.g. 24.5"),
                         QStringLiteral("temperature"));
    if (ctx.args.has(QStringLiteral("humidity"))) {
        const double h = ctx.args.value(QStringLiteral("humidity")).toDouble(&ok);
        if (!ok)
            return ctx.usage(Tr::tr("--humidity is relative humidity in percent, e.g. 45"),
                             QStringLiteral("humidity"));
        r.humidityRH = h;
    }
    r.timestampMs = nowMs();
    if (ctx.args.has(QStringLiteral("time"))) {
        const QDateTime t = QDateTime::fromString(ctx.args.value(QStringLiteral("time")),
                                                  Qt::ISODate);
        if (!t.isValid())
            return ctx.usage(Tr::tr("--time is an ISO 8601 time, e.g. 2026-07-14T15:00:00+08:00"),
                             QStringLiteral("time"));
        r.timestampMs = t.toMSecsSinceEpoch();
    }
    r.source = QStringLiteral("manual");
    if (auto valid = survey::validate(r); !valid) {
        Error e = valid.error();
        e.field = e.field == u"humidity" ? QStringLiteral("--humidity")
                                         : QStringLiteral("--temperature");
        return ctx.fail(e);
    }
    const QLocale c = QLocale::c();
    return addItem(ctx, api::SurveyItemKind::Readings, survey::readingsPayload({r}), r.timestampMs,
                   Tr::tr("a reading of %1 °C").arg(c.toString(r.temperatureC, 'f', 1)),
                   QJsonObject{{QStringLiteral("readings"), 1}});
}

int runAddHazard(Context &ctx)
{
    const auto kind = geo::hazardKindFromName(ctx.args.value(QStringLiteral("kind")));
    if (!kind) {
        QStringList kinds;
        for (geo::HazardKind k : geo::allHazardKinds())
            kinds << geo::hazardKindName(k);
        return ctx.usage(Tr::tr("--kind is one of: %1").arg(kinds.join(QStringLiteral(", "))),
                         QStringLiteral("kind"));
    }
    auto at = geo::parsePoint(ctx.args.value(QStringLiteral("at")), QStringLiteral("--at"));
    if (!at)
        return ctx.fail(at.error());
    const QString name = ctx.args.value(QStringLiteral("hazard"));
    if (name.trimmed().isEmpty())
        return ctx.usage(Tr::tr("--hazard names the hazard, e.g. \"G4 expressway\""),
                         QStringLiteral("hazard"));
    return addItem(ctx, api::SurveyItemKind::Hazards,
                   survey::enteredHazardPayload(name.trimmed(), *kind, *at), 0,
                   Tr::tr("the hazard \"%1\"").arg(name.trimmed()),
                   QJsonObject{{QStringLiteral("hazards"), 1}});
}

int runAddNoise(Context &ctx)
{
    const QString wav = ctx.args.value(QStringLiteral("wav"));
    std::optional<double> offset;
    if (ctx.args.has(QStringLiteral("calibrate"))) {
        bool ok = true;
        double level = 94.0; // the common calibrator
        if (ctx.args.has(QStringLiteral("calibrator-db")))
            level = ctx.args.value(QStringLiteral("calibrator-db")).toDouble(&ok);
        if (!ok)
            return ctx.usage(Tr::tr("--calibrator-db is the calibrator's level, 94 or 114"),
                             QStringLiteral("calibrator-db"));
        auto cal = acoustics::calibrateFromWavFile(ctx.args.value(QStringLiteral("calibrate")), 0,
                                                   level, QStringLiteral("edgectl"), nowMs());
        if (!cal)
            return ctx.fail(cal.error());
        offset = cal->offsetDb;
    }
    auto analysis = acoustics::analyzeWavFile(wav, 0, offset);
    if (!analysis)
        return ctx.fail(analysis.error());
    survey::NoiseItem item;
    item.levels = analysis->levels;
    item.levels.series.clear();
    item.file = QFileInfo(wav).fileName();
    const QString period = ctx.args.value(QStringLiteral("period"));
    if (!period.isEmpty()) {
        auto p = acoustics::periodFromName(period);
        if (!p)
            return ctx.usage(Tr::tr("--period is day or night"), QStringLiteral("period"));
        item.period = *p;
    } else {
        // GB 3096-2008: night is 22:00-06:00 local time.
        const int hour = QTime::currentTime().hour();
        item.period = (hour >= 22 || hour < 6) ? acoustics::Period::Night : acoustics::Period::Day;
    }
    if (ctx.args.has(QStringLiteral("night-events"))) {
        auto e = acoustics::nightEventsFromName(ctx.args.value(QStringLiteral("night-events")));
        if (!e)
            return ctx.usage(Tr::tr("--night-events is none, frequent or occasional"),
                             QStringLiteral("night-events"));
        item.nightEvents = *e;
    }
    item.nearSensitiveBuilding = ctx.args.has(QStringLiteral("near-building"));
    item.machineRoom = ctx.args.has(QStringLiteral("machine-room"));
    const QLocale c = QLocale::c();
    return addItem(ctx, api::SurveyItemKind::Noise, survey::noisePayload(item), 0,
                   Tr::tr("the noise measurement %1 (LAeq %2 %3)")
                       .arg(item.file, c.toString(item.levels.laeq, 'f', 1), item.levels.unit()),
                   survey::levelsToJson(item.levels));
}

int runAddHazards(Context &ctx)
{
    const QString path = ctx.args.value(QStringLiteral("file"));
    auto content = readFile(path, geo::kMaxHazardFileBytes);
    if (!content)
        return ctx.fail(content.error());
    const QString payload = survey::hazardsPayload(QFileInfo(path).fileName(), *content);
    auto hazards = survey::hazardsFromPayload(payload); // refuse a bad file before storing it
    if (!hazards)
        return ctx.fail(hazards.error());
    return addItem(ctx, api::SurveyItemKind::Hazards, payload, 0,
                   Tr::tr("%n hazard(s) from %1", nullptr, int(hazards->size()))
                       .arg(QFileInfo(path).fileName()),
                   QJsonObject{{QStringLiteral("hazards"), int(hazards->size())}});
}

int runAddFacts(Context &ctx)
{
    const QString path = ctx.args.value(QStringLiteral("file"));
    auto content = readFile(path, 1 << 20);
    if (!content)
        return ctx.fail(content.error());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(*content, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        const auto [line, column] = api::lineColumnAt(*content, parseError.offset);
        return ctx.fail(Error{Code::BadInput,
                              Tr::tr("%1 line %2 column %3: not a JSON object of site facts (%4).")
                                  .arg(path)
                                  .arg(line)
                                  .arg(column)
                                  .arg(parseError.errorString()),
                              {},
                              QStringLiteral("--file")});
    }
    auto facts = survey::siteFactsFromJson(doc.object());
    if (!facts) {
        Error e = facts.error();
        e.message = Tr::tr("%1: %2").arg(path, e.message);
        return ctx.fail(e);
    }
    const QString payload = QString::fromUtf8(
        QJsonDocument(survey::toJson(*facts)).toJson(QJsonDocument::Compact));
    return addItem(ctx, api::SurveyItemKind::Facts, payload, 0,
                   Tr::tr("the site facts of %1").arg(QFileInfo(path).fileName()), {});
}

int runShow(Context &ctx)
{
    Connection *conn = ctx.connect();
    if (!conn)
        return ctx.exitCode();
    api::Inventory &inv = conn->inventory();
    auto survey = findSurvey(ctx, inv);
    if (!survey)
        return ctx.fail(survey.error());
    auto data = survey::loadSurvey(inv, survey->id);
    if (!data)
        return ctx.fail(data.error());
    const QList<api::SurveyItem> *items = &data->items;
    const std::optional<api::Site> &site = data->site;
    const survey::SurveyEvaluation eval = data->evaluate();

    if (ctx.out.json()) {
        QJsonObject o = recordToJson(survey->toRecord());
        QJsonArray itemArray;
        for (const api::SurveyItem &i : *items)
            itemArray.append(QJsonObject{{QStringLiteral("id"), i.id},
                                         {QStringLiteral("name"), i.name},
                                         {QStringLiteral("kind"), api::surveyItemKindName(i.kind)},
                                         {QStringLiteral("author"), i.author},
                                         {QStringLiteral("taken_at"), double(i.takenAtMs)}});
        QJsonArray checks;
        for (const api::Check &c : eval.checks)
            checks.append(checkToJson(c));
        o.insert(QStringLiteral("items"), itemArray);
        o.insert(QStringLiteral("checks"), checks);
        o.insert(QStringLiteral("summary"), summaryToJson(eval.summary));
        o.insert(QStringLiteral("problems"), QJsonArray::fromStringList(eval.problems));
        ctx.out.jsonOut(o);
        return 0;
    }
    const QLocale locale;
    ctx.out.keyValues({
        {Tr::tr("Survey"), survey->name},
        {Tr::tr("Site"), site ? site->name : survey->siteId},
        {Tr::tr("Status"), api::surveyStatusName(survey->status)},
        {Tr::tr("Author"), survey->author},
        {Tr::tr("Class"), orDash(survey->siteClass)},
        {Tr::tr("Noise zone"), orDash(survey->noiseZone)},
        {Tr::tr("Items"), locale.toString(items->size())},
    });
    QList<QStringList> rows;
    for (const api::Check &c : eval.checks) {
        QString value = c.value ? locale.toString(std::round(*c.value * 100.0) / 100.0, 'g', 10)
                                : QStringLiteral("—");
        if (c.value && !c.limit.unit.isEmpty())
            value += QLatin1Char(' ') + c.limit.unit;
        QString standard = c.source.standard;
        if (!c.source.verified())
            standard += QLatin1Char(' ') + Tr::tr("(unverified)");
        rows << QStringList{c.subject, value, c.limit.text(), standard, checkResultText(c.result)};
    }
    ctx.out.out(QString());
    if (rows.isEmpty())
        ctx.out.out(Tr::tr("No checks yet: add readings, noise measurements, hazards or site "
                           "facts."));
    else
        ctx.out.table({Tr::tr("Check"), Tr::tr("Value"), Tr::tr("Limit"), Tr::tr("Standard"),
                       Tr::tr("Result")},
                      rows);
    for (const QString &p : eval.problems)
        ctx.out.err(p);
    ctx.out.out(Tr::tr("Verdict: %1 (%2 pass, %3 warn, %4 fail, %5 not measured)")
                    .arg(checkResultText(eval.summary.verdict))
                    .arg(eval.summary.pass)
                    .arg(eval.summary.warn)
                    .arg(eval.summary.fail)
                    .arg(eval.summary.notMeasured));
    return 0;
}

Command surveyCommand(const char *action, const QString &summary, QList<OptionSpec> options,
                      int (*run)(Context &), int positionals)
{
    Command c;
    c.group = QStringLiteral("survey");
    c.action = QLatin1String(action);
    c.summary = summary;
    c.options = std::move(options);
    c.minPositionals = positionals;
    c.maxPositionals = positionals;
    c.synopsis = positionals > 0 ? QStringLiteral("SURVEY") : QString();
    c.run = run;
    return c;
}

} // namespace

QList<Command> surveyCommands()
{
    const OptionSpec site{QStringLiteral("site"), QStringLiteral("SITE"),
                          Tr::tr("The site the survey belongs to (id or name).")};
    const OptionSpec name{QStringLiteral("name"), QStringLiteral("NAME"),
                          Tr::tr("A name for the item (default: its kind and a number).")};
    QList<Command> out;
    out << surveyCommand(
        "create", Tr::tr("Start a survey of a site."),
        {site,
         {QStringLiteral("name"), QStringLiteral("NAME"),
          Tr::tr("Survey name (default: \"Survey\" and today's date).")},
         {QStringLiteral("author"), QStringLiteral("NAME"),
          Tr::tr("Who surveys (default: the signed-in user).")},
         {QStringLiteral("class"), QStringLiteral("A|B|C"),
          Tr::tr("GB 50174-2017 class of the installation: sets the distance rules.")},
         {QStringLiteral("zone"), QStringLiteral("ZONE"),
          Tr::tr("GB 3096-2008 noise zone: 0, 1, 2, 3, 4a or 4b.")},
         {QStringLiteral("profile"), QStringLiteral("PROFILE"),
          Tr::tr("Temperature profile (default ashrae-2021-recommended).")},
         {QStringLiteral("margin"), QStringLiteral("N"),
          Tr::tr("Warn when a value is inside its limit by less than N.")}},
        runCreate, 0);
    out << surveyCommand("add-readings",
                         Tr::tr("Add temperature/humidity readings from a CSV file."),
                         {site,
                          name,
                          {QStringLiteral("csv"), QStringLiteral("FILE"),
                           Tr::tr("The readings (time, temperature, humidity columns).")},
                          {QStringLiteral("utc-offset"), QStringLiteral("HOURS"),
                           Tr::tr("Offset of times written without one (default 0 = UTC).")}},
                         runAddReadings, 1);
    out << surveyCommand(
        "add-noise", Tr::tr("Add a noise measurement from a WAV recording."),
        {site,
         name,
         {QStringLiteral("wav"), QStringLiteral("FILE"), Tr::tr("The recording.")},
         {QStringLiteral("calibrate"), QStringLiteral("CAL.wav"),
          Tr::tr("A recording of a sound calibrator with the same microphone and gain.")},
         {QStringLiteral("calibrator-db"), QStringLiteral("DB"),
          Tr::tr("The calibrator's level: 94 (default) or 114.")},
         {QStringLiteral("period"), QStringLiteral("day|night"),
          Tr::tr("When it was measured (default: from the clock, night 22:00-06:00).")},
         {QStringLiteral("night-events"), QStringLiteral("KIND"),
          Tr::tr("none, frequent or occasional: checks LAFmax at night.")},
         {QStringLiteral("near-building"),
          {},
          Tr::tr("Measured inside a sensitive building less than 1 m from the boundary.")},
         {QStringLiteral("machine-room"), {}, Tr::tr("Measured in the machine room.")}},
        runAddNoise, 1);
    out << surveyCommand("add-reading", Tr::tr("Add one temperature/humidity reading by hand."),
                         {site,
                          name,
                          {QStringLiteral("temperature"), QStringLiteral("CELSIUS"),
                           Tr::tr("Air temperature in °C.")},
                          {QStringLiteral("humidity"), QStringLiteral("PERCENT"),
                           Tr::tr("Relative humidity in %RH (optional).")},
                          {QStringLiteral("time"), QStringLiteral("ISO8601"),
                           Tr::tr("When it was read (default: now).")}},
                         runAddReading, 1);
    out << surveyCommand("add-hazard", Tr::tr("Add one hazard near the site by hand."),
                         {site,
                          name,
                          {QStringLiteral("hazard"), QStringLiteral("NAME"),
                           Tr::tr("What it is, e.g. \"G4 expressway\".")},
                          {QStringLiteral("kind"), QStringLiteral("KIND"),
                           Tr::tr("airport, railway, expressway, substation, ... (see "
                                  "'edgectl survey distance --help').")},
                          {QStringLiteral("at"), QStringLiteral("LAT,LON"),
                           Tr::tr("Its nearest point to the site, WGS84 degrees.")}},
                         runAddHazard, 1);
    out << surveyCommand("add-hazards", Tr::tr("Add hazards near the site from CSV or GeoJSON."),
                         {site,
                          name,
                          {QStringLiteral("file"), QStringLiteral("FILE"),
                           Tr::tr("The hazards (CSV: name,kind,lat,lon; or GeoJSON).")}},
                         runAddHazards, 1);
    out << surveyCommand("add-facts", Tr::tr("Add the site facts (power, space, ...) as JSON."),
                         {site,
                          name,
                          {QStringLiteral("file"), QStringLiteral("FILE"),
                           Tr::tr("The facts (see docs/survey-temperature.md).")}},
                         runAddFacts, 1);
    out << surveyCommand("show", Tr::tr("Show a survey, its items and every check."), {site},
                         runShow, 1);
    // Required options: checked before anything is opened.
    const auto require = [&](const char *action, const char *option) {
        for (Command &c : out) {
            if (c.action != QLatin1String(action))
                continue;
            auto inner = c.run;
            c.run = [inner, option](Context &ctx) {
                if (!ctx.args.has(QLatin1String(option)))
                    return ctx.usage(Tr::tr("--%1 is required").arg(QLatin1String(option)),
                                     QLatin1String(option));
                return inner(ctx);
            };
        }
    };
    require("create", "site");
    require("add-readings", "csv");
    require("add-noise", "wav");
    require("add-hazards", "file");
    require("add-reading", "temperature");
    require("add-hazard", "hazard");
    require("add-hazard", "kind");
    require("add-hazard", "at");
    require("add-facts", "file");
    return out;
}

} // namespace edge::edgectl
