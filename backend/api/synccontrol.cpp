#include "backend/api/synccontrol.h"

namespace edge::api {

SyncControl::~SyncControl() = default;

} // namespace edge::api
