#include "widgets/views/sitedetailpanel.h"

#include "widgets/common/asynctask.h"
#include "widgets/dialogs/addnodewizard.h"
#include "widgets/dialogs/batchinstalldialog.h"
#include "widgets/dialogs/bootstraptokendialog.h"
#include "widgets/dialogs/cabinetdialog.h"
#include "widgets/dialogs/devicedialog.h"
#include "widgets/models/recordlistmodel.h"
#include "widgets/views/nodepage.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace edge::widgets {

namespace {
struct Children {
    api::Result<api::ListPage> cabinets;
    api::Result<api::ListPage> nodes;
    api::Result<api::ListPage> devices;
};
} // namespace

SiteDetailPanel::SiteDetailPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("siteDetailPanel"));
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(150);
    connect(&m_reloadTimer, &QTimer::timeout, this, &SiteDetailPanel::reloadChildren);
    m_nodeStatusTimer.setInterval(5000);
    connect(&m_nodeStatusTimer, &QTimer::timeout, this, &SiteDetailPanel::refreshNodeStatus);
    m_nodeTickTimer.setInterval(1000);
    connect(&m_nodeTickTimer, &QTimer::timeout, this, [this] {
        if (m_nodes->hasNodeStatus() && isVisible())
            m_nodes->setNodeStatus(m_nodeStatus, QDateTime::currentMSecsSinceEpoch());
    });

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_stack = new QStackedWidget(this);
    outer->addWidget(m_stack);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("detailEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_stack->addWidget(m_empty);

    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(2, 6, 2, 0);
    layout->setSpacing(4);
    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("detailTitle"));
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_title->setFont(f);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel(page);
    m_subtitle->setObjectName(QStringLiteral("detailSubtitle"));
    m_subtitle->setWordWrap(true);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notes = new QLabel(page);
    m_notes->setWordWrap(true);
    m_notes->setEnabled(false);
    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("detailStatus"));
    m_status->hide();
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addWidget(m_notes);
    layout->addWidget(m_status);

    m_tabs = new QTabWidget(page);
    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->setDocumentMode(true);
    m_cabinets = new RecordListModel(api::EntityKind::Cabinet, this);
    m_nodes = new RecordListModel(api::EntityKind::Node, this);
    m_devices = new RecordListModel(api::EntityKind::Device, this);
    m_cabinetsView = makeTable(m_cabinets);
    m_cabinetsView->setObjectName(QStringLiteral("siteCabinetsView"));
    m_addCabinet = new QPushButton(this);
    m_addCabinet->setObjectName(QStringLiteral("addCabinetButton"));
    m_editCabinet = new QPushButton(this);
    m_editCabinet->setObjectName(QStringLiteral("editCabinetButton"));
    m_deleteCabinet = new QPushButton(this);
    m_deleteCabinet->setObjectName(QStringLiteral("deleteCabinetButton"));
    m_tabs->addTab(makeTab(m_cabinetsView, {m_addCabinet, m_editCabinet, m_deleteCabinet}),
                   QString());
    auto *nodesTab = new QWidget(this);
    auto *nodesLayout = new QVBoxLayout(nodesTab);
    nodesLayout->setContentsMargins(0, 4, 0, 0);
    nodesLayout->setSpacing(4);
    auto *nodeButtons = new QHBoxLayout;
    nodeButtons->setSpacing(6);
    m_openNode = new QPushButton(nodesTab);
    m_openNode->setObjectName(QStringLiteral("openNodeButton"));
    m_createToken = new QPushButton(nodesTab);
    m_createToken->setObjectName(QStringLiteral("createTokenButton"));
    m_addNodeSsh = new QPushButton(nodesTab);
    m_addNodeSsh->setObjectName(QStringLiteral("addNodeSshButton"));
    nodeButtons->addWidget(m_openNode);
    nodeButtons->addWidget(m_createToken);
    nodeButtons->addWidget(m_addNodeSsh);
    m_batchInstall = new QPushButton(nodesTab);
    m_batchInstall->setObjectName(QStringLiteral("batchInstallButton"));
    nodeButtons->addWidget(m_batchInstall);
    nodeButtons->addStretch(1);
    nodesLayout->addLayout(nodeButtons);
    m_nodesView = makeTable(m_nodes);
    m_nodesView->setObjectName(QStringLiteral("siteNodesView"));
    nodesLayout->addWidget(m_nodesView, 1);
    m_tabs->addTab(nodesTab, QString());
    connect(m_openNode, &QPushButton::clicked, this, [this] { openNodePage(); });
    connect(m_createToken, &QPushButton::clicked, this, [this] { openTokenDialog(); });
    connect(m_addNodeSsh, &QPushButton::clicked, this, [this] { openAddNodeWizard(); });
    connect(m_batchInstall, &QPushButton::clicked, this, [this] { openBatchInstallDialog(); });
    connect(m_nodesView, &QTableView::doubleClicked, this, [this] { openNodePage(); });
    connect(m_nodesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SiteDetailPanel::updateNodeActions);
    connect(m_nodes, &QAbstractItemModel::modelReset, this, &SiteDetailPanel::updateNodeActions);
    m_devicesView = makeTable(m_devices);
    m_devicesView->setObjectName(QStringLiteral("siteDevicesView"));
    m_addDevice = new QPushButton(this);
    m_addDevice->setObjectName(QStringLiteral("addDeviceButton"));
    m_editDevice = new QPushButton(this);
    m_editDevice->setObjectName(QStringLiteral("editDeviceButton"));
    m_deleteDevice = new QPushButton(this);
    m_deleteDevice->setObjectName(QStringLiteral("deleteDeviceButton"));
    m_tabs->addTab(makeTab(m_devicesView, {m_addDevice, m_editDevice, m_deleteDevice}), QString());
    connect(m_addCabinet, &QPushButton::clicked, this, [this] { openAddCabinetDialog(); });
    connect(m_editCabinet, &QPushButton::clicked, this, [this] { openEditCabinetDialog(); });
    connect(m_deleteCabinet, &QPushButton::clicked, this, [this] { confirmDeleteCabinet(); });
    connect(m_addDevice, &QPushButton::clicked, this, [this] { openAddDeviceDialog(); });
    connect(m_editDevice, &QPushButton::clicked, this, [this] { openEditDeviceDialog(); });
    connect(m_deleteDevice, &QPushButton::clicked, this, [this] { confirmDeleteDevice(); });
    connect(m_cabinetsView, &QTableView::doubleClicked, this, [this] { openEditCabinetDialog(); });
    connect(m_devicesView, &QTableView::doubleClicked, this, [this] { openEditDeviceDialog(); });
    for (QTableView *view : {m_cabinetsView, m_devicesView})
        connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
                &SiteDetailPanel::updateInventoryActions);
    for (RecordListModel *model : {m_cabinets, m_devices})
        connect(model, &QAbstractItemModel::modelReset, this,
                &SiteDetailPanel::updateInventoryActions);
    layout->addWidget(m_tabs, 1);
    m_stack->addWidget(page);

    retranslateUi();
}

