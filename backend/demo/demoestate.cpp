#include "backend/demo/demoestate.h"

#include "backend/acoustics/noiseanalyzer.h"
#include "backend/api/surveyrecord.h"
#include "backend/survey/sitefacts.h"
#include "backend/survey/surveyevaluation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QTimeZone>

#include <cmath>
#include <numbers>
#include <random>
#include <vector>

namespace edge::demo {

namespace {

using namespace edge::api;

class DemoTr {
    Q_DECLARE_TR_FUNCTIONS(edge::demo::DemoTr)
};

// ---- The estate as data -------------------------------------------------------------------------
// Coordinates are WGS84, checked against the places they name; addresses are district-level (no
// street numbers that could point at a real building's owner). Management and device addresses
// are RFC 5737 documentation addresses: 192.0.2.0/24, 198.51.100.0/24 and 203.0.113.0/24.

struct RegionSpec {
    const char *key;
    const char *name;
    const char *code;
    const char *description;
};

const RegionSpec kRegions[] = {
    {"south", "华南 South China (demo)", "DEMO-SOUTH",
     "Demo region: Guangdong edge sites (Shenzhen, Guangzhou)."},
    {"north", "华北 North China (demo)", "DEMO-NORTH",
     "Demo region: Beijing and Tianjin edge sites."},
};

struct SiteSpec {
    const char *key;
    const char *region; // key of a RegionSpec, or nullptr
    const char *name;
    const char *code;
    SiteKind kind;
    const char *address;
    double latitude;
    double longitude;
    const char *notes;
};

const SiteSpec kSites[] = {
    {"cc", nullptr, "demo-乌兰察布云中心", "DEMO-CC-ULQ", SiteKind::CloudCentre,
     "内蒙古自治区乌兰察布市集宁区 (Jining District, Ulanqab, Inner Mongolia)", 40.9939, 113.1330,
     "Demo cloud centre: central management, image registry and the long-term data store of the "
     "edge estate."},
    {"sz", "south", "demo-深圳南山科技园", "DEMO-SZ-NS01", SiteKind::CabinetSite,
     "广东省深圳市南山区粤海街道 高新技术产业园 (Hi-Tech Industrial Park, Nanshan, Shenzhen)",
     22.5408, 113.9470,
     "Demo cabinet site: one all-in-one 24U cabinet in the telecom room of an office building; "
     "video analytics for the campus."},
    {"gz", "south", "demo-广州科学城", "DEMO-GZ-KXC", SiteKind::EndEdgeDataCentre,
     "广东省广州市黄埔区 科学城 (Science City, Huangpu District, Guangzhou)", 23.1670, 113.4470,
     "Demo end-edge data centre: CDN cache and cloud gaming close to users."},
    {"bj", "north", "demo-北京亦庄", "DEMO-BJ-YZ", SiteKind::CloudEdgeDataCentre,
     "北京市大兴区 北京经济技术开发区 (Beijing Economic-Technological Development Area, Yizhuang)",
     39.7950, 116.5060,
     "Demo cloud-edge data centre: regional control plane and AI inference for North China."},
    {"tj", "north", "demo-天津开发区工厂", "DEMO-TJ-F01", SiteKind::CabinetSite,
     "天津市滨海新区 天津经济技术开发区 (TEDA, Binhai New Area, Tianjin), factory hall B", 39.0420,
     117.7060,
     "Demo cabinet site: an all-in-one cabinet on a factory floor; machine vision and OPC UA "
     "gateway for assembly line B."},
};

struct CabinetSpec {
    const char *key;
    const char *site;
    const char *name;
    bool allInOne; // 24U x 600 mm all-in-one; otherwise a 42U x 1200 mm data-centre rack
    const char *model;
    const char *serial;
};

const CabinetSpec kCabinets[] = {
    {"sz-aio", "sz", "demo-SZ-AIO-01", true, "EdgeBox AIO-24 (demo)", "DEMO-SZ-AIO-0001"},
    {"tj-aio", "tj", "demo-TJ-AIO-01", true, "EdgeBox AIO-24 (demo)", "DEMO-TJ-AIO-0001"},
    {"gz-r1", "gz", "demo-GZ-R01", false, "42U server rack 600x1200 (demo)", "DEMO-GZ-RK-0001"},
    {"gz-r2", "gz", "demo-GZ-R02", false, "42U server rack 600x1200 (demo)", "DEMO-GZ-RK-0002"},
    {"bj-r1", "bj", "demo-BJ-R01", false, "42U server rack 600x1200 (demo)", "DEMO-BJ-RK-0001"},
    {"bj-r2", "bj", "demo-BJ-R02", false, "42U server rack 600x1200 (demo)", "DEMO-BJ-RK-0002"},
    {"bj-r3", "bj", "demo-BJ-R03", false, "42U server rack 600x1200 (demo)", "DEMO-BJ-RK-0003"},
    {"cc-r1", "cc", "demo-CC-R01", false, "42U server rack 600x1200 (demo)", "DEMO-CC-RK-0001"},
    {"cc-r2", "cc", "demo-CC-R02", false, "42U server rack 600x1200 (demo)", "DEMO-CC-RK-0002"},
};

struct HardwareSpec {
    const char *vendor;
    const char *model;
    const char *cpuModel;
    int cpuCores;
    qint64 memoryMb;
    qint64 diskGb;
    const char *arch;
};

const HardwareSpec kThinkEdge = {"Lenovo", "ThinkEdge SE450", "Intel Xeon Silver 4314",
                                 16,       128 * 1024,        1920,
                                 "x86_64"};
const HardwareSpec kAtlas500 =
    {"Huawei", "Atlas 500 AI edge station", "HiSilicon Hi3559A", 8, 8 * 1024, 64, "aarch64"};
const HardwareSpec kNe5260 = {"Inspur", "NE5260M5", "Intel Xeon Gold 6230", 20, 192 * 1024,
                              3840,     "x86_64"};
const HardwareSpec kUno2372 = {"Advantech", "UNO-2372G", "Intel Atom E3940", 4, 8 * 1024,
                               128,         "x86_64"};
const HardwareSpec kNf5280 = {"Inspur", "NF5280M6", "Intel Xeon Gold 6330", 28, 256 * 1024,
                              7680,     "x86_64"};
const HardwareSpec kR4300 = {"H3C",   "UniServer R4300 G5", "Intel Xeon Silver 4310",
                             12,      128 * 1024,           192000,
                             "x86_64"};
const HardwareSpec kR4900 = {"H3C",   "UniServer R4900 G5", "Intel Xeon Silver 4316",
                             20,      128 * 1024,           1920,
                             "x86_64"};
const HardwareSpec kTaiShan = {"Huawei",           "TaiShan 200 (Model 2280)",
                               "Kunpeng 920-4826", 48,
                               256 * 1024,         3840,
                               "aarch64"};
const HardwareSpec kNf5466 = {"Inspur", "NF5466M6", "Intel Xeon Silver 4314", 16, 128 * 1024,
                              288000,   "x86_64"};
const HardwareSpec kSr650 =
    {"Lenovo", "ThinkSystem SR650 V2", "Intel Xeon Gold 5318Y", 24, 256 * 1024, 3840, "x86_64"};

struct NodeSpec {
    const char *site;
    const char *cabinet; // key of a CabinetSpec
    const char *name;
    NodeRole role;
    const HardwareSpec *hw;
    const char *serial;
    const char *mgmt;
    const char *labels; // "k=v,k=v"
};

const NodeSpec kNodes[] = {
    {"sz", "sz-aio", "demo-sz-edge01", NodeRole::EdgeServer, &kThinkEdge, "DEMO-SZ-N-0001",
     "192.0.2.21", "env=demo,workload=video-analytics,accelerator=nvidia-t4"},
    {"sz", "sz-aio", "demo-sz-gw01", NodeRole::Gateway, &kAtlas500, "DEMO-SZ-N-0002", "192.0.2.22",
     "env=demo,workload=iot-gateway"},
    {"tj", "tj-aio", "demo-tj-edge01", NodeRole::EdgeServer, &kNe5260, "DEMO-TJ-N-0001",
     "192.0.2.85", "env=demo,workload=machine-vision,line=assembly-b"},
    {"tj", "tj-aio", "demo-tj-gw01", NodeRole::Gateway, &kUno2372, "DEMO-TJ-N-0002", "192.0.2.86",
     "env=demo,workload=opc-ua-gateway,line=assembly-b"},
    {"gz", "gz-r1", "demo-gz-edge01", NodeRole::EdgeServer, &kNf5280, "DEMO-GZ-N-0001",
     "198.51.100.11", "env=demo,workload=cdn-cache"},
    {"gz", "gz-r1", "demo-gz-edge02", NodeRole::EdgeServer, &kNf5280, "DEMO-GZ-N-0002",
     "198.51.100.12", "env=demo,workload=cloud-gaming,accelerator=nvidia-a10"},
    {"gz", "gz-r2", "demo-gz-stor01", NodeRole::Storage, &kR4300, "DEMO-GZ-N-0003", "198.51.100.13",
     "env=demo,tier=capacity"},
    {"bj", "bj-r1", "demo-bj-ctl01", NodeRole::Controller, &kR4900, "DEMO-BJ-N-0001",
     "203.0.113.11", "env=demo,k8s=control-plane"},
    {"bj", "bj-r2", "demo-bj-edge01", NodeRole::EdgeServer, &kTaiShan, "DEMO-BJ-N-0002",
     "203.0.113.21", "env=demo,workload=ai-inference"},
    {"bj", "bj-r2", "demo-bj-edge02", NodeRole::EdgeServer, &kTaiShan, "DEMO-BJ-N-0003",
     "203.0.113.22", "env=demo,workload=ai-inference"},
    {"bj", "bj-r3", "demo-bj-stor01", NodeRole::Storage, &kNf5466, "DEMO-BJ-N-0004", "203.0.113.31",
     "env=demo,tier=capacity"},
    {"cc", "cc-r1", "demo-cc-ctl01", NodeRole::Controller, &kSr650, "DEMO-CC-N-0001", "192.0.2.201",
     "env=demo,k8s=control-plane,tier=cloud"},
    {"cc", "cc-r2", "demo-cc-ctl02", NodeRole::Controller, &kSr650, "DEMO-CC-N-0002", "192.0.2.202",
     "env=demo,k8s=control-plane,tier=cloud"},
};

struct DeviceSpec {
    const char *site;
    const char *cabinet; // key of a CabinetSpec, or nullptr (room-level equipment)
    const char *name;
    DeviceKind kind;
    const char *model;
    DeviceProtocol protocol;
    const char *address;
};

constexpr auto Snmp = DeviceProtocol::Snmp;
constexpr auto Mb = DeviceProtocol::ModbusTcp;

const DeviceSpec kDevices[] = {
    // Shenzhen: the all-in-one cabinet's UPS, PDU, cooling and switch, plus the four sensors
    // wired to its environment gateway (192.0.2.0/26).
    {"sz", "sz-aio", "demo-UPS-01", DeviceKind::Ups, "APC Smart-UPS SRT 3000", Snmp,
     "192.0.2.11:161"},
    {"sz", "sz-aio", "demo-PDU-01", DeviceKind::Pdu, "APC Switched Rack PDU AP7921B", Snmp,
     "192.0.2.12:161"},
    {"sz", "sz-aio", "demo-AC-01", DeviceKind::AirConditioner, "Envicool cabinet AC 1.5 kW", Mb,
     "192.0.2.13:502"},
    {"sz", "sz-aio", "demo-SW-01", DeviceKind::Switch, "Huawei S5735-L24T4X", Snmp,
     "192.0.2.14:161"},
    {"sz", "sz-aio", "demo-TH-01", DeviceKind::TemperatureHumiditySensor, "Renke RS-WS-N01", Mb,
     "192.0.2.15:502"},
    {"sz", "sz-aio", "demo-SMOKE-01", DeviceKind::SmokeSensor, "Renke RS-YG-N01", Mb,
     "192.0.2.16:502"},
    {"sz", "sz-aio", "demo-WATER-01", DeviceKind::WaterSensor, "Renke RS-SJ-N01", Mb,
     "192.0.2.17:502"},
    {"sz", "sz-aio", "demo-DOOR-01", DeviceKind::DoorSensor, "Renke RS-MC-N01", Mb,
     "192.0.2.18:502"},
    // Tianjin uses 192.0.2.64/26: the same layout shifted by 64.
    {"tj", "tj-aio", "demo-UPS-01", DeviceKind::Ups, "APC Smart-UPS SRT 3000", Snmp,
     "192.0.2.75:161"},
    {"tj", "tj-aio", "demo-PDU-01", DeviceKind::Pdu, "APC Switched Rack PDU AP7921B", Snmp,
     "192.0.2.76:161"},
    {"tj", "tj-aio", "demo-AC-01", DeviceKind::AirConditioner, "Envicool cabinet AC 1.5 kW", Mb,
     "192.0.2.77:502"},
    {"tj", "tj-aio", "demo-SW-01", DeviceKind::Switch, "Huawei S5735-L24T4X", Snmp,
     "192.0.2.78:161"},
    {"tj", "tj-aio", "demo-TH-01", DeviceKind::TemperatureHumiditySensor, "Renke RS-WS-N01", Mb,
     "192.0.2.79:502"},
    {"tj", "tj-aio", "demo-SMOKE-01", DeviceKind::SmokeSensor, "Renke RS-YG-N01", Mb,
     "192.0.2.80:502"},
    {"tj", "tj-aio", "demo-WATER-01", DeviceKind::WaterSensor, "Renke RS-SJ-N01", Mb,
     "192.0.2.81:502"},
    {"tj", "tj-aio", "demo-DOOR-01", DeviceKind::DoorSensor, "Renke RS-MC-N01", Mb,
     "192.0.2.82:502"},

    // Guangzhou Science City: a small machine room with two racks.
    {"gz", nullptr, "demo-UPS-01", DeviceKind::Ups, "Huawei UPS2000-G-10KRTL", Snmp,
     "198.51.100.21:161"},
    {"gz", "gz-r1", "demo-PDU-01", DeviceKind::Pdu, "Raritan PX3-5190R", Snmp, "198.51.100.22:161"},
    {"gz", "gz-r2", "demo-PDU-02", DeviceKind::Pdu, "Raritan PX3-5190R", Snmp, "198.51.100.23:161"},
    {"gz", nullptr, "demo-AC-01", DeviceKind::AirConditioner, "Vertiv Liebert CRV", Mb,
     "198.51.100.24:502"},
    {"gz", "gz-r1", "demo-SW-01", DeviceKind::Switch, "H3C S6520X-30QC-EI", Snmp,
     "198.51.100.25:161"},
    {"gz", "gz-r1", "demo-SW-02", DeviceKind::Switch, "H3C S6520X-30QC-EI", Snmp,
     "198.51.100.26:161"},
    {"gz", "gz-r1", "demo-TH-01", DeviceKind::TemperatureHumiditySensor, "Renke RS-WS-N01", Mb,
     "198.51.100.27:502"},
    {"gz", "gz-r2", "demo-TH-02", DeviceKind::TemperatureHumiditySensor, "Renke RS-WS-N01", Mb,
     "198.51.100.28:502"},
    {"gz", nullptr, "demo-SMOKE-01", DeviceKind::SmokeSensor, "Renke RS-YG-N01", Mb,
     "198.51.100.29:502"},
    {"gz", nullptr, "demo-WATER-01", DeviceKind::WaterSensor, "Renke RS-SJ-N01", Mb,
     "198.51.100.30:502"},
    {"gz", nullptr, "demo-DOOR-01", DeviceKind::DoorSensor, "Renke RS-MC-N01", Snmp,
     "198.51.100.31:161"},

    // Beijing Yizhuang: three racks, redundant cooling.
    {"bj", nullptr, "demo-UPS-01", DeviceKind::Ups, "Vertiv Liebert APM 30 kVA", Snmp,
     "203.0.113.41:161"},
    {"bj", "bj-r1", "demo-PDU-01", DeviceKind::Pdu, "Raritan PX3-5190R", Snmp, "203.0.113.42:161"},
    {"bj", "bj-r2", "demo-PDU-02", DeviceKind::Pdu, "Raritan PX3-5190R", Snmp, "203.0.113.43:161"},
    {"bj", "bj-r3", "demo-PDU-03", DeviceKind::Pdu, "Raritan PX3-5190R", Snmp, "203.0.113.44:161"},
    {"bj", nullptr, "demo-AC-01", DeviceKind::AirConditioner, "Vertiv Liebert CRV", Mb,
     "203.0.113.45:502"},
    {"bj", nullptr, "demo-AC-02", DeviceKind::AirConditioner, "Vertiv Liebert CRV", Mb,
     "203.0.113.46:502"},
    {"bj", "bj-r1", "demo-SW-01", DeviceKind::Switch, "Huawei CE6881-48S6CQ", Snmp,
     "203.0.113.47:161"},
    {"bj", "bj-r1", "demo-SW-02", DeviceKind::Switch, "Huawei CE6881-48S6CQ", Snmp,
     "203.0.113.48:161"},
    {"bj", "bj-r1", "demo-TH-01", DeviceKind::TemperatureHumiditySensor, "Renke RS-WS-N01", Mb,
     "203.0.113.49:502"},
    {"bj", "bj-r3", "demo-TH-02", DeviceKind::TemperatureHumiditySensor, "Renke RS-WS-N01", Mb,
     "203.0.113.50:502"},
    {"bj", nullptr, "demo-SMOKE-01", DeviceKind::SmokeSensor, "Renke RS-YG-N01", Mb,
     "203.0.113.51:502"},
    {"bj", nullptr, "demo-WATER-01", DeviceKind::WaterSensor, "Renke RS-SJ-N01", Mb,
     "203.0.113.52:502"},
    {"bj", nullptr, "demo-DOOR-01", DeviceKind::DoorSensor, "Renke RS-MC-N01", Snmp,
     "203.0.113.53:161"},

    // Cloud centre: the racks of the management cluster.
    {"cc", nullptr, "demo-UPS-01", DeviceKind::Ups, "Vertiv Liebert EXL S1 200 kVA", Snmp,
     "192.0.2.211:161"},
    {"cc", "cc-r1", "demo-PDU-01", DeviceKind::Pdu, "Raritan PX3-5190R", Snmp, "192.0.2.212:161"},
    {"cc", "cc-r2", "demo-PDU-02", DeviceKind::Pdu, "Raritan PX3-5190R", Snmp, "192.0.2.213:161"},
    {"cc", nullptr, "demo-AC-01", DeviceKind::AirConditioner, "Vertiv Liebert PEX4", Mb,
     "192.0.2.214:502"},
    {"cc", "cc-r1", "demo-SW-01", DeviceKind::Switch, "Huawei CE6881-48S6CQ", Snmp,
     "192.0.2.215:161"},
    {"cc", "cc-r1", "demo-TH-01", DeviceKind::TemperatureHumiditySensor, "Renke RS-WS-N01", Mb,
     "192.0.2.216:502"},
};

QString s(const char *utf8) { return utf8 ? QString::fromUtf8(utf8) : QString(); }

// ---- The demo survey ----------------------------------------------------------------------------
// One survey of the Beijing Yizhuang site (it has coordinates): a day of readings every 10 min, a
// hazards file, site facts, a noise measurement and a note. Made to show every kind of verdict:
// the afternoon peak crosses the ASHRAE recommended upper limit (27 °C, a fail), the railway line
// is inside the GB 50174-2017 class A distance of 800 m (a "shall" rule: a fail; class B only has
// "should" rules, which warn), the substation has no distance rule (a pass), power and space pass.

constexpr int kSurveyItemCount = 5; // readings, hazards, facts, noise, note
constexpr const char *kSurveySite = "bj";

// 2025-07-15 00:00 China Standard Time: a summer day.
qint64 surveyDayStartMs()
{
    return QDateTime(QDate(2025, 7, 15), QTime(0, 0), QTimeZone(8 * 3600)).toMSecsSinceEpoch();
}

// The room air over a day, every 10 min: a diurnal curve with its low near 05:00 and its high
// (28.7 °C) near 15:00, humidity moving the other way, plus a small deterministic ripple.
QList<survey::Reading> demoReadings()
{
    QList<survey::Reading> out;
    const qint64 start = surveyDayStartMs();
    for (int i = 0; i < 24 * 6; ++i) {
        const double hour = i / 6.0;
        const double phase = std::cos(2 * std::numbers::pi * (hour - 15.0) / 24.0); // 1 at 15:00
        const double ripple = 0.15 * std::sin(i * 1.7) + 0.1 * std::sin(i * 0.45);
        survey::Reading r;
        r.timestampMs = start + qint64(i) * 10 * 60 * 1000;
        r.temperatureC = std::round((24.5 + 4.2 * phase + ripple) * 10) / 10;
        r.humidityRH = std::round((50.0 - 9.0 * phase - 2 * ripple) * 10) / 10;
        r.source = QStringLiteral("demo-TH-01");
        out.append(r);
    }
    return out;
}

// GeoJSON ([lon, lat]): a railway line about 500 m north of the site running east-west and a
// substation about 280 m south-east.
QByteArray demoHazardsGeoJson()
{
    return QByteArrayLiteral(R"({"type": "FeatureCollection", "features": [
 {"type": "Feature", "properties": {"kind": "railway", "name": "demo railway line"},
  "geometry": {"type": "LineString", "coordinates": [[116.4860, 39.7993], [116.5060, 39.7996],
   [116.5260, 39.8001]]}},
 {"type": "Feature", "properties": {"kind": "substation", "name": "demo 110 kV substation"},
  "geometry": {"type": "Polygon", "coordinates": [[[116.5082, 39.7936], [116.5090, 39.7936],
   [116.5090, 39.7932], [116.5082, 39.7932], [116.5082, 39.7936]]]}}
]})");
}

