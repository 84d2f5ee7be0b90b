#pragma once

#include "widgets/common/consolesettings.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace edge::widgets {

// Console preferences: the language (applied at once), the embedded hub's data directory and
// whether it listens for edge agents (both used at the next start) and the remote hubs connected
// to before. Stored with QSettings.
class SettingsPage : public QWidget {
    Q_OBJECT
public:
    explicit SettingsPage(QWidget *parent = nullptr);

    // The data directory the embedded hub runs on now (shown beside the setting).
    void setCurrentDataDir(const QString &dir);
    // Reads the history again (after a connection was added elsewhere).
    void reloadHistory();
    // Shows `language` as chosen without emitting languageRequested().
    void setLanguage(const QString &language);
    // What the embedded hub does now for agents: the address asked for at start (empty: none),
    // the address listened on (empty: none) and why listening failed (empty: it did not).
    void setAgentListenerState(const QString &requested, const QString &listening,
                               const QString &error);
    // Checks a listen address "HOST:PORT" (port 0-65535, 0 = any free port; IPv6 in brackets).
    // Returns a translated message, empty when valid.
    static QString checkListenAddress(const QString &hostPort);

    QComboBox *languageCombo() const { return m_language; }
    QListWidget *historyList() const { return m_history; }
    QCheckBox *agentListenCheck() const { return m_agentListen; }
    QLineEdit *agentListenEdit() const { return m_agentAddress; }
    QLabel *agentListenNote() const { return m_agentNote; }

Q_SIGNALS:
    // "" (system), "en" or "zh_CN"; the composition root installs the translation.
    void languageRequested(const QString &language);
    void connectRequested(const QString &hostPort, const QString &caFile, const QString &userName);
    // "Survey limits…": the composition root opens LimitSetsDialog over the current hub.
    void surveyLimitsRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void browseDataDir();
    void updateHistoryButtons();
    void saveAgentListenAddress();

    ConsoleSettings m_settings;
    QString m_currentDataDir;

    QLabel *m_heading = nullptr;
    QGroupBox *m_languageBox = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_languageNote = nullptr;
    QGroupBox *m_dataBox = nullptr;
    QLabel *m_dataLabel = nullptr;
    QLineEdit *m_dataDir = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_resetDataDir = nullptr;
    QLabel *m_dataNote = nullptr;
    QString m_agentRequested;
    QString m_agentListening;
    QString m_agentError;
    QGroupBox *m_agentBox = nullptr;
    QCheckBox *m_agentListen = nullptr;
    QLabel *m_agentAddressLabel = nullptr;
    QLineEdit *m_agentAddress = nullptr;
    QLabel *m_agentAddressError = nullptr;
    QLabel *m_agentNote = nullptr;
    QGroupBox *m_historyBox = nullptr;
    QListWidget *m_history = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_clear = nullptr;
    QLabel *m_historyEmpty = nullptr;
    QGroupBox *m_surveyBox = nullptr;
    QLabel *m_surveyNote = nullptr;
    QPushButton *m_surveyLimits = nullptr;
};

} // namespace edge::widgets
