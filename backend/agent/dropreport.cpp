#include "backend/agent/dropreport.h"

#include <QStringList>

#include <algorithm>

namespace edge::agent {

std::optional<api::NodeEvent> DropReport::onBatch(const OutboxDropped &dropped, qint64 atMs)
{
    OutboxDropped fresh;
    fresh.status = std::max<qint64>(0, dropped.status - m_announced.status);
    fresh.event = std::max<qint64>(0, dropped.event - m_announced.event);
    fresh.metric = std::max<qint64>(0, dropped.metric - m_announced.metric);
    m_announced = dropped;
    if (fresh.total() <= 0)
        return std::nullopt;
    api::NodeEvent e;
    e.atMs = atMs;
    e.severity = api::EventSeverity::Warning;
    e.type = QStringLiteral("outbox.dropped");
    e.message = message(fresh);
    return e;
}

void DropReport::onAcked(const OutboxDropped &reported)
{
    m_announced.status = std::max<qint64>(0, m_announced.status - reported.status);
    m_announced.event = std::max<qint64>(0, m_announced.event - reported.event);
    m_announced.metric = std::max<qint64>(0, m_announced.metric - reported.metric);
}

QString DropReport::message(const OutboxDropped &dropped)
{
    QStringList parts;
    if (dropped.status > 0)
        parts << QStringLiteral("%1 status").arg(dropped.status);
    if (dropped.event > 0)
        parts << QStringLiteral("%1 event").arg(dropped.event);
    if (dropped.metric > 0)
        parts << QStringLiteral("%1 metric").arg(dropped.metric);
    return QStringLiteral("the outbox dropped %1 record(s) to stay within its disk quota "
                          "(outbox-quota-mb): %2")
        .arg(dropped.total())
        .arg(parts.join(QStringLiteral(", ")));
}

} // namespace edge::agent
