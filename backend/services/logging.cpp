#include "backend/services/logging.h"

namespace edge::services {
Q_LOGGING_CATEGORY(lcAuth, "edge.services.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRpc, "edge.services.rpc", QtInfoMsg)
} // namespace edge::services
