// GB 50174-2017 site distance rules and user rules as limit sets; the nearest-first table and
// the plot data.
#include "siterules.h"
#include "geotr.h"

#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace edge::geo {

using api::Code;
using api::Result;

namespace {

const QString kResource = QStringLiteral(":/edge/geo/limits/gb50174-2017-site.json");

std::unexpected<api::Error> entryError(const QString &file, const api::LimitSet &set, int index,
                                       const QString &key, const QString &what)
{
    const QString where = Tr::tr("%1 set \"%2\" entry %3 (%4)").arg(file, set.id).arg(index).arg(key);
    return api::fail(Code::BadInput,
                     Tr::tr("%1: %2. Fix the rules file and load it again.").arg(where, what),
                     where, key);
}

QString meters(double m) { return QString::number(m, 'g', 10); }

} // namespace

QString siteClassName(SiteClass siteClass)
{
    switch (siteClass) {
    case SiteClass::A: return QStringLiteral("A");
    case SiteClass::B: return QStringLiteral("B");
    case SiteClass::C: return QStringLiteral("C");
    }
    return QStringLiteral("A");
}

std::optional<SiteClass> siteClassFromName(const QString &name)
{
    const QString n = name.trimmed().toUpper();
    if (n == u"A")
        return SiteClass::A;
    if (n == u"B")
        return SiteClass::B;
    if (n == u"C")
        return SiteClass::C;
    return std::nullopt;
}

Result<QList<DistanceRule>> rulesFromLimitSets(const QList<api::LimitSet> &sets, bool user,
                                               const QString &fileName)
{
    QList<DistanceRule> out;
    for (const api::LimitSet &set : sets) {
        int index = 0;
        for (const api::LimitEntry &e : set.entries) {
            ++index;
            const QStringList parts = e.key.split(u'.');
            DistanceRule r;
            r.user = user;
            const auto kind = hazardKindFromName(parts.first());
            if (!kind)
                return entryError(fileName, set, index, e.key,
                                  Tr::tr("\"%1\" is not a hazard kind; a key is KIND[.a|b|c]"
                                         "[.shall|should], e.g. railway.a.shall")
                                      .arg(parts.first()));
            r.kind = *kind;
            bool levelSeen = false;
            for (qsizetype i = 1; i < parts.size(); ++i) {
                const QString p = parts.at(i).toLower();
                if (p == u"shall" || p == u"should") {
                    if (levelSeen)
                        return entryError(fileName, set, index, e.key,
                                          Tr::tr("say shall or should once"));
                    levelSeen = true;
                    r.shall = p == u"shall";
                } else if (auto c = siteClassFromName(p); c && !r.siteClass && !levelSeen) {
                    r.siteClass = c;
                } else {
                    return entryError(fileName, set, index, e.key,
                                      Tr::tr("\"%1\" is neither a class (a, b, c) nor shall or "
                                             "should; a key is KIND[.a|b|c][.shall|should]")
                                          .arg(parts.at(i)));
                }
            }
            if (!e.limit.min || e.limit.max)
                return entryError(fileName, set, index, e.key,
                                  Tr::tr("a distance rule gives \"min\" (the minimum distance in "
                                         "metres) and no \"max\""));
            if (!e.limit.unit.isEmpty() && e.limit.unit != u"m")
                return entryError(fileName, set, index, e.key,
                                  Tr::tr("the unit must be \"m\" (metres), not \"%1\"")
                                      .arg(e.limit.unit));
            if (*e.limit.min < 0 || *e.limit.min > 20'000'000)
                return entryError(fileName, set, index, e.key,
                                  Tr::tr("the distance must be from 0 to 20000000 m"));
            r.minMeters = *e.limit.min;
            r.warnMargin = e.limit.warnMargin;
            r.source = e.source;
            if (r.source.standard.isEmpty())
                r.source.standard = user ? QStringLiteral("user rule") : QString();
            r.note = e.note;
            out.append(r);
        }
    }
    return out;
}

