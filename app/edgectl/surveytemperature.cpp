// `survey temperature` (issue 4): derived values of a temperature/humidity CSV (min/max/mean,
// dew point by the Magnus formula, largest change in any hour and any 15 minutes) checked against
// a thermal profile (ASHRAE 2021, GB 50174-2017, TIA-942, ...). No hub needed.
// See docs/survey-temperature.md.
#include "app/edgectl/checkoutput.h"
#include "app/edgectl/command.h"
#include "app/edgectl/tr.h"
#include "backend/survey/profiles.h"
#include "backend/survey/readingscsv.h"
#include "backend/survey/thermalanalysis.h"
#include "backend/survey/thermalchecks.h"

#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace edge::edgectl {

namespace {

using survey::ThermalSummary;

double round2(double v) { return std::round(v * 100.0) / 100.0; }

QJsonValue number(std::optional<double> v)
{
    return v ? QJsonValue(round2(*v)) : QJsonValue(QJsonValue::Null);
}

QString numberText(std::optional<double> v, int decimals = 1)
{
    return v ? QString::number(*v, 'f', decimals) : QStringLiteral("-");
}

QJsonObject derivedJson(const ThermalSummary &s)
{
    return QJsonObject{
        {QStringLiteral("count"), s.count},
        {QStringLiteral("min"), number(s.minC)},
        {QStringLiteral("max"), number(s.maxC)},
        {QStringLiteral("mean"), number(s.meanC)},
        {QStringLiteral("span_s"), round2(s.spanS)},
        {QStringLiteral("first_ms"), QJsonValue(s.firstMs)},
        {QStringLiteral("last_ms"), QJsonValue(s.lastMs)},
        {QStringLiteral("max_rate_per_hour"), number(s.maxChangePerHour)},
        {QStringLiteral("max_change_15min"), number(s.maxChange15Min)},
        {QStringLiteral("dew_point_min"), number(s.dewPointMinC)},
        {QStringLiteral("dew_point_max"), number(s.dewPointMaxC)},
        {QStringLiteral("rh_min"), number(s.rhMin)},
        {QStringLiteral("rh_max"), number(s.rhMax)},
        {QStringLiteral("humidity_count"), s.humidityCount},
        {QStringLiteral("sources"), s.sourceCount},
        {QStringLiteral("max_gap_s"), round2(s.maxGapS)},
    };
}

QJsonValue bandJson(const survey::Band &b)
{
    if (!b.present())
        return QJsonValue(QJsonValue::Null);
    return QJsonObject{{QStringLiteral("min"), number(b.min)},
                       {QStringLiteral("max"), number(b.max)},
                       {QStringLiteral("unit"), b.unit},
                       {QStringLiteral("verified"), b.verified}};
}

QJsonObject envelopeJson(const survey::ThermalEnvelope &e)
{
    return QJsonObject{{QStringLiteral("temperature"), bandJson(e.temperature)},
                       {QStringLiteral("dew_point"), bandJson(e.dewPoint)},
                       {QStringLiteral("humidity"), bandJson(e.humidity)},
                       {QStringLiteral("max_rate_per_hour"), number(e.maxChangePerHour)},
                       {QStringLiteral("max_change_15min"), number(e.maxChange15Min)}};
}

// --margin / --rh-margin: a number >= 0; nullopt when not given; false after a usage error.
bool marginOption(Context &ctx, const QString &name, std::optional<double> *out)
{
    if (!ctx.args.has(name))
        return true;
    bool ok = false;
    const double v = ctx.args.value(name).toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < 0 || v > 100) {
        ctx.usage(Tr::tr("--%1 takes a number from 0 to 100.").arg(name),
                  QStringLiteral("--") + name);
        return false;
    }
    *out = v;
    return true;
}

int listProfiles(Context &ctx, const QList<api::LimitSet> &profiles)
{
    if (ctx.out.json()) {
        QJsonArray list;
        for (const api::LimitSet &p : profiles)
            list.append(QJsonObject{{QStringLiteral("id"), p.id},
                                    {QStringLiteral("version"), p.version},
                                    {QStringLiteral("title"), p.title},
                                    {QStringLiteral("unverified"), p.hasUnverified()}});
        ctx.out.jsonOut(QJsonObject{{QStringLiteral("profiles"), list}});
        return 0;
    }
    QList<QStringList> rows;
    for (const api::LimitSet &p : profiles)
        rows << QStringList{p.id, p.hasUnverified() ? Tr::tr("unverified") : QString(), p.title};
    ctx.out.table({Tr::tr("Profile"), Tr::tr("Numbers"), Tr::tr("Title")}, rows);
    return 0;
}

