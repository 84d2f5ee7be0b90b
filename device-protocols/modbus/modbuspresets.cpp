#include "device-protocols/modbus/modbuspresets.h"

#include "device-protocols/modbus/modbustr.h"

namespace edge::modbus {

namespace {

RegisterEntry entry(const QString &quantity, Table table, int address, DataType type, double scale,
                    const QString &unit)
{
    RegisterEntry e;
    e.name = quantity;
    e.quantity = quantity;
    e.table = table;
    e.address = address;
    e.type = type;
    e.scale = scale;
    e.unit = unit;
    e.addressNote = QStringLiteral("PDU address %1 (Modicon %2)")
                        .arg(address)
                        .arg((table == Table::Input ? 30001 : 40001) + address);
    return e;
}

} // namespace

QList<RegisterMapPreset> registerMapPresets()
{
    const QString celsius = QStringLiteral("°C");
    const QString rh = QStringLiteral("%RH");
    QList<RegisterMapPreset> presets;
    presets.append(
        {QStringLiteral("generic-th-holding"),
         Tr::tr("Generic RS485 temperature/humidity transmitter (holding 0: temperature, 1: "
                "humidity)"),
         RegisterMap{QStringLiteral("generic RS485 T/H transmitter"),
                     {entry(QStringLiteral("temperature"), Table::Holding, 0, DataType::Int16, 0.1,
                            celsius),
                      entry(QStringLiteral("humidity"), Table::Holding, 1, DataType::Uint16, 0.1,
                            rh)}},
         1, 9600,
         QStringLiteral(
             "Generic SHT-type RS485 transmitter: function 03, temperature 0x0000 signed "
             "/10, humidity 0x0001 unsigned /10 (vendor sheet quoted by a reviewer; "
             "ArduinoModbus example). Encoding of negative values verified: 0xFF33 = "
             "-20.5 °C."),
         api::Confidence::Medium});
    presets.append(
        {QStringLiteral("xy-md02"), Tr::tr("XY-MD02 / SHT20 (input 1: temperature, 2: humidity)"),
         RegisterMap{QStringLiteral("XY-MD02 / SHT20"),
                     {entry(QStringLiteral("temperature"), Table::Input, 1, DataType::Int16, 0.1,
                            celsius),
                      entry(QStringLiteral("humidity"), Table::Input, 2, DataType::Uint16, 0.1,
                            rh)}},
         1, 9600,
         QStringLiteral("e-tinkers/Modbus-RTU SHT20 README, with example frames: function 04, "
                        "temperature 0x0001 signed /10, humidity 0x0002 unsigned /10."),
         api::Confidence::High});
    presets.append(
        {QStringLiteral("renke-rs-ws-n01"),
         Tr::tr("Renke RS-WS-N01 style (holding 0: humidity FIRST, 1: temperature)"),
         RegisterMap{QStringLiteral("Renke RS-WS-N01 style"),
                     {entry(QStringLiteral("humidity"), Table::Holding, 0, DataType::Uint16, 0.1,
                            rh),
                      entry(QStringLiteral("temperature"), Table::Holding, 1, DataType::Int16, 0.1,
                            celsius)}},
         1, 9600,
         QStringLiteral("Commonly cited map of Renke RS-WS-N01 and clones (humidity at 0, "
                        "temperature at 1, /10); not read from the Renke manual: check the first "
                        "reading against the sensor's display."),
         api::Confidence::Medium});
    return presets;
}

std::optional<RegisterMapPreset> registerMapPreset(const QString &id)
{
    for (const RegisterMapPreset &p : registerMapPresets()) {
        if (p.id == id)
            return p;
    }
    return std::nullopt;
}

} // namespace edge::modbus