QTableView *SiteDetailPanel::makeTable(RecordListModel *model)
{
    auto *view = new QTableView(this);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    const int em = view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    view->setColumnWidth(0, em * 14);
    view->setColumnWidth(1, em * 12);
    view->setColumnWidth(2, em * 14);
    view->setColumnWidth(3, em * 16);
    m_views.append(view);
    return view;
}

QWidget *SiteDetailPanel::makeTab(QTableView *view, const QList<QPushButton *> &buttons)
{
    auto *tab = new QWidget(this);
    auto *tabLayout = new QVBoxLayout(tab);
    tabLayout->setContentsMargins(0, 4, 0, 0);
    tabLayout->setSpacing(4);
    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    for (QPushButton *b : buttons) {
        b->setParent(tab);
        row->addWidget(b);
    }
    row->addStretch(1);
    tabLayout->addLayout(row);
    tabLayout->addWidget(view, 1);
    return tab;
}

void SiteDetailPanel::fitColumns()
{
    for (QTableView *view : std::as_const(m_views)) {
        const int last = view->model()->columnCount() - 1;
        for (int c = 0; c < last; ++c) {
            const int header = view->horizontalHeader()->sectionSizeHint(c);
            const int content = static_cast<QAbstractItemView *>(view)->sizeHintForColumn(c) + 16;
            view->setColumnWidth(c, std::clamp(std::max(header, content), 60, 320));
        }
    }
}

