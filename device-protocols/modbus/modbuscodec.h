#pragma once

// The pure part of the Modbus adapter: registers in, engineering values out, and the few wire
// structures the tests and the fuzz target check (read responses, exception responses, RTU
// frames). No sockets, no clock, no event loop. libmodbus does the framing in the session; these
// functions are what the golden tests pin down.

#include "device-protocols/modbus/registermap.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <span>

namespace edge::modbus {

// One entry's value from exactly wordCount(entry.type) registers, each as a number (the two wire
// bytes are big-endian; libmodbus and registersFromPdu() return them in that form).
// value = raw * scale + offset. Validation error when the count is wrong or the entry is a bit.
api::Result<double> decodeRegisters(const RegisterEntry &entry, std::span<const quint16> words);
// A coil or discrete input: 0 or 1 (scale and offset do not apply to states).
double decodeBit(bool bit);

// "0x0131", or "0x4148 0x0000" for two registers: what SensorReading::raw holds.
QString rawWords(std::span<const quint16> words);

// Modbus exception codes (1 illegal function, 2 illegal data address, ...): the name used in
// messages, e.g. "illegal data address (exception 2)"; unknown codes are named by number.
QString exceptionName(int code);

// Register values from a read response PDU (function code, byte count, data) for function 3 or 4,
// `count` registers expected. An exception response (function | 0x80, code) gives
// Code::DeviceProtocol naming the exception; a short, long or inconsistent PDU gives
// Code::DeviceProtocol too, saying what is wrong.
api::Result<QList<quint16>> registersFromPdu(const QByteArray &pdu, int functionCode, int count);
// Bits from a read response PDU for function 1 or 2 (LSB of the first data byte first).
api::Result<QList<bool>> bitsFromPdu(const QByteArray &pdu, int functionCode, int count);

// CRC-16/MODBUS of `data` (polynomial 0xA001 reflected, initial 0xFFFF); on the wire low byte first.
quint16 crc16(const QByteArray &data);
// The PDU inside an RTU frame (unit id, PDU, CRC low, CRC high) after checking length, CRC and
// that the frame comes from `unitId`.
api::Result<QByteArray> pduFromRtuFrame(const QByteArray &frame, int unitId);
// An RTU frame for `unitId` and `pdu`, CRC appended.
QByteArray rtuFrame(int unitId, const QByteArray &pdu);
// A read request PDU: function code, start address, count (all big-endian).
QByteArray readRequestPdu(int functionCode, int address, int count);

} // namespace edge::modbus
