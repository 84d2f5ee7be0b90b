#include "device-protocols/modbus/modbussession.h"

#include "device-protocols/modbus/modbuscodec.h"
#include "device-protocols/modbus/modbustr.h"

#include <QDebug>
#include <QLoggingCategory>

#include <modbus.h>

#include <algorithm>
#include <cerrno>
#include <numeric>

namespace edge::modbus {

using api::Code;
using devices::SettingType;

Q_LOGGING_CATEGORY(lcModbus, "edge.modbus", QtWarningMsg)

struct ModbusSession::Context {
    modbus_t *ctx = nullptr;
    bool connected = false;
    ~Context()
    {
        if (ctx) {
            if (connected)
                modbus_close(ctx);
            modbus_free(ctx);
        }
    }
};

namespace {

QString parityName(char parity)
{
    return parity == 'E'   ? QStringLiteral("even")
           : parity == 'O' ? QStringLiteral("odd")
                           : QStringLiteral("none");
}

QString errnoText(int err) { return QString::fromLocal8Bit(modbus_strerror(err)); }

bool isException(int err) { return err > MODBUS_ENOBASE && err <= EMBXGTAR; }

} // namespace

QString ModbusConnection::describe() const
{
    if (transport == Transport::Tcp)
        return QStringLiteral("modbus-tcp://%1:%2 unit %3").arg(host).arg(port).arg(unitId);
    return QStringLiteral("modbus-rtu://%1 %2 %3%4%5 unit %6")
        .arg(device)
        .arg(baud)
        .arg(dataBits)
        .arg(QLatin1Char(parity))
        .arg(stopBits)
        .arg(unitId);
}

// lupdate loses track of the scope here (braced initializers) and in readWithRetries() (a member
// template) and would file Tr::tr() strings under a context "Tr": these name "edge::modbus".
devices::SettingsSchema connectionSchema()
{
    devices::SettingsSchema s;
    s.append(
        {QStringLiteral("transport"),
         SettingType::Choice,
         QCoreApplication::translate("edge::modbus", "Transport"),
         QCoreApplication::translate(
             "edge::modbus", "tcp: Modbus TCP over the network; rtu: RS485 through a serial port."),
         QStringLiteral("tcp"),
         false,
         std::nullopt,
         std::nullopt,
         {QStringLiteral("tcp"), QStringLiteral("rtu")}});
    s.append({QStringLiteral("host"),
              SettingType::Text,
              QCoreApplication::translate("edge::modbus", "Host"),
              QCoreApplication::translate("edge::modbus",
                                          "IP address or name of the sensor or gateway (TCP)."),
              {},
              false,
              std::nullopt,
              std::nullopt,
              {}});
    s.append({QStringLiteral("port"),
              SettingType::Integer,
              QCoreApplication::translate("edge::modbus", "Port"),
              QCoreApplication::translate("edge::modbus", "TCP port, usually 502."),
              502,
              false,
              1,
              65535,
              {}});
    s.append({QStringLiteral("device"),
              SettingType::Text,
              QCoreApplication::translate("edge::modbus", "Serial port"),
              QCoreApplication::translate(
                  "edge::modbus", "Serial device of the RS485 adapter, e.g. /dev/ttyUSB0 (RTU)."),
              {},
              false,
              std::nullopt,
              std::nullopt,
              {}});
    s.append({QStringLiteral("baud"),
              SettingType::Integer,
              QCoreApplication::translate("edge::modbus", "Baud rate"),
              QCoreApplication::translate("edge::modbus", "As set on the sensor; 9600 on most."),
              9600,
              false,
              1200,
              115200,
              {}});
    s.append({QStringLiteral("parity"),
              SettingType::Choice,
              QCoreApplication::translate("edge::modbus", "Parity"),
              {},
              QStringLiteral("none"),
              false,
              std::nullopt,
              std::nullopt,
              {QStringLiteral("none"), QStringLiteral("even"), QStringLiteral("odd")}});
    s.append({QStringLiteral("dataBits"),
              SettingType::Integer,
              QCoreApplication::translate("edge::modbus", "Data bits"),
              {},
              8,
              false,
              7,
              8,
              {}});
    s.append({QStringLiteral("stopBits"),
              SettingType::Integer,
              QCoreApplication::translate("edge::modbus", "Stop bits"),
              {},
              1,
              false,
              1,
              2,
              {}});
    s.append(
        {QStringLiteral("unitId"),
         SettingType::Integer,
         QCoreApplication::translate("edge::modbus", "Unit id"),
         QCoreApplication::translate("edge::modbus",
                                     "The sensor's Modbus address (slave id), 1-247 on RS485."),
         1,
         false,
         0,
         255,
         {}});
    s.append({QStringLiteral("timeoutMs"),
              SettingType::Integer,
              QCoreApplication::translate("edge::modbus", "Timeout (ms)"),
              QCoreApplication::translate("edge::modbus", "How long to wait for each answer."),
              1000,
              false,
              50,
              60000,
              {}});
    s.append({QStringLiteral("retries"),
              SettingType::Integer,
              QCoreApplication::translate("edge::modbus", "Retries"),
              QCoreApplication::translate("edge::modbus", "Extra attempts after a timeout."),
              2,
              false,
              0,
              10,
              {}});
    return s;
}

api::Result<ModbusConnection> connectionFromSettings(const QVariantMap &values)
{
    const auto valid = devices::validateSettings(connectionSchema(), values);
    if (!valid)
        return std::unexpected(valid.error());
    const QVariantMap v = *valid;
    ModbusConnection c;
    c.transport = v.value(QStringLiteral("transport")).toString() == QLatin1String("rtu")
                      ? Transport::Rtu
                      : Transport::Tcp;
    c.host = v.value(QStringLiteral("host")).toString().trimmed();
    c.port = v.value(QStringLiteral("port")).toInt();
    c.device = v.value(QStringLiteral("device")).toString().trimmed();
    c.baud = v.value(QStringLiteral("baud")).toInt();
    const QString parity = v.value(QStringLiteral("parity")).toString();
    c.parity = parity == QLatin1String("even") ? 'E' : parity == QLatin1String("odd") ? 'O' : 'N';
    c.dataBits = v.value(QStringLiteral("dataBits")).toInt();
    c.stopBits = v.value(QStringLiteral("stopBits")).toInt();
    c.unitId = v.value(QStringLiteral("unitId")).toInt();
    c.timeout = std::chrono::milliseconds(v.value(QStringLiteral("timeoutMs")).toInt());
    c.retries = v.value(QStringLiteral("retries")).toInt();
    if (c.transport == Transport::Tcp && c.host.isEmpty())
        return api::fail(Code::Validation,
                         Tr::tr("Setting \"%1\": Modbus TCP needs the sensor's address.")
                             .arg(Tr::tr("Host")),
                         QStringLiteral("host"), QStringLiteral("host"));
    if (c.transport == Transport::Rtu && c.device.isEmpty())
        return api::fail(Code::Validation,
                         Tr::tr("Setting \"%1\": Modbus RTU needs the serial device, e.g. "
                                "/dev/ttyUSB0.")
                             .arg(Tr::tr("Serial port")),
                         QStringLiteral("device"), QStringLiteral("device"));
    if (c.transport == Transport::Rtu && (c.unitId < 1 || c.unitId > 247))
        return api::fail(Code::Validation,
                         Tr::tr("Setting \"%1\": on RS485 the unit id is 1 to 247.")
                             .arg(Tr::tr("Unit id")),
                         QStringLiteral("unitId"), QStringLiteral("unitId"));
    return c;
}

ModbusSession::ModbusSession(ModbusConnection connection, const api::Clock *clock)
    : m_connection(std::move(connection))
    , m_clock(clock)
    , m_ctx(std::make_unique<Context>())
{
    if (!m_clock) {
        m_ownClock = std::make_unique<api::SystemClock>();
        m_clock = m_ownClock.get();
    }
}

ModbusSession::~ModbusSession() = default;

bool ModbusSession::isOpen() const { return m_ctx->connected; }

void ModbusSession::close() { m_ctx = std::make_unique<Context>(); }

api::Error ModbusSession::ioError(int err, const QString &what) const
{
    const ModbusConnection &c = m_connection;
    const QString where = c.describe();
    if (err == ETIMEDOUT || err == EAGAIN || err == EWOULDBLOCK) {
        const QString check =
            c.transport == Transport::Tcp
                ? Tr::tr("Check the unit id (%1), the IP address and that the gateway reaches "
                         "the sensor.")
                      .arg(c.unitId)
                : Tr::tr("Check the unit id (%1), the RS485 cable (A/B swapped?), the baud rate "
                         "(%2) and parity (%3).")
                      .arg(c.unitId)
                      .arg(c.baud)
                      .arg(parityName(c.parity));
        return api::Error{
            Code::DeviceIo,
            Tr::tr("No answer from %1 while %2 (waited %3 ms per attempt, attempts: %4). %5")
                .arg(where, what)
                .arg(qint64(c.timeout.count()))
                .arg(c.retries + 1)
                .arg(check),
            errnoText(err),
            {}};
    }
    if (err == EMBBADCRC)
        return api::Error{Code::DeviceIo,
                          Tr::tr("Garbled answer from %1 while %2 (bad CRC). Check the baud rate, "
                                 "parity, the cable and its termination.")
                              .arg(where, what),
                          errnoText(err),
                          {}};
    if (err == EMBBADDATA || err == EMBBADEXC || err == EMBUNKEXC || err == EMBMDATA
        || err == EMBBADSLAVE)
        return api::Error{Code::DeviceProtocol,
                          Tr::tr("%1 sent an answer that makes no sense while %2 (%3). Check that "
                                 "no other device uses unit id %4.")
                              .arg(where, what, errnoText(err))
                              .arg(c.unitId),
                          errnoText(err),
                          {}};
    if (c.transport == Transport::Tcp)
        return api::Error{Code::DeviceIo,
                          Tr::tr("Cannot reach %1 while %2 (%3). Check the address and port, that "
                                 "the device is on and the network cable.")
                              .arg(where, what, errnoText(err)),
                          errnoText(err),
                          {}};
    return api::Error{Code::DeviceIo,
                      Tr::tr("Cannot use the serial port of %1 while %2 (%3). Check the device "
                             "name, that the RS485 adapter is plugged in and that you may use it "
                             "(dialout group).")
                          .arg(where, what, errnoText(err)),
                      errnoText(err),
                      {}};
}

api::Result<void> ModbusSession::open()
{
    if (m_ctx->connected)
        return {};
    const ModbusConnection &c = m_connection;
    m_ctx = std::make_unique<Context>();
    if (c.transport == Transport::Tcp) {
        m_ctx->ctx = modbus_new_tcp_pi(c.host.toUtf8().constData(),
                                       QByteArray::number(c.port).constData());
    } else {
        m_ctx->ctx = modbus_new_rtu(c.device.toLocal8Bit().constData(), c.baud, c.parity,
                                    c.dataBits, c.stopBits);
    }
    if (!m_ctx->ctx)
        return std::unexpected(ioError(errno, Tr::tr("setting up the connection")));
    const auto ms = qint64(std::max<qint64>(c.timeout.count(), 1));
    modbus_set_response_timeout(m_ctx->ctx, uint32_t(ms / 1000), uint32_t((ms % 1000) * 1000));
    if (modbus_set_slave(m_ctx->ctx, c.unitId) != 0)
        return api::fail(Code::Validation, Tr::tr("Unit id %1 is not valid here.").arg(c.unitId),
                         errnoText(errno), QStringLiteral("unitId"));
    if (modbus_connect(m_ctx->ctx) != 0) {
        const int err = errno;
        m_ctx = std::make_unique<Context>();
        return std::unexpected(ioError(err, Tr::tr("connecting")));
    }
    m_ctx->connected = true;
    qCDebug(lcModbus) << "connected" << c.describe();
    return {};
}

template<class T, class Read>
api::Result<QList<T>> ModbusSession::readWithRetries(Table table, int address, int count, Read read)
{
    const QString what = QCoreApplication::translate("edge::modbus", "reading %1 %2 (count %3)")
                             .arg(tableName(table))
                             .arg(address)
                             .arg(count);
    if (count < 1 || address < 0 || address + count - 1 > 0xFFFF)
        return api::fail(Code::Validation,
                         QCoreApplication::translate(
                             "edge::modbus", "Cannot read %1 from address %2: outside 0 to 65535.")
                             .arg(count)
                             .arg(address));
    int lastErr = 0;
    for (int attempt = 0; attempt <= m_connection.retries; ++attempt) {
        if (!m_ctx->connected) {
            if (const auto opened = open(); !opened) {
                if (attempt == m_connection.retries)
                    return std::unexpected(opened.error());
                continue;
            }
        }
        QList<T> values(count);
        errno = 0;
        const int n = read(m_ctx->ctx, address, count, values.data());
        if (n == count)
            return values;
        lastErr = n < 0 ? errno : EMBMDATA;
        qCDebug(lcModbus) << "read failed" << m_connection.describe() << tableName(table) << address
                          << count << errnoText(lastErr) << "attempt" << attempt + 1;
        if (isException(lastErr)) {
            const int code = lastErr - MODBUS_ENOBASE;
            return api::fail(Code::DeviceProtocol,
                             QCoreApplication::translate(
                                 "edge::modbus",
                                 "%1 answered with Modbus exception: %2, while %3. Check the "
                                 "register map: the table or address may be wrong for this "
                                 "device.")
                                 .arg(m_connection.describe(), exceptionName(code), what),
                             QStringLiteral("exception %1").arg(code));
        }
        if (lastErr != ETIMEDOUT && lastErr != EMBBADCRC && lastErr != ECONNRESET
            && lastErr != EPIPE && lastErr != EAGAIN && lastErr != ECONNREFUSED)
            break; // nonsense answers do not get better by asking again
        // A late answer could still arrive and be taken for the next one: start clean.
        if (m_connection.transport == Transport::Tcp)
            close();
        else
            modbus_flush(m_ctx->ctx);
    }
    return std::unexpected(ioError(lastErr, what));
}

api::Result<QList<quint16>> ModbusSession::readRegisters(Table table, int address, int count)
{
    if (isBitTable(table) || count > MODBUS_MAX_READ_REGISTERS)
        return api::fail(Code::Validation,
                         Tr::tr("Cannot read %1 registers from the %2 table (at most %3 from the "
                                "input or holding table).")
                             .arg(count)
                             .arg(tableName(table))
                             .arg(MODBUS_MAX_READ_REGISTERS));
    return readWithRetries<quint16>(table, address, count,
                                    [table](modbus_t *ctx, int a, int n, quint16 *out) {
                                        return table == Table::Input
                                                   ? modbus_read_input_registers(ctx, a, n, out)
                                                   : modbus_read_registers(ctx, a, n, out);
                                    });
}

api::Result<QList<bool>> ModbusSession::readBits(Table table, int address, int count)
{
    if (!isBitTable(table) || count > MODBUS_MAX_READ_BITS)
        return api::fail(Code::Validation,
                         Tr::tr("Cannot read %1 bits from the %2 table (at most %3 from the coil "
                                "or discrete table).")
                             .arg(count)
                             .arg(tableName(table))
                             .arg(MODBUS_MAX_READ_BITS));
    const auto bytes = readWithRetries<quint8>(table, address, count,
                                               [table](modbus_t *ctx, int a, int n, quint8 *out) {
                                                   return table == Table::Discrete
                                                              ? modbus_read_input_bits(ctx, a, n,
                                                                                       out)
                                                              : modbus_read_bits(ctx, a, n, out);
                                               });
    if (!bytes)
        return std::unexpected(bytes.error());
    QList<bool> bits;
    bits.reserve(bytes->size());
    for (quint8 b : *bytes)
        bits.append(b != 0);
    return bits;
}

api::Result<QList<devices::SensorReading>> ModbusSession::poll(const RegisterMap &map)
{
    for (const RegisterEntry &e : map.entries) {
        if (const auto valid = validateEntry(e); !valid)
            return std::unexpected(valid.error());
    }
    const qsizetype n = map.entries.size();
    QList<qsizetype> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const RegisterEntry &x = map.entries.at(a);
        const RegisterEntry &y = map.entries.at(b);
        return std::pair(int(x.table), x.address) < std::pair(int(y.table), y.address);
    });
    const auto span = [](const RegisterEntry &e) {
        return isBitTable(e.table) ? 1 : wordCount(e.type);
    };
    QList<devices::SensorReading> readings(n);
    const qint64 now = m_clock->nowMs();
    // Reads entries [first, last] of `order` in one request; fills their readings.
    const auto readGroup = [&](qsizetype first, qsizetype last) -> api::Result<void> {
        const RegisterEntry &head = map.entries.at(order.at(first));
        int end = head.address;
        for (qsizetype i = first; i <= last; ++i) {
            const RegisterEntry &e = map.entries.at(order.at(i));
            end = std::max(end, e.address + span(e));
        }
        const int count = end - head.address;
        QList<quint16> words;
        QList<bool> bits;
        if (isBitTable(head.table)) {
            auto r = readBits(head.table, head.address, count);
            if (!r)
                return std::unexpected(r.error());
            bits = *r;
        } else {
            auto r = readRegisters(head.table, head.address, count);
            if (!r)
                return std::unexpected(r.error());
            words = *r;
        }
        for (qsizetype i = first; i <= last; ++i) {
            const RegisterEntry &e = map.entries.at(order.at(i));
            const int at = e.address - head.address;
            devices::SensorReading &reading = readings[order.at(i)];
            reading.quantity = e.quantity;
            reading.label = e.name;
            reading.unit = e.unit;
            reading.timestampMs = now;
            reading.source = QStringLiteral("%1 %2 0x%3")
                                 .arg(m_connection.describe(), tableName(e.table),
                                      QString::number(e.address, 16).rightJustified(4, u'0'));
            if (isBitTable(e.table)) {
                reading.value = decodeBit(bits.at(at));
                reading.raw = bits.at(at) ? QStringLiteral("1") : QStringLiteral("0");
                continue;
            }
            const auto slice = std::span<const quint16>(words.constData() + at,
                                                        size_t(wordCount(e.type)));
            const auto value = decodeRegisters(e, slice);
            if (!value)
                return std::unexpected(value.error());
            reading.value = *value;
            reading.raw = rawWords(slice);
        }
        return {};
    };
    qsizetype first = 0;
    while (first < n) {
        const RegisterEntry &head = map.entries.at(order.at(first));
        const int limit = isBitTable(head.table) ? MODBUS_MAX_READ_BITS : MODBUS_MAX_READ_REGISTERS;
        qsizetype last = first;
        int end = head.address + span(head);
        while (last + 1 < n) {
            const RegisterEntry &next = map.entries.at(order.at(last + 1));
            const int nextEnd = std::max(end, next.address + span(next));
            if (next.table != head.table || next.address > end || nextEnd - head.address > limit)
                break;
            end = nextEnd;
            ++last;
        }
        auto group = readGroup(first, last);
        if (!group && group.error().code == Code::DeviceProtocol && last > first) {
            // Read them one by one so the error names the entry the device refuses.
            for (qsizetype i = first; i <= last; ++i) {
                group = readGroup(i, i);
                if (!group) {
                    first = i;
                    break;
                }
            }
        }
        if (!group) {
            const RegisterEntry &e = map.entries.at(order.at(first));
            api::Error error = group.error();
            error.message = Tr::tr("Register \"%1\" (%2 %3): %4")
                                .arg(e.name, tableName(e.table))
                                .arg(e.address)
                                .arg(error.message);
            return std::unexpected(error);
        }
        first = last + 1;
    }
    return readings;
}

} // namespace edge::modbus
