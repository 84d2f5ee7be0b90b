#include "backend/acoustics/noisechecks.h"

#include "backend/acoustics/acousticstr.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <algorithm>

namespace edge::acoustics {

namespace {

const QString kGb3096 = QStringLiteral("gb3096-2008");
const QString kGb12348 = QStringLiteral("gb12348-2008");
const QString kMachineRoom = QStringLiteral("gb50174-machine-room-noise");

QString periodText(Period p) { return p == Period::Day ? Tr::tr("day") : Tr::tr("night"); }

api::Confidence weaker(api::Confidence a, api::Confidence b)
{
    return int(a) > int(b) ? a : b; // High < Medium < Low
}

class Lookup {
public:
    explicit Lookup(const QList<api::LimitSet> &sets)
        : m_sets(sets)
    {}

    api::Result<const api::LimitEntry *> entry(const QString &setId, const QString &key) const
    {
        const auto set = std::find_if(m_sets.begin(), m_sets.end(),
                                      [&](const api::LimitSet &s) { return s.id == setId; });
        if (set == m_sets.end())
            return api::fail(api::Code::NotFound,
                             Tr::tr("The limit set \"%1\" is missing. Restore the shipped limits "
                                    "or import the set.")
                                 .arg(setId));
        const api::LimitEntry *e = set->find(key);
        if (!e || !e->limit.max)
            return api::fail(api::Code::NotFound,
                             Tr::tr("The limit set \"%1\" has no entry \"%2\" with a maximum. "
                                    "Restore the shipped limits or add the entry.")
                                 .arg(setId, key));
        return e;
    }

private:
    const QList<api::LimitSet> &m_sets;
};

struct Builder {
    const NoiseLevels &levels;
    const NoiseCheckContext &context;

    api::Check make(const QString &id, const QString &subject, std::optional<double> value,
                    double max, const QString &rule, api::LimitSource source,
                    const QString &note) const
    {
        api::Check c;
        c.id = id;
        c.category = QStringLiteral("noise");
        c.subject = subject;
        c.limit.max = max;
        c.limit.unit = QStringLiteral("dB(A)");
        c.limit.warnMargin = std::max(0.0, context.warnMarginDb);
        c.rule = rule;
        c.source = std::move(source);
        c.note = note;
        if (levels.calibrated) {
            c.value = value;
            c.result = api::evaluate(value, c.limit);
            if (!value) {
                c.note = QCoreApplication::translate(
                    "edge::acoustics",
                    "The recording is too short for a time-weighted maximum (needs "
                    "more than 1 s).");
            }
        } else {
            c.result = api::CheckResult::NotMeasured;
            c.note = QCoreApplication::translate(
                "edge::acoustics",
                "Not measured: the levels are uncalibrated (dBFS). Calibrate the "
                "microphone with a sound calibrator (--calibrate CAL.wav "
                "--calibrator-db 94) and measure again.");
        }
        return c;
    }
};

} // namespace

std::optional<Period> periodFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("day"))
        return Period::Day;
    if (n == QLatin1String("night"))
        return Period::Night;
    return std::nullopt;
}

QString periodName(Period period)
{
    return period == Period::Day ? QStringLiteral("day") : QStringLiteral("night");
}

std::optional<NightEvents> nightEventsFromName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("none"))
        return NightEvents::None;
    if (n == QLatin1String("frequent"))
        return NightEvents::Frequent;
    if (n == QLatin1String("occasional"))
        return NightEvents::Occasional;
    return std::nullopt;
}

api::Result<QString> normalizeZone(const QString &zone)
{
    const QString z = zone.trimmed().toLower();
    static const QStringList valid = {QStringLiteral("0"),  QStringLiteral("1"),
                                      QStringLiteral("2"),  QStringLiteral("3"),
                                      QStringLiteral("4a"), QStringLiteral("4b")};
    if (!valid.contains(z))
        return api::fail(api::Code::Validation,
                         Tr::tr("\"%1\" is not a GB 3096-2008 zone class; use 0, 1, 2, 3, 4a or "
                                "4b.")
                             .arg(zone),
                         {}, QStringLiteral("zone"));
    return z;
}

