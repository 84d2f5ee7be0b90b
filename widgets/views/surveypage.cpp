#include "widgets/views/surveypage.h"

#include "backend/acoustics/noisefile.h"
#include "backend/geo/hazardfile.h"
#include "backend/reports/photo.h"
#include "backend/survey/profiles.h"
#include "backend/survey/readingscsv.h"
#include "backend/survey/thermalchecks.h"
#include "widgets/charts/hazardplot.h"
#include "widgets/charts/readingschart.h"
#include "widgets/common/asynctask.h"
#include "widgets/common/changefeed.h"
#include "widgets/dialogs/noisemeasuredialog.h"
#include "widgets/dialogs/sensorpolldialog.h"
#include "widgets/dialogs/sitefactsdialog.h"
#include "widgets/dialogs/surveydialog.h"
#include "widgets/dialogs/surveyreportdialog.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <atomic>
#include <type_traits>

namespace edge::widgets {

namespace {

QToolButton *makeToolButton(QAction *action, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setDefaultAction(action);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    return b;
}

QTableWidget *makeTable(QWidget *parent, const QString &objectName)
{
    auto *t = new QTableWidget(parent);
    t->setObjectName(objectName);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setAlternatingRowColors(true);
    t->setShowGrid(false);
    t->setWordWrap(false);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setHighlightSections(false);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

QColor resultColor(api::CheckResult r)
{
    switch (r) {
    case api::CheckResult::Pass: return QColor(0x1b, 0x7f, 0x3b);
    case api::CheckResult::Warn: return QColor(0xa0, 0x60, 0x00);
    case api::CheckResult::Fail: return QColor(0xc0, 0x1c, 0x28);
    case api::CheckResult::NotMeasured: break;
    }
    return QColor(0x60, 0x60, 0x60);
}

QString resultLabel(api::CheckResult r)
{
    switch (r) {
    case api::CheckResult::Pass: return SurveyPage::tr("Pass");
    case api::CheckResult::Warn: return SurveyPage::tr("Warn");
    case api::CheckResult::Fail: return SurveyPage::tr("Fail");
    case api::CheckResult::NotMeasured: break;
    }
    return SurveyPage::tr("Not measured");
}

QIcon resultIcon(const QStyle *style, api::CheckResult r)
{
    switch (r) {
    case api::CheckResult::Pass: return style->standardIcon(QStyle::SP_DialogApplyButton);
    case api::CheckResult::Warn: return style->standardIcon(QStyle::SP_MessageBoxWarning);
    case api::CheckResult::Fail: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case api::CheckResult::NotMeasured: break;
    }
    return style->standardIcon(QStyle::SP_MessageBoxQuestion);
}

QTableWidgetItem *cell(const QString &text) { return new QTableWidgetItem(text); }

QTableWidgetItem *resultCell(const QStyle *style, api::CheckResult r)
{
    auto *c = new QTableWidgetItem(resultIcon(style, r), resultLabel(r));
    c->setForeground(resultColor(r));
    QFont f = c->font();
    f.setBold(r == api::CheckResult::Fail);
    c->setFont(f);
    c->setData(Qt::UserRole, api::checkResultName(r));
    return c;
}

QString number(std::optional<double> v, int decimals = 1)
{
    return v ? QLocale().toString(*v, 'f', decimals) : QStringLiteral("–");
}

QString timeText(qint64 ms)
{
    if (ms <= 0)
        return QStringLiteral("–");
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QString kindLabel(api::SurveyItemKind k)
{
    switch (k) {
    case api::SurveyItemKind::Readings: return SurveyPage::tr("Readings");
    case api::SurveyItemKind::Noise: return SurveyPage::tr("Noise");
    case api::SurveyItemKind::Hazards: return SurveyPage::tr("Hazards");
    case api::SurveyItemKind::Facts: return SurveyPage::tr("Site facts");
    case api::SurveyItemKind::Photo: return SurveyPage::tr("Photo");
    case api::SurveyItemKind::Note: return SurveyPage::tr("Note");
    case api::SurveyItemKind::Calibration: return SurveyPage::tr("Calibration");
    }
    return {};
}

struct ListResult {
    QList<api::Site> sites;
    QList<api::Survey> surveys;
    QHash<QString, api::CheckResult> verdicts;
};

struct CurrentResult {
    survey::SurveyData data;
    survey::SurveyEvaluation eval;
};

constexpr int kMaxVerdicts = 200; // surveys whose verdict the list computes

} // namespace

SurveyPage::SurveyPage(ChangeFeed *feed, QWidget *parent)
    : QWidget(parent)
    , m_feed(feed)
{
    setObjectName(QStringLiteral("surveyPage"));
    auto action = [this](QStyle::StandardPixmap icon, const char *name) {
        auto *a = new QAction(style()->standardIcon(icon), QString(), this);
        a->setObjectName(QLatin1String(name));
        return a;
    };
    m_newAction = action(QStyle::SP_FileDialogNewFolder, "newSurveyAction");
    m_editAction = action(QStyle::SP_FileDialogDetailedView, "editSurveyAction");
    m_finishAction = action(QStyle::SP_DialogApplyButton, "finishSurveyAction");
    m_deleteAction = action(QStyle::SP_TrashIcon, "deleteSurveyAction");
    m_readingsAction = action(QStyle::SP_FileIcon, "importReadingsAction");
    m_pollAction = action(QStyle::SP_DriveNetIcon, "pollSensorAction");
    m_noiseAction = action(QStyle::SP_MediaVolume, "importNoiseAction");
    m_measureAction = action(QStyle::SP_MediaPlay, "measureNoiseAction");
    m_hazardsAction = action(QStyle::SP_FileDialogContentsView, "importHazardsAction");
    m_factsAction = action(QStyle::SP_FileDialogInfoView, "siteFactsAction");
    m_photoAction = action(QStyle::SP_DirIcon, "addPhotoAction");
    m_noteAction = action(QStyle::SP_FileDialogListView, "addNoteAction");
    m_enterReadingAction = action(QStyle::SP_FileDialogDetailedView, "enterReadingAction");
    m_enterHazardAction = action(QStyle::SP_MessageBoxWarning, "enterHazardAction");
    m_reportAction = action(QStyle::SP_DialogSaveButton, "surveyReportAction");
    m_deleteItemAction = action(QStyle::SP_TrashIcon, "deleteSurveyItemAction");

    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(200);
    connect(m_reloadTimer, &QTimer::timeout, this, [this] {
        reloadSurveys();
        reloadCurrent();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(10);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("surveyHeading"));
    QFont hf = m_heading->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.45);
    hf.setBold(true);
    m_heading->setFont(hf);
    layout->addWidget(m_heading);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    // Left: site chooser, surveys, their actions.
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_siteCombo = new QComboBox(left);
    m_siteCombo->setObjectName(QStringLiteral("surveySiteChooser"));
    leftLayout->addWidget(m_siteCombo);
    m_list = new QTreeWidget(left);
    m_list->setObjectName(QStringLiteral("surveyList"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(4);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    leftLayout->addWidget(m_list, 1);
    auto *leftButtons = new QHBoxLayout;
    m_newButton = makeToolButton(m_newAction, left);
    m_editButton = makeToolButton(m_editAction, left);
    m_finishButton = makeToolButton(m_finishAction, left);
    m_deleteButton = makeToolButton(m_deleteAction, left);
    for (QToolButton *b : {m_newButton, m_editButton, m_finishButton, m_deleteButton})
        leftButtons->addWidget(b);
    leftButtons->addStretch(1);
    leftLayout->addLayout(leftButtons);

    // Right: the selected survey.
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_empty = new QLabel(right);
    m_empty->setObjectName(QStringLiteral("surveyEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    rightLayout->addWidget(m_empty, 1);
    m_detail = new QWidget(right);
    auto *detailLayout = new QVBoxLayout(m_detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_header = new QLabel(m_detail);
    m_header->setObjectName(QStringLiteral("surveyHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailLayout->addWidget(m_header);
    // A tool bar: what does not fit goes behind its extension button (») instead of scrolling.
    auto *bar = new QToolBar(m_detail);
    bar->setObjectName(QStringLiteral("surveyActionBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(16, 16));
    bar->setFloatable(false);
    bar->setMovable(false);
    for (QAction *a : {m_reportAction, m_readingsAction, m_enterReadingAction, m_pollAction,
                       m_noiseAction, m_measureAction, m_enterHazardAction, m_hazardsAction,
                       m_factsAction, m_photoAction, m_noteAction}) {
        bar->addAction(a);
        if (auto *b = qobject_cast<QToolButton *>(bar->widgetForAction(a)))
            m_actionButtons.append(b);
        if (a == m_reportAction)
            bar->addSeparator();
    }
    detailLayout->addWidget(bar);
    m_finalNotice = new QLabel(m_detail);
    m_finalNotice->setObjectName(QStringLiteral("surveyFinalNotice"));
    m_finalNotice->setWordWrap(true);
    m_finalNotice->hide();
    detailLayout->addWidget(m_finalNotice);

    m_tabs = new QTabWidget(m_detail);
    m_tabs->setObjectName(QStringLiteral("surveyTabs"));
    detailLayout->addWidget(m_tabs, 1);

    auto *checksTab = new QWidget(m_tabs);
    auto *checksLayout = new QVBoxLayout(checksTab);
    m_verdict = new QLabel(checksTab);
    m_verdict->setObjectName(QStringLiteral("surveyVerdict"));
    QFont vf = m_verdict->font();
    vf.setBold(true);
    m_verdict->setFont(vf);
    checksLayout->addWidget(m_verdict);
    m_checks = makeTable(checksTab, QStringLiteral("surveyChecksTable"));
    m_checks->setColumnCount(5);
    m_checks->horizontalHeader()->moveSection(4, 1); // the result next to the check it belongs to
    checksLayout->addWidget(m_checks, 1);
    m_problems = new QLabel(checksTab);
    m_problems->setObjectName(QStringLiteral("surveyProblems"));
    m_problems->setWordWrap(true);
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);
    checksLayout->addWidget(m_problems);
    m_tabs->addTab(checksTab, QString());

    auto *tempTab = new QWidget(m_tabs);
    auto *tempLayout = new QVBoxLayout(tempTab);
    m_chart = new ReadingsChart(tempTab);
    tempLayout->addWidget(m_chart, 1);
    m_thermal = new QLabel(tempTab);
    m_thermal->setObjectName(QStringLiteral("surveyThermalSummary"));
    m_thermal->setWordWrap(true);
    m_thermal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    tempLayout->addWidget(m_thermal);
    m_tabs->addTab(tempTab, QString());

    m_noise = makeTable(m_tabs, QStringLiteral("surveyNoiseTable"));
    m_noise->setColumnCount(13);
    m_tabs->addTab(m_noise, QString());

    auto *distSplit = new QSplitter(Qt::Horizontal, m_tabs);
    m_distances = makeTable(distSplit, QStringLiteral("surveyDistancesTable"));
    m_distances->setColumnCount(5);
    m_plot = new HazardPlot(distSplit);
    m_plot->setObjectName(QStringLiteral("surveyHazardPlot"));
    distSplit->addWidget(m_distances);
    distSplit->addWidget(m_plot);
    distSplit->setStretchFactor(0, 3);
    distSplit->setStretchFactor(1, 2);
    m_tabs->addTab(distSplit, QString());

    auto *itemsTab = new QWidget(m_tabs);
    auto *itemsLayout = new QVBoxLayout(itemsTab);
    m_items = makeTable(itemsTab, QStringLiteral("surveyItemsTable"));
    m_items->setColumnCount(5);
    m_items->setWordWrap(true);
    m_items->setIconSize(QSize(64, 64));
    itemsLayout->addWidget(m_items, 1);
    auto *itemButtons = new QHBoxLayout;
    itemButtons->addStretch(1);
    itemButtons->addWidget(makeToolButton(m_deleteItemAction, itemsTab));
    itemsLayout->addLayout(itemButtons);
    m_tabs->addTab(itemsTab, QString());

    rightLayout->addWidget(m_detail, 1);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({280, 1000});

    connect(m_siteCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_siteFilter = m_siteCombo->currentData().toString();
        reloadSurveys();
    });
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &SurveyPage::onSelectionChanged);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] { openEditDialog(); });
    connect(m_newAction, &QAction::triggered, this, [this] { openNewDialog(); });
    connect(m_editAction, &QAction::triggered, this, [this] { openEditDialog(); });
    connect(m_finishAction, &QAction::triggered, this, [this] { openFinishConfirmation(); });
    connect(m_deleteAction, &QAction::triggered, this, [this] { openDeleteConfirmation(); });
    connect(m_readingsAction, &QAction::triggered, this, &SurveyPage::runImportReadingsDialog);
    connect(m_noiseAction, &QAction::triggered, this, &SurveyPage::runImportNoiseDialog);
    connect(m_hazardsAction, &QAction::triggered, this, &SurveyPage::runImportHazardsDialog);
    connect(m_photoAction, &QAction::triggered, this, &SurveyPage::runAddPhotoDialog);
    connect(m_noteAction, &QAction::triggered, this, &SurveyPage::runAddNoteDialog);
    connect(m_enterReadingAction, &QAction::triggered, this, &SurveyPage::runEnterReadingDialog);
    connect(m_enterHazardAction, &QAction::triggered, this, &SurveyPage::runEnterHazardDialog);
    auto openItemDialog = [this](auto *dialog) {
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &std::remove_pointer_t<decltype(dialog)>::itemAdded, this,
                [this](const api::SurveyItem &item) {
                    Q_EMIT itemAdded(item);
                    reloadCurrent();
                    reloadSurveys();
                });
        dialog->open();
    };
    connect(m_pollAction, &QAction::triggered, this, [this, openItemDialog] {
        if (m_data)
            openItemDialog(new SensorPollDialog(m_connection.inventory, m_data->survey, this));
    });
    connect(m_measureAction, &QAction::triggered, this, [this, openItemDialog] {
        if (m_data)
            openItemDialog(new NoiseMeasureDialog(m_connection.inventory, m_data->survey, this));
    });
    connect(m_factsAction, &QAction::triggered, this, [this, openItemDialog] {
        if (m_data)
            openItemDialog(new SiteFactsDialog(m_connection.inventory, m_data->survey, this));
    });
    connect(m_reportAction, &QAction::triggered, this, [this] {
        if (!m_data)
            return;
        auto *dialog = new SurveyReportDialog(m_connection.inventory, m_data->survey, this);
        dialog->setAttachments(m_connection.attachments);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &SurveyReportDialog::reportWritten, this, [this](const QString &path) {
            Q_EMIT statusMessage(tr("Wrote the survey report %1.").arg(path));
        });
        dialog->open();
    });
    connect(m_deleteItemAction, &QAction::triggered, this, [this] {
        const auto rows = m_items->selectionModel()->selectedRows();
        if (rows.isEmpty())
            return;
        const QString id = m_items->item(rows.first().row(), 0)->data(Qt::UserRole).toString();
        const QString name = m_items->item(rows.first().row(), 1)->text();
        if (QMessageBox::question(this, tr("Delete Item"), tr("Delete the item \"%1\"?").arg(name))
            == QMessageBox::Yes)
            deleteItem(id);
    });
    connect(m_items, &QTableWidget::itemSelectionChanged, this, &SurveyPage::updateActions);
    connect(m_feed, &ChangeFeed::changes, this, &SurveyPage::onChanges);

    retranslateUi();
    showSurvey();
}

SurveyPage::~SurveyPage() = default;

QList<QAction *> SurveyPage::itemActions() const
{
    return {m_readingsAction, m_enterReadingAction, m_pollAction,  m_noiseAction, m_measureAction,
            m_hazardsAction,  m_enterHazardAction,  m_factsAction, m_photoAction, m_noteAction};
}

void SurveyPage::setConnection(const HubConnection &connection)
{
    m_connection = connection;
    m_data.reset();
    m_eval.reset();
    m_surveys.clear();
    m_sites.clear();
    m_verdicts.clear();
    ++m_currentGeneration;
    reloadSurveys();
    showSurvey();
}

bool SurveyPage::isIdle() const
{
    if (m_pending > 0 || m_busy || m_reloadTimer->isActive())
        return false;
    const QString id = selectedSurveyId();
    return id.isEmpty() || (m_data && m_data->survey.id == id);
}

QString SurveyPage::siteName(const QString &siteId) const
{
    for (const api::Site &s : m_sites)
        if (s.id == siteId)
            return s.name;
    return siteId;
}

void SurveyPage::setSiteFilter(const QString &siteId)
{
    const int i = m_siteCombo->findData(siteId);
    if (i >= 0)
        m_siteCombo->setCurrentIndex(i);
    m_siteFilter = siteId;
    reloadSurveys();
}

void SurveyPage::reloadSites() { reloadSurveys(); }

void SurveyPage::reloadSurveys()
{
    if (!m_connection.isValid())
        return;
    auto inventory = m_connection.inventory;
    const QString siteId = m_siteFilter;
    const int generation = ++m_surveysGeneration;
    ++m_pending;
    AsyncTask::run(
        this,
        [inventory, siteId]() -> api::Result<ListResult> {
            ListResult out;
            api::ListQuery sq;
            sq.kind = api::EntityKind::Site;
            auto sites = inventory->list(sq);
            if (!sites)
                return std::unexpected(sites.error());
            for (const api::Record &r : sites->records)
                if (auto s = api::Site::fromRecord(r))
                    out.sites.append(*s);
            std::sort(out.sites.begin(), out.sites.end(),
                      [](const api::Site &a, const api::Site &b) {
                          return QString::localeAwareCompare(a.name, b.name) < 0;
                      });
            api::ListQuery q;
            q.kind = api::EntityKind::Survey;
            q.parentId = siteId;
            auto surveys = inventory->list(q);
            if (!surveys)
                return std::unexpected(surveys.error());
            for (const api::Record &r : surveys->records)
                if (auto s = api::Survey::fromRecord(r))
                    out.surveys.append(*s);
            std::sort(out.surveys.begin(), out.surveys.end(),
                      [](const api::Survey &a, const api::Survey &b) {
                          return a.startedAtMs != b.startedAtMs ? a.startedAtMs > b.startedAtMs
                                                                : a.name < b.name;
                      });
            for (int i = 0; i < std::min<qsizetype>(out.surveys.size(), kMaxVerdicts); ++i)
                if (auto loaded = survey::loadSurvey(*inventory, out.surveys[i].id))
                    out.verdicts.insert(out.surveys[i].id, loaded->evaluate().summary.verdict);
            return out;
        },
        [this, generation](api::Result<ListResult> result) {
            --m_pending;
            if (generation != m_surveysGeneration)
                return;
            if (!result) {
                fail(tr("Could not load the surveys: %1").arg(result.error().message));
                return;
            }
            m_sites = result->sites;
            m_surveys = result->surveys;
            m_verdicts = result->verdicts;
            {
                const QSignalBlocker block(m_siteCombo);
                m_siteCombo->clear();
                m_siteCombo->addItem(tr("All sites"), QString());
                for (const api::Site &s : std::as_const(m_sites))
                    m_siteCombo->addItem(s.name, s.id);
                m_siteCombo->setCurrentIndex(std::max(0, m_siteCombo->findData(m_siteFilter)));
            }
            QString keep = m_selectAfterLoad.isEmpty() ? selectedSurveyId() : m_selectAfterLoad;
            {
                const QSignalBlocker block(m_list);
                m_list->clear();
                for (const api::Survey &s : std::as_const(m_surveys)) {
                    auto *item = new QTreeWidgetItem(m_list);
                    item->setText(0, s.name);
                    item->setText(1, siteName(s.siteId));
                    item->setText(2,
                                  s.status == api::SurveyStatus::Final ? tr("Final") : tr("Draft"));
                    if (m_verdicts.contains(s.id)) {
                        const api::CheckResult v = m_verdicts.value(s.id);
                        item->setText(3, resultLabel(v));
                        item->setForeground(3, resultColor(v));
                        item->setIcon(3, resultIcon(style(), v));
                        item->setData(3, Qt::UserRole, api::checkResultName(v));
                    }
                    item->setData(0, Qt::UserRole, s.id);
                    if (s.id == keep)
                        item->setSelected(true);
                }
            }
            for (int c = 0; c < 4; ++c)
                m_list->resizeColumnToContents(c);
            if (!m_selectAfterLoad.isEmpty() && selectedSurveyId() == m_selectAfterLoad)
                m_selectAfterLoad.clear();
            if (selectedSurveyId().isEmpty() && m_list->topLevelItemCount() > 0 && keep.isEmpty())
                m_list->topLevelItem(0)->setSelected(true);
            onSelectionChanged();
        });
}

QString SurveyPage::selectedSurveyId() const
{
    const auto items = m_list->selectedItems();
    return items.isEmpty() ? QString() : items.first()->data(0, Qt::UserRole).toString();
}

bool SurveyPage::selectSurvey(const QString &id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toString() == id) {
            m_list->setCurrentItem(item);
            item->setSelected(true);
            return true;
        }
    }
    m_selectAfterLoad = id;
    return false;
}

void SurveyPage::onSelectionChanged()
{
    const QString id = selectedSurveyId();
    if (id.isEmpty()) {
        ++m_currentGeneration;
        m_data.reset();
        m_eval.reset();
        showSurvey();
        return;
    }
    if (m_data && m_data->survey.id != id) {
        m_data.reset();
        m_eval.reset();
        showSurvey();
    }
    reloadCurrent();
}

void SurveyPage::reloadCurrent()
{
    const QString id = selectedSurveyId();
    if (id.isEmpty() || !m_connection.isValid())
        return;
    auto inventory = m_connection.inventory;
    const int generation = ++m_currentGeneration;
    ++m_pending;
    AsyncTask::run(
        this,
        [inventory, id]() -> api::Result<CurrentResult> {
            auto loaded = survey::loadSurvey(*inventory, id);
            if (!loaded)
                return std::unexpected(loaded.error());
            CurrentResult out{*loaded, loaded->evaluate()};
            return out;
        },
        [this, generation](api::Result<CurrentResult> result) {
            --m_pending;
            if (generation != m_currentGeneration)
                return;
            if (!result) {
                if (result.error().code != api::Code::NotFound)
                    fail(tr("Could not load the survey: %1").arg(result.error().message));
                m_data.reset();
                m_eval.reset();
                showSurvey();
                return;
            }
            m_data = result->data;
            m_eval = result->eval;
            showSurvey();
            Q_EMIT surveyLoaded();
        });
}

void SurveyPage::onChanges(const QList<api::Change> &changes)
{
    for (const api::Change &c : changes) {
        if (c.kind == api::EntityKind::Survey || c.kind == api::EntityKind::SurveyItem
            || c.kind == api::EntityKind::Site) {
            m_reloadTimer->start();
            return;
        }
    }
}

void SurveyPage::showSurvey()
{
    const bool has = m_data.has_value() && m_eval.has_value();
    m_detail->setVisible(has);
    m_empty->setVisible(!has);
    if (!m_connection.isValid())
        m_empty->setText(tr("Not connected to a hub."));
    else if (m_list->topLevelItemCount() == 0)
        m_empty->setText(tr("No surveys yet. A survey records a site's temperature, noise, "
                            "distances to hazards and facts, and checks them against the "
                            "standards. Start one with New Survey."));
    else if (selectedSurveyId().isEmpty())
        m_empty->setText(tr("Choose a survey on the left."));
    else
        m_empty->setText(tr("Loading the survey…"));
    updateActions();
    if (!has)
        return;
    const api::Survey &s = m_data->survey;
    const QString siteText = m_data->site ? m_data->site->name : siteName(s.siteId);
    const auto position = survey::surveyPosition(s, m_data->sitePosition());
    QString profileTitle = s.thermalProfile.isEmpty() ? QStringLiteral("ashrae-2021-recommended")
                                                      : s.thermalProfile;
    if (auto set = survey::findSet(survey::shippedLimitSets(), profileTitle))
        profileTitle = set->title.isEmpty() ? set->id : set->title;
    const QString notSet = tr("not set");
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> — %2").arg(s.name.toHtmlEscaped(), siteText.toHtmlEscaped());
    lines << tr("Author: %1 · Started: %2 · Finished: %3 · Status: %4")
                 .arg(s.author.isEmpty() ? notSet : s.author.toHtmlEscaped(),
                      timeText(s.startedAtMs), timeText(s.finishedAtMs),
                      s.status == api::SurveyStatus::Final ? tr("final") : tr("draft"));
    lines << tr("Class: %1 · Noise zone: %2 · Thermal profile: %3 · Warn margin: %4")
                 .arg(s.siteClass.isEmpty() ? notSet : s.siteClass,
                      s.noiseZone.isEmpty() ? notSet : s.noiseZone, profileTitle.toHtmlEscaped(),
                      s.warnMargin ? QLocale().toString(*s.warnMargin) : tr("default"));
    lines << tr("Position: %1")
                 .arg(position
                          ? QStringLiteral("%1, %2").arg(QLocale().toString(position->lat, 'f', 5),
                                                         QLocale().toString(position->lon, 'f', 5))
                          : tr("none (distances cannot be checked)"));
    m_header->setText(lines.join(QStringLiteral("<br>")));
    fillChecks();
    fillTemperature();
    fillNoise();
    fillDistances();
    fillItems();
}

void SurveyPage::fillChecks()
{
    const auto &checks = m_eval->checks;
    m_checks->setRowCount(int(checks.size()));
    const QLocale locale;
    for (int row = 0; row < checks.size(); ++row) {
        const api::Check &c = checks[row];
        auto *subject = cell(c.subject.isEmpty() ? c.id : c.subject);
        subject->setToolTip(c.rule.isEmpty() ? c.note
                                             : QString(c.rule + QLatin1Char('\n') + c.note));
        subject->setData(Qt::UserRole, c.id);
        m_checks->setItem(row, 0, subject);
        m_checks->setItem(row, 1,
                          cell(c.value
                                   ? QStringLiteral("%1 %2").arg(locale.toString(*c.value, 'f', 1),
                                                                 c.limit.unit)
                                   : QStringLiteral("–")));
        m_checks->setItem(row, 2, cell(c.limit.text()));
        QString standard = c.source.standard;
        if (!c.source.clause.isEmpty())
            standard += QLatin1Char(' ') + c.source.clause;
        auto *stdCell = cell(standard);
        if (!c.source.verified()) {
            stdCell->setText(tr("%1 (unverified)").arg(standard));
            stdCell->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            stdCell->setData(Qt::UserRole, QStringLiteral("unverified"));
            stdCell->setToolTip(tr("Unverified limit: confidence %1. %2")
                                    .arg(api::confidenceName(c.source.confidence), c.note));
        }
        m_checks->setItem(row, 3, stdCell);
        m_checks->setItem(row, 4, resultCell(style(), c.result));
    }
    m_checks->resizeColumnsToContents();
    m_checks->setColumnWidth(0, std::min(m_checks->columnWidth(0), 300));
    m_checks->setColumnWidth(3, std::min(m_checks->columnWidth(3), 240));
    const api::CheckSummary &sum = m_eval->summary;
    m_verdict->setText(tr("Verdict: %1 — %2 pass, %3 warn, %4 fail, %5 not measured")
                           .arg(resultLabel(sum.verdict))
                           .arg(sum.pass)
                           .arg(sum.warn)
                           .arg(sum.fail)
                           .arg(sum.notMeasured));
    QPalette p = m_verdict->palette();
    p.setColor(QPalette::WindowText, resultColor(sum.verdict));
    m_verdict->setPalette(p);
    m_verdict->setProperty("verdict", api::checkResultName(sum.verdict));
    if (m_eval->problems.isEmpty()) {
        m_problems->hide();
    } else {
        QStringList lines;
        for (const QString &problem : m_eval->problems)
            lines << QStringLiteral("• ") + problem.toHtmlEscaped();
        m_problems->setText(tr("<b>Problems:</b>") + QStringLiteral("<br>")
                            + lines.join(QStringLiteral("<br>")));
        m_problems->show();
    }
}

void SurveyPage::fillTemperature()
{
    QList<survey::Reading> readings;
    for (const api::SurveyItem &item : m_data->itemsOfKind(api::SurveyItemKind::Readings))
        if (auto r = survey::readingsFromPayload(item.payload))
            readings += *r;
    m_chart->setReadings(readings);
    const QString profileId = m_data->survey.thermalProfile.isEmpty()
                                  ? QStringLiteral("ashrae-2021-recommended")
                                  : m_data->survey.thermalProfile;
    if (auto set = survey::findSet(survey::shippedLimitSets(), profileId))
        m_chart->setEnvelope(survey::envelopeFor(*set));
    else
        m_chart->setEnvelope(std::nullopt);
    if (!m_eval->thermal) {
        m_thermal->setText(tr("No readings yet: import a CSV file or poll a sensor."));
        return;
    }
    const survey::ThermalSummary &t = *m_eval->thermal;
    QStringList lines;
    lines << tr("%1 readings from %2 source(s), %3 to %4")
                 .arg(t.count)
                 .arg(t.sourceCount)
                 .arg(timeText(t.firstMs), timeText(t.lastMs));
    lines << tr("Temperature: min %1 °C, max %2 °C, mean %3 °C")
                 .arg(number(t.minC), number(t.maxC), number(t.meanC));
    lines << tr("Dew point: %1 to %2 °C · Relative humidity: %3 to %4 %RH")
                 .arg(number(t.dewPointMinC), number(t.dewPointMaxC), number(t.rhMin),
                      number(t.rhMax));
    lines << tr("Largest change: %1 °C within an hour, %2 °C within 15 minutes")
                 .arg(number(t.maxChangePerHour), number(t.maxChange15Min));
    m_thermal->setText(lines.join(QLatin1Char('\n')));
}

void SurveyPage::fillNoise()
{
    const auto items = m_data->itemsOfKind(api::SurveyItemKind::Noise);
    m_noise->setRowCount(0);
    for (const api::SurveyItem &item : items) {
        auto noise = survey::noiseFromPayload(item.payload);
        const int row = m_noise->rowCount();
        m_noise->insertRow(row);
        m_noise->setItem(row, 0, cell(item.name));
        if (!noise) {
            m_noise->setItem(row, 1, cell(noise.error().message));
            continue;
        }
        const acoustics::NoiseLevels &l = noise->levels;
        const std::optional<double> values[] = {l.laeq,   l.lceq, l.lzeq, l.lafMax,
                                                l.lafMin, l.la10, l.la90, l.lcpeak};
        for (int i = 0; i < 8; ++i)
            m_noise->setItem(row, 1 + i, cell(number(values[i])));
        m_noise->setItem(row, 9, cell(l.unit()));
        m_noise->setItem(row, 10,
                         cell(noise->period == acoustics::Period::Night ? tr("Night") : tr("Day")));
        m_noise->setItem(row, 11,
                         cell(l.calibrated && l.calibrationOffsetDb
                                  ? tr("calibrated (%1 dB offset)")
                                        .arg(QLocale().toString(*l.calibrationOffsetDb, 'f', 1))
                                  : tr("not calibrated (dBFS)")));
        QStringList conditions;
        if (noise->nearSensitiveBuilding)
            conditions << tr("near a sensitive building");
        if (noise->machineRoom)
            conditions << tr("machine room");
        if (!noise->file.isEmpty())
            conditions << noise->file;
        m_noise->setItem(row, 12, cell(conditions.join(QStringLiteral(", "))));
    }
    m_noise->resizeColumnsToContents();
}

void SurveyPage::fillDistances()
{
    const auto &hazards = m_eval->hazards;
    m_distances->setRowCount(int(hazards.size()));
    for (int row = 0; row < hazards.size(); ++row) {
        const geo::HazardCheck &h = hazards[row];
        m_distances->setItem(row, 0, cell(h.hazard.name));
        m_distances->setItem(row, 1, cell(geo::hazardKindName(h.hazard.kind)));
        auto *dist = cell(QStringLiteral("%1 m").arg(QLocale().toString(h.nearest.meters, 'f', 0)));
        dist->setData(Qt::UserRole, h.nearest.meters);
        m_distances->setItem(row, 2, dist);
        QString rule = h.rule ? h.check.limit.text() : tr("no rule");
        if (h.rule)
            rule += QLatin1Char(' ') + (h.rule->shall ? tr("(shall)") : tr("(should)"));
        auto *ruleCell = cell(rule);
        ruleCell->setToolTip(h.check.source.standard + QLatin1Char(' ') + h.check.source.clause);
        m_distances->setItem(row, 3, ruleCell);
        m_distances->setItem(row, 4, resultCell(style(), h.check.result));
    }
    m_distances->resizeColumnsToContents();
    m_distances->setColumnWidth(0, std::min(m_distances->columnWidth(0), 220));
    const auto position = survey::surveyPosition(m_data->survey, m_data->sitePosition());
    if (position && !hazards.isEmpty())
        m_plot->setPlot(geo::sitePlot(*position, hazards));
    else
        m_plot->setPlot(std::nullopt);
}

void SurveyPage::fillItems()
{
    const auto &items = m_data->items;
    m_items->setRowCount(int(items.size()));
    for (int row = 0; row < items.size(); ++row) {
        const api::SurveyItem &item = items[row];
        auto *kind = cell(kindLabel(item.kind));
        kind->setData(Qt::UserRole, item.id);
        m_items->setItem(row, 0, kind);
        m_items->setItem(row, 1, cell(item.name));
        m_items->setItem(row, 2, cell(item.author));
        m_items->setItem(row, 3, cell(timeText(item.takenAtMs)));
        QString detail;
        auto *detailCell = cell(QString());
        if (item.kind == api::SurveyItemKind::Note) {
            if (auto text = survey::noteFromPayload(item.payload))
                detail = *text;
        } else if (item.kind == api::SurveyItemKind::Photo) {
            if (auto photo = survey::photoFromPayload(item.payload)) {
                QPixmap pm;
                const QByteArray &small = photo->thumbnail.isEmpty() ? photo->jpeg
                                                                     : photo->thumbnail;
                if (pm.loadFromData(small, "JPG"))
                    detailCell->setIcon(
                        QIcon(pm.scaled(64, 64, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
                detail = photo->caption.isEmpty() ? photo->file : photo->caption;
            }
        } else if (item.kind == api::SurveyItemKind::Readings) {
            if (auto r = survey::readingsFromPayload(item.payload))
                detail = tr("%1 readings").arg(r->size());
        } else if (item.kind == api::SurveyItemKind::Hazards) {
            if (auto h = survey::hazardsFromPayload(item.payload))
                detail = tr("%1 hazards").arg(h->size());
        }
        detailCell->setText(detail);
        detailCell->setToolTip(detail);
        m_items->setItem(row, 4, detailCell);
    }
    m_items->resizeColumnsToContents();
    m_items->resizeRowsToContents();
}

void SurveyPage::updateActions()
{
    const bool connected = m_connection.isValid();
    const bool mayEdit = connected && api::roleAllows(m_connection.role, api::Role::Operator);
    const bool selected = m_data.has_value();
    const bool isFinal = selected && m_data->survey.status == api::SurveyStatus::Final;
    m_newAction->setEnabled(mayEdit && !m_busy);
    m_editAction->setEnabled(mayEdit && selected && !isFinal && !m_busy);
    m_finishAction->setEnabled(mayEdit && selected && !isFinal && !m_busy);
    m_deleteAction->setEnabled(mayEdit && selected && !m_busy);
    QString why;
    if (connected && !mayEdit)
        why = tr("Your role (%1) may only view surveys.").arg(api::roleLabel(m_connection.role));
    else if (isFinal)
        why = tr("This survey is final: nothing can be added to it.");
    for (QAction *a : itemActions()) {
        a->setEnabled(mayEdit && selected && !isFinal && !m_busy);
        a->setStatusTip(why);
        a->setToolTip(why.isEmpty() ? a->text().remove(QLatin1Char('&')) : why);
    }
    m_reportAction->setEnabled(selected);
    m_deleteItemAction->setEnabled(mayEdit && selected && !isFinal && !m_busy
                                   && !m_items->selectionModel()->selectedRows().isEmpty());
    m_deleteItemAction->setToolTip(isFinal ? tr("Items of a final survey cannot be deleted.")
                                           : tr("Delete the chosen item"));
    m_finalNotice->setVisible(isFinal);
    m_finalNotice->setText(
        tr("This survey is final (finished %1): it is read-only. Start a new survey to measure "
           "again.")
            .arg(selected ? timeText(m_data->survey.finishedAtMs) : QString()));
}

void SurveyPage::fail(const QString &message)
{
    m_lastError = message;
    Q_EMIT actionFailed(message);
    Q_EMIT statusMessage(message);
}

SurveyDialog *SurveyPage::openNewDialog()
{
    if (!m_newAction->isEnabled())
        return nullptr;
    api::Survey defaults;
    defaults.siteId = m_siteFilter.isEmpty() && m_data ? m_data->survey.siteId : m_siteFilter;
    defaults.author = m_connection.userName;
    auto *dialog = new SurveyDialog(SurveyDialog::Mode::Add, m_connection.inventory, m_sites,
                                    defaults, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SurveyDialog::saved, this, [this](const api::Survey &s) {
        Q_EMIT statusMessage(tr("Started the survey \"%1\".").arg(s.name));
        m_selectAfterLoad = s.id;
        if (!m_siteFilter.isEmpty() && m_siteFilter != s.siteId)
            setSiteFilter(QString());
        else
            reloadSurveys();
    });
    dialog->open();
    return dialog;
}

SurveyDialog *SurveyPage::openEditDialog()
{
    if (!m_editAction->isEnabled() || !m_data)
        return nullptr;
    auto *dialog = new SurveyDialog(SurveyDialog::Mode::Edit, m_connection.inventory, m_sites,
                                    m_data->survey, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SurveyDialog::saved, this, [this](const api::Survey &s) {
        Q_EMIT statusMessage(tr("Saved the survey \"%1\".").arg(s.name));
        reloadSurveys();
    });
    dialog->open();
    return dialog;
}

QMessageBox *SurveyPage::openFinishConfirmation()
{
    if (!m_finishAction->isEnabled() || !m_data)
        return nullptr;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Finish Survey"),
                                tr("Finish the survey \"%1\"?").arg(m_data->survey.name),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("finishSurveyConfirm"));
    box->setInformativeText(tr("A final survey is read-only: no readings, measurements, hazards, "
                               "photos or notes can be added to it afterwards."));
    QPushButton *finish = box->addButton(tr("Finish Survey"), QMessageBox::AcceptRole);
    finish->setObjectName(QStringLiteral("confirmFinishButton"));
    box->addButton(QMessageBox::Cancel)->setText(tr("Cancel"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, finish](QAbstractButton *clicked) {
        if (clicked == finish)
            finishSurvey();
    });
    box->open();
    return box;
}

QMessageBox *SurveyPage::openDeleteConfirmation()
{
    if (!m_deleteAction->isEnabled() || !m_data)
        return nullptr;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Delete Survey"),
                                tr("Delete the survey \"%1\"?").arg(m_data->survey.name),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("deleteSurveyConfirm"));
    box->setInformativeText(tr("The survey and its %n item(s) are deleted for every user of this "
                               "hub.",
                               nullptr, int(m_data->items.size())));
    QPushButton *del = box->addButton(tr("Delete Survey"), QMessageBox::DestructiveRole);
    del->setObjectName(QStringLiteral("confirmDeleteSurveyButton"));
    box->addButton(QMessageBox::Cancel)->setText(tr("Cancel"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, del](QAbstractButton *clicked) {
        if (clicked == del)
            deleteSurvey();
    });
    box->open();
    return box;
}

void SurveyPage::finishSurvey()
{
    if (!m_data || !m_connection.isValid())
        return;
    api::Record patch;
    patch.kind = api::EntityKind::Survey;
    patch.id = m_data->survey.id;
    patch.revision = m_data->survey.revision;
    patch.fields.insert(QStringLiteral("status"), api::surveyStatusName(api::SurveyStatus::Final));
    patch.fields.insert(QStringLiteral("finished_at"), QDateTime::currentMSecsSinceEpoch());
    auto inventory = m_connection.inventory;
    const QString name = m_data->survey.name;
    m_busy = true;
    updateActions();
    AsyncTask::run(
        this, [inventory, patch] { return inventory->update(patch); },
        [this, name](api::Result<api::Record> result) {
            m_busy = false;
            if (!result) {
                fail(tr("The survey was not finished: %1").arg(result.error().message));
                updateActions();
                return;
            }
            if (auto s = api::Survey::fromRecord(*result); s && m_data && m_data->survey.id == s->id)
                m_data->survey = *s;
            Q_EMIT statusMessage(tr("Finished the survey \"%1\".").arg(name));
            showSurvey();
            reloadSurveys();
        });
}

void SurveyPage::deleteSurvey()
{
    if (!m_data || !m_connection.isValid())
        return;
    auto inventory = m_connection.inventory;
    const QString id = m_data->survey.id;
    const QString name = m_data->survey.name;
    m_busy = true;
    updateActions();
    AsyncTask::run(
        this, [inventory, id] { return inventory->remove(api::EntityKind::Survey, id, true); },
        [this, name](api::Result<void> result) {
            m_busy = false;
            if (!result) {
                fail(tr("The survey was not deleted: %1").arg(result.error().message));
                updateActions();
                return;
            }
            Q_EMIT statusMessage(tr("Deleted the survey \"%1\".").arg(name));
            m_data.reset();
            m_eval.reset();
            reloadSurveys();
        });
}

void SurveyPage::deleteItem(const QString &itemId)
{
    if (!m_data || !m_connection.isValid())
        return;
    if (m_data->survey.status == api::SurveyStatus::Final) {
        fail(tr("Items of a final survey cannot be deleted."));
        return;
    }
    auto inventory = m_connection.inventory;
    m_busy = true;
    updateActions();
    AsyncTask::run(
        this,
        [inventory, itemId] {
            return inventory->remove(api::EntityKind::SurveyItem, itemId, false);
        },
        [this](api::Result<void> result) {
            m_busy = false;
            if (!result)
                fail(tr("The item was not deleted: %1").arg(result.error().message));
            updateActions();
            reloadCurrent();
            reloadSurveys();
        });
}

void SurveyPage::store(const survey::NewItem &item, const QString &what)
{
    if (!m_data || !m_connection.isValid()) {
        fail(tr("Choose a survey first."));
        return;
    }
    auto inventory = m_connection.inventory;
    const api::Survey target = m_data->survey;
    m_busy = true;
    updateActions();
    AsyncTask::run(
        this, [inventory, target, item] { return survey::addSurveyItem(*inventory, target, item); },
        [this, what](api::Result<api::SurveyItem> result) {
            m_busy = false;
            updateActions();
            if (!result) {
                fail(tr("%1 was not added: %2").arg(what, result.error().message));
                return;
            }
            Q_EMIT statusMessage(tr("Added %1 as \"%2\".").arg(what, result->name));
            Q_EMIT itemAdded(*result);
            reloadCurrent();
            reloadSurveys();
        });
}

void SurveyPage::importReadings(const QString &path)
{
    auto readings = survey::loadReadingsCsv(path);
    if (!readings) {
        fail(readings.error().message);
        return;
    }
    if (readings->isEmpty()) {
        fail(tr("%1 has no readings.").arg(QFileInfo(path).fileName()));
        return;
    }
    survey::NewItem item;
    item.kind = api::SurveyItemKind::Readings;
    item.payload = survey::readingsPayload(*readings);
    item.author = m_connection.userName;
    item.takenAtMs = readings->first().timestampMs;
    store(item, tr("%1 readings from %2").arg(readings->size()).arg(QFileInfo(path).fileName()));
}

void SurveyPage::importHazards(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        fail(tr("%1 cannot be read: %2").arg(path, f.errorString()));
        return;
    }
    if (f.size() > geo::kMaxHazardFileBytes) {
        fail(tr("%1 is larger than %2 MiB.").arg(path).arg(geo::kMaxHazardFileBytes >> 20));
        return;
    }
    const QString payload = survey::hazardsPayload(QFileInfo(path).fileName(), f.readAll());
    auto hazards = survey::hazardsFromPayload(payload); // refuse a bad file before storing it
    if (!hazards) {
        fail(hazards.error().message);
        return;
    }
    survey::NewItem item;
    item.kind = api::SurveyItemKind::Hazards;
    item.payload = payload;
    item.author = m_connection.userName;
    store(item, tr("%1 hazards from %2").arg(hazards->size()).arg(QFileInfo(path).fileName()));
}

void SurveyPage::importNoise(const QString &wavPath, acoustics::Period period,
                             acoustics::NightEvents nightEvents, bool nearBuilding,
                             bool machineRoom, const QString &calibrationWav, double calibratorDb)
{
    if (!m_data) {
        fail(tr("Choose a survey first."));
        return;
    }
    auto *progress = new QProgressDialog(tr("Analysing %1…").arg(QFileInfo(wavPath).fileName()),
                                         tr("Cancel"), 0, 1000, this);
    progress->setObjectName(QStringLiteral("noiseImportProgress"));
    progress->setWindowTitle(tr("Import Noise"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    auto cancelled = std::make_shared<std::atomic_bool>(false);
    auto done = std::make_shared<std::atomic_int>(0); // per mille, written by the worker
    connect(progress, &QProgressDialog::canceled, this, [cancelled] { *cancelled = true; });
    auto *poll = new QTimer(progress);
    poll->setInterval(100);
    connect(poll, &QTimer::timeout, progress, [progress, done] { progress->setValue(*done); });
    poll->start();
    QPointer<QProgressDialog> guard(progress);
    m_busy = true;
    updateActions();
    struct Out {
        acoustics::FileAnalysis analysis;
    };
    AsyncTask::run(
        this,
        [wavPath, calibrationWav, calibratorDb, done]() -> api::Result<Out> {
            std::optional<double> offset;
            if (!calibrationWav.isEmpty()) {
                auto cal = acoustics::calibrateFromWavFile(calibrationWav, 0, calibratorDb,
                                                           QStringLiteral("console"),
                                                           QDateTime::currentMSecsSinceEpoch());
                if (!cal)
                    return std::unexpected(cal.error());
                offset = cal->offsetDb;
            }
            auto analysis = acoustics::analyzeWavFile(wavPath, 0, offset, {},
                                                      [done](double fraction) {
                                                          *done = std::clamp(int(fraction * 999), 0,
                                                                             999);
                                                      });
            if (!analysis)
                return std::unexpected(analysis.error());
            return Out{*analysis};
        },
        [this, guard, cancelled, wavPath, period, nightEvents, nearBuilding,
         machineRoom](api::Result<Out> result) {
            m_busy = false;
            if (guard)
                guard->close();
            updateActions();
            if (*cancelled) {
                Q_EMIT statusMessage(tr("The noise import was cancelled; nothing was added."));
                return;
            }
            if (!result) {
                fail(result.error().message);
                return;
            }
            survey::NoiseItem noise;
            noise.levels = result->analysis.levels;
            noise.levels.series.clear();
            noise.period = period;
            noise.nightEvents = nightEvents;
            noise.nearSensitiveBuilding = nearBuilding;
            noise.machineRoom = machineRoom;
            noise.file = QFileInfo(wavPath).fileName();
            survey::NewItem item;
            item.kind = api::SurveyItemKind::Noise;
            item.payload = survey::noisePayload(noise);
            item.author = m_connection.userName;
            store(item, tr("the noise measurement %1").arg(noise.file));
        });
}

void SurveyPage::addPhoto(const QString &path, const QString &caption)
{
    if (!m_data) {
        fail(tr("Choose a survey first."));
        return;
    }
    m_busy = true;
    updateActions();
    // The JPEG goes to the hub's attachments (issue 5) when it has them; otherwise inline.
    std::shared_ptr<api::Attachments> attachments = m_connection.attachments;
    AsyncTask::run(
        this,
        [path, caption, attachments]() -> api::Result<survey::PhotoItem> {
            auto photo = reports::preparePhoto(path, caption);
            if (photo && attachments) {
                if (auto attached = reports::attachPhoto(*photo, *attachments); !attached)
                    return std::unexpected(attached.error());
            }
            return photo;
        },
        [this](api::Result<survey::PhotoItem> photo) {
            m_busy = false;
            updateActions();
            if (!photo) {
                fail(photo.error().message);
                return;
            }
            survey::NewItem item;
            item.kind = api::SurveyItemKind::Photo;
            item.payload = survey::photoPayload(*photo);
            item.author = m_connection.userName;
            store(item, tr("the photo %1").arg(photo->file));
        });
}

void SurveyPage::addNote(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        fail(tr("The note is empty."));
        return;
    }
    survey::NewItem item;
    item.kind = api::SurveyItemKind::Note;
    item.payload = survey::notePayload(text.trimmed());
    item.author = m_connection.userName;
    store(item, tr("a note"));
}

void SurveyPage::addReading(const survey::Reading &reading)
{
    if (auto valid = survey::validate(reading); !valid) {
        fail(valid.error().message);
        return;
    }
    survey::NewItem item;
    item.kind = api::SurveyItemKind::Readings;
    item.payload = survey::readingsPayload({reading});
    item.author = m_connection.userName;
    item.takenAtMs = reading.timestampMs;
    store(item, tr("a reading of %1 °C").arg(QLocale().toString(reading.temperatureC, 'f', 1)));
}

void SurveyPage::addHazard(const QString &name, geo::HazardKind kind, const geo::GeoPoint &at)
{
    if (name.trimmed().isEmpty()) {
        fail(tr("Name the hazard, e.g. \"G4 expressway\"."));
        return;
    }
    survey::NewItem item;
    item.kind = api::SurveyItemKind::Hazards;
    item.payload = survey::enteredHazardPayload(name.trimmed(), kind, at);
    item.author = m_connection.userName;
    store(item, tr("the hazard \"%1\"").arg(name.trimmed()));
}

void SurveyPage::runEnterReadingDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Enter Reading"));
    auto *form = new QFormLayout(&dialog);
    auto *when = new QDateTimeEdit(QDateTime::currentDateTime(), &dialog);
    when->setCalendarPopup(true);
    when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    form->addRow(tr("Time:"), when);
    auto *temperature = new QDoubleSpinBox(&dialog);
    temperature->setRange(-60, 80);
    temperature->setDecimals(1);
    temperature->setValue(25);
    temperature->setSuffix(QStringLiteral(" °C"));
    form->addRow(tr("Temperature:"), temperature);
    auto *hasHumidity = new QCheckBox(tr("Relative humidity:"), &dialog);
    hasHumidity->setChecked(true);
    auto *humidity = new QDoubleSpinBox(&dialog);
    humidity->setRange(0, 100);
    humidity->setDecimals(1);
    humidity->setValue(50);
    humidity->setSuffix(QStringLiteral(" %RH"));
    connect(hasHumidity, &QCheckBox::toggled, humidity, &QWidget::setEnabled);
    form->addRow(hasHumidity, humidity);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    survey::Reading r;
    r.timestampMs = when->dateTime().toMSecsSinceEpoch();
    r.temperatureC = temperature->value();
    if (hasHumidity->isChecked())
        r.humidityRH = humidity->value();
    r.source = QStringLiteral("manual");
    addReading(r);
}

void SurveyPage::runEnterHazardDialog()
{
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Enter Hazard"));
    auto *form = new QFormLayout(&dialog);
    auto *name = new QLineEdit(&dialog);
    name->setPlaceholderText(tr("e.g. G4 expressway"));
    form->addRow(tr("Name:"), name);
    auto *kind = new QComboBox(&dialog);
    for (geo::HazardKind k : geo::allHazardKinds())
        kind->addItem(geo::hazardKindTitle(k), int(k));
    form->addRow(tr("Kind:"), kind);
    auto *lat = new QDoubleSpinBox(&dialog);
    lat->setRange(-90, 90);
    lat->setDecimals(6);
    auto *lon = new QDoubleSpinBox(&dialog);
    lon->setRange(-180, 180);
    lon->setDecimals(6);
    if (m_data) {
        if (auto p = survey::surveyPosition(m_data->survey, m_data->sitePosition())) {
            lat->setValue(p->lat);
            lon->setValue(p->lon);
        }
    }
    form->addRow(tr("Latitude (nearest point):"), lat);
    form->addRow(tr("Longitude (nearest point):"), lon);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    form->addRow(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;
    addHazard(name->text(), geo::HazardKind(kind->currentData().toInt()),
              geo::GeoPoint{lat->value(), lon->value()});
}

void SurveyPage::runImportReadingsDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Readings"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        importReadings(path);
}

void SurveyPage::runImportHazardsDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Import Hazards"), QString(),
                                     tr("Hazard files (*.csv *.geojson *.json);;All files (*)"));
    if (!path.isEmpty())
        importHazards(path);
}

void SurveyPage::runAddPhotoDialog()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Add Photo"), QString(),
        tr("Images (*.jpg *.jpeg *.png *.heic *.webp);;All files (*)"));
    if (path.isEmpty())
        return;
    bool ok = false;
    const QString caption = QInputDialog::getText(this, tr("Add Photo"), tr("Caption:"),
                                                  QLineEdit::Normal, QString(), &ok);
    if (ok)
        addPhoto(path, caption);
}

