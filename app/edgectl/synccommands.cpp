#include "app/edgectl/command.h"

namespace edge::edgectl {

QList<Command> syncCommands() { return {}; }

} // namespace edge::edgectl
