#pragma once

// Session side of the Modbus adapter: Modbus TCP and RTU through libmodbus. Blocking calls (each
// bounded by the timeout times the attempts); run them off the GUI thread. One session is used by
// one thread at a time.
//
//   ModbusConnection c;                 // or connectionFromSettings(values)
//   c.host = "10.0.0.5"; c.unitId = 3;
//   ModbusSession s(c);
//   auto readings = s.poll(registerMapPreset("xy-md02")->map);

#include "backend/api/clock.h"
#include "device-protocols/common/sensor.h"
#include "device-protocols/common/settingsschema.h"
#include "device-protocols/modbus/registermap.h"

#include <chrono>
#include <memory>

namespace edge::modbus {

enum class Transport { Tcp, Rtu };

struct ModbusConnection {
    Transport transport = Transport::Tcp;
    // TCP
    QString host;
    int port = 502;
    // RTU
    QString device; // "/dev/ttyUSB0"
    int baud = 9600;
    char parity = 'N'; // 'N', 'E', 'O'
    int dataBits = 8;
    int stopBits = 1;
    // Both
    int unitId = 1;
    std::chrono::milliseconds timeout{1000}; // per request (and for the TCP connect)
    int retries = 2; // extra attempts after a timeout or a broken link (not after exceptions)

    // "modbus-tcp://127.0.0.1:5020 unit 3", "modbus-rtu:///dev/ttyUSB0 9600 8N1 unit 1"
    QString describe() const;
};

// The settings of a connection as data (transport, host, port, device, baud, parity, dataBits,
// stopBits, unitId, timeoutMs, retries), for the generic editor and edgectl.
devices::SettingsSchema connectionSchema();
// A connection from settings values: validateSettings() against connectionSchema(), then the
// checks between fields (TCP needs a host, RTU a device and a unit id 1-247). Code::Validation
// naming the field.
api::Result<ModbusConnection> connectionFromSettings(const QVariantMap &values);

class ModbusSession {
public:
    // `clock` stamps the readings (SystemClock when null); it must outlive the session.
    explicit ModbusSession(ModbusConnection connection, const api::Clock *clock = nullptr);
    ~ModbusSession();
    ModbusSession(const ModbusSession &) = delete;
    ModbusSession &operator=(const ModbusSession &) = delete;

    const ModbusConnection &connection() const { return m_connection; }

    // Opens the TCP connection or the serial port (reads connect on demand; this reports early).
    // Code::DeviceIo saying what to check.
    api::Result<void> open();
    void close();
    bool isOpen() const;

    // Reads `count` registers (input or holding) or bits (coil or discrete) from `address`.
    // Code::DeviceIo when the device does not answer (after the retries), Code::DeviceProtocol
    // when it answers with a Modbus exception (named in the message) or nonsense.
    api::Result<QList<quint16>> readRegisters(Table table, int address, int count);
    api::Result<QList<bool>> readBits(Table table, int address, int count);

    // Reads every entry of `map` (contiguous entries of a table in one request) and returns one
    // reading per entry, in map order, with the raw words in `raw`. The first failure fails the
    // poll; its message names the entry.
    api::Result<QList<devices::SensorReading>> poll(const RegisterMap &map);

private:
    template<class T, class Read>
    api::Result<QList<T>> readWithRetries(Table table, int address, int count, Read read);
    api::Error ioError(int err, const QString &what) const;

    ModbusConnection m_connection;
    const api::Clock *m_clock;
    std::unique_ptr<api::SystemClock> m_ownClock;
    struct Context;
    std::unique_ptr<Context> m_ctx;
};

} // namespace edge::modbus
