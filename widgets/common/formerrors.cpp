#include "widgets/common/formerrors.h"

#include <QApplication>
#include <QColor>
#include <QLabel>
#include <QPalette>
#include <QStyle>
#include <QWidget>

namespace edge::widgets {

void setFieldInvalid(QWidget *field, bool invalid, const QString &message)
{
    if (!field)
        return;
    if (isFieldInvalid(field) == invalid && (!invalid || field->toolTip() == message))
        return;
    field->setProperty("invalid", invalid);
    QPalette pal = QApplication::palette(field);
    if (invalid) {
        const QColor tint(0xfd, 0xe7, 0xe7);
        pal.setColor(QPalette::Base, tint);
        pal.setColor(QPalette::Button, tint);
    }
    field->setPalette(pal);
    field->setToolTip(invalid ? message : QString());
}

bool isFieldInvalid(const QWidget *field) { return field && field->property("invalid").toBool(); }

void showFormError(QLabel *label, const QString &message)
{
    if (!label)
        return;
    label->setText(message);
    label->setVisible(!message.isEmpty());
}

QLabel *createFormErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("errorLabel"));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette pal = label->palette();
    pal.setColor(QPalette::WindowText, QColor(0xb7, 0x1c, 0x1c));
    label->setPalette(pal);
    label->hide();
    return label;
}

} // namespace edge::widgets
