#include "device-protocols/snmp/snmpreader.h"

namespace edge::snmp {

Result<EntitySensorReadings> readEntitySensors(SnmpSession &session, const api::Clock &clock)
{
    auto sensors = session.bulkWalk(QString::fromLatin1(oids::entPhySensorTable));
    if (!sensors)
        return std::unexpected(sensors.error());
    QList<VarBind> all = *sensors;
    for (const char *column : {oids::entPhysicalDescr, oids::entPhysicalName}) {
        auto names = session.bulkWalk(QString::fromLatin1(column));
        if (names)
            all.append(*names);
        else if (names.error().code != api::Code::DeviceProtocol)
            return std::unexpected(names.error());
    }
    return mapEntitySensors(all, session.endpoint(), clock.nowMs());
}

Result<UpsReadings> readUps(SnmpSession &session, const api::Clock &clock)
{
    auto values = session.bulkWalk(QString::fromLatin1(oids::upsMib));
    if (!values)
        return std::unexpected(values.error());
    return mapUps(*values, session.endpoint(), clock.nowMs());
}

Result<InterfaceReadings> readInterfaces(SnmpSession &session, const api::Clock &clock)
{
    QList<VarBind> all;
    for (const char *column : {oids::ifDescr, oids::ifSpeed, oids::ifAdminStatus,
                               oids::ifOperStatus, oids::ifName, oids::ifHighSpeed}) {
        auto values = session.bulkWalk(QString::fromLatin1(column));
        if (values)
            all.append(*values);
        else if (values.error().code != api::Code::DeviceProtocol)
            return std::unexpected(values.error());
    }
    return mapInterfaces(all, session.endpoint(), clock.nowMs());
}

} // namespace edge::snmp
