#include "device-protocols/modbus/registermap.h"

#include "backend/api/limitset.h"
#include "device-protocols/modbus/modbustr.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace edge::modbus {

using api::Code;

QString tableName(Table table)
{
    switch (table) {
    case Table::Coil: return QStringLiteral("coil");
    case Table::Discrete: return QStringLiteral("discrete");
    case Table::Input: return QStringLiteral("input");
    case Table::Holding: return QStringLiteral("holding");
    }
    return QStringLiteral("holding");
}

std::optional<Table> tableFromName(const QString &name)
{
    for (Table t : {Table::Coil, Table::Discrete, Table::Input, Table::Holding}) {
        if (tableName(t) == name)
            return t;
    }
    return std::nullopt;
}

QString dataTypeName(DataType type)
{
    switch (type) {
    case DataType::Bool: return QStringLiteral("bool");
    case DataType::Uint16: return QStringLiteral("uint16");
    case DataType::Int16: return QStringLiteral("int16");
    case DataType::Uint32: return QStringLiteral("uint32");
    case DataType::Int32: return QStringLiteral("int32");
    case DataType::Float32: return QStringLiteral("float32");
    }
    return QStringLiteral("uint16");
}

std::optional<DataType> dataTypeFromName(const QString &name)
{
    for (DataType t : {DataType::Bool, DataType::Uint16, DataType::Int16, DataType::Uint32,
                       DataType::Int32, DataType::Float32}) {
        if (dataTypeName(t) == name)
            return t;
    }
    return std::nullopt;
}

QString wordOrderName(WordOrder order)
{
    return order == WordOrder::Little ? QStringLiteral("little") : QStringLiteral("big");
}

std::optional<WordOrder> wordOrderFromName(const QString &name)
{
    if (name == QLatin1String("big"))
        return WordOrder::Big;
    if (name == QLatin1String("little"))
        return WordOrder::Little;
    return std::nullopt;
}

bool isBitTable(Table table) { return table == Table::Coil || table == Table::Discrete; }

int wordCount(DataType type)
{
    switch (type) {
    case DataType::Uint32:
    case DataType::Int32:
    case DataType::Float32: return 2;
    default: return 1;
    }
}

namespace {

struct Problem {
    QString field;
    QString why;
};

// What is wrong with an entry (field and reason), or nothing.
std::optional<Problem> entryProblem(const RegisterEntry &e)
{
    const auto bad = [](const QString &field, const QString &why) {
        return std::optional<Problem>(Problem{field, why});
    };
    if (e.name.trimmed().isEmpty())
        return bad(QStringLiteral("name"), Tr::tr("the name is empty; give every entry a name."));
    if (e.quantity.trimmed().isEmpty())
        return bad(QStringLiteral("quantity"),
                   Tr::tr("the quantity is empty; use e.g. temperature or humidity."));
    const int last = e.address + (isBitTable(e.table) ? 1 : wordCount(e.type)) - 1;
    if (e.address < 0 || last > 0xFFFF)
        return bad(QStringLiteral("address"),
                   Tr::tr("address %1 is outside 0 to 65535 (a 32-bit value needs two "
                          "registers).")
                       .arg(e.address));
    if (isBitTable(e.table) != (e.type == DataType::Bool))
        return bad(QStringLiteral("type"),
                   isBitTable(e.table)
                       ? Tr::tr("coils and discrete inputs hold bits: use type bool.")
                       : Tr::tr("registers hold numbers: use uint16, int16, uint32, int32 or "
                                "float32."));
    if (!std::isfinite(e.scale) || e.scale == 0)
        return bad(QStringLiteral("scale"), Tr::tr("the scale must be a non-zero number."));
    if (!std::isfinite(e.offset))
        return bad(QStringLiteral("offset"), Tr::tr("the offset must be a number."));
    return std::nullopt;
}

} // namespace

api::Result<void> validateEntry(const RegisterEntry &e)
{
    if (const auto problem = entryProblem(e))
        return api::fail(Code::Validation,
                         Tr::tr("Register \"%1\", field \"%2\": %3")
                             .arg(e.name, problem->field, problem->why),
                         problem->field, problem->field);
    return {};
}

