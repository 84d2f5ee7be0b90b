#include "widgets/views/nodeeventspanel.h"

#include "widgets/common/asynctask.h"
#include "widgets/common/timerangeselector.h"
#include "widgets/models/nodeeventsmodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace edge::widgets {

namespace {
constexpr int kAllIndex = 3;
} // namespace

NodeEventsPanel::NodeEventsPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("nodeEventsPanel"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);
    m_range = new TimeRangeSelector(ranges(), kAllIndex, 10'000, this);
    m_range->combo()->setObjectName(QStringLiteral("eventsRange"));
    m_range->statusLabel()->setObjectName(QStringLiteral("eventsStatus"));
    connect(m_range, &TimeRangeSelector::refreshDue, this, &NodeEventsPanel::reload);
    connect(m_range, &TimeRangeSelector::shown, this, [this] {
        if (m_loaded)
            reload();
    });
    layout->addWidget(m_range);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("eventsError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b01c1c; }"));
    m_error->hide();
    layout->addWidget(m_error);

    m_model = new NodeEventsModel(this);
    m_stack = new QStackedWidget(this);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("eventsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setEnabled(false);
    m_stack->addWidget(m_empty);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("eventsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    // Uniform rows: the view never measures every row, so thousands stay cheap.
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    header->setHighlightSections(false);
    header->resizeSection(NodeEventsModel::TimeColumn, 150);
    header->resizeSection(NodeEventsModel::SeverityColumn, 100);
    header->resizeSection(NodeEventsModel::TypeColumn, 260);
    header->resizeSection(NodeEventsModel::WorkloadColumn, 120);
    m_stack->addWidget(m_view);
    layout->addWidget(m_stack, 1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &NodeEventsPanel::updateTexts);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &NodeEventsPanel::updateTexts);
    connect(m_range, &TimeRangeSelector::rangeChanged, this, [this] {
        m_model->clear();
        m_loaded = false;
        updateTexts();
        reload();
    });
    retranslateUi();
}

NodeEventsPanel::~NodeEventsPanel() = default;

QList<qint64> NodeEventsPanel::ranges()
{
    return {TimeRangeSelector::kHour, TimeRangeSelector::kDay, 7 * TimeRangeSelector::kDay, 0};
}

int NodeEventsPanel::refreshInterval() const { return m_range->refreshInterval(); }

void NodeEventsPanel::setRefreshInterval(int ms) { m_range->setRefreshInterval(ms); }

QComboBox *NodeEventsPanel::rangeCombo() const { return m_range->combo(); }

QLabel *NodeEventsPanel::statusLabel() const { return m_range->statusLabel(); }

void NodeEventsPanel::setNodes(std::shared_ptr<api::Nodes> nodes, const api::Clock *clock)
{
    m_nodes = std::move(nodes);
    m_range->setClock(clock);
    ++m_request;
}

void NodeEventsPanel::setNode(const QString &nodeId)
{
    m_nodeId = nodeId;
    m_loaded = false;
    m_lastError.clear();
    m_model->clear();
    updateTexts();
    reload();
}

void NodeEventsPanel::reload()
{
    if (!m_nodes || m_nodeId.isEmpty())
        return;
    const int request = ++m_request;
    const qint64 span = m_range->span();
    const qint64 sinceMs = span > 0 ? std::max<qint64>(1, m_range->now() - span) : 0;
    auto nodes = m_nodes;
    const QString nodeId = m_nodeId;
    AsyncTask::run(
        this, [nodes, nodeId, sinceMs] { return nodes->events(nodeId, sinceMs, kLimit); },
        [this, request](api::Result<QList<api::NodeEvent>> result) {
            if (request != m_request)
                return;
            m_loaded = true;
            if (!result) {
                m_lastError = result.error().message;
            } else {
                m_lastError.clear();
                m_model->setEvents(std::move(*result));
            }
            updateTexts();
            Q_EMIT loaded();
        });
}

void NodeEventsPanel::updateTexts()
{
    const int count = m_model->rowCount();
    QLabel *status = m_range->statusLabel();
    if (!m_lastError.isEmpty()) {
        m_error->setText(tr("Could not load the events: %1").arg(m_lastError));
        m_error->show();
    } else {
        m_error->clear();
        m_error->hide();
    }
    if (!m_loaded)
        status->setText(tr("Loading…"));
    else if (count == 0)
        status->clear();
    else if (count >= kLimit)
        status->setText(tr("The newest %n event(s)", nullptr, count));
    else
        status->setText(tr("%n event(s)", nullptr, count));
    if (count > 0) {
        m_stack->setCurrentWidget(m_view);
        return;
    }
    if (!m_loaded)
        m_empty->setText(tr("Loading…"));
    else if (!m_lastError.isEmpty())
        m_empty->setText(tr("No events to show."));
    else if (m_range->currentIndex() == kAllIndex)
        m_empty->setText(tr("No events from this node yet."));
    else
        m_empty->setText(tr("No events from this node in this time range."));
    m_stack->setCurrentWidget(m_empty);
}

void NodeEventsPanel::retranslateUi()
{
    m_model->retranslate();
    updateTexts();
}

void NodeEventsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace edge::widgets
