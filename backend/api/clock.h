#pragma once

#include <QtGlobal>
#include <cstdint>
#include <mutex>

namespace edge::api {

// Wall-clock time, injectable so tests control it.
class Clock {
public:
    virtual ~Clock() = default;
    // Milliseconds since the Unix epoch (UTC).
    virtual qint64 nowMs() const = 0;
};

class SystemClock final : public Clock {
public:
    qint64 nowMs() const override;
};

// A clock a test sets and advances by hand.
class ManualClock final : public Clock {
public:
    explicit ManualClock(qint64 startMs = 1'700'000'000'000)
        : m_now(startMs)
    {}
    qint64 nowMs() const override { return m_now; }
    void set(qint64 ms) { m_now = ms; }
    void advance(qint64 ms) { m_now += ms; }

private:
    qint64 m_now;
};

// Hybrid logical clock timestamp: 48 bits of wall-clock milliseconds and 16 bits of logical
// counter packed into one ordered 64-bit integer. Timestamps of one replica strictly increase,
// even when the wall clock steps back; receiving a remote timestamp moves the clock past it.
struct HlcTimestamp {
    qint64 value = 0;
    qint64 wallMs() const { return value >> 16; }
    int logical() const { return int(value & 0xFFFF); }
    static HlcTimestamp from(qint64 wallMs, int logical)
    {
        return {(wallMs << 16) | (logical & 0xFFFF)};
    }
    auto operator<=>(const HlcTimestamp &) const = default;
};

class HybridLogicalClock {
public:
    explicit HybridLogicalClock(const Clock &clock)
        : m_clock(clock)
    {}
    // A new timestamp for a local event.
    HlcTimestamp now();
    // Merges a timestamp received from another replica; returns the new local time.
    HlcTimestamp observe(HlcTimestamp remote);
    // Restores the last timestamp used (from storage) so a restart never goes back in time.
    void restore(HlcTimestamp last);
    HlcTimestamp last() const;

private:
    const Clock &m_clock;
    mutable std::mutex m_mutex;
    HlcTimestamp m_last;
};

} // namespace edge::api
