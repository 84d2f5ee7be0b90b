#include "backend/survey/reading.h"
#include "backend/survey/surveytr.h"

#include <cmath>

namespace edge::survey {

api::Result<void> validate(const Reading &reading)
{
    if (reading.timestampMs <= 0)
        return api::fail(api::Code::Validation,
                         Tr::tr("The reading has no time: give the date and time it was taken."),
                         {}, QStringLiteral("timestampMs"));
    if (!std::isfinite(reading.temperatureC) || reading.temperatureC < kMinPlausibleC
        || reading.temperatureC > kMaxPlausibleC)
        return api::fail(api::Code::Validation,
                         Tr::tr("A temperature of %1 °C is not a plausible air temperature: give "
                                "it in °C, between %2 and %3.")
                             .arg(reading.temperatureC)
                             .arg(kMinPlausibleC)
                             .arg(kMaxPlausibleC),
                         {}, QStringLiteral("temperatureC"));
    if (reading.humidityRH
        && (!std::isfinite(*reading.humidityRH) || *reading.humidityRH < 0
            || *reading.humidityRH > 100))
        return api::fail(api::Code::Validation,
                         Tr::tr("A relative humidity of %1 % is impossible: give it in percent, "
                                "from 0 to 100.")
                             .arg(*reading.humidityRH),
                         {}, QStringLiteral("humidityRH"));
    return {};
}

} // namespace edge::survey
