#pragma once

// Dew point by the Magnus formula with the Alduchov & Eskridge (1996) coefficients over water,
// a = 17.625 and b = 243.04 °C ("AERK"; J. Appl. Meteor. 35, 601-609):
//     gamma = ln(RH / 100) + a * T / (b + T)
//     Td    = b * gamma / (a - gamma)
// Their fit is for air temperatures from -40 °C to +50 °C (error below 0.4 % in saturation vapour
// pressure, i.e. well under 0.1 °C in dew point for data-centre conditions); outside that range the
// value is still computed but flagged by dewPointInValidRange(). Worked example:
// 25 °C at 60 % RH -> 16.69 °C.

#include <optional>

namespace edge::survey {

inline constexpr double kMagnusA = 17.625;
inline constexpr double kMagnusB = 243.04; // °C
inline constexpr double kMagnusMinC = -40;
inline constexpr double kMagnusMaxC = 50;

// nullopt when RH <= 0 (no dew point), RH > 100 or a value is not finite.
std::optional<double> dewPointC(double temperatureC, double relativeHumidity);

bool dewPointInValidRange(double temperatureC);

} // namespace edge::survey
