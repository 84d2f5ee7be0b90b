#pragma once

#include "backend/api/entity.h"

#include <QJsonObject>
#include <QMap>
#include <QStringList>

namespace edge::api {

// ---- Region --------------------------------------------------------------------------------
struct Region {
    QString id;
    qint64 revision = 0;
    QString name;
    QString code;
    QString description;
    bool demo = false;

    Record toRecord() const;
    static Result<Region> fromRecord(const Record &r);
};
Result<void> validate(const Region &v);

// ---- Site ----------------------------------------------------------------------------------
// The kinds of the white paper (1.1, 2.3): the cloud centre at the top, cloud-edge and end-edge
// data centres, and cabinet sites (an all-in-one cabinet in a telecom room, factory, roadside).
enum class SiteKind { CloudCentre, CloudEdgeDataCentre, EndEdgeDataCentre, CabinetSite };
QString siteKindName(SiteKind k); // "cloud-centre", "cloud-edge-dc", "end-edge-dc", "cabinet-site"
std::optional<SiteKind> siteKindFromName(const QString &name);
QString siteKindLabel(SiteKind k); // translated, for people
QList<SiteKind> allSiteKinds();

struct Site {
    QString id;
    qint64 revision = 0;
    QString regionId; // optional
    QString name;
    QString code; // optional short code, upper-case letters, digits and '-'
    SiteKind kind = SiteKind::CabinetSite;
    QString address;
    std::optional<double> latitude;  // WGS84 degrees, -90..90
    std::optional<double> longitude; // WGS84 degrees, -180..180
    QString notes;
    bool demo = false;

    Record toRecord() const;
    static Result<Site> fromRecord(const Record &r);
};
Result<void> validate(const Site &v);

// ---- Cabinet -------------------------------------------------------------------------------
// Components of an all-in-one cabinet (white paper 1.1.2).
QStringList
cabinetComponentNames(); // "server", "switch", "pdu", "ups", "battery", "air-conditioner", ...

struct Cabinet {
    QString id;
    qint64 revision = 0;
    QString siteId;
    QString name;
    int heightU = 42;  // 1..60
    int depthMm = 600; // 300..1500
    int widthMm = 600; // 300..1200
    QString model;
    QString serial;
    QStringList components;
    QString notes;
    bool demo = false;

    Record toRecord() const;
    static Result<Cabinet> fromRecord(const Record &r);
};
Result<void> validate(const Cabinet &v);

// ---- Node ----------------------------------------------------------------------------------
enum class NodeRole { EdgeServer, Gateway, Storage, Controller };
QString nodeRoleName(NodeRole r); // "edge-server", "gateway", "storage", "controller"
std::optional<NodeRole> nodeRoleFromName(const QString &name);
QString nodeRoleLabel(NodeRole r);
QList<NodeRole> allNodeRoles();

struct Hardware {
    QString vendor;
    QString model;
    QString serial;
    QString cpuModel;
    int cpuCores = 0;    // 0 = unknown
    qint64 memoryMb = 0; // 0 = unknown
    qint64 diskGb = 0;   // 0 = unknown
    QString arch;        // "x86_64", "aarch64", ...
    bool operator==(const Hardware &) const = default;
};

struct Node {
    QString id;
    qint64 revision = 0;
    QString siteId;
    QString cabinetId; // optional
    QString name;      // host name (RFC 1123)
    NodeRole role = NodeRole::EdgeServer;
    Hardware hardware;
    QString managementAddress; // optional, host or IP
    QMap<QString, QString> labels;
    bool demo = false;

    Record toRecord() const;
    static Result<Node> fromRecord(const Record &r);
};
Result<void> validate(const Node &v);

// ---- Device --------------------------------------------------------------------------------
enum class DeviceKind {
    Ups,
    Pdu,
    AirConditioner,
    Switch,
    TemperatureHumiditySensor,
    SmokeSensor,
    WaterSensor,
    DoorSensor
};
QString deviceKindName(
    DeviceKind
        k); // "ups", "pdu", "air-conditioner", "switch", "temp-humidity-sensor", "smoke-sensor", "water-sensor", "door-sensor"
std::optional<DeviceKind> deviceKindFromName(const QString &name);
QString deviceKindLabel(DeviceKind k);
QList<DeviceKind> allDeviceKinds();

enum class DeviceProtocol { None, Snmp, ModbusTcp, ModbusRtu };
QString deviceProtocolName(DeviceProtocol p); // "none", "snmp", "modbus-tcp", "modbus-rtu"
std::optional<DeviceProtocol> deviceProtocolFromName(const QString &name);

struct Device {
    QString id;
    qint64 revision = 0;
    QString siteId;
    QString cabinetId; // optional
    QString name;
    DeviceKind kind = DeviceKind::Ups;
    QString model;
    QString serial;
    DeviceProtocol protocol = DeviceProtocol::None;
    QString address; // "host[:port]" for snmp / modbus-tcp, a serial device path for modbus-rtu
    // How to talk to it beyond the address, never a secret (schema 9). Keys by protocol:
    //   snmp:        snmp_version ("2c" | "3"), user, auth_protocol ("SHA" | "SHA-256"),
    //                priv_protocol ("AES"), timeout_ms
    //   modbus-tcp/rtu: unit_id (0..255), preset (a register map preset id), register_map (an
    //                inline map object, device-protocols/modbus/registermap.h), timeout_ms
    // Secrets (community, auth_passphrase, priv_passphrase, password) are refused here: they are
    // asked for when a check runs and kept in memory only.
    QJsonObject settings;
    bool demo = false;

    Record toRecord() const;
    static Result<Device> fromRecord(const Record &r);
};
Result<void> validate(const Device &v);
// The settings keys a protocol accepts (empty for none), and the keys that are secrets.
QStringList deviceSettingKeys(DeviceProtocol p);
bool isSecretSettingKey(const QString &key);

// ---- Typed conversion helpers ---------------------------------------------------------------
template<class T>
constexpr EntityKind kindOf();
template<>
constexpr EntityKind kindOf<Region>()
{
    return EntityKind::Region;
}
template<>
constexpr EntityKind kindOf<Site>()
{
    return EntityKind::Site;
}
template<>
constexpr EntityKind kindOf<Cabinet>()
{
    return EntityKind::Cabinet;
}
template<>
constexpr EntityKind kindOf<Node>()
{
    return EntityKind::Node;
}
template<>
constexpr EntityKind kindOf<Device>()
{
    return EntityKind::Device;
}

} // namespace edge::api
