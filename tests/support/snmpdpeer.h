#pragma once

// A real net-snmp snmpd on 127.0.0.1 for tests: its own snmpd.conf and persistent directory in a
// temporary directory, a v2c read community and two SNMP v3 users (authPriv: SHA/AES and
// SHA-256/AES), and UPS-MIB (1.3.6.1.2.1.33), ENTITY-MIB's entPhysicalTable (1.3.6.1.2.1.47.1.1.1)
// and ENTITY-SENSOR-MIB (1.3.6.1.2.1.99) served by `pass_persist` from a small Python script that
// reads values.json on every request. The test changes what the "device" reports with
// setValues()/setValue() while snmpd runs (mains loss: upsOutputSource 5, upsBatteryStatus ...).
// IF-MIB (ifTable 1.3.6.1.2.1.2, ifXTable 1.3.6.1.2.1.31) is served the same way (snmpd's own
// interface modules are switched off so the host's interfaces never show): nothing unless the
// test adds values, e.g. ifMibValues() (a four-port switch) with withIfMib().
//
//   SnmpdPeer snmpd;
//   if (!SnmpdPeer::available()) QSKIP(SnmpdPeer::skipReason());
//   QVERIFY2(snmpd.start(), qPrintable(snmpd.error()));
//   ... snmp v2c to 127.0.0.1:snmpd.port() community snmpd.community() ...
//   snmpd.setValue(QStringLiteral("1.3.6.1.2.1.33.1.4.1.0"), QStringLiteral("integer"), 5);
//
// values.json: {"<numeric OID without leading dot>": ["<type>", value], ...}; types are
// pass_persist's: integer, gauge, counter, timeticks, string, objectid (".1.3..."), ipaddress.

#include "localnet.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSaveFile>
#include <QString>
#include <QTemporaryDir>
#include <QThread>

#include <memory>

#include <signal.h>
#include <sys/prctl.h>

namespace edge::testsupport {

class SnmpdPeer {
public:
    SnmpdPeer() = default;
    SnmpdPeer(const SnmpdPeer &) = delete;
    SnmpdPeer &operator=(const SnmpdPeer &) = delete;
    ~SnmpdPeer() { stop(); }

    static QString program() { return QStringLiteral("/usr/sbin/snmpd"); }
    static QString python() { return QStringLiteral("/usr/bin/python3"); }
    static bool available() { return QFile::exists(program()) && QFile::exists(python()); }
    static const char *skipReason()
    {
        return "/usr/sbin/snmpd or /usr/bin/python3 is missing (apt-get install snmpd python3)";
    }

    // The subtrees the script serves.
    static QStringList servedSubtrees()
    {
        return {QStringLiteral("1.3.6.1.2.1.33"), QStringLiteral("1.3.6.1.2.1.47.1.1.1"),
                QStringLiteral("1.3.6.1.2.1.99"), QStringLiteral("1.3.6.1.2.1.2"),
                QStringLiteral("1.3.6.1.2.1.31")};
    }

    // IF-MIB of a four-port switch: ifIndex 1..4 named ge-0/1..ge-0/4 (ifDescr "GigabitEthernet
    // 0/N"), all admin up; ports 1-3 oper up at 1000 Mbit/s, port 4 down (no cable).
    static QJsonObject ifMibValues()
    {
        QJsonObject o;
        const QString ifEntry = QStringLiteral("1.3.6.1.2.1.2.2.1.");
        const QString ifXEntry = QStringLiteral("1.3.6.1.2.1.31.1.1.1.");
        for (int i = 1; i <= 4; ++i) {
            const QString n = QString::number(i);
            const bool up = i != 4;
            o.insert(ifEntry + QStringLiteral("1.") + n, QJsonArray{QStringLiteral("integer"), i});
            o.insert(ifEntry + QStringLiteral("2.") + n,
                     QJsonArray{QStringLiteral("string"),
                                QString(QStringLiteral("GigabitEthernet 0/") + n)});
            o.insert(ifEntry + QStringLiteral("5.") + n,
                     QJsonArray{QStringLiteral("gauge"), up ? 1000000000 : 0});
            o.insert(ifEntry + QStringLiteral("7.") + n, QJsonArray{QStringLiteral("integer"), 1});
            o.insert(ifEntry + QStringLiteral("8.") + n,
                     QJsonArray{QStringLiteral("integer"), up ? 1 : 2});
            o.insert(ifXEntry + QStringLiteral("1.") + n,
                     QJsonArray{QStringLiteral("string"), QString(QStringLiteral("ge-0/") + n)});
            o.insert(ifXEntry + QStringLiteral("15.") + n,
                     QJsonArray{QStringLiteral("gauge"), up ? 1000 : 0});
        }
        return o;
    }
    // `values` with ifMibValues() added.
    static QJsonObject withIfMib(QJsonObject values)
    {
        const QJsonObject ifMib = ifMibValues();
        for (auto it = ifMib.begin(); it != ifMib.end(); ++it)
            values.insert(it.key(), it.value());
        return values;
    }

