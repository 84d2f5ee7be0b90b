#include "device-protocols/modbus/modbuspoller.h"

namespace edge::modbus {

ModbusPoller::ModbusPoller(ModbusConnection connection, RegisterMap map,
                           std::chrono::milliseconds interval, Callback callback,
                           const api::Clock *clock)
    : m_connection(std::move(connection))
    , m_map(std::move(map))
    , m_interval(interval)
    , m_callback(std::move(callback))
    , m_clock(clock)
{}

ModbusPoller::~ModbusPoller() { stop(); }

void ModbusPoller::start()
{
    if (m_thread.joinable())
        return;
    {
        std::lock_guard lock(m_mutex);
        m_stop = false;
        m_polls = 0;
    }
    m_thread = std::thread([this] { run(); });
}

void ModbusPoller::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

bool ModbusPoller::isRunning() const { return m_thread.joinable(); }

int ModbusPoller::pollCount() const
{
    std::lock_guard lock(m_mutex);
    return m_polls;
}

void ModbusPoller::run()
{
    ModbusSession session(m_connection, m_clock);
    for (;;) {
        {
            std::lock_guard lock(m_mutex);
            if (m_stop)
                return;
        }
        const auto next = std::chrono::steady_clock::now() + m_interval;
        const auto result = session.poll(m_map);
        {
            std::lock_guard lock(m_mutex);
            if (m_stop)
                return; // cancelled while reading: the caller no longer wants the result
            ++m_polls;
        }
        if (m_callback)
            m_callback(result);
        std::unique_lock lock(m_mutex);
        m_wake.wait_until(lock, next, [this] { return m_stop; });
        if (m_stop)
            return;
    }
}

} // namespace edge::modbus
