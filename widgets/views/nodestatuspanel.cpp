#include "widgets/views/nodestatuspanel.h"

#include "widgets/common/asynctask.h"
#include "widgets/models/workloadsmodel.h"

#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace edge::widgets {

namespace {
constexpr qint64 kDayMs = 24 * 3600 * 1000;
constexpr qint64 kCertificateWarnMs = 7 * kDayMs;

int severity(api::NodeState s)
{
    switch (s) {
    case api::NodeState::Online: return 0;
    case api::NodeState::Stale: return 1;
    case api::NodeState::Offline: return 2;
    }
    return 2;
}

QString badgeStyle(const QColor &background)
{
    return QStringLiteral("QLabel { background-color: %1; color: white; border-radius: 4px; "
                          "padding: 2px 10px; font-weight: bold; }")
        .arg(background.name());
}

QString coloured(const QString &text, const QColor &colour, bool bold = false)
{
    return QStringLiteral("<span style=\"color:%1;%2\">%3</span>")
        .arg(colour.name(), bold ? QStringLiteral("font-weight:bold;") : QString(),
             text.toHtmlEscaped());
}
} // namespace

NodeStatusPanel::NodeStatusPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("nodeStatusPanel"));
    m_refreshTimer.setInterval(5000);
    connect(&m_refreshTimer, &QTimer::timeout, this, &NodeStatusPanel::refresh);
    m_tickTimer.setInterval(1000);
    connect(&m_tickTimer, &QTimer::timeout, this, &NodeStatusPanel::updateLastSeen);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->setSpacing(8);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_form->setHorizontalSpacing(16);
    m_form->setVerticalSpacing(6);
    auto value = [this](const char *name) {
        auto *l = new QLabel(this);
        l->setObjectName(QLatin1String(name));
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setWordWrap(true);
        return l;
    };
    m_badge = new QLabel(this);
    m_badge->setObjectName(QStringLiteral("nodeStateBadge"));
    m_badge->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_lastSeen = value("nodeLastSeen");
    auto *stateRow = new QHBoxLayout;
    stateRow->setSpacing(12);
    stateRow->addWidget(m_badge);
    stateRow->addWidget(m_lastSeen, 1);
    m_certificate = value("nodeCertificate");
    m_certificate->setTextFormat(Qt::RichText);
    m_agent = value("nodeAgentVersion");
    m_hostname = value("nodeHostname");
    m_generation = value("nodeGeneration");
    m_generation->setTextFormat(Qt::RichText);
    m_dropped = value("nodeDroppedRecords");
    m_dropped->setTextFormat(Qt::RichText);
    for (int i = 0; i < 6; ++i) {
        auto *caption = new QLabel(this);
        m_captions.append(caption);
    }
    m_form->addRow(m_captions[0], stateRow);
    m_form->addRow(m_captions[1], m_certificate);
    m_form->addRow(m_captions[2], m_agent);
    m_form->addRow(m_captions[3], m_hostname);
    m_form->addRow(m_captions[4], m_generation);
    m_form->addRow(m_captions[5], m_dropped);
    layout->addLayout(m_form);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("nodeStatusError"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette ep = m_errorLabel->palette();
    ep.setColor(QPalette::WindowText, QColor(0xb0, 0x1c, 0x1c));
    m_errorLabel->setPalette(ep);
    m_errorLabel->hide();
    layout->addWidget(m_errorLabel);

    m_workloadsTitle = new QLabel(this);
    QFont tf = m_workloadsTitle->font();
    tf.setBold(true);
    m_workloadsTitle->setFont(tf);
    layout->addSpacing(4);
    layout->addWidget(m_workloadsTitle);

    m_workloads = new WorkloadsModel(this);
    m_workloadsView = new QTableView(this);
    m_workloadsView->setObjectName(QStringLiteral("nodeWorkloadsView"));
    m_workloadsView->setModel(m_workloads);
    m_workloadsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_workloadsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_workloadsView->setAlternatingRowColors(true);
    m_workloadsView->setShowGrid(false);
    m_workloadsView->setWordWrap(false);
    m_workloadsView->verticalHeader()->hide();
    m_workloadsView->verticalHeader()->setDefaultSectionSize(m_workloadsView->fontMetrics().height()
                                                             + 8);
    m_workloadsView->horizontalHeader()->setHighlightSections(false);
    m_workloadsView->horizontalHeader()->setStretchLastSection(true);
    m_workloadsView->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    layout->addWidget(m_workloadsView, 1);
    const int em = m_workloadsView->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_workloadsView->setColumnWidth(WorkloadsModel::NameColumn, em * 14);
    m_workloadsView->setColumnWidth(WorkloadsModel::PhaseColumn, em * 8);
    m_workloadsView->setColumnWidth(WorkloadsModel::HealthColumn, em * 8);
    m_workloadsView->setColumnWidth(WorkloadsModel::RestartsColumn, em * 6);

    m_workloadsEmpty = new QLabel(m_workloadsView->viewport());
    m_workloadsEmpty->setObjectName(QStringLiteral("nodeWorkloadsEmpty"));
    m_workloadsEmpty->setAlignment(Qt::AlignCenter);
    m_workloadsEmpty->setWordWrap(true);
    m_workloadsEmpty->setEnabled(false);
    m_workloadsView->viewport()->installEventFilter(this);

    retranslateUi();
}