    // A UPS on mains with five entity sensors: the fake values of the reference table
    // device-protocols/snmp/tests/data/snmp_ups_entity_sensor_oids.csv (tst_snmp_session checks
    // that the two agree).
    static QJsonObject defaultValues()
    {
        const auto v = [](const char *type, const QJsonValue &value) {
            return QJsonArray{QString::fromLatin1(type), value};
        };
        const auto s = [](const char *text) { return QString::fromUtf8(text); };
        QJsonObject o;
        const QString ups = QStringLiteral("1.3.6.1.2.1.33.1.");
        o.insert(ups + s("1.1.0"), v("string", s("RefData Test UPS Co")));
        o.insert(ups + s("1.2.0"), v("string", s("FAKE-UPS-3000")));
        o.insert(ups + s("1.5.0"), v("string", s("edge-cab-01-ups")));
        o.insert(ups + s("2.1.0"), v("integer", 2));        // batteryNormal
        o.insert(ups + s("2.2.0"), v("integer", 0));        // seconds on battery
        o.insert(ups + s("2.3.0"), v("integer", 42));       // minutes remaining
        o.insert(ups + s("2.4.0"), v("integer", 100));      // charge %
        o.insert(ups + s("2.5.0"), v("integer", 545));      // 0.1 V DC
        o.insert(ups + s("2.6.0"), v("integer", -12));      // 0.1 A DC
        o.insert(ups + s("2.7.0"), v("integer", 25));       // °C
        o.insert(ups + s("3.1.0"), v("counter", 3));        // line bads
        o.insert(ups + s("3.2.0"), v("integer", 1));        // input lines
        o.insert(ups + s("3.3.1.2.1"), v("integer", 500));  // 0.1 Hz
        o.insert(ups + s("3.3.1.3.1"), v("integer", 221));  // V
        o.insert(ups + s("3.3.1.4.1"), v("integer", 52));   // 0.1 A
        o.insert(ups + s("3.3.1.5.1"), v("integer", 1100)); // W
        o.insert(ups + s("4.1.0"), v("integer", 3));        // output source: normal
        o.insert(ups + s("4.2.0"), v("integer", 500));
        o.insert(ups + s("4.3.0"), v("integer", 1));
        o.insert(ups + s("4.4.1.2.1"), v("integer", 220));
        o.insert(ups + s("4.4.1.3.1"), v("integer", 48));
        o.insert(ups + s("4.4.1.4.1"), v("integer", 1000));
        o.insert(ups + s("4.4.1.5.1"), v("integer", 33));
        o.insert(ups + s("5.1.0"), v("integer", 500));
        o.insert(ups + s("5.3.1.2.1"), v("integer", 221));
        o.insert(ups + s("6.1.0"), v("gauge", 1)); // alarms present
        o.insert(ups + s("6.2.1.2.1"), v("objectid", s(".1.3.6.1.2.1.33.1.6.3.5"))); // TempBad
        o.insert(ups + s("6.2.1.3.1"), v("timeticks", 12345));
        o.insert(ups + s("9.1.0"), v("integer", 220));
        o.insert(ups + s("9.2.0"), v("integer", 500));
        o.insert(ups + s("9.5.0"), v("integer", 3000));
        o.insert(ups + s("9.6.0"), v("integer", 2700));
        o.insert(ups + s("9.7.0"), v("integer", 5));
        o.insert(ups + s("9.9.0"), v("integer", 160));
        o.insert(ups + s("9.10.0"), v("integer", 280));
        const QString phys = QStringLiteral("1.3.6.1.2.1.47.1.1.1.1.");
        o.insert(phys + s("2.1"), v("string", s("Cabinet inlet temperature")));
        o.insert(phys + s("7.1"), v("string", s("temp-inlet")));
        const QString sensor = QStringLiteral("1.3.6.1.2.1.99.1.1.1.");
        const int types[] = {8, 9, 8, 3, 8};
        const int scales[] = {9, 9, 8, 9, 9};
        const int precisions[] = {1, 0, 0, 1, 1};
        const int values[] = {235, 45, 31250, 2201, -85};
        const char *units[] = {"C", "%RH", "mC", "V AC", "C"};
        const int rates[] = {5000, 5000, 5000, 1000, 0};
        for (int i = 0; i < 5; ++i) {
            const QString index = QString::number(i + 1);
            o.insert(phys + s("5.") + index, v("integer", 8)); // class: sensor
            o.insert(sensor + s("1.") + index, v("integer", types[i]));
            o.insert(sensor + s("2.") + index, v("integer", scales[i]));
            o.insert(sensor + s("3.") + index, v("integer", precisions[i]));
            o.insert(sensor + s("4.") + index, v("integer", values[i]));
            o.insert(sensor + s("5.") + index, v("integer", 1)); // ok
            o.insert(sensor + s("6.") + index, v("string", s(units[i])));
            o.insert(sensor + s("7.") + index, v("timeticks", 100));
            o.insert(sensor + s("8.") + index, v("gauge", rates[i]));
        }
        return o;
    }

