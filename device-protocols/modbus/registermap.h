#pragma once

// Register maps as data: which register of a Modbus device holds which quantity, and how to turn
// its words into an engineering value. Pure value types and the JSON map format; no I/O.
//
// JSON map format (UTF-8):
//   {
//     "name": "XY-MD02 / SHT20",                  // optional
//     "entries": [
//       { "name": "temperature", "quantity": "temperature", "table": "input",
//         "address": 1, "type": "int16", "scale": 0.1, "offset": 0, "unit": "°C" },
//       { "name": "humidity", "quantity": "humidity", "address": "30003", "type": "uint16",
//         "scale": 0.1, "unit": "%RH" },
//       { "name": "energy", "quantity": "energy", "table": "holding", "address": "0x0010",
//         "type": "float32", "wordOrder": "little", "unit": "kWh" }
//     ]
//   }
// "address" is the 0-based PDU address (as on the wire) when it is a JSON number, a hex string
// "0x0010" or a decimal string of up to 4 digits. A 5- or 6-digit string is a Modicon reference
// (1-based, table in its first digit: 0 coil, 1 discrete, 3 input, 4 holding): "30002" is input
// register 1, "40001" holding register 0; "table" may then be left out and must agree if given.
// RegisterEntry::addressNote says which form was read. Defaults: table holding (registers) ,
// type uint16 (bool for coil/discrete), wordOrder big, scale 1, offset 0, unit "".

#include "backend/api/error.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace edge::modbus {

enum class Table { Coil, Discrete, Input, Holding };
enum class DataType { Bool, Uint16, Int16, Uint32, Int32, Float32 };
// For 32-bit values: Big = high word first (registers ABCD), Little = low word first (CDAB).
// The two bytes inside each register are always big-endian, as the Modbus spec says.
enum class WordOrder { Big, Little };

QString tableName(Table table); // "coil", "discrete", "input", "holding"
std::optional<Table> tableFromName(const QString &name);
QString dataTypeName(DataType type); // "bool", "uint16", "int16", "uint32", "int32", "float32"
std::optional<DataType> dataTypeFromName(const QString &name);
QString wordOrderName(WordOrder order); // "big", "little"
std::optional<WordOrder> wordOrderFromName(const QString &name);
bool isBitTable(Table table);
// Registers (or bits) one value occupies: 1 for bool/16-bit, 2 for 32-bit.
int wordCount(DataType type);

struct RegisterEntry {
    QString name;     // the map's own label: "temperature", "T1"
    QString quantity; // SensorReading::quantity: "temperature", "humidity", "leak", "door", ...
    Table table = Table::Holding;
    int address = 0; // 0-based PDU address, 0..65535
    DataType type = DataType::Uint16;
    WordOrder wordOrder = WordOrder::Big;
    double scale = 1;  // value = raw * scale + offset
    double offset = 0; //
    QString unit;      // "°C", "%RH", "" for states
    // How the address was written, for people: "PDU address 1" or "Modicon 30002 = input
    // register, PDU address 1". Empty for entries built in code.
    QString addressNote;
};

// Checks one entry: name, quantity, address range (incl. 32-bit values not running past 65535),
// type allowed for the table, finite scale and offset. The error (Code::Validation) names the
// field in Error::field.
api::Result<void> validateEntry(const RegisterEntry &entry);

// Parses an address as written in a map file (see above). `table` is the entry's table when the
// file names one. Returns the table, the PDU address and the note.
struct ParsedAddress {
    Table table = Table::Holding;
    int address = 0;
    QString note;
};
api::Result<ParsedAddress> parseAddress(const QString &text, std::optional<Table> table);

struct RegisterMap {
    QString name;
    QList<RegisterEntry> entries;
};

// Parses a JSON map. Errors are Code::BadInput and name the file, the line and column (syntax)
// or the entry (index and name) and field, what is wrong and what to do; Error::field is
// "entries[2].type" style.
api::Result<RegisterMap> parseRegisterMap(const QByteArray &json, const QString &fileName);
// The map as JSON in the same format (addresses as PDU numbers); parseRegisterMap() reads it back.
QByteArray registerMapToJson(const RegisterMap &map);

} // namespace edge::modbus
