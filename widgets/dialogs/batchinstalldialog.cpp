#include "widgets/dialogs/batchinstalldialog.h"

#include "widgets/common/asynctask.h"
#include "widgets/common/formerrors.h"
#include "widgets/dialogs/hostkeyprompt.h"

#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <condition_variable>
#include <mutex>

namespace edge::widgets {

using fieldinstall::Step;
using fieldinstall::StepState;

namespace detail {
// Shared between the dialog (GUI thread) and the batch running on worker threads. The dialog
// clears `context` when it goes away; after that nothing is posted to it and a pending host-key
// question is answered "no". BatchInstaller asks one host-key question at a time.
struct BatchShared {
    std::mutex mutex;
    std::condition_variable answered;
    QObject *context = nullptr;
    std::optional<bool> hostKeyAnswer;
    bool abandoned = false;
    bool cancelled = false;
    std::shared_ptr<fieldinstall::BatchInstaller> batch;
};
} // namespace detail

namespace {
// As `edgectl node install-batch` (its --parallel default).
constexpr int DefaultParallel = 4;
constexpr int MaxParallel = 16;

QColor stateColour(BatchInstallDialog::HostState state)
{
    using S = BatchInstallDialog::HostState;
    switch (state) {
    case S::Pending: return QColor(0x6b, 0x6b, 0x6b);
    case S::Running: return QColor(0x1a, 0x5f, 0xb4);
    case S::Done: return QColor(0x1e, 0x7d, 0x32);
    case S::Failed: return QColor(0xb0, 0x1c, 0x1c);
    case S::Cancelled: return QColor(0xb2, 0x6a, 0x00);
    }
    return {};
}
} // namespace

BatchInstallDialog::BatchInstallDialog(std::shared_ptr<api::Enrollment> enrollment,
                                       std::shared_ptr<api::Nodes> nodes, const QString &siteId,
                                       const QString &siteName, const QString &hubAddress,
                                       const QString &caFile, QWidget *parent)
    : QDialog(parent)
    , m_enrollment(std::move(enrollment))
    , m_nodes(std::move(nodes))
    , m_siteId(siteId)
    , m_siteName(siteName)
    , m_shared(std::make_shared<detail::BatchShared>())
{
    setObjectName(QStringLiteral("batchInstallDialog"));
    m_shared->context = this;
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto caption = [this] {
        auto *l = new QLabel(this);
        m_captions.append(l);
        return l;
    };
    auto withBrowse = [this](QLineEdit *edit, QPushButton **button) {
        *button = new QPushButton(this);
        auto *row = new QHBoxLayout;
        row->addWidget(edit, 1);
        row->addWidget(*button);
        return row;
    };
    m_csv = new QLineEdit(this);
    m_csv->setObjectName(QStringLiteral("batchCsv"));
    form->addRow(caption(), withBrowse(m_csv, &m_browseCsv)); // 0
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("batchUser"));
    form->addRow(caption(), m_user); // 1
    m_keyFile = new QLineEdit(this);
    m_keyFile->setObjectName(QStringLiteral("batchKeyFile"));
    form->addRow(caption(), withBrowse(m_keyFile, &m_browseKey)); // 2
    m_package = new QLineEdit(this);
    m_package->setObjectName(QStringLiteral("batchPackage"));
    form->addRow(caption(), withBrowse(m_package, &m_browsePackage)); // 3
    m_hubAddress = new QLineEdit(hubAddress, this);
    m_hubAddress->setObjectName(QStringLiteral("batchHubAddress"));
    form->addRow(caption(), m_hubAddress); // 4
    m_caFile = new QLineEdit(caFile, this);
    m_caFile->setObjectName(QStringLiteral("batchCaFile"));
    form->addRow(caption(), m_caFile); // 5
    m_prefix = new QLineEdit(this);
    m_prefix->setObjectName(QStringLiteral("batchPrefix"));
    form->addRow(caption(), m_prefix); // 6
    m_parallel = new QSpinBox(this);
    m_parallel->setObjectName(QStringLiteral("batchParallel"));
    m_parallel->setRange(1, MaxParallel);
    m_parallel->setValue(DefaultParallel);
    auto *parallelRow = new QHBoxLayout;
    parallelRow->addWidget(m_parallel);
    parallelRow->addStretch(1);
    form->addRow(caption(), parallelRow); // 7
    layout->addLayout(form);
    m_error = createFormErrorLabel(this);
    m_error->setObjectName(QStringLiteral("batchError"));
    layout->addWidget(m_error);

