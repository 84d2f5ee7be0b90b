#include "widgets/dialogs/syncdialog.h"

#include "widgets/common/formerrors.h"
#include "widgets/common/hubconnector.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
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

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setHorizontalSpacing(12);
    m_form->setVerticalSpacing(8);
    m_host = new QLineEdit(initial.hostPort, this);
    m_host->setObjectName(QStringLiteral("syncHostEdit"));
    m_ca = new QLineEdit(initial.caFile, this);
    m_ca->setObjectName(QStringLiteral("syncCaEdit"));
    m_browse = new QPushButton(this);
    m_browse->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon, nullptr, this));
    auto *caRow = new QHBoxLayout;
    caRow->setSpacing(6);
    caRow->addWidget(m_ca, 1);
    caRow->addWidget(m_browse);
    m_user = new QLineEdit(initial.userName, this);
    m_user->setObjectName(QStringLiteral("syncUserEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("syncPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_form->addRow(QStringLiteral("-"), m_host);
    m_form->addRow(QStringLiteral("-"), caRow);
    m_form->addRow(QStringLiteral("-"), m_user);
    m_form->addRow(QStringLiteral("-"), m_password);
    layout->addLayout(m_form);

    m_error = createFormErrorLabel(this);
    m_error->setObjectName(QStringLiteral("syncDialogError"));
    layout->addWidget(m_error);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SyncDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &SyncDialog::browseCa);
    for (QLineEdit *e : {m_host, m_ca, m_user, m_password})
        connect(e, &QLineEdit::textEdited, this, [e] { setFieldInvalid(e, false); });
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
                    showError(message, signedIn ? nullptr : m_password);
                });

    retranslateUi();
    (initial.hostPort.isEmpty() ? m_host : m_password)->setFocus();
}

void SyncDialog::retranslateUi()
{
    setWindowTitle(tr("Sync with a Hub"));
    m_intro->setText(tr("Send the changes made in this console to a hub and get everyone else's. "
                        "The connection is encrypted (TLS); the hub's certificate must be signed "
                        "by the CA you choose. Your password is used to sign in once and is not "
                        "stored; the console then syncs by itself while it runs."));
    auto label = [this](int row, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget()))
            l->setText(text);
    };
    label(0, tr("&Hub address:"));
    label(1, tr("&CA certificate:"));
    label(2, tr("&User:"));
    label(3, tr("&Password:"));
    if (auto *l = qobject_cast<QLabel *>(m_form->itemAt(0, QFormLayout::LabelRole)->widget()))
        l->setBuddy(m_host);
    if (auto *l = qobject_cast<QLabel *>(m_form->itemAt(1, QFormLayout::LabelRole)->widget()))
        l->setBuddy(m_ca);
    m_host->setPlaceholderText(tr("host:port, e.g. hub.example.com:7443"));
    m_ca->setPlaceholderText(tr("PEM file, e.g. /etc/edge/ca.pem"));
    m_browse->setText(tr("Browse…"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign In and Sync"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void SyncDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QString SyncDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void SyncDialog::browseCa()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose the CA Certificate"),
                                     QFileInfo(m_ca->text()).absolutePath(),
                                     tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!path.isEmpty())
        m_ca->setText(path);
}

void SyncDialog::showError(const QString &message, QWidget *field)
{
    for (QWidget *w : {m_host, m_ca, m_user, m_password})
        setFieldInvalid(w, false);
    if (field) {
        setFieldInvalid(field, true, message);
        field->setFocus();
    }
    showFormError(m_error, message);
}

void SyncDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    for (QWidget *w : {static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_ca),
                       static_cast<QWidget *>(m_browse), static_cast<QWidget *>(m_user),
                       static_cast<QWidget *>(m_password)})
        w->setEnabled(!busy);
    if (busy) {
        setCursor(Qt::BusyCursor);
        showFormError(m_error, tr("Signing in and syncing…"));
    } else {
        unsetCursor();
    }
}

void SyncDialog::submit()
{
    if (m_busy || !m_sync)
        return;
    api::SyncHubParams params;
    params.hostPort = m_host->text().trimmed();
    params.caFile = m_ca->text().trimmed();
    params.userName = m_user->text().trimmed();
    params.password = m_password->text();
    if (const QString problem = checkHostPort(params.hostPort); !problem.isEmpty())
        return showError(problem, m_host);
    if (params.caFile.isEmpty())
        return showError(
            tr("Choose the CA certificate (a PEM file) that signed the hub's certificate."), m_ca);
    const QFileInfo ca(params.caFile);
    if (!ca.isFile() || !ca.isReadable())
        return showError(tr("The CA certificate '%1' does not exist or cannot be read.")
                             .arg(params.caFile),
                         m_ca);
    if (params.userName.isEmpty())
        return showError(tr("Enter your user name on that hub."), m_user);
    if (params.password.isEmpty())
        return showError(tr("Enter your password."), m_password);
    if (m_sync->state() != api::SyncControl::State::Idle)
        return showError(tr("A sync is running; wait until it has finished."), nullptr);

    showError({}, nullptr);
    m_submitted = params;
    m_submitted.password.clear();
    setBusy(true);
    m_password->clear();
    m_sync->startSync(params);
}

} // namespace edge::widgets
