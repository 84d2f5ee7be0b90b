#pragma once

// What every `edgectl survey` command that works on a stored survey shares: the survey named by
// the first positional argument (id or name; --site scopes the name) and who is adding to it.
#include "app/edgectl/command.h"
#include "backend/api/inventory.h"
#include "backend/api/surveyrecord.h"

namespace edge::edgectl {

api::Result<api::Survey> findSurvey(Context &ctx, api::Inventory &inventory);

// The signed-in user of a remote hub, else the local user ($USER).
QString currentUser(Connection &connection);

} // namespace edge::edgectl
