#pragma once

// One temperature/humidity reading of a site survey (issue 4), however it was taken: typed in,
// imported from a logger's CSV file (readingscsv.h) or polled from a sensor.

#include "backend/api/error.h"

#include <QList>
#include <QString>

#include <optional>

namespace edge::survey {

struct Reading {
    qint64 timestampMs = 0; // ms since the epoch, UTC
    double temperatureC = 0;
    std::optional<double> humidityRH; // relative humidity in %, 0-100
    QString source;                   // the sensor or file it came from; series are per source
};

// Plausible air temperatures for a survey; outside this range a value is a unit or sensor error.
inline constexpr double kMinPlausibleC = -60;
inline constexpr double kMaxPlausibleC = 80;

// Code::Validation naming the field ("timestampMs", "temperatureC", "humidityRH") when a value
// is not finite, outside the plausible range, or the humidity is outside 0-100 %.
api::Result<void> validate(const Reading &reading);

} // namespace edge::survey
