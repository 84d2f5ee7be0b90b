#pragma once

// Live polling: reads a register map at an interval on its own thread and hands each result to a
// callback, until stopped. The callback runs on the poller's thread: a GUI posts the readings to
// its own thread (QMetaObject::invokeMethod(context, ..., Qt::QueuedConnection)).
//
//   ModbusPoller poller(connection, map, std::chrono::seconds(2), [](const auto &result) { ... });
//   poller.start();
//   ...
//   poller.stop(); // or destroy it; returns once the thread has finished
//
// stop() wakes the waiting thread at once; a read in progress finishes first (at most the
// connection's timeout times its attempts).

#include "device-protocols/modbus/modbussession.h"

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace edge::modbus {

class ModbusPoller {
public:
    using Callback = std::function<void(const api::Result<QList<devices::SensorReading>> &)>;

    ModbusPoller(ModbusConnection connection, RegisterMap map, std::chrono::milliseconds interval,
                 Callback callback, const api::Clock *clock = nullptr);
    ~ModbusPoller();
    ModbusPoller(const ModbusPoller &) = delete;
    ModbusPoller &operator=(const ModbusPoller &) = delete;

    void start();
    void stop();
    bool isRunning() const;
    // Polls completed since start() (successful or not).
    int pollCount() const;

private:
    void run();

    ModbusConnection m_connection;
    RegisterMap m_map;
    std::chrono::milliseconds m_interval;
    Callback m_callback;
    const api::Clock *m_clock;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;
    int m_polls = 0;
    std::thread m_thread;
};

} // namespace edge::modbus
