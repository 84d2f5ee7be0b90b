#include "backend/sync/syncsession.h"

namespace edge::sync {} // namespace edge::sync
