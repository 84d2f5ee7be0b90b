#include "backend/api/survey.h"

#include <cmath>

namespace edge::api {

QString checkResultName(CheckResult result)
{
    switch (result) {
    case CheckResult::Pass: return QStringLiteral("pass");
    case CheckResult::Warn: return QStringLiteral("warn");
    case CheckResult::Fail: return QStringLiteral("fail");
    case CheckResult::NotMeasured: return QStringLiteral("not-measured");
    }
    return QStringLiteral("not-measured");
}

std::optional<CheckResult> checkResultFromName(const QString &name)
{
    for (CheckResult r :
         {CheckResult::Pass, CheckResult::Warn, CheckResult::Fail, CheckResult::NotMeasured}) {
        if (checkResultName(r) == name)
            return r;
    }
    return std::nullopt;
}

QString confidenceName(Confidence confidence)
{
    switch (confidence) {
    case Confidence::High: return QStringLiteral("high");
    case Confidence::Medium: return QStringLiteral("medium");
    case Confidence::Low: return QStringLiteral("low");
    }
    return QStringLiteral("low");
}

std::optional<Confidence> confidenceFromName(const QString &name)
{
    for (Confidence c : {Confidence::High, Confidence::Medium, Confidence::Low}) {
        if (confidenceName(c) == name.toLower())
            return c;
    }
    return std::nullopt;
}

namespace {

QString number(double v)
{
    // Shortest form of the limits people write (27, 0.5, 8000, -12.5); a derived limit
    // (8.853225694 kN/m² from 902.8 kg/m²) is shown to three decimals.
    if (std::abs(v) >= 0.01)
        v = std::round(v * 1000.0) / 1000.0;
    return QString::number(v, 'g', std::abs(v) >= 0.01 ? 10 : 3);
}

} // namespace

QString Limit::text() const
{
    const QString u = unit.isEmpty() ? QString() : QStringLiteral(" ") + unit;
    if (min && max)
        return QStringLiteral("%1–%2%3").arg(number(*min), number(*max), u);
    if (max)
        return QStringLiteral("≤ %1%2").arg(number(*max), u);
    if (min)
        return QStringLiteral("≥ %1%2").arg(number(*min), u);
    return QStringLiteral("—");
}

CheckResult evaluate(std::optional<double> value, const Limit &limit)
{
    if (!value || !std::isfinite(*value))
        return CheckResult::NotMeasured;
    const double v = *value;
    if ((limit.min && v < *limit.min) || (limit.max && v > *limit.max))
        return CheckResult::Fail;
    const double margin = std::max(0.0, limit.warnMargin);
    if (margin > 0
        && ((limit.min && v < *limit.min + margin) || (limit.max && v > *limit.max - margin)))
        return CheckResult::Warn;
    return CheckResult::Pass;
}

CheckSummary summarize(const QList<Check> &checks)
{
    CheckSummary s;
    for (const Check &c : checks) {
        switch (c.result) {
        case CheckResult::Pass: ++s.pass; break;
        case CheckResult::Warn: ++s.warn; break;
        case CheckResult::Fail: ++s.fail; break;
        case CheckResult::NotMeasured: ++s.notMeasured; break;
        }
    }
    if (checks.isEmpty())
        s.verdict = CheckResult::NotMeasured;
    else if (s.fail > 0)
        s.verdict = CheckResult::Fail;
    else if (s.warn > 0 || s.notMeasured > 0)
        s.verdict = CheckResult::Warn;
    else
        s.verdict = CheckResult::Pass;
    return s;
}

} // namespace edge::api
