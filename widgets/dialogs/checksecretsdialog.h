#pragma once

// What the Commissioning page asks before an automatic check that needs something the hub never
// stores (issue 6): the secrets of a device (the SNMP v2c community, or the v3 authentication and
// privacy passphrases), or the SSH credentials of a node (user, password or private key file,
// port). Passwords are typed in password echo mode; "Remember for this session" keeps them in the
// page's memory only (never on disk, never logged). Non-blocking; the page reads the values when
// the dialog is accepted.
#include "backend/commissioning/checks/checks.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace edge::widgets {

class CheckSecretsDialog : public QDialog {
    Q_OBJECT
public:
    // The secrets `needed` (commissioning::secretsNeeded()) of the device named `deviceName`.
    CheckSecretsDialog(const QString &deviceName, const QStringList &needed,
                       QWidget *parent = nullptr);
    // The SSH credentials for a node at `host`.
    CheckSecretsDialog(const QString &nodeName, const QString &host, QWidget *parent = nullptr);

    bool isSsh() const { return m_ssh; }
    commissioning::DeviceSecrets secrets() const;
    // User, password or key file; port.
    ssh::Credentials credentials() const;
    int port() const;
    bool remember() const;

    QLineEdit *communityEdit() const { return m_community; }
    QLineEdit *authEdit() const { return m_auth; }
    QLineEdit *privEdit() const { return m_priv; }
    QLineEdit *userEdit() const { return m_user; }
    QRadioButton *passwordRadio() const { return m_usePassword; }
    QRadioButton *keyRadio() const { return m_useKey; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *keyFileEdit() const { return m_keyFile; }
    QSpinBox *portSpin() const { return m_port; }
    QCheckBox *rememberCheck() const { return m_remember; }
    QPushButton *okButton() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void build();
    void retranslateUi();
    void updateState();

    bool m_ssh = false;
    QString m_name;
    QString m_host;
    QStringList m_needed;
    QLabel *m_intro = nullptr;
    QLabel *m_communityLabel = nullptr;
    QLineEdit *m_community = nullptr;
    QLabel *m_authLabel = nullptr;
    QLineEdit *m_auth = nullptr;
    QLabel *m_privLabel = nullptr;
    QLineEdit *m_priv = nullptr;
    QLabel *m_userLabel = nullptr;
    QLineEdit *m_user = nullptr;
    QRadioButton *m_usePassword = nullptr;
    QLineEdit *m_password = nullptr;
    QRadioButton *m_useKey = nullptr;
    QLineEdit *m_keyFile = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_portLabel = nullptr;
    QSpinBox *m_port = nullptr;
    QCheckBox *m_remember = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace edge::widgets