api::Result<ParsedAddress> parseAddress(const QString &input, std::optional<Table> table)
{
    const QString text = input.trimmed();
    const auto bad = [&](const QString &why) -> api::Result<ParsedAddress> {
        return api::fail(Code::Validation, why, text, QStringLiteral("address"));
    };
    bool ok = false;
    if (text.startsWith(QLatin1String("0x"), Qt::CaseInsensitive)) {
        const uint v = text.mid(2).toUInt(&ok, 16);
        if (!ok || text.size() < 3 || v > 0xFFFF)
            return bad(Tr::tr("\"%1\" is not a hex PDU address from 0x0000 to 0xFFFF.").arg(text));
        return ParsedAddress{table.value_or(Table::Holding), int(v),
                             Tr::tr("PDU address %1 (0x%2)").arg(v).arg(v, 4, 16, QLatin1Char('0'))};
    }
    static const QRegularExpression digits(QStringLiteral("^[0-9]{1,6}$"));
    if (!digits.match(text).hasMatch())
        return bad(Tr::tr("\"%1\" is not an address: write a PDU address (0 to 65535 or 0x0000 to "
                          "0xFFFF) or a Modicon reference such as 30002 or 40001.")
                       .arg(text));
    const uint v = text.toUInt();
    if (text.size() <= 4)
        return ParsedAddress{table.value_or(Table::Holding), int(v),
                             Tr::tr("PDU address %1").arg(v)};
    // Modicon reference: first digit names the table, the rest is 1-based.
    Table refTable = Table::Holding;
    switch (text.at(0).unicode()) {
    case u'0': refTable = Table::Coil; break;
    case u'1': refTable = Table::Discrete; break;
    case u'3': refTable = Table::Input; break;
    case u'4': refTable = Table::Holding; break;
    default:
        return bad(Tr::tr("\"%1\" is not a Modicon reference: it must start with 0 (coil), 1 "
                          "(discrete input), 3 (input register) or 4 (holding register).")
                       .arg(text));
    }
    const uint number = text.mid(1).toUInt();
    if (number < 1 || number > 65536)
        return bad(Tr::tr("\"%1\": a Modicon reference counts from 1; %2 is outside 1 to 65536.")
                       .arg(text)
                       .arg(number));
    if (table && *table != refTable)
        return bad(Tr::tr("\"%1\" is a Modicon reference to the %2 table, but the entry says %3; "
                          "fix one of them.")
                       .arg(text, tableName(refTable), tableName(*table)));
    return ParsedAddress{refTable, int(number - 1),
                         Tr::tr("Modicon %1 = %2 table, PDU address %3")
                             .arg(text, tableName(refTable))
                             .arg(number - 1)};
}

namespace {

using api::lineColumnAt;

const QStringList kEntryKeys = {
    QStringLiteral("name"),    QStringLiteral("quantity"), QStringLiteral("table"),
    QStringLiteral("address"), QStringLiteral("type"),     QStringLiteral("wordOrder"),
    QStringLiteral("scale"),   QStringLiteral("offset"),   QStringLiteral("unit"),
    QStringLiteral("comment"),
};

} // namespace

