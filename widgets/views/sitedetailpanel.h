#pragma once

#include "backend/api/inventory.h"
#include "backend/api/inventorytypes.h"

#include <QTimer>
#include <QWidget>
#include <memory>
#include <optional>

class QLabel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace edge::widgets {

class RecordListModel;

// Shows the selected site: its details and, in tabs, its cabinets, nodes and devices (listed with
// ListQuery.parentId off the GUI thread, and listed again when the change feed touches them).
class SiteDetailPanel : public QWidget {
    Q_OBJECT
public:
    explicit SiteDetailPanel(QWidget *parent = nullptr);

    void setInventory(std::shared_ptr<api::Inventory> inventory);
    // The site to show (nullopt: none selected). `regionName` is shown beside the kind.
    void setSite(const std::optional<api::Site> &site, const QString &regionName = {});
    void applyChanges(const QList<edge::api::Change> &changes);

    std::optional<api::Site> site() const { return m_site; }
    RecordListModel *cabinets() const { return m_cabinets; }
    RecordListModel *nodes() const { return m_nodes; }
    RecordListModel *devices() const { return m_devices; }
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    void childrenLoaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reloadChildren();
    void updateHeader();
    void updateTabTitles();
    void retranslateUi();
    QTableView *makeTable(RecordListModel *model);
    void fitColumns();

    std::shared_ptr<api::Inventory> m_inventory;
    std::optional<api::Site> m_site;
    QString m_regionName;
    int m_generation = 0;
    bool m_loading = false;
    bool m_loadFailed = false;
    QString m_loadError;
    QTimer m_reloadTimer;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QLabel *m_notes = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    RecordListModel *m_cabinets = nullptr;
    RecordListModel *m_nodes = nullptr;
    RecordListModel *m_devices = nullptr;
    QList<QTableView *> m_views;
};

} // namespace edge::widgets
