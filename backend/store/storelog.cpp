#include "backend/store/storelog.h"

namespace edge::store {
Q_LOGGING_CATEGORY(lcStore, "edge.store")
} // namespace edge::store
