#pragma once

// Derived values of a series of temperature/humidity readings (issue 4): min/max/mean, count,
// span, dew point range (dewpoint.h), and the largest temperature change within any 60-minute and
// any 15-minute window, the quantities ASHRAE TC 9.9 limits (20 °C in an hour; 5 °C in any
// 15 minutes) and GB 50174-2017 limits per hour.
//
// "Largest change within a window W" is the largest |T2 - T1| over two readings of the same source
// taken at most W apart (equivalently the largest max - min of any window of length W). It needs
// no regular sampling: irregular intervals are fine, and a gap longer than W simply contributes
// nothing (the change across it was not observed; maxGapS tells how long the worst gap was). A
// series shorter than W gives a lower bound. Readings of different sources are never compared with
// each other (two sensors 2 °C apart are not a 2 °C change).

#include "backend/survey/reading.h"

#include <optional>

namespace edge::survey {

struct ThermalSummary {
    int count = 0;
    int humidityCount = 0; // readings with a humidity
    int sourceCount = 0;
    qint64 firstMs = 0;
    qint64 lastMs = 0;
    double spanS = 0; // last - first, seconds
    std::optional<double> minC;
    std::optional<double> maxC;
    std::optional<double> meanC;
    std::optional<double> maxChangePerHour; // °C within any 60 min (°C/h); nullopt: no two readings
                                            // of a source within 60 min
    std::optional<double> maxChange15Min;   // °C within any 15 min
    std::optional<double> dewPointMinC;     // over readings with a humidity > 0
    std::optional<double> dewPointMaxC;
    std::optional<double> rhMin;
    std::optional<double> rhMax;
    double maxGapS = 0;         // longest interval between consecutive readings of a source
    int outsideMagnusRange = 0; // dew points computed outside -40..50 °C (less accurate)
};

inline constexpr qint64 kHourMs = 3'600'000;
inline constexpr qint64 kQuarterHourMs = 900'000;

ThermalSummary analyze(const QList<Reading> &readings);

// The largest |T2 - T1| of two readings at most `windowMs` apart; `series` must be one source's
// readings sorted by time. nullopt when no two readings are that close.
std::optional<double> maxChangeWithin(const QList<Reading> &series, qint64 windowMs);

} // namespace edge::survey
