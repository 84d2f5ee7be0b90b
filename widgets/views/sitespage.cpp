#include "widgets/views/sitespage.h"

#include "widgets/common/asynctask.h"
#include "widgets/common/changefeed.h"
#include "widgets/dialogs/deletesitedialog.h"
#include "widgets/dialogs/sitedialog.h"
#include "widgets/models/sitefilterproxymodel.h"
#include "widgets/models/sitesmodel.h"
#include "widgets/views/sitedetailpanel.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace edge::widgets {

namespace {
QToolButton *makeToolButton(QAction *action, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setAutoRaise(false);
    return b;
}
} // namespace

SitesPage::SitesPage(ChangeFeed *feed, QWidget *parent)
    : QWidget(parent)
    , m_feed(feed)
{
    setObjectName(QStringLiteral("sitesPage"));
    m_model = new SitesModel(this);
    m_proxy = new SiteFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);

    QStyle *st = style();
    m_addAction = new QAction(st->standardIcon(QStyle::SP_FileDialogNewFolder), QString(), this);
    m_addAction->setObjectName(QStringLiteral("addSiteAction"));
    m_addAction->setShortcut(QKeySequence::New);
    m_editAction = new QAction(st->standardIcon(QStyle::SP_FileDialogDetailedView), QString(), this);
    m_editAction->setObjectName(QStringLiteral("editSiteAction"));
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_deleteAction = new QAction(st->standardIcon(QStyle::SP_TrashIcon), QString(), this);
    m_deleteAction->setObjectName(QStringLiteral("deleteSiteAction"));
    m_deleteAction->setShortcut(QKeySequence::Delete);
    // Del deletes only while the table has the focus (never while typing in the search box).
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_findAction = new QAction(st->standardIcon(QStyle::SP_FileDialogContentsView), QString(), this);
    m_findAction->setObjectName(QStringLiteral("findSiteAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    m_refreshAction = new QAction(st->standardIcon(QStyle::SP_BrowserReload), QString(), this);
    m_refreshAction->setObjectName(QStringLiteral("refreshSitesAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(10);

    // Heading row: title, count, actions.
    auto *headRow = new QHBoxLayout;
    headRow->setSpacing(8);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("sitesHeading"));
    QFont hf = m_heading->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.45);
    hf.setBold(true);
    m_heading->setFont(hf);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("sitesCount"));
    m_count->setEnabled(false);
    m_addButton = makeToolButton(m_addAction, this);
    m_addButton->setObjectName(QStringLiteral("addSiteButton"));
    m_editButton = makeToolButton(m_editAction, this);
    m_editButton->setObjectName(QStringLiteral("editSiteButton"));
    m_deleteButton = makeToolButton(m_deleteAction, this);
    m_deleteButton->setObjectName(QStringLiteral("deleteSiteButton"));
    headRow->addWidget(m_heading);
    headRow->addSpacing(8);
    headRow->addWidget(m_count, 0, Qt::AlignBottom);
    headRow->addStretch(1);
    headRow->addWidget(m_addButton);
    headRow->addWidget(m_editButton);
    headRow->addWidget(m_deleteButton);
    layout->addLayout(headRow);

    // Demo banner.
    m_banner = new QFrame(this);
    m_banner->setObjectName(QStringLiteral("demoBanner"));
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    QPalette bp = m_banner->palette();
    bp.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xd6));
    bp.setColor(QPalette::WindowText, QColor(0x4a, 0x3b, 0x00));
    m_banner->setPalette(bp);
    auto *bannerRow = new QHBoxLayout(m_banner);
    bannerRow->setContentsMargins(12, 8, 8, 8);
    bannerRow->setSpacing(10);
    m_bannerIcon = new QLabel(m_banner);
    m_bannerIcon->setPixmap(st->standardIcon(QStyle::SP_MessageBoxInformation).pixmap(24));
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("demoBannerText"));
    m_bannerText->setWordWrap(true);
    m_removeDemo = new QPushButton(m_banner);
    m_removeDemo->setObjectName(QStringLiteral("removeDemoButton"));
    m_removeDemo->setIcon(st->standardIcon(QStyle::SP_TrashIcon));
    bannerRow->addWidget(m_bannerIcon, 0, Qt::AlignTop);
    bannerRow->addWidget(m_bannerText, 1);
    bannerRow->addWidget(m_removeDemo, 0, Qt::AlignVCenter);
    m_banner->hide();
    layout->addWidget(m_banner);

    // Filter row.
    auto *filterRow = new QHBoxLayout;
    filterRow->setSpacing(8);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("siteSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(st->standardIcon(QStyle::SP_FileDialogContentsView),
                        QLineEdit::LeadingPosition);
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("siteKindFilter"));
    m_kindCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    filterRow->addWidget(m_search, 3);
    filterRow->addWidget(m_kindCombo, 0);
    filterRow->addStretch(1);
    layout->addLayout(filterRow);

    // Table and detail panel.
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setChildrenCollapsible(false);
    m_table = new QTableView(m_splitter);
    m_table->setObjectName(QStringLiteral("sitesTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SitesModel::NameColumn, Qt::AscendingOrder);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(SitesModel::AddressColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(48);
    m_table->horizontalHeader()->setResizeContentsPrecision(200);
    m_table->addAction(m_deleteAction);
    m_detail = new SiteDetailPanel(m_splitter);
    m_splitter->addWidget(m_table);
    m_splitter->addWidget(m_detail);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    layout->addWidget(m_splitter, 1);

    // Empty state, drawn over the table's viewport.
    m_emptyState = new QWidget(m_table->viewport());
    m_emptyState->setObjectName(QStringLiteral("sitesEmptyState"));
    auto *emptyLayout = new QVBoxLayout(m_emptyState);
    emptyLayout->setSpacing(8);
    emptyLayout->addStretch(1);
    m_emptyTitle = new QLabel(m_emptyState);
    m_emptyTitle->setObjectName(QStringLiteral("emptyStateTitle"));
    QFont ef = m_emptyTitle->font();
    ef.setPointSizeF(ef.pointSizeF() * 1.25);
    ef.setBold(true);
    m_emptyTitle->setFont(ef);
    m_emptyTitle->setAlignment(Qt::AlignHCenter);
    m_emptyText = new QLabel(m_emptyState);
    m_emptyText->setObjectName(QStringLiteral("emptyStateText"));
    m_emptyText->setAlignment(Qt::AlignHCenter);
    m_emptyText->setWordWrap(true);
    m_emptyButton = new QPushButton(m_emptyState);
    m_emptyButton->setObjectName(QStringLiteral("emptyStateButton"));
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addWidget(m_emptyButton, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);
    m_table->viewport()->installEventFilter(this);

    // Wiring.
    connect(m_addAction, &QAction::triggered, this, [this] { openAddDialog(); });
    connect(m_editAction, &QAction::triggered, this, [this] { openEditDialog(); });
    connect(m_deleteAction, &QAction::triggered, this, [this] { openDeleteDialog(); });
    connect(m_findAction, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    connect(m_refreshAction, &QAction::triggered, this, [this] {
        m_loadFailed = false;
        m_model->reload();
    });
    connect(m_removeDemo, &QPushButton::clicked, this, [this] { openRemoveDemoConfirmation(); });
    connect(m_emptyButton, &QPushButton::clicked, this, [this] {
        if (m_loadFailed)
            m_refreshAction->trigger();
        else if (m_proxy->isFiltering()) {
            m_search->clear();
            m_kindCombo->setCurrentIndex(0);
        } else
            openAddDialog();
    });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &SiteFilterProxyModel::setSearchText);
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setKindFilter(m_kindCombo->currentData().toString()); });
    connect(m_table, &QTableView::doubleClicked, this, [this] { openEditDialog(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &SitesPage::onSelectionChanged);

    connect(m_model, &SitesModel::loadStarted, this, [this] {
        m_loadFailed = false;
        updateEmptyState();
    });
    connect(m_model, &SitesModel::loaded, this, [this](qint64 revision) {
        m_feed->start(revision);
        fitColumnsToContents();
        updateEmptyState();
        updateCount();
        updateBanner();
        onSelectionChanged();
    });
    connect(m_model, &SitesModel::loadFailed, this, [this](const QString &message) {
        m_loadFailed = true;
        m_loadError = message;
        updateEmptyState();
        Q_EMIT statusMessage(tr("Could not load the sites: %1").arg(message));
    });
    connect(m_model, &SitesModel::demoCountChanged, this, &SitesPage::updateBanner);
    connect(m_feed, &ChangeFeed::changes, this, &SitesPage::onChanges);
    // The proxy removes its rows while the source is still about to remove them; the source's
    // own signals come when both agree. Listen to both.
    auto refresh = [this] {
        updateEmptyState();
        updateCount();
    };
    for (QAbstractItemModel *m :
         {static_cast<QAbstractItemModel *>(m_proxy), static_cast<QAbstractItemModel *>(m_model)}) {
        connect(m, &QAbstractItemModel::rowsInserted, this, refresh);
        connect(m, &QAbstractItemModel::rowsRemoved, this, refresh);
        connect(m, &QAbstractItemModel::modelReset, this, refresh);
        connect(m, &QAbstractItemModel::layoutChanged, this, refresh);
    }

    retranslateUi();
    updateActions();
}

SitesPage::~SitesPage() = default;

void SitesPage::setConnection(const HubConnection &connection)
{
    m_connection = connection;
    m_selectAfterInsert.clear();
    m_loadFailed = false;
    m_model->setInventory(connection.inventory);
    m_detail->setConnection(connection);
    m_model->reload();
    updateActions();
    updateBanner();
    updateEmptyState();
    updateCount();
}

QString SitesPage::selectedSiteId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.first().data(SitesModel::IdRole).toString();
}

