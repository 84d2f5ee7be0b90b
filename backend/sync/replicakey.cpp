#include "backend/sync/replicakey.h"

namespace edge::sync {} // namespace edge::sync
