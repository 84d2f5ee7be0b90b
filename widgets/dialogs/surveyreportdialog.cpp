#include "widgets/dialogs/surveyreportdialog.h"

#include "backend/reports/surveyreport.h"
#include "backend/survey/surveystore.h"
#include "translations/i18n.h"
#include "widgets/common/asynctask.h"
#include "widgets/common/reportoutput.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

#include <atomic>

namespace edge::widgets {

struct SurveyReportDialog::Private {
    std::shared_ptr<api::Inventory> inventory;
    std::shared_ptr<api::Attachments> attachments;
    api::Survey survey;
    std::optional<survey::SurveyData> data;
    QString loadError;
    bool pathEdited = false;
    bool busy = false;
    QString written;
    std::shared_ptr<std::atomic<bool>> cancel = std::make_shared<std::atomic<bool>>(false);
    std::shared_ptr<std::atomic<int>> done = std::make_shared<std::atomic<int>>(0);
    std::shared_ptr<std::atomic<int>> total = std::make_shared<std::atomic<int>>(0);
    QTimer *poll = nullptr;

    QLabel *intro = nullptr;
    QLabel *languageLabel = nullptr;
    QComboBox *language = nullptr;
    QLabel *fileLabel = nullptr;
    QLineEdit *file = nullptr;
    QPushButton *browse = nullptr;
    QProgressBar *progress = nullptr;
    QLabel *result = nullptr;
    QPushButton *openFile = nullptr;
    QPushButton *openFolder = nullptr;
    QPushButton *generate = nullptr;
    QPushButton *close = nullptr;
};

namespace {

QString defaultPath(const survey::SurveyData &data, const QString &language)
{
    QString base = (data.site ? data.site->name : data.survey.siteId) + QLatin1Char('-')
                   + data.survey.name + QLatin1Char('-') + language;
    static const QString bad = QStringLiteral("\\/:*?\"<>|");
    for (QChar &c : base)
        if (bad.contains(c) || c.isSpace())
            c = QLatin1Char('_');
    return QDir::home().filePath(base + QStringLiteral(".pdf"));
}

} // namespace

SurveyReportDialog::SurveyReportDialog(std::shared_ptr<api::Inventory> inventory,
                                       const api::Survey &survey, QWidget *parent)
    : QDialog(parent)
    , d(std::make_unique<Private>())
{
    setObjectName(QStringLiteral("surveyReportDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    setMinimumWidth(520);
    d->inventory = std::move(inventory);
    d->survey = survey;

    auto *layout = new QVBoxLayout(this);
    d->intro = new QLabel(this);
    d->intro->setWordWrap(true);
    layout->addWidget(d->intro);
    auto *form = new QFormLayout;
    d->language = new QComboBox(this);
    d->language->setObjectName(QStringLiteral("languageCombo"));
    d->language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    d->language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    const QString ui = i18n::current(*QCoreApplication::instance());
    d->language->setCurrentIndex(ui == QLatin1String("zh_CN") ? 1 : 0);
    d->languageLabel = new QLabel(this);
    d->languageLabel->setBuddy(d->language);
    form->addRow(d->languageLabel, d->language);
    auto *fileRow = new QHBoxLayout;
    d->file = new QLineEdit(this);
    d->file->setObjectName(QStringLiteral("fileEdit"));
    d->browse = new QPushButton(this);
    fileRow->addWidget(d->file, 1);
    fileRow->addWidget(d->browse);
    d->fileLabel = new QLabel(this);
    d->fileLabel->setBuddy(d->file);
    form->addRow(d->fileLabel, fileRow);
    layout->addLayout(form);
    const ReportOutput output = addReportOutput(this, layout, d->done, d->total);
    d->progress = output.progress;
    d->result = output.result;
    d->openFile = output.openFile;
    d->openFolder = output.openFolder;
    d->generate = output.generate;
    d->close = output.close;
    d->poll = output.poll;
    d->generate->setEnabled(false);

    connect(d->file, &QLineEdit::textEdited, this, [this] { d->pathEdited = true; });
    connect(d->language, &QComboBox::currentIndexChanged, this, [this] {
        if (!d->pathEdited && d->data)
            d->file->setText(defaultPath(*d->data, d->language->currentData().toString()));
    });
    connect(d->browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the survey report"),
                                                          d->file->text(), tr("PDF files (*.pdf)"));
        if (!path.isEmpty()) {
            d->file->setText(path);
            d->pathEdited = true;
        }
    });
    connect(d->openFile, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(d->written)); });
    connect(d->openFolder, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(d->written).absolutePath()));
    });
    connect(d->close, &QPushButton::clicked, this, [this] {
        if (d->busy)
            d->cancel->store(true);
        else
            reject();
    });
    connect(d->generate, &QPushButton::clicked, this, [this] {
        if (!d->data || d->busy)
            return;
        const QString path = d->file->text().trimmed();
        if (path.isEmpty()) {
            d->result->setText(tr("Choose where to write the PDF."));
            return;
        }
        reports::SurveyReportOptions options;
        options.language = d->language->currentData().toString();
        options.preparedBy = QString::fromLocal8Bit(qgetenv("USER"));
        options.attachments = d->attachments.get();
        // Prepared here (the texts are translated on the GUI thread), rendered on a worker.
        auto report = reports::prepareSurveyReport(*d->data, options);
        if (!report) {
            d->result->setText(report.error().message);
            return;
        }
        d->busy = true;
        d->cancel->store(false);
        d->written.clear();
        d->generate->setEnabled(false);
        d->openFile->setVisible(false);
        d->openFolder->setVisible(false);
        d->progress->setRange(0, 0);
        d->progress->setVisible(true);
        d->result->setText(tr("Writing the report…"));
        d->close->setText(tr("Cancel"));
        const std::shared_ptr<const reports::SurveyReport> prepared = *report;
        auto cancel = d->cancel;
        auto done = d->done;
        auto total = d->total;
        done->store(0);
        total->store(0);
        d->poll->start();
        AsyncTask::run(
            this,
            [prepared, path, cancel, done, total]() -> api::Result<int> {
                int pages = 0;
                // The worker only touches atomics; the dialog's timer shows them.
                auto written = reports::renderSurveyReport(
                    *prepared, path,
                    [cancel, done, total](int pagesDone, int pagesTotal) {
                        total->store(pagesTotal);
                        done->store(pagesDone);
                        return !cancel->load();
                    },
                    &pages);
                if (!written)
                    return std::unexpected(written.error());
                return pages;
            },
            [this, path](api::Result<int> pages) {
                d->busy = false;
                d->poll->stop();
                d->progress->setVisible(false);
                d->generate->setEnabled(true);
                d->close->setText(tr("Close"));
                if (!pages) {
                    d->result->setText(pages.error().code == api::Code::Cancelled
                                           ? tr("Cancelled; no file was written.")
                                           : pages.error().message);
                    return;
                }
                d->written = QFileInfo(path).absoluteFilePath();
                d->result->setText(tr("Wrote %1 (%n page(s)).", nullptr, *pages)
                                       .arg(QDir::toNativeSeparators(d->written)));
                d->openFile->setVisible(true);
                d->openFolder->setVisible(true);
                Q_EMIT reportWritten(d->written);
            });
    });

    retranslateUi();

    // The survey with its site and items, loaded off the GUI thread.
    d->result->setText(tr("Loading the survey…"));
    auto inv = d->inventory;
    const QString id = survey.id;
    AsyncTask::run(
        this, [inv, id] { return survey::loadSurvey(*inv, id); },
        [this](api::Result<survey::SurveyData> loaded) {
            if (!loaded) {
                d->loadError = loaded.error().message;
                d->result->setText(d->loadError);
                return;
            }
            d->data = std::move(*loaded);
            if (!d->pathEdited)
                d->file->setText(defaultPath(*d->data, d->language->currentData().toString()));
            d->result->clear();
            d->generate->setEnabled(true);
        });
}

SurveyReportDialog::~SurveyReportDialog()
{
    d->cancel->store(true); // a render still running stops at its next page
}

void SurveyReportDialog::setAttachments(std::shared_ptr<api::Attachments> attachments)
{
    d->attachments = std::move(attachments);
}

void SurveyReportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SurveyReportDialog::retranslateUi()
{
    setWindowTitle(tr("Survey report: %1").arg(d->survey.name));
    d->intro->setText(tr("The report lists every check of the survey with its standard, the "
                         "charts, photos and notes, and lines to sign. It stores nothing in the "
                         "survey."));
    d->languageLabel->setText(tr("&Language:"));
    d->fileLabel->setText(tr("&File:"));
    d->browse->setText(tr("Browse…"));
    d->openFile->setText(tr("Open file"));
    d->openFolder->setText(tr("Open folder"));
    d->generate->setText(tr("&Generate"));
    d->close->setText(d->busy ? tr("Cancel") : tr("Close"));
}

} // namespace edge::widgets