NodeStatusPanel::~NodeStatusPanel() = default;

void NodeStatusPanel::setNodes(std::shared_ptr<api::Nodes> nodes, const api::Clock *clock)
{
    m_nodes = std::move(nodes);
    m_clock = clock;
    m_status.reset();
    m_error.clear();
    ++m_request;
    m_loading = false;
    updateView();
}

void NodeStatusPanel::setNode(const QString &nodeId, const QString &siteId)
{
    m_nodeId = nodeId;
    m_siteId = siteId;
    m_status.reset();
    m_error.clear();
    ++m_request;
    m_loading = false;
    updateView();
    if (!m_nodeId.isEmpty())
        refresh();
    if (isVisible() && !m_nodeId.isEmpty()) {
        m_refreshTimer.start();
        m_tickTimer.start();
    }
}

void NodeStatusPanel::setRefreshInterval(int ms) { m_refreshTimer.setInterval(std::max(500, ms)); }

qint64 NodeStatusPanel::now() const { return m_clock ? m_clock->nowMs() : m_systemClock.nowMs(); }

void NodeStatusPanel::refresh()
{
    if (!m_nodes || m_nodeId.isEmpty() || m_loading)
        return;
    m_loading = true;
    const int request = ++m_request;
    auto nodes = m_nodes;
    const QString siteId = m_siteId;
    AsyncTask::run(
        this, [nodes, siteId] { return nodes->nodeStatus(siteId); },
        [this, request](api::Result<QList<api::NodeStatus>> result) {
            if (request != m_request)
                return;
            m_loading = false;
            if (!result) {
                // Keep what we knew (it ages locally), but say the hub did not answer.
                m_error = result.error().message;
            } else {
                m_error.clear();
                const auto it = std::find_if(result->cbegin(), result->cend(),
                                             [this](const api::NodeStatus &s) {
                                                 return s.nodeId == m_nodeId;
                                             });
                if (it != result->cend()) {
                    m_status = *it;
                } else {
                    // The hub holds nothing about this node: no agent ever enrolled for it.
                    api::NodeStatus never;
                    never.nodeId = m_nodeId;
                    never.siteId = m_siteId;
                    never.state = api::NodeState::Offline;
                    m_status = never;
                }
            }
            updateView();
            Q_EMIT refreshed();
        });
}

std::optional<api::NodeState> NodeStatusPanel::shownState() const
{
    if (!m_status)
        return std::nullopt;
    const api::NodeStatus &s = *m_status;
    // The hub's verdict, never better than what the age of the last heartbeat allows now.
    const api::NodeState aged = api::presenceAt(now(), s.lastSeenMs, s.heartbeatIntervalMs,
                                                s.state != api::NodeState::Offline);
    return severity(aged) > severity(s.state) ? aged : s.state;
}

QString NodeStatusPanel::ago(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms / 1000);
    if (s < 120)
        return tr("%n s ago", nullptr, int(s));
    if (s < 7200)
        return tr("%n min ago", nullptr, int(s / 60));
    if (s < 2 * 86400)
        return tr("%n h ago", nullptr, int(s / 3600));
    return tr("%n days ago", nullptr, int(s / 86400));
}

void NodeStatusPanel::updateLastSeen()
{
    const auto state = shownState();
    QColor colour(0x6b, 0x6b, 0x6b);
    QString text;
    if (!state) {
        text = m_loading || m_error.isEmpty() ? tr("Checking…") : tr("Unknown");
    } else {
        text = api::nodeStateLabel(*state);
        switch (*state) {
        case api::NodeState::Online: colour = QColor(0x1e, 0x7d, 0x32); break;
        case api::NodeState::Stale: colour = QColor(0xb2, 0x6a, 0x00); break;
        case api::NodeState::Offline: colour = QColor(0x75, 0x75, 0x75); break;
        }
    }
    m_badge->setText(text);
    m_badge->setStyleSheet(badgeStyle(colour));
    if (!m_status) {
        m_lastSeen->clear();
        return;
    }
    if (m_status->lastSeenMs <= 0)
        m_lastSeen->setText(tr("never connected"));
    else
        m_lastSeen->setText(
            tr("last seen %1 (%2)")
                .arg(ago(now() - m_status->lastSeenMs),
                     QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_status->lastSeenMs),
                                        QLocale::ShortFormat)));
}

