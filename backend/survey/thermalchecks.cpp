#include "backend/survey/thermalchecks.h"
#include "backend/survey/surveytr.h"

namespace edge::survey {

namespace {

enum class Side { Min, Max };

QString joinNotes(const QStringList &notes)
{
    QStringList nonEmpty;
    for (const QString &n : notes)
        if (!n.isEmpty())
            nonEmpty << n;
    return nonEmpty.join(QStringLiteral(" "));
}

struct Builder {
    const ThermalSummary &summary;
    const api::LimitSet &profile;
    const ThermalCheckOptions &options;
    QList<api::Check> checks;

    // One check for one side of an entry; nothing when the entry or that side is missing.
    void add(const char *entryKey, Side side, const QString &id, const QString &category,
             const QString &subject, const QString &rule, std::optional<double> value,
             bool humidity, const QString &extraNote)
    {
        const api::LimitEntry *e = profile.find(QLatin1String(entryKey));
        if (!e)
            return;
        const std::optional<double> bound = side == Side::Min ? e->limit.min : e->limit.max;
        if (!bound)
            return;
        api::Check c;
        c.id = id;
        c.category = category;
        c.subject = subject;
        c.value = value;
        c.limit.unit = e->limit.unit;
        if (side == Side::Min)
            c.limit.min = bound;
        else
            c.limit.max = bound;
        const std::optional<double> optionMargin = humidity ? options.humidityMargin
                                                            : options.temperatureMargin;
        const double defaultMargin = humidity ? kDefaultHumidityMargin : kDefaultTemperatureMargin;
        c.limit.warnMargin = std::max(0.0, optionMargin.value_or(e->limit.warnMargin > 0
                                                                     ? e->limit.warnMargin
                                                                     : defaultMargin));
        c.rule = rule;
        c.source = e->source;
        c.result = api::evaluate(value, c.limit);
        QString unverified;
        if (!e->source.verified())
            unverified = Tr::tr("Unverified limit: check it against the standard before relying "
                                "on it.");
        c.note = joinNotes({extraNote, unverified, e->note});
        checks << c;
    }
};

} // namespace

QList<api::Check> thermalChecks(const ThermalSummary &s, const api::LimitSet &profile,
                                const ThermalCheckOptions &options)
{
    Builder b{s, profile, options, {}};
    const QString temperature = QStringLiteral("temperature");
    const QString humidity = QStringLiteral("humidity");
    const QString none = s.count == 0 ? Tr::tr("No readings.") : QString();
    b.add("drybulb", Side::Max, QStringLiteral("temperature.max"), temperature,
          Tr::tr("Highest temperature (of %n readings)", nullptr, s.count),
          Tr::tr("inlet dry-bulb temperature at most the profile's maximum"), s.maxC, false, none);
    b.add("drybulb", Side::Min, QStringLiteral("temperature.min"), temperature,
          Tr::tr("Lowest temperature (of %n readings)", nullptr, s.count),
          Tr::tr("inlet dry-bulb temperature at least the profile's minimum"), s.minC, false, none);

    const QString noHumidity = s.humidityCount == 0
                                   ? Tr::tr("Not measured: the readings have no humidity.")
                                   : QString();
    QString magnus;
    if (s.outsideMagnusRange > 0)
        magnus = Tr::tr("%n dew point(s) computed outside -40 to 50 °C, where the Magnus formula "
                        "is less accurate.",
                        nullptr, s.outsideMagnusRange);
    const QString dpNote = noHumidity.isEmpty() ? magnus : noHumidity;
    b.add("dewpoint", Side::Max, QStringLiteral("dewpoint.max"), humidity,
          Tr::tr("Highest dew point (Magnus formula)"),
          Tr::tr("dew point at most the profile's maximum"), s.dewPointMaxC, false, dpNote);
    b.add("dewpoint", Side::Min, QStringLiteral("dewpoint.min"), humidity,
          Tr::tr("Lowest dew point (Magnus formula)"),
          Tr::tr("dew point at least the profile's minimum"), s.dewPointMinC, false, dpNote);
    b.add("rh", Side::Max, QStringLiteral("humidity.max"), humidity,
          Tr::tr("Highest relative humidity (of %n readings)", nullptr, s.humidityCount),
          Tr::tr("relative humidity at most the profile's maximum"), s.rhMax, true, noHumidity);
    b.add("rh", Side::Min, QStringLiteral("humidity.min"), humidity,
          Tr::tr("Lowest relative humidity (of %n readings)", nullptr, s.humidityCount),
          Tr::tr("relative humidity at least the profile's minimum"), s.rhMin, true, noHumidity);

    QStringList windowNotes;
    if (s.count > 0 && s.maxGapS > 15 * 60)
        windowNotes << Tr::tr("The longest gap between readings is %1 min: changes across gaps "
                              "were not observed.")
                           .arg(QString::number(s.maxGapS / 60.0, 'f', 0));
    QStringList hourNotes = windowNotes;
    if (!s.maxChangePerHour && s.count > 0)
        hourNotes.prepend(Tr::tr("Not measured: no two readings of a sensor are within an hour "
                                 "of each other."));
    else if (s.count > 0 && s.spanS < 3600)
        hourNotes << Tr::tr("The readings span less than an hour: the value is a lower bound.");
    b.add("rate.hour", Side::Max, QStringLiteral("temperature.rate-hour"), temperature,
          Tr::tr("Largest temperature change within any hour"),
          Tr::tr("temperature change in any 60 minutes at most the profile's rate"),
          s.maxChangePerHour, false, joinNotes(hourNotes + QStringList{none}));
    QStringList quarterNotes = windowNotes;
    if (!s.maxChange15Min && s.count > 0)
        quarterNotes.prepend(Tr::tr("Not measured: no two readings of a sensor are within 15 "
                                    "minutes of each other."));
    b.add("change.15min", Side::Max, QStringLiteral("temperature.change-15min"), temperature,
          Tr::tr("Largest temperature change within any 15 minutes"),
          Tr::tr("temperature change in any 15 minutes at most the profile's limit"),
          s.maxChange15Min, false, joinNotes(quarterNotes + QStringList{none}));
    return b.checks;
}

ThermalEnvelope envelopeFor(const api::LimitSet &profile)
{
    ThermalEnvelope env;
    env.profileId = profile.id;
    env.title = profile.title;
    env.hasUnverified = profile.hasUnverified();
    const auto band = [&](const char *key, Band *out) {
        if (const api::LimitEntry *e = profile.find(QLatin1String(key))) {
            out->min = e->limit.min;
            out->max = e->limit.max;
            out->unit = e->limit.unit;
            out->verified = e->source.verified();
        }
    };
    band("drybulb", &env.temperature);
    band("dewpoint", &env.dewPoint);
    band("rh", &env.humidity);
    if (const api::LimitEntry *e = profile.find(QStringLiteral("rate.hour")))
        env.maxChangePerHour = e->limit.max;
    if (const api::LimitEntry *e = profile.find(QStringLiteral("change.15min")))
        env.maxChange15Min = e->limit.max;
    return env;
}

} // namespace edge::survey
