// Placeholder of the contract commit (issue 6): the helper writes the commands here.
#include "app/edgectl/command.h"

namespace edge::edgectl {

QList<Command> commissionCommands() { return {}; }

} // namespace edge::edgectl
