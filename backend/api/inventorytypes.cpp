#include "backend/api/inventorytypes.h"

#include "backend/api/recordfields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <cmath>

namespace edge::api {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("edge::api", text); }

using recordfields::checkName;
using recordfields::flag;
using recordfields::integer;
using recordfields::invalid;
using recordfields::makeRecord;
using recordfields::real;
const auto str = recordfields::text;
const auto optText = recordfields::optionalText;

Result<void> checkCode(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^[A-Z0-9][A-Z0-9_-]{0,31}$"));
    if (!code.isEmpty() && !re.match(code).hasMatch())
        return invalid(QStringLiteral("code"),
                       tr("The code must be 1-32 upper-case letters, digits, '-' or '_'."));
    return {};
}

Result<void> checkLength(const QString &field, const QString &v, int maxLen)
{
    if (v.size() > maxLen)
        return invalid(field, tr("The value is longer than %1 characters.").arg(maxLen));
    return {};
}

// Walks a list of checks and returns the first failure.
template<class... R>
Result<void> firstError(R &&...results)
{
    Result<void> out;
    ((out.has_value() && !results.has_value() ? (out = results, 0) : 0), ...);
    return out;
}

bool isHostName(const QString &s)
{
    static const QRegularExpression re(
        QStringLiteral("^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       "(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"));
    return re.match(s).hasMatch();
}

} // namespace

// ---- Region --------------------------------------------------------------------------------

Record Region::toRecord() const
{
    Record r = makeRecord(EntityKind::Region, id, revision);
    r.fields[QStringLiteral("name")] = name;
    r.fields[QStringLiteral("code")] = optText(code);
    r.fields[QStringLiteral("description")] = optText(description);
    r.fields[QStringLiteral("demo")] = demo;
    return r;
}

Result<Region> Region::fromRecord(const Record &r)
{
    Region v;
    v.id = r.id;
    v.revision = r.revision;
    v.name = str(r, "name");
    v.code = str(r, "code");
    v.description = str(r, "description");
    v.demo = flag(r, "demo");
    return v;
}

Result<void> validate(const Region &v)
{
    return firstError(checkName(v.name), checkCode(v.code),
                      checkLength(QStringLiteral("description"), v.description, 2000));
}

// ---- Site ----------------------------------------------------------------------------------

QString siteKindName(SiteKind k)
{
    switch (k) {
    case SiteKind::CloudCentre: return QStringLiteral("cloud-centre");
    case SiteKind::CloudEdgeDataCentre: return QStringLiteral("cloud-edge-dc");
    case SiteKind::EndEdgeDataCentre: return QStringLiteral("end-edge-dc");
    case SiteKind::CabinetSite: return QStringLiteral("cabinet-site");
    }
    return {};
}

std::optional<SiteKind> siteKindFromName(const QString &name)
{
    for (SiteKind k : allSiteKinds())
        if (siteKindName(k) == name)
            return k;
    return std::nullopt;
}

QString siteKindLabel(SiteKind k)
{
    switch (k) {
    case SiteKind::CloudCentre: return tr("Cloud centre");
    case SiteKind::CloudEdgeDataCentre: return tr("Cloud-edge data centre");
    case SiteKind::EndEdgeDataCentre: return tr("End-edge data centre");
    case SiteKind::CabinetSite: return tr("Cabinet site");
    }
    return {};
}

QList<SiteKind> allSiteKinds()
{
    return {SiteKind::CloudCentre, SiteKind::CloudEdgeDataCentre, SiteKind::EndEdgeDataCentre,
            SiteKind::CabinetSite};
}

Record Site::toRecord() const
{
    Record r = makeRecord(EntityKind::Site, id, revision);
    r.fields[QStringLiteral("region_id")] = optText(regionId);
    r.fields[QStringLiteral("name")] = name;
    r.fields[QStringLiteral("code")] = optText(code);
    r.fields[QStringLiteral("kind")] = siteKindName(kind);
    r.fields[QStringLiteral("address")] = optText(address);
    r.fields[QStringLiteral("latitude")] = latitude ? QVariant(*latitude) : QVariant();
    r.fields[QStringLiteral("longitude")] = longitude ? QVariant(*longitude) : QVariant();
    r.fields[QStringLiteral("notes")] = optText(notes);
    r.fields[QStringLiteral("demo")] = demo;
    return r;
}

Result<Site> Site::fromRecord(const Record &r)
{
    Site v;
    v.id = r.id;
    v.revision = r.revision;
    v.regionId = str(r, "region_id");
    v.name = str(r, "name");
    v.code = str(r, "code");
    const QString kind = str(r, "kind");
    const auto k = siteKindFromName(kind);
    if (!k)
        return invalid(QStringLiteral("kind"),
                       QCoreApplication::translate("edge::api",
                                                   "Unknown site kind '%1'; use cloud-centre, "
                                                   "cloud-edge-dc, end-edge-dc or cabinet-site.")
                           .arg(kind));
    v.kind = *k;
    v.address = str(r, "address");
    v.latitude = real(r, "latitude");
    v.longitude = real(r, "longitude");
    v.notes = str(r, "notes");
    v.demo = flag(r, "demo");
    return v;
}

Result<void> validate(const Site &v)
{
    if (auto r = firstError(checkName(v.name), checkCode(v.code),
                            checkLength(QStringLiteral("address"), v.address, 500),
                            checkLength(QStringLiteral("notes"), v.notes, 5000));
        !r)
        return r;
    if (v.latitude.has_value() != v.longitude.has_value())
        return invalid(v.latitude ? QStringLiteral("longitude") : QStringLiteral("latitude"),
                       tr("Give both latitude and longitude, or neither."));
    if (v.latitude && (!std::isfinite(*v.latitude) || *v.latitude < -90.0 || *v.latitude > 90.0))
        return invalid(QStringLiteral("latitude"),
                       tr("Latitude must be between -90 and 90 degrees (WGS84)."));
    if (v.longitude
        && (!std::isfinite(*v.longitude) || *v.longitude < -180.0 || *v.longitude > 180.0))
        return invalid(QStringLiteral("longitude"),
                       tr("Longitude must be between -180 and 180 degrees (WGS84)."));
    return {};
}

// ---- Cabinet -------------------------------------------------------------------------------

QStringList cabinetComponentNames()
{
    return {QStringLiteral("server"),
            QStringLiteral("switch"),
            QStringLiteral("pdu"),
            QStringLiteral("ups"),
            QStringLiteral("battery"),
            QStringLiteral("air-conditioner"),
            QStringLiteral("emergency-fan"),
            QStringLiteral("monitoring-display"),
            QStringLiteral("env-gateway"),
            QStringLiteral("smoke-sensor"),
            QStringLiteral("temp-humidity-sensor"),
            QStringLiteral("water-sensor"),
            QStringLiteral("lighting"),
            QStringLiteral("door-sensor")};
}

Record Cabinet::toRecord() const
{
    Record r = makeRecord(EntityKind::Cabinet, id, revision);
    r.fields[QStringLiteral("site_id")] = siteId;
    r.fields[QStringLiteral("name")] = name;
    r.fields[QStringLiteral("height_u")] = qint64(heightU);
    r.fields[QStringLiteral("depth_mm")] = qint64(depthMm);
    r.fields[QStringLiteral("width_mm")] = qint64(widthMm);
    r.fields[QStringLiteral("model")] = optText(model);
    r.fields[QStringLiteral("serial")] = optText(serial);
    r.fields[QStringLiteral("components")] =
        components.isEmpty()
            ? QVariant()
            : QVariant(QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(components))
                                             .toJson(QJsonDocument::Compact)));
    r.fields[QStringLiteral("notes")] = optText(notes);
    r.fields[QStringLiteral("demo")] = demo;
    return r;
}

