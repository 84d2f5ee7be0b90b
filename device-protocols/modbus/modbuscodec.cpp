#include "device-protocols/modbus/modbuscodec.h"

#include "device-protocols/modbus/modbustr.h"

#include <bit>
#include <cmath>

namespace edge::modbus {

using api::Code;

namespace {

// Bounds-checked reader over wire bytes, big-endian as Modbus sends them.
class ByteReader {
public:
    explicit ByteReader(const QByteArray &data)
        : m_data(data)
    {}
    bool u8(int *out)
    {
        if (m_pos + 1 > m_data.size())
            return false;
        *out = quint8(m_data.at(m_pos++));
        return true;
    }
    bool u16(quint16 *out)
    {
        int hi = 0;
        int lo = 0;
        if (m_pos + 2 > m_data.size() || !u8(&hi) || !u8(&lo))
            return false;
        *out = quint16((hi << 8) | lo);
        return true;
    }
    qsizetype remaining() const { return m_data.size() - m_pos; }

private:
    const QByteArray &m_data;
    qsizetype m_pos = 0;
};

api::Result<int> checkHeader(ByteReader &r, int functionCode, int expectedBytes)
{
    int fc = 0;
    if (!r.u8(&fc))
        return api::fail(Code::DeviceProtocol, Tr::tr("The device sent an empty Modbus response."));
    if (fc == (functionCode | 0x80)) {
        int exception = 0;
        if (!r.u8(&exception))
            return api::fail(Code::DeviceProtocol,
                             Tr::tr("The device sent a Modbus exception response without its "
                                    "code."));
        return api::fail(Code::DeviceProtocol,
                         Tr::tr("The device answered with Modbus exception: %1.")
                             .arg(exceptionName(exception)),
                         QStringLiteral("exception %1").arg(exception));
    }
    if (fc != functionCode)
        return api::fail(Code::DeviceProtocol,
                         Tr::tr("The device answered function %1 to a request for function %2.")
                             .arg(fc)
                             .arg(functionCode));
    int byteCount = 0;
    if (!r.u8(&byteCount) || byteCount != expectedBytes || r.remaining() != byteCount)
        return api::fail(Code::DeviceProtocol,
                         Tr::tr("The device's response has the wrong length (%1 data bytes "
                                "announced, %2 present, %3 expected).")
                             .arg(byteCount)
                             .arg(r.remaining())
                             .arg(expectedBytes));
    return byteCount;
}

} // namespace

api::Result<double> decodeRegisters(const RegisterEntry &entry, std::span<const quint16> words)
{
    if (entry.type == DataType::Bool || qsizetype(words.size()) != wordCount(entry.type))
        return api::fail(Code::Validation,
                         Tr::tr("Register \"%1\": %2 needs %3 register(s), got %4.")
                             .arg(entry.name, dataTypeName(entry.type))
                             .arg(wordCount(entry.type))
                             .arg(words.size()));
    double raw = 0;
    if (words.size() == 1) {
        raw = entry.type == DataType::Int16 ? double(std::bit_cast<qint16>(words[0]))
                                            : double(words[0]);
    } else {
        const quint32 hi = entry.wordOrder == WordOrder::Big ? words[0] : words[1];
        const quint32 lo = entry.wordOrder == WordOrder::Big ? words[1] : words[0];
        const quint32 u = (hi << 16) | lo;
        switch (entry.type) {
        case DataType::Int32: raw = double(std::bit_cast<qint32>(u)); break;
        case DataType::Float32: raw = double(std::bit_cast<float>(u)); break;
        default: raw = double(u); break;
        }
    }
    // A scale of 0.1 or 0.01 divides by 10 or 100: 305 / 10 is exactly 30.5, while 305 * 0.1 is
    // 30.500000000000004, which would show in --json output and reports.
    const double divisor = std::round(1.0 / entry.scale);
    if (divisor != 0 && std::abs(1.0 / entry.scale - divisor) < 1e-9 * std::abs(divisor))
        return raw / divisor + entry.offset;
    return raw * entry.scale + entry.offset;
}

double decodeBit(bool bit) { return bit ? 1.0 : 0.0; }

QString rawWords(std::span<const quint16> words)
{
    QStringList parts;
    for (quint16 w : words)
        parts.append(QLatin1String("0x") + QString::number(w, 16).rightJustified(4, u'0').toUpper());
    return parts.join(QLatin1Char(' '));
}

QString exceptionName(int code)
{
    QString name;
    switch (code) {
    case 1: name = Tr::tr("illegal function"); break;
    case 2: name = Tr::tr("illegal data address"); break;
    case 3: name = Tr::tr("illegal data value"); break;
    case 4: name = Tr::tr("server device failure"); break;
    case 5: name = Tr::tr("acknowledge"); break;
    case 6: name = Tr::tr("server device busy"); break;
    case 8: name = Tr::tr("memory parity error"); break;
    case 10: name = Tr::tr("gateway path unavailable"); break;
    case 11: name = Tr::tr("gateway target device failed to respond"); break;
    default: return Tr::tr("unknown exception %1").arg(code);
    }
    return Tr::tr("%1 (exception %2)").arg(name).arg(code);
}

api::Result<QList<quint16>> registersFromPdu(const QByteArray &pdu, int functionCode, int count)
{
    ByteReader r(pdu);
    if (const auto header = checkHeader(r, functionCode, count * 2); !header)
        return std::unexpected(header.error());
    QList<quint16> words;
    for (int i = 0; i < count; ++i) {
        quint16 w = 0;
        if (!r.u16(&w))
            return api::fail(Code::DeviceProtocol, Tr::tr("The device's response is truncated."));
        words.append(w);
    }
    return words;
}

api::Result<QList<bool>> bitsFromPdu(const QByteArray &pdu, int functionCode, int count)
{
    ByteReader r(pdu);
    if (const auto header = checkHeader(r, functionCode, (count + 7) / 8); !header)
        return std::unexpected(header.error());
    QList<bool> bits;
    int byte = 0;
    for (int i = 0; i < count; ++i) {
        if (i % 8 == 0 && !r.u8(&byte))
            return api::fail(Code::DeviceProtocol, Tr::tr("The device's response is truncated."));
        bits.append((byte >> (i % 8)) & 1);
    }
    return bits;
}

quint16 crc16(const QByteArray &data)
{
    quint16 crc = 0xFFFF;
    for (char c : data) {
        crc ^= quint8(c);
        for (int i = 0; i < 8; ++i)
            crc = (crc & 1) ? quint16((crc >> 1) ^ 0xA001) : quint16(crc >> 1);
    }
    return crc;
}

api::Result<QByteArray> pduFromRtuFrame(const QByteArray &frame, int unitId)
{
    if (frame.size() < 4)
        return api::fail(Code::DeviceProtocol,
                         Tr::tr("The RTU frame is too short (%1 bytes; at least 4 expected).")
                             .arg(frame.size()));
    const QByteArray body = frame.left(frame.size() - 2);
    const quint16 sent = quint16(quint8(frame.at(frame.size() - 2))
                                 | (quint8(frame.at(frame.size() - 1)) << 8));
    const quint16 computed = crc16(body);
    if (sent != computed)
        return api::fail(Code::DeviceProtocol,
                         Tr::tr("The RTU frame's CRC is wrong (0x%1 sent, 0x%2 computed): check "
                                "the cable, baud rate and parity.")
                             .arg(sent, 4, 16, QLatin1Char('0'))
                             .arg(computed, 4, 16, QLatin1Char('0')));
    if (quint8(body.at(0)) != unitId)
        return api::fail(Code::DeviceProtocol,
                         Tr::tr("The RTU frame comes from unit %1, not unit %2.")
                             .arg(quint8(body.at(0)))
                             .arg(unitId));
    return body.mid(1);
}

QByteArray rtuFrame(int unitId, const QByteArray &pdu)
{
    QByteArray frame;
    frame.append(char(unitId & 0xFF));
    frame.append(pdu);
    const quint16 crc = crc16(frame);
    frame.append(char(crc & 0xFF));
    frame.append(char(crc >> 8));
    return frame;
}

QByteArray readRequestPdu(int functionCode, int address, int count)
{
    QByteArray pdu;
    pdu.append(char(functionCode & 0xFF));
    pdu.append(char((address >> 8) & 0xFF));
    pdu.append(char(address & 0xFF));
    pdu.append(char((count >> 8) & 0xFF));
    pdu.append(char(count & 0xFF));
    return pdu;
}

} // namespace edge::modbus