    m_hosts = new QTreeWidget(this);
    m_hosts->setObjectName(QStringLiteral("batchHosts"));
    m_hosts->setRootIsDecorated(false);
    m_hosts->setUniformRowHeights(true);
    m_hosts->setColumnCount(ColumnCount);
    m_hosts->header()->setStretchLastSection(true);
    layout->addWidget(m_hosts, 1);

    // The host-key question for one host (shown while a worker waits for the answer).
    m_hostKeyBox = new QFrame(this);
    m_hostKeyBox->setObjectName(QStringLiteral("batchHostKeyBox"));
    m_hostKeyBox->setFrameShape(QFrame::StyledPanel);
    auto *hk = new QVBoxLayout(m_hostKeyBox);
    m_hostKeyText = new QLabel(m_hostKeyBox);
    m_hostKeyText->setObjectName(QStringLiteral("batchHostKeyText"));
    m_hostKeyText->setWordWrap(true);
    m_fingerprint = createFingerprintLabel(m_hostKeyBox);
    m_fingerprint->setObjectName(QStringLiteral("batchHostKeyFingerprint"));
    m_hostKeyHint = new QLabel(m_hostKeyBox);
    m_hostKeyHint->setWordWrap(true);
    m_trust = new QPushButton(m_hostKeyBox);
    m_trust->setObjectName(QStringLiteral("batchTrustButton"));
    m_refuse = new QPushButton(m_hostKeyBox);
    m_refuse->setObjectName(QStringLiteral("batchRefuseButton"));
    auto *hkButtons = new QHBoxLayout;
    hkButtons->addStretch(1);
    hkButtons->addWidget(m_refuse);
    hkButtons->addWidget(m_trust);
    hk->addWidget(m_hostKeyText);
    hk->addWidget(m_fingerprint);
    hk->addWidget(m_hostKeyHint);
    hk->addLayout(hkButtons);
    m_hostKeyBox->hide();
    layout->addWidget(m_hostKeyBox);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("batchProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("batchSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_start = new QPushButton(this);
    m_start->setObjectName(QStringLiteral("batchStartButton"));
    m_start->setDefault(true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("batchCancelButton"));
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("batchCloseButton"));
    buttons->addWidget(m_start);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_close);
    layout->addLayout(buttons);

    connect(m_start, &QPushButton::clicked, this, [this] { start(); });
    connect(m_cancel, &QPushButton::clicked, this, &BatchInstallDialog::cancelBatch);
    connect(m_close, &QPushButton::clicked, this, &BatchInstallDialog::reject);
    connect(m_trust, &QPushButton::clicked, this, [this] { answerHostKey(true); });
    connect(m_refuse, &QPushButton::clicked, this, [this] { answerHostKey(false); });
    connect(m_browseCsv, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Hosts CSV"), QString(),
                                                       tr("CSV files (*.csv);;All files (*)"));
        if (!f.isEmpty())
            m_csv->setText(QDir::toNativeSeparators(f));
    });
    connect(m_browseKey, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("SSH Private Key"),
                                                       QDir::homePath() + QStringLiteral("/.ssh"));
        if (!f.isEmpty())
            m_keyFile->setText(QDir::toNativeSeparators(f));
    });
    connect(m_browsePackage, &QPushButton::clicked, this, [this] {
        const QString f =
            QFileDialog::getOpenFileName(this, tr("Edge Agent Package"), QString(),
                                         tr("Agent packages (*.deb *.tar.gz);;All files (*)"));
        if (!f.isEmpty())
            m_package->setText(QDir::toNativeSeparators(f));
    });

    retranslateUi();
    updateButtons();
    resize(900, 640);
}

BatchInstallDialog::~BatchInstallDialog()
{
    // The batch may still run on its workers: stop it, answer a pending question, post nothing.
    std::lock_guard lock(m_shared->mutex);
    m_shared->context = nullptr;
    m_shared->abandoned = true;
    if (m_shared->batch)
        m_shared->batch->cancel();
    m_shared->answered.notify_all();
}