void SiteDetailPanel::setInventory(std::shared_ptr<api::Inventory> inventory)
{
    m_inventory = std::move(inventory);
    setSite(std::nullopt);
}

void SiteDetailPanel::setConnection(const HubConnection &connection)
{
    m_connection = connection;
    setInventory(connection.inventory);
    updateNodeActions();
}

void SiteDetailPanel::refreshNodeStatus()
{
    if (!m_connection.nodes || !m_site || m_nodeStatusLoading || !isVisible())
        return;
    m_nodeStatusLoading = true;
    const int request = ++m_nodeStatusRequest;
    auto nodes = m_connection.nodes;
    const QString siteId = m_site->id;
    AsyncTask::run(
        this, [nodes, siteId] { return nodes->nodeStatus(siteId); },
        [this, request](api::Result<QList<api::NodeStatus>> result) {
            if (request != m_nodeStatusRequest)
                return;
            m_nodeStatusLoading = false;
            if (!result)
                return; // keeps aging what it knew; the node window says why
            m_nodeStatus.clear();
            for (const api::NodeStatus &s : std::as_const(*result))
                m_nodeStatus.insert(s.nodeId, s);
            m_nodes->setNodeStatus(m_nodeStatus, QDateTime::currentMSecsSinceEpoch());
            Q_EMIT nodeStatusLoaded();
        });
}

void SiteDetailPanel::updateNodeActions()
{
    const bool hasNodes = bool(m_connection.nodes);
    const bool mayEnroll = m_connection.enrollment && m_site
                           && api::roleAllows(m_connection.role, api::Role::Operator);
    m_openNode->setEnabled(hasNodes && m_nodesView->selectionModel()->hasSelection());
    m_createToken->setEnabled(mayEnroll);
    m_addNodeSsh->setEnabled(mayEnroll);
    m_batchInstall->setEnabled(mayEnroll);
    updateInventoryActions();
}

bool SiteDetailPanel::mayWrite() const
{
    return m_inventory && m_site && api::roleAllows(m_connection.role, api::Role::Operator);
}

void SiteDetailPanel::updateInventoryActions()
{
    const bool write = mayWrite();
    const bool cabinet = m_cabinetsView->selectionModel()->hasSelection();
    const bool device = m_devicesView->selectionModel()->hasSelection();
    m_addCabinet->setEnabled(write);
    m_editCabinet->setEnabled(write && cabinet);
    m_deleteCabinet->setEnabled(write && cabinet);
    m_addDevice->setEnabled(write);
    m_editDevice->setEnabled(write && device);
    m_deleteDevice->setEnabled(write && device);
}

api::Record SiteDetailPanel::selectedRecord(QTableView *view, RecordListModel *model) const
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return model->records().value(rows.first().row());
}

QList<api::Cabinet> SiteDetailPanel::cabinetList() const
{
    QList<api::Cabinet> out;
    for (const api::Record &r : m_cabinets->records())
        if (auto c = api::Cabinet::fromRecord(r))
            out.append(*c);
    return out;
}

CabinetDialog *SiteDetailPanel::openAddCabinetDialog()
{
    if (!mayWrite())
        return nullptr;
    api::Cabinet cabinet;
    cabinet.siteId = m_site->id;
    auto *dialog = new CabinetDialog(CabinetDialog::Mode::Add, m_inventory, cabinet, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CabinetDialog::saved, this, &SiteDetailPanel::reloadChildren);
    dialog->open();
    return dialog;
}

CabinetDialog *SiteDetailPanel::openEditCabinetDialog()
{
    if (!mayWrite())
        return nullptr;
    auto cabinet = api::Cabinet::fromRecord(selectedRecord(m_cabinetsView, m_cabinets));
    if (!cabinet || cabinet->id.isEmpty())
        return nullptr;
    auto *dialog = new CabinetDialog(CabinetDialog::Mode::Edit, m_inventory, *cabinet, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CabinetDialog::saved, this, &SiteDetailPanel::reloadChildren);
    dialog->open();
    return dialog;
}

