#pragma once

#include "backend/api/synccontrol.h"

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace edge::widgets {

class HubSignInForm;

// Sync Now, the first time in a session: the sync hub's address, the CA certificate that signed
// its certificate, user and password. Starts the sync through api::SyncControl and stays open
// until it is signed in and synced (closing then) or shows why not. The password is used once
// and never stored; remember() hands out the rest for the settings.
class SyncDialog : public QDialog {
    Q_OBJECT
public:
    SyncDialog(api::SyncControl *sync, const api::SyncHubParams &initial, QWidget *parent = nullptr);

    QLineEdit *hostEdit() const;
    QLineEdit *caEdit() const;
    QLineEdit *userEdit() const;
    QLineEdit *passwordEdit() const;
    QDialogButtonBox *buttons() const { return m_buttons; }
    QString errorText() const;

Q_SIGNALS:
    // Signed in: the hub to remember (no password).
    void remember(const QString &hostPort, const QString &caFile, const QString &userName);

protected:
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void setBusy(bool busy);
    void retranslateUi();

    QPointer<api::SyncControl> m_sync;
    bool m_busy = false;
    api::SyncHubParams m_submitted;

    QLabel *m_intro = nullptr;
    HubSignInForm *m_form = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace edge::widgets