int runSurveyTemperature(Context &ctx)
{
    const ParsedArgs &a = ctx.args;
    const QString profileId = a.value(QStringLiteral("profile")).trimmed();
    if (profileId.isEmpty())
        return ctx.usage(Tr::tr("Say which profile to check against: --profile NAME ('--profile "
                                "list' lists them)."),
                         QStringLiteral("--profile"));
    auto sets = survey::limitSets(a.value(QStringLiteral("limits")));
    if (!sets)
        return ctx.fail(sets.error());
    const QList<api::LimitSet> profiles = survey::thermalProfiles(*sets);
    if (profileId == u"list")
        return listProfiles(ctx, profiles);
    const std::optional<api::LimitSet> profile = survey::findSet(profiles, profileId);
    if (!profile) {
        QStringList ids;
        for (const api::LimitSet &p : profiles)
            ids << p.id;
        return ctx.usage(Tr::tr("There is no profile '%1'. Known profiles: %2.")
                             .arg(profileId, ids.join(QStringLiteral(", "))),
                         QStringLiteral("--profile"));
    }
    const QString csv = a.value(QStringLiteral("csv"));
    if (csv.isEmpty())
        return ctx.usage(Tr::tr("Say which readings to analyse: --csv FILE."),
                         QStringLiteral("--csv"));
    survey::ThermalCheckOptions options;
    if (!marginOption(ctx, QStringLiteral("margin"), &options.temperatureMargin)
        || !marginOption(ctx, QStringLiteral("rh-margin"), &options.humidityMargin))
        return ctx.exitCode();

    auto readings = survey::loadReadingsCsv(csv);
    if (!readings)
        return ctx.fail(readings.error());
    const ThermalSummary s = survey::analyze(*readings);
    const QList<api::Check> checks = survey::thermalChecks(s, *profile, options);
    const api::CheckSummary summary = api::summarize(checks);

    if (ctx.out.json()) {
        QJsonArray list;
        for (const api::Check &c : checks)
            list.append(checkToJson(c));
        ctx.out.jsonOut(QJsonObject{
            {QStringLiteral("profile"),
             QJsonObject{{QStringLiteral("id"), profile->id},
                         {QStringLiteral("version"), profile->version},
                         {QStringLiteral("title"), profile->title},
                         {QStringLiteral("unverified"), profile->hasUnverified()}}},
            {QStringLiteral("derived"), derivedJson(s)},
            {QStringLiteral("envelope"), envelopeJson(survey::envelopeFor(*profile))},
            {QStringLiteral("checks"), list},
            {QStringLiteral("summary"), summaryToJson(summary)},
        });
        return 0;
    }

    ctx.out.keyValues({
        {Tr::tr("Readings"), QString::number(s.count)},
        {Tr::tr("Span"), Tr::tr("%1 h").arg(QString::number(s.spanS / 3600.0, 'f', 2))},
        {Tr::tr("Temperature"),
         Tr::tr("min %1 °C, mean %2 °C, max %3 °C")
             .arg(numberText(s.minC), numberText(s.meanC), numberText(s.maxC))},
        {Tr::tr("Largest change in any hour"),
         s.maxChangePerHour ? Tr::tr("%1 °C").arg(numberText(s.maxChangePerHour))
                            : QStringLiteral("-")},
        {Tr::tr("Largest change in any 15 min"),
         s.maxChange15Min ? Tr::tr("%1 °C").arg(numberText(s.maxChange15Min)) : QStringLiteral("-")},
        {Tr::tr("Relative humidity"),
         s.humidityCount > 0 ? Tr::tr("%1-%2 %").arg(numberText(s.rhMin), numberText(s.rhMax))
                             : Tr::tr("not measured")},
        {Tr::tr("Dew point"),
         s.dewPointMinC
             ? Tr::tr("%1 to %2 °C").arg(numberText(s.dewPointMinC), numberText(s.dewPointMaxC))
             : Tr::tr("not measured")},
        {Tr::tr("Profile"), profile->title},
    });
    ctx.out.out(QString());
    QList<QStringList> rows;
    for (const api::Check &c : checks) {
        const QString standard = c.source.clause.isEmpty()
                                     ? c.source.standard
                                     : c.source.standard + QLatin1Char(' ') + c.source.clause;
        rows << QStringList{c.subject, numberText(c.value), c.limit.text(),
                            c.source.verified() ? standard : Tr::tr("%1 (unverified)").arg(standard),
                            checkResultText(c.result)};
    }
    ctx.out.table({Tr::tr("Check"), Tr::tr("Value"), Tr::tr("Limit"), Tr::tr("Standard"),
                   Tr::tr("Result")},
                  rows);
    ctx.out.out(QString());
    ctx.out.out(Tr::tr("Verdict: %1 (%2 pass, %3 warn, %4 fail, %5 not measured)")
                    .arg(checkResultText(summary.verdict))
                    .arg(summary.pass)
                    .arg(summary.warn)
                    .arg(summary.fail)
                    .arg(summary.notMeasured));
    return 0;
}

} // namespace

QList<Command> surveyTemperatureCommands()
{
    Command c;
    c.group = QStringLiteral("survey");
    c.action = QStringLiteral("temperature");
    c.summary = Tr::tr("Check temperature and humidity readings against a thermal profile.");
    c.description = Tr::tr(
        "Reads a CSV file of readings (columns time, temperature and optionally humidity and "
        "source; English or Chinese headers), derives min/max/mean, the dew point (Magnus "
        "formula) and the largest change in any hour and any 15 minutes, and checks them against "
        "the profile (ASHRAE 2021, GB 50174-2017, TIA-942, ...). '--profile list' lists the "
        "profiles; a profile with unverified numbers is marked so. No hub is needed.");
    c.options = {
        {QStringLiteral("csv"), QStringLiteral("FILE"), Tr::tr("The readings file (CSV).")},
        {QStringLiteral("profile"), QStringLiteral("NAME"),
         Tr::tr("The thermal profile to check against, or 'list'.")},
        {QStringLiteral("margin"), QStringLiteral("N"),
         Tr::tr("Warn within N °C of a temperature limit (default 1).")},
        {QStringLiteral("rh-margin"), QStringLiteral("N"),
         Tr::tr("Warn within N %RH of a humidity limit (default 2).")},
        {QStringLiteral("limits"), QStringLiteral("FILE"),
         Tr::tr("A limits file (JSON) whose sets override the shipped ones of the same id.")},
    };
    c.auth = Auth::None;
    c.run = runSurveyTemperature;
    return {c};
}

} // namespace edge::edgectl
