#include "backend/services/logging.h"

namespace edge::services {
Q_LOGGING_CATEGORY(lcAuth, "edge.services.auth", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRpc, "edge.services.rpc", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "edge.services.sync", QtInfoMsg)
} // namespace edge::services
