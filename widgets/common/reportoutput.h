#pragma once

// The lower part of the report dialogs (survey report, acceptance report): a progress bar, a
// result line, and the buttons Open File, Open Folder (hidden until a file is written), Generate
// (the default) and Close, whose texts the dialog sets; a timer (started by the dialog while a
// worker writes) shows the progress from the two counters the worker updates.

#include <QPointer>
#include <atomic>
#include <memory>

class QBoxLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;
class QWidget;

namespace edge::widgets {

struct ReportOutput {
    QProgressBar *progress = nullptr;
    QLabel *result = nullptr;
    QPushButton *openFile = nullptr;
    QPushButton *openFolder = nullptr;
    QPushButton *generate = nullptr;
    QPushButton *close = nullptr;
    QTimer *poll = nullptr;
};

ReportOutput addReportOutput(QWidget *dialog, QBoxLayout *layout,
                             std::shared_ptr<std::atomic<int>> done,
                             std::shared_ptr<std::atomic<int>> total);

} // namespace edge::widgets
