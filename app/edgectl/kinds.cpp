#include "app/edgectl/kinds.h"

#include <QCoreApplication>

namespace edge::edgectl {

namespace {

using api::EntityKind;
using VT = ValueType;

std::vector<KindSpec> build()
{
    std::vector<KindSpec> k;
    k.push_back(
        {EntityKind::Region,
         "region",
         QT_TRANSLATE_NOOP("edgectl", "Regions that group sites (e.g. South China)."),
         {
             {"name", "name", VT::Text, "NAME", QT_TRANSLATE_NOOP("edgectl", "Region name."),
              QT_TRANSLATE_NOOP("edgectl", "Name")},
             {"code", "code", VT::Text, "CODE",
              QT_TRANSLATE_NOOP("edgectl", "Short code: upper-case letters, digits, '-' or '_'."),
              QT_TRANSLATE_NOOP("edgectl", "Code")},
             {"description", "description", VT::Text, "TEXT",
              QT_TRANSLATE_NOOP("edgectl", "Free-text description."),
              QT_TRANSLATE_NOOP("edgectl", "Description")},
         },
         {"name", "code", "description", "id"}});
    k.push_back(
        {EntityKind::Site,
         "site",
         QT_TRANSLATE_NOOP("edgectl", "Sites: the cloud centre, data centres and cabinet sites."),
         {
             {"name", "name", VT::Text, "NAME", QT_TRANSLATE_NOOP("edgectl", "Site name."),
              QT_TRANSLATE_NOOP("edgectl", "Name")},
             {"kind", "kind", VT::Text, "KIND",
              QT_TRANSLATE_NOOP("edgectl",
                                "cloud-centre, cloud-edge-dc, end-edge-dc or cabinet-site."),
              QT_TRANSLATE_NOOP("edgectl", "Kind"), true},
             {"code", "code", VT::Text, "CODE",
              QT_TRANSLATE_NOOP("edgectl", "Short code: upper-case letters, digits, '-' or '_'."),
              QT_TRANSLATE_NOOP("edgectl", "Code"), true},
             {"region", "region_id", VT::Ref, "REGION",
              QT_TRANSLATE_NOOP("edgectl", "Region (id or name)."),
              QT_TRANSLATE_NOOP("edgectl", "Region")},
             {"address", "address", VT::Text, "TEXT",
              QT_TRANSLATE_NOOP("edgectl", "Postal address."),
              QT_TRANSLATE_NOOP("edgectl", "Address")},
             {"lat", "latitude", VT::Real, "DEGREES",
              QT_TRANSLATE_NOOP("edgectl", "Latitude, WGS84 degrees (-90..90)."),
              QT_TRANSLATE_NOOP("edgectl", "Latitude")},
             {"lon", "longitude", VT::Real, "DEGREES",
              QT_TRANSLATE_NOOP("edgectl", "Longitude, WGS84 degrees (-180..180)."),
              QT_TRANSLATE_NOOP("edgectl", "Longitude")},
             {"notes", "notes", VT::Text, "TEXT", QT_TRANSLATE_NOOP("edgectl", "Free-text notes."),
              QT_TRANSLATE_NOOP("edgectl", "Notes")},
         },
         {"name", "kind", "code", "region_id", "latitude", "longitude", "id"}});
    k.push_back(
        {EntityKind::Cabinet,
         "cabinet",
         QT_TRANSLATE_NOOP("edgectl", "Cabinets and racks at a site."),
         {
             {"site", "site_id", VT::Ref, "SITE", QT_TRANSLATE_NOOP("edgectl", "Site (id or name)."),
              QT_TRANSLATE_NOOP("edgectl", "Site")},
             {"name", "name", VT::Text, "NAME",
              QT_TRANSLATE_NOOP("edgectl", "Cabinet name (unique within its site)."),
              QT_TRANSLATE_NOOP("edgectl", "Name")},
             {"height-u", "height_u", VT::Integer, "U",
              QT_TRANSLATE_NOOP("edgectl", "Height in rack units (1..60), e.g. 24 or 42."),
              QT_TRANSLATE_NOOP("edgectl", "Height (U)")},
             {"depth-mm", "depth_mm", VT::Integer, "MM",
              QT_TRANSLATE_NOOP("edgectl", "Depth in millimetres (300..1500)."),
              QT_TRANSLATE_NOOP("edgectl", "Depth (mm)")},
             {"width-mm", "width_mm", VT::Integer, "MM",
              QT_TRANSLATE_NOOP("edgectl", "Width in millimetres (300..1200)."),
              QT_TRANSLATE_NOOP("edgectl", "Width (mm)")},
             {"model", "model", VT::Text, "TEXT", QT_TRANSLATE_NOOP("edgectl", "Model."),
              QT_TRANSLATE_NOOP("edgectl", "Model"), true},
             {"serial", "serial", VT::Text, "TEXT", QT_TRANSLATE_NOOP("edgectl", "Serial number."),
              QT_TRANSLATE_NOOP("edgectl", "Serial")},
             {"components", "components", VT::List, "A,B,...",
              QT_TRANSLATE_NOOP("edgectl",
                                "Built-in components, comma-separated: server, switch, pdu, ups, "
                                "battery, air-conditioner, emergency-fan, monitoring-display, "
                                "env-gateway, smoke-sensor, temp-humidity-sensor, water-sensor, "
                                "lighting, door-sensor."),
              QT_TRANSLATE_NOOP("edgectl", "Components")},
             {"notes", "notes", VT::Text, "TEXT", QT_TRANSLATE_NOOP("edgectl", "Free-text notes."),
              QT_TRANSLATE_NOOP("edgectl", "Notes")},
         },
         {"name", "site_id", "height_u", "depth_mm", "model", "id"}});
    k.push_back(
        {EntityKind::Node,
         "node",
         QT_TRANSLATE_NOOP("edgectl", "Nodes: edge servers, gateways, storage and controllers."),
         {
             {"site", "site_id", VT::Ref, "SITE", QT_TRANSLATE_NOOP("edgectl", "Site (id or name)."),
              QT_TRANSLATE_NOOP("edgectl", "Site")},
             {"cabinet", "cabinet_id", VT::Ref, "CABINET",
              QT_TRANSLATE_NOOP("edgectl", "Cabinet (id, or name within the site)."),
              QT_TRANSLATE_NOOP("edgectl", "Cabinet"), true},
             {"name", "name", VT::Text, "HOSTNAME",
              QT_TRANSLATE_NOOP("edgectl", "Host name (letters, digits, '-', dots)."),
              QT_TRANSLATE_NOOP("edgectl", "Name")},
             {"role", "role", VT::Text, "ROLE",
              QT_TRANSLATE_NOOP("edgectl", "edge-server, gateway, storage or controller."),
              QT_TRANSLATE_NOOP("edgectl", "Role"), true},
             {"cpu-cores", "cpu_cores", VT::Integer, "N",
              QT_TRANSLATE_NOOP("edgectl", "Number of CPU cores."),
              QT_TRANSLATE_NOOP("edgectl", "CPU cores")},
             {"memory-mb", "memory_mb", VT::Integer, "MB",
              QT_TRANSLATE_NOOP("edgectl", "Memory in MiB."),
              QT_TRANSLATE_NOOP("edgectl", "Memory (MB)")},
             {"disk-gb", "disk_gb", VT::Integer, "GB", QT_TRANSLATE_NOOP("edgectl", "Disk in GB."),
              QT_TRANSLATE_NOOP("edgectl", "Disk (GB)")},
             {"arch", "arch", VT::Text, "ARCH",
              QT_TRANSLATE_NOOP("edgectl", "CPU architecture, e.g. x86_64 or aarch64."),
              QT_TRANSLATE_NOOP("edgectl", "Architecture"), true},
             {"cpu-model", "cpu_model", VT::Text, "TEXT",
              QT_TRANSLATE_NOOP("edgectl", "CPU model."), QT_TRANSLATE_NOOP("edgectl", "CPU model")},
             {"vendor", "vendor", VT::Text, "TEXT", QT_TRANSLATE_NOOP("edgectl", "Hardware vendor."),
              QT_TRANSLATE_NOOP("edgectl", "Vendor"), true},
             {"model", "model", VT::Text, "TEXT", QT_TRANSLATE_NOOP("edgectl", "Hardware model."),
              QT_TRANSLATE_NOOP("edgectl", "Model")},
             {"serial", "serial", VT::Text, "TEXT", QT_TRANSLATE_NOOP("edgectl", "Serial number."),
              QT_TRANSLATE_NOOP("edgectl", "Serial")},
             {"mgmt-address", "mgmt_address", VT::Text, "HOST",
              QT_TRANSLATE_NOOP("edgectl", "Management address (host name or IP)."),
              QT_TRANSLATE_NOOP("edgectl", "Management address")},
             {"label", "labels", VT::Labels, "KEY=VALUE",
              QT_TRANSLATE_NOOP("edgectl", "A label; in edit, KEY- removes the label KEY."),
              QT_TRANSLATE_NOOP("edgectl", "Labels"), true},
         },
         {"name", "site_id", "cabinet_id", "role", "cpu_cores", "memory_mb", "arch", "mgmt_address",
          "id"}});
    k.push_back(
        {EntityKind::Device,
         "device",
         QT_TRANSLATE_NOOP("edgectl", "Devices: UPS, PDU, air conditioners, switches and sensors."),
         {
             {"site", "site_id", VT::Ref, "SITE", QT_TRANSLATE_NOOP("edgectl", "Site (id or name)."),
              QT_TRANSLATE_NOOP("edgectl", "Site")},
             {"cabinet", "cabinet_id", VT::Ref, "CABINET",
              QT_TRANSLATE_NOOP("edgectl", "Cabinet (id, or name within the site)."),
              QT_TRANSLATE_NOOP("edgectl", "Cabinet"), true},
             {"name", "name", VT::Text, "NAME",
              QT_TRANSLATE_NOOP("edgectl", "Device name (unique within its site)."),
              QT_TRANSLATE_NOOP("edgectl", "Name")},
             {"kind", "kind", VT::Text, "KIND",
              QT_TRANSLATE_NOOP("edgectl",
                                "ups, pdu, air-conditioner, switch, temp-humidity-sensor, "
                                "smoke-sensor, water-sensor or door-sensor."),
              QT_TRANSLATE_NOOP("edgectl", "Kind"), true},
             {"protocol", "protocol", VT::Text, "PROTOCOL",
              QT_TRANSLATE_NOOP("edgectl", "none, snmp, modbus-tcp or modbus-rtu."),
              QT_TRANSLATE_NOOP("edgectl", "Protocol"), true},
             {"address", "address", VT::Text, "ADDRESS",
              QT_TRANSLATE_NOOP(
                  "edgectl",
                  "host[:port] for snmp and modbus-tcp, a serial device for modbus-rtu."),
              QT_TRANSLATE_NOOP("edgectl", "Address")},
             {"model", "model", VT::Text, "TEXT", QT_TRANSLATE_NOOP("edgectl", "Model."),
              QT_TRANSLATE_NOOP("edgectl", "Model"), true},
             {"serial", "serial", VT::Text, "TEXT", QT_TRANSLATE_NOOP("edgectl", "Serial number."),
              QT_TRANSLATE_NOOP("edgectl", "Serial")},
             {"setting", "settings", VT::Settings, "KEY=VALUE",
              QT_TRANSLATE_NOOP("edgectl",
                                "A protocol setting, e.g. unit_id=3, preset=ID, snmp_version=3, "
                                "user=NAME, timeout_ms=2000 (VALUE is JSON when it parses as a "
                                "number or object); in edit, KEY- removes it. Secrets such as the "
                                "community are not stored: they are asked for when a check runs."),
              QT_TRANSLATE_NOOP("edgectl", "Settings")},
             {"settings-file", "settings", VT::SettingsFile, "FILE.json",
              QT_TRANSLATE_NOOP("edgectl",
                                "All protocol settings from a JSON object file (--setting "
                                "applies on top)."),
              QT_TRANSLATE_NOOP("edgectl", "Settings")},
         },
         {"name", "site_id", "cabinet_id", "kind", "protocol", "address", "id"}});
    k.push_back(
        {EntityKind::Survey,
         "survey",
         QT_TRANSLATE_NOOP("edgectl",
                           "Site surveys: temperature, noise, distances and site facts checked "
                           "against the standards."),
         {
             {"site", "site_id", VT::Ref, "SITE", QT_TRANSLATE_NOOP("edgectl", "Site (id or name)."),
              QT_TRANSLATE_NOOP("edgectl", "Site")},
             {"name", "name", VT::Text, "NAME",
              QT_TRANSLATE_NOOP("edgectl", "Survey name (unique within its site)."),
              QT_TRANSLATE_NOOP("edgectl", "Name")},
             {"status", "status", VT::Text, "STATUS",
              QT_TRANSLATE_NOOP("edgectl", "draft or final."),
              QT_TRANSLATE_NOOP("edgectl", "Status"), true},
             {"author", "author", VT::Text, "NAME",
              QT_TRANSLATE_NOOP("edgectl", "Who surveyed the site."),
              QT_TRANSLATE_NOOP("edgectl", "Author"), true},
             {"class", "site_class", VT::Text, "A|B|C",
              QT_TRANSLATE_NOOP("edgectl",
                                "GB 50174-2017 class of the installation (A, B or C): sets the "
                                "distance rules."),
              QT_TRANSLATE_NOOP("edgectl", "Class"), true},
             {"profile", "thermal_profile", VT::Text, "PROFILE",
              QT_TRANSLATE_NOOP("edgectl",
                                "Temperature profile, e.g. ashrae-2021-recommended ('edgectl "
                                "survey temperature --profile list' lists them)."),
              QT_TRANSLATE_NOOP("edgectl", "Temperature profile")},
             {"zone", "noise_zone", VT::Text, "ZONE",
              QT_TRANSLATE_NOOP("edgectl", "GB 3096-2008 noise zone: 0, 1, 2, 3, 4a or 4b."),
              QT_TRANSLATE_NOOP("edgectl", "Noise zone"), true},
             {"margin", "warn_margin", VT::Real, "N",
              QT_TRANSLATE_NOOP("edgectl",
                                "Warn when a value is inside its limit by less than N (in the "
                                "limit's unit)."),
              QT_TRANSLATE_NOOP("edgectl", "Warn margin")},
             {"lat", "latitude", VT::Real, "DEGREES",
              QT_TRANSLATE_NOOP("edgectl",
                                "Latitude where the survey was taken, if not the site's."),
              QT_TRANSLATE_NOOP("edgectl", "Latitude")},
             {"lon", "longitude", VT::Real, "DEGREES",
              QT_TRANSLATE_NOOP("edgectl",
                                "Longitude where the survey was taken, if not the site's."),
              QT_TRANSLATE_NOOP("edgectl", "Longitude")},
             {"notes", "notes", VT::Text, "TEXT", QT_TRANSLATE_NOOP("edgectl", "Free-text notes."),
              QT_TRANSLATE_NOOP("edgectl", "Notes")},
         },
         {"name", "site_id", "status", "author", "site_class", "noise_zone", "id"}});
    k.push_back(
        {EntityKind::SurveyItem,
         "survey-item",
         QT_TRANSLATE_NOOP("edgectl",
                           "Measurements of a survey: readings, noise, hazards, site facts, "
                           "photos and notes."),
         {
             {"survey", "survey_id", VT::Ref, "SURVEY",
              QT_TRANSLATE_NOOP("edgectl", "Survey (id or name)."),
              QT_TRANSLATE_NOOP("edgectl", "Survey")},
             {"name", "name", VT::Text, "NAME",
              QT_TRANSLATE_NOOP("edgectl", "Item name (unique within its survey)."),
              QT_TRANSLATE_NOOP("edgectl", "Name")},
             {"kind", "kind", VT::Text, "KIND",
              QT_TRANSLATE_NOOP("edgectl",
                                "readings, noise, hazards, facts, photo, note or calibration."),
              QT_TRANSLATE_NOOP("edgectl", "Kind"), true},
             {"author", "author", VT::Text, "NAME", QT_TRANSLATE_NOOP("edgectl", "Who took it."),
              QT_TRANSLATE_NOOP("edgectl", "Author")},
             {"payload", "payload", VT::Text, "JSON",
              QT_TRANSLATE_NOOP("edgectl",
                                "The measurement as JSON (its shape depends on the kind)."),
              QT_TRANSLATE_NOOP("edgectl", "Payload")},
         },
         {"name", "survey_id", "kind", "author", "taken_at", "id"}});
    k.push_back(
        {EntityKind::LimitSet,
         "limit-set",
         QT_TRANSLATE_NOOP("edgectl",
                           "Stored versions of the user's limit sets (use 'edgectl survey limits' "
                           "to list, export and import them)."),
         {
             {"name", "name", VT::Text, "NAME",
              QT_TRANSLATE_NOOP("edgectl", "Version name: \"<set id> v<version>\"."),
              QT_TRANSLATE_NOOP("edgectl", "Name")},
             {"set", "set_id", VT::Text, "ID",
              QT_TRANSLATE_NOOP("edgectl", "Limit set id, e.g. ashrae-2021-recommended."),
              QT_TRANSLATE_NOOP("edgectl", "Set"), true},
             {"version", "version", VT::Integer, "N",
              QT_TRANSLATE_NOOP("edgectl", "Version (newer than every stored one)."),
              QT_TRANSLATE_NOOP("edgectl", "Version")},
             {"title", "title", VT::Text, "TEXT", QT_TRANSLATE_NOOP("edgectl", "Title."),
              QT_TRANSLATE_NOOP("edgectl", "Title")},
             {"limits", "json", VT::Text, "JSON",
              QT_TRANSLATE_NOOP("edgectl", "The whole set as limit-set JSON."),
              QT_TRANSLATE_NOOP("edgectl", "Limits")},
             {"author", "author", VT::Text, "NAME",
              QT_TRANSLATE_NOOP("edgectl", "Who made this version."),
              QT_TRANSLATE_NOOP("edgectl", "Author")},
             {"notes", "notes", VT::Text, "TEXT", QT_TRANSLATE_NOOP("edgectl", "Free-text notes."),
              QT_TRANSLATE_NOOP("edgectl", "Notes")},
         },
         {"name", "set_id", "version", "author", "id"}});
    return k;
}

} // namespace

const FieldOption *KindSpec::byOption(const QString &option) const
{
    for (const FieldOption &o : options)
        if (QLatin1String(o.option) == option)
            return &o;
    return nullptr;
}

const FieldOption *KindSpec::byField(const QString &field) const
{
    for (const FieldOption &o : options)
        if (QLatin1String(o.field) == field)
            return &o;
    return nullptr;
}

const FieldOption *KindSpec::parentOption() const
{
    const QString parent = api::schemaOf(kind).parentField;
    return parent.isEmpty() ? nullptr : byField(parent);
}

bool KindSpec::nameScopedByParent() const
{
    const auto &schema = api::schemaOf(kind);
    return !schema.nameScopeField.isEmpty() && schema.nameScopeField == schema.parentField;
}

const std::vector<KindSpec> &kindSpecs()
{
    static const std::vector<KindSpec> specs = build();
    return specs;
}

const KindSpec *kindSpecByCommand(const QString &command)
{
    for (const KindSpec &k : kindSpecs())
        if (QLatin1String(k.command) == command)
            return &k;
    return nullptr;
}

const KindSpec &kindSpecOf(api::EntityKind kind)
{
    for (const KindSpec &k : kindSpecs())
        if (k.kind == kind)
            return k;
    return kindSpecs().front();
}

} // namespace edge::edgectl
