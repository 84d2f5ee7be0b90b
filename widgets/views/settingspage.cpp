#include "widgets/views/settingspage.h"

#include "widgets/common/formerrors.h"
#include "widgets/common/hubconnector.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace edge::widgets {

SettingsPage::SettingsPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("settingsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(14);

    m_heading = new QLabel(this);
    QFont hf = m_heading->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.45);
    hf.setBold(true);
    m_heading->setFont(hf);
    layout->addWidget(m_heading);

    // Language.
    m_languageBox = new QGroupBox(this);
    auto *lg = new QGridLayout(m_languageBox);
    lg->setHorizontalSpacing(12);
    m_languageLabel = new QLabel(m_languageBox);
    m_language = new QComboBox(m_languageBox);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(QString(), QString());
    // Each language is named in itself, so people find theirs whatever the current language.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_languageLabel->setBuddy(m_language);
    m_languageNote = new QLabel(m_languageBox);
    m_languageNote->setWordWrap(true);
    m_languageNote->setEnabled(false);
    lg->addWidget(m_languageLabel, 0, 0);
    lg->addWidget(m_language, 0, 1);
    lg->setColumnStretch(2, 1);
    lg->addWidget(m_languageNote, 1, 0, 1, 3);
    layout->addWidget(m_languageBox);

    // Data directory.
    m_dataBox = new QGroupBox(this);
    auto *dg = new QGridLayout(m_dataBox);
    dg->setHorizontalSpacing(12);
    m_dataLabel = new QLabel(m_dataBox);
    m_dataDir = new QLineEdit(m_dataBox);
    m_dataDir->setObjectName(QStringLiteral("dataDirEdit"));
    m_dataLabel->setBuddy(m_dataDir);
    m_browse = new QPushButton(m_dataBox);
    m_browse->setIcon(style()->standardIcon(QStyle::SP_DirOpenIcon));
    m_resetDataDir = new QPushButton(m_dataBox);
    m_dataNote = new QLabel(m_dataBox);
    m_dataNote->setObjectName(QStringLiteral("dataDirNote"));
    m_dataNote->setWordWrap(true);
    m_dataNote->setEnabled(false);
    m_dataNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    dg->addWidget(m_dataLabel, 0, 0);
    dg->addWidget(m_dataDir, 0, 1);
    dg->addWidget(m_browse, 0, 2);
    dg->addWidget(m_resetDataDir, 0, 3);
    dg->setColumnStretch(1, 1);
    dg->addWidget(m_dataNote, 1, 0, 1, 4);
    layout->addWidget(m_dataBox);

    // Edge agents connecting to the embedded hub.
    m_agentBox = new QGroupBox(this);
    auto *ag = new QGridLayout(m_agentBox);
    ag->setHorizontalSpacing(12);
    m_agentListen = new QCheckBox(m_agentBox);
    m_agentListen->setObjectName(QStringLiteral("agentListenCheck"));
    m_agentAddressLabel = new QLabel(m_agentBox);
    m_agentAddress = new QLineEdit(m_agentBox);
    m_agentAddress->setObjectName(QStringLiteral("agentListenEdit"));
    m_agentAddressLabel->setBuddy(m_agentAddress);
    m_agentAddressError = createFormErrorLabel(m_agentBox);
    m_agentAddressError->setObjectName(QStringLiteral("agentListenError"));
    showFormError(m_agentAddressError, QString());
    m_agentNote = new QLabel(m_agentBox);
    m_agentNote->setObjectName(QStringLiteral("agentListenNote"));
    m_agentNote->setWordWrap(true);
    m_agentNote->setEnabled(false);
    m_agentNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    ag->addWidget(m_agentListen, 0, 0, 1, 3);
    ag->addWidget(m_agentAddressLabel, 1, 0);
    ag->addWidget(m_agentAddress, 1, 1);
    ag->setColumnStretch(2, 1);
    ag->addWidget(m_agentAddressError, 2, 1, 1, 2);
    ag->addWidget(m_agentNote, 3, 0, 1, 3);
    layout->addWidget(m_agentBox);

    // Remote hub history.
    m_historyBox = new QGroupBox(this);
    auto *hg = new QGridLayout(m_historyBox);
    m_history = new QListWidget(m_historyBox);
    m_history->setObjectName(QStringLiteral("remoteHubHistory"));
    m_history->setMinimumHeight(110);
    m_history->setMaximumHeight(220);
    m_historyEmpty = new QLabel(m_historyBox);
    m_historyEmpty->setEnabled(false);
    m_connect = new QPushButton(m_historyBox);
    m_connect->setIcon(style()->standardIcon(QStyle::SP_DriveNetIcon));
    m_remove = new QPushButton(m_historyBox);
    m_remove->setIcon(style()->standardIcon(QStyle::SP_TrashIcon));
    m_clear = new QPushButton(m_historyBox);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_connect);
    buttons->addWidget(m_remove);
    buttons->addWidget(m_clear);
    buttons->addStretch(1);
    hg->addWidget(m_history, 0, 0);
    hg->addLayout(buttons, 0, 1);
    hg->addWidget(m_historyEmpty, 1, 0, 1, 2);
    layout->addWidget(m_historyBox);

    // Site surveys: the limits they are checked against (issue 4).
    m_surveyBox = new QGroupBox(this);
    auto *sg = new QHBoxLayout(m_surveyBox);
    m_surveyNote = new QLabel(m_surveyBox);
    m_surveyNote->setWordWrap(true);
    m_surveyLimits = new QPushButton(m_surveyBox);
    m_surveyLimits->setObjectName(QStringLiteral("surveyLimits"));
    sg->addWidget(m_surveyNote, 1);
    sg->addWidget(m_surveyLimits);
    layout->addWidget(m_surveyBox);
    connect(m_surveyLimits, &QPushButton::clicked, this, &SettingsPage::surveyLimitsRequested);
    layout->addStretch(1);

    connect(m_language, &QComboBox::activated, this, [this] {
        const QString lang = m_language->currentData().toString();
        m_settings.setLanguage(lang);
        Q_EMIT languageRequested(lang);
    });
    connect(m_dataDir, &QLineEdit::editingFinished, this, [this] {
        m_settings.setDataDir(m_dataDir->text());
        retranslateUi();
    });
    connect(m_browse, &QPushButton::clicked, this, &SettingsPage::browseDataDir);
    connect(m_agentListen, &QCheckBox::toggled, this, [this](bool on) {
        m_settings.setAgentListenerEnabled(on);
        m_agentAddress->setEnabled(on);
        retranslateUi();
    });
    connect(m_agentAddress, &QLineEdit::editingFinished, this,
            &SettingsPage::saveAgentListenAddress);
    connect(m_resetDataDir, &QPushButton::clicked, this, [this] {
        m_dataDir->clear();
        m_settings.setDataDir({});
        retranslateUi();
    });
    connect(m_history, &QListWidget::currentRowChanged, this, &SettingsPage::updateHistoryButtons);
    connect(m_history, &QListWidget::itemActivated, this, [this] { m_connect->click(); });
    connect(m_connect, &QPushButton::clicked, this, [this] {
        const auto hubs = m_settings.remoteHubs();
        const int row = m_history->currentRow();
        if (row >= 0 && row < hubs.size())
            Q_EMIT connectRequested(hubs[row].hostPort, hubs[row].caFile, hubs[row].userName);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const auto hubs = m_settings.remoteHubs();
        const int row = m_history->currentRow();
        if (row >= 0 && row < hubs.size())
            m_settings.removeRemoteHub(hubs[row].hostPort);
        reloadHistory();
    });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_settings.clearRemoteHubs();
        reloadHistory();
    });

    setLanguage(m_settings.language());
    m_dataDir->setText(m_settings.dataDir());
    m_agentListen->setChecked(m_settings.agentListenerEnabled());
    m_agentAddress->setText(m_settings.agentListenAddress());
    m_agentAddress->setEnabled(m_agentListen->isChecked());
    reloadHistory();
    retranslateUi();
}

