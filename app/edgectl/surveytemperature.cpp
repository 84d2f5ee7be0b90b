// `survey temperature` (issue 4): not built yet.
#include "app/edgectl/command.h"

namespace edge::edgectl {

QList<Command> surveyTemperatureCommands() { return {}; }

} // namespace edge::edgectl
