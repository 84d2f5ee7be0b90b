#pragma once

// What the Commissioning page asks before it stores a record (issue 6): a failed result's
// comment, the reason of a skip (required), a measurement (value in the item's unit, its pass
// range shown, the result it gives), or a note. Non-blocking; it stores nothing itself: the page
// reads the values when it is accepted.
#include "backend/api/commissioning.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;

namespace edge::widgets {

class CommissionRecordDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Fail, Skip, Measure, Note };
    CommissionRecordDialog(Mode mode, const api::TemplateItem &item, const QString &language,
                           QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    QString text() const;
    double value() const;
    bool recordResult() const;
    QPlainTextEdit *textEdit() const { return m_text; }
    QDoubleSpinBox *valueSpin() const { return m_value; }
    QCheckBox *resultCheck() const { return m_result; }
    QLabel *verdictPreview() const { return m_preview; }
    QPushButton *okButton() const;

    // The pass range of an item as text ("0 – 600 mm", "≥ 3", "" when none).
    static QString rangeText(const api::TemplateItem &item);
    // Whether `value` lies in the item's range (true when it has none).
    static bool inRange(const api::TemplateItem &item, double value);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();

    Mode m_mode;
    api::TemplateItem m_item;
    QString m_language;
    QLabel *m_intro = nullptr;
    QLabel *m_valueLabel = nullptr;
    QDoubleSpinBox *m_value = nullptr;
    QLabel *m_range = nullptr;
    QLabel *m_preview = nullptr;
    QCheckBox *m_result = nullptr;
    QLabel *m_textLabel = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace edge::widgets