survey::SiteFacts demoFacts()
{
    survey::SiteFacts f;
    f.power.voltageV = 221;
    f.power.frequencyHz = 50.02;
    f.power.phases = 3;
    f.power.feeds = 2;
    f.power.upsAutonomyMin = 20;
    f.power.requiredPhases = 3;
    f.power.requiredFeeds = 2;
    f.power.requiredUpsMin = 15;
    f.space.rackDepthMm = 1200;
    f.space.equipmentDepthMm = 800;
    f.floor.ratedKnPerM2 = 8;
    f.floor.equipmentMassKg = 650;
    f.floor.footprintM2 = 0.72;
    f.battery.type = survey::BatteryType::Lithium;
    f.battery.ventilated = true;
    f.vibration.present = true;
    f.vibration.distanceM = 520;
    f.vibration.description = QStringLiteral("railway");
    f.emi.present = true;
    f.emi.distanceM = 280;
    f.emi.description = QStringLiteral("110 kV substation");
    f.air.particlesPerM3 = 9.0e6;
    f.clearance.frontMm = 1200;
    f.clearance.rearMm = 1000;
    return f;
}

// Real analysis output: 6 s of pink noise (Paul Kellet's filter over seeded white noise, so the
// numbers are the same every time) through the sound level analyser, calibrated so the boundary
// reads a plausible daytime level for an industrial zone.
survey::NoiseItem demoNoise()
{
    constexpr double rate = 48000;
    constexpr int seconds = 6;
    std::mt19937 random(20250715);
    std::normal_distribution<double> white(0.0, 1.0);
    std::vector<double> samples(std::size_t(rate * seconds));
    double b0 = 0, b1 = 0, b2 = 0, b3 = 0, b4 = 0, b5 = 0, b6 = 0;
    for (double &x : samples) {
        const double w = white(random);
        b0 = 0.99886 * b0 + w * 0.0555179;
        b1 = 0.99332 * b1 + w * 0.0750759;
        b2 = 0.96900 * b2 + w * 0.1538520;
        b3 = 0.86650 * b3 + w * 0.3104856;
        b4 = 0.55000 * b4 - w * 0.5329522;
        b5 = -0.7616 * b5 - w * 0.0168980;
        x = (b0 + b1 + b2 + b3 + b4 + b5 + b6 + w * 0.5362) * 0.011; // about -30 dBFS
        b6 = w * 0.115926;
    }
    acoustics::NoiseAnalyzer analyzer(rate);
    analyzer.push(std::span<const double>(samples));
    survey::NoiseItem item;
    item.levels = analyzer.levels(88.0); // a calibrator-derived offset, dBFS to dB
    item.levels.series.clear();
    item.period = acoustics::Period::Day;
    item.file = QStringLiteral("demo-boundary-day.wav");
    return item;
}