    QString community() const { return QStringLiteral("edge-ro"); }
    QString v3User() const { return QStringLiteral("edgev3"); }             // SHA + AES
    QString v3UserSha256() const { return QStringLiteral("edgev3sha256"); } // SHA-256 + AES
    QString v3AuthPassphrase() const { return QStringLiteral("auth-Pass-2041"); }
    QString v3PrivPassphrase() const { return QStringLiteral("priv-Pass-2041"); }

    // Writes the config, the script and values.json (defaultValues() unless setValues() was
    // called before), then starts snmpd on a free UDP port and waits until it is ready.
    bool start()
    {
        if (!prepare())
            return false;
        stop();
        m_process = std::make_unique<QProcess>();
        m_process->setProcessChannelMode(QProcess::MergedChannels);
        m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MIBS"), QString()); // no MIB files are installed
        env.insert(QStringLiteral("SNMP_PERSISTENT_DIR"), path(QStringLiteral("persist")));
        env.insert(QStringLiteral("SNMPCONFPATH"), m_dir.path());
        m_process->setProcessEnvironment(env);
        // -f foreground, -Lo log to stdout, -C only our config, -p pid file; the listening
        // address is agentAddress in the config (given twice, snmpd fails to bind). -I leaves out
        // snmpd's own IF-MIB modules (they would win over pass_persist for those subtrees).
        m_process->start(program(),
                         {QStringLiteral("-f"), QStringLiteral("-Lo"), QStringLiteral("-C"),
                          QStringLiteral("-I"), QStringLiteral("-interfaces,ifTable,ifXTable"),
                          QStringLiteral("-c"), path(QStringLiteral("snmpd.conf")),
                          QStringLiteral("-p"), path(QStringLiteral("snmpd.pid")),
                          QStringLiteral("--persistentDir=") + path(QStringLiteral("persist"))});
        if (!m_process->waitForStarted(10000))
            return fail(QStringLiteral("snmpd did not start: %1").arg(m_process->errorString()));
        // snmpd prints "NET-SNMP version ..." once its ports are open.
        for (int i = 0; i < 400; ++i) {
            m_process->waitForReadyRead(50);
            const QByteArray out = m_process->peek(1 << 20);
            if (out.contains("NET-SNMP version"))
                return true;
            if (m_process->state() != QProcess::Running)
                return fail(QStringLiteral("snmpd exited: %1").arg(QString::fromLocal8Bit(out)));
        }
        return fail(QStringLiteral("snmpd did not report ready on udp 127.0.0.1:%1: %2")
                        .arg(m_port)
                        .arg(log()));
    }

    void stop()
    {
        if (!m_process)
            return;
        stopProcess(*m_process);
        m_process.reset();
    }

    // Replaces every served value; takes effect with the next request (no restart).
    bool setValues(const QJsonObject &values)
    {
        m_values = values;
        m_valuesSet = true;
        if (!m_dir.isValid())
            return fail(QStringLiteral("no temporary directory"));
        QSaveFile file(path(QStringLiteral("values.json"))); // atomic rename: never half read
        if (!file.open(QIODevice::WriteOnly)
            || file.write(QJsonDocument(values).toJson(QJsonDocument::Compact)) < 0
            || !file.commit())
            return fail(QStringLiteral("cannot write values.json: %1").arg(file.errorString()));
        return true;
    }
    // Sets (or, with an empty type, removes) one value.
    bool setValue(const QString &oid, const QString &type, const QJsonValue &value)
    {
        QJsonObject values = m_valuesSet ? m_values : defaultValues();
        if (type.isEmpty())
            values.remove(oid);
        else
            values.insert(oid, QJsonArray{type, value});
        return setValues(values);
    }
    QJsonObject values() const { return m_valuesSet ? m_values : defaultValues(); }

