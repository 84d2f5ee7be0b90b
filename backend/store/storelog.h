#pragma once

#include <QLoggingCategory>

namespace edge::store {
// Log category of the store: "edge.store".
Q_DECLARE_LOGGING_CATEGORY(lcStore)
} // namespace edge::store
