#pragma once

// What every `edgectl survey` command that works on a stored survey shares: the survey named by
// the first positional argument (id or name; --site scopes the name) and who is adding to it.
#include "app/edgectl/command.h"
#include "backend/api/inventory.h"
#include "backend/api/surveyrecord.h"

#include <QJsonObject>

namespace edge::edgectl {

api::Result<api::Survey> findSurvey(Context &ctx, api::Inventory &inventory);

// The signed-in user of a remote hub, else the local user ($USER).
QString currentUser(Connection &connection);

// Stores one item (survey::addSurveyItem; --name or a fresh one) in the survey named on the
// command line and prints what was added: "Added SUMMARY to the survey ..." or, with --json,
// `jsonExtra` plus survey, item, name and kind. takenAtMs 0: now.
int addItem(Context &ctx, api::SurveyItemKind kind, const QString &payload, qint64 takenAtMs,
            const QString &summary, const QJsonObject &jsonExtra = {});

} // namespace edge::edgectl
