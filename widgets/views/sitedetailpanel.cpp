#include "widgets/views/sitedetailpanel.h"

#include "widgets/common/asynctask.h"
#include "widgets/dialogs/addnodewizard.h"
#include "widgets/dialogs/batchinstalldialog.h"
#include "widgets/dialogs/bootstraptokendialog.h"
#include "widgets/models/recordlistmodel.h"
#include "widgets/views/nodepage.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
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
    m_tabs->addTab(makeTable(m_cabinets), QString());
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
    m_tabs->addTab(makeTable(m_devices), QString());
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
}

void SiteDetailPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace edge::widgets
