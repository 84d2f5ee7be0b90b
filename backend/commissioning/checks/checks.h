#pragma once

// Automatic commissioning checks (issue 6). Placeholder of the contract commit: the checks helper
// defines the interface here.

namespace edge::commissioning {} // namespace edge::commissioning
