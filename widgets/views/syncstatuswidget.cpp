#include "widgets/views/syncstatuswidget.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QStyle>
#include <QToolButton>

namespace edge::widgets {

namespace {
QString phaseText(api::SyncControl::Phase phase)
{
    using P = api::SyncControl::Phase;
    switch (phase) {
    case P::Connecting:
        return QCoreApplication::translate("edge::widgets::SyncStatusWidget", "Connecting");
    case P::Pulling:
        return QCoreApplication::translate("edge::widgets::SyncStatusWidget", "Receiving");
    case P::Pushing:
        return QCoreApplication::translate("edge::widgets::SyncStatusWidget", "Sending");
    case P::Attachments:
        return QCoreApplication::translate("edge::widgets::SyncStatusWidget", "Attachments");
    case P::Exporting:
        return QCoreApplication::translate("edge::widgets::SyncStatusWidget", "Exporting");
    case P::Importing:
        return QCoreApplication::translate("edge::widgets::SyncStatusWidget", "Importing");
    case P::Done: return QCoreApplication::translate("edge::widgets::SyncStatusWidget", "Done");
    }
    return {};
}
} // namespace

SyncStatusWidget::SyncStatusWidget(QWidget *parent)
    : QWidget(parent)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    setObjectName(QStringLiteral("syncStatus"));
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(10, 0, 10, 0);
    row->setSpacing(6);
    m_sync = new QToolButton(this);
    m_sync->setObjectName(QStringLiteral("syncStatusSyncButton"));
    m_sync->setAutoRaise(true);
    m_sync->setIcon(style()->standardIcon(QStyle::SP_BrowserReload, nullptr, this));
    m_last = new QLabel(this);
    m_last->setObjectName(QStringLiteral("syncLastLabel"));
    m_pending = new QLabel(this);
    m_pending->setObjectName(QStringLiteral("syncPendingLabel"));
    m_offline = new QLabel(this);
    m_offline->setObjectName(QStringLiteral("syncOfflineLabel"));
    m_offline->setStyleSheet(QStringLiteral("color: #8a5300;"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("syncProgress"));
    m_progress->setMaximumWidth(160);
    m_progress->setMaximumHeight(16);
    m_progress->setTextVisible(true);
    m_cancel = new QToolButton(this);
    m_cancel->setObjectName(QStringLiteral("syncCancelButton"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("syncErrorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_error->setMaximumWidth(360);
    for (QWidget *w : {static_cast<QWidget *>(m_sync), static_cast<QWidget *>(m_last),
                       static_cast<QWidget *>(m_pending), static_cast<QWidget *>(m_offline),
                       static_cast<QWidget *>(m_progress), static_cast<QWidget *>(m_cancel),
                       static_cast<QWidget *>(m_error)})
        row->addWidget(w);
    connect(m_sync, &QToolButton::clicked, this, &SyncStatusWidget::syncRequested);
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_syncControl)
            m_syncControl->cancel();
        m_cancel->setEnabled(false);
    });
    m_tick.setInterval(30'000);
    connect(&m_tick, &QTimer::timeout, this, &SyncStatusWidget::update);
    m_tick.start();
    retranslateUi();
}

void SyncStatusWidget::setNow(std::function<qint64()> now)
{
    m_now = std::move(now);
    update();
}

void SyncStatusWidget::setSyncControl(api::SyncControl *sync)
{
    if (m_syncControl)
        disconnect(m_syncControl, nullptr, this, nullptr);
    m_syncControl = sync;
    if (sync) {
        connect(sync, &api::SyncControl::stateChanged, this, [this](api::SyncControl::State s) {
            if (s == api::SyncControl::State::Syncing) {
                m_error->clear();
                m_cancel->setEnabled(true);
                m_progress->setRange(0, 0);
            }
            update();
        });
        connect(sync, &api::SyncControl::progress, this, &SyncStatusWidget::onProgress);
        connect(sync, &api::SyncControl::finished, this,
                [this](bool ok, const QString &message) { onFinished(ok, message); });
        for (auto signal : {&api::SyncControl::signedInChanged, &api::SyncControl::reachableChanged})
            connect(sync, signal, this, &SyncStatusWidget::update);
        connect(sync, &api::SyncControl::pendingChanged, this, &SyncStatusWidget::update);
        connect(sync, &api::SyncControl::lastSyncChanged, this, &SyncStatusWidget::update);
    }
    update();
}

QString SyncStatusWidget::lastSyncText(qint64 syncMs, qint64 nowMs)
{
    if (syncMs <= 0)
        return tr("Never synced");
    const qint64 minutes = std::max<qint64>(0, (nowMs - syncMs) / 60'000);
    if (minutes < 1)
        return tr("Synced just now");
    if (minutes < 60)
        return tr("Synced %1 min ago").arg(minutes);
    if (minutes < 24 * 60)
        return tr("Synced %1 h ago").arg(minutes / 60);
    return tr("Synced on %1")
        .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(syncMs), QLocale::ShortFormat));
}

void SyncStatusWidget::update()
{
    const bool has = !m_syncControl.isNull();
    setVisible(has);
    if (!has)
        return;
    api::SyncControl *s = m_syncControl;
    const api::SyncHubParams hub = s->hub();
    const bool syncing = s->state() == api::SyncControl::State::Syncing;
    m_last->setText(lastSyncText(s->lastSyncMs(), m_now()));
    QString tip;
    if (hub.hostPort.isEmpty())
        tip = tr("No sync hub is set. Choose Sync ▸ Sync Now to set one.");
    else if (!s->isReachable())
        tip = tr("Sync hub %1: not reachable right now.").arg(hub.hostPort);
    else if (!s->isSignedIn())
        tip = tr("Sync hub %1: reachable; choose Sync Now to sign in and sync.").arg(hub.hostPort);
    else
        tip = tr("Sync hub %1: reachable; syncs automatically.").arg(hub.hostPort);
    if (s->lastSyncMs() > 0)
        tip += QLatin1Char('\n')
               + tr("Last sync: %1")
                     .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(s->lastSyncMs()),
                                             QLocale::LongFormat));
    m_last->setToolTip(tip);
    const qint64 pending = s->pendingOperations();
    m_pending->setVisible(pending >= 0);
    m_pending->setText(tr("%1 pending").arg(pending));
    m_pending->setToolTip(tr("Changes made here that the sync hub does not have yet."));
    m_offline->setVisible(!hub.hostPort.isEmpty() && !s->isReachable() && !syncing);
    m_offline->setText(tr("Hub not reachable"));
    m_offline->setToolTip(tr("The sync hub %1 does not answer. Work goes on here; the console "
                             "syncs when the hub answers again.")
                              .arg(hub.hostPort));
    m_progress->setVisible(syncing);
    m_cancel->setVisible(syncing);
    m_sync->setEnabled(!syncing);
    m_error->setVisible(!syncing && !s->lastError().isEmpty());
    if (!s->lastError().isEmpty()) {
        const QString full = s->lastError();
        m_error->setToolTip(full);
        m_error->setText(
            m_error->fontMetrics().elidedText(full, Qt::ElideRight, m_error->maximumWidth()));
    }
}

void SyncStatusWidget::onProgress(api::SyncControl::Phase phase, qint64 done, qint64 total)
{
    m_phase = phase;
    if (total > 0) {
        // QProgressBar counts in int: scale large totals.
        const int scale = total > 1'000'000'000 ? 1000 : 1;
        m_progress->setRange(0, int(total / scale));
        m_progress->setValue(int(std::min(done, total) / scale));
        m_progress->setFormat(phaseText(phase) + QStringLiteral(" %p%"));
    } else {
        m_progress->setRange(0, 0);
        m_progress->setFormat(phaseText(phase));
    }
    m_progress->setToolTip(
        tr("%1: %2 of %3").arg(phaseText(phase)).arg(done).arg(total > 0 ? total : done));
}

void SyncStatusWidget::onFinished(bool ok, const QString &message)
{
    Q_UNUSED(ok);
    Q_UNUSED(message);
    update();
}

void SyncStatusWidget::retranslateUi()
{
    m_sync->setToolTip(tr("Sync now"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop after the batch in flight; the next sync continues from there."));
    update();
}

void SyncStatusWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace edge::widgets