api::Result<QList<api::LimitSet>> shippedNoiseLimits()
{
    QList<api::LimitSet> all;
    const QDir dir(QStringLiteral(":/acoustics/limits"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (files.isEmpty())
        return api::fail(api::Code::Internal,
                         QStringLiteral("the shipped noise limits are missing from the build"),
                         QStringLiteral("no :/acoustics/limits/*.json resource"));
    for (const QString &name : files) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            return api::fail(api::Code::Internal,
                             QStringLiteral("cannot read the resource %1").arg(f.fileName()));
        auto sets = api::parseLimitSets(f.readAll(), name);
        if (!sets)
            return std::unexpected(sets.error());
        all += *sets;
    }
    return all;
}

api::Result<QList<api::Check>> noiseChecks(const NoiseLevels &levels,
                                           const NoiseCheckContext &context,
                                           const QList<api::LimitSet> &sets)
{
    QList<api::Check> checks;
    const Lookup lookup(sets);
    const Builder build{levels, context};
    const bool night = context.period == Period::Night;
    const QString period = periodName(context.period);

    if (!context.zone.isEmpty()) {
        auto zone = normalizeZone(context.zone);
        if (!zone)
            return std::unexpected(zone.error());
        const QString z = *zone;

        // GB 3096-2008: the environment at the place measured (outdoors).
        if (!context.nearSensitiveBuilding) {
            auto e = lookup.entry(kGb3096, QStringLiteral("zone%1.%2").arg(z, period));
            if (!e)
                return std::unexpected(e.error());
            const api::LimitEntry &env = **e;
            checks << build.make(QStringLiteral("noise.environment.%1").arg(period),
                                 Tr::tr("LAeq, %1").arg(periodText(context.period)), levels.laeq,
                                 *env.limit.max,
                                 Tr::tr("LAeq within the GB 3096-2008 zone %1 %2 limit")
                                     .arg(z, periodText(context.period)),
                                 env.source, env.note);
            if (night && context.nightEvents == NightEvents::Occasional) {
                auto a = lookup.entry(kGb3096, QStringLiteral("night.sudden-allowance"));
                if (!a)
                    return std::unexpected(a.error());
                api::LimitSource src = env.source;
                src.clause = env.source.clause == (*a)->source.clause
                                 ? src.clause
                                 : src.clause + QStringLiteral(", ") + (*a)->source.clause;
                src.confidence = weaker(env.source.confidence, (*a)->source.confidence);
                checks << build.make(QStringLiteral("noise.environment.night.lmax"),
                                     Tr::tr("LAFmax, night"), levels.lafMax,
                                     *env.limit.max + *(*a)->limit.max,
                                     Tr::tr("sudden noise at night at most %1 dB(A) above the "
                                            "zone's night limit")
                                         .arg(*(*a)->limit.max),
                                     src, (*a)->note);
            }
        }

        // GB 12348-2008: the boundary of the site (Table 1), zones 4a and 4b are its class 4.
        const QString bz = z.startsWith(QLatin1Char('4')) ? QStringLiteral("4") : z;
        auto e = lookup.entry(kGb12348, QStringLiteral("zone%1.%2").arg(bz, period));
        if (!e)
            return std::unexpected(e.error());
        const api::LimitEntry &boundary = **e;
        double limit = *boundary.limit.max;
        api::LimitSource src = boundary.source;
        QString note = boundary.note;
        QString rule = Tr::tr("LAeq at the site boundary within the GB 12348-2008 zone %1 %2 "
                              "limit")
                           .arg(bz, periodText(context.period));
        if (context.nearSensitiveBuilding) {
            auto r = lookup.entry(kGb12348, QStringLiteral("near-building.reduction"));
            if (!r)
                return std::unexpected(r.error());
            limit -= *(*r)->limit.max;
            src.clause += QStringLiteral(", ") + (*r)->source.clause;
            src.confidence = weaker(src.confidence, (*r)->source.confidence);
            rule = Tr::tr("LAeq measured inside the noise-sensitive building less than 1 m from "
                          "the boundary, within the GB 12348-2008 zone %1 %2 limit minus %3 "
                          "dB(A)")
                       .arg(bz, periodText(context.period))
                       .arg(*(*r)->limit.max);
            note = (*r)->note;
        }
        const QString id = context.nearSensitiveBuilding
                               ? QStringLiteral("noise.boundary.indoor.%1").arg(period)
                               : QStringLiteral("noise.boundary.%1").arg(period);
        checks << build.make(id, Tr::tr("LAeq, %1").arg(periodText(context.period)), levels.laeq,
                             limit, rule, src, note);

        if (night && context.nightEvents != NightEvents::None) {
            const bool frequent = context.nightEvents == NightEvents::Frequent;
            auto a = lookup.entry(kGb12348, frequent
                                                ? QStringLiteral("night.frequent-allowance")
                                                : QStringLiteral("night.occasional-allowance"));
            if (!a)
                return std::unexpected(a.error());
            api::LimitSource lsrc = src;
            lsrc.clause += QStringLiteral(", ") + (*a)->source.clause;
            lsrc.confidence = weaker(src.confidence, (*a)->source.confidence);
            checks << build.make(
                id + QStringLiteral(".lmax"), Tr::tr("LAFmax, night"), levels.lafMax,
                limit + *(*a)->limit.max,
                frequent ? Tr::tr("frequent noise at night at most %1 dB(A) above the night "
                                  "limit")
                               .arg(*(*a)->limit.max)
                         : Tr::tr("occasional noise at night at most %1 dB(A) above the night "
                                  "limit")
                               .arg(*(*a)->limit.max),
                lsrc, (*a)->note);
        }
    }

    if (context.machineRoom) {
        for (const QString &key :
             {QStringLiteral("machine-room.2008"), QStringLiteral("machine-room.2017")}) {
            auto e = lookup.entry(kMachineRoom, key);
            if (!e)
                return std::unexpected(e.error());
            const api::LimitEntry &m = **e;
            QString note = m.note;
            if (!m.source.verified())
                note = Tr::tr("Unverified limit (low confidence in the reference); check the "
                              "standard's text. %1")
                           .arg(m.note);
            checks << build.make(QStringLiteral("noise.machine-room.%1")
                                     .arg(m.source.standard.section(QLatin1Char('-'), -1)),
                                 Tr::tr("LAeq in the machine room"), levels.laeq, *m.limit.max,
                                 Tr::tr("machine-room noise below the %1 limit")
                                     .arg(m.source.standard),
                                 m.source, note);
        }
    }
    return checks;
}

} // namespace edge::acoustics