api::Result<fieldinstall::InstallRequest> BatchInstallDialog::defaultsFromForm() const
{
    fieldinstall::InstallRequest r;
    r.user = m_user->text().trimmed();
    r.keyFile = QDir::fromNativeSeparators(m_keyFile->text().trimmed());
    r.knownHostsFile = m_knownHostsFile;
    r.site = m_siteId;
    r.hubAddress = m_hubAddress->text().trimmed();
    r.hubCaPath = QDir::fromNativeSeparators(m_caFile->text().trimmed());
    r.packagePath = QDir::fromNativeSeparators(m_package->text().trimmed());
    r.prefix = m_prefix->text().trimmed();
    // Tokens are made in each host's Configure step, so none is spent when an earlier step fails.
    r.createToken = [enrollment = m_enrollment](const QString &site,
                                                const QString &nodeName) -> api::Result<QString> {
        if (!enrollment)
            return api::fail(api::Code::Unavailable,
                             tr("This hub connection cannot issue bootstrap tokens."));
        auto token = enrollment->issueBootstrapToken(site, 0, nodeName);
        if (!token)
            return std::unexpected(token.error());
        return token->token;
    };
    return r;
}

void BatchInstallDialog::showError(const QString &message) { showFormError(m_error, message); }

bool BatchInstallDialog::start()
{
    if (m_running)
        return false;
    setFieldInvalid(m_csv, false);
    const QString path = QDir::fromNativeSeparators(m_csv->text().trimmed());
    if (path.isEmpty()) {
        setFieldInvalid(m_csv, true);
        showError(tr("Choose the CSV file that lists the machines."));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setFieldInvalid(m_csv, true);
        showError(tr("The file %1 cannot be read: %2").arg(path, file.errorString()));
        return false;
    }
    auto hosts = fieldinstall::parseHostsCsv(file.readAll());
    if (!hosts) {
        setFieldInvalid(m_csv, true);
        // The message names line and column (Error::field is "LINE:COLUMN").
        showError(QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), hosts.error().message));
        return false;
    }
    if (hosts->isEmpty()) {
        setFieldInvalid(m_csv, true);
        showError(tr("%1 lists no machines.").arg(QFileInfo(path).fileName()));
        return false;
    }
    auto defaults = defaultsFromForm();
    if (!defaults) {
        showError(defaults.error().message);
        return false;
    }
    // Every host's request must be complete before anything starts.
    for (const fieldinstall::BatchHost &host : std::as_const(*hosts)) {
        if (auto v = fieldinstall::requestFor(*defaults, host).validate(); !v) {
            showError(tr("Line %1 (%2): %3").arg(host.line).arg(host.host, v.error().message));
            return false;
        }
    }
    showError(QString());

    m_rows.clear();
    for (const fieldinstall::BatchHost &host : std::as_const(*hosts)) {
        Row row;
        row.host = host;
        if (row.host.port <= 0)
            row.host.port = defaults->port;
        if (row.host.user.isEmpty())
            row.host.user = defaults->user;
        m_rows.append(row);
    }
    m_results.clear();
    m_questions.clear();
    m_finished = false;
    m_cancelRequested = false;
    fillTable();

    auto batch = std::make_shared<fieldinstall::BatchInstaller>(*defaults, *hosts,
                                                                m_parallel->value(), m_nodes.get());
    auto shared = m_shared;
    {
        std::lock_guard lock(shared->mutex);
        shared->batch = batch;
        shared->cancelled = false;
        shared->hostKeyAnswer.reset();
    }
    batch->setProgressCallback([shared](int row, const fieldinstall::ProgressEvent &event) {
        std::lock_guard lock(shared->mutex);
        // Posted to the dialog; Qt drops the call if the dialog is destroyed before it runs.
        if (auto *d = static_cast<BatchInstallDialog *>(shared->context))
            QMetaObject::invokeMethod(
                d, [d, row, event] { d->onProgress(row, event); }, Qt::QueuedConnection);
    });
    batch->setFinishedCallback([shared](int row, const fieldinstall::InstallResult &result) {
        std::lock_guard lock(shared->mutex);
        if (auto *d = static_cast<BatchInstallDialog *>(shared->context))
            QMetaObject::invokeMethod(
                d, [d, row, result] { d->onHostFinished(row, result); }, Qt::QueuedConnection);
    });
    batch->setHostKeyCallback([shared](int row, const fieldinstall::HostKeyInfo &key) {
        std::unique_lock lock(shared->mutex);
        if (shared->abandoned || shared->cancelled || !shared->context)
            return false;
        shared->hostKeyAnswer.reset();
        auto *d = static_cast<BatchInstallDialog *>(shared->context);
        QMetaObject::invokeMethod(
            d, [d, row, key] { d->onHostKey(row, key); }, Qt::QueuedConnection);
        shared->answered.wait(lock, [&] {
            return shared->hostKeyAnswer.has_value() || shared->abandoned || shared->cancelled;
        });
        return shared->hostKeyAnswer.value_or(false) && !shared->abandoned && !shared->cancelled;
    });
    m_running = true;
    updateButtons();
    updateProgressBar();
    m_summary->setText(tr("Installing on %n machine(s)…", nullptr, int(m_rows.size())));
    auto nodes = m_nodes; // kept alive while the batch runs
    AsyncTask::run(
        this,
        [batch, nodes, shared] {
            auto entries = batch->run();
            // The batch's callbacks hold `shared`, which holds the batch: break the cycle.
            std::lock_guard lock(shared->mutex);
            shared->batch.reset();
            return entries;
        },
        [this](QList<fieldinstall::BatchEntry> entries) { onBatchFinished(entries); });
    return true;
}

