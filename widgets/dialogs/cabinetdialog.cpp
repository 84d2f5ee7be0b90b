#include "widgets/dialogs/cabinetdialog.h"

#include "widgets/common/formerrors.h"
#include "widgets/common/recordsave.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace edge::widgets {

namespace {

const QString kName = QStringLiteral("name");
const QString kHeight = QStringLiteral("height_u");
const QString kDepth = QStringLiteral("depth_mm");
const QString kWidth = QStringLiteral("width_mm");
const QString kModel = QStringLiteral("model");
const QString kSerial = QStringLiteral("serial");
const QString kComponents = QStringLiteral("components");
const QString kNotes = QStringLiteral("notes");

} // namespace

QString CabinetDialog::componentLabel(const QString &c)
{
    if (c == QLatin1String("server"))
        return tr("Server");
    if (c == QLatin1String("switch"))
        return tr("Switch");
    if (c == QLatin1String("pdu"))
        return tr("PDU");
    if (c == QLatin1String("ups"))
        return tr("UPS");
    if (c == QLatin1String("battery"))
        return tr("Battery");
    if (c == QLatin1String("air-conditioner"))
        return tr("Air conditioner");
    if (c == QLatin1String("emergency-fan"))
        return tr("Emergency fan");
    if (c == QLatin1String("monitoring-display"))
        return tr("Monitoring display");
    if (c == QLatin1String("env-gateway"))
        return tr("Environment gateway");
    if (c == QLatin1String("smoke-sensor"))
        return tr("Smoke sensor");
    if (c == QLatin1String("temp-humidity-sensor"))
        return tr("Temperature/humidity sensor");
    if (c == QLatin1String("water-sensor"))
        return tr("Water sensor");
    if (c == QLatin1String("lighting"))
        return tr("Lighting");
    if (c == QLatin1String("door-sensor"))
        return tr("Door sensor");
    return c;
}

CabinetDialog::CabinetDialog(Mode mode, std::shared_ptr<api::Inventory> inventory,
                             const api::Cabinet &cabinet, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_inventory(std::move(inventory))
    , m_original(cabinet)
{
    setObjectName(mode == Mode::Add ? QStringLiteral("addCabinetDialog")
                                    : QStringLiteral("editCabinetDialog"));
    setModal(true);
    setMinimumWidth(520);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setHorizontalSpacing(12);
    m_form->setVerticalSpacing(8);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(64);
    auto spin = [this](const char *objectName, int lo, int hi) {
        auto *s = new QSpinBox(this);
        s->setObjectName(QLatin1String(objectName));
        s->setRange(lo, hi);
        s->setAccelerated(true);
        return s;
    };
    // The ranges api::validate(Cabinet) accepts.
    m_height = spin("heightSpin", 1, 60);
    m_depth = spin("depthSpin", 300, 1500);
    m_depth->setSingleStep(50);
    m_width = spin("widthSpin", 300, 1200);
    m_width->setSingleStep(50);
    m_model = new QLineEdit(this);
    m_model->setObjectName(QStringLiteral("modelEdit"));
    m_model->setMaxLength(100);
    m_serial = new QLineEdit(this);
    m_serial->setObjectName(QStringLiteral("serialEdit"));
    m_serial->setMaxLength(100);

    m_componentsBox = new QGroupBox(this);
    m_componentsBox->setObjectName(QStringLiteral("componentsBox"));
    auto *grid = new QGridLayout(m_componentsBox);
    grid->setHorizontalSpacing(16);
    const QStringList names = api::cabinetComponentNames();
    const int rows = int((names.size() + 2) / 3);
    for (int i = 0; i < names.size(); ++i) {
        auto *box = new QCheckBox(m_componentsBox);
        box->setObjectName(QStringLiteral("component-") + names.at(i));
        box->setChecked(cabinet.components.contains(names.at(i)));
        connect(box, &QCheckBox::toggled, this, [this] { setFieldInvalid(m_componentsBox, false); });
        grid->addWidget(box, i % rows, i / rows);
        m_components.insert(names.at(i), box);
    }

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);

    m_form->addRow(QStringLiteral("-"), m_name);
    m_form->addRow(QStringLiteral("-"), m_height);
    m_form->addRow(QStringLiteral("-"), m_depth);
    m_form->addRow(QStringLiteral("-"), m_width);
    m_form->addRow(QStringLiteral("-"), m_model);
    m_form->addRow(QStringLiteral("-"), m_serial);
    layout->addLayout(m_form);
    layout->addWidget(m_componentsBox);
    m_notesForm = new QFormLayout;
    m_notesForm->setHorizontalSpacing(12);
    m_notesForm->addRow(QStringLiteral("-"), m_notes);
    layout->addLayout(m_notesForm);

    m_error = createFormErrorLabel(this);
    layout->addWidget(m_error);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CabinetDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_fields = {{kName, m_name},
                {kHeight, m_height},
                {kDepth, m_depth},
                {kWidth, m_width},
                {kModel, m_model},
                {kSerial, m_serial},
                {kComponents, m_componentsBox},
                {kNotes, m_notes}};
    for (QLineEdit *e : {m_name, m_model, m_serial})
        connect(e, &QLineEdit::textEdited, this, [e] { setFieldInvalid(e, false); });
    for (QSpinBox *s : {m_height, m_depth, m_width})
        connect(s, &QSpinBox::valueChanged, this, [s] { setFieldInvalid(s, false); });
    connect(m_notes, &QPlainTextEdit::textChanged, this,
            [this] { setFieldInvalid(m_notes, false); });

    retranslateUi();

    m_name->setText(cabinet.name);
    m_height->setValue(cabinet.heightU);
    m_depth->setValue(cabinet.depthMm);
    m_width->setValue(cabinet.widthMm);
    m_model->setText(cabinet.model);
    m_serial->setText(cabinet.serial);
    m_notes->setPlainText(cabinet.notes);
    m_name->setFocus();
}