void SurveyPage::runAddNoteDialog()
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Add Note"), tr("Note:"),
                                                        QString(), &ok);
    if (ok)
        addNote(text);
}

void SurveyPage::runImportNoiseDialog()
{
    const QString wav = QFileDialog::getOpenFileName(this, tr("Import Noise"), QString(),
                                                     tr("WAV files (*.wav);;All files (*)"));
    if (wav.isEmpty())
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Import Noise"));
    auto *form = new QFormLayout(&dialog);
    auto *period = new QComboBox(&dialog);
    period->addItem(tr("Day (06:00–22:00)"), QStringLiteral("day"));
    period->addItem(tr("Night (22:00–06:00)"), QStringLiteral("night"));
    const int hour = QTime::currentTime().hour();
    period->setCurrentIndex(hour >= 22 || hour < 6 ? 1 : 0);
    form->addRow(tr("Period:"), period);
    auto *events = new QComboBox(&dialog);
    events->addItem(tr("None"), QStringLiteral("none"));
    events->addItem(tr("Frequent"), QStringLiteral("frequent"));
    events->addItem(tr("Occasional"), QStringLiteral("occasional"));
    form->addRow(tr("Night events:"), events);
    auto *nearBox = new QCheckBox(tr("Less than 1 m from a noise-sensitive building"), &dialog);
    form->addRow(QString(), nearBox);
    auto *room = new QCheckBox(tr("Measured in the machine room"), &dialog);
    form->addRow(QString(), room);
    auto *calRow = new QHBoxLayout;
    auto *cal = new QLineEdit(&dialog);
    cal->setPlaceholderText(tr("none: levels in dBFS"));
    auto *browse = new QPushButton(tr("Browse…"), &dialog);
    calRow->addWidget(cal, 1);
    calRow->addWidget(browse);
    form->addRow(tr("Calibration WAV:"), calRow);
    auto *level = new QComboBox(&dialog);
    level->addItem(tr("94 dB"), 94.0);
    level->addItem(tr("114 dB"), 114.0);
    form->addRow(tr("Calibrator level:"), level);
    auto *help = new QLabel(tr("A WAV file carries no calibration. To get dB instead of dBFS, give "
                               "a recording of a sound calibrator made with the same microphone "
                               "and gain."),
                            &dialog);
    help->setWordWrap(true);
    form->addRow(help);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(browse, &QPushButton::clicked, &dialog, [&dialog, cal] {
        const QString p = QFileDialog::getOpenFileName(&dialog, tr("Calibration WAV"), QString(),
                                                       tr("WAV files (*.wav);;All files (*)"));
        if (!p.isEmpty())
            cal->setText(p);
    });
    if (dialog.exec() != QDialog::Accepted)
        return;
    importNoise(wav,
                acoustics::periodFromName(period->currentData().toString())
                    .value_or(acoustics::Period::Day),
                acoustics::nightEventsFromName(events->currentData().toString())
                    .value_or(acoustics::NightEvents::None),
                nearBox->isChecked(), room->isChecked(), cal->text().trimmed(),
                level->currentData().toDouble());
}

