#pragma once

// A real Modbus server for tests: pymodbus 3.0 (python3-pymodbus) run by /usr/bin/python3 from a
// small script written into a temporary directory, serving Modbus TCP on 127.0.0.1 or Modbus RTU
// on a pseudo-terminal pair (the script relays between two ptys, like socat; the client opens
// serialDevice()). Served registers are set before start() and can be changed while it runs.
// Unknown addresses answer exception 2 (illegal data address); unknown unit ids get no answer,
// like a silent RS485 bus. Used by the Modbus adapter tests (issue 4) and commissioning (issue 6).
//
//   ModbusPeer peer;
//   if (!ModbusPeer::available()) QSKIP(ModbusPeer::skipReason());
//   peer.serveReferenceSensors();                  // or setRegister(unit, "input", 1, 305) ...
//   QVERIFY2(peer.start(), qPrintable(peer.error()));
//   ... connect to 127.0.0.1:peer.port(), unit 3 ...
//   QVERIFY(peer.set(3, "input", 1, {300}));       // the sensor now reads 30.0 °C

#include "localnet.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QThread>

#include <memory>

#include <signal.h>
#include <sys/prctl.h>

namespace edge::testsupport {

class ModbusPeer {
public:
    enum class Mode { Tcp, Rtu };

    ModbusPeer() = default;
    ModbusPeer(const ModbusPeer &) = delete;
    ModbusPeer &operator=(const ModbusPeer &) = delete;
    ~ModbusPeer() { stop(); }

    static QString python() { return QStringLiteral("/usr/bin/python3"); }
    // False when python3-pymodbus is not installed (tests then QSKIP with skipReason()).
    static bool available()
    {
        return QFile::exists(python())
               && run(python(), {QStringLiteral("-c"), QStringLiteral("import pymodbus.server")});
    }
    static const char *skipReason()
    {
        return "pymodbus is not installed for /usr/bin/python3 (apt-get install python3-pymodbus "
               "python3-serial-asyncio)";
    }

    // A served register (table: "holding", "input", "coil", "discrete"; 0-based PDU address).
    // Before start(): part of the initial data. Each unit answers only the addresses set for it.
    void setRegister(int unit, const QString &table, int address, int value)
    {
        QJsonObject units = m_config.value(QStringLiteral("units")).toObject();
        QJsonObject tables = units.value(QString::number(unit)).toObject();
        QJsonObject values = tables.value(table).toObject();
        values.insert(QString::number(address), value);
        tables.insert(table, values);
        units.insert(QString::number(unit), tables);
        m_config.insert(QStringLiteral("units"), units);
    }

    // The registers of ../shared/reference/standards/modbus_th_sensor_register_maps.csv
    // (served_raw_value column): unit 1 generic T/H transmitter (holding 0 = 235 -> 23.5 °C,
    // 1 = 456 -> 45.6 %RH), unit 2 the same in a cold cabinet (0xFF33 -> -20.5 °C, 980 ->
    // 98.0 %RH), unit 3 XY-MD02 (input 1 = 305 -> 30.5 °C, 2 = 546 -> 54.6 %RH, holding
    // 0x0101-0x0104 settings), unit 4 Renke RS-WS-N01 style (holding 0 = 520 -> 52.0 %RH humidity
    // first, 1 = 268 -> 26.8 °C).
    void serveReferenceSensors()
    {
        const QString holding = QStringLiteral("holding");
        const QString input = QStringLiteral("input");
        setRegister(1, holding, 0, 235);
        setRegister(1, holding, 1, 456);
        setRegister(1, holding, 2, 1);
        setRegister(1, holding, 3, 3);
        setRegister(2, holding, 0, 0xFF33);
        setRegister(2, holding, 1, 980);
        setRegister(3, input, 1, 305);
        setRegister(3, input, 2, 546);
        setRegister(3, holding, 0x0101, 1);
        setRegister(3, holding, 0x0102, 9600);
        setRegister(3, holding, 0x0103, 0);
        setRegister(3, holding, 0x0104, 0);
        setRegister(4, holding, 0, 520);
        setRegister(4, holding, 1, 268);
    }

