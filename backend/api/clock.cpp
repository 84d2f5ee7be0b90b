#include "backend/api/clock.h"

#include <QDateTime>
#include <algorithm>

namespace edge::api {

qint64 SystemClock::nowMs() const { return QDateTime::currentMSecsSinceEpoch(); }

HlcTimestamp HybridLogicalClock::now()
{
    std::lock_guard lock(m_mutex);
    const qint64 wall = m_clock.nowMs();
    if (wall > m_last.wallMs())
        m_last = HlcTimestamp::from(wall, 0);
    else if (m_last.logical() < 0xFFFF)
        m_last = HlcTimestamp::from(m_last.wallMs(), m_last.logical() + 1);
    else // logical counter exhausted within one millisecond: borrow the next millisecond
        m_last = HlcTimestamp::from(m_last.wallMs() + 1, 0);
    return m_last;
}

HlcTimestamp HybridLogicalClock::observe(HlcTimestamp remote)
{
    std::lock_guard lock(m_mutex);
    const qint64 wall = m_clock.nowMs();
    const qint64 maxWall = std::max({wall, m_last.wallMs(), remote.wallMs()});
    int logical = 0;
    if (maxWall == m_last.wallMs() && maxWall == remote.wallMs())
        logical = std::max(m_last.logical(), remote.logical()) + 1;
    else if (maxWall == m_last.wallMs())
        logical = m_last.logical() + 1;
    else if (maxWall == remote.wallMs())
        logical = remote.logical() + 1;
    if (logical > 0xFFFF)
        m_last = HlcTimestamp::from(maxWall + 1, 0);
    else
        m_last = HlcTimestamp::from(maxWall, logical);
    return m_last;
}

void HybridLogicalClock::restore(HlcTimestamp last)
{
    std::lock_guard lock(m_mutex);
    if (last > m_last)
        m_last = last;
}

HlcTimestamp HybridLogicalClock::last() const
{
    std::lock_guard lock(m_mutex);
    return m_last;
}

} // namespace edge::api