QList<DistanceRule> shippedRules()
{
    static const QList<DistanceRule> rules = [] {
        QFile file(kResource);
        if (!file.open(QIODevice::ReadOnly)) {
            EC_ASSERT(false, return QList<DistanceRule>());
        }
        auto sets = api::parseLimitSets(file.readAll(), kResource);
        EC_ASSERT(sets.has_value(), return QList<DistanceRule>());
        auto r = rulesFromLimitSets(*sets, false, kResource);
        EC_ASSERT(r.has_value(), return QList<DistanceRule>());
        return *r;
    }();
    return rules;
}

Result<QList<DistanceRule>> parseUserRules(const QByteArray &json, const QString &fileName)
{
    auto sets = api::parseLimitSets(json, fileName);
    if (!sets)
        return std::unexpected(sets.error());
    return rulesFromLimitSets(*sets, true, fileName);
}

Result<QList<DistanceRule>> loadUserRules(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return api::fail(Code::BadInput,
                         Tr::tr("%1: cannot read the rules file (%2); check the path")
                             .arg(path, file.errorString()),
                         QStringLiteral("open %1: %2").arg(path, file.errorString()));
    return parseUserRules(file.read(16 * 1024 * 1024), QFileInfo(path).fileName());
}

std::optional<DistanceRule> ruleFor(HazardKind kind, SiteClass siteClass,
                                    const QList<DistanceRule> &shipped,
                                    const QList<DistanceRule> &user)
{
    const auto pick = [&](const QList<DistanceRule> &rules,
                          bool specific) -> std::optional<DistanceRule> {
        std::optional<DistanceRule> best;
        for (const DistanceRule &r : rules) {
            if (r.kind != kind)
                continue;
            if (specific ? r.siteClass != siteClass : r.siteClass.has_value())
                continue;
            if (!best || r.minMeters > best->minMeters)
                best = r;
        }
        return best;
    };
    if (auto r = pick(user, true))
        return r;
    if (auto r = pick(user, false))
        return r;
    if (auto r = pick(shipped, true))
        return r;
    return pick(shipped, false);
}

