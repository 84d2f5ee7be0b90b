#include "app/edgectl/command.h"

namespace edge::edgectl {

QList<Command> bundleCommands() { return {}; }

} // namespace edge::edgectl
