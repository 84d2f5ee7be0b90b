#pragma once

// How every survey command prints checks (issue 4): one JSON shape and one word per result, so
// `survey noise`, `survey temperature`, `survey distance` and `survey show` agree.

#include "backend/api/survey.h"

#include <QJsonObject>
#include <QJsonValue>

namespace edge::edgectl {

// {id, category, subject, value, limit {unit, text, min, max, warnMargin}, rule,
//  source {standard, clause, confidence, verified}, result, note}; numbers to 0.01.
QJsonObject checkToJson(const api::Check &check);
// {pass, warn, fail, not_measured, verdict}
QJsonObject summaryToJson(const api::CheckSummary &summary);
// "pass", "warn", "FAIL", "not measured" (translated, for tables).
QString checkResultText(api::CheckResult result);
// A number rounded to 0.01, or null.
QJsonValue roundedJson(std::optional<double> value);

} // namespace edge::edgectl
