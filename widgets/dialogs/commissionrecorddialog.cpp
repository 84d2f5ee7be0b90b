#include "widgets/dialogs/commissionrecorddialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <limits>

namespace edge::widgets {

CommissionRecordDialog::CommissionRecordDialog(Mode mode, const api::TemplateItem &item,
                                               const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_item(item)
    , m_language(language)
{
    setObjectName(QStringLiteral("commissionRecordDialog"));
    setMinimumWidth(460);
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    auto *form = new QFormLayout;
    if (mode == Mode::Measure) {
        m_value = new QDoubleSpinBox(this);
        m_value->setObjectName(QStringLiteral("valueSpin"));
        m_value->setDecimals(2);
        m_value->setRange(-1e9, 1e9);
        m_value->setSuffix(item.unit.isEmpty() ? QString() : QLatin1Char(' ') + item.unit);
        if (item.min && item.max)
            m_value->setValue((*item.min + *item.max) / 2);
        else if (item.min)
            m_value->setValue(*item.min);
        else if (item.max)
            m_value->setValue(*item.max);
        m_valueLabel = new QLabel(this);
        m_valueLabel->setBuddy(m_value);
        form->addRow(m_valueLabel, m_value);
        m_range = new QLabel(this);
        m_range->setObjectName(QStringLiteral("rangeLabel"));
        form->addRow(QString(), m_range);
        m_preview = new QLabel(this);
        m_preview->setObjectName(QStringLiteral("verdictPreview"));
        form->addRow(QString(), m_preview);
        m_result = new QCheckBox(this);
        m_result->setObjectName(QStringLiteral("recordResultCheck"));
        m_result->setChecked(item.min || item.max);
        m_result->setEnabled(item.min || item.max);
        form->addRow(QString(), m_result);
        connect(m_value, &QDoubleSpinBox::valueChanged, this, &CommissionRecordDialog::updateState);
    } else {
        m_text = new QPlainTextEdit(this);
        m_text->setObjectName(QStringLiteral("textEdit"));
        m_text->setTabChangesFocus(true);
        m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 5 + 12);
        m_textLabel = new QLabel(this);
        m_textLabel->setBuddy(m_text);
        form->addRow(m_textLabel, m_text);
        connect(m_text, &QPlainTextEdit::textChanged, this, &CommissionRecordDialog::updateState);
    }
    layout->addLayout(form);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    retranslateUi();
}

QPushButton *CommissionRecordDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString CommissionRecordDialog::text() const
{
    return m_text ? m_text->toPlainText().trimmed() : QString();
}

double CommissionRecordDialog::value() const { return m_value ? m_value->value() : 0.0; }

bool CommissionRecordDialog::recordResult() const { return m_result && m_result->isChecked(); }

QString CommissionRecordDialog::rangeText(const api::TemplateItem &item)
{
    const QLocale locale;
    const QString unit = item.unit.isEmpty() ? QString() : QLatin1Char(' ') + item.unit;
    if (item.min && item.max)
        return QStringLiteral("%1 – %2%3")
            .arg(locale.toString(*item.min), locale.toString(*item.max), unit);
    if (item.min)
        return QStringLiteral("≥ %1%2").arg(locale.toString(*item.min), unit);
    if (item.max)
        return QStringLiteral("≤ %1%2").arg(locale.toString(*item.max), unit);
    return {};
}

bool CommissionRecordDialog::inRange(const api::TemplateItem &item, double value)
{
    return (!item.min || value >= *item.min) && (!item.max || value <= *item.max);
}

void CommissionRecordDialog::updateState()
{
    bool ok = true;
    if (m_mode == Mode::Skip || m_mode == Mode::Note)
        ok = !text().isEmpty();
    if (m_preview) {
        if (m_item.min || m_item.max) {
            const bool pass = inRange(m_item, value());
            m_preview->setText(pass ? tr("In range: the item passes.")
                                    : tr("Out of range: the item fails."));
            QPalette p = m_preview->palette();
            p.setColor(QPalette::WindowText,
                       pass ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xc0, 0x1c, 0x28));
            m_preview->setPalette(p);
        } else {
            m_preview->setText(tr("No pass range: decide with Pass or Fail."));
        }
    }
    okButton()->setEnabled(ok);
}

void CommissionRecordDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CommissionRecordDialog::retranslateUi()
{
    const QString title = m_item.titleIn(m_language);
    switch (m_mode) {
    case Mode::Fail:
        setWindowTitle(tr("Fail: %1").arg(title));
        m_intro->setText(tr("Record that this item failed. Say what is wrong, so it can be fixed "
                            "and checked again."));
        m_textLabel->setText(tr("&Comment:"));
        break;
    case Mode::Skip:
        setWindowTitle(tr("Skip: %1").arg(title));
        m_intro->setText(tr("A skipped item is an open item of the acceptance report. A reason "
                            "is required."));
        m_textLabel->setText(tr("&Reason:"));
        break;
    case Mode::Measure:
        setWindowTitle(tr("Measure: %1").arg(title));
        m_intro->setText(tr("Enter the measured value. It is kept as evidence of the item."));
        m_valueLabel->setText(tr("&Value:"));
        m_range->setText(rangeText(m_item).isEmpty() ? tr("Pass range: none")
                                                     : tr("Pass range: %1").arg(rangeText(m_item)));
        m_result->setText(tr("Record the result from the range"));
        break;
    case Mode::Note:
        setWindowTitle(tr("Note: %1").arg(title));
        m_intro->setText(tr("A note is kept as evidence of the item."));
        m_textLabel->setText(tr("&Note:"));
        break;
    }
    updateState();
}

} // namespace edge::widgets
