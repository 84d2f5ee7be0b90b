#pragma once

#include "backend/api/inventory.h"
#include "backend/api/inventorytypes.h"

#include <QDialog>
#include <QHash>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace edge::widgets {

// Adds a site, or edits one. Checks the form with api::validate(Site) before sending; errors from
// the hub (duplicate name, conflict, permission) show under the form and mark the field named by
// Error::field. The dialog closes only when the hub accepted the change.
class SiteDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Add, Edit };

    SiteDialog(Mode mode, std::shared_ptr<api::Inventory> inventory,
               const QList<api::Region> &regions, const api::Site &site = {},
               QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    // The site the form describes, or the first problem with it (Error::field names the field).
    api::Result<api::Site> siteFromForm() const;
    // Shows an error under the form and marks its field (public for tests and callers).
    void showError(const api::Error &error);
    QString errorText() const;
    // The form field for a site field name ("name", "latitude", "region_id", ...), or null.
    QWidget *fieldWidget(const QString &field) const;
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void saved(const edge::api::Record &record);

protected:
    void changeEvent(QEvent *event) override;

private:
    void submit();
    void clearErrors();
    void setBusy(bool busy);
    void retranslateUi();
    void fillCombos();

    Mode m_mode;
    std::shared_ptr<api::Inventory> m_inventory;
    QList<api::Region> m_regions;
    api::Site m_original;
    bool m_busy = false;

    QLabel *m_intro = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_code = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_region = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_latitude = nullptr;
    QLineEdit *m_longitude = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<QString, QWidget *> m_fields;
};

} // namespace edge::widgets