// Creates the entities one by one, keeping the ids of the ones made so far by key.
class Seeder {
public:
    explicit Seeder(Inventory &inv)
        : m_inv(inv)
    {}

    Result<int> run()
    {
        for (const RegionSpec &r : kRegions) {
            Region v;
            v.name = s(r.name);
            v.code = s(r.code);
            v.description = s(r.description);
            v.demo = true;
            if (auto id = create(v, r.key); !id)
                return std::unexpected(id.error());
        }
        for (const SiteSpec &sp : kSites) {
            Site v;
            v.regionId = sp.region
                             ? m_ids.value(QLatin1String("region:") + QLatin1String(sp.region))
                             : QString();
            v.name = s(sp.name);
            v.code = s(sp.code);
            v.kind = sp.kind;
            v.address = s(sp.address);
            v.latitude = sp.latitude;
            v.longitude = sp.longitude;
            v.notes = s(sp.notes);
            v.demo = true;
            if (auto id = create(v, sp.key); !id)
                return std::unexpected(id.error());
        }
        for (const CabinetSpec &c : kCabinets) {
            Cabinet v;
            v.siteId = siteId(c.site);
            v.name = s(c.name);
            v.heightU = c.allInOne ? 24 : 42;
            v.depthMm = c.allInOne ? 600 : 1200;
            v.widthMm = 600;
            v.model = s(c.model);
            v.serial = s(c.serial);
            v.components = c.allInOne
                               ? api::cabinetComponentNames() // all of white paper 1.1.2
                               : QStringList{QStringLiteral("server"), QStringLiteral("switch"),
                                             QStringLiteral("pdu")};
            v.notes = c.allInOne
                          ? QStringLiteral("All-in-one cabinet (white paper 1.1.2): servers, "
                                           "switch, power, battery, cooling and monitoring in "
                                           "24U.")
                          : QString();
            v.demo = true;
            if (auto id = create(v, c.key); !id)
                return std::unexpected(id.error());
        }
        for (const NodeSpec &n : kNodes) {
            Node v;
            v.siteId = siteId(n.site);
            v.cabinetId = m_ids.value(QLatin1String("cabinet:") + QLatin1String(n.cabinet));
            v.name = s(n.name);
            v.role = n.role;
            v.hardware.vendor = s(n.hw->vendor);
            v.hardware.model = s(n.hw->model);
            v.hardware.serial = s(n.serial);
            v.hardware.cpuModel = s(n.hw->cpuModel);
            v.hardware.cpuCores = n.hw->cpuCores;
            v.hardware.memoryMb = n.hw->memoryMb;
            v.hardware.diskGb = n.hw->diskGb;
            v.hardware.arch = s(n.hw->arch);
            v.managementAddress = s(n.mgmt);
            for (const QString &kv : s(n.labels).split(QLatin1Char(','), Qt::SkipEmptyParts))
                v.labels.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
            v.demo = true;
            if (auto id = create(v, nullptr); !id)
                return std::unexpected(id.error());
        }
        QHash<QString, int> perSite;
        for (const DeviceSpec &d : kDevices) {
            Device v;
            v.siteId = siteId(d.site);
            v.cabinetId = d.cabinet
                              ? m_ids.value(QLatin1String("cabinet:") + QLatin1String(d.cabinet))
                              : QString();
            v.name = s(d.name);
            v.kind = d.kind;
            v.model = s(d.model);
            const int n = ++perSite[s(d.site)];
            v.serial = QStringLiteral("DEMO-%1-D-%2")
                           .arg(s(d.site).toUpper())
                           .arg(n, 4, 10, QLatin1Char('0'));
            v.protocol = d.protocol;
            v.address = s(d.address);
            v.demo = true;
            if (auto id = create(v, nullptr); !id)
                return std::unexpected(id.error());
        }
        if (auto r = seedSurvey(); !r)
            return std::unexpected(r.error());
        return m_count;
    }

private:
    Result<void> seedSurvey()
    {
        const qint64 day = surveyDayStartMs();
        Survey v;
        v.siteId = siteId(kSurveySite);
        v.name = QStringLiteral("demo-survey 2025-07 summer");
        v.author = QStringLiteral("demo");
        v.startedAtMs = day;
        v.siteClass = QStringLiteral("A");
        v.thermalProfile = QStringLiteral("ashrae-2021-recommended");
        v.noiseZone = QStringLiteral("3");
        v.notes = QStringLiteral("Demo survey: a summer day in the machine room before the second "
                                 "rack row goes in.");
        v.demo = true;
        auto surveyId = create(v, nullptr);
        if (!surveyId)
            return std::unexpected(surveyId.error());
        const auto item = [&](SurveyItemKind kind, const QString &name, qint64 takenAtMs,
                              const QString &payload) -> Result<void> {
            SurveyItem i;
            i.surveyId = *surveyId;
            i.kind = kind;
            i.name = name;
            i.author = QStringLiteral("demo");
            i.takenAtMs = takenAtMs;
            i.payload = payload;
            i.demo = true;
            if (auto id = create(i, nullptr); !id)
                return std::unexpected(id.error());
            return {};
        };
        const qint64 hour = 3600 * 1000;
        const QString facts = QString::fromUtf8(
            QJsonDocument(survey::toJson(demoFacts())).toJson(QJsonDocument::Compact));
        for (auto r :
             {item(SurveyItemKind::Readings, QStringLiteral("readings 1"), day + 24 * hour,
                   survey::readingsPayload(demoReadings())),
              item(SurveyItemKind::Hazards, QStringLiteral("hazards 1"), day + 9 * hour,
                   survey::hazardsPayload(QStringLiteral("demo-hazards.geojson"),
                                          demoHazardsGeoJson())),
              item(SurveyItemKind::Facts, QStringLiteral("facts 1"), day + 10 * hour, facts),
              item(SurveyItemKind::Noise, QStringLiteral("noise boundary day"), day + 14 * hour,
                   survey::noisePayload(demoNoise())),
              item(SurveyItemKind::Note, QStringLiteral("note 1"), day + 16 * hour,
                   survey::notePayload(QStringLiteral(
                       "Afternoon sun on the west wall: the room passes 27 °C from about "
                       "13:00 to 17:00. Ask for shading or more cooling before the second "
                       "rack row goes in.")))})
            if (!r)
                return r;
        return {};
    }

