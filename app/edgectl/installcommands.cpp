// `node install` and `node install-batch`: field install of the agent over SSH (issue 3).
#include "app/edgectl/command.h"
#include "app/edgectl/tr.h"

namespace edge::edgectl {

QList<Command> installCommands() { return {}; }

} // namespace edge::edgectl
