#include "widgets/views/nodepage.h"

#include "widgets/views/nodeeventspanel.h"
#include "widgets/views/nodemetricspanel.h"
#include "widgets/views/nodestatuspanel.h"

#include <QEvent>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace edge::widgets {

NodePage::NodePage(std::shared_ptr<api::Nodes> nodes, const QString &nodeId,
                   const QString &nodeName, const QString &siteId, const QString &siteName,
                   QWidget *parent, const api::Clock *clock)
    : QWidget(parent)
    , m_nodeId(nodeId)
    , m_nodeName(nodeName)
    , m_siteName(siteName)
{
    setObjectName(QStringLiteral("nodePage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->setSpacing(4);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("nodePageTitle"));
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.35);
    m_title->setFont(f);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle = new QLabel(this);
    m_subtitle->setEnabled(false);
    m_subtitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("nodeTabs"));
    m_tabs->setDocumentMode(true);
    m_status = new NodeStatusPanel(this);
    m_status->setNodes(nodes, clock);
    m_metrics = new NodeMetricsPanel(this);
    m_metrics->setNodes(nodes, clock);
    m_events = new NodeEventsPanel(this);
    m_events->setNodes(nodes, clock);
    m_tabs->addTab(m_status, QString());
    m_tabs->addTab(m_metrics, QString());
    m_tabs->addTab(m_events, QString());
    layout->addWidget(m_tabs, 1);

    m_status->setNode(nodeId, siteId);
    m_metrics->setNode(nodeId);
    m_events->setNode(nodeId);
    resize(1080, 720);
    retranslateUi();
}

NodePage::~NodePage() = default;

void NodePage::retranslateUi()
{
    setWindowTitle(tr("Node %1").arg(m_nodeName));
    m_title->setText(m_nodeName);
    m_subtitle->setText(tr("Edge node at %1  ·  id %2").arg(m_siteName, m_nodeId));
    m_tabs->setTabText(0, tr("Status"));
    m_tabs->setTabText(1, tr("Metrics"));
    m_tabs->setTabText(2, tr("Events"));
}

void NodePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace edge::widgets
