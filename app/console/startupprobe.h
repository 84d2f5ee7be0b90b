#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QWidget>

namespace edge::widgets {
class MainWindow;
}

namespace edge::console {

// Watches the Sites table for its first paint after the sites are loaded. Then either prints
// {"startup_ms": N, ...} (--bench-startup) or saves a picture of the window (--screenshot), and
// quits the application. --screenshot-view node|node-metrics|token|wizard pictures a node's
// window, the bootstrap token dialog or the "Add Node over SSH" wizard instead (user guide).
class StartupProbe : public QObject {
    Q_OBJECT
public:
    enum class Mode { Benchmark, Screenshot };
    StartupProbe(widgets::MainWindow *window, Mode mode, const QString &screenshotPath,
                 QElapsedTimer sinceMain, const QString &view = {}, QObject *parent = nullptr);

    // Milliseconds since the process started (from /proc/self/stat), or -1 when unknown.
    static qint64 processAgeMs();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void firstPaint();
    void prepareScreenshot();
    void takeScreenshot();
    // For the views other than "sites": opens the node page, token dialog or wizard of the
    // selected site's first node and pictures that window instead.
    void openView();
    void openCommissioning();

    widgets::MainWindow *m_window;
    Mode m_mode;
    QString m_path;
    QString m_view;
    QPointer<QWidget> m_target; // what to picture (null: the main window)
    QElapsedTimer m_sinceMain;
    bool m_fired = false;
};

} // namespace edge::console
