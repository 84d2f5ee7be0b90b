#include "widgets/common/timerangeselector.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <algorithm>

namespace edge::widgets {

TimeRangeSelector::TimeRangeSelector(QList<qint64> spans, int initial, int refreshMs,
                                     QWidget *parent)
    : QWidget(parent)
    , m_spans(std::move(spans))
    , m_initial(std::clamp(initial, 0, std::max(0, int(m_spans.size()) - 1)))
{
    m_refreshTimer.setInterval(refreshMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &TimeRangeSelector::refreshDue);

    auto *top = new QHBoxLayout(this);
    top->setContentsMargins(0, 0, 0, 0);
    m_caption = new QLabel(this);
    m_range = new QComboBox(this);
    m_caption->setBuddy(m_range);
    m_status = new QLabel(this);
    m_status->setEnabled(false);
    top->addWidget(m_caption);
    top->addWidget(m_range);
    top->addSpacing(12);
    top->addWidget(m_status, 1);

    retranslateUi();
    connect(m_range, &QComboBox::currentIndexChanged, this, &TimeRangeSelector::rangeChanged);
}

TimeRangeSelector::~TimeRangeSelector() = default;

qint64 TimeRangeSelector::span() const { return m_spans.value(currentIndex(), 0); }

int TimeRangeSelector::currentIndex() const { return std::max(0, m_range->currentIndex()); }

QString TimeRangeSelector::label(qint64 span)
{
    if (span == 0)
        return tr("All");
    if (span == 15 * kMinute)
        return tr("Last 15 minutes");
    if (span == kHour)
        return tr("Last hour");
    if (span == 6 * kHour)
        return tr("Last 6 hours");
    if (span == kDay)
        return tr("Last 24 hours");
    if (span == 7 * kDay)
        return tr("Last 7 days");
    return tr("Last %n minute(s)", nullptr, int(span / kMinute));
}

void TimeRangeSelector::retranslateUi()
{
    m_caption->setText(tr("&Time range:"));
    const int current = m_range->currentIndex();
    const QSignalBlocker block(m_range);
    m_range->clear();
    for (qint64 span : std::as_const(m_spans))
        m_range->addItem(label(span));
    m_range->setCurrentIndex(current < 0 ? m_initial : current);
}

void TimeRangeSelector::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void TimeRangeSelector::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_refreshTimer.start();
    Q_EMIT shown();
}

void TimeRangeSelector::hideEvent(QHideEvent *event)
{
    m_refreshTimer.stop();
    QWidget::hideEvent(event);
}

} // namespace edge::widgets
