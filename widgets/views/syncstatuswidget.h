#pragma once

#include "backend/api/synccontrol.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <functional>

class QLabel;
class QProgressBar;
class QToolButton;

namespace edge::widgets {

// The sync part of the console's status bar (issue 5): when the embedded store last synced
// ("Synced 5 min ago", "Never synced"), how many of its operations the hub still lacks, a progress
// bar with a Cancel button while a sync, export or import runs, whether the hub answers, and the
// last error.
class SyncStatusWidget : public QWidget {
    Q_OBJECT
public:
    explicit SyncStatusWidget(QWidget *parent = nullptr);

    void setSyncControl(api::SyncControl *sync);
    // The clock for "5 min ago" (tests); default: the system's.
    void setNow(std::function<qint64()> now);

    QLabel *lastSyncLabel() const { return m_last; }
    QLabel *pendingLabel() const { return m_pending; }
    // "Hub not reachable": shown while a sync hub is set and its health check fails.
    QLabel *offlineLabel() const { return m_offline; }
    QLabel *errorLabel() const { return m_error; }
    QProgressBar *progressBar() const { return m_progress; }
    QToolButton *cancelButton() const { return m_cancel; }
    QToolButton *syncButton() const { return m_sync; }

    // "Synced 5 min ago" for a sync at `syncMs` seen at `nowMs`; "Never synced" for 0 (translated).
    static QString lastSyncText(qint64 syncMs, qint64 nowMs);

Q_SIGNALS:
    void syncRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();
    void onProgress(api::SyncControl::Phase phase, qint64 done, qint64 total);
    void onFinished(bool ok, const QString &message);
    void retranslateUi();

    QPointer<api::SyncControl> m_syncControl;
    std::function<qint64()> m_now;
    api::SyncControl::Phase m_phase = api::SyncControl::Phase::Connecting;
    QLabel *m_last = nullptr;
    QLabel *m_pending = nullptr;
    QLabel *m_offline = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancel = nullptr;
    QToolButton *m_sync = nullptr;
    QLabel *m_error = nullptr;
    QTimer m_tick;
};

} // namespace edge::widgets
