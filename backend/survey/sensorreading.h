#pragma once

// A live sensor read (device-protocols: Modbus register maps, SNMP ENTITY-SENSOR-MIB/UPS-MIB) as
// one survey reading: the temperature (the first "temperature" value, or the SNMP sensor named by
// `sensor`: its entPhysicalIndex or label; UPS-MIB battery temperature as the last resort) and the
// first humidity. edgectl `survey poll` and the console's sensor poll dialog both use it.
#include "backend/api/error.h"
#include "backend/survey/reading.h"
#include "device-protocols/common/sensor.h"

namespace edge::survey {

// Errors (DeviceProtocol) name `device`, what it reports, and what to check: no temperature, an
// unknown `sensor`, or an implausible value (scale, signedness, word order of the register map).
api::Result<Reading> readingFromSensors(const QList<devices::SensorReading> &readings,
                                        const QString &device, const QString &sensor = {});

} // namespace edge::survey
