#include "widgets/dialogs/checksecretsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace edge::widgets {

CheckSecretsDialog::CheckSecretsDialog(const QString &deviceName, const QStringList &needed,
                                       QWidget *parent)
    : QDialog(parent)
    , m_name(deviceName)
    , m_needed(needed)
{
    build();
}

CheckSecretsDialog::CheckSecretsDialog(const QString &nodeName, const QString &host, QWidget *parent)
    : QDialog(parent)
    , m_ssh(true)
    , m_name(nodeName)
    , m_host(host)
{
    build();
}

void CheckSecretsDialog::build()
{
    setObjectName(m_ssh ? QStringLiteral("checkSshCredentialsDialog")
                        : QStringLiteral("checkSecretsDialog"));
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    auto *form = new QFormLayout;
    const auto secretEdit = [this](const char *name) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QLatin1String(name));
        e->setEchoMode(QLineEdit::Password);
        connect(e, &QLineEdit::textChanged, this, &CheckSecretsDialog::updateState);
        return e;
    };
    if (!m_ssh) {
        if (m_needed.contains(QLatin1String("community"))) {
            m_communityLabel = new QLabel(this);
            m_community = secretEdit("checkSecretsCommunity");
            form->addRow(m_communityLabel, m_community);
        }
        if (m_needed.contains(QLatin1String("auth_passphrase"))) {
            m_authLabel = new QLabel(this);
            m_auth = secretEdit("checkSecretsAuthPassphrase");
            form->addRow(m_authLabel, m_auth);
        }
        if (m_needed.contains(QLatin1String("priv_passphrase"))) {
            m_privLabel = new QLabel(this);
            m_priv = secretEdit("checkSecretsPrivPassphrase");
            form->addRow(m_privLabel, m_priv);
        }
    } else {
        m_userLabel = new QLabel(this);
        m_user = new QLineEdit(this);
        m_user->setObjectName(QStringLiteral("checkSshUser"));
        m_user->setText(QStringLiteral("root"));
        connect(m_user, &QLineEdit::textChanged, this, &CheckSecretsDialog::updateState);
        form->addRow(m_userLabel, m_user);
        m_usePassword = new QRadioButton(this);
        m_usePassword->setObjectName(QStringLiteral("checkSshUsePassword"));
        m_password = secretEdit("checkSshPassword");
        form->addRow(m_usePassword, m_password);
        m_useKey = new QRadioButton(this);
        m_useKey->setObjectName(QStringLiteral("checkSshUseKey"));
        m_keyFile = new QLineEdit(this);
        m_keyFile->setObjectName(QStringLiteral("checkSshKeyFile"));
        connect(m_keyFile, &QLineEdit::textChanged, this, &CheckSecretsDialog::updateState);
        m_browse = new QPushButton(this);
        connect(m_browse, &QPushButton::clicked, this, [this] {
            const QString path = QFileDialog::getOpenFileName(this, tr("Private Key File"),
                                                              QDir::homePath()
                                                                  + QStringLiteral("/.ssh"));
            if (!path.isEmpty())
                m_keyFile->setText(path);
        });
        auto *keyRow = new QHBoxLayout;
        keyRow->addWidget(m_keyFile, 1);
        keyRow->addWidget(m_browse);
        form->addRow(m_useKey, keyRow);
        m_usePassword->setChecked(true);
        connect(m_usePassword, &QRadioButton::toggled, this, &CheckSecretsDialog::updateState);
        m_portLabel = new QLabel(this);
        m_port = new QSpinBox(this);
        m_port->setObjectName(QStringLiteral("checkSshPort"));
        m_port->setRange(1, 65535);
        m_port->setValue(22);
        form->addRow(m_portLabel, m_port);
    }
    layout->addLayout(form);
    m_remember = new QCheckBox(this);
    m_remember->setObjectName(QStringLiteral("checkSecretsRemember"));
    m_remember->setChecked(true);
    layout->addWidget(m_remember);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    retranslateUi();
    updateState();
}

QPushButton *CheckSecretsDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

commissioning::DeviceSecrets CheckSecretsDialog::secrets() const
{
    commissioning::DeviceSecrets s;
    if (m_community)
        s.community = m_community->text();
    if (m_auth)
        s.authPassphrase = m_auth->text();
    if (m_priv)
        s.privPassphrase = m_priv->text();
    return s;
}

ssh::Credentials CheckSecretsDialog::credentials() const
{
    ssh::Credentials c;
    if (!m_ssh)
        return c;
    c.user = m_user->text().trimmed();
    if (m_useKey->isChecked())
        c.privateKeyFile = m_keyFile->text().trimmed();
    else
        c.secret = m_password->text();
    return c;
}

int CheckSecretsDialog::port() const { return m_port ? m_port->value() : 22; }

bool CheckSecretsDialog::remember() const { return m_remember->isChecked(); }

void CheckSecretsDialog::updateState()
{
    bool ok = true;
    if (m_ssh) {
        const bool key = m_useKey->isChecked();
        m_password->setEnabled(!key);
        m_keyFile->setEnabled(key);
        m_browse->setEnabled(key);
        ok = !m_user->text().trimmed().isEmpty()
             && (key ? !m_keyFile->text().trimmed().isEmpty() : !m_password->text().isEmpty());
    } else {
        for (QLineEdit *e : {m_community, m_auth})
            ok = ok && (!e || !e->text().isEmpty());
    }
    okButton()->setEnabled(ok);
}

void CheckSecretsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CheckSecretsDialog::retranslateUi()
{
    if (m_ssh) {
        setWindowTitle(tr("SSH Login"));
        m_intro->setText(tr("The check logs in to %1 (%2) over SSH. The credentials are not "
                            "stored on the hub.")
                             .arg(m_name, m_host));
        m_userLabel->setText(tr("&User:"));
        m_usePassword->setText(tr("&Password:"));
        m_useKey->setText(tr("Private &key file:"));
        m_browse->setText(tr("&Browse…"));
        m_portLabel->setText(tr("P&ort:"));
    } else {
        setWindowTitle(tr("Device Secrets"));
        m_intro->setText(tr("The check reads %1 over SNMP. Its secrets are never stored on the "
                            "hub: type them for this check.")
                             .arg(m_name));
        if (m_communityLabel)
            m_communityLabel->setText(tr("&Community:"));
        if (m_authLabel)
            m_authLabel->setText(tr("&Authentication passphrase:"));
        if (m_privLabel)
            m_privLabel->setText(tr("P&rivacy passphrase:"));
    }
    m_remember->setText(tr("Remember for this session (in memory only, until the console "
                           "disconnects)"));
}

} // namespace edge::widgets
