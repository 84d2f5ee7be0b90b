// Placeholder: being written (issue 4).
#include "app/edgectl/command.h"

namespace edge::edgectl {

QList<Command> surveyReportCommands() { return {}; }

} // namespace edge::edgectl
