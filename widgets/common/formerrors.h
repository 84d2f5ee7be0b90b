#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace edge::widgets {

// Marks a form field as wrong (tinted background, property "invalid" = true, the message as its
// tool tip) or clears the mark.
void setFieldInvalid(QWidget *field, bool invalid, const QString &message = {});
bool isFieldInvalid(const QWidget *field);

// A form's error label: word-wrapped, dark red, selectable, hidden until showFormError().
QLabel *createFormErrorLabel(QWidget *parent);

// Shows `message` in a form's error label (hidden when the message is empty).
void showFormError(QLabel *label, const QString &message);

} // namespace edge::widgets
