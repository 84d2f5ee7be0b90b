#pragma once

#include "backend/api/inventory.h"
#include "backend/api/inventorytypes.h"

#include <QDialog>
#include <QHash>
#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace edge::widgets {

// Adds a cabinet to a site, or edits one: name, size, model, serial, the components it holds (white
// paper 1.1.2) and notes. Checks the form with api::validate(Cabinet) before sending; errors from
// the hub show under the form and mark the field named by Error::field. Closes only when the hub
// accepted the change.
class CabinetDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Add, Edit };

    // `cabinet.siteId` names the site (also for Add).
    CabinetDialog(Mode mode, std::shared_ptr<api::Inventory> inventory, const api::Cabinet &cabinet,
                  QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    // The cabinet the form describes, or the first problem with it (Error::field names the field).
    api::Result<api::Cabinet> cabinetFromForm() const;
    void showError(const api::Error &error);
    QString errorText() const;
    // The form field for a cabinet field name ("name", "height_u", "components", ...), or null.
    QWidget *fieldWidget(const QString &field) const;
    // The check box of a component ("ups", "pdu", ...), or null.
    QCheckBox *componentBox(const QString &component) const
    {
        return m_components.value(component);
    }
    bool isBusy() const { return m_busy; }

    // The name of a cabinet component for people ("air-conditioner" -> "Air conditioner").
    static QString componentLabel(const QString &component);

Q_SIGNALS:
    void saved(const edge::api::Record &record);

protected:
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void clearErrors();
    void setBusy(bool busy);
    void retranslateUi();

    Mode m_mode;
    std::shared_ptr<api::Inventory> m_inventory;
    api::Cabinet m_original;
    bool m_busy = false;

    QLabel *m_intro = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QSpinBox *m_height = nullptr;
    QSpinBox *m_depth = nullptr;
    QSpinBox *m_width = nullptr;
    QLineEdit *m_model = nullptr;
    QLineEdit *m_serial = nullptr;
    QGroupBox *m_componentsBox = nullptr;
    QHash<QString, QCheckBox *> m_components;
    QFormLayout *m_notesForm = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<QString, QWidget *> m_fields;
};

} // namespace edge::widgets