    // Starts the server; returns once it serves. False with error().
    bool start(Mode mode = Mode::Tcp)
    {
        stop();
        if (!available())
            return fail(QString::fromLatin1(skipReason()));
        if (!m_dir.isValid())
            return fail(QStringLiteral("no temporary directory"));
        QFile script(m_dir.filePath(QStringLiteral("modbus_peer.py")));
        QFile config(m_dir.filePath(QStringLiteral("config.json")));
        if (!script.open(QIODevice::WriteOnly) || !config.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write the peer's files"));
        script.write(kScript);
        script.close();
        config.write(QJsonDocument(m_config).toJson());
        config.close();
        // A port taken between freePort() and the bind: try again with another one.
        for (int attempt = 0; attempt < 3; ++attempt) {
            m_port = mode == Mode::Tcp ? freePort() : 0;
            QStringList args{QStringLiteral("-u"), script.fileName(), config.fileName()};
            if (mode == Mode::Tcp)
                args << QStringLiteral("--tcp") << QString::number(m_port);
            else
                args << QStringLiteral("--rtu");
            m_process = std::make_unique<QProcess>();
            m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
            m_process->setStandardErrorFile(m_dir.filePath(QStringLiteral("peer.log")),
                                            QIODevice::Append);
            m_process->start(python(), args);
            if (!m_process->waitForStarted(10000))
                return fail(
                    QStringLiteral("python3 did not start: %1").arg(m_process->errorString()));
            const QByteArray ready = readLine(30000);
            if (ready.startsWith("READY tcp=")) {
                return true;
            }
            if (ready.startsWith("READY rtu=")) {
                m_device = QString::fromLocal8Bit(ready.mid(10));
                return true;
            }
            m_error = QStringLiteral("the Modbus peer did not start: %1").arg(log());
            stop();
        }
        return fail(m_error);
    }

    void stop()
    {
        if (!m_process)
            return;
        if (m_process->state() != QProcess::NotRunning) {
            m_process->closeWriteChannel(); // the script exits when its stdin closes
            if (!m_process->waitForFinished(5000)) {
                m_process->kill();
                m_process->waitForFinished(5000);
            }
        }
        m_process.reset();
        m_device.clear();
    }

    // Changes served values while running: `values` from `address` on. False with error().
    bool set(int unit, const QString &table, int address, const QList<int> &values)
    {
        if (!running())
            return fail(QStringLiteral("the Modbus peer is not running"));
        QStringList text;
        for (int v : values)
            text << QString::number(v);
        m_process->write(QStringLiteral("set %1 %2 %3 %4\n")
                             .arg(unit)
                             .arg(table)
                             .arg(address)
                             .arg(text.join(QLatin1Char(',')))
                             .toUtf8());
        const QByteArray answer = readLine(10000);
        if (answer != "ok")
            return fail(QStringLiteral("the Modbus peer refused the change: %1")
                            .arg(QString::fromUtf8(answer)));
        return true;
    }

    bool running() const { return m_process && m_process->state() == QProcess::Running; }
    int port() const { return m_port; }
    // The client end of the pseudo-terminal pair (RTU mode), e.g. /dev/pts/3.
    QString serialDevice() const { return m_device; }
    QString error() const { return m_error; }
    // What the server printed on stderr so far.
    QString log() const
    {
        QFile f(m_dir.filePath(QStringLiteral("peer.log")));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

private:
    QByteArray readLine(int timeoutMs)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (!m_process->canReadLine()) {
            if (m_process->state() != QProcess::Running || deadline.hasExpired())
                return {};
            m_process->waitForReadyRead(int(std::min<qint64>(deadline.remainingTime(), 500)));
        }
        return m_process->readLine().trimmed();
    }

    bool fail(const QString &why)
    {
        m_error = why;
        qWarning().noquote() << "ModbusPeer:" << why;
        return false;
    }

    static constexpr const char kScript[] =
        R"PY(# A real Modbus server for tests (pymodbus 3.0). Usage:
#   python3 peer.py CONFIG.json --tcp PORT      serve Modbus TCP on 127.0.0.1:PORT
#   python3 peer.py CONFIG.json --rtu           serve Modbus RTU on a pseudo-terminal pair
# CONFIG: {"units": {"3": {"input": {"1": 305}, "holding": {...}, "coil": {...}, "discrete": {...}}}}
# (0-based PDU addresses). Unknown units get no answer (like a silent RS485 bus); unknown addresses
# get exception 2 (illegal data address). Prints "READY tcp=PORT" or "READY rtu=/dev/pts/N" once
# serving. Commands on stdin, one per line, each answered "ok" or "error ..." on stdout:
#   set UNIT TABLE ADDRESS VALUE[,VALUE...]
import asyncio, json, logging, os, select, sys, threading, tty

from pymodbus.datastore import ModbusServerContext, ModbusSlaveContext, ModbusSparseDataBlock
from pymodbus.server import StartAsyncSerialServer, StartAsyncTcpServer
from pymodbus.transaction import ModbusRtuFramer

logging.basicConfig(level=logging.CRITICAL)
TABLES = {"coil": "co", "discrete": "di", "holding": "hr", "input": "ir"}
FC = {"coil": 1, "discrete": 2, "holding": 3, "input": 4}


def block(values):
    # A sparse block answers only the addresses it holds (others: illegal data address). An empty
    # block would answer nothing, so it starts with one placeholder far away.
    data = {int(k, 0): int(v) for k, v in values.items()} or {65535: 0}
    return ModbusSparseDataBlock(data)


def relay(a, b):
    while True:
        ready, _, _ = select.select([a, b], [], [])
        for fd in ready:
            try:
                data = os.read(fd, 4096)
            except OSError:
                return
            os.write(b if fd == a else a, data)


def main():
    config = json.load(open(sys.argv[1], encoding="utf-8"))
    slaves = {}
    for unit, tables in config.get("units", {}).items():
        kwargs = {TABLES[t]: block(tables.get(t, {})) for t in TABLES}
        slaves[int(unit)] = ModbusSlaveContext(zero_mode=True, **kwargs)
    context = ModbusServerContext(slaves=slaves, single=False)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)

