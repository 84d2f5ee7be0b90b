#include "widgets/dialogs/bootstraptokendialog.h"

#include "widgets/common/asynctask.h"
#include "widgets/common/formerrors.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace edge::widgets {

namespace {
constexpr qint64 kMinuteMs = 60 * 1000;
const QString kHubPlaceholder = QStringLiteral("HUB-HOST:PORT");
} // namespace

BootstrapTokenDialog::BootstrapTokenDialog(std::shared_ptr<api::Enrollment> enrollment,
                                           const QString &siteId, const QString &siteName,
                                           const QString &hubAddress, const QString &caFile,
                                           QWidget *parent)
    : QDialog(parent)
    , m_enrollment(std::move(enrollment))
    , m_siteId(siteId)
    , m_siteName(siteName)
    , m_hubAddress(hubAddress)
    , m_caFile(caFile)
{
    setObjectName(QStringLiteral("bootstrapTokenDialog"));
    auto *layout = new QVBoxLayout(this);
    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);

    // Page 0: the request.
    auto *ask = new QWidget(this);
    auto *al = new QVBoxLayout(ask);
    al->setContentsMargins(0, 0, 0, 0);
    m_intro = new QLabel(ask);
    m_intro->setWordWrap(true);
    al->addWidget(m_intro);
    auto *form = new QFormLayout;
    m_ttlCaption = new QLabel(ask);
    m_ttl = new QComboBox(ask);
    m_ttl->setObjectName(QStringLiteral("tokenTtl"));
    m_ttlCaption->setBuddy(m_ttl);
    m_nodeNameCaption = new QLabel(ask);
    m_nodeName = new QLineEdit(ask);
    m_nodeName->setObjectName(QStringLiteral("tokenNodeName"));
    m_nodeNameCaption->setBuddy(m_nodeName);
    form->addRow(m_ttlCaption, m_ttl);
    form->addRow(m_nodeNameCaption, m_nodeName);
    al->addLayout(form);
    m_error = createFormErrorLabel(ask);
    m_error->setObjectName(QStringLiteral("tokenError"));
    al->addWidget(m_error);
    al->addStretch(1);
    m_stack->addWidget(ask);

    // Page 1: the token, shown once.
    auto *shown = new QWidget(this);
    auto *sl = new QVBoxLayout(shown);
    sl->setContentsMargins(0, 0, 0, 0);
    m_onceWarning = new QLabel(shown);
    m_onceWarning->setWordWrap(true);
    m_onceWarning->setObjectName(QStringLiteral("tokenOnceWarning"));
    sl->addWidget(m_onceWarning);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_tokenCaption = new QLabel(shown);
    sl->addWidget(m_tokenCaption);
    auto *tokenRow = new QHBoxLayout;
    m_token = new QLineEdit(shown);
    m_token->setObjectName(QStringLiteral("tokenValue"));
    m_token->setReadOnly(true);
    m_token->setFont(mono);
    m_token->setMinimumWidth(QFontMetrics(mono).horizontalAdvance(QString(46, QLatin1Char('M'))));
    m_copyToken = new QPushButton(shown);
    m_copyToken->setObjectName(QStringLiteral("copyTokenButton"));
    tokenRow->addWidget(m_token, 1);
    tokenRow->addWidget(m_copyToken);
    sl->addLayout(tokenRow);
    m_expiry = new QLabel(shown);
    m_expiry->setObjectName(QStringLiteral("tokenExpiry"));
    sl->addWidget(m_expiry);
    sl->addSpacing(8);
    m_commandCaption = new QLabel(shown);
    m_commandCaption->setWordWrap(true);
    sl->addWidget(m_commandCaption);
    m_command = new QPlainTextEdit(shown);
    m_command->setObjectName(QStringLiteral("agentCommand"));
    m_command->setReadOnly(true);
    m_command->setFont(mono);
    m_command->setLineWrapMode(QPlainTextEdit::NoWrap); // the command has its own line breaks
    m_command->setFixedHeight(QFontMetrics(mono).lineSpacing() * 4 + 12);
    sl->addWidget(m_command);
    auto *cmdRow = new QHBoxLayout;
    m_commandNote = new QLabel(shown);
    m_commandNote->setObjectName(QStringLiteral("agentCommandNote"));
    m_commandNote->setWordWrap(true);
    m_commandNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copyCommand = new QPushButton(shown);
    m_copyCommand->setObjectName(QStringLiteral("copyCommandButton"));
    cmdRow->addWidget(m_commandNote, 1);
    cmdRow->addWidget(m_copyCommand, 0, Qt::AlignTop);
    sl->addLayout(cmdRow);
    sl->addStretch(1);
    m_stack->addWidget(shown);

    m_buttons = new QDialogButtonBox(this);
    m_create = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(QStringLiteral("createTokenButton"));
    m_create->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(m_buttons);
    connect(m_create, &QPushButton::clicked, this, &BootstrapTokenDialog::create);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copyToken, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_token->text()); });
    connect(m_copyCommand, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_command->toPlainText()); });

    retranslateUi();
    m_ttl->setCurrentIndex(0);
    resize(760, 380);
}

