#pragma once

#include "backend/api/synccontrol.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace edge::widgets {

// Sync Now, the first time in a session: the sync hub's address, the CA certificate that signed
// its certificate, user and password. Starts the sync through api::SyncControl and stays open
// until it is signed in and synced (closing then) or shows why not. The password is used once
// and never stored; remember() hands out the rest for the settings.
class SyncDialog : public QDialog {
    Q_OBJECT
public:
    SyncDialog(api::SyncControl *sync, const api::SyncHubParams &initial, QWidget *parent = nullptr);

    QLineEdit *hostEdit() const { return m_host; }
    QLineEdit *caEdit() const { return m_ca; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QString errorText() const;

Q_SIGNALS:
    // Signed in: the hub to remember (no password).
    void remember(const QString &hostPort, const QString &caFile, const QString &userName);

protected:
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void browseCa();
    void showError(const QString &message, QWidget *field);
    void setBusy(bool busy);
    void retranslateUi();

    QPointer<api::SyncControl> m_sync;
    bool m_busy = false;
    api::SyncHubParams m_submitted;

    QLabel *m_intro = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_ca = nullptr;
    QPushButton *m_browse = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace edge::widgets
