#include "widgets/common/reportoutput.h"

#include <QBoxLayout>
#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>

namespace edge::widgets {

ReportOutput addReportOutput(QWidget *dialog, QBoxLayout *layout,
                             std::shared_ptr<std::atomic<int>> done,
                             std::shared_ptr<std::atomic<int>> total)
{
    ReportOutput out;
    out.progress = new QProgressBar(dialog);
    out.progress->setObjectName(QStringLiteral("progressBar"));
    out.progress->setVisible(false);
    layout->addWidget(out.progress);
    out.result = new QLabel(dialog);
    out.result->setObjectName(QStringLiteral("resultLabel"));
    out.result->setWordWrap(true);
    out.result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(out.result);
    auto *buttons = new QDialogButtonBox(dialog);
    out.openFile = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    out.openFile->setObjectName(QStringLiteral("openFileButton"));
    out.openFolder = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    out.openFolder->setObjectName(QStringLiteral("openFolderButton"));
    out.generate = buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    out.generate->setObjectName(QStringLiteral("generateButton"));
    out.generate->setDefault(true);
    out.close = buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    out.close->setObjectName(QStringLiteral("closeButton"));
    out.openFile->setVisible(false);
    out.openFolder->setVisible(false);
    layout->addWidget(buttons);

    out.poll = new QTimer(dialog);
    out.poll->setInterval(100);
    QProgressBar *progress = out.progress;
    QObject::connect(out.poll, &QTimer::timeout, progress, [progress, done, total] {
        if (const int all = total->load(); all > 0) {
            progress->setRange(0, all);
            progress->setValue(done->load());
        }
    });
    return out;
}

} // namespace edge::widgets
