#include "backend/survey/profiles.h"
#include "backend/survey/surveytr.h"

#include <QFile>
#include <QFileInfo>

namespace edge::survey {

namespace {

// Shipped order: the list people pick from.
const char *const kShipped[] = {
    "ashrae-2021-recommended",
    "ashrae-2021-a1",
    "ashrae-2021-a2",
    "ashrae-2021-a3",
    "ashrae-2021-a4",
    "gb50174-2017",
    "tia942-2005",
    "ydt2441-2013",
    "whitepaper-high-temperature-servers",
    "whitepaper-immersion-outdoor",
    "site-facts",
};

} // namespace

QList<api::LimitSet> shippedLimitSets()
{
    QList<api::LimitSet> out;
    for (const char *id : kShipped) {
        const QString path = QStringLiteral(":/survey/limits/%1.json").arg(QLatin1String(id));
        QFile f(path);
        EC_ASSERT(f.open(QIODevice::ReadOnly), continue);
        auto sets = api::parseLimitSets(f.readAll(), path);
        EC_ASSERT(sets.has_value(), continue);
        out << *sets;
    }
    return out;
}

QList<api::LimitSet> thermalProfiles(const QList<api::LimitSet> &sets)
{
    QList<api::LimitSet> out;
    for (const api::LimitSet &s : sets)
        if (s.category == u"temperature")
            out << s;
    return out;
}

api::Result<QList<api::LimitSet>> loadLimitSetFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return api::fail(api::Code::BadInput,
                         Tr::tr("Cannot read the limits file %1: %2. Check the path.")
                             .arg(path, f.errorString()),
                         QStringLiteral("open %1").arg(path), QStringLiteral("file"));
    if (f.size() > 16 * 1024 * 1024)
        return api::fail(api::Code::BadInput,
                         Tr::tr("The limits file %1 is larger than 16 MiB: it cannot be a limits "
                                "file.")
                             .arg(path),
                         {}, QStringLiteral("file"));
    return api::parseLimitSets(f.readAll(), QFileInfo(path).fileName());
}

api::Result<QList<api::LimitSet>> limitSets(const QString &overridePath)
{
    const QList<api::LimitSet> shipped = shippedLimitSets();
    if (overridePath.isEmpty())
        return shipped;
    auto overrides = loadLimitSetFile(overridePath);
    if (!overrides)
        return std::unexpected(overrides.error());
    return api::mergeLimitSets(shipped, *overrides);
}

std::optional<api::LimitSet> findSet(const QList<api::LimitSet> &sets, const QString &id)
{
    for (const api::LimitSet &s : sets)
        if (s.id == id)
            return s;
    return std::nullopt;
}

} // namespace edge::survey