Result<Cabinet> Cabinet::fromRecord(const Record &r)
{
    Cabinet v;
    v.id = r.id;
    v.revision = r.revision;
    v.siteId = str(r, "site_id");
    v.name = str(r, "name");
    v.heightU = int(integer(r, "height_u", 42));
    v.depthMm = int(integer(r, "depth_mm", 600));
    v.widthMm = int(integer(r, "width_mm", 600));
    v.model = str(r, "model");
    v.serial = str(r, "serial");
    const QString comps = str(r, "components");
    if (!comps.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(comps.toUtf8());
        if (!doc.isArray())
            return invalid(QStringLiteral("components"),
                           QCoreApplication::translate(
                               "edge::api", "Components must be a JSON array of component names."));
        for (const QJsonValue &c : doc.array())
            v.components << c.toString();
    }
    v.notes = str(r, "notes");
    v.demo = flag(r, "demo");
    return v;
}

Result<void> validate(const Cabinet &v)
{
    if (auto r = checkName(v.name, 64); !r)
        return r;
    if (v.siteId.isEmpty())
        return invalid(QStringLiteral("site_id"), tr("A cabinet must belong to a site."));
    if (v.heightU < 1 || v.heightU > 60)
        return invalid(QStringLiteral("height_u"), tr("Height must be between 1 and 60 U."));
    if (v.depthMm < 300 || v.depthMm > 1500)
        return invalid(QStringLiteral("depth_mm"), tr("Depth must be between 300 and 1500 mm."));
    if (v.widthMm < 300 || v.widthMm > 1200)
        return invalid(QStringLiteral("width_mm"), tr("Width must be between 300 and 1200 mm."));
    const QStringList known = cabinetComponentNames();
    for (const QString &c : v.components)
        if (!known.contains(c))
            return invalid(QStringLiteral("components"),
                           tr("Unknown component '%1'; known components: %2.")
                               .arg(c, known.join(QStringLiteral(", "))));
    return firstError(checkLength(QStringLiteral("model"), v.model, 100),
                      checkLength(QStringLiteral("serial"), v.serial, 100));
}

