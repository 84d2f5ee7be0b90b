#pragma once

// Site distance rules (issue 4): GB 50174-2017 附录A "选址" rows for data centre classes A, B and
// C, plus the user's own rules, as limit-set data (backend/api/limitset.h). The shipped set is
// backend/geo/limits/gb50174-2017-site.json, compiled in as the resource
// :/edge/geo/limits/gb50174-2017-site.json.
//
// Rule keys in a limit set: "KIND[.CLASS][.LEVEL]" with KIND a hazard kind name (hazard.h),
// CLASS a, b or c (absent: every class) and LEVEL shall (default; "不应小于": a violation is a
// Fail) or should ("不宜小于": a violation is a Warn). The entry's "min" is the minimum distance in
// metres ("unit": "m"). Examples: "railway.a.shall" min 800, "metro.b.should" min 80,
// "gas-station.should" min 50 (a user rule for every class).
// For the kinds "flood-prone" (and any rule on an area) the min is the radius within which such a
// hazard must not be: the code says "shall not be sited" without a distance; the shipped radius
// is marked low confidence (our choice, not the code's) so a user rule should set it.
// The airport rule applies only when the site is inside the flight path: the airport's
// "flight-path" attribute is yes, or the site lies inside a flight-path hazard in the same list.

#include "backend/api/limitset.h"
#include "backend/geo/hazard.h"

#include <QList>
#include <QString>

#include <optional>

namespace edge::geo {

enum class SiteClass { A, B, C };
QString siteClassName(SiteClass siteClass);                      // "A", "B", "C"
std::optional<SiteClass> siteClassFromName(const QString &name); // any case

struct DistanceRule {
    HazardKind kind = HazardKind::Other;
    std::optional<SiteClass> siteClass; // nullopt: applies to every class
    bool shall = true;                  // false: "should" (a violation warns)
    double minMeters = 0;
    double warnMargin = 0; // metres: a distance under minMeters + warnMargin warns
    api::LimitSource source;
    QString note;
    bool user = false; // from the user's rules (these replace shipped rules of the same kind)
};

// The rules of limit sets (keys as above; entries whose key does not name a hazard kind are an
// error naming the set and entry). Code::BadInput.
api::Result<QList<DistanceRule>> rulesFromLimitSets(const QList<api::LimitSet> &sets, bool user,
                                                    const QString &fileName);

// The shipped GB 50174-2017 rules (from the compiled-in resource).
QList<DistanceRule> shippedRules();

// A user rules file: limit-set JSON as above. Code::BadInput naming file/line/column or
// set/entry.
api::Result<QList<DistanceRule>> parseUserRules(const QByteArray &json, const QString &fileName);
api::Result<QList<DistanceRule>> loadUserRules(const QString &path);

// The rule that applies to a kind for a class: a user rule for the kind if any (class-specific
// before any-class, the largest distance when several), else the shipped rule. nullopt: none.
std::optional<DistanceRule> ruleFor(HazardKind kind, SiteClass siteClass,
                                    const QList<DistanceRule> &shipped,
                                    const QList<DistanceRule> &user);

// One row of the nearest-first table.
struct HazardCheck {
    Hazard hazard;
    NearestPoint nearest;
    std::optional<DistanceRule> rule; // the rule applied (nullopt: none applied)
    api::Check check;                 // id "distance.KIND.N", category "distance", value metres
};

struct SiteCheckOptions {
    SiteClass siteClass = SiteClass::A;
    QList<DistanceRule> userRules;
    // Shipped rules; empty means shippedRules(). Tests may set their own.
    QList<DistanceRule> shippedRules;
};

// Every hazard's distance and check, nearest first (ties by name). A hazard with no rule for the
// class passes ("no distance requirement"); an airport whose flight-path membership is unknown
// is NotMeasured with a note saying what to add; a violated "shall" rule fails, a violated
// "should" rule warns.
QList<HazardCheck> checkSite(const GeoPoint &site, const QList<Hazard> &hazards,
                             const SiteCheckOptions &options = {});

// Data for a plot of the site (console, report): east/north metre offsets from the site
// (azimuthal equidistant, hazard.h localOffsets) of every hazard's vertices and nearest point,
// and one ring per distinct rule distance that applies to a hazard in the list.
struct PlotHazard {
    QString name;
    HazardKind kind = HazardKind::Other;
    HazardGeometry::Type type = HazardGeometry::Point;
    QList<QList<QPointF>> parts; // like HazardGeometry::parts, in metres east/north
    QPointF nearest;
    double meters = 0;
    api::CheckResult result = api::CheckResult::NotMeasured;
};
struct PlotRing {
    double radiusMeters = 0;
    QString label; // "railway ≥ 800 m (shall)"
    bool shall = true;
};
struct SitePlot {
    GeoPoint site;
    QList<PlotHazard> hazards;
    QList<PlotRing> rings; // ascending radius
};
SitePlot sitePlot(const GeoPoint &site, const QList<HazardCheck> &checks);

} // namespace edge::geo
