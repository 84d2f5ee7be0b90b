#include "widgets/common/consolesettings.h"

#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace edge::widgets {

namespace {
QSettings open()
{
    return QSettings(ConsoleSettings::organizationName(), ConsoleSettings::applicationName());
}
} // namespace

QString ConsoleSettings::language() const
{
    return open().value(QStringLiteral("ui/language")).toString();
}

void ConsoleSettings::setLanguage(const QString &language)
{
    open().setValue(QStringLiteral("ui/language"), language);
}

QString ConsoleSettings::dataDir() const
{
    return open().value(QStringLiteral("hub/dataDir")).toString();
}

void ConsoleSettings::setDataDir(const QString &dir)
{
    QSettings s = open();
    if (dir.trimmed().isEmpty())
        s.remove(QStringLiteral("hub/dataDir"));
    else
        s.setValue(QStringLiteral("hub/dataDir"), dir.trimmed());
}

QString ConsoleSettings::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

bool ConsoleSettings::agentListenerEnabled() const
{
    return open().value(QStringLiteral("agents/listen"), false).toBool();
}

void ConsoleSettings::setAgentListenerEnabled(bool enabled)
{
    open().setValue(QStringLiteral("agents/listen"), enabled);
}

QString ConsoleSettings::agentListenAddress() const
{
    const QString a = open().value(QStringLiteral("agents/listenAddress")).toString().trimmed();
    return a.isEmpty() ? defaultAgentListenAddress() : a;
}

void ConsoleSettings::setAgentListenAddress(const QString &hostPort)
{
    QSettings s = open();
    if (hostPort.trimmed().isEmpty())
        s.remove(QStringLiteral("agents/listenAddress"));
    else
        s.setValue(QStringLiteral("agents/listenAddress"), hostPort.trimmed());
}

ConsoleSettings::RemoteHub ConsoleSettings::syncHub() const
{
    QSettings s = open();
    RemoteHub h;
    h.hostPort = s.value(QStringLiteral("sync/hostPort")).toString();
    h.caFile = s.value(QStringLiteral("sync/caFile")).toString();
    h.userName = s.value(QStringLiteral("sync/user")).toString();
    return h;
}

void ConsoleSettings::setSyncHub(const RemoteHub &hub)
{
    QSettings s = open();
    if (hub.hostPort.trimmed().isEmpty()) {
        s.remove(QStringLiteral("sync"));
        return;
    }
    s.setValue(QStringLiteral("sync/hostPort"), hub.hostPort.trimmed());
    s.setValue(QStringLiteral("sync/caFile"), hub.caFile.trimmed());
    s.setValue(QStringLiteral("sync/user"), hub.userName.trimmed());
}

QList<ConsoleSettings::RemoteHub> ConsoleSettings::remoteHubs() const
{
    QSettings s = open();
    QList<RemoteHub> out;
    const int n = s.beginReadArray(QStringLiteral("remoteHubs"));
    for (int i = 0; i < n; ++i) {
        s.setArrayIndex(i);
        RemoteHub h;
        h.hostPort = s.value(QStringLiteral("hostPort")).toString();
        h.caFile = s.value(QStringLiteral("caFile")).toString();
        h.userName = s.value(QStringLiteral("user")).toString();
        if (!h.hostPort.isEmpty())
            out.append(h);
    }
    s.endArray();
    return out;
}

void ConsoleSettings::saveRemoteHubs(const QList<RemoteHub> &hubs)
{
    QSettings s = open();
    s.remove(QStringLiteral("remoteHubs"));
    s.beginWriteArray(QStringLiteral("remoteHubs"), int(hubs.size()));
    for (int i = 0; i < hubs.size(); ++i) {
        s.setArrayIndex(i);
        s.setValue(QStringLiteral("hostPort"), hubs[i].hostPort);
        s.setValue(QStringLiteral("caFile"), hubs[i].caFile);
        s.setValue(QStringLiteral("user"), hubs[i].userName);
    }
    s.endArray();
}

void ConsoleSettings::addRemoteHub(const RemoteHub &hub)
{
    QList<RemoteHub> hubs = remoteHubs();
    hubs.removeIf([&](const RemoteHub &h) { return h.hostPort == hub.hostPort; });
    hubs.prepend(hub);
    while (hubs.size() > maxRemoteHubs)
        hubs.removeLast();
    saveRemoteHubs(hubs);
}

void ConsoleSettings::removeRemoteHub(const QString &hostPort)
{
    QList<RemoteHub> hubs = remoteHubs();
    hubs.removeIf([&](const RemoteHub &h) { return h.hostPort == hostPort; });
    saveRemoteHubs(hubs);
}

void ConsoleSettings::clearRemoteHubs() { saveRemoteHubs({}); }

namespace {
// One group per microphone; the id may hold '/' (a QSettings group separator), so it is
// percent-encoded into the group name and kept verbatim inside.
QString calibrationGroup(const QString &microphone)
{
    return QStringLiteral("microphoneCalibration/")
           + QString::fromLatin1(QUrl::toPercentEncoding(microphone));
}
} // namespace

std::optional<ConsoleSettings::MicrophoneCalibration> ConsoleSettings::microphoneCalibration(
    const QString &microphone) const
{
    if (microphone.isEmpty())
        return std::nullopt;
    QSettings s = open();
    s.beginGroup(calibrationGroup(microphone));
    bool ok = false;
    const double offset = s.value(QStringLiteral("offsetDb")).toDouble(&ok);
    if (!ok || s.value(QStringLiteral("microphone")).toString() != microphone)
        return std::nullopt;
    MicrophoneCalibration c;
    c.microphone = microphone;
    c.description = s.value(QStringLiteral("description")).toString();
    c.calibratorDb = s.value(QStringLiteral("calibratorDb"), 94.0).toDouble();
    c.offsetDb = offset;
    c.measuredAtMs = s.value(QStringLiteral("measuredAtMs")).toLongLong();
    c.frequencyHz = s.value(QStringLiteral("frequencyHz")).toDouble();
    return c;
}

void ConsoleSettings::setMicrophoneCalibration(const MicrophoneCalibration &c)
{
    if (c.microphone.isEmpty())
        return;
    QSettings s = open();
    s.beginGroup(calibrationGroup(c.microphone));
    s.setValue(QStringLiteral("microphone"), c.microphone);
    s.setValue(QStringLiteral("description"), c.description);
    s.setValue(QStringLiteral("calibratorDb"), c.calibratorDb);
    s.setValue(QStringLiteral("offsetDb"), c.offsetDb);
    s.setValue(QStringLiteral("measuredAtMs"), c.measuredAtMs);
    s.setValue(QStringLiteral("frequencyHz"), c.frequencyHz);
}

void ConsoleSettings::removeMicrophoneCalibration(const QString &microphone)
{
    open().remove(calibrationGroup(microphone));
}

} // namespace edge::widgets