DeviceDialog *SiteDetailPanel::openAddDeviceDialog()
{
    if (!mayWrite())
        return nullptr;
    api::Device device;
    device.siteId = m_site->id;
    // A new device goes into the selected cabinet, if one is selected.
    device.cabinetId = selectedRecord(m_cabinetsView, m_cabinets).id;
    auto *dialog = new DeviceDialog(DeviceDialog::Mode::Add, m_inventory, cabinetList(), device,
                                    this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeviceDialog::saved, this, &SiteDetailPanel::reloadChildren);
    dialog->open();
    return dialog;
}

DeviceDialog *SiteDetailPanel::openEditDeviceDialog()
{
    if (!mayWrite())
        return nullptr;
    auto device = api::Device::fromRecord(selectedRecord(m_devicesView, m_devices));
    if (!device || device->id.isEmpty())
        return nullptr;
    auto *dialog = new DeviceDialog(DeviceDialog::Mode::Edit, m_inventory, cabinetList(), *device,
                                    this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeviceDialog::saved, this, &SiteDetailPanel::reloadChildren);
    dialog->open();
    return dialog;
}

QMessageBox *SiteDetailPanel::confirmDeleteCabinet()
{
    if (!mayWrite())
        return nullptr;
    return confirmDelete(api::EntityKind::Cabinet, selectedRecord(m_cabinetsView, m_cabinets));
}

QMessageBox *SiteDetailPanel::confirmDeleteDevice()
{
    if (!mayWrite())
        return nullptr;
    return confirmDelete(api::EntityKind::Device, selectedRecord(m_devicesView, m_devices));
}

QMessageBox *SiteDetailPanel::confirmDelete(api::EntityKind kind, const api::Record &record)
{
    if (record.id.isEmpty())
        return nullptr;
    const bool cabinet = kind == api::EntityKind::Cabinet;
    auto *box = new QMessageBox(QMessageBox::Warning,
                                cabinet ? tr("Delete Cabinet") : tr("Delete Device"),
                                cabinet ? tr("Delete the cabinet \"%1\"?").arg(record.name())
                                        : tr("Delete the device \"%1\"?").arg(record.name()),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("confirmDeleteBox"));
    box->setInformativeText(
        cabinet ? tr("Other users see it go at once. A cabinet that still holds nodes or devices "
                     "is not deleted: move or delete them first.")
                : tr("Other users see it go at once."));
    QPushButton *remove = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmDeleteButton"));
    box->addButton(QMessageBox::Cancel)->setText(tr("Cancel"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString id = record.id;
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, kind, id](QAbstractButton *b) {
        if (b != remove || !m_inventory)
            return;
        auto inventory = m_inventory;
        AsyncTask::run(
            this, [inventory, kind, id] { return inventory->remove(kind, id, false); },
            [this](api::Result<void> result) {
                if (!result) {
                    auto *failed = new QMessageBox(QMessageBox::Warning, tr("Not Deleted"),
                                                   result.error().message, QMessageBox::Ok, this);
                    failed->setObjectName(QStringLiteral("deleteFailedBox"));
                    failed->setAttribute(Qt::WA_DeleteOnClose);
                    failed->open();
                    Q_EMIT deleteFinished(result.error().message);
                    return;
                }
                reloadChildren();
                Q_EMIT deleteFinished({});
            });
    });
    box->open();
    return box;
}

NodePage *SiteDetailPanel::openNodePage(const QString &nodeId)
{
    if (!m_connection.nodes || !m_site)
        return nullptr;
    QString id = nodeId;
    QString name;
    if (id.isEmpty()) {
        const QModelIndexList rows = m_nodesView->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return nullptr;
        id = m_nodes->records().value(rows.first().row()).id;
    }
    for (const api::Record &r : m_nodes->records())
        if (r.id == id)
            name = r.name();
    if (id.isEmpty())
        return nullptr;
    if (name.isEmpty())
        name = id;
    auto *page = new NodePage(m_connection.nodes, id, name, m_site->id, m_site->name, this);
    page->setWindowFlag(Qt::Window);
    page->setAttribute(Qt::WA_DeleteOnClose);
    page->show();
    return page;
}