void SurveyPage::retranslateUi()
{
    m_heading->setText(tr("Site Survey"));
    m_newAction->setText(tr("&New Survey…"));
    m_newAction->setIconText(tr("New…"));
    m_editAction->setText(tr("&Edit Survey…"));
    m_editAction->setIconText(tr("Edit…"));
    m_finishAction->setText(tr("&Finish Survey…"));
    m_finishAction->setIconText(tr("Finish"));
    m_deleteAction->setText(tr("&Delete Survey…"));
    m_deleteAction->setIconText(tr("Delete"));
    m_readingsAction->setText(tr("Import Readings…"));
    m_pollAction->setText(tr("Poll Sensor…"));
    m_noiseAction->setText(tr("Import Noise…"));
    m_measureAction->setText(tr("Measure Noise…"));
    m_hazardsAction->setText(tr("Import Hazards…"));
    m_factsAction->setText(tr("Site Facts…"));
    m_photoAction->setText(tr("Add Photo…"));
    m_noteAction->setText(tr("Add Note…"));
    m_enterReadingAction->setText(tr("Enter Reading…"));
    m_enterHazardAction->setText(tr("Enter Hazard…"));
    m_reportAction->setText(tr("Report…"));
    m_deleteItemAction->setText(tr("Delete Item…"));
    m_list->setHeaderLabels({tr("Survey"), tr("Site"), tr("Status"), tr("Verdict")});
    m_tabs->setTabText(0, tr("Checks"));
    m_tabs->setTabText(1, tr("Temperature"));
    m_tabs->setTabText(2, tr("Noise"));
    m_tabs->setTabText(3, tr("Distances"));
    m_tabs->setTabText(4, tr("Items"));
    m_checks->setHorizontalHeaderLabels(
        {tr("Check"), tr("Value"), tr("Limit"), tr("Standard"), tr("Result")});
    m_noise->setHorizontalHeaderLabels(
        {tr("Item"), QStringLiteral("LAeq"), QStringLiteral("LCeq"), QStringLiteral("LZeq"),
         QStringLiteral("LAFmax"), QStringLiteral("LAFmin"), QStringLiteral("LA10"),
         QStringLiteral("LA90"), QStringLiteral("LCpeak"), tr("Unit"), tr("Period"),
         tr("Calibration"), tr("Conditions")});
    m_distances->setHorizontalHeaderLabels(
        {tr("Hazard"), tr("Kind"), tr("Distance"), tr("Rule"), tr("Result")});
    m_items->setHorizontalHeaderLabels(
        {tr("Kind"), tr("Name"), tr("Author"), tr("Taken"), tr("Details")});
    if (m_siteCombo->count() > 0)
        m_siteCombo->setItemText(0, tr("All sites"));
    showSurvey();
}

void SurveyPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace edge::widgets
