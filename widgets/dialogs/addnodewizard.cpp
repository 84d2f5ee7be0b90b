#include "widgets/dialogs/addnodewizard.h"

#include "widgets/common/asynctask.h"
#include "widgets/common/formerrors.h"
#include "widgets/dialogs/hostkeyprompt.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <condition_variable>
#include <mutex>

namespace edge::widgets {

using fieldinstall::Step;
using fieldinstall::StepState;

namespace detail {
// Shared between the wizard (GUI thread) and the install running on a worker thread. The wizard
// clears `context` when it goes away; after that nothing is posted to it and a pending host-key
// question is answered "no".
struct InstallShared {
    std::mutex mutex;
    std::condition_variable answered;
    QObject *context = nullptr;
    std::optional<bool> hostKeyAnswer;
    bool abandoned = false;
    std::shared_ptr<fieldinstall::FieldInstaller> installer;
};
} // namespace detail

// A page that asks the wizard whether it is complete and what happens when it is entered or left.
class AddNodeWizardPage : public QWizardPage {
public:
    AddNodeWizardPage(AddNodeWizard *wizard, int id)
        : QWizardPage(wizard)
        , m_wizard(wizard)
        , m_id(id)
    {}
    bool isComplete() const override { return m_wizard->pageComplete(m_id); }
    void initializePage() override
    {
        if (m_id == AddNodeWizard::HostKeyPage)
            m_wizard->startInstall();
    }
    bool validatePage() override
    {
        if (m_id == AddNodeWizard::TargetPage)
            return m_wizard->validateTarget();
        if (m_id == AddNodeWizard::HostKeyPage && !m_wizard->m_pendingFingerprint.isEmpty())
            m_wizard->answerHostKey(true);
        return true;
    }
    void notify() { Q_EMIT completeChanged(); }

private:
    AddNodeWizard *m_wizard;
    int m_id;
};

namespace {
QLabel *wrapping(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setWordWrap(true);
    return l;
}
} // namespace

AddNodeWizard::AddNodeWizard(std::shared_ptr<api::Enrollment> enrollment,
                             std::shared_ptr<api::Nodes> nodes, const QString &siteId,
                             const QString &siteName, const QString &hubAddress,
                             const QString &caFile, QWidget *parent)
    : QWizard(parent)
    , m_enrollment(std::move(enrollment))
    , m_nodes(std::move(nodes))
    , m_siteId(siteId)
    , m_siteName(siteName)
    , m_shared(std::make_shared<detail::InstallShared>())
{
    setObjectName(QStringLiteral("addNodeWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    m_shared->context = this;

    // ---- Target
    auto *target = new AddNodeWizardPage(this, TargetPage);
    auto *tl = new QVBoxLayout(target);
    m_targetIntro = wrapping(target);
    tl->addWidget(m_targetIntro);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto caption = [this, target] {
        auto *l = new QLabel(target);
        m_captions.append(l);
        return l;
    };
    m_host = new QLineEdit(target);
    m_host->setObjectName(QStringLiteral("sshHost"));
    m_port = new QSpinBox(target);
    m_port->setObjectName(QStringLiteral("sshPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(22);
    auto *hostRow = new QHBoxLayout;
    hostRow->addWidget(m_host, 1);
    auto *portCaption = caption();
    hostRow->addWidget(portCaption);
    hostRow->addWidget(m_port);
    form->addRow(caption(), hostRow); // 0: host (1: port above)
    std::swap(m_captions[0], m_captions[1]);
    m_user = new QLineEdit(target);
    m_user->setObjectName(QStringLiteral("sshUser"));
    form->addRow(caption(), m_user); // 2
    m_useKey = new QRadioButton(target);
    m_useKey->setObjectName(QStringLiteral("sshUseKey"));
    m_usePassword = new QRadioButton(target);
    m_usePassword->setObjectName(QStringLiteral("sshUsePassword"));
    m_useKey->setChecked(true);
    auto *authRow = new QHBoxLayout;
    authRow->addWidget(m_useKey);
    authRow->addWidget(m_usePassword);
    authRow->addStretch(1);
    form->addRow(caption(), authRow); // 3
    m_keyFile = new QLineEdit(target);
    m_keyFile->setObjectName(QStringLiteral("sshKeyFile"));
    m_browseKey = new QPushButton(target);
    auto *keyRow = new QHBoxLayout;
    keyRow->addWidget(m_keyFile, 1);
    keyRow->addWidget(m_browseKey);
    form->addRow(caption(), keyRow); // 4
    m_password = new QLineEdit(target);
    m_password->setObjectName(QStringLiteral("sshPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(caption(), m_password); // 5
    m_nodeName = new QLineEdit(target);
    m_nodeName->setObjectName(QStringLiteral("installNodeName"));
    form->addRow(caption(), m_nodeName); // 6
    m_package = new QLineEdit(target);
    m_package->setObjectName(QStringLiteral("installPackage"));
    m_browsePackage = new QPushButton(target);
    auto *pkgRow = new QHBoxLayout;
    pkgRow->addWidget(m_package, 1);
    pkgRow->addWidget(m_browsePackage);
    form->addRow(caption(), pkgRow); // 7
    m_hubAddress = new QLineEdit(hubAddress, target);
    m_hubAddress->setObjectName(QStringLiteral("installHubAddress"));
    form->addRow(caption(), m_hubAddress); // 8
    m_caFile = new QLineEdit(caFile, target);
    m_caFile->setObjectName(QStringLiteral("installCaFile"));
    form->addRow(caption(), m_caFile); // 9
    m_prefix = new QLineEdit(target);
    m_prefix->setObjectName(QStringLiteral("installPrefix"));
    form->addRow(caption(), m_prefix); // 10
    tl->addLayout(form);
    m_targetError = createFormErrorLabel(target);
    m_targetError->setObjectName(QStringLiteral("installTargetError"));
    tl->addWidget(m_targetError);
    tl->addStretch(1);
    auto updateAuth = [this] {
        m_keyFile->setEnabled(m_useKey->isChecked());
        m_browseKey->setEnabled(m_useKey->isChecked());
        m_password->setEnabled(m_usePassword->isChecked());
    };
    connect(m_useKey, &QRadioButton::toggled, this, updateAuth);
    updateAuth();
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

    // ---- Host key
    auto *hostKey = new AddNodeWizardPage(this, HostKeyPage);
    hostKey->setCommitPage(true);
    auto *hl = new QVBoxLayout(hostKey);
    m_hostKeyText = wrapping(hostKey);
    m_hostKeyText->setObjectName(QStringLiteral("hostKeyText"));
    m_fingerprint = createFingerprintLabel(hostKey);
    m_fingerprint->setObjectName(QStringLiteral("hostKeyFingerprint"));
    m_hostKeyHint = wrapping(hostKey);
    m_refuse = new QPushButton(hostKey);
    m_refuse->setObjectName(QStringLiteral("refuseHostKeyButton"));
    m_refuse->hide();
    connect(m_refuse, &QPushButton::clicked, this, [this] { answerHostKey(false); });
    hl->addWidget(m_hostKeyText);
    hl->addSpacing(6);
    hl->addWidget(m_fingerprint);
    hl->addSpacing(6);
    hl->addWidget(m_hostKeyHint);
    hl->addWidget(m_refuse, 0, Qt::AlignLeft);
    hl->addStretch(1);

    // ---- Progress
    auto *progress = new AddNodeWizardPage(this, ProgressPage);
    auto *pl = new QVBoxLayout(progress);
    m_steps = new QTreeWidget(progress);
    m_steps->setObjectName(QStringLiteral("installSteps"));
    m_steps->setRootIsDecorated(false);
    m_steps->setColumnCount(3);
    m_steps->setUniformRowHeights(true);
    m_steps->header()->setStretchLastSection(true);
    for (Step s : fieldinstall::allSteps()) {
        auto *item = new QTreeWidgetItem(m_steps);
        item->setData(0, Qt::UserRole, int(s));
        m_states.insert(int(s), StepState::Pending);
    }
    m_progress = new QProgressBar(progress);
    m_progress->setObjectName(QStringLiteral("installProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setValue(0);
    m_progressMessage = wrapping(progress);
    m_progressMessage->setObjectName(QStringLiteral("installMessage"));
    pl->addWidget(m_steps, 1);
    pl->addWidget(m_progress);
    pl->addWidget(m_progressMessage);

    // ---- Result
    auto *result = new AddNodeWizardPage(this, ResultPage);
    result->setFinalPage(true);
    auto *rl = new QVBoxLayout(result);
    m_resultTitle = new QLabel(result);
    m_resultTitle->setObjectName(QStringLiteral("installResultTitle"));
    QFont f = m_resultTitle->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.2);
    m_resultTitle->setFont(f);
    m_resultText = wrapping(result);
    m_resultText->setObjectName(QStringLiteral("installResultText"));
    m_resultText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rl->addWidget(m_resultTitle);
    rl->addWidget(m_resultText);
    rl->addStretch(1);

    m_pages = {target, hostKey, progress, result};
    setPage(TargetPage, target);
    setPage(HostKeyPage, hostKey);
    setPage(ProgressPage, progress);
    setPage(ResultPage, result);
    setStartId(TargetPage);
    retranslateUi();
    resize(720, 560);
}

AddNodeWizard::~AddNodeWizard()
{
    // The install may still run on its worker: stop it, answer a pending question, post nothing.
    std::lock_guard lock(m_shared->mutex);
    m_shared->context = nullptr;
    m_shared->abandoned = true;
    if (m_shared->installer)
        m_shared->installer->cancel();
    m_shared->answered.notify_all();
}

api::Result<fieldinstall::InstallRequest> AddNodeWizard::requestFromForm() const
{
    fieldinstall::InstallRequest r;
    r.host = m_host->text().trimmed();
    r.port = m_port->value();
    r.user = m_user->text().trimmed();
    if (m_useKey->isChecked())
        r.keyFile = QDir::fromNativeSeparators(m_keyFile->text().trimmed());
    else
        r.password = m_password->text();
    if (m_usePassword->isChecked() && r.password.isEmpty())
        return api::fail(api::Code::InvalidArgument, tr("Enter the password of %1.").arg(r.user),
                         {}, QStringLiteral("password"));
    if (m_useKey->isChecked() && r.keyFile.isEmpty())
        return api::fail(api::Code::InvalidArgument,
                         tr("Choose the private key file to sign in with."), {},
                         QStringLiteral("keyFile"));
    r.knownHostsFile = m_knownHostsFile;
    r.site = m_siteId;
    r.nodeName = m_nodeName->text().trimmed();
    r.hubAddress = m_hubAddress->text().trimmed();
    r.hubCaPath = QDir::fromNativeSeparators(m_caFile->text().trimmed());
    r.packagePath = QDir::fromNativeSeparators(m_package->text().trimmed());
    r.prefix = m_prefix->text().trimmed();
    // The token is made in the Configure step, so none is spent when an earlier step fails.
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
    if (auto v = r.validate(); !v)
        return std::unexpected(v.error());
    return r;
}

bool AddNodeWizard::validateTarget()
{
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_host, m_port, m_user, m_keyFile, m_password, m_nodeName,
                                          m_package, m_hubAddress, m_caFile, m_prefix})
        setFieldInvalid(w, false);
    auto request = requestFromForm();
    if (!request) {
        const QString field = request.error().field;
        const QHash<QString, QWidget *> fields{{QStringLiteral("host"), m_host},
                                               {QStringLiteral("port"), m_port},
                                               {QStringLiteral("user"), m_user},
                                               {QStringLiteral("keyFile"), m_keyFile},
                                               {QStringLiteral("password"), m_password},
                                               {QStringLiteral("nodeName"), m_nodeName},
                                               {QStringLiteral("packagePath"), m_package},
                                               {QStringLiteral("hubAddress"), m_hubAddress},
                                               {QStringLiteral("hubCaPath"), m_caFile},
                                               {QStringLiteral("prefix"), m_prefix}};
        if (QWidget *w = fields.value(field)) {
            setFieldInvalid(w, true, request.error().message);
            w->setFocus();
        }
        showFormError(m_targetError, request.error().message);
        return false;
    }
    showFormError(m_targetError, QString());
    return true;
}

void AddNodeWizard::startInstall()
{
    if (m_running || m_result)
        return;
    auto request = requestFromForm();
    if (!request)
        return;
    auto installer = std::make_shared<fieldinstall::FieldInstaller>(*request, m_nodes.get());
    auto shared = m_shared;
    {
        std::lock_guard lock(shared->mutex);
        shared->installer = installer;
        shared->hostKeyAnswer.reset();
    }
    installer->setProgressCallback([shared](const fieldinstall::ProgressEvent &event) {
        std::lock_guard lock(shared->mutex);
        // Posted to the wizard; Qt drops the call if the wizard is destroyed before it runs.
        if (auto *w = static_cast<AddNodeWizard *>(shared->context))
            QMetaObject::invokeMethod(
                w, [w, event] { w->onProgress(event); }, Qt::QueuedConnection);
    });
    installer->setHostKeyCallback([shared](const fieldinstall::HostKeyInfo &key) {
        std::unique_lock lock(shared->mutex);
        if (shared->abandoned || !shared->context)
            return false;
        shared->hostKeyAnswer.reset();
        auto *w = static_cast<AddNodeWizard *>(shared->context);
        QMetaObject::invokeMethod(
            w, [w, key] { w->onHostKey(key); }, Qt::QueuedConnection);
        shared->answered.wait(lock, [&] {
            return shared->hostKeyAnswer.has_value() || shared->abandoned
                   || shared->installer->isCancelled();
        });
        return shared->hostKeyAnswer.value_or(false) && !shared->abandoned;
    });
    m_running = true;
    m_hostKeyDone = false;
    m_cancelRequested = false;
    m_pendingFingerprint.clear();
    retranslateUi();
    auto nodes = m_nodes; // kept alive while the install runs
    AsyncTask::run(
        this,
        [installer, nodes, shared] {
            auto result = installer->run();
            // The installer's callbacks hold `shared`, which holds the installer: break the cycle.
            std::lock_guard lock(shared->mutex);
            shared->installer.reset();
            return result;
        },
        [this](fieldinstall::InstallResult result) { onFinished(result); });
}

void AddNodeWizard::onProgress(const fieldinstall::ProgressEvent &event)
{
    m_fractions.insert(int(event.step), event.fraction);
    setStepState(event.step, event.state, event.message);
    if (!event.message.isEmpty() && event.state == StepState::Running)
        m_progressMessage->setText(event.message);
    if (event.step == Step::VerifyHostKey
        && (event.state == StepState::Done || event.state == StepState::Skipped)) {
        m_hostKeyDone = true;
        m_pendingFingerprint.clear();
        static_cast<AddNodeWizardPage *>(m_pages[HostKeyPage])->notify();
        if (currentId() == HostKeyPage)
            next();
    }
    updateProgressBar();
}

void AddNodeWizard::onHostKey(const fieldinstall::HostKeyInfo &key)
{
    m_pendingFingerprint = key.fingerprint;
    m_hostKeyText->setText(hostKeyQuestion(key));
    m_fingerprint->setText(key.fingerprint);
    m_fingerprint->show();
    m_hostKeyHint->setText(hostKeyAdvice());
    m_hostKeyHint->show();
    m_refuse->show();
    static_cast<AddNodeWizardPage *>(m_pages[HostKeyPage])->notify();
    Q_EMIT hostKeyPending(key.fingerprint);
}

void AddNodeWizard::answerHostKey(bool trust)
{
    if (m_pendingFingerprint.isEmpty())
        return;
    m_pendingFingerprint.clear();
    m_refuse->hide();
    if (trust)
        m_hostKeyDone = true;
    {
        std::lock_guard lock(m_shared->mutex);
        m_shared->hostKeyAnswer = trust;
    }
    m_shared->answered.notify_all();
    static_cast<AddNodeWizardPage *>(m_pages[HostKeyPage])->notify();
}

void AddNodeWizard::cancelInstall()
{
    if (!m_running)
        return;
    m_cancelRequested = true;
    {
        std::lock_guard lock(m_shared->mutex);
        if (m_shared->installer)
            m_shared->installer->cancel();
    }
    m_shared->answered.notify_all();
    m_progressMessage->setText(tr("Cancelling… what this run put on the machine is removed."));
    if (QAbstractButton *b = button(QWizard::CancelButton))
        b->setEnabled(false);
}

void AddNodeWizard::onFinished(const fieldinstall::InstallResult &result)
{
    m_running = false;
    m_result = result;
    m_pendingFingerprint.clear();
    for (const fieldinstall::StepOutcome &o : result.steps)
        setStepState(o.step, o.state, o.message);
    updateProgressBar();
    if (QAbstractButton *b = button(QWizard::CancelButton))
        b->setEnabled(true);
    showResult();
    for (QWizardPage *p : std::as_const(m_pages))
        static_cast<AddNodeWizardPage *>(p)->notify();
    if (currentId() == HostKeyPage || currentId() == ProgressPage)
        next();
    Q_EMIT installFinished(result.ok);
}

StepState AddNodeWizard::stepState(Step step) const
{
    return m_states.value(int(step), StepState::Pending);
}

void AddNodeWizard::setStepState(Step step, StepState state, const QString &message)
{
    m_states.insert(int(step), state);
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_steps->topLevelItem(i);
        if (item->data(0, Qt::UserRole).toInt() != int(step))
            continue;
        item->setText(1, fieldinstall::stepStateLabel(state));
        if (!message.isEmpty() || state == StepState::Pending)
            item->setText(2, message);
        item->setToolTip(2, message);
        QStyle::StandardPixmap icon = QStyle::SP_CustomBase;
        QColor colour;
        switch (state) {
        case StepState::Pending: colour = QColor(0x6b, 0x6b, 0x6b); break;
        case StepState::Running:
            icon = QStyle::SP_MediaPlay;
            colour = QColor(0x1a, 0x5f, 0xb4);
            break;
        case StepState::Done:
            icon = QStyle::SP_DialogApplyButton;
            colour = QColor(0x1e, 0x7d, 0x32);
            break;
        case StepState::Skipped:
            icon = QStyle::SP_ArrowRight;
            colour = QColor(0x6b, 0x6b, 0x6b);
            break;
        case StepState::Failed:
            icon = QStyle::SP_MessageBoxCritical;
            colour = QColor(0xb0, 0x1c, 0x1c);
            break;
        case StepState::Cancelled:
            icon = QStyle::SP_DialogCancelButton;
            colour = QColor(0xb2, 0x6a, 0x00);
            break;
        }
        item->setIcon(0, icon == QStyle::SP_CustomBase ? QIcon() : style()->standardIcon(icon));
        item->setForeground(1, colour.isValid() ? QBrush(colour) : QBrush());
    }
    m_steps->resizeColumnToContents(0);
    m_steps->resizeColumnToContents(1);
}

void AddNodeWizard::updateProgressBar()
{
    const QList<Step> steps = fieldinstall::allSteps();
    double done = 0;
    for (Step s : steps) {
        const StepState st = stepState(s);
        if (st == StepState::Done || st == StepState::Skipped)
            done += 1;
        else if (st == StepState::Running)
            done += std::clamp(m_fractions.value(int(s), 0.0), 0.0, 1.0);
    }
    m_progress->setValue(int(1000 * done / std::max<qsizetype>(1, steps.size())));
}

void AddNodeWizard::showResult()
{
    if (!m_result)
        return;
    const fieldinstall::InstallResult &r = *m_result;
    if (r.ok) {
        m_resultTitle->setText(tr("The node is installed"));
        const bool online = stepState(Step::WaitOnline) == StepState::Done;
        m_resultText->setText(
            online ? tr("The edge agent runs on %1 as the node \"%2\" of %3, enrolled and online.")
                         .arg(m_host->text().trimmed(), r.nodeName, m_siteName)
                   : tr("The edge agent runs on %1 as the node \"%2\" of %3. The console did not "
                        "wait for it to come online.")
                         .arg(m_host->text().trimmed(), r.nodeName, m_siteName));
        m_progressMessage->setText(m_resultText->text());
        return;
    }
    const bool cancelled = r.error.code == api::Code::Cancelled || m_cancelRequested;
    m_resultTitle->setText(cancelled ? tr("The installation was cancelled")
                                     : tr("The installation failed"));
    QStringList lines;
    if (r.failedStep)
        lines << (cancelled ? tr("Stopped at the step \"%1\".") : tr("The step \"%1\" failed."))
                     .arg(fieldinstall::stepLabel(*r.failedStep));
    lines << r.error.message;
    if (r.cleanedUp)
        lines << tr("Everything this run put on the machine was removed again; you can run the "
                    "wizard again.");
    else if (!r.cleanupError.isEmpty())
        lines << tr("Cleaning up the machine failed too: %1").arg(r.cleanupError);
    m_resultText->setText(lines.join(QStringLiteral("\n\n")));
    m_progressMessage->setText(lines.first());
}

bool AddNodeWizard::pageComplete(int id) const
{
    switch (id) {
    case HostKeyPage:
        return m_result.has_value() || m_hostKeyDone || !m_pendingFingerprint.isEmpty();
    case ProgressPage: return m_result.has_value();
    default: return true;
    }
}

int AddNodeWizard::nextId() const
{
    switch (currentId()) {
    case TargetPage: return HostKeyPage;
    case HostKeyPage: return m_result ? ResultPage : ProgressPage;
    case ProgressPage: return ResultPage;
    default: return -1;
    }
}

void AddNodeWizard::reject()
{
    if (m_running) {
        if (!m_pendingFingerprint.isEmpty())
            answerHostKey(false);
        cancelInstall();
        return;
    }
    QWizard::reject();
}

void AddNodeWizard::retranslateUi()
{
    setWindowTitle(tr("Add Node over SSH"));
    setButtonText(QWizard::CommitButton, tr("Trust and Continue"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    m_pages[TargetPage]->setTitle(tr("Where to install"));
    m_pages[TargetPage]->setSubTitle(QString());
    m_targetIntro->setText(
        tr("The console signs in to the machine over SSH, uploads the edge agent package, "
           "installs and starts it, and waits until it has enrolled as a node of \"%1\".")
            .arg(m_siteName));
    const QStringList captions{tr("&Host:"),        tr("&Port:"),          tr("&User:"),
                               tr("Sign in with:"), tr("&Key file:"),      tr("Pass&word:"),
                               tr("&Node name:"),   tr("Agent p&ackage:"), tr("Hub &address:"),
                               tr("Hub &CA file:"), tr("Install &into:")};
    for (int i = 0; i < m_captions.size() && i < captions.size(); ++i)
        m_captions[i]->setText(captions[i]);
    m_captions[0]->setBuddy(m_host);
    m_captions[1]->setBuddy(m_port);
    m_captions[2]->setBuddy(m_user);
    m_captions[4]->setBuddy(m_keyFile);
    m_captions[5]->setBuddy(m_password);
    m_captions[6]->setBuddy(m_nodeName);
    m_captions[7]->setBuddy(m_package);
    m_captions[8]->setBuddy(m_hubAddress);
    m_captions[9]->setBuddy(m_caFile);
    m_captions[10]->setBuddy(m_prefix);
    m_useKey->setText(tr("a private key"));
    m_usePassword->setText(tr("a password"));
    m_browseKey->setText(tr("Browse…"));
    m_browsePackage->setText(tr("Browse…"));
    m_host->setPlaceholderText(tr("name or address of the machine"));
    m_nodeName->setPlaceholderText(tr("optional: the machine's host name"));
    m_package->setPlaceholderText(tr("edge-agent .deb or .tar.gz built by CPack"));
    m_hubAddress->setPlaceholderText(tr("host:port the node reaches the hub at"));
    m_prefix->setPlaceholderText(tr("optional: a directory for a user-level install"));

    m_pages[HostKeyPage]->setTitle(tr("Check the machine's identity"));
    if (m_pendingFingerprint.isEmpty() && !m_hostKeyDone && !m_result) {
        m_hostKeyText->setText(m_running ? tr("Connecting to %1…").arg(m_host->text().trimmed())
                                         : QString());
        m_fingerprint->hide();
        m_hostKeyHint->hide();
    } else if (m_hostKeyDone && m_pendingFingerprint.isEmpty()) {
        m_hostKeyText->setText(tr("The machine's host key is known and matches."));
    }
    m_refuse->setText(tr("&Refuse"));
    m_pages[ProgressPage]->setTitle(tr("Installing"));
    m_pages[ResultPage]->setTitle(tr("Result"));
    m_steps->setHeaderLabels({tr("Step"), tr("State"), tr("Details")});
    for (int i = 0; i < m_steps->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_steps->topLevelItem(i);
        const auto step = Step(item->data(0, Qt::UserRole).toInt());
        item->setText(0, fieldinstall::stepLabel(step));
        item->setText(1, fieldinstall::stepStateLabel(stepState(step)));
    }
    m_steps->resizeColumnToContents(0);
    m_steps->resizeColumnToContents(1);
    showResult();
}

void AddNodeWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWizard::changeEvent(event);
}

} // namespace edge::widgets
