#include "widgets/common/hubsigninform.h"

#include "widgets/common/formerrors.h"
#include "widgets/common/hubconnector.h"

#include <QComboBox>
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

HubSignInForm::HubSignInForm(HostInput hostInput, const ObjectNames &names, QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setHorizontalSpacing(12);
    m_form->setVerticalSpacing(8);
    if (hostInput == HostInput::ComboBox) {
        m_hostCombo = new QComboBox(this);
        m_hostCombo->setEditable(true);
        m_hostCombo->setInsertPolicy(QComboBox::NoInsert);
        m_hostCombo->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        connect(m_hostCombo, &QComboBox::editTextChanged, this,
                [this] { setFieldInvalid(m_hostCombo, false); });
    } else {
        m_hostEdit = new QLineEdit(this);
        connect(m_hostEdit, &QLineEdit::textEdited, this,
                [this] { setFieldInvalid(m_hostEdit, false); });
    }
    hostField()->setObjectName(names.host);
    m_ca = new QLineEdit(this);
    m_ca->setObjectName(names.ca);
    m_browse = new QPushButton(this);
    m_browse->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon, nullptr, this));
    auto *caRow = new QHBoxLayout;
    caRow->setSpacing(6);
    caRow->addWidget(m_ca, 1);
    caRow->addWidget(m_browse);
    m_user = new QLineEdit(this);
    m_user->setObjectName(names.user);
    m_password = new QLineEdit(this);
    m_password->setObjectName(names.password);
    m_password->setEchoMode(QLineEdit::Password);
    m_form->addRow(QStringLiteral("-"), hostField());
    m_form->addRow(QStringLiteral("-"), caRow);
    m_form->addRow(QStringLiteral("-"), m_user);
    m_form->addRow(QStringLiteral("-"), m_password);
    layout->addLayout(m_form);

    m_error = createFormErrorLabel(this);
    m_error->setObjectName(names.error);
    layout->addWidget(m_error);

    connect(m_browse, &QPushButton::clicked, this, &HubSignInForm::browseCa);
    for (QLineEdit *e : {m_ca, m_user, m_password})
        connect(e, &QLineEdit::textEdited, this, [e] { setFieldInvalid(e, false); });
}

void HubSignInForm::setTexts(const Texts &texts)
{
    m_texts = texts;
    const QString labels[] = {texts.hostLabel, texts.caLabel, texts.userLabel, texts.passwordLabel};
    QWidget *const buddies[] = {hostField(), m_ca, m_user, m_password};
    for (int row = 0; row < 4; ++row)
        if (auto *l = qobject_cast<QLabel *>(
                m_form->itemAt(row, QFormLayout::LabelRole)->widget())) {
            l->setText(labels[row]);
            l->setBuddy(buddies[row]);
        }
    hostEdit()->setPlaceholderText(texts.hostPlaceholder);
    m_ca->setPlaceholderText(texts.caPlaceholder);
    m_browse->setText(texts.browse);
}

QLineEdit *HubSignInForm::hostEdit() const
{
    return m_hostCombo ? m_hostCombo->lineEdit() : m_hostEdit;
}

QWidget *HubSignInForm::hostField() const
{
    return m_hostCombo ? static_cast<QWidget *>(m_hostCombo) : static_cast<QWidget *>(m_hostEdit);
}

QString HubSignInForm::hostPort() const
{
    return m_hostCombo ? m_hostCombo->currentText() : m_hostEdit->text();
}

void HubSignInForm::setHostPort(const QString &hostPort)
{
    if (m_hostCombo)
        m_hostCombo->setEditText(hostPort);
    else
        m_hostEdit->setText(hostPort);
}

QList<QWidget *> HubSignInForm::fields() const { return {hostField(), m_ca, m_user, m_password}; }

void HubSignInForm::browseCa()
{
    const QString path = QFileDialog::getOpenFileName(this, m_texts.browseTitle,
                                                      QFileInfo(m_ca->text()).absolutePath(),
                                                      m_texts.browseFilter);
    if (!path.isEmpty())
        m_ca->setText(path);
}

std::optional<HubSignInForm::Values> HubSignInForm::validate()
{
    Values v;
    v.hostPort = hostPort().trimmed();
    v.caFile = m_ca->text().trimmed();
    v.userName = m_user->text().trimmed();
    v.password = m_password->text();
    auto fail = [this](const QString &message, QWidget *field) {
        showError(message, field);
        return std::nullopt;
    };
    if (const QString problem = checkHostPort(v.hostPort); !problem.isEmpty())
        return fail(problem, hostField());
    if (v.caFile.isEmpty())
        return fail(m_texts.caMissing, m_ca);
    const QFileInfo ca(v.caFile);
    if (!ca.isFile() || !ca.isReadable())
        return fail(m_texts.caUnreadable.arg(v.caFile), m_ca);
    if (v.userName.isEmpty())
        return fail(m_texts.userMissing, m_user);
    if (v.password.isEmpty())
        return fail(m_texts.passwordMissing, m_password);
    return v;
}

void HubSignInForm::showError(const QString &message, QWidget *field)
{
    for (QWidget *w : fields())
        setFieldInvalid(w, false);
    if (field) {
        setFieldInvalid(field, true, message);
        field->setFocus();
    }
    showFormError(m_error, message);
}

QString HubSignInForm::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

void HubSignInForm::setBusy(bool busy, const QString &message)
{
    for (QWidget *w : fields())
        w->setEnabled(!busy);
    m_browse->setEnabled(!busy);
    if (busy) {
        window()->setCursor(Qt::BusyCursor);
        showFormError(m_error, message);
    } else {
        window()->unsetCursor();
    }
}

} // namespace edge::widgets
