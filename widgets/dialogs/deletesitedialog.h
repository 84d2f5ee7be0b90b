#pragma once

#include "backend/api/inventory.h"
#include "backend/api/inventorytypes.h"

#include <QDialog>
#include <memory>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace edge::widgets {

// Asks before deleting a site. Counts the site's cabinets, nodes, devices and surveys first; when it has
// any, explains that they go too and offers "delete with its contents" (cascade), which must be
// ticked before Delete is enabled.
class DeleteSiteDialog : public QDialog {
    Q_OBJECT
public:
    DeleteSiteDialog(std::shared_ptr<api::Inventory> inventory, const api::Site &site,
                     QWidget *parent = nullptr);

    bool childrenKnown() const { return m_countsKnown; }
    int childCount() const { return m_cabinets + m_nodes + m_devices + m_surveys; }
    QString errorText() const;

Q_SIGNALS:
    void deleted(const QString &siteId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void countChildren();
    void submit();
    void updateUi();
    void retranslateUi();

    std::shared_ptr<api::Inventory> m_inventory;
    api::Site m_site;
    bool m_countsKnown = false;
    bool m_busy = false;
    int m_cabinets = 0;
    int m_nodes = 0;
    int m_devices = 0;
    int m_surveys = 0;
    QString m_error;

    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_body = nullptr;
    QLabel *m_children = nullptr;
    QCheckBox *m_cascade = nullptr;
    QLabel *m_errorLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace edge::widgets
