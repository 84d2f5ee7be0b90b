#pragma once

// Reads a device's readings through a session and maps them: the two calls the survey and
// commissioning use. Blocking, like the session (run off the GUI thread).

#include "backend/api/clock.h"
#include "device-protocols/snmp/snmpmapping.h"
#include "device-protocols/snmp/snmpsession.h"

namespace edge::snmp {

// Bulk-walks entPhySensorTable, entPhysicalDescr and entPhysicalName. An agent without an
// entPhysicalTable still gives readings (labelled "entPhysicalIndex N").
Result<EntitySensorReadings> readEntitySensors(SnmpSession &session, const api::Clock &clock);

// Bulk-walks upsMIB (1.3.6.1.2.1.33).
Result<UpsReadings> readUps(SnmpSession &session, const api::Clock &clock);

// Bulk-walks the IF-MIB columns mapInterfaces() reads (ifXTable columns are optional: an agent
// without ifXTable still gives link states).
Result<InterfaceReadings> readInterfaces(SnmpSession &session, const api::Clock &clock);

} // namespace edge::snmp
