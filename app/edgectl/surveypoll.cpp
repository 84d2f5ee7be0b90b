// Placeholder: being written (issue 4).
#include "app/edgectl/command.h"

namespace edge::edgectl {

QList<Command> surveyPollCommands() { return {}; }

} // namespace edge::edgectl