    QString siteId(const char *key) const
    {
        return m_ids.value(QLatin1String("site:") + QLatin1String(key));
    }

    template<class T>
    Result<QString> create(const T &v, const char *key)
    {
        auto made = m_inv.create(v.toRecord());
        if (!made) {
            Error e = made.error();
            const QString what = kindName(kindOf<T>()) + QStringLiteral(" '") + v.name
                                 + QLatin1Char('\'');
            QString detail = QStringLiteral("demo seed: ") + what;
            if (!e.detail.isEmpty())
                detail += QStringLiteral(": ") + e.detail;
            e.detail = detail;
            return std::unexpected(e);
        }
        ++m_count;
        if (key)
            m_ids.insert(kindName(kindOf<T>()) + QLatin1Char(':') + QLatin1String(key), made->id);
        return made->id;
    }

    Inventory &m_inv;
    QHash<QString, QString> m_ids;
    int m_count = 0;
};

// Counts the entities marked as demo data, kind by kind; stops at the first one found.
Result<bool> hasDemoData(Inventory &inv)
{
    for (EntityKind k : allKinds()) {
        ListQuery q;
        q.kind = k;
        auto page = inv.list(q);
        if (!page)
            return std::unexpected(page.error());
        for (const Record &r : page->records)
            if (r.fields.value(QStringLiteral("demo")).toBool())
                return true;
    }
    return false;
}

} // namespace

int demoEstateSize()
{
    return int(std::size(kRegions) + std::size(kSites) + std::size(kCabinets) + std::size(kNodes)
               + std::size(kDevices))
           + 1 + kSurveyItemCount;
}

Result<int> seedDemoEstate(Inventory &inv)
{
    auto present = hasDemoData(inv);
    if (!present)
        return std::unexpected(present.error());
    if (*present)
        return fail(Code::AlreadyExists,
                    DemoTr::tr(
                        "The demo estate is already present. Remove the demo data first, then "
                        "seed it again."),
                    QStringLiteral(
                        "demo seed: the inventory already holds entities with demo=true"));
    Seeder seeder(inv);
    auto created = seeder.run();
    if (!created) {
        // Nothing was demo data before we started, so removing demo data removes exactly what this
        // run created and leaves the inventory as it was.
        auto undone = inv.removeDemoData();
        Error e = created.error();
        if (!undone)
            e.detail += QStringLiteral("; undoing the partial seed failed too: ")
                        + undone.error().toString();
        return std::unexpected(e);
    }
    return created;
}

} // namespace edge::demo
