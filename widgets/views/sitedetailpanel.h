#pragma once

#include "backend/api/inventory.h"
#include "backend/api/inventorytypes.h"
#include "widgets/common/hubconnector.h"

#include <QHash>
#include <QTimer>
#include <QWidget>
#include <memory>
#include <optional>

class QLabel;
class QMessageBox;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace edge::widgets {

class AddNodeWizard;
class BatchInstallDialog;
class BootstrapTokenDialog;
class CabinetDialog;
class DeviceDialog;
class NodePage;
class RecordListModel;

// Shows the selected site: its details and, in tabs, its cabinets, nodes and devices (listed with
// ListQuery.parentId off the GUI thread, and listed again when the change feed touches them).
class SiteDetailPanel : public QWidget {
    Q_OBJECT
public:
    explicit SiteDetailPanel(QWidget *parent = nullptr);

    void setInventory(std::shared_ptr<api::Inventory> inventory);
    // The whole connection: also edge node status and enrollment (issue 3).
    void setConnection(const HubConnection &connection);
    // The site to show (nullopt: none selected). `regionName` is shown beside the kind.
    void setSite(const std::optional<api::Site> &site, const QString &regionName = {});
    void applyChanges(const QList<edge::api::Change> &changes);

    std::optional<api::Site> site() const { return m_site; }
    RecordListModel *cabinets() const { return m_cabinets; }
    RecordListModel *nodes() const { return m_nodes; }
    RecordListModel *devices() const { return m_devices; }
    bool isLoading() const { return m_loading; }
    QTableView *nodesView() const { return m_nodesView; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *openNodeButton() const { return m_openNode; }
    QPushButton *createTokenButton() const { return m_createToken; }
    QPushButton *addNodeSshButton() const { return m_addNodeSsh; }
    QPushButton *batchInstallButton() const { return m_batchInstall; }
    QTableView *cabinetsView() const { return m_cabinetsView; }
    QTableView *devicesView() const { return m_devicesView; }
    QPushButton *addCabinetButton() const { return m_addCabinet; }
    QPushButton *editCabinetButton() const { return m_editCabinet; }
    QPushButton *deleteCabinetButton() const { return m_deleteCabinet; }
    QPushButton *addDeviceButton() const { return m_addDevice; }
    QPushButton *editDeviceButton() const { return m_editDevice; }
    QPushButton *deleteDeviceButton() const { return m_deleteDevice; }

    // Opens the node's window (the selected node when `nodeId` is empty); null when none.
    NodePage *openNodePage(const QString &nodeId = {});
    // Opens the bootstrap token dialog for the shown site (non-blocking); null when not allowed.
    BootstrapTokenDialog *openTokenDialog();
    // Opens the "Add Node over SSH" wizard for the shown site (non-blocking); null when not allowed.
    AddNodeWizard *openAddNodeWizard();
    // Opens the "Install from CSV" dialog for the shown site (non-blocking); null when not allowed.
    BatchInstallDialog *openBatchInstallDialog();
    // Cabinets and devices of the shown site (issue 6). Each opens its dialog (non-blocking) and
    // lists the site again once the hub accepted the change; null when not allowed (a Viewer, no
    // site, or nothing selected for Edit/Delete). Delete asks first; the hub refuses to delete a
    // cabinet that still holds nodes or devices, and the panel says so.
    CabinetDialog *openAddCabinetDialog();
    CabinetDialog *openEditCabinetDialog();
    QMessageBox *confirmDeleteCabinet();
    DeviceDialog *openAddDeviceDialog();
    DeviceDialog *openEditDeviceDialog();
    QMessageBox *confirmDeleteDevice();

Q_SIGNALS:
    void childrenLoaded();
    void nodeStatusLoaded();
    // A cabinet or device delete finished (`error` empty when it succeeded).
    void deleteFinished(const QString &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reloadChildren();
    void updateHeader();
    void updateTabTitles();
    void retranslateUi();
    QTableView *makeTable(RecordListModel *model);
    void fitColumns();
    void updateNodeActions();
    void refreshNodeStatus();
    void updateInventoryActions();
    bool mayWrite() const;
    api::Record selectedRecord(QTableView *view, RecordListModel *model) const;
    QList<api::Cabinet> cabinetList() const;
    QMessageBox *confirmDelete(api::EntityKind kind, const api::Record &record);
    QWidget *makeTab(QTableView *view, const QList<QPushButton *> &buttons);

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
    HubConnection m_connection;
    QTimer m_nodeStatusTimer; // asks the hub for the site's node presence
    QTimer m_nodeTickTimer;   // ages "last seen" locally each second
    QHash<QString, api::NodeStatus> m_nodeStatus;
    int m_nodeStatusRequest = 0;
    bool m_nodeStatusLoading = false;
    QTableView *m_nodesView = nullptr;
    QPushButton *m_openNode = nullptr;
    QPushButton *m_createToken = nullptr;
    QPushButton *m_addNodeSsh = nullptr;
    QPushButton *m_batchInstall = nullptr;
    QTableView *m_cabinetsView = nullptr;
    QTableView *m_devicesView = nullptr;
    QPushButton *m_addCabinet = nullptr;
    QPushButton *m_editCabinet = nullptr;
    QPushButton *m_deleteCabinet = nullptr;
    QPushButton *m_addDevice = nullptr;
    QPushButton *m_editDevice = nullptr;
    QPushButton *m_deleteDevice = nullptr;
};

} // namespace edge::widgets
