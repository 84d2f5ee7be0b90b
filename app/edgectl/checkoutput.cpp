#include "app/edgectl/checkoutput.h"

#include "app/edgectl/tr.h"

#include <cmath>

namespace edge::edgectl {

QJsonValue roundedJson(std::optional<double> value)
{
    if (!value || !std::isfinite(*value))
        return QJsonValue(QJsonValue::Null);
    return std::round(*value * 100.0) / 100.0;
}

QJsonObject checkToJson(const api::Check &c)
{
    QJsonObject limit{{QStringLiteral("unit"), c.limit.unit},
                      {QStringLiteral("text"), c.limit.text()}};
    if (c.limit.min)
        limit.insert(QStringLiteral("min"), *c.limit.min);
    if (c.limit.max)
        limit.insert(QStringLiteral("max"), *c.limit.max);
    if (c.limit.warnMargin > 0)
        limit.insert(QStringLiteral("warnMargin"), c.limit.warnMargin);
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("category"), c.category},
        {QStringLiteral("subject"), c.subject},
        {QStringLiteral("value"), roundedJson(c.value)},
        {QStringLiteral("limit"), limit},
        {QStringLiteral("rule"), c.rule},
        {QStringLiteral("source"),
         QJsonObject{{QStringLiteral("standard"), c.source.standard},
                     {QStringLiteral("clause"), c.source.clause},
                     {QStringLiteral("confidence"), api::confidenceName(c.source.confidence)},
                     {QStringLiteral("verified"), c.source.verified()}}},
        {QStringLiteral("result"), api::checkResultName(c.result)},
        {QStringLiteral("note"), c.note},
    };
}

QJsonObject summaryToJson(const api::CheckSummary &s)
{
    return QJsonObject{{QStringLiteral("pass"), s.pass},
                       {QStringLiteral("warn"), s.warn},
                       {QStringLiteral("fail"), s.fail},
                       {QStringLiteral("not_measured"), s.notMeasured},
                       {QStringLiteral("verdict"), api::checkResultName(s.verdict)}};
}

QString checkResultText(api::CheckResult r)
{
    switch (r) {
    case api::CheckResult::Pass: return Tr::tr("pass");
    case api::CheckResult::Warn: return Tr::tr("warn");
    case api::CheckResult::Fail: return Tr::tr("FAIL");
    case api::CheckResult::NotMeasured: return Tr::tr("not measured");
    }
    return {};
}

} // namespace edge::edgectl
