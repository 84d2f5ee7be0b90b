#include "widgets/dialogs/syncdialog.h"

#include "widgets/common/hubsigninform.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace edge::widgets {

SyncDialog::SyncDialog(api::SyncControl *sync, const api::SyncHubParams &initial, QWidget *parent)
    : QDialog(parent)
    , m_sync(sync)
{
    setObjectName(QStringLiteral("syncDialog"));
    setModal(true);
    setMinimumWidth(520);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_form = new HubSignInForm(HubSignInForm::HostInput::LineEdit,
                               {.host = QStringLiteral("syncHostEdit"),
                                .ca = QStringLiteral("syncCaEdit"),
                                .user = QStringLiteral("syncUserEdit"),
                                .password = QStringLiteral("syncPasswordEdit"),
                                .error = QStringLiteral("syncDialogError")},
                               this);
    m_form->setHostPort(initial.hostPort);
    m_form->caEdit()->setText(initial.caFile);
    m_form->userEdit()->setText(initial.userName);
    layout->addWidget(m_form);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SyncDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_sync)
        connect(m_sync, &api::SyncControl::finished, this,
                [this](bool ok, const QString &message, const api::SyncSummary &summary) {
                    if (!m_busy || summary.kind != api::SyncSummary::Kind::Sync)
                        return;
                    setBusy(false);
                    const bool signedIn = m_sync && m_sync->isSignedIn();
                    if (signedIn)
                        Q_EMIT remember(m_submitted.hostPort, m_submitted.caFile,
                                        m_submitted.userName);
                    if (ok) {
                        QDialog::accept();
                        return;
                    }
                    m_form->showError(message, signedIn ? nullptr : m_form->passwordEdit());
                });

    retranslateUi();
    (initial.hostPort.isEmpty() ? m_form->hostEdit() : m_form->passwordEdit())->setFocus();
}

QLineEdit *SyncDialog::hostEdit() const { return m_form->hostEdit(); }

QLineEdit *SyncDialog::caEdit() const { return m_form->caEdit(); }

QLineEdit *SyncDialog::userEdit() const { return m_form->userEdit(); }

QLineEdit *SyncDialog::passwordEdit() const { return m_form->passwordEdit(); }

void SyncDialog::retranslateUi()
{
    setWindowTitle(tr("Sync with a Hub"));
    m_intro->setText(tr("Send the changes made in this console to a hub and get everyone else's. "
                        "The connection is encrypted (TLS); the hub's certificate must be signed "
                        "by the CA you choose. Your password is used to sign in once and is not "
                        "stored; the console then syncs by itself while it runs."));
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
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign In and Sync"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void SyncDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QString SyncDialog::errorText() const { return m_form->errorText(); }

void SyncDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    m_form->setBusy(busy, tr("Signing in and syncing…"));
}

void SyncDialog::submit()
{
    if (m_busy || !m_sync)
        return;
    const auto values = m_form->validate();
    if (!values)
        return;
    if (m_sync->state() != api::SyncControl::State::Idle)
        return m_form->showError(tr("A sync is running; wait until it has finished."), nullptr);

    api::SyncHubParams params;
    params.hostPort = values->hostPort;
    params.caFile = values->caFile;
    params.userName = values->userName;
    params.password = values->password;
    m_form->showError({}, nullptr);
    m_submitted = params;
    m_submitted.password.clear();
    setBusy(true);
    m_form->passwordEdit()->clear();
    m_sync->startSync(params);
}

} // namespace edge::widgets