    def command(line):
        parts = line.split()
        if len(parts) == 5 and parts[0] == "set" and parts[2] in TABLES:
            values = [int(v, 0) for v in parts[4].split(",")]
            context[int(parts[1])].setValues(FC[parts[2]], int(parts[3], 0), values)
            return "ok"
        return "error unknown command: " + line

    def stdin_reader():
        while True:
            line = sys.stdin.readline()
            if not line:
                break
            if not line.strip():
                continue
            done = threading.Event()
            result = []

            def run(text=line.strip()):
                try:
                    result.append(command(text))
                except Exception as e:  # report, keep serving
                    result.append("error " + str(e))
                done.set()

            loop.call_soon_threadsafe(run)
            done.wait()
            print(result[0], flush=True)
        loop.call_soon_threadsafe(loop.stop)  # stdin closed: the test is gone

    if sys.argv[2] == "--tcp":
        port = int(sys.argv[3])
        coro = StartAsyncTcpServer(context=context, address=("127.0.0.1", port),
                                   ignore_missing_slaves=True, defer_start=True)
        server = loop.run_until_complete(coro)
        loop.create_task(server.serve_forever())

        async def ready():
            while server.server is None:
                await asyncio.sleep(0.01)
            print("READY tcp=%d" % port, flush=True)

        loop.run_until_complete(ready())
    else:
        server_master, server_slave = os.openpty()
        client_master, client_slave = os.openpty()
        for fd in (server_slave, client_slave, server_master, client_master):
            tty.setraw(fd)
        threading.Thread(target=relay, args=(server_master, client_master), daemon=True).start()
        coro = StartAsyncSerialServer(context=context, framer=ModbusRtuFramer,
                                      port=os.ttyname(server_slave), baudrate=19200,
                                      ignore_missing_slaves=True, defer_start=True)
        server = loop.run_until_complete(coro)
        loop.run_until_complete(server.start())
        print("READY rtu=%s" % os.ttyname(client_slave), flush=True)
    threading.Thread(target=stdin_reader, daemon=True).start()
    loop.run_forever()
    os._exit(0)


main()
)PY";

    QTemporaryDir m_dir;
    QJsonObject m_config;
    std::unique_ptr<QProcess> m_process;
    QString m_device;
    QString m_error;
    int m_port = 0;
};

} // namespace edge::testsupport
