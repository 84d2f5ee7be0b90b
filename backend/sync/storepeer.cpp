#include "backend/sync/storepeer.h"

namespace edge::sync {} // namespace edge::sync