QList<qint64> BootstrapTokenDialog::ttlChoices()
{
    return {30 * kMinuteMs, 2 * 60 * kMinuteMs, 24 * 60 * kMinuteMs, 7 * 24 * 60 * kMinuteMs};
}

QString BootstrapTokenDialog::agentCommand(const QString &hubAddress, const QString &token)
{
    // Shell line continuations keep every option whole when the command is shown or pasted.
    return QStringLiteral("sudo edge-agent --data /var/lib/edge-agent \\\n"
                          "    --hub %1 --ca /etc/edge-agent/ca.pem \\\n"
                          "    --token=%2")
        .arg(hubAddress.isEmpty() ? kHubPlaceholder : hubAddress, token);
}

void BootstrapTokenDialog::setOtherHubAddresses(const QStringList &addresses)
{
    m_otherHubAddresses = addresses;
    retranslateUi();
}

bool BootstrapTokenDialog::hasToken() const
{
    return m_stack->currentIndex() == 1 && !m_token->text().isEmpty();
}

void BootstrapTokenDialog::create()
{
    if (m_busy || !m_enrollment)
        return;
    m_busy = true;
    m_create->setEnabled(false);
    showFormError(m_error, QString());
    setFieldInvalid(m_nodeName, false);
    auto enrollment = m_enrollment;
    const QString site = m_siteId;
    const qint64 ttl = ttlChoices().value(m_ttl->currentIndex(), 30 * kMinuteMs);
    const QString nodeName = m_nodeName->text().trimmed();
    AsyncTask::run(
        this,
        [enrollment, site, ttl, nodeName] {
            return enrollment->issueBootstrapToken(site, ttl, nodeName);
        },
        [this](api::Result<api::IssuedBootstrapToken> token) {
            m_busy = false;
            m_create->setEnabled(true);
            if (!token) {
                showFormError(m_error, tr("No token was created: %1").arg(token.error().message));
                if (token.error().field.contains(QLatin1String("node")))
                    setFieldInvalid(m_nodeName, true, token.error().message);
                return;
            }
            showToken(*token);
        });
}

void BootstrapTokenDialog::showToken(const api::IssuedBootstrapToken &token)
{
    m_expiresAtMs = token.expiresAtMs;
    m_token->setText(token.token);
    m_command->setPlainText(agentCommand(m_hubAddress, token.token));
    m_stack->setCurrentIndex(1);
    m_create->hide();
    retranslateUi();
    Q_EMIT tokenCreated(token.siteId, token.expiresAtMs);
}

void BootstrapTokenDialog::retranslateUi()
{
    setWindowTitle(tr("Create Bootstrap Token"));
    m_intro->setText(tr("A bootstrap token lets one edge agent enroll with this hub as a node of "
                        "the site \"%1\". It works once and expires.")
                         .arg(m_siteName));
    m_ttlCaption->setText(tr("&Valid for:"));
    const int ttl = m_ttl->currentIndex();
    m_ttl->clear();
    m_ttl->addItems({tr("30 minutes"), tr("2 hours"), tr("24 hours"), tr("7 days")});
    m_ttl->setCurrentIndex(std::max(0, ttl));
    m_nodeNameCaption->setText(tr("&Node name:"));
    m_nodeName->setPlaceholderText(tr("optional: the agent's host name is used"));
    m_create->setText(tr("C&reate Token"));
    if (QPushButton *close = m_buttons->button(QDialogButtonBox::Close))
        close->setText(tr("Close"));
    m_onceWarning->setText(
        tr("<b>Copy the token now.</b> It is shown only this once; the hub keeps only its hash."));
    m_tokenCaption->setText(tr("Token:"));
    m_copyToken->setText(tr("&Copy Token"));
    m_copyCommand->setText(tr("Copy Co&mmand"));
    m_commandCaption->setText(tr("Run this on the node (after installing the edge-agent "
                                 "package):"));
    if (m_expiresAtMs > 0)
        m_expiry->setText(tr("Expires at %1.")
                              .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_expiresAtMs),
                                                      QLocale::LongFormat)));
    QString note;
    if (m_hubAddress.isEmpty())
        note = tr("This console's embedded hub does not accept agent connections (turn it on in "
                  "Settings ▸ Edge agents and restart the console). Otherwise replace %1 with the "
                  "address of an edge-hub that listens on the network.")
                   .arg(kHubPlaceholder);
    else if (!m_otherHubAddresses.isEmpty())
        note = tr("The hub also listens on %1: if the node is on one of those networks, use that "
                  "address instead of %2.")
                   .arg(m_otherHubAddresses.join(QStringLiteral(", ")), m_hubAddress);
    if (!m_caFile.isEmpty())
        note += (note.isEmpty() ? QString() : QStringLiteral(" "))
                + tr("Copy the hub's CA certificate %1 to the node as /etc/edge-agent/ca.pem "
                     "first.")
                      .arg(m_caFile);
    m_commandNote->setText(note);
    m_commandNote->setVisible(!note.isEmpty());
}

void BootstrapTokenDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace edge::widgets
