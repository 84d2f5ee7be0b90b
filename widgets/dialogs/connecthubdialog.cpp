#include "widgets/dialogs/connecthubdialog.h"

#include "widgets/common/asynctask.h"
#include "widgets/common/hubsigninform.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace edge::widgets {

ConnectHubDialog::ConnectHubDialog(HubConnector &connector,
                                   const QList<ConsoleSettings::RemoteHub> &history,
                                   QWidget *parent)
    : QDialog(parent)
    , m_connector(connector)
    , m_history(history)
{
    setObjectName(QStringLiteral("connectHubDialog"));
    setModal(true);
    setMinimumWidth(500);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_form = new HubSignInForm(HubSignInForm::HostInput::ComboBox,
                               {.host = QStringLiteral("hostCombo"),
                                .ca = QStringLiteral("caEdit"),
                                .user = QStringLiteral("userEdit"),
                                .password = QStringLiteral("passwordEdit"),
                                .error = {}},
                               this);
    for (const auto &h : std::as_const(m_history))
        m_form->hostCombo()->addItem(h.hostPort);
    m_form->hostCombo()->setCurrentIndex(-1);
    layout->addWidget(m_form);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectHubDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_form->hostCombo(), &QComboBox::activated, this, &ConnectHubDialog::applyHistory);

    retranslateUi();
    if (!m_history.isEmpty()) {
        m_form->hostCombo()->setCurrentIndex(0);
        applyHistory(0);
    }
}

void ConnectHubDialog::retranslateUi()
{
    setWindowTitle(tr("Connect to a Remote Hub"));
    m_intro->setText(
        tr("Connect the console to a hub running on another machine. The connection is "
           "encrypted (TLS); the hub's certificate must be signed by the CA you choose."));
    m_form->setTexts({
        .hostLabel = tr("&Hub address:"),
        .caLabel = tr("&CA certificate:"),
        .userLabel = tr("&User:"),
        .passwordLabel = tr("&Password:"),
        .hostPlaceholder = tr("host:port, e.g. hub.example.com:7443"),
        .caPlaceholder = tr("PEM file, e.g. /etc/edge/ca.pem"),
        .browse = tr("Browse…"),
        .browseTitle = tr("Choose the CA Certificate"),
        .browseFilter = tr("PEM certificates (*.pem *.crt);;All files (*)"),
        .caMissing = tr(
            "Choose the CA certificate (a PEM file) that signed the hub's certificate."),
        .caUnreadable = tr("The CA certificate '%1' does not exist or cannot be read."),
        .userMissing = tr("Enter your user name on that hub."),
        .passwordMissing = tr("Enter your password."),
    });
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void ConnectHubDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ConnectHubDialog::setHostPort(const QString &hostPort)
{
    m_form->setHostPort(hostPort);
    for (int i = 0; i < m_history.size(); ++i)
        if (m_history[i].hostPort == hostPort)
            applyHistory(i);
}

void ConnectHubDialog::setCaFile(const QString &path) { m_form->caEdit()->setText(path); }

void ConnectHubDialog::setUserName(const QString &user) { m_form->userEdit()->setText(user); }

QString ConnectHubDialog::errorText() const { return m_form->errorText(); }

void ConnectHubDialog::applyHistory(int index)
{
    if (index < 0 || index >= m_history.size())
        return;
    const auto &h = m_history.at(index);
    m_form->setHostPort(h.hostPort);
    m_form->caEdit()->setText(h.caFile);
    m_form->userEdit()->setText(h.userName);
    m_form->passwordEdit()->clear();
    m_form->passwordEdit()->setFocus();
}

void ConnectHubDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_form->setBusy(busy, tr("Connecting…"));
}

void ConnectHubDialog::submit()
{
    if (m_busy)
        return;
    const auto values = m_form->validate();
    if (!values)
        return;
    RemoteHubParams params;
    params.hostPort = values->hostPort;
    params.caFile = values->caFile;
    params.userName = values->userName;
    params.password = values->password;

    m_form->showError({}, nullptr);
    setBusy(true);
    HubConnector *connector = &m_connector;
    AsyncTask::run(
        this, [connector, params] { return connector->connectRemote(params); },
        [this, params](api::Result<HubConnection> result) {
            setBusy(false);
            if (!result) {
                const api::Error &e = result.error();
                QWidget *field = nullptr;
                QString message = e.message;
                switch (e.code) {
                case api::Code::Unauthenticated:
                    field = m_form->passwordEdit();
                    message = tr("The user name or password is wrong.");
                    break;
                case api::Code::Crypto: field = m_form->caEdit(); break;
                case api::Code::Unavailable:
                case api::Code::DeadlineExceeded:
                    field = m_form->hostField();
                    message = tr("The hub at %1 did not answer: %2").arg(params.hostPort, e.message);
                    break;
                default:
                    if (e.field == u"caFile")
                        field = m_form->caEdit();
                    else if (e.field == u"hostPort")
                        field = m_form->hostField();
                    break;
                }
                m_form->showError(message, field);
                return;
            }
            m_form->passwordEdit()->clear();
            Q_EMIT remember(params.hostPort, params.caFile, params.userName);
            Q_EMIT connected(*result);
            QDialog::accept();
        });
}

} // namespace edge::widgets
