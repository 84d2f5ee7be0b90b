#pragma once

#include <csignal>

namespace edge::edgectl {

// Ctrl-C for the long-running commands (sync, survey poll): while a StopOnSignal lives, SIGINT and
// SIGTERM do not end edgectl but only ask the command to stop after the current step; the command
// polls stopRequested() between steps. The previous handlers come back when it goes.
class StopOnSignal {
public:
    StopOnSignal();
    ~StopOnSignal();
    StopOnSignal(const StopOnSignal &) = delete;
    StopOnSignal &operator=(const StopOnSignal &) = delete;

    // True once SIGINT or SIGTERM arrived since the StopOnSignal was made.
    static bool stopRequested();

private:
    struct sigaction m_oldInt {};
    struct sigaction m_oldTerm {};
};

} // namespace edge::edgectl