void SettingsPage::setCurrentDataDir(const QString &dir)
{
    m_currentDataDir = dir;
    retranslateUi();
}

void SettingsPage::setAgentListenerState(const QString &requested, const QString &listening,
                                         const QString &error)
{
    m_agentRequested = requested;
    m_agentListening = listening;
    m_agentError = error;
    retranslateUi();
}

QString SettingsPage::checkListenAddress(const QString &hostPort)
{
    const QString text = hostPort.trimmed();
    if (text.isEmpty())
        return tr("Enter the address to listen on as host:port, for example 0.0.0.0:7443.");
    // checkHostPort() knows host names and bracketed IPv6; port 0 (any free port) is fine here.
    QString probe = text;
    if (probe.endsWith(QLatin1String(":0")))
        probe.replace(probe.size() - 1, 1, QLatin1Char('1'));
    if (const QString problem = checkHostPort(probe); !problem.isEmpty())
        return tr("'%1' is not an address to listen on; write host:port, for example "
                  "0.0.0.0:7443.")
            .arg(text);
    return {};
}

void SettingsPage::saveAgentListenAddress()
{
    const QString text = m_agentAddress->text().trimmed();
    const QString problem = checkListenAddress(text);
    setFieldInvalid(m_agentAddress, !problem.isEmpty(), problem);
    showFormError(m_agentAddressError, problem);
    if (!problem.isEmpty())
        return; // the last valid address stays stored
    m_settings.setAgentListenAddress(text);
    retranslateUi();
}