void BatchInstallDialog::onProgress(int row, const fieldinstall::ProgressEvent &event)
{
    if (row < 0 || row >= m_rows.size())
        return;
    Row &r = m_rows[row];
    if (r.state != HostState::Pending && r.state != HostState::Running)
        return; // finished already
    r.state = HostState::Running;
    if (r.step != event.step)
        r.fraction = 0.0;
    r.step = event.step;
    if (event.fraction >= 0)
        r.fraction = event.fraction;
    if (!event.message.isEmpty())
        r.message = event.message;
    updateRow(row);
    updateProgressBar();
}

void BatchInstallDialog::onHostKey(int row, const fieldinstall::HostKeyInfo &key)
{
    m_questions.append(HostKeyQuestion{row, key});
    if (row >= 0 && row < m_rows.size()) {
        m_rows[row].message = tr("Waiting for you to check the host key.");
        updateRow(row);
    }
    showHostKeyQuestion();
    Q_EMIT hostKeyPending(row, key.fingerprint);
}

void BatchInstallDialog::showHostKeyQuestion()
{
    if (m_questions.isEmpty()) {
        m_hostKeyBox->hide();
        return;
    }
    const HostKeyQuestion &q = m_questions.first();
    m_hostKeyText->setText(hostKeyQuestion(q.key));
    m_fingerprint->setText(q.key.fingerprint);
    m_hostKeyHint->setText(hostKeyAdvice());
    m_hostKeyBox->show();
    if (q.row >= 0 && q.row < m_hosts->topLevelItemCount())
        m_hosts->scrollToItem(m_hosts->topLevelItem(q.row));
}

int BatchInstallDialog::pendingHostKeyRow() const
{
    return m_questions.isEmpty() ? -1 : m_questions.first().row;
}

void BatchInstallDialog::answerHostKey(bool trust)
{
    if (m_questions.isEmpty())
        return;
    m_questions.removeFirst();
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->hostKeyAnswer = trust;
    }
    m_shared->answered.notify_all();
    showHostKeyQuestion();
}

void BatchInstallDialog::cancelBatch()
{
    if (!m_running)
        return;
    m_cancelRequested = true;
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->cancelled = true;
        if (m_shared->batch)
            m_shared->batch->cancel();
    }
    m_shared->answered.notify_all();
    m_questions.clear();
    showHostKeyQuestion();
    m_summary->setText(
        tr("Cancelling… what this run put on the machines is removed; machines not yet started "
           "are left alone."));
    updateButtons();
}