bool SitesPage::selectSite(const QString &id)
{
    const int sourceRow = m_model->rowOfId(id);
    if (sourceRow < 0)
        return false;
    const QModelIndex idx = m_proxy->mapFromSource(m_model->index(sourceRow, 0));
    if (!idx.isValid())
        return false;
    m_table->selectionModel()->setCurrentIndex(idx, QItemSelectionModel::ClearAndSelect
                                                        | QItemSelectionModel::Rows);
    m_table->scrollTo(idx);
    return true;
}

void SitesPage::onSelectionChanged()
{
    const QString id = selectedSiteId();
    const auto site = id.isEmpty() ? std::nullopt : m_model->siteById(id);
    m_detail->setSite(site, site ? m_model->regionName(site->regionId) : QString());
    updateActions();
}

void SitesPage::onChanges(const QList<api::Change> &changes)
{
    m_model->applyChanges(changes);
    m_detail->applyChanges(changes);
    if (!m_selectAfterInsert.isEmpty() && selectSite(m_selectAfterInsert))
        m_selectAfterInsert.clear();
    // The selected site may have been renamed or moved to another region.
    if (const auto site = m_detail->site())
        if (const auto current = m_model->siteById(site->id))
            m_detail->setSite(current, m_model->regionName(current->regionId));
    updateActions();
}

