// `survey noise` (issue 4): levels of a WAV recording (IEC 61672-1 A/C/Z, F/S, LA10/LA90,
// LCpeak), optionally calibrated with a sound-calibrator recording, and checked against the noise
// limits (GB 3096-2008, GB 12348-2008, GB 50174). No hub needed.
#include "app/edgectl/checkoutput.h"
#include "app/edgectl/command.h"
#include "app/edgectl/tr.h"
#include "backend/acoustics/noisechecks.h"
#include "backend/acoustics/noisefile.h"
#include "backend/survey/surveyevaluation.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace edge::edgectl {

namespace {

using acoustics::NoiseLevels;

double round2(double v) { return std::round(v * 100.0) / 100.0; }

QString levelText(std::optional<double> v)
{
    return v ? QString::number(*v, 'f', 1) : QStringLiteral("-");
}

int runSurveyNoise(Context &ctx)
{
    const ParsedArgs &a = ctx.args;
    const QString wav = a.value(QStringLiteral("wav"));
    if (wav.isEmpty())
        return ctx.usage(Tr::tr("Say which recording to analyse: --wav FILE."),
                         QStringLiteral("--wav"));
    int channel = 0;
    if (a.has(QStringLiteral("channel"))) {
        bool ok = false;
        channel = a.value(QStringLiteral("channel")).toInt(&ok);
        if (!ok || channel < 0)
            return ctx.usage(Tr::tr("--channel takes a channel number from 0."),
                             QStringLiteral("--channel"));
    }

    // Checks: validate the context before the (long) analysis.
    acoustics::NoiseCheckContext checkContext;
    const bool wantChecks = a.has(QStringLiteral("zone")) || a.has(QStringLiteral("machine-room"));
    if (a.has(QStringLiteral("zone"))) {
        auto zone = acoustics::normalizeZone(a.value(QStringLiteral("zone")));
        if (!zone)
            return ctx.usage(zone.error().message, QStringLiteral("--zone"));
        checkContext.zone = *zone;
        const auto period = acoustics::periodFromName(a.value(QStringLiteral("period")));
        if (!period)
            return ctx.usage(Tr::tr("With --zone, say when you measured: --period day or "
                                    "--period night."),
                             QStringLiteral("--period"));
        checkContext.period = *period;
    } else if (a.has(QStringLiteral("period")) || a.has(QStringLiteral("night-events"))
               || a.has(QStringLiteral("near-building"))) {
        return ctx.usage(Tr::tr("--period, --night-events and --near-building need --zone."),
                         QStringLiteral("--zone"));
    }
    if (a.has(QStringLiteral("night-events"))) {
        const auto events = acoustics::nightEventsFromName(a.value(QStringLiteral("night-events")));
        if (!events)
            return ctx.usage(Tr::tr("--night-events takes none, frequent or occasional."),
                             QStringLiteral("--night-events"));
        checkContext.nightEvents = *events;
    }
    checkContext.nearSensitiveBuilding = a.has(QStringLiteral("near-building"));
    checkContext.machineRoom = a.has(QStringLiteral("machine-room"));
    if (a.has(QStringLiteral("warn-margin"))) {
        bool ok = false;
        checkContext.warnMarginDb = a.value(QStringLiteral("warn-margin")).toDouble(&ok);
        if (!ok || checkContext.warnMarginDb < 0 || checkContext.warnMarginDb > 20)
            return ctx.usage(Tr::tr("--warn-margin takes a number of dB from 0 to 20."),
                             QStringLiteral("--warn-margin"));
    }

    // Calibration.
    std::optional<acoustics::Calibration> calibration;
    const QString calFile = a.value(QStringLiteral("calibrate"));
    if (a.has(QStringLiteral("calibrate"))) {
        bool ok = false;
        const double calDb = a.value(QStringLiteral("calibrator-db")).toDouble(&ok);
        if (!a.has(QStringLiteral("calibrator-db")) || !ok)
            return ctx.usage(Tr::tr("Say the calibrator's level: --calibrator-db 94 (or 114)."),
                             QStringLiteral("--calibrator-db"));
        const QString mic = a.has(QStringLiteral("microphone"))
                                ? a.value(QStringLiteral("microphone"))
                                : QStringLiteral("default");
        auto cal = acoustics::calibrateFromWavFile(calFile, channel, calDb, mic,
                                                   QDateTime::currentMSecsSinceEpoch());
        if (!cal) {
            api::Error e = cal.error();
            if (e.field == QLatin1String("calibrator-db"))
                return ctx.usage(e.message, QStringLiteral("--calibrator-db"));
            return ctx.fail(e);
        }
        calibration = *cal;
    } else if (a.has(QStringLiteral("calibrator-db"))) {
        return ctx.usage(Tr::tr("--calibrator-db goes with --calibrate CAL.wav."),
                         QStringLiteral("--calibrate"));
    }

    auto analysis = acoustics::analyzeWavFile(wav, channel,
                                              calibration
                                                  ? std::optional<double>(calibration->offsetDb)
                                                  : std::nullopt);
    if (!analysis)
        return ctx.fail(analysis.error());
    const NoiseLevels &l = analysis->levels;

    QList<api::Check> checks;
    if (wantChecks) {
        auto sets = acoustics::shippedNoiseLimits();
        if (!sets)
            return ctx.fail(sets.error());
        auto made = acoustics::noiseChecks(l, checkContext, *sets);
        if (!made)
            return ctx.fail(made.error());
        checks = *made;
    }

    if (ctx.out.json()) {
        QJsonObject o = survey::levelsToJson(l, 2);
        o.insert(QStringLiteral("file"), wav);
        o.insert(QStringLiteral("channel"), channel);
        o.insert(QStringLiteral("format"), analysis->format.describe());
        o.insert(QStringLiteral("sample_rate"), analysis->format.sampleRate);
        o.insert(QStringLiteral("duration_s"), std::round(l.durationS * 1000.0) / 1000.0);
        if (!l.calibrated)
            o.insert(QStringLiteral("unit_convention"),
                     QStringLiteral("AES17: a full-scale sine is 0 dBFS"));
        if (calibration) {
            o.insert(QStringLiteral("calibration"),
                     QJsonObject{
                         {QStringLiteral("file"), calFile},
                         {QStringLiteral("microphone"), calibration->microphone},
                         {QStringLiteral("calibrator_db"), calibration->calibratorDb},
                         {QStringLiteral("offset_db"), round2(calibration->offsetDb)},
                         {QStringLiteral("frequency_hz"), round2(calibration->frequencyCheckHz)},
                         {QStringLiteral("measured_at"),
                          QDateTime::fromMSecsSinceEpoch(calibration->measuredAtMs, Qt::UTC)
                              .toString(Qt::ISODateWithMs)},
                     });
        }
        if (a.has(QStringLiteral("series"))) {
            QJsonArray series;
            for (const acoustics::LevelPoint &p : l.series)
                series.append(QJsonObject{{QStringLiteral("t_s"), p.timeS},
                                          {QStringLiteral("LAeq"), round2(p.laeqDb)},
                                          {QStringLiteral("LAFmax"), round2(p.lafMaxDb)},
                                          {QStringLiteral("LAF"), round2(p.lafDb)}});
            o.insert(QStringLiteral("series"), series);
        }
        if (wantChecks) {
            QJsonArray arr;
            for (const api::Check &c : checks)
                arr.append(checkToJson(c));
            o.insert(QStringLiteral("checks"), arr);
            o.insert(QStringLiteral("verdict"),
                     api::checkResultName(api::summarize(checks).verdict));
        }
        if (!analysis->warnings.isEmpty())
            o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(analysis->warnings));
        ctx.out.jsonOut(o);
        return 0;
    }