// ---- Node ----------------------------------------------------------------------------------

QString nodeRoleName(NodeRole r)
{
    switch (r) {
    case NodeRole::EdgeServer: return QStringLiteral("edge-server");
    case NodeRole::Gateway: return QStringLiteral("gateway");
    case NodeRole::Storage: return QStringLiteral("storage");
    case NodeRole::Controller: return QStringLiteral("controller");
    }
    return {};
}

std::optional<NodeRole> nodeRoleFromName(const QString &name)
{
    for (NodeRole r : allNodeRoles())
        if (nodeRoleName(r) == name)
            return r;
    return std::nullopt;
}

QString nodeRoleLabel(NodeRole r)
{
    switch (r) {
    case NodeRole::EdgeServer: return tr("Edge server");
    case NodeRole::Gateway: return tr("Gateway");
    case NodeRole::Storage: return tr("Storage");
    case NodeRole::Controller: return tr("Controller");
    }
    return {};
}

QList<NodeRole> allNodeRoles()
{
    return {NodeRole::EdgeServer, NodeRole::Gateway, NodeRole::Storage, NodeRole::Controller};
}

Record Node::toRecord() const
{
    Record r = makeRecord(EntityKind::Node, id, revision);
    r.fields[QStringLiteral("site_id")] = siteId;
    r.fields[QStringLiteral("cabinet_id")] = optText(cabinetId);
    r.fields[QStringLiteral("name")] = name;
    r.fields[QStringLiteral("role")] = nodeRoleName(role);
    r.fields[QStringLiteral("vendor")] = optText(hardware.vendor);
    r.fields[QStringLiteral("model")] = optText(hardware.model);
    r.fields[QStringLiteral("serial")] = optText(hardware.serial);
    r.fields[QStringLiteral("cpu_model")] = optText(hardware.cpuModel);
    r.fields[QStringLiteral("cpu_cores")] = hardware.cpuCores ? QVariant(qint64(hardware.cpuCores))
                                                              : QVariant();
    r.fields[QStringLiteral("memory_mb")] = hardware.memoryMb ? QVariant(hardware.memoryMb)
                                                              : QVariant();
    r.fields[QStringLiteral("disk_gb")] = hardware.diskGb ? QVariant(hardware.diskGb) : QVariant();
    r.fields[QStringLiteral("arch")] = optText(hardware.arch);
    r.fields[QStringLiteral("mgmt_address")] = optText(managementAddress);
    if (labels.isEmpty()) {
        r.fields[QStringLiteral("labels")] = QVariant();
    } else {
        QJsonObject o;
        for (auto it = labels.begin(); it != labels.end(); ++it)
            o.insert(it.key(), it.value());
        r.fields[QStringLiteral("labels")] = QString::fromUtf8(
            QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    r.fields[QStringLiteral("demo")] = demo;
    return r;
}

Result<Node> Node::fromRecord(const Record &r)
{
    Node v;
    v.id = r.id;
    v.revision = r.revision;
    v.siteId = str(r, "site_id");
    v.cabinetId = str(r, "cabinet_id");
    v.name = str(r, "name");
    const QString role = str(r, "role");
    const auto nr = nodeRoleFromName(role);
    if (!nr)
        return invalid(QStringLiteral("role"),
                       QCoreApplication::translate("edge::api",
                                                   "Unknown node role '%1'; use edge-server, "
                                                   "gateway, storage or controller.")
                           .arg(role));
    v.role = *nr;
    v.hardware.vendor = str(r, "vendor");
    v.hardware.model = str(r, "model");
    v.hardware.serial = str(r, "serial");
    v.hardware.cpuModel = str(r, "cpu_model");
    v.hardware.cpuCores = int(integer(r, "cpu_cores"));
    v.hardware.memoryMb = integer(r, "memory_mb");
    v.hardware.diskGb = integer(r, "disk_gb");
    v.hardware.arch = str(r, "arch");
    v.managementAddress = str(r, "mgmt_address");
    const QString labels = str(r, "labels");
    if (!labels.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(labels.toUtf8());
        if (!doc.isObject())
            return invalid(QStringLiteral("labels"),
                           QCoreApplication::translate("edge::api",
                                                       "Labels must be a JSON object of strings."));
        const QJsonObject o = doc.object();
        for (auto it = o.begin(); it != o.end(); ++it)
            v.labels.insert(it.key(), it.value().toString());
    }
    v.demo = flag(r, "demo");
    return v;
}

Result<void> validate(const Node &v)
{
    if (v.name.isEmpty())
        return invalid(QStringLiteral("name"), tr("The node name must not be empty."));
    if (!isHostName(v.name))
        return invalid(QStringLiteral("name"),
                       tr("The node name must be a host name: letters, digits and '-', in labels "
                          "separated by dots, each 1-63 characters."));
    if (v.siteId.isEmpty())
        return invalid(QStringLiteral("site_id"), tr("A node must belong to a site."));
    if (v.hardware.cpuCores < 0 || v.hardware.cpuCores > 4096)
        return invalid(QStringLiteral("cpu_cores"), tr("CPU cores must be between 0 and 4096."));
    if (v.hardware.memoryMb < 0 || v.hardware.memoryMb > 64LL * 1024 * 1024)
        return invalid(QStringLiteral("memory_mb"), tr("Memory must be between 0 and 64 TiB."));
    if (v.hardware.diskGb < 0 || v.hardware.diskGb > 10LL * 1000 * 1000)
        return invalid(QStringLiteral("disk_gb"), tr("Disk size must be between 0 and 10 PB."));
    static const QRegularExpression keyRe(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9._/-]{0,62})$"));
    for (auto it = v.labels.begin(); it != v.labels.end(); ++it) {
        if (!keyRe.match(it.key()).hasMatch())
            return invalid(QStringLiteral("labels"),
                           tr("Label key '%1' must be 1-63 letters, digits, '.', '_', '/' or '-'.")
                               .arg(it.key()));
        if (it.value().size() > 256)
            return invalid(QStringLiteral("labels"),
                           tr("The value of label '%1' is longer than 256 characters.")
                               .arg(it.key()));
    }
    if (!v.managementAddress.isEmpty() && v.managementAddress.contains(QLatin1Char(' ')))
        return invalid(QStringLiteral("mgmt_address"),
                       tr("The management address must be a host name or IP address."));
    return {};
}

// ---- Device --------------------------------------------------------------------------------

QString deviceKindName(DeviceKind k)
{
    switch (k) {
    case DeviceKind::Ups: return QStringLiteral("ups");
    case DeviceKind::Pdu: return QStringLiteral("pdu");
    case DeviceKind::AirConditioner: return QStringLiteral("air-conditioner");
    case DeviceKind::Switch: return QStringLiteral("switch");
    case DeviceKind::TemperatureHumiditySensor: return QStringLiteral("temp-humidity-sensor");
    case DeviceKind::SmokeSensor: return QStringLiteral("smoke-sensor");
    case DeviceKind::WaterSensor: return QStringLiteral("water-sensor");
    case DeviceKind::DoorSensor: return QStringLiteral("door-sensor");
    }
    return {};
}

std::optional<DeviceKind> deviceKindFromName(const QString &name)
{
    for (DeviceKind k : allDeviceKinds())
        if (deviceKindName(k) == name)
            return k;
    return std::nullopt;
}

QString deviceKindLabel(DeviceKind k)
{
    switch (k) {
    case DeviceKind::Ups: return tr("UPS");
    case DeviceKind::Pdu: return tr("PDU");
    case DeviceKind::AirConditioner: return tr("Air conditioner");
    case DeviceKind::Switch: return tr("Switch");
    case DeviceKind::TemperatureHumiditySensor: return tr("Temperature-humidity sensor");
    case DeviceKind::SmokeSensor: return tr("Smoke sensor");
    case DeviceKind::WaterSensor: return tr("Water-leak sensor");
    case DeviceKind::DoorSensor: return tr("Door sensor");
    }
    return {};
}

QList<DeviceKind> allDeviceKinds()
{
    return {DeviceKind::Ups,
            DeviceKind::Pdu,
            DeviceKind::AirConditioner,
            DeviceKind::Switch,
            DeviceKind::TemperatureHumiditySensor,
            DeviceKind::SmokeSensor,
            DeviceKind::WaterSensor,
            DeviceKind::DoorSensor};
}

QString deviceProtocolName(DeviceProtocol p)
{
    switch (p) {
    case DeviceProtocol::None: return QStringLiteral("none");
    case DeviceProtocol::Snmp: return QStringLiteral("snmp");
    case DeviceProtocol::ModbusTcp: return QStringLiteral("modbus-tcp");
    case DeviceProtocol::ModbusRtu: return QStringLiteral("modbus-rtu");
    }
    return {};
}

std::optional<DeviceProtocol> deviceProtocolFromName(const QString &name)
{
    for (DeviceProtocol p : {DeviceProtocol::None, DeviceProtocol::Snmp, DeviceProtocol::ModbusTcp,
                             DeviceProtocol::ModbusRtu})
        if (deviceProtocolName(p) == name)
            return p;
    return std::nullopt;
}

Record Device::toRecord() const
{
    Record r = makeRecord(EntityKind::Device, id, revision);
    r.fields[QStringLiteral("site_id")] = siteId;
    r.fields[QStringLiteral("cabinet_id")] = optText(cabinetId);
    r.fields[QStringLiteral("name")] = name;
    r.fields[QStringLiteral("kind")] = deviceKindName(kind);
    r.fields[QStringLiteral("model")] = optText(model);
    r.fields[QStringLiteral("serial")] = optText(serial);
    r.fields[QStringLiteral("protocol")] = deviceProtocolName(protocol);
    r.fields[QStringLiteral("address")] = optText(address);
    r.fields[QStringLiteral("settings")] = settings.isEmpty() ? QVariant()
                                                              : QVariant(QString::fromUtf8(
                                                                  QJsonDocument(settings).toJson(
                                                                      QJsonDocument::Compact)));
    r.fields[QStringLiteral("demo")] = demo;
    return r;
}

Result<Device> Device::fromRecord(const Record &r)
{
    Device v;
    v.id = r.id;
    v.revision = r.revision;
    v.siteId = str(r, "site_id");
    v.cabinetId = str(r, "cabinet_id");
    v.name = str(r, "name");
    const QString kind = str(r, "kind");
    const auto k = deviceKindFromName(kind);
    if (!k)
        return invalid(QStringLiteral("kind"),
                       QCoreApplication::translate("edge::api",
                                                   "Unknown device kind '%1'; use ups, pdu, "
                                                   "air-conditioner, switch, temp-humidity-sensor, "
                                                   "smoke-sensor, water-sensor or door-sensor.")
                           .arg(kind));
    v.kind = *k;
    v.model = str(r, "model");
    v.serial = str(r, "serial");
    const QString proto = str(r, "protocol");
    const auto p = proto.isEmpty() ? std::optional(DeviceProtocol::None)
                                   : deviceProtocolFromName(proto);
    if (!p)
        return invalid(QStringLiteral("protocol"),
                       QCoreApplication::translate("edge::api", "Unknown protocol '%1'; use none, "
                                                                "snmp, modbus-tcp or modbus-rtu.")
                           .arg(proto));
    v.protocol = *p;
    v.address = str(r, "address");
    const QString settings = str(r, "settings");
    if (!settings.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(settings.toUtf8(), &error);
        if (!doc.isObject())
            return invalid(QStringLiteral("settings"),
                           QCoreApplication::translate("edge::api",
                                                       "The device settings are not a JSON object "
                                                       "(%1).")
                               .arg(error.error == QJsonParseError::NoError
                                        ? QCoreApplication::translate("edge::api", "not an object")
                                        : error.errorString()));
        v.settings = doc.object();
    }
    v.demo = flag(r, "demo");
    return v;
}

namespace {

// Key names, types and ranges; the register map's content is checked by the Modbus adapter when a
// check reads the device (api does not depend on the adapters).
Result<void> validateDeviceSettings(const Device &v)
{
    const QStringList keys = deviceSettingKeys(v.protocol);
    for (auto it = v.settings.begin(); it != v.settings.end(); ++it) {
        const QString key = it.key();
        const QString field = QStringLiteral("settings.") + key;
        if (isSecretSettingKey(key))
            return invalid(field, tr("\"%1\" is a secret and is not stored with the device; it is "
                                     "asked for when a check reads the device.")
                                      .arg(key));
        if (!keys.contains(key))
            return invalid(field,
                           keys.isEmpty()
                               ? tr("A device without a protocol has no settings; remove \"%1\".")
                                     .arg(key)
                               : tr("Unknown setting \"%1\" for %2; known settings: %3.")
                                     .arg(key, deviceProtocolName(v.protocol),
                                          keys.join(QStringLiteral(", "))));
        const QJsonValue value = it.value();
        const auto oneOf = [&](const QStringList &allowed) -> Result<void> {
            if (!allowed.contains(value.toString()))
                return invalid(field, tr("\"%1\" must be one of %2.")
                                          .arg(key, allowed.join(QStringLiteral(", "))));
            return {};
        };
        const auto number = [&](int lo, int hi) -> Result<void> {
            const double d = value.toDouble(-1);
            if (!value.isDouble() || d != std::floor(d) || d < lo || d > hi)
                return invalid(field, tr("\"%1\" must be a whole number from %2 to %3.")
                                          .arg(key)
                                          .arg(lo)
                                          .arg(hi));
            return {};
        };
        Result<void> r;
        if (key == QLatin1String("snmp_version"))
            r = oneOf({QStringLiteral("2c"), QStringLiteral("3")});
        else if (key == QLatin1String("auth_protocol"))
            r = oneOf({QStringLiteral("SHA"), QStringLiteral("SHA-256")});
        else if (key == QLatin1String("priv_protocol"))
            r = oneOf({QStringLiteral("AES")});
        else if (key == QLatin1String("unit_id"))
            r = number(0, 255);
        else if (key == QLatin1String("timeout_ms"))
            r = number(100, 600000);
        else if (key == QLatin1String("register_map") && !value.isObject())
            r = invalid(field,
                        tr("\"register_map\" must be a register map object (name, entries)."));
        else if ((key == QLatin1String("user") || key == QLatin1String("preset"))
                 && (!value.isString() || value.toString().size() > 100))
            r = invalid(field, tr("\"%1\" must be text of at most 100 characters.").arg(key));
        if (!r)
            return r;
    }
    if (v.settings.value(QStringLiteral("snmp_version")).toString() == QLatin1String("3")
        && v.settings.value(QStringLiteral("user")).toString().isEmpty())
        return invalid(QStringLiteral("settings.user"),
                       tr("SNMPv3 needs a user name; add \"user\" to the settings."));
    return {};
}

} // namespace

Result<void> validate(const Device &v)
{
    if (auto r = checkName(v.name, 64); !r)
        return r;
    if (v.siteId.isEmpty())
        return invalid(QStringLiteral("site_id"), tr("A device must belong to a site."));
    if (v.protocol != DeviceProtocol::None && v.address.isEmpty())
        return invalid(QStringLiteral("address"), tr("A device polled over %1 needs an address.")
                                                      .arg(deviceProtocolName(v.protocol)));
    if (v.protocol == DeviceProtocol::ModbusRtu && !v.address.startsWith(QLatin1Char('/')))
        return invalid(QStringLiteral("address"),
                       tr("A Modbus RTU address is a serial device path such as /dev/ttyUSB0."));
    if ((v.protocol == DeviceProtocol::Snmp || v.protocol == DeviceProtocol::ModbusTcp)) {
        const QString host = v.address.section(QLatin1Char(':'), 0, 0);
        const QString port = v.address.section(QLatin1Char(':'), 1);
        bool ok = true;
        const int p = port.isEmpty() ? 1 : port.toInt(&ok);
        if (host.isEmpty() || !ok || p < 1 || p > 65535)
            return invalid(
                QStringLiteral("address"),
                tr("The address must be host or host:port with a port from 1 to 65535."));
    }
    if (auto r = validateDeviceSettings(v); !r)
        return r;
    return firstError(checkLength(QStringLiteral("model"), v.model, 100),
                      checkLength(QStringLiteral("serial"), v.serial, 100));
}

QStringList deviceSettingKeys(DeviceProtocol p)
{
    switch (p) {
    case DeviceProtocol::None: return {};
    case DeviceProtocol::Snmp:
        return {QStringLiteral("snmp_version"), QStringLiteral("user"),
                QStringLiteral("auth_protocol"), QStringLiteral("priv_protocol"),
                QStringLiteral("timeout_ms")};
    case DeviceProtocol::ModbusTcp:
    case DeviceProtocol::ModbusRtu:
        return {QStringLiteral("unit_id"), QStringLiteral("preset"), QStringLiteral("register_map"),
                QStringLiteral("timeout_ms")};
    }
    return {};
}

bool isSecretSettingKey(const QString &key)
{
    return key == QLatin1String("community") || key == QLatin1String("auth_passphrase")
           || key == QLatin1String("priv_passphrase") || key == QLatin1String("password");
}

} // namespace edge::api