void SitesPage::updateActions()
{
    const bool connected = m_connection.isValid();
    const bool mayEdit = connected && api::roleAllows(m_connection.role, api::Role::Operator);
    const bool selected = !selectedSiteId().isEmpty();
    m_addAction->setEnabled(mayEdit);
    m_editAction->setEnabled(mayEdit && selected);
    m_deleteAction->setEnabled(mayEdit && selected);
    m_refreshAction->setEnabled(connected);
    m_removeDemo->setEnabled(mayEdit && !m_removingDemo);
    const QString why = connected && !mayEdit ? tr("Your role (%1) may only view sites.")
                                                    .arg(api::roleLabel(m_connection.role))
                                              : QString();
    for (QAction *a : {m_addAction, m_editAction, m_deleteAction})
        a->setStatusTip(why);
}

void SitesPage::updateEmptyState()
{
    QString title;
    QString text;
    QString button;
    if (!m_connection.isValid()) {
        title = tr("Not connected to a hub");
        text = tr("Use Hub ▸ Connect to a Remote Hub, or Hub ▸ Use the Embedded Hub.");
    } else if (m_loadFailed) {
        title = tr("Could not load the sites");
        text = m_loadError;
        button = tr("Try Again");
    } else if (!m_model->isLoaded()) {
        title = tr("Loading sites…");
    } else if (m_proxy->rowCount() > 0) {
        m_emptyState->hide();
        return;
    } else if (m_model->rowCount() > 0) {
        title = tr("No sites match the filter");
        text = m_search->text().isEmpty()
                   ? tr("No site is of the kind chosen.")
                   : tr("No site has \"%1\" in its name, code, address or region.")
                         .arg(m_search->text());
        button = tr("Clear Filter");
    } else {
        title = tr("No sites yet");
        text = tr(
            "A site is a place with edge equipment: a data centre, a telecom room, a roadside "
            "cabinet. Add the first one to start building your inventory.");
        if (m_addAction->isEnabled())
            button = tr("Add Site…");
    }
    m_emptyTitle->setText(title);
    m_emptyText->setText(text);
    m_emptyText->setVisible(!text.isEmpty());
    m_emptyButton->setText(button);
    m_emptyButton->setVisible(!button.isEmpty());
    m_emptyState->setGeometry(m_table->viewport()->rect());
    m_emptyState->show();
    m_emptyState->raise();
}

