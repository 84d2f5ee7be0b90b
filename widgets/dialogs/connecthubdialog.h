#pragma once

#include "widgets/common/consolesettings.h"
#include "widgets/common/hubconnector.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;

namespace edge::widgets {

class HubSignInForm;

// Connects the console to a remote hub: address, the CA certificate that signed the hub's
// certificate, user name and password. Signs in through HubConnector off the GUI thread and
// closes only when that worked; the password is never stored.
class ConnectHubDialog : public QDialog {
    Q_OBJECT
public:
    ConnectHubDialog(HubConnector &connector, const QList<ConsoleSettings::RemoteHub> &history,
                     QWidget *parent = nullptr);

    void setHostPort(const QString &hostPort);
    void setCaFile(const QString &path);
    void setUserName(const QString &user);
    QString errorText() const;

Q_SIGNALS:
    void connected(const edge::widgets::HubConnection &connection);
    // The entry to remember in the history (no password).
    void remember(const QString &hostPort, const QString &caFile, const QString &userName);

protected:
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void applyHistory(int index);
    void setBusy(bool busy);
    void retranslateUi();

    HubConnector &m_connector;
    QList<ConsoleSettings::RemoteHub> m_history;
    bool m_busy = false;

    QLabel *m_intro = nullptr;
    HubSignInForm *m_form = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace edge::widgets
