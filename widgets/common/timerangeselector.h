#pragma once

#include "backend/api/clock.h"

#include <QList>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;

namespace edge::widgets {

// The top row of a panel that shows a node's data over a chosen time range: "Time range:", the
// range choices and a status line, and the refresh that goes with them: refreshDue() every
// refreshInterval() while the row is shown (the timer stops when it is hidden), shown() when it
// is shown again. Translates its own texts; the panel sets the status line.
class TimeRangeSelector : public QWidget {
    Q_OBJECT
public:
    static constexpr qint64 kMinute = 60 * 1000;
    static constexpr qint64 kHour = 60 * kMinute;
    static constexpr qint64 kDay = 24 * kHour;

    // `spans`: the choices in milliseconds, in order; 0 = all. `initial`: the index chosen at
    // first. `refreshMs`: the refresh interval.
    TimeRangeSelector(QList<qint64> spans, int initial, int refreshMs, QWidget *parent = nullptr);
    ~TimeRangeSelector() override;

    QList<qint64> spans() const { return m_spans; }
    // The chosen span in milliseconds (0 = all).
    qint64 span() const;
    int currentIndex() const;

    // Time comes from `clock` (not owned; nullptr: the system clock).
    void setClock(const api::Clock *clock) { m_clock = clock; }
    qint64 now() const { return m_clock ? m_clock->nowMs() : m_systemClock.nowMs(); }

    int refreshInterval() const { return m_refreshTimer.interval(); }
    void setRefreshInterval(int ms) { m_refreshTimer.setInterval(ms); }

    QComboBox *combo() const { return m_range; }
    QLabel *statusLabel() const { return m_status; }

Q_SIGNALS:
    void rangeChanged();
    void refreshDue();
    void shown();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    static QString label(qint64 span);
    void retranslateUi();

    QList<qint64> m_spans;
    int m_initial = 0;
    const api::Clock *m_clock = nullptr;
    api::SystemClock m_systemClock;
    QTimer m_refreshTimer;
    QLabel *m_caption = nullptr;
    QComboBox *m_range = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace edge::widgets