QList<HazardCheck> checkSite(const GeoPoint &site, const QList<Hazard> &hazards,
                             const SiteCheckOptions &options)
{
    const QList<DistanceRule> shipped = options.shippedRules.isEmpty() ? shippedRules()
                                                                       : options.shippedRules;
    QList<HazardCheck> out;
    out.reserve(hazards.size());
    for (const Hazard &h : hazards)
        out.append(HazardCheck{h, nearestPoint(site, h.geometry), std::nullopt, {}});
    // Inside a flight-path area from the list?
    bool insideFlightPath = false;
    for (const HazardCheck &c : out) {
        if (c.hazard.kind == HazardKind::FlightPath && c.nearest.meters == 0)
            insideFlightPath = true;
    }

    const QString cls = siteClassName(options.siteClass);
    for (qsizetype i = 0; i < out.size(); ++i) {
        HazardCheck &hc = out[i];
        const Hazard &h = hc.hazard;
        api::Check &c = hc.check;
        c.id = QStringLiteral("distance.%1.%2").arg(hazardKindName(h.kind)).arg(i + 1);
        c.category = QStringLiteral("distance");
        c.subject = Tr::tr("Distance to %1 \"%2\"").arg(hazardKindTitle(h.kind), h.name);
        // Checked to the millimetre: positions are rarely better than 0.1 m, and a hazard placed
        // exactly at a rule's distance must not fail by a rounding error of the geodesic.
        c.value = std::round(hc.nearest.meters * 1000) / 1000;
        c.limit.unit = QStringLiteral("m");
        const QString kindTitle = hazardKindTitle(h.kind).toLower();

        const auto rule = ruleFor(h.kind, options.siteClass, shipped, options.userRules);
        if (!rule) {
            c.source = {QStringLiteral("GB 50174-2017"), QStringLiteral("附录A 选址"),
                        api::Confidence::High};
            c.rule = Tr::tr("no distance requirement for a class %1 data centre").arg(cls);
            c.note = h.kind == HazardKind::DustGasFactory
                         ? Tr::tr("GB 50174-2017 4.1.1 asks to keep away from dust and harmful "
                                  "gas without giving a distance; add a user rule to check one.")
                         : Tr::tr("No rule applies; add a user rule to check this kind.");
            c.result = api::CheckResult::Pass;
            continue;
        }
        hc.rule = rule;
        c.source = rule->source;
        c.limit.min = rule->minMeters;
        c.limit.warnMargin = rule->warnMargin;
        const QString m = meters(rule->minMeters);
        if (h.kind == HazardKind::FloodProne) {
            c.rule = rule->shall
                         ? Tr::tr("shall not be sited in a flood-prone area (不应): no %1 within "
                                  "%2 m; closer fails")
                               .arg(kindTitle, m)
                         : Tr::tr("should not be sited in a flood-prone area (不宜): no %1 within "
                                  "%2 m; closer warns")
                               .arg(kindTitle, m);
        } else {
            c.rule = rule->shall ? Tr::tr("distance to the %1 shall be at least %2 m (不应小于); "
                                          "closer fails")
                                       .arg(kindTitle, m)
                                 : Tr::tr("distance to the %1 should be at least %2 m (不宜小于); "
                                          "closer warns")
                                       .arg(kindTitle, m);
        }
        if (rule->user)
            c.rule += Tr::tr(" (user rule)");
        c.note = rule->note;
        c.result = api::evaluate(c.value, c.limit);
        if (c.result == api::CheckResult::Fail && !rule->shall)
            c.result = api::CheckResult::Warn;

        if (h.kind == HazardKind::Airport) {
            std::optional<bool> inPath = h.inFlightPath();
            if (!inPath && insideFlightPath)
                inPath = true;
            c.rule += Tr::tr(", only inside the flight path");
            if (inPath == false) {
                c.result = api::CheckResult::Pass;
                c.note = Tr::tr("The site is outside this airport's flight path: the rule does "
                                "not apply (GB 50174-2017 条文说明).");
            } else if (!inPath && c.result != api::CheckResult::Pass) {
                c.result = api::CheckResult::Warn;
                c.note = Tr::tr("Closer than the rule's distance, and it is not known whether the "
                                "site is inside the flight path: set the airport's flight-path "
                                "attribute to yes or no, or add the flight-path area.");
            }
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const HazardCheck &a, const HazardCheck &b) {
        if (a.nearest.meters != b.nearest.meters)
            return a.nearest.meters < b.nearest.meters;
        return a.hazard.name < b.hazard.name;
    });
    return out;
}

SitePlot sitePlot(const GeoPoint &site, const QList<HazardCheck> &checks)
{
    SitePlot plot;
    plot.site = site;
    for (const HazardCheck &c : checks) {
        PlotHazard p;
        p.name = c.hazard.name;
        p.kind = c.hazard.kind;
        p.type = c.hazard.geometry.type;
        for (const QList<GeoPoint> &part : c.hazard.geometry.parts)
            p.parts.append(localOffsets(site, part));
        p.nearest = localOffset(site, c.nearest.point);
        p.meters = c.nearest.meters;
        p.result = c.check.result;
        plot.hazards.append(p);
        if (c.rule && c.rule->minMeters > 0) {
            PlotRing ring{c.rule->minMeters,
                          Tr::tr("%1 ≥ %2 m (%3)")
                              .arg(hazardKindName(c.hazard.kind), meters(c.rule->minMeters),
                                   c.rule->shall ? Tr::tr("shall") : Tr::tr("should")),
                          c.rule->shall};
            const bool seen = std::any_of(plot.rings.begin(), plot.rings.end(),
                                          [&](const PlotRing &r) {
                                              return r.radiusMeters == ring.radiusMeters
                                                     && r.label == ring.label;
                                          });
            if (!seen)
                plot.rings.append(ring);
        }
    }
    std::sort(plot.rings.begin(), plot.rings.end(),
              [](const PlotRing &a, const PlotRing &b) { return a.radiusMeters < b.radiusMeters; });
    return plot;
}

} // namespace edge::geo