void SettingsPage::setLanguage(const QString &language)
{
    const int i = m_language->findData(language);
    m_language->setCurrentIndex(i < 0 ? 0 : i);
}

void SettingsPage::reloadHistory()
{
    m_history->clear();
    for (const auto &h : m_settings.remoteHubs()) {
        auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_DriveNetIcon),
                                         h.userName.isEmpty() ? h.hostPort
                                                              : QStringLiteral("%1  —  %2")
                                                                    .arg(h.hostPort, h.userName),
                                         m_history);
        item->setToolTip(h.caFile);
    }
    updateHistoryButtons();
}

void SettingsPage::updateHistoryButtons()
{
    const bool any = m_history->count() > 0;
    const bool selected = m_history->currentRow() >= 0;
    m_connect->setEnabled(selected);
    m_remove->setEnabled(selected);
    m_clear->setEnabled(any);
    m_historyEmpty->setVisible(!any);
}

void SettingsPage::browseDataDir()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose the Data Directory"),
                                                          m_dataDir->text().isEmpty()
                                                              ? ConsoleSettings::defaultDataDir()
                                                              : m_dataDir->text());
    if (dir.isEmpty())
        return;
    m_dataDir->setText(QDir::toNativeSeparators(dir));
    m_settings.setDataDir(m_dataDir->text());
    retranslateUi();
}

void SettingsPage::retranslateUi()
{
    m_heading->setText(tr("Settings"));
    m_surveyBox->setTitle(tr("Site surveys"));
    m_surveyNote->setText(tr("The limits surveys are checked against: shipped with the console, "
                             "editable, kept in versions."));
    m_surveyLimits->setText(tr("Survey limits…"));
    m_languageBox->setTitle(tr("Language"));
    m_languageLabel->setText(tr("&Language of the console:"));
    m_language->setItemText(0, tr("System default"));
    m_languageNote->setText(
        tr("The console switches language at once; the choice is kept for the next start."));
    m_dataBox->setTitle(tr("Embedded hub"));
    m_dataLabel->setText(tr("&Data directory:"));
    m_dataDir->setPlaceholderText(
        tr("Default: %1").arg(QDir::toNativeSeparators(ConsoleSettings::defaultDataDir())));
    m_browse->setText(tr("Browse…"));
    m_resetDataDir->setText(tr("Use Default"));
    QString note = tr(
        "Where the hub built into the console keeps its database. A change takes effect at "
        "the next start (the --data option overrides it).");
    if (!m_currentDataDir.isEmpty())
        note += QLatin1Char(' ')
                + tr("Now in use: %1").arg(QDir::toNativeSeparators(m_currentDataDir));
    m_dataNote->setText(note);
    m_agentBox->setTitle(tr("Edge agents"));
    m_agentListen->setText(tr("Let edge &agents connect to this console"));
    m_agentAddressLabel->setText(tr("Listen &address:"));
    m_agentAddress->setPlaceholderText(
        tr("Default: %1").arg(ConsoleSettings::defaultAgentListenAddress()));
    QString agentNote = tr(
        "Nodes at a site without a hub (a cabinet with a local switch) can enroll with this "
        "laptop: the embedded hub listens there with TLS, agents with their certificates "
        "(mutual TLS). 0.0.0.0 means every network of this computer. A change takes effect "
        "at the next start (the --listen option overrides it).");
    if (!m_agentListening.isEmpty())
        agentNote += QLatin1Char(' ') + tr("Now listening on %1.").arg(m_agentListening);
    else if (!m_agentError.isEmpty())
        agentNote += QLatin1Char(' ') + tr("Now not listening: %1").arg(m_agentError);
    else if (m_agentRequested.isEmpty())
        agentNote += QLatin1Char(' ') + tr("Now not listening.");
    m_agentNote->setText(agentNote);
    // A listener that failed is news: not greyed out like the rest of the notes.
    m_agentNote->setEnabled(!m_agentError.isEmpty());
    m_agentNote->setStyleSheet(m_agentError.isEmpty() ? QString()
                                                      : QStringLiteral("color: #b3261e;"));
    m_historyBox->setTitle(tr("Remote hubs"));
    m_connect->setText(tr("Connect…"));
    m_remove->setText(tr("Remove"));
    m_clear->setText(tr("Clear All"));
    m_historyEmpty->setText(
        tr("Hubs you connect to with Hub ▸ Connect to a Remote Hub are listed here. "
           "Passwords are never stored."));
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace edge::widgets