api::Result<RegisterMap> parseRegisterMap(const QByteArray &json, const QString &fileName)
{
    const QString what = Tr::tr("Register map %1").arg(fileName);
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = lineColumnAt(json, error.offset);
        return api::fail(Code::BadInput,
                         Tr::tr("%1, line %2 column %3: not valid JSON (%4). Fix the file and "
                                "import it again.")
                             .arg(what)
                             .arg(line)
                             .arg(column)
                             .arg(error.errorString()),
                         fileName);
    }
    if (!doc.isObject() || !doc.object().value(QLatin1String("entries")).isArray())
        return api::fail(Code::BadInput,
                         Tr::tr("%1: expected an object with an \"entries\" list (see "
                                "docs/adding-a-device-protocol.md for the format).")
                             .arg(what),
                         fileName, QStringLiteral("entries"));
    const QJsonObject root = doc.object();
    RegisterMap map;
    if (root.contains(QLatin1String("name"))) {
        if (!root.value(QLatin1String("name")).isString())
            return api::fail(Code::BadInput, Tr::tr("%1: \"name\" must be a text.").arg(what),
                             fileName, QStringLiteral("name"));
        map.name = root.value(QLatin1String("name")).toString();
    }
    const QJsonArray entries = root.value(QLatin1String("entries")).toArray();
    if (entries.isEmpty())
        return api::fail(Code::BadInput,
                         Tr::tr("%1: the \"entries\" list is empty; add at least one register.")
                             .arg(what),
                         fileName, QStringLiteral("entries"));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject o = entries.at(i).toObject();
        const QString label = o.value(QLatin1String("name")).toString();
        const auto bad = [&](const QString &key, const QString &why) -> api::Result<RegisterMap> {
            const QString entry = label.isEmpty()
                                      ? Tr::tr("entry %1").arg(i + 1)
                                      : Tr::tr("entry %1 (\"%2\")").arg(i + 1).arg(label);
            const QString where = key.isEmpty() ? entry
                                                : Tr::tr("%1, field \"%2\"").arg(entry, key);
            return api::fail(Code::BadInput,
                             Tr::tr("%1, %2: %3 Fix the entry and import the map again.")
                                 .arg(what, where, why),
                             fileName,
                             QStringLiteral("entries[%1]").arg(i)
                                 + (key.isEmpty() ? QString() : QLatin1Char('.') + key));
        };
        if (!entries.at(i).isObject())
            return bad({}, Tr::tr("expected an object with name, quantity, address, ..."));
        for (auto it = o.begin(); it != o.end(); ++it) {
            if (!kEntryKeys.contains(it.key()))
                return bad(it.key(), Tr::tr("unknown field; the fields are: %1.")
                                         .arg(kEntryKeys.join(QStringLiteral(", "))));
        }
        const auto text = [&](const char *key, QString *out, bool required) -> bool {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isUndefined() && !required)
                return true;
            if (!v.isString())
                return false;
            *out = v.toString();
            return true;
        };
        RegisterEntry e;
        if (!text("name", &e.name, true) || e.name.trimmed().isEmpty())
            return bad(QStringLiteral("name"), Tr::tr("a non-empty text is required."));
        if (!text("quantity", &e.quantity, true) || e.quantity.trimmed().isEmpty())
            return bad(QStringLiteral("quantity"),
                       Tr::tr("a non-empty text is required, e.g. temperature or humidity."));
        if (!text("unit", &e.unit, false))
            return bad(QStringLiteral("unit"), Tr::tr("must be a text such as °C or %RH."));
        std::optional<Table> table;
        if (o.contains(QLatin1String("table"))) {
            table = tableFromName(o.value(QLatin1String("table")).toString());
            if (!table)
                return bad(QStringLiteral("table"),
                           Tr::tr("must be one of coil, discrete, input, holding."));
        }
        const QJsonValue address = o.value(QLatin1String("address"));
        if (address.isDouble()) {
            const double d = address.toDouble();
            if (d != std::floor(d) || d < 0 || d > 0xFFFF)
                return bad(QStringLiteral("address"),
                           Tr::tr("%1 is not a PDU address from 0 to 65535.").arg(d));
            e.table = table.value_or(Table::Holding);
            e.address = int(d);
            e.addressNote = Tr::tr("PDU address %1").arg(e.address);
        } else if (address.isString()) {
            const auto parsed = parseAddress(address.toString(), table);
            if (!parsed)
                return bad(QStringLiteral("address"), parsed.error().message);
            e.table = parsed->table;
            e.address = parsed->address;
            e.addressNote = parsed->note;
        } else {
            return bad(QStringLiteral("address"),
                       Tr::tr("required: a PDU address (number or \"0x0001\") or a Modicon "
                              "reference (\"30002\")."));
        }
        e.type = isBitTable(e.table) ? DataType::Bool : DataType::Uint16;
        if (o.contains(QLatin1String("type"))) {
            const auto type = dataTypeFromName(o.value(QLatin1String("type")).toString());
            if (!type)
                return bad(QStringLiteral("type"),
                           Tr::tr("must be one of bool, uint16, int16, uint32, int32, float32."));
            e.type = *type;
        }
        if (o.contains(QLatin1String("wordOrder"))) {
            const auto order = wordOrderFromName(o.value(QLatin1String("wordOrder")).toString());
            if (!order)
                return bad(QStringLiteral("wordOrder"),
                           Tr::tr("must be big (high word first) or little (low word first)."));
            e.wordOrder = *order;
        }
        for (const char *key : {"scale", "offset"}) {
            const QJsonValue v = o.value(QLatin1String(key));
            if (v.isUndefined())
                continue;
            if (!v.isDouble())
                return bad(QString::fromLatin1(key),
                           Tr::tr("must be a number (a multiplier: 0.1 for a value sent in "
                                  "tenths)."));
            (qstrcmp(key, "scale") == 0 ? e.scale : e.offset) = v.toDouble();
        }
        if (const auto problem = entryProblem(e))
            return bad(problem->field, problem->why);
        map.entries.append(e);
    }
    return map;
}

QByteArray registerMapToJson(const RegisterMap &map)
{
    QJsonArray entries;
    for (const RegisterEntry &e : map.entries) {
        QJsonObject o{{QStringLiteral("name"), e.name},
                      {QStringLiteral("quantity"), e.quantity},
                      {QStringLiteral("table"), tableName(e.table)},
                      {QStringLiteral("address"), e.address},
                      {QStringLiteral("type"), dataTypeName(e.type)},
                      {QStringLiteral("scale"), e.scale},
                      {QStringLiteral("offset"), e.offset},
                      {QStringLiteral("unit"), e.unit}};
        if (wordCount(e.type) == 2)
            o.insert(QStringLiteral("wordOrder"), wordOrderName(e.wordOrder));
        entries.append(o);
    }
    QJsonObject root{{QStringLiteral("entries"), entries}};
    if (!map.name.isEmpty())
        root.insert(QStringLiteral("name"), map.name);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace edge::modbus