BootstrapTokenDialog *SiteDetailPanel::openTokenDialog()
{
    updateNodeActions();
    if (!m_createToken->isEnabled())
        return nullptr;
    auto *dialog = new BootstrapTokenDialog(m_connection.enrollment, m_site->id, m_site->name,
                                            m_connection.agentHubAddress, m_connection.agentCaFile,
                                            this);
    dialog->setOtherHubAddresses(m_connection.agentHubOtherAddresses);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

AddNodeWizard *SiteDetailPanel::openAddNodeWizard()
{
    updateNodeActions();
    if (!m_addNodeSsh->isEnabled())
        return nullptr;
    auto *wizard = new AddNodeWizard(m_connection.enrollment, m_connection.nodes, m_site->id,
                                     m_site->name, m_connection.agentHubAddress,
                                     m_connection.agentCaFile, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->open();
    return wizard;
}

BatchInstallDialog *SiteDetailPanel::openBatchInstallDialog()
{
    updateNodeActions();
    if (!m_batchInstall->isEnabled())
        return nullptr;
    auto *dialog = new BatchInstallDialog(m_connection.enrollment, m_connection.nodes, m_site->id,
                                          m_site->name, m_connection.agentHubAddress,
                                          m_connection.agentCaFile, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void SiteDetailPanel::setSite(const std::optional<api::Site> &site, const QString &regionName)
{
    const bool sameSite = site && m_site && site->id == m_site->id;
    m_site = site;
    m_regionName = regionName;
    updateHeader();
    updateNodeActions();
    if (sameSite)
        return;
    ++m_generation;
    m_cabinets->setRecords({});
    m_nodes->setRecords({});
    m_devices->setRecords({});
    m_loadFailed = false;
    m_reloadTimer.stop();
    ++m_nodeStatusRequest;
    m_nodeStatusLoading = false;
    m_nodeStatus.clear();
    m_nodes->clearNodeStatus();
    if (m_site) {
        reloadChildren();
        refreshNodeStatus();
        m_nodeStatusTimer.start();
        m_nodeTickTimer.start();
    } else {
        m_loading = false;
        m_nodeStatusTimer.stop();
        m_nodeTickTimer.stop();
    }
    updateTabTitles();
}

void SiteDetailPanel::reloadChildren()
{
    if (!m_site || !m_inventory)
        return;
    const int gen = ++m_generation;
    m_loading = true;
    updateTabTitles();
    auto inventory = m_inventory;
    const QString siteId = m_site->id;
    AsyncTask::run(
        this,
        [inventory, siteId] {
            auto list = [&](api::EntityKind kind) {
                api::ListQuery q;
                q.kind = kind;
                q.parentId = siteId;
                return inventory->list(q);
            };
            return std::make_shared<Children>(Children{list(api::EntityKind::Cabinet),
                                                       list(api::EntityKind::Node),
                                                       list(api::EntityKind::Device)});
        },
        [this, gen](std::shared_ptr<Children> c) {
            if (gen != m_generation)
                return;
            m_loading = false;
            m_loadFailed = false;
            for (const auto *r : {&c->cabinets, &c->nodes, &c->devices})
                if (!*r) {
                    m_loadFailed = true;
                    m_loadError = r->error().message;
                }
            if (!m_loadFailed) {
                m_cabinets->setRecords(c->cabinets->records);
                m_nodes->setRecords(c->nodes->records);
                m_devices->setRecords(c->devices->records);
                fitColumns();
            }
            updateTabTitles();
            Q_EMIT childrenLoaded();
        });
}

void SiteDetailPanel::applyChanges(const QList<api::Change> &changes)
{
    if (!m_site)
        return;
    bool reload = false;
    for (const api::Change &c : changes) {
        if (c.kind == api::EntityKind::Site && c.id == m_site->id) {
            if (c.op == api::ChangeOp::Deleted) {
                setSite(std::nullopt);
                return;
            }
            if (auto s = api::Site::fromRecord(c.record)) {
                m_site = *s;
                updateHeader();
            }
            continue;
        }
        RecordListModel *model = c.kind == api::EntityKind::Cabinet  ? m_cabinets
                                 : c.kind == api::EntityKind::Node   ? m_nodes
                                 : c.kind == api::EntityKind::Device ? m_devices
                                                                     : nullptr;
        if (!model)
            continue;
        if (model->containsId(c.id)
            || c.record.fields.value(QStringLiteral("site_id")).toString() == m_site->id)
            reload = true;
    }
    if (reload)
        m_reloadTimer.start();
}

void SiteDetailPanel::updateHeader()
{
    if (!m_site) {
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    const api::Site &s = *m_site;
    m_title->setText(s.code.isEmpty() ? s.name : QStringLiteral("%1  ·  %2").arg(s.name, s.code));
    QStringList parts;
    parts << api::siteKindLabel(s.kind);
    if (!m_regionName.isEmpty())
        parts << tr("Region %1").arg(m_regionName);
    if (!s.address.isEmpty())
        parts << s.address;
    if (s.latitude && s.longitude)
        parts << tr("%1, %2 (WGS84)")
                     .arg(QLocale().toString(*s.latitude, 'f', 5),
                          QLocale().toString(*s.longitude, 'f', 5));
    if (s.demo)
        parts << tr("demo data");
    m_subtitle->setText(parts.join(QStringLiteral("  ·  ")));
    m_notes->setText(s.notes);
    m_notes->setVisible(!s.notes.isEmpty());
}

void SiteDetailPanel::updateTabTitles()
{
    const QLocale locale;
    auto title = [&](const QString &label, const RecordListModel *m) {
        if (m_loading && m->rowCount() == 0)
            return label;
        return QStringLiteral("%1 (%2)").arg(label, locale.toString(m->rowCount()));
    };
    m_tabs->setTabText(0, title(tr("Cabinets"), m_cabinets));
    m_tabs->setTabText(1, title(tr("Nodes"), m_nodes));
    m_tabs->setTabText(2, title(tr("Devices"), m_devices));
    if (m_loadFailed) {
        m_status->setText(tr("Could not load the site's contents: %1").arg(m_loadError));
        m_status->show();
    } else {
        m_status->hide();
    }
}

void SiteDetailPanel::retranslateUi()
{
    m_empty->setText(tr("Select a site to see its cabinets, nodes and devices."));
    updateHeader();
    updateTabTitles();
    m_cabinets->retranslate();
    m_nodes->retranslate();
    m_devices->retranslate();
    m_openNode->setText(tr("&Open Node…"));
    m_openNode->setToolTip(tr("Show the selected node's status, workloads and metrics"));
    m_createToken->setText(tr("Create &Bootstrap Token…"));
    m_createToken->setToolTip(tr("Issue a one-time token an edge agent uses to enroll at this "
                                 "site"));
    m_addNodeSsh->setText(tr("Add Node over &SSH…"));
    m_addNodeSsh->setToolTip(tr("Install the edge agent on a machine over SSH and enroll it"));
    m_batchInstall->setText(tr("Install from &CSV…"));
    m_batchInstall->setToolTip(
        tr("Install the edge agent on every machine of a hosts CSV over SSH and enroll them"));
    m_addCabinet->setText(tr("Add &Cabinet…"));
    m_addCabinet->setToolTip(tr("Add a cabinet to this site"));
    m_editCabinet->setText(tr("&Edit…"));
    m_editCabinet->setToolTip(tr("Change the selected cabinet"));
    m_deleteCabinet->setText(tr("De&lete"));
    m_deleteCabinet->setToolTip(tr("Delete the selected cabinet"));
    m_addDevice->setText(tr("Add De&vice…"));
    m_addDevice->setToolTip(tr("Add a UPS, PDU, air conditioner, switch or sensor with its "
                               "address and protocol settings"));
    m_editDevice->setText(tr("&Edit…"));
    m_editDevice->setToolTip(tr("Change the selected device"));
    m_deleteDevice->setText(tr("De&lete"));
    m_deleteDevice->setToolTip(tr("Delete the selected device"));
}

void SiteDetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace edge::widgets