void SitesPage::updateBanner()
{
    const int demo = m_model->demoCount();
    m_banner->setVisible(demo > 0 && m_connection.isValid());
    m_bannerText->setText(tr("<b>This is demo data.</b> %1 of the sites shown (and their cabinets, "
                             "nodes and devices) were "
                             "created to show how the console works. Remove them when you start "
                             "entering your own estate.")
                              .arg(QLocale().toString(demo)));
    updateActions();
}

void SitesPage::updateCount()
{
    const QLocale locale;
    if (!m_model->isLoaded()) {
        m_count->clear();
        return;
    }
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    m_count->setText(
        shown == total ? tr("%1 in total").arg(locale.toString(total))
                       : tr("%1 of %2 shown").arg(locale.toString(shown), locale.toString(total)));
}

void SitesPage::adjustColumns()
{
    const QFontMetrics fm = m_table->fontMetrics();
    const QFontMetrics hfm = m_table->horizontalHeader()->fontMetrics();
    const int pad = 24;
    auto header = [&](int col) {
        return hfm.horizontalAdvance(m_model->headerData(col, Qt::Horizontal).toString()) + pad
               + 16;
    };
    auto text = [&](const QString &s) { return fm.horizontalAdvance(s) + pad; };
    const int em = fm.horizontalAdvance(QLatin1Char('M'));
    int kindWidth = 0;
    for (api::SiteKind k : api::allSiteKinds())
        kindWidth = std::max(kindWidth, text(api::siteKindLabel(k)));
    const int coord = text(QLocale().toString(-179.12345, 'f', 5));
    const int widths[SitesModel::ColumnCount] = {
        std::max(header(0), em * 15),
        std::max(header(1), text(QStringLiteral("SH-PD-0001"))),
        std::max(header(2), kindWidth),
        std::max(header(3), em * 7),
        0,
        std::max(header(5), coord),
        std::max(header(6), coord),
        std::max(header(7), text(QStringLiteral("000"))),
        std::max(header(8), text(QStringLiteral("000"))),
        std::max(header(9), text(QStringLiteral("000"))),
        std::max(header(10), text(tr("Demo"))),
    };
    for (int c = 0; c < SitesModel::ColumnCount; ++c)
        if (c != SitesModel::AddressColumn)
            m_table->setColumnWidth(c, widths[c]);
}

void SitesPage::fitColumnsToContents()
{
    // Fit the columns to what the first rows hold (the header samples a bounded number of rows,
    // so this stays cheap with 10,000 sites), within limits; the address takes the rest.
    static constexpr int caps[SitesModel::ColumnCount] = {240, 120, 180, 160, 0, 100,
                                                          100, 90,  90,  90,  90};
    QHeaderView *header = m_table->horizontalHeader();
    const QFontMetrics hfm = header->fontMetrics();
    for (int c = 0; c < SitesModel::ColumnCount; ++c) {
        if (c == SitesModel::AddressColumn)
            continue;
        const int sortIndicator = header->sortIndicatorSection() == c ? 16 : 0;
        const int title = hfm.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString())
                          + 22 + sortIndicator;
        const int content = static_cast<QAbstractItemView *>(m_table)->sizeHintForColumn(c) + 8;
        m_table->setColumnWidth(c, std::max(title, std::min(content, caps[c])));
    }
}

void SitesPage::fillKindFilter()
{
    const QString current = m_kindCombo->currentData().toString();
    const QSignalBlocker block(m_kindCombo);
    m_kindCombo->clear();
    m_kindCombo->addItem(tr("All kinds"), QString());
    for (api::SiteKind k : api::allSiteKinds())
        m_kindCombo->addItem(api::siteKindLabel(k), api::siteKindName(k));
    m_kindCombo->setCurrentIndex(std::max(0, m_kindCombo->findData(current)));
}

SiteDialog *SitesPage::openAddDialog()
{
    if (!m_addAction->isEnabled())
        return nullptr;
    api::Site defaults;
    defaults.kind = api::SiteKind::CabinetSite;
    auto *dialog = new SiteDialog(SiteDialog::Mode::Add, m_connection.inventory, m_model->regions(),
                                  defaults, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SiteDialog::saved, this, [this](const api::Record &record) {
        Q_EMIT statusMessage(tr("Added the site \"%1\".").arg(record.name()));
        if (!selectSite(record.id))
            m_selectAfterInsert = record.id; // selected when the change feed brings it
    });
    dialog->open();
    return dialog;
}

