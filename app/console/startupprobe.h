#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

namespace edge::widgets {
class MainWindow;
}

namespace edge::console {

// Watches the Sites table for its first paint after the sites are loaded. Then either prints
// {"startup_ms": N, ...} (--bench-startup) or saves a picture of the window (--screenshot), and
// quits the application.
class StartupProbe : public QObject {
    Q_OBJECT
public:
    enum class Mode { Benchmark, Screenshot };
    StartupProbe(widgets::MainWindow *window, Mode mode, const QString &screenshotPath,
                 QElapsedTimer sinceMain, QObject *parent = nullptr);

    // Milliseconds since the process started (from /proc/self/stat), or -1 when unknown.
    static qint64 processAgeMs();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void firstPaint();
    void prepareScreenshot();
    void takeScreenshot();

    widgets::MainWindow *m_window;
    Mode m_mode;
    QString m_path;
    QElapsedTimer m_sinceMain;
    bool m_fired = false;
};

} // namespace edge::console