    for (const QString &w : analysis->warnings)
        ctx.out.err(w);
    const QString unit = l.unit();
    QList<QPair<QString, QString>> head{
        {Tr::tr("File"), wav},
        {Tr::tr("Format"),
         QStringLiteral("%1 (channel %2)").arg(analysis->format.describe()).arg(channel)},
        {Tr::tr("Duration"), Tr::tr("%1 s").arg(l.durationS, 0, 'f', 1)},
    };
    if (calibration)
        head.append({Tr::tr("Calibration"), Tr::tr("%1 dB calibrator, offset %2 dB, tone at %3 Hz")
                                                .arg(calibration->calibratorDb)
                                                .arg(calibration->offsetDb, 0, 'f', 2)
                                                .arg(calibration->frequencyCheckHz, 0, 'f', 0)});
    else
        head.append({Tr::tr("Calibration"),
                     Tr::tr("none: levels in dBFS (a full-scale sine is 0 dBFS, AES17)")});
    ctx.out.keyValues(head);
    ctx.out.out(QString());
    const QList<QStringList> rows = {
        {QStringLiteral("LAeq"), levelText(l.laeq), unit},
        {QStringLiteral("LCeq"), levelText(l.lceq), unit},
        {QStringLiteral("LZeq"), levelText(l.lzeq), unit},
        {QStringLiteral("LAFmax"), levelText(l.lafMax), unit},
        {QStringLiteral("LAFmin"), levelText(l.lafMin), unit},
        {QStringLiteral("LASmax"), levelText(l.lasMax), unit},
        {QStringLiteral("LASmin"), levelText(l.lasMin), unit},
        {QStringLiteral("LA10"), levelText(l.la10), unit},
        {QStringLiteral("LA90"), levelText(l.la90), unit},
        {QStringLiteral("LCpeak"), levelText(l.lcpeak), unit},
    };
    ctx.out.table({Tr::tr("Level"), Tr::tr("Value"), Tr::tr("Unit")}, rows);
    if (wantChecks) {
        ctx.out.out(QString());
        QList<QStringList> crow;
        for (const api::Check &c : checks) {
            QString standard = c.source.standard;
            if (!c.source.clause.isEmpty())
                standard += QStringLiteral(" ") + c.source.clause;
            if (!c.source.verified())
                standard += Tr::tr(" (unverified)");
            crow.append({c.subject, levelText(c.value), c.limit.text(), checkResultText(c.result),
                         standard});
        }
        ctx.out.table({Tr::tr("Check"), Tr::tr("Value"), Tr::tr("Limit"), Tr::tr("Result"),
                       Tr::tr("Standard")},
                      crow);
        if (!l.calibrated)
            ctx.out.out(Tr::tr("Checks need calibrated levels: give --calibrate CAL.wav "
                               "--calibrator-db 94."));
    }
    return 0;
}

} // namespace

