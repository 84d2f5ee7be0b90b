#include "backend/sync/bundle.h"

namespace edge::sync {} // namespace edge::sync
