#include "backend/survey/dewpoint.h"

#include <cmath>

namespace edge::survey {

std::optional<double> dewPointC(double temperatureC, double relativeHumidity)
{
    if (!std::isfinite(temperatureC) || !std::isfinite(relativeHumidity) || relativeHumidity <= 0
        || relativeHumidity > 100 || temperatureC <= -kMagnusB)
        return std::nullopt;
    const double gamma = std::log(relativeHumidity / 100.0)
                         + kMagnusA * temperatureC / (kMagnusB + temperatureC);
    return kMagnusB * gamma / (kMagnusA - gamma);
}

bool dewPointInValidRange(double temperatureC)
{
    return temperatureC >= kMagnusMinC && temperatureC <= kMagnusMaxC;
}

} // namespace edge::survey
