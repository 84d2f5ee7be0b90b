#include "backend/store/registers.h"

namespace edge::store {

api::Result<void> Registers::rebuildHeads(Database &) { return {}; }

} // namespace edge::store
