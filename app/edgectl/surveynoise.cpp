// `survey noise` (issue 4): not built yet.
#include "app/edgectl/command.h"

namespace edge::edgectl {

QList<Command> surveyNoiseCommands() { return {}; }

} // namespace edge::edgectl
