// `survey distance` (issue 4): not built yet.
#include "app/edgectl/command.h"

namespace edge::edgectl {

QList<Command> surveyDistanceCommands() { return {}; }

} // namespace edge::edgectl
