#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace edge::widgets {

// The console's own preferences, persisted with QSettings (organization "EdgeConsole",
// application "edge-console"). Passwords and tokens are never stored here.
class ConsoleSettings {
public:
    static QString organizationName() { return QStringLiteral("EdgeConsole"); }
    static QString applicationName() { return QStringLiteral("edge-console"); }

    // "" (follow the system), "en" or "zh_CN".
    QString language() const;
    void setLanguage(const QString &language);

    // Data directory of the embedded hub; empty means the platform default.
    QString dataDir() const;
    void setDataDir(const QString &dir);
    static QString defaultDataDir(); // QStandardPaths::AppDataLocation

    // Whether the embedded hub listens for edge agents, and where ("HOST:PORT"); read at start.
    bool agentListenerEnabled() const;
    void setAgentListenerEnabled(bool enabled);
    QString agentListenAddress() const; // defaultAgentListenAddress() when unset
    void setAgentListenAddress(const QString &hostPort);
    static QString defaultAgentListenAddress() { return QStringLiteral("0.0.0.0:7443"); }

    // Remote hubs connected to before, most recent first (at most 10).
    struct RemoteHub {
        QString hostPort;
        QString caFile;
        QString userName;
        bool operator==(const RemoteHub &) const = default;
    };
    QList<RemoteHub> remoteHubs() const;
    void addRemoteHub(const RemoteHub &hub);
    void removeRemoteHub(const QString &hostPort);
    void clearRemoteHubs();

    static constexpr int maxRemoteHubs = 10;

    // The hub the embedded store syncs with (issue 5): address, CA file and user; never the
    // password. Empty hostPort when none was set.
    RemoteHub syncHub() const;
    void setSyncHub(const RemoteHub &hub);

    // A sound-level calibration of one microphone (issue 4): dB SPL = dBFS + offsetDb. Kept per
    // input device, keyed by `microphone` (the audio input's id, or the name a test or an
    // external recorder gives), so a later measurement with that microphone is calibrated.
    struct MicrophoneCalibration {
        QString microphone;       // the key: the input device's id
        QString description;      // the device's description, for people
        double calibratorDb = 94; // the calibrator's level, dB SPL
        double offsetDb = 0;      // dB SPL = dBFS + offsetDb
        qint64 measuredAtMs = 0;  // UTC ms since the epoch
        double frequencyHz = 0;   // the calibrator tone as measured
        bool operator==(const MicrophoneCalibration &) const = default;
    };
    std::optional<MicrophoneCalibration> microphoneCalibration(const QString &microphone) const;
    void setMicrophoneCalibration(const MicrophoneCalibration &calibration);
    void removeMicrophoneCalibration(const QString &microphone);

private:
    void saveRemoteHubs(const QList<RemoteHub> &hubs);
};

} // namespace edge::widgets
