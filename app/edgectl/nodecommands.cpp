// `node status`, `workload set|show`, `node events|metrics`, `image push`: node operations over api::Nodes (issue 3).
#include "app/edgectl/command.h"
#include "app/edgectl/tr.h"

namespace edge::edgectl {

QList<Command> nodeCommands() { return {}; }

} // namespace edge::edgectl