QList<Command> surveyNoiseCommands()
{
    Command noise;
    noise.group = QStringLiteral("survey");
    noise.action = QStringLiteral("noise");
    noise.summary = Tr::tr("Analyse a noise recording (WAV) and check it against noise limits.");
    noise.description = Tr::tr(
        "Prints LAeq, LCeq, LZeq, LAFmax, LAFmin, LASmax, LASmin, LA10, LA90 and LCpeak "
        "(IEC 61672-1 A, C and Z weightings; F and S time weightings). Without calibration the "
        "levels are in dBFS (a full-scale sine is 0 dBFS); with --calibrate, a recording of a "
        "sound calibrator at 1 kHz, they are in dB. --zone checks the levels against GB "
        "3096-2008 and GB 12348-2008; --machine-room against GB 50174. Reads 8/16/24/32-bit PCM "
        "and 32/64-bit float WAV files of any length and sample rate.");
    noise.auth = Auth::None;
    noise.options = {
        {QStringLiteral("wav"), QStringLiteral("FILE"), Tr::tr("The recording to analyse.")},
        {QStringLiteral("channel"), QStringLiteral("N"),
         Tr::tr("Which channel to analyse, from 0 (default 0).")},
        {QStringLiteral("calibrate"), QStringLiteral("CAL.wav"),
         Tr::tr("A recording of a sound calibrator (a steady 1 kHz tone) with the same "
                "microphone and gain.")},
        {QStringLiteral("calibrator-db"), QStringLiteral("DB"),
         Tr::tr("The calibrator's level in dB SPL: 94 or 114.")},
        {QStringLiteral("microphone"), QStringLiteral("NAME"),
         Tr::tr("The microphone the calibration belongs to (shown with the result).")},
        {QStringLiteral("zone"), QStringLiteral("ZONE"),
         Tr::tr("GB 3096-2008 zone class of the place: 0, 1, 2, 3, 4a or 4b.")},
        {QStringLiteral("period"), QStringLiteral("day|night"),
         Tr::tr("When the recording was made: day (06:00-22:00) or night.")},
        {QStringLiteral("night-events"), QStringLiteral("KIND"),
         Tr::tr("At night, check LAFmax for frequent (+10 dB) or occasional (+15 dB) noise.")},
        {QStringLiteral("near-building"),
         {},
         Tr::tr("The boundary is less than 1 m from a noise-sensitive building and the recording "
                "was made inside it (limit 10 dB lower).")},
        {QStringLiteral("machine-room"),
         {},
         Tr::tr("Check against the machine-room limits of GB 50174.")},
        {QStringLiteral("warn-margin"), QStringLiteral("DB"),
         Tr::tr("Warn when a level is within DB of its limit (default 0).")},
        {QStringLiteral("series"), {}, Tr::tr("With --json, add LAeq and LAF per second.")},
    };
    noise.run = runSurveyNoise;
    return {noise};
}

} // namespace edge::edgectl
