// `survey distance` (issue 4): the geodesic between two points, or every hazard of a file checked
// against the GB 50174-2017 site-distance rules (and the user's rules), nearest first.
#include "app/edgectl/checkoutput.h"
#include "app/edgectl/command.h"
#include "app/edgectl/tr.h"
#include "backend/geo/hazardfile.h"
#include "backend/geo/siterules.h"

#include <QJsonArray>
#include <QJsonObject>

namespace edge::edgectl {

namespace {

QJsonObject pointJson(const geo::GeoPoint &p)
{
    return {{QStringLiteral("lat"), p.lat}, {QStringLiteral("lon"), p.lon}};
}

// A file error keeps its "line:column" / "features[N].kind" field in --json; in text the message
// already says where, so the option is named instead.
int fileError(Context &ctx, api::Error e, const QString &option)
{
    if (!ctx.out.json())
        e.field = option;
    return ctx.fail(e);
}

api::Result<geo::GeoPoint> pointOption(Context &ctx, const QString &option)
{
    auto p = geo::parsePoint(ctx.args.value(option), QStringLiteral("--") + option);
    if (!p) {
        api::Error e = p.error();
        e.code = api::Code::Usage; // a wrong option value
        e.field = QStringLiteral("--") + option;
        return std::unexpected(e);
    }
    return p;
}

int runTo(Context &ctx, const geo::GeoPoint &from)
{
    auto to = pointOption(ctx, QStringLiteral("to"));
    if (!to)
        return ctx.fail(to.error());
    const geo::Inverse g = geo::inverse(from, *to);
    if (ctx.out.json()) {
        ctx.out.jsonOut(QJsonObject{{QStringLiteral("from"), pointJson(from)},
                                    {QStringLiteral("to"), pointJson(*to)},
                                    {QStringLiteral("meters"), g.meters},
                                    {QStringLiteral("azi1"), g.azi1},
                                    {QStringLiteral("azi2"), g.azi2},
                                    {QStringLiteral("ellipsoid"), QStringLiteral("WGS84")}});
        return 0;
    }
    ctx.out.keyValues({
        {Tr::tr("Distance"), Tr::tr("%1 m").arg(g.meters, 0, 'f', 3)},
        {Tr::tr("Azimuth at start"), Tr::tr("%1°").arg(g.azi1, 0, 'f', 6)},
        {Tr::tr("Azimuth at end"), Tr::tr("%1°").arg(g.azi2, 0, 'f', 6)},
    });
    return 0;
}

int runHazards(Context &ctx, const geo::GeoPoint &from)
{
    geo::SiteCheckOptions options;
    if (ctx.args.has(QStringLiteral("class"))) {
        const auto cls = geo::siteClassFromName(ctx.args.value(QStringLiteral("class")));
        if (!cls)
            return ctx.usage(Tr::tr("--class takes A, B or C (the GB 50174-2017 data centre "
                                    "class)."),
                             QStringLiteral("--class"));
        options.siteClass = *cls;
    }
    if (ctx.args.has(QStringLiteral("rules"))) {
        auto rules = geo::loadUserRules(ctx.args.value(QStringLiteral("rules")));
        if (!rules)
            return fileError(ctx, rules.error(), QStringLiteral("--rules"));
        options.userRules = *rules;
    }
    auto hazards = geo::loadHazardsFile(ctx.args.value(QStringLiteral("hazards")));
    if (!hazards)
        return fileError(ctx, hazards.error(), QStringLiteral("--hazards"));
    const QList<geo::HazardCheck> checks = geo::checkSite(from, *hazards, options);
    QList<api::Check> plain;
    for (const geo::HazardCheck &c : checks)
        plain.append(c.check);
    const api::CheckSummary summary = api::summarize(plain);

    if (ctx.out.json()) {
        QJsonArray rows;
        for (const geo::HazardCheck &c : checks) {
            QJsonObject o{{QStringLiteral("name"), c.hazard.name},
                          {QStringLiteral("kind"), geo::hazardKindName(c.hazard.kind)},
                          {QStringLiteral("meters"), c.nearest.meters},
                          {QStringLiteral("azimuth"), c.nearest.azimuth},
                          {QStringLiteral("nearest"), pointJson(c.nearest.point)},
                          {QStringLiteral("limit"),
                           c.check.limit.min ? QJsonValue(*c.check.limit.min) : QJsonValue()},
                          {QStringLiteral("level"), c.rule
                                                        ? (c.rule->shall ? QStringLiteral("shall")
                                                                         : QStringLiteral("should"))
                                                        : QString()},
                          {QStringLiteral("rule"), c.check.rule},
                          {QStringLiteral("standard"), c.check.source.standard},
                          {QStringLiteral("clause"), c.check.source.clause},
                          {QStringLiteral("confidence"),
                           api::confidenceName(c.check.source.confidence)},
                          {QStringLiteral("result"), api::checkResultName(c.check.result)},
                          {QStringLiteral("id"), c.check.id},
                          {QStringLiteral("note"), c.check.note}};
            rows.append(o);
        }
        ctx.out.jsonOut(QJsonObject{{QStringLiteral("from"), pointJson(from)},
                                    {QStringLiteral("class"), geo::siteClassName(options.siteClass)},
                                    {QStringLiteral("hazards"), rows},
                                    {QStringLiteral("summary"), summaryToJson(summary)}});
        return 0;
    }
    QList<QStringList> rows;
    for (const geo::HazardCheck &c : checks) {
        QString standard = c.check.source.standard;
        if (!c.check.source.clause.isEmpty())
            standard += QStringLiteral(" ") + c.check.source.clause;
        if (!c.check.source.verified())
            standard += Tr::tr(" (unverified)");
        rows.append({c.hazard.name, geo::hazardKindName(c.hazard.kind),
                     QString::number(c.nearest.meters, 'f', 1), c.check.limit.text(),
                     checkResultText(c.check.result), c.check.rule, standard});
    }
    ctx.out.table({Tr::tr("Name"), Tr::tr("Kind"), Tr::tr("Distance (m)"), Tr::tr("Limit"),
                   Tr::tr("Result"), Tr::tr("Rule"), Tr::tr("Standard")},
                  rows);
    ctx.out.out(Tr::tr("Class %1 data centre: %2 pass, %3 warn, %4 fail; verdict: %5")
                    .arg(geo::siteClassName(options.siteClass))
                    .arg(summary.pass)
                    .arg(summary.warn)
                    .arg(summary.fail)
                    .arg(checkResultText(summary.verdict)));
    return 0;
}

int runDistance(Context &ctx)
{
    if (!ctx.args.has(QStringLiteral("from")))
        return ctx.usage(Tr::tr("Give the site: --from LAT,LON."), QStringLiteral("--from"));
    const bool to = ctx.args.has(QStringLiteral("to"));
    const bool hazards = ctx.args.has(QStringLiteral("hazards"));
    if (to == hazards)
        return ctx.usage(Tr::tr("Give either --to LAT,LON (one distance) or --hazards FILE (check "
                                "a list of hazards)."),
                         to ? QStringLiteral("--hazards") : QStringLiteral("--to"));
    if (to && (ctx.args.has(QStringLiteral("class")) || ctx.args.has(QStringLiteral("rules"))))
        return ctx.usage(Tr::tr("--class and --rules go with --hazards FILE."),
                         ctx.args.has(QStringLiteral("class")) ? QStringLiteral("--class")
                                                               : QStringLiteral("--rules"));
    auto from = pointOption(ctx, QStringLiteral("from"));
    if (!from)
        return ctx.fail(from.error());
    return to ? runTo(ctx, *from) : runHazards(ctx, *from);
}

} // namespace

QList<Command> surveyDistanceCommands()
{
    Command c;
    c.group = QStringLiteral("survey");
    c.action = QStringLiteral("distance");
    c.summary = Tr::tr("Geodesic distances from a site, checked against the GB 50174-2017 site "
                       "rules.");
    c.description = Tr::tr(
        "With --to: the distance in metres on the WGS84 ellipsoid and the azimuths at both ends "
        "(GeographicLib). With --hazards: every hazard of a CSV file (header name,kind,lat,lon "
        "and optional attribute columns such as flight-path) or a GeoJSON file (Point, "
        "LineString or Polygon features with properties kind and name), nearest first, with "
        "the rule that applies to a data centre of --class (default A), the standard and the "
        "result. Positions are LAT,LON in decimal degrees or like 39°54'26\"N 116°23'29\"E. "
        "No hub is needed.");
    c.options = {
        {QStringLiteral("from"), QStringLiteral("LAT,LON"), Tr::tr("The site.")},
        {QStringLiteral("to"), QStringLiteral("LAT,LON"), Tr::tr("The other point.")},
        {QStringLiteral("hazards"), QStringLiteral("FILE"),
         Tr::tr("The hazards: a CSV or GeoJSON file.")},
        {QStringLiteral("class"), QStringLiteral("A|B|C"),
         Tr::tr("The data centre class of GB 50174-2017 (default A).")},
        {QStringLiteral("rules"), QStringLiteral("FILE"),
         Tr::tr("Your own distance rules: a limit-set JSON file (keys KIND[.a|b|c][.shall|should], "
                "min in metres); they replace the shipped rule for their kind.")},
    };
    c.auth = Auth::None;
    c.run = runDistance;
    return {c};
}

} // namespace edge::edgectl
