#pragma once

#include <QLoggingCategory>

namespace edge::services {
Q_DECLARE_LOGGING_CATEGORY(lcAuth)
Q_DECLARE_LOGGING_CATEGORY(lcRpc)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
} // namespace edge::services