void CabinetDialog::retranslateUi()
{
    if (m_mode == Mode::Add) {
        setWindowTitle(tr("Add Cabinet"));
        m_intro->setText(tr("Describe the cabinet as it stands on site. Only the name is "
                            "required; tick the components it holds."));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Cabinet"));
    } else {
        setWindowTitle(tr("Edit Cabinet"));
        m_intro->setText(tr("Change the details of \"%1\". Other users see the changes at once.")
                             .arg(m_original.name));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    }
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto label = [](QFormLayout *form, QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(form->labelForField(field)))
            l->setText(text);
    };
    label(m_form, m_name, tr("&Name:"));
    label(m_form, m_height, tr("&Height:"));
    label(m_form, m_depth, tr("&Depth:"));
    label(m_form, m_width, tr("&Width:"));
    label(m_form, m_model, tr("&Model:"));
    label(m_form, m_serial, tr("&Serial number:"));
    label(m_notesForm, m_notes, tr("N&otes:"));
    m_height->setSuffix(tr(" U"));
    m_depth->setSuffix(tr(" mm"));
    m_width->setSuffix(tr(" mm"));
    m_name->setPlaceholderText(tr("For example: Cabinet A"));
    m_model->setPlaceholderText(tr("Manufacturer and model, optional"));
    m_serial->setPlaceholderText(tr("From the cabinet's label, optional"));
    m_notes->setPlaceholderText(tr("Position in the room, keys, anything useful on site"));
    m_componentsBox->setTitle(tr("Components in the cabinet"));
    for (auto it = m_components.cbegin(); it != m_components.cend(); ++it)
        it.value()->setText(componentLabel(it.key()));
}

void CabinetDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QWidget *CabinetDialog::fieldWidget(const QString &field) const { return m_fields.value(field); }

QString CabinetDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

api::Result<api::Cabinet> CabinetDialog::cabinetFromForm() const
{
    api::Cabinet c = m_original;
    c.name = m_name->text().trimmed();
    c.heightU = m_height->value();
    c.depthMm = m_depth->value();
    c.widthMm = m_width->value();
    c.model = m_model->text().trimmed();
    c.serial = m_serial->text().trimmed();
    // Components in the order of the white paper; unknown ones the cabinet had are kept.
    QStringList components;
    for (const QString &name : api::cabinetComponentNames())
        if (m_components.value(name)->isChecked())
            components << name;
    for (const QString &name : std::as_const(m_original.components))
        if (!m_components.contains(name))
            components << name;
    c.components = components;
    c.notes = m_notes->toPlainText().trimmed();
    if (auto valid = api::validate(c); !valid)
        return std::unexpected(valid.error());
    return c;
}

void CabinetDialog::clearErrors()
{
    for (QWidget *w : std::as_const(m_fields))
        setFieldInvalid(w, false);
    showFormError(m_error, {});
}

void CabinetDialog::showError(const api::Error &error)
{
    clearErrors();
    const QString message = saveErrorText(
        error,
        tr("Someone else changed this cabinet after you opened it. Close this dialog "
           "and open it again to see their changes."),
        tr("You may not change cabinets: your role only allows viewing. (%1)").arg(error.message));
    showSaveError(m_error, fieldWidget(error.field), message);
}

void CabinetDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    for (QWidget *w : std::as_const(m_fields))
        w->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void CabinetDialog::submit()
{
    if (m_busy)
        return;
    auto cabinet = cabinetFromForm();
    if (!cabinet) {
        showError(cabinet.error());
        return;
    }
    clearErrors();
    const bool sent = saveRecord(this, m_inventory, cabinet->toRecord(),
                                 m_mode == Mode::Edit ? std::optional(m_original.toRecord())
                                                      : std::nullopt,
                                 [this](api::Result<api::Record> result) {
                                     setBusy(false);
                                     if (!result) {
                                         showError(result.error());
                                         return;
                                     }
                                     Q_EMIT saved(*result);
                                     QDialog::accept();
                                 });
    if (sent)
        setBusy(true);
    else
        QDialog::accept(); // an edit that changed nothing
}

} // namespace edge::widgets
