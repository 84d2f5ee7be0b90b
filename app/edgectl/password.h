#pragma once

#include "backend/api/error.h"

#include <QString>

namespace edge::edgectl {

// Where a password comes from, in order: one line on stdin when `fromStdin` (--password-stdin),
// else the environment variable EDGE_PASSWORD, else a prompt on the terminal with echo off
// (asked twice when `confirm`, for new passwords). Without a terminal and without the other two
// it fails with Code::Usage. The password is never echoed, printed or logged.
api::Result<QString> readPassword(const QString &prompt, bool confirm, bool fromStdin);

} // namespace edge::edgectl
