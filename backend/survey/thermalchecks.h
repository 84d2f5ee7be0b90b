#pragma once

// Thermal profile checks and the chart envelope (issue 4): a profile (profiles.h) applied to the
// derived values of a series of readings (thermalanalysis.h) yields api::Check values:
//   temperature.max / temperature.min     highest / lowest reading against "drybulb"
//   dewpoint.max / dewpoint.min           highest / lowest dew point against "dewpoint"
//   humidity.max / humidity.min           highest / lowest RH against "rh"
//   temperature.rate-hour                 largest change within any 60 min against "rate.hour"
//   temperature.change-15min              largest change within any 15 min against "change.15min"
// one per bound the profile has. Warn margins: the option when given, else the entry's warnMargin,
// else 1 °C (temperatures, dew points, changes) and 2 %RH (humidity).

#include "backend/api/limitset.h"
#include "backend/survey/thermalanalysis.h"

namespace edge::survey {

inline constexpr double kDefaultTemperatureMargin = 1.0; // °C
inline constexpr double kDefaultHumidityMargin = 2.0;    // %RH

struct ThermalCheckOptions {
    std::optional<double> temperatureMargin; // °C, >= 0
    std::optional<double> humidityMargin;    // %RH, >= 0
};

QList<api::Check> thermalChecks(const ThermalSummary &summary, const api::LimitSet &profile,
                                const ThermalCheckOptions &options = {});

// What a chart draws behind the readings: the profile's bands (either side may be open).
struct Band {
    std::optional<double> min;
    std::optional<double> max;
    QString unit;
    bool verified = true; // false: a LOW-confidence number, draw it as unverified
    bool present() const { return min || max; }
};

struct ThermalEnvelope {
    QString profileId;
    QString title;
    Band temperature;                       // °C
    Band dewPoint;                          // °C
    Band humidity;                          // %RH
    std::optional<double> maxChangePerHour; // °C/h
    std::optional<double> maxChange15Min;   // °C
    bool hasUnverified = false;
};

ThermalEnvelope envelopeFor(const api::LimitSet &profile);

} // namespace edge::survey
