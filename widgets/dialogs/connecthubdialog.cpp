#include "widgets/dialogs/connecthubdialog.h"

#include "widgets/common/asynctask.h"
#include "widgets/common/formerrors.h"

#include <QComboBox>
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

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setHorizontalSpacing(12);
    m_form->setVerticalSpacing(8);
    m_host = new QComboBox(this);
    m_host->setObjectName(QStringLiteral("hostCombo"));
    m_host->setEditable(true);
    m_host->setInsertPolicy(QComboBox::NoInsert);
    m_host->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    for (const auto &h : std::as_const(m_history))
        m_host->addItem(h.hostPort);
    m_host->setCurrentIndex(-1);
    m_ca = new QLineEdit(this);
    m_ca->setObjectName(QStringLiteral("caEdit"));
    m_browse = new QPushButton(this);
    m_browse->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon, nullptr, this));
    auto *caRow = new QHBoxLayout;
    caRow->setSpacing(6);
    caRow->addWidget(m_ca, 1);
    caRow->addWidget(m_browse);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_form->addRow(QStringLiteral("-"), m_host);
    m_form->addRow(QStringLiteral("-"), caRow);
    m_form->addRow(QStringLiteral("-"), m_user);
    m_form->addRow(QStringLiteral("-"), m_password);
    layout->addLayout(m_form);

    m_error = createFormErrorLabel(this);
    layout->addWidget(m_error);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ConnectHubDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &ConnectHubDialog::browseCa);
    connect(m_host, &QComboBox::activated, this, &ConnectHubDialog::applyHistory);
    for (QLineEdit *e : {m_ca, m_user, m_password})
        connect(e, &QLineEdit::textEdited, this, [e] { setFieldInvalid(e, false); });
    connect(m_host, &QComboBox::editTextChanged, this, [this] { setFieldInvalid(m_host, false); });

    retranslateUi();
    if (!m_history.isEmpty()) {
        m_host->setCurrentIndex(0);
        applyHistory(0);
    }
}

void ConnectHubDialog::retranslateUi()
{
    setWindowTitle(tr("Connect to a Remote Hub"));
    m_intro->setText(
        tr("Connect the console to a hub running on another machine. The connection is "
           "encrypted (TLS); the hub's certificate must be signed by the CA you choose."));
    auto label = [this](int row, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget()))
            l->setText(text);
    };
    label(0, tr("&Hub address:"));
    label(1, tr("&CA certificate:"));
    label(2, tr("&User:"));
    label(3, tr("&Password:"));
    if (auto *l = qobject_cast<QLabel *>(m_form->itemAt(1, QFormLayout::LabelRole)->widget()))
        l->setBuddy(m_ca);
    m_host->lineEdit()->setPlaceholderText(tr("host:port, e.g. hub.example.com:7443"));
    m_ca->setPlaceholderText(tr("PEM file, e.g. /etc/edge/ca.pem"));
    m_browse->setText(tr("Browse…"));
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
    m_host->setEditText(hostPort);
    for (int i = 0; i < m_history.size(); ++i)
        if (m_history[i].hostPort == hostPort)
            applyHistory(i);
}

void ConnectHubDialog::setCaFile(const QString &path) { m_ca->setText(path); }

void ConnectHubDialog::setUserName(const QString &user) { m_user->setText(user); }

QString ConnectHubDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void ConnectHubDialog::applyHistory(int index)
{
    if (index < 0 || index >= m_history.size())
        return;
    const auto &h = m_history.at(index);
    m_host->setEditText(h.hostPort);
    m_ca->setText(h.caFile);
    m_user->setText(h.userName);
    m_password->clear();
    m_password->setFocus();
}

void ConnectHubDialog::browseCa()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Choose the CA Certificate"),
                                     QFileInfo(m_ca->text()).absolutePath(),
                                     tr("PEM certificates (*.pem *.crt);;All files (*)"));
    if (!path.isEmpty())
        m_ca->setText(path);
}

void ConnectHubDialog::showError(const QString &message, QWidget *field)
{
    for (QWidget *w : {static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_ca),
                       static_cast<QWidget *>(m_user), static_cast<QWidget *>(m_password)})
        setFieldInvalid(w, false);
    if (field) {
        setFieldInvalid(field, true, message);
        field->setFocus();
    }
    showFormError(m_error, message);
}

void ConnectHubDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    for (QWidget *w : {static_cast<QWidget *>(m_host), static_cast<QWidget *>(m_ca),
                       static_cast<QWidget *>(m_browse), static_cast<QWidget *>(m_user),
                       static_cast<QWidget *>(m_password)})
        w->setEnabled(!busy);
    if (busy) {
        setCursor(Qt::BusyCursor);
        showFormError(m_error, tr("Connecting…"));
    } else {
        unsetCursor();
    }
}

void ConnectHubDialog::submit()
{
    if (m_busy)
        return;
    RemoteHubParams params;
    params.hostPort = m_host->currentText().trimmed();
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

    showError({}, nullptr);
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
                    field = m_password;
                    message = tr("The user name or password is wrong. (%1)").arg(e.message);
                    break;
                case api::Code::Crypto: field = m_ca; break;
                case api::Code::Unavailable:
                case api::Code::DeadlineExceeded:
                    field = m_host;
                    message = tr("The hub at %1 did not answer: %2").arg(params.hostPort, e.message);
                    break;
                default:
                    if (e.field == u"caFile")
                        field = m_ca;
                    else if (e.field == u"hostPort")
                        field = m_host;
                    break;
                }
                showError(message, field);
                return;
            }
            m_password->clear();
            Q_EMIT remember(params.hostPort, params.caFile, params.userName);
            Q_EMIT connected(*result);
            QDialog::accept();
        });
}

} // namespace edge::widgets
