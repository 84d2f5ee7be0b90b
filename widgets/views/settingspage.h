#pragma once

#include "widgets/common/consolesettings.h"

#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace edge::widgets {

// Console preferences: the language (applied at once), the embedded hub's data directory (used
// at the next start) and the remote hubs connected to before. Stored with QSettings.
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

    QComboBox *languageCombo() const { return m_language; }
    QListWidget *historyList() const { return m_history; }

Q_SIGNALS:
    // "" (system), "en" or "zh_CN"; the composition root installs the translation.
    void languageRequested(const QString &language);
    void connectRequested(const QString &hostPort, const QString &caFile, const QString &userName);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void browseDataDir();
    void updateHistoryButtons();

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
    QGroupBox *m_historyBox = nullptr;
    QListWidget *m_history = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_clear = nullptr;
    QLabel *m_historyEmpty = nullptr;
};

} // namespace edge::widgets
