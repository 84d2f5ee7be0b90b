#include "app/console/startupprobe.h"

#include "widgets/common/signaturepad.h"
#include "widgets/dialogs/addnodewizard.h"
#include "widgets/dialogs/batchinstalldialog.h"
#include "widgets/dialogs/bootstraptokendialog.h"
#include "widgets/dialogs/commissionreportdialog.h"
#include "widgets/models/recordlistmodel.h"
#include "widgets/models/sitesmodel.h"
#include "widgets/views/commissioningpage.h"
#include "widgets/views/mainwindow.h"
#include "widgets/views/nodemetricspanel.h"
#include "widgets/views/nodepage.h"
#include "widgets/views/nodestatuspanel.h"
#include "widgets/views/sitedetailpanel.h"
#include "widgets/views/sitespage.h"
#include "widgets/views/surveypage.h"

#include <QApplication>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QImageWriter>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <unistd.h>

namespace edge::console {

StartupProbe::StartupProbe(widgets::MainWindow *window, Mode mode, const QString &screenshotPath,
                           QElapsedTimer sinceMain, const QString &view, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_mode(mode)
    , m_path(screenshotPath)
    , m_view(view)
    , m_sinceMain(sinceMain)
{
    m_window->sitesPage()->table()->viewport()->installEventFilter(this);
}

qint64 StartupProbe::processAgeMs()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // Field 22 (starttime, clock ticks after boot) counts from the field after the ")" of comm.
    const qsizetype close = line.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = line.mid(close + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    bool ok = false;
    const qint64 startTicks = fields.at(19).toLongLong(&ok);
    const long hz = sysconf(_SC_CLK_TCK);
    timespec now{};
    if (!ok || hz <= 0 || clock_gettime(CLOCK_BOOTTIME, &now) != 0)
        return -1;
    const qint64 nowMs = qint64(now.tv_sec) * 1000 + now.tv_nsec / 1'000'000;
    return nowMs - startTicks * 1000 / hz;
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_fired && event->type() == QEvent::Paint && m_window->sitesPage()->model()->isLoaded()) {
        m_fired = true;
        // Measure after this paint has finished, not before it starts.
        QTimer::singleShot(0, this, &StartupProbe::firstPaint);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::firstPaint()
{
    if (m_mode == Mode::Screenshot) {
        prepareScreenshot();
        return;
    }
    const qint64 mainMs = m_sinceMain.elapsed();
    const qint64 processMs = processAgeMs();
    QJsonObject o;
    o.insert(QStringLiteral("startup_ms"), processMs >= 0 ? processMs : mainMs);
    o.insert(QStringLiteral("since_main_ms"), mainMs);
    o.insert(QStringLiteral("rows"), m_window->sitesPage()->model()->rowCount());
    std::fputs(QJsonDocument(o).toJson(QJsonDocument::Compact).constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    QCoreApplication::quit();
}

void StartupProbe::prepareScreenshot()
{
    // Show a site with contents in the detail panel: the one with the most children.
    widgets::SitesPage *page = m_window->sitesPage();
    widgets::SitesModel *model = page->model();
    auto select = [this, page, model] {
        QString best;
        int most = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            const auto &site = model->siteAt(r);
            const int n = model->childCounts(site.id).total();
            if (n > most) {
                most = n;
                best = site.id;
            }
        }
        if (best.isEmpty()) {
            QTimer::singleShot(300, this, &StartupProbe::takeScreenshot);
            return;
        }
        connect(
            page->detailPanel(), &widgets::SiteDetailPanel::childrenLoaded, this,
            [this] {
                if (m_view.isEmpty() || m_view == QLatin1String("sites"))
                    QTimer::singleShot(400, this, &StartupProbe::takeScreenshot);
                else
                    openView();
            },
            Qt::SingleShotConnection);
        page->selectSite(best);
    };
    if (model->countsLoaded())
        select();
    else
        connect(model, &widgets::SitesModel::countsChanged, this, select, Qt::SingleShotConnection);
    // Never hang: take the picture anyway after 10 s.
    QTimer::singleShot(10'000, this, &StartupProbe::takeScreenshot);
}

void StartupProbe::openView()
{
    widgets::SiteDetailPanel *panel = m_window->sitesPage()->detailPanel();
    const QList<api::Record> nodes = panel->nodes()->records();
    auto later = [this](int ms) { QTimer::singleShot(ms, this, &StartupProbe::takeScreenshot); };
    if (m_view == QLatin1String("site-nodes")) {
        panel->tabs()->setCurrentIndex(1);
        connect(
            panel, &widgets::SiteDetailPanel::nodeStatusLoaded, this, [later] { later(400); },
            Qt::SingleShotConnection);
    } else if (m_view == QLatin1String("node") || m_view == QLatin1String("node-metrics")) {
        if (nodes.isEmpty())
            return later(0);
        widgets::NodePage *node = panel->openNodePage(nodes.first().id);
        if (!node)
            return later(0);
        m_target = node;
        const bool metrics = m_view == QLatin1String("node-metrics");
        if (metrics) {
            node->tabs()->setCurrentIndex(1);
            connect(
                node->metricsPanel(), &widgets::NodeMetricsPanel::loaded, this,
                [later] { later(600); }, Qt::SingleShotConnection);
        } else {
            connect(
                node->statusPanel(), &widgets::NodeStatusPanel::refreshed, this,
                [later] { later(600); }, Qt::SingleShotConnection);
        }
    } else if (m_view == QLatin1String("token")) {
        widgets::BootstrapTokenDialog *dialog = panel->openTokenDialog();
        if (!dialog)
            return later(0);
        m_target = dialog;
        connect(
            dialog, &widgets::BootstrapTokenDialog::tokenCreated, this, [later] { later(500); },
            Qt::SingleShotConnection);
        dialog->createButton()->click();
    } else if (m_view == QLatin1String("survey")) {
        // The Survey page with the demo survey (the first one) and its checks.
        m_window->setPage(widgets::MainWindow::Survey);
        widgets::SurveyPage *survey = m_window->surveyPage();
        if (survey->current())
            later(800);
        else
            connect(
                survey, &widgets::SurveyPage::surveyLoaded, this, [later] { later(800); },
                Qt::SingleShotConnection);
    } else if (m_view == QLatin1String("commissioning")
               || m_view == QLatin1String("commissioning-report")) {
        openCommissioning();
    } else if (m_view == QLatin1String("settings")) {
        m_window->setPage(widgets::MainWindow::Settings);
        later(400);
    } else if (m_view == QLatin1String("conflicts")) {
        // The Conflicts page (issue 5) and the sync part of the status bar.
        m_window->setPage(widgets::MainWindow::Conflicts);
        later(600);
    } else if (m_view == QLatin1String("wizard")) {
        widgets::AddNodeWizard *wizard = panel->openAddNodeWizard();
        if (!wizard)
            return later(0);
        m_target = wizard;
        wizard->hostEdit()->setText(QStringLiteral("192.0.2.10"));
        wizard->userEdit()->setText(QStringLiteral("root"));
        wizard->keyFileEdit()->setText(QStringLiteral("/home/field/.ssh/id_ed25519"));
        wizard->packageEdit()->setText(QStringLiteral("/home/field/edge-agent_1.0.0_amd64.deb"));
        if (wizard->hubAddressEdit()->text().isEmpty())
            wizard->hubAddressEdit()->setText(QStringLiteral("hub.example.net:7443"));
        later(500);
    } else if (m_view == QLatin1String("batch")) {
        // "Install from CSV" with a live table: two refused ports fail at once, two machines of
        // TEST-NET-1 (never answer) stay at connecting. Placeholder files stand in for the key and
        // the package; nothing is installed anywhere.
        widgets::BatchInstallDialog *dialog = panel->openBatchInstallDialog();
        if (!dialog)
            return later(0);
        m_target = dialog;
        static QTemporaryDir scratch;
        auto write = [](const QString &file, const QByteArray &content) {
            QFile f(file);
            if (f.open(QIODevice::WriteOnly))
                f.write(content);
            return file;
        };
        dialog->setConfirmClose(false);
        dialog->setKnownHostsFile(scratch.filePath(QStringLiteral("known_hosts")));
        dialog->csvEdit()->setText(write(scratch.filePath(QStringLiteral("hosts.csv")),
                                         "host,port,name\n127.0.0.1,1,pump-station-1\n"
                                         "127.0.0.1,2,pump-station-2\n192.0.2.10,22,substation-a\n"
                                         "192.0.2.11,22,substation-b\n192.0.2.12,22,\n"));
        dialog->userEdit()->setText(QStringLiteral("root"));
        dialog->keyFileEdit()->setText(
            write(scratch.filePath(QStringLiteral("id_ed25519")), "placeholder\n"));
        dialog->packageEdit()->setText(
            write(scratch.filePath(QStringLiteral("edge-agent_1.0.0_amd64.deb")), "placeholder\n"));
        if (dialog->hubAddressEdit()->text().isEmpty())
            dialog->hubAddressEdit()->setText(QStringLiteral("hub.example.net:7443"));
        dialog->parallelSpin()->setValue(4);
        dialog->start();
        later(2500);
    } else {
        later(0);
    }
}

// The Commissioning page with the first cabinet's run (scripts/screenshots.sh records one through
// edgectl) and the item with the most records selected; for commissioning-report, the acceptance
// report dialog over it with both signatures drawn.
void StartupProbe::openCommissioning()
{
    m_window->setPage(widgets::MainWindow::Commissioning);
    widgets::CommissioningPage *page = m_window->commissioningPage();
    auto *wait = new QTimer(this);
    wait->setInterval(200);
    connect(wait, &QTimer::timeout, this, [this, page, wait] {
        if (!page->current() || !page->isIdle())
            return;
        wait->stop();
        wait->deleteLater();
        QHash<QString, int> counts;
        QString best;
        for (const api::CommissioningRecord &r : page->current()->records) {
            if (r.itemId.isEmpty())
                continue;
            if (++counts[r.itemId] > counts.value(best))
                best = r.itemId;
        }
        if (!best.isEmpty())
            page->selectItem(best);
        if (m_view != QLatin1String("commissioning-report")) {
            QTimer::singleShot(800, this, &StartupProbe::takeScreenshot);
            return;
        }
        widgets::CommissionReportDialog *dialog = page->openReportDialog();
        if (!dialog) {
            takeScreenshot();
            return;
        }
        m_target = dialog;
        // Not the scratch home of the script.
        dialog->fileEdit()->setText(QStringLiteral("/home/field/")
                                    + QFileInfo(dialog->fileEdit()->text()).fileName());
        dialog->customerNameEdit()->setText(QStringLiteral("Zhang Min"));
        dialog->passphraseEdit()->setText(QStringLiteral("placeholder passphrase"));
        // Once laid out: a scripted signature on each pad (a wavy line with a loop).
        QTimer::singleShot(400, dialog, [this, dialog] {
            int seed = 0;
            for (widgets::SignaturePad *pad : {dialog->engineerPad(), dialog->customerPad()}) {
                const qreal w = pad->width();
                const qreal h = pad->height();
                QPolygonF stroke;
                for (int i = 0; i <= 120; ++i) {
                    const qreal t = i / 120.0;
                    const qreal x = w * (0.12 + 0.7 * t) + 14 * std::cos(t * 18 + seed);
                    const qreal y = h * 0.55 - h * 0.22 * std::sin(t * (9 + 3 * seed))
                                    + 10 * std::sin(t * 18 + seed);
                    stroke << QPointF(x, y);
                }
                pad->addStroke(stroke);
                pad->addStroke(QPolygonF{QPointF(w * 0.2, h * 0.8), QPointF(w * 0.78, h * 0.74)});
                ++seed;
            }
            QTimer::singleShot(500, this, &StartupProbe::takeScreenshot);
        });
    });
    wait->start();
}

void StartupProbe::takeScreenshot()
{
    static bool taken = false;
    if (taken)
        return;
    taken = true;
    const QPixmap picture = m_target ? m_target->grab() : m_window->grab();
    QImageWriter writer(m_path);
    if (!writer.write(picture.toImage())) {
        std::fprintf(stderr, "edge-console: cannot write %s: %s\n", qPrintable(m_path),
                     qPrintable(writer.errorString()));
        QCoreApplication::exit(1);
        return;
    }
    std::fprintf(stdout, "%s\n", qPrintable(m_path));
    std::fflush(stdout);
    QCoreApplication::quit();
}

} // namespace edge::console