void BatchInstallDialog::onHostFinished(int row, const fieldinstall::InstallResult &result)
{
    if (row < 0 || row >= m_rows.size())
        return;
    Row &r = m_rows[row];
    if (result.ok) {
        r.state = HostState::Done;
        r.step.reset();
        for (const fieldinstall::StepOutcome &o : result.steps)
            if (o.state == StepState::Done)
                r.step = o.step;
        r.message = tr("Installed as the node \"%1\".").arg(result.nodeName);
    } else {
        r.state = result.error.code == api::Code::Cancelled ? HostState::Cancelled
                                                            : HostState::Failed;
        r.step = result.failedStep;
        r.message = result.error.message;
        if (!result.cleanupError.isEmpty())
            r.message += QLatin1Char(' ')
                         + tr("Cleaning up the machine failed too: %1").arg(result.cleanupError);
    }
    if (!result.nodeName.isEmpty())
        r.host.nodeName = result.nodeName;
    // A question for a host that has finished is moot.
    for (qsizetype i = m_questions.size() - 1; i >= 0; --i)
        if (m_questions.at(i).row == row)
            m_questions.removeAt(i);
    showHostKeyQuestion();
    updateRow(row);
    updateProgressBar();
}

void BatchInstallDialog::onBatchFinished(const QList<fieldinstall::BatchEntry> &entries)
{
    for (qsizetype i = 0; i < entries.size() && i < m_rows.size(); ++i)
        if (m_rows.at(i).state == HostState::Pending || m_rows.at(i).state == HostState::Running)
            onHostFinished(int(i), entries.at(i).result);
    m_results = entries;
    m_running = false;
    m_finished = true;
    m_questions.clear();
    showHostKeyQuestion();
    updateProgressBar();
    updateButtons();
    m_summary->setText(summaryText());
    int installed = 0, failed = 0, cancelled = 0;
    for (const Row &r : std::as_const(m_rows)) {
        installed += r.state == HostState::Done;
        failed += r.state == HostState::Failed;
        cancelled += r.state == HostState::Cancelled;
    }
    Q_EMIT batchFinished(installed, failed, cancelled);
}

QString BatchInstallDialog::summaryText() const
{
    int installed = 0, failed = 0, cancelled = 0;
    for (const Row &r : std::as_const(m_rows)) {
        installed += r.state == HostState::Done;
        failed += r.state == HostState::Failed;
        cancelled += r.state == HostState::Cancelled;
    }
    if (cancelled > 0)
        return tr("%1 installed, %2 failed, %3 cancelled").arg(installed).arg(failed).arg(cancelled);
    return tr("%1 installed, %2 failed").arg(installed).arg(failed);
}

BatchInstallDialog::HostState BatchInstallDialog::hostState(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).state : HostState::Pending;
}

std::optional<Step> BatchInstallDialog::hostStep(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).step : std::nullopt;
}

QString BatchInstallDialog::hostMessage(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).message : QString();
}

void BatchInstallDialog::fillTable()
{
    m_hosts->clear();
    for (int i = 0; i < m_rows.size(); ++i) {
        new QTreeWidgetItem(m_hosts);
        updateRow(i);
    }
    for (int c = 0; c < MessageColumn; ++c)
        m_hosts->resizeColumnToContents(c);
}

void BatchInstallDialog::updateRow(int row)
{
    QTreeWidgetItem *item = m_hosts->topLevelItem(row);
    if (!item || row >= m_rows.size())
        return;
    const Row &r = m_rows.at(row);
    item->setText(HostColumn, r.host.host);
    item->setText(PortColumn, QString::number(r.host.port));
    item->setText(UserColumn, r.host.user);
    item->setText(NodeColumn, r.host.nodeName);
    item->setText(StepColumn, r.step ? fieldinstall::stepLabel(*r.step) : QString());
    item->setData(StepColumn, Qt::UserRole, r.step ? fieldinstall::stepId(*r.step) : QString());
    QString state;
    QStyle::StandardPixmap icon = QStyle::SP_CustomBase;
    switch (r.state) {
    case HostState::Pending: state = tr("pending"); break;
    case HostState::Running:
        state = tr("running");
        icon = QStyle::SP_MediaPlay;
        break;
    case HostState::Done:
        state = tr("done");
        icon = QStyle::SP_DialogApplyButton;
        break;
    case HostState::Failed:
        state = tr("failed");
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case HostState::Cancelled:
        state = tr("cancelled");
        icon = QStyle::SP_DialogCancelButton;
        break;
    }
    item->setText(StateColumn, state);
    item->setIcon(StateColumn,
                  icon == QStyle::SP_CustomBase ? QIcon() : style()->standardIcon(icon));
    item->setForeground(StateColumn, QBrush(stateColour(r.state)));
    item->setText(MessageColumn, r.message);
    item->setToolTip(MessageColumn, r.message);
    for (int c : {int(NodeColumn), int(StepColumn), int(StateColumn)})
        m_hosts->resizeColumnToContents(c);
}

