#include "widgets/views/nodeeventspanel.h"

#include "widgets/common/asynctask.h"
#include "widgets/models/nodeeventsmodel.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace edge::widgets {

namespace {
constexpr qint64 kHour = 3600 * 1000;
constexpr int kAllIndex = 3;
} // namespace

NodeEventsPanel::NodeEventsPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("nodeEventsPanel"));
    m_refreshTimer.setInterval(10'000);
    connect(&m_refreshTimer, &QTimer::timeout, this, &NodeEventsPanel::reload);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);
    auto *top = new QHBoxLayout;
    m_rangeCaption = new QLabel(this);
    m_range = new QComboBox(this);
    m_range->setObjectName(QStringLiteral("eventsRange"));
    m_rangeCaption->setBuddy(m_range);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("eventsStatus"));
    m_status->setEnabled(false);
    top->addWidget(m_rangeCaption);
    top->addWidget(m_range);
    top->addSpacing(12);
    top->addWidget(m_status, 1);
    layout->addLayout(top);

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
    connect(m_range, &QComboBox::currentIndexChanged, this, [this] {
        m_model->clear();
        m_loaded = false;
        updateTexts();
        reload();
    });
    retranslateUi();
    m_range->setCurrentIndex(kAllIndex);
}

NodeEventsPanel::~NodeEventsPanel() = default;

QList<qint64> NodeEventsPanel::ranges() { return {kHour, 24 * kHour, 7 * 24 * kHour, 0}; }

void NodeEventsPanel::setNodes(std::shared_ptr<api::Nodes> nodes, const api::Clock *clock)
{
    m_nodes = std::move(nodes);
    m_clock = clock;
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

qint64 NodeEventsPanel::now() const { return m_clock ? m_clock->nowMs() : m_systemClock.nowMs(); }

void NodeEventsPanel::reload()
{
    if (!m_nodes || m_nodeId.isEmpty())
        return;
    const int request = ++m_request;
    const qint64 span = ranges().value(std::max(0, m_range->currentIndex()), 0);
    const qint64 sinceMs = span > 0 ? std::max<qint64>(1, now() - span) : 0;
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
    if (!m_lastError.isEmpty()) {
        m_error->setText(tr("Could not load the events: %1").arg(m_lastError));
        m_error->show();
    } else {
        m_error->clear();
        m_error->hide();
    }
    if (!m_loaded)
        m_status->setText(tr("Loading…"));
    else if (count == 0)
        m_status->clear();
    else if (count >= kLimit)
        m_status->setText(tr("The newest %n event(s)", nullptr, count));
    else
        m_status->setText(tr("%n event(s)", nullptr, count));
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
    m_rangeCaption->setText(tr("&Time range:"));
    const int current = m_range->currentIndex();
    {
        const QSignalBlocker block(m_range);
        m_range->clear();
        m_range->addItem(tr("Last hour"));
        m_range->addItem(tr("Last 24 hours"));
        m_range->addItem(tr("Last 7 days"));
        m_range->addItem(tr("All"));
        m_range->setCurrentIndex(current < 0 ? kAllIndex : current);
    }
    m_model->retranslate();
    updateTexts();
}

void NodeEventsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void NodeEventsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_refreshTimer.start();
    if (m_loaded)
        reload();
}

void NodeEventsPanel::hideEvent(QHideEvent *event)
{
    m_refreshTimer.stop();
    QWidget::hideEvent(event);
}

} // namespace edge::widgets