    bool running() const { return m_process && m_process->state() == QProcess::Running; }
    int port() const { return m_port; }
    QString dir() const { return m_dir.path(); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString error() const { return m_error; }
    QString log() const
    {
        return m_process ? QString::fromLocal8Bit(m_process->peek(1 << 20)) : QString();
    }

private:
    bool prepare()
    {
        if (m_prepared)
            return true;
        if (!available())
            return fail(QString::fromLatin1(skipReason()));
        if (!m_dir.isValid())
            return fail(QStringLiteral("no temporary directory"));
        QDir(m_dir.path()).mkpath(QStringLiteral("persist"));
        m_port = freePort(SOCK_DGRAM); // snmpd listens on UDP
        if (m_port <= 0)
            return fail(QStringLiteral("no free UDP port on 127.0.0.1"));
        const QString script = path(QStringLiteral("agent.py"));
        QFile py(script);
        if (!py.open(QIODevice::WriteOnly) || py.write(agentScript()) < 0)
            return fail(QStringLiteral("cannot write agent.py"));
        py.close();
        py.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                          | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        QString conf = QStringLiteral("agentAddress udp:127.0.0.1:%1\n"
                                      "rocommunity %2 127.0.0.1\n"
                                      "createUser %3 SHA \"%5\" AES \"%6\"\n"
                                      "createUser %4 SHA-256 \"%5\" AES \"%6\"\n"
                                      "rouser %3 priv\n"
                                      "rouser %4 priv\n")
                           .arg(m_port)
                           .arg(community(), v3User(), v3UserSha256(), v3AuthPassphrase(),
                                v3PrivPassphrase());
        for (const QString &subtree : servedSubtrees())
            conf += QStringLiteral("pass_persist .%1 %2 %3 %4 .%1\n")
                        .arg(subtree, python(), script, path(QStringLiteral("values.json")));
        QFile file(path(QStringLiteral("snmpd.conf")));
        if (!file.open(QIODevice::WriteOnly) || file.write(conf.toUtf8()) < 0)
            return fail(QStringLiteral("cannot write snmpd.conf"));
        file.close();
        if (!setValues(values()))
            return false;
        m_prepared = true;
        return true;
    }

    // pass_persist protocol: PING -> PONG; get/getnext + OID -> OID, type, value or NONE;
    // set -> not-writable. Answers only inside its own subtree (argv[2]).
    static QByteArray agentScript()
    {
        return R"PY(#!/usr/bin/python3
import json, sys
values_path, root = sys.argv[1], sys.argv[2].strip('.')

def key(oid):
    return [int(x) for x in oid.strip().strip('.').split('.') if x]

def load():
    try:
        with open(values_path) as f:
            data = json.load(f)
    except (OSError, ValueError):
        return []
    rk = key(root)
    items = [(key(k), k.strip('.'), v) for k, v in data.items() if key(k)[:len(rk)] == rk]
    items.sort()
    return items

def out(*lines):
    sys.stdout.write(''.join(str(line) + '\n' for line in lines))
    sys.stdout.flush()

while True:
    line = sys.stdin.readline()
    if not line:
        break
    cmd = line.strip()
    if cmd == 'PING':
        out('PONG')
    elif cmd in ('get', 'getnext'):
        k = key(sys.stdin.readline())
        hit = None
        for ik, oid, v in load():
            if (cmd == 'get' and ik == k) or (cmd == 'getnext' and ik > k):
                hit = (oid, v)
                break
        if hit:
            out('.' + hit[0], hit[1][0], hit[1][1])
        else:
            out('NONE')
    elif cmd == 'set':
        sys.stdin.readline()
        sys.stdin.readline()
        out('not-writable')
    elif cmd:
        out('NONE')
)PY";
    }

    bool fail(const QString &why)
    {
        m_error = why;
        qWarning().noquote() << "SnmpdPeer:" << why;
        return false;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_process;
    QJsonObject m_values;
    bool m_valuesSet = false;
    QString m_error;
    int m_port = 0;
    bool m_prepared = false;
};

} // namespace edge::testsupport