void BatchInstallDialog::updateProgressBar()
{
    if (m_rows.isEmpty()) {
        m_progress->setValue(0);
        return;
    }
    const QList<Step> steps = fieldinstall::allSteps();
    double done = 0;
    for (const Row &r : std::as_const(m_rows)) {
        if (r.state == HostState::Done || r.state == HostState::Failed
            || r.state == HostState::Cancelled)
            done += 1;
        else if (r.state == HostState::Running && r.step)
            done += (double(steps.indexOf(*r.step)) + std::clamp(r.fraction, 0.0, 1.0))
                    / double(std::max<qsizetype>(1, steps.size()));
    }
    m_progress->setValue(int(1000 * done / double(m_rows.size())));
}

void BatchInstallDialog::updateButtons()
{
    m_start->setEnabled(!m_running);
    m_cancel->setEnabled(m_running && !m_cancelRequested);
    for (QWidget *w : std::initializer_list<QWidget *>{m_csv, m_browseCsv, m_user, m_keyFile,
                                                       m_browseKey, m_package, m_browsePackage,
                                                       m_hubAddress, m_caFile, m_prefix, m_parallel})
        w->setEnabled(!m_running);
}

bool BatchInstallDialog::askCloseWhileRunning()
{
    if (!m_confirmClose)
        return true;
    return QMessageBox::question(this, tr("Stop the Installation?"),
                                 tr("Machines are still being installed. Cancel the installation "
                                    "on all of them and close?"),
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
           == QMessageBox::Yes;
}

void BatchInstallDialog::reject()
{
    if (m_running) {
        if (!askCloseWhileRunning())
            return;
        cancelBatch();
        // The workers stop on their own; the destructor cancels and answers whatever is left.
    }
    QDialog::reject();
}

void BatchInstallDialog::retranslateUi()
{
    setWindowTitle(tr("Install Nodes from CSV"));
    m_intro->setText(
        tr("The console installs the edge agent on every machine the CSV lists (columns host, "
           "port, user, key, name, prefix, hub; empty cells take the values below) and enrolls "
           "them as nodes of \"%1\".")
            .arg(m_siteName));
    const QStringList captions{tr("Hosts &CSV:"),     tr("&User:"),           tr("&Key file:"),
                               tr("Agent p&ackage:"), tr("Hub &address:"),    tr("Hub CA &file:"),
                               tr("Install &into:"),  tr("At &most at once:")};
    const QList<QWidget *> buddies{m_csv,        m_user,   m_keyFile, m_package,
                                   m_hubAddress, m_caFile, m_prefix,  m_parallel};
    for (int i = 0; i < m_captions.size() && i < captions.size(); ++i) {
        m_captions[i]->setText(captions[i]);
        m_captions[i]->setBuddy(buddies[i]);
    }
    m_browseCsv->setText(tr("Browse…"));
    m_browseKey->setText(tr("Browse…"));
    m_browsePackage->setText(tr("Browse…"));
    m_csv->setPlaceholderText(tr("a CSV file with a header line: host,port,user,key,name,…"));
    m_user->setPlaceholderText(tr("for rows without a user"));
    m_keyFile->setPlaceholderText(tr("for rows without a key"));
    m_package->setPlaceholderText(tr("edge-agent .deb or .tar.gz built by CPack"));
    m_hubAddress->setPlaceholderText(tr("host:port the nodes reach the hub at"));
    m_prefix->setPlaceholderText(tr("optional: a directory for a user-level install"));
    m_hosts->setHeaderLabels(
        {tr("Host"), tr("Port"), tr("User"), tr("Node"), tr("Step"), tr("State"), tr("Message")});
    m_trust->setText(tr("&Trust"));
    m_refuse->setText(tr("&Refuse"));
    m_start->setText(tr("&Start"));
    m_cancel->setText(tr("Cancel"));
    m_close->setText(tr("Close"));
    for (int i = 0; i < m_rows.size(); ++i)
        updateRow(i);
    if (m_finished)
        m_summary->setText(summaryText());
    showHostKeyQuestion();
}

void BatchInstallDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace edge::widgets