void NodeStatusPanel::updateView()
{
    const QLocale locale;
    m_errorLabel->setText(m_error.isEmpty()
                              ? QString()
                              : tr("The hub did not answer: %1 The values shown may be out of "
                                   "date.")
                                    .arg(m_error));
    m_errorLabel->setVisible(!m_error.isEmpty());
    updateLastSeen();
    const QString dash = QStringLiteral("—");
    if (!m_status) {
        for (QLabel *l : {m_certificate, m_agent, m_hostname, m_generation, m_dropped})
            l->setText(dash);
        m_workloads->setWorkloads({});
        m_workloadsEmpty->setText(tr("Loading…"));
        m_workloadsEmpty->setVisible(m_error.isEmpty() && !m_nodeId.isEmpty());
        m_workloadsEmpty->setGeometry(m_workloadsView->viewport()->rect());
        return;
    }
    const api::NodeStatus &s = *m_status;
    const QColor red(0xb0, 0x1c, 0x1c);
    const QColor amber(0xb2, 0x6a, 0x00);
    if (s.certificateNotAfterMs <= 0) {
        m_certificate->setText(tr("No certificate issued yet").toHtmlEscaped());
    } else {
        const qint64 left = s.certificateNotAfterMs - now();
        const QString when = locale.toString(QDateTime::fromMSecsSinceEpoch(s.certificateNotAfterMs),
                                             QLocale::ShortFormat);
        if (left <= 0)
            m_certificate->setText(coloured(tr("Expired on %1: the agent must enroll again with a "
                                               "new bootstrap token.")
                                                .arg(when),
                                            red, true));
        else if (left < kCertificateWarnMs)
            m_certificate->setText(
                coloured(tr("Expires on %1 (in %n day(s)): renewed automatically while the node "
                            "is connected.",
                            nullptr, int((left + kDayMs - 1) / kDayMs))
                             .arg(when),
                         amber, true));
        else
            m_certificate->setText(tr("Valid until %1 (%n day(s) left)", nullptr, int(left / kDayMs))
                                       .arg(when)
                                       .toHtmlEscaped());
    }
    m_agent->setText(s.agentVersion.isEmpty() ? tr("not reported") : s.agentVersion);
    m_hostname->setText(s.hostname.isEmpty() ? tr("not reported") : s.hostname);
    QString gen = tr("desired %1, applied %2")
                      .arg(locale.toString(s.desiredGeneration),
                           locale.toString(s.appliedGeneration))
                      .toHtmlEscaped();
    if (s.desiredGeneration > s.appliedGeneration)
        gen += QStringLiteral("  ")
               + coloured(s.lastSeenMs > 0 ? tr("(the agent has not applied the newest yet)")
                                           : tr("(waiting for the agent)"),
                          amber);
    m_generation->setText(gen);
    m_dropped->setText(s.droppedRecords > 0
                           ? coloured(tr("%1 records dropped by the agent under its disk quota")
                                          .arg(locale.toString(s.droppedRecords)),
                                      amber)
                           : tr("none").toHtmlEscaped());
    m_workloads->setWorkloads(s.workloads);
    if (!s.workloads.isEmpty())
        for (int c = 0; c < WorkloadsModel::MessageColumn; ++c)
            m_workloadsView->setColumnWidth(c, std::max(m_workloadsView->columnWidth(c),
                                                        static_cast<QAbstractItemView *>(
                                                            m_workloadsView)
                                                                ->sizeHintForColumn(c)
                                                            + 16));
    if (s.workloads.isEmpty()) {
        m_workloadsEmpty->setText(s.desiredGeneration > 0
                                      ? tr("The agent has not reported any workloads yet.")
                                      : tr("No workloads: none has been assigned to this node."));
        m_workloadsEmpty->setVisible(true);
    } else {
        m_workloadsEmpty->setVisible(false);
    }
    m_workloadsEmpty->setGeometry(m_workloadsView->viewport()->rect());
}

void NodeStatusPanel::retranslateUi()
{
    m_captions[0]->setText(tr("State:"));
    m_captions[1]->setText(tr("Certificate:"));
    m_captions[2]->setText(tr("Agent version:"));
    m_captions[3]->setText(tr("Hostname:"));
    m_captions[4]->setText(tr("Generation:"));
    m_captions[5]->setText(tr("Dropped records:"));
    m_workloadsTitle->setText(tr("Workloads"));
    m_workloads->retranslate();
    updateView();
}

void NodeStatusPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void NodeStatusPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_nodeId.isEmpty())
        return;
    m_refreshTimer.start();
    m_tickTimer.start();
    m_workloadsEmpty->setGeometry(m_workloadsView->viewport()->rect());
}

bool NodeStatusPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_workloadsView->viewport() && event->type() == QEvent::Resize)
        m_workloadsEmpty->setGeometry(m_workloadsView->viewport()->rect());
    return QWidget::eventFilter(watched, event);
}

void NodeStatusPanel::hideEvent(QHideEvent *event)
{
    m_refreshTimer.stop();
    m_tickTimer.stop();
    QWidget::hideEvent(event);
}

} // namespace edge::widgets
