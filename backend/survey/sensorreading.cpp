#include "backend/survey/sensorreading.h"

#include "backend/survey/surveytr.h"

#include <QDateTime>
#include <QStringList>

namespace edge::survey {

api::Result<Reading> readingFromSensors(const QList<devices::SensorReading> &readings,
                                        const QString &device, const QString &sensor)
{
    const devices::SensorReading *temperature = nullptr;
    const devices::SensorReading *humidity = nullptr;
    QStringList seen;
    for (const devices::SensorReading &r : readings) {
        seen << (r.label.isEmpty() ? r.quantity : r.label);
        if (r.quantity == u"humidity" && !humidity)
            humidity = &r;
        if (temperature
            || (r.quantity != u"temperature" && r.quantity != u"ups.battery.temperature"))
            continue;
        if (!sensor.isEmpty()) {
            const QString valueOid = QStringLiteral(" 1.3.6.1.2.1.99.1.1.1.4.") + sensor;
            if (!r.source.endsWith(valueOid) && r.label.compare(sensor, Qt::CaseInsensitive) != 0)
                continue;
        }
        temperature = &r;
    }
    if (!temperature) {
        const QString what = seen.isEmpty() ? Tr::tr("nothing") : seen.join(QStringLiteral(", "));
        if (!sensor.isEmpty())
            return api::fail(api::Code::DeviceProtocol,
                             Tr::tr("%1 has no temperature sensor '%2' (it reports: %3). Choose "
                                    "an entPhysicalIndex or a label it reports.")
                                 .arg(device, sensor, what));
        return api::fail(api::Code::DeviceProtocol,
                         Tr::tr("%1 gives no temperature reading (it reports: %2). Check the "
                                "register map or preset, or that the agent has a temperature "
                                "sensor.")
                             .arg(device, what));
    }
    Reading out;
    out.timestampMs = temperature->timestampMs > 0 ? temperature->timestampMs
                                                   : QDateTime::currentMSecsSinceEpoch();
    out.temperatureC = temperature->value;
    if (humidity)
        out.humidityRH = humidity->value;
    out.source = temperature->source;
    if (auto valid = validate(out); !valid)
        return api::fail(api::Code::DeviceProtocol,
                         Tr::tr("%1 read %2 °C (raw %3)%4, which is not a plausible air reading. "
                                "Check the scale, signedness and word order of the register map "
                                "against the sensor's manual.")
                             .arg(device)
                             .arg(out.temperatureC)
                             .arg(temperature->raw,
                                  humidity ? Tr::tr(", %1 %RH").arg(humidity->value) : QString()));
    return out;
}

} // namespace edge::survey
