#include "app/edgectl/interrupt.h"

#include <atomic>

namespace edge::edgectl {

namespace {

std::atomic<bool> g_stopRequested{false};

extern "C" void onInterruptSignal(int) { g_stopRequested.store(true); }

} // namespace

StopOnSignal::StopOnSignal()
{
    g_stopRequested.store(false);
    struct sigaction sa {};
    sa.sa_handler = onInterruptSignal;
    sigemptyset(&sa.sa_mask);
    ::sigaction(SIGINT, &sa, &m_oldInt);
    ::sigaction(SIGTERM, &sa, &m_oldTerm);
}

StopOnSignal::~StopOnSignal()
{
    ::sigaction(SIGINT, &m_oldInt, nullptr);
    ::sigaction(SIGTERM, &m_oldTerm, nullptr);
}

bool StopOnSignal::stopRequested() { return g_stopRequested.load(); }

} // namespace edge::edgectl
