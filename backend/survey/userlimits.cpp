#include "backend/survey/userlimits.h"

#include "backend/acoustics/noisechecks.h"
#include "backend/survey/profiles.h"
#include "backend/survey/surveytr.h"

#include <QFile>
#include <QHash>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcUserLimits, "edge.survey.limits")

namespace edge::survey {

namespace {

const QString kGeoResource = QStringLiteral(":/edge/geo/limits/gb50174-2017-site.json");

QList<api::LimitSet> shippedDistanceSets()
{
    QFile f(kGeoResource);
    if (!f.open(QIODevice::ReadOnly)) {
        qCWarning(lcUserLimits) << "cannot read the resource" << kGeoResource;
        return {};
    }
    auto sets = api::parseLimitSets(f.readAll(), kGeoResource);
    if (!sets) {
        qCWarning(lcUserLimits) << sets.error().toString();
        return {};
    }
    return *sets;
}

QList<api::LimitSet> ofDomains(const QList<api::LimitSet> &sets,
                               std::initializer_list<LimitDomain> domains)
{
    QList<api::LimitSet> out;
    for (const api::LimitSet &s : sets)
        if (std::find(domains.begin(), domains.end(), limitDomainOf(s)) != domains.end())
            out << s;
    return out;
}

} // namespace

LimitDomain limitDomainOf(const api::LimitSet &set)
{
    if (set.id == QLatin1String(kSiteFactsSetId) || set.category == u"site")
        return LimitDomain::SiteFacts;
    if (set.category == u"temperature")
        return LimitDomain::Thermal;
    if (set.category == u"noise")
        return LimitDomain::Noise;
    if (set.category == u"distance")
        return LimitDomain::Distance;
    return LimitDomain::Other;
}

QList<api::LimitSet> allShippedLimitSets()
{
    QList<api::LimitSet> out = shippedLimitSets();
    if (auto noise = acoustics::shippedNoiseLimits())
        out += *noise;
    else
        qCWarning(lcUserLimits) << noise.error().toString();
    out += shippedDistanceSets();
    return out;
}

std::optional<api::LimitSet> shippedLimitSet(const QString &id)
{
    return findSet(allShippedLimitSets(), id);
}

api::Result<QList<api::LimitSetRecord>> loadLimitSetRecords(api::Inventory &inventory)
{
    QList<api::LimitSetRecord> out;
    api::ListQuery q;
    q.kind = api::EntityKind::LimitSet;
    q.limit = 500;
    for (;;) {
        auto page = inventory.list(q);
        if (!page)
            return std::unexpected(page.error());
        for (const api::Record &r : std::as_const(page->records)) {
            if (auto v = api::LimitSetRecord::fromRecord(r))
                out.append(*v);
        }
        q.offset += int(page->records.size());
        if (page->records.isEmpty() || q.offset >= page->total)
            break;
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const api::LimitSetRecord &a, const api::LimitSetRecord &b) {
                         return a.setId != b.setId ? a.setId < b.setId : a.version < b.version;
                     });
    return out;
}

QList<api::LimitSet> newestUserSets(const QList<api::LimitSetRecord> &records, QStringList *problems)
{
    QHash<QString, const api::LimitSetRecord *> newest;
    QStringList order;
    for (const api::LimitSetRecord &r : records) {
        auto it = newest.find(r.setId);
        if (it == newest.end()) {
            newest.insert(r.setId, &r);
            order << r.setId;
        } else if (r.version > (*it)->version) {
            *it = &r;
        }
    }
    QList<api::LimitSet> out;
    for (const QString &id : std::as_const(order)) {
        const api::LimitSetRecord *r = newest.value(id);
        auto set = r->limitSet();
        if (!set) {
            if (problems)
                *problems << Tr::tr("The limit set \"%1\" version %2 cannot be used: %3")
                                 .arg(r->setId)
                                 .arg(r->version)
                                 .arg(set.error().message);
            continue;
        }
        out << *set;
    }
    return out;
}

int currentLimitSetVersion(const QString &setId, const QList<api::LimitSetRecord> &records)
{
    int version = 0;
    if (auto shipped = shippedLimitSet(setId))
        version = shipped->version;
    for (const api::LimitSetRecord &r : records)
        if (r.setId == setId)
            version = std::max(version, r.version);
    return version;
}

api::Result<api::LimitSetRecord> storeLimitSetVersion(api::Inventory &inventory,
                                                      const api::LimitSet &set,
                                                      const QString &author, const QString &notes)
{
    auto records = loadLimitSetRecords(inventory);
    if (!records)
        return std::unexpected(records.error());
    const int current = currentLimitSetVersion(set.id, *records);
    if (set.version <= current)
        return api::fail(api::Code::Conflict,
                         Tr::tr("The limit set \"%1\" is already at version %2; version %3 is not "
                                "newer. Set \"version\" to %4 or more and try again.")
                             .arg(set.id)
                             .arg(current)
                             .arg(set.version)
                             .arg(current + 1),
                         {}, QStringLiteral("version"));
    const api::LimitSetRecord record = api::limitSetRecordFor(set, author, notes);
    if (auto valid = api::validate(record); !valid)
        return std::unexpected(valid.error());
    auto created = inventory.create(record.toRecord());
    if (!created)
        return std::unexpected(created.error());
    return api::LimitSetRecord::fromRecord(*created);
}

EffectiveLimits effectiveLimits(const QList<api::LimitSetRecord> &records)
{
    EffectiveLimits out;
    if (records.isEmpty())
        return out;
    const QList<api::LimitSet> user = newestUserSets(records, &out.problems);
    const QList<api::LimitSet> userThermal = ofDomains(user, {LimitDomain::Thermal,
                                                              LimitDomain::SiteFacts});
    if (!userThermal.isEmpty())
        out.thermalSets = api::mergeLimitSets(shippedLimitSets(), userThermal);
    const QList<api::LimitSet> userNoise = ofDomains(user, {LimitDomain::Noise});
    if (!userNoise.isEmpty()) {
        auto shipped = acoustics::shippedNoiseLimits();
        out.noiseSets = api::mergeLimitSets(shipped ? *shipped : QList<api::LimitSet>(), userNoise);
    }
    const QList<api::LimitSet> userDistance = ofDomains(user, {LimitDomain::Distance});
    if (!userDistance.isEmpty()) {
        // A user's version replaces the shipped rules of the kinds it names (geo::ruleFor), but
        // only when it is at least as new as the shipped set (the same rule as mergeLimitSets).
        QList<api::LimitSet> newer;
        for (const api::LimitSet &s : userDistance) {
            const auto shipped = findSet(shippedDistanceSets(), s.id);
            if (!shipped || s.version >= shipped->version)
                newer << s;
        }
        auto rules = geo::rulesFromLimitSets(newer, true, QStringLiteral("limit sets"));
        if (rules)
            out.userRules = *rules;
        else
            out.problems << rules.error().message;
    }
    return out;
}

EffectiveLimits effectiveLimits(api::Inventory &inventory)
{
    auto records = loadLimitSetRecords(inventory);
    if (!records) {
        EffectiveLimits out;
        out.problems << Tr::tr("The stored limit sets could not be read (%1); the shipped limits "
                               "are used.")
                            .arg(records.error().message);
        return out;
    }
    return effectiveLimits(*records);
}

} // namespace edge::survey