SiteDialog *SitesPage::openEditDialog()
{
    if (!m_editAction->isEnabled())
        return nullptr;
    const auto site = m_model->siteById(selectedSiteId());
    if (!site)
        return nullptr;
    auto *dialog = new SiteDialog(SiteDialog::Mode::Edit, m_connection.inventory,
                                  m_model->regions(), *site, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SiteDialog::saved, this, [this](const api::Record &record) {
        Q_EMIT statusMessage(tr("Saved the site \"%1\".").arg(record.name()));
    });
    dialog->open();
    return dialog;
}

DeleteSiteDialog *SitesPage::openDeleteDialog()
{
    if (!m_deleteAction->isEnabled())
        return nullptr;
    const auto site = m_model->siteById(selectedSiteId());
    if (!site)
        return nullptr;
    auto *dialog = new DeleteSiteDialog(m_connection.inventory, *site, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QString name = site->name;
    connect(dialog, &DeleteSiteDialog::deleted, this,
            [this, name] { Q_EMIT statusMessage(tr("Deleted the site \"%1\".").arg(name)); });
    dialog->open();
    return dialog;
}

QMessageBox *SitesPage::openRemoveDemoConfirmation()
{
    if (!m_removeDemo->isEnabled() || !m_connection.isValid())
        return nullptr;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove Demo Data"),
                                tr("Remove the demo data from this hub?"), QMessageBox::NoButton,
                                this);
    box->setObjectName(QStringLiteral("removeDemoConfirm"));
    box->setInformativeText(
        tr("Every region, site, cabinet, node and device marked as demo data is "
           "deleted, for every user of this hub. What you entered yourself stays."));
    QPushButton *remove = box->addButton(tr("Remove Demo Data"), QMessageBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("confirmRemoveDemoButton"));
    box->addButton(QMessageBox::Cancel)->setText(tr("Cancel"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, remove](QAbstractButton *clicked) {
        if (clicked == remove)
            removeDemoData();
    });
    box->open();
    return box;
}

void SitesPage::removeDemoData()
{
    m_removingDemo = true;
    updateActions();
    auto inventory = m_connection.inventory;
    AsyncTask::run(
        this, [inventory] { return inventory->removeDemoData(); },
        [this](api::Result<int> removed) {
            m_removingDemo = false;
            updateActions();
            if (removed) {
                Q_EMIT statusMessage(tr("Removed %1 demo entries.").arg(*removed));
                return;
            }
            auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove Demo Data"),
                                        tr("The demo data was not removed: %1")
                                            .arg(removed.error().message),
                                        QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("removeDemoError"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        });
}

bool SitesPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        m_emptyState->setGeometry(m_table->viewport()->rect());
    return QWidget::eventFilter(watched, event);
}

void SitesPage::retranslateUi()
{
    m_heading->setText(tr("Sites"));
    m_addAction->setText(tr("&Add Site…"));
    m_addAction->setIconText(tr("Add"));
    m_addAction->setToolTip(
        tr("Add a site (%1)").arg(m_addAction->shortcut().toString(QKeySequence::NativeText)));
    m_editAction->setText(tr("&Edit Site…"));
    m_editAction->setIconText(tr("Edit"));
    m_editAction->setToolTip(tr("Edit the selected site (%1)")
                                 .arg(m_editAction->shortcut().toString(QKeySequence::NativeText)));
    m_deleteAction->setText(tr("&Delete Site…"));
    m_deleteAction->setIconText(tr("Delete"));
    m_deleteAction->setToolTip(
        tr("Delete the selected site (%1)")
            .arg(m_deleteAction->shortcut().toString(QKeySequence::NativeText)));
    m_findAction->setText(tr("&Find Sites"));
    m_refreshAction->setText(tr("&Reload Sites"));
    m_search->setPlaceholderText(
        tr("Search by name, code, address or region (%1)")
            .arg(m_findAction->shortcut().toString(QKeySequence::NativeText)));
    m_kindCombo->setToolTip(tr("Show only sites of one kind"));
    m_removeDemo->setText(tr("Remove Demo Data"));
    fillKindFilter();
    m_model->retranslate();
    adjustColumns();
    if (m_model->isLoaded())
        fitColumnsToContents();
    updateBanner();
    updateEmptyState();
    updateCount();
    updateActions();
}

void SitesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace edge::widgets
