#include "widgets/views/commissioningpage.h"

#include "backend/api/clock.h"
#include "backend/commissioning/checks/checks.h"
#include "backend/reports/photo.h"
#include "translations/i18n.h"
#include "widgets/common/asynctask.h"
#include "widgets/common/changefeed.h"
#include "widgets/dialogs/addnodewizard.h"
#include "widgets/dialogs/checksecretsdialog.h"
#include "widgets/dialogs/commissionrecorddialog.h"
#include "widgets/dialogs/commissionreportdialog.h"
#include "widgets/dialogs/hostkeyprompt.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPixmap>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace edge::widgets {

namespace {

QColor stateColor(api::ItemState s)
{
    switch (s) {
    case api::ItemState::Passed: return QColor(0x1b, 0x7f, 0x3b);
    case api::ItemState::Failed: return QColor(0xc0, 0x1c, 0x28);
    case api::ItemState::Skipped: return QColor(0xa0, 0x60, 0x00);
    case api::ItemState::Pending: break;
    }
    return QColor(0x60, 0x60, 0x60);
}

QString stateLabel(api::ItemState s)
{
    switch (s) {
    case api::ItemState::Passed: return CommissioningPage::tr("Passed");
    case api::ItemState::Failed: return CommissioningPage::tr("Failed");
    case api::ItemState::Skipped: return CommissioningPage::tr("Skipped");
    case api::ItemState::Pending: break;
    }
    return CommissioningPage::tr("Pending");
}

QIcon stateIcon(const QStyle *style, api::ItemState s)
{
    switch (s) {
    case api::ItemState::Passed: return style->standardIcon(QStyle::SP_DialogApplyButton);
    case api::ItemState::Failed: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case api::ItemState::Skipped: return style->standardIcon(QStyle::SP_MediaSkipForward);
    case api::ItemState::Pending: break;
    }
    return style->standardIcon(QStyle::SP_MediaStop);
}

QString verdictLabelText(api::Verdict v)
{
    switch (v) {
    case api::Verdict::Accepted: return CommissioningPage::tr("Accepted");
    case api::Verdict::AcceptedWithOpenItems:
        return CommissioningPage::tr("Accepted with open items");
    case api::Verdict::Rejected: return CommissioningPage::tr("Rejected");
    case api::Verdict::Incomplete: break;
    }
    return CommissioningPage::tr("Incomplete");
}

QColor verdictColor(api::Verdict v)
{
    switch (v) {
    case api::Verdict::Accepted: return QColor(0x1b, 0x7f, 0x3b);
    case api::Verdict::AcceptedWithOpenItems: return QColor(0xa0, 0x60, 0x00);
    case api::Verdict::Rejected: return QColor(0xc0, 0x1c, 0x28);
    case api::Verdict::Incomplete: break;
    }
    return QColor(0x60, 0x60, 0x60);
}

QString modeLabel(api::CheckMode m)
{
    switch (m) {
    case api::CheckMode::Manual: return CommissioningPage::tr("manual");
    case api::CheckMode::Automatic: return CommissioningPage::tr("automatic");
    case api::CheckMode::Both: return CommissioningPage::tr("manual and automatic");
    }
    return {};
}

QString evidenceLabel(api::EvidenceKind k)
{
    switch (k) {
    case api::EvidenceKind::Measurement: return CommissioningPage::tr("measurement");
    case api::EvidenceKind::Photo: return CommissioningPage::tr("photo");
    case api::EvidenceKind::Note: return CommissioningPage::tr("note");
    }
    return {};
}

QString kindLabel(api::RecordKind k)
{
    switch (k) {
    case api::RecordKind::Result: return CommissioningPage::tr("Result");
    case api::RecordKind::Evidence: return CommissioningPage::tr("Evidence");
    case api::RecordKind::Skip: return CommissioningPage::tr("Skip");
    case api::RecordKind::Reading: return CommissioningPage::tr("Reading");
    case api::RecordKind::Guided: return CommissioningPage::tr("Guided test");
    case api::RecordKind::BurnIn: return CommissioningPage::tr("Burn-in");
    case api::RecordKind::Signature: return CommissioningPage::tr("Signature");
    }
    return {};
}

QString timeText(qint64 ms)
{
    if (ms <= 0)
        return QStringLiteral("–");
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

QString valueText(const QJsonObject &o)
{
    if (!o.value(QLatin1String("value")).isDouble())
        return {};
    const QString unit = o.value(QLatin1String("unit")).toString();
    const QString v = QLocale().toString(o.value(QLatin1String("value")).toDouble(), 'g', 8);
    return unit.isEmpty() ? v : QStringLiteral("%1 %2").arg(v, unit);
}

// One line saying what a record holds, for the item's record list.
QString recordSummary(const api::CommissioningRecord &r, QImage *thumbnail)
{
    const QJsonObject o = QJsonDocument::fromJson(r.payload.toUtf8()).object();
    switch (r.kind) {
    case api::RecordKind::Result: {
        const bool pass = o.value(QLatin1String("outcome")).toString() == QLatin1String("pass");
        QStringList parts{pass ? CommissioningPage::tr("pass") : CommissioningPage::tr("fail")};
        if (const QString v = valueText(o); !v.isEmpty())
            parts << v;
        if (o.value(QLatin1String("automatic")).toBool())
            parts << CommissioningPage::tr("automatic");
        if (const QString c = o.value(QLatin1String("comment")).toString(); !c.isEmpty())
            parts << c;
        return parts.join(QStringLiteral(" · "));
    }
    case api::RecordKind::Evidence: {
        const QString type = o.value(QLatin1String("type")).toString();
        if (type == QLatin1String("measurement"))
            return CommissioningPage::tr("Measurement: %1").arg(valueText(o));
        if (type == QLatin1String("note"))
            return CommissioningPage::tr("Note: %1").arg(o.value(QLatin1String("text")).toString());
        if (type == QLatin1String("photo")) {
            if (thumbnail) {
                const QByteArray jpeg = QByteArray::fromBase64(
                    o.value(QLatin1String("thumbnail")).toString().toLatin1());
                thumbnail->loadFromData(jpeg, "JPEG");
            }
            const QString caption = o.value(QLatin1String("caption")).toString();
            const QString size = CommissioningPage::tr("%1 × %2 pixels")
                                     .arg(o.value(QLatin1String("width")).toInt())
                                     .arg(o.value(QLatin1String("height")).toInt());
            return caption.isEmpty() ? CommissioningPage::tr("Photo (%1)").arg(size)
                                     : CommissioningPage::tr("Photo: %1 (%2)").arg(caption, size);
        }
        return type;
    }
    case api::RecordKind::Skip:
        return CommissioningPage::tr("Skipped: %1").arg(o.value(QLatin1String("reason")).toString());
    case api::RecordKind::Reading: {
        const QJsonArray readings = o.value(QLatin1String("readings")).toArray();
        QStringList parts;
        for (const QJsonValue &v : readings)
            parts << QStringLiteral("%1 %2")
                         .arg(v.toObject().value(QLatin1String("label")).toString(),
                              valueText(v.toObject()));
        return parts.join(QStringLiteral("; "));
    }
    case api::RecordKind::Guided:
        return o.value(QLatin1String("outcome")).toString() == QLatin1String("pass")
                   ? CommissioningPage::tr("State changed in time")
                   : CommissioningPage::tr("No state change in time");
    case api::RecordKind::BurnIn:
    case api::RecordKind::Signature: break;
    }
    return {};
}

QString toJson(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

bool isSshCheck(const QString &check)
{
    return check == QLatin1String("server.ssh-login") || check == QLatin1String("server.facts");
}

bool isNodeCheck(const QString &check)
{
    return isSshCheck(check) || check == QLatin1String("server.agent-online");
}

bool isBurnIn(const QString &check) { return check == QLatin1String("burn-in"); }

// Whether the page can run the check.
bool pageRuns(const QString &check)
{
    return !commissioning::deviceProtocolsFor(check).isEmpty() || isNodeCheck(check)
           || isBurnIn(check);
}

struct CheckRun {
    bool passed = false;
    bool cancelled = false;
    bool readSomething = false;
    QString summary;
    QStringList problems;
    QString agentDownNode; // server.agent-online: the first server whose agent is not online
};

double numberParam(const QJsonObject &params, const char *key, double fallback)
{
    const QJsonValue v = params.value(QLatin1String(key));
    return v.isDouble() && v.toDouble() > 0 ? v.toDouble() : fallback;
}

// The limit of a guided test's phase (as checks.cpp reads it).
qint64 guidedLimitMs(const QString &check, const QJsonObject &params, int phase)
{
    if (check == QLatin1String("ups.mains-loss"))
        return phase == 2 ? qint64(numberParam(params, "return_limit_ms", 60000))
                          : qint64(numberParam(params, "limit_ms", 10000));
    return qint64(numberParam(params, "limit_ms", 30000));
}

// What the person does now, with the seconds left.
QString guidedInstruction(const QString &check, int phase, qint64 secondsLeft)
{
    const QString s = QString::number(secondsLeft);
    if (check == QLatin1String("ups.mains-loss"))
        return phase == 2
                   ? CommissioningPage::tr("Restore the UPS mains input now — %1 s left").arg(s)
                   : CommissioningPage::tr("Pull the UPS mains input now — %1 s left").arg(s);
    if (check == QLatin1String("modbus.leak-change"))
        return CommissioningPage::tr("Wet the leak probe now — %1 s left").arg(s);
    if (check == QLatin1String("modbus.smoke-change"))
        return CommissioningPage::tr("Press the smoke detector's test button now — %1 s left").arg(s);
    return CommissioningPage::tr("Open the front door now — %1 s left").arg(s);
}

QString durationText(qint64 ms)
{
    const qint64 s = std::max<qint64>((ms + 999) / 1000, 0);
    if (s < 60)
        return CommissioningPage::tr("%1 s").arg(s);
    if (s < 3600)
        return CommissioningPage::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    return CommissioningPage::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
}

qint64 burnInRounds(const QJsonObject &params)
{
    const double period = numberParam(params, "period_s", 7200);
    const qint64 interval = std::max<qint64>(qint64(numberParam(params, "interval_s", 60) * 1000),
                                             1);
    return std::max<qint64>(qint64(std::llround(period * 1000)) / interval, 1);
}

struct Lists {
    QList<api::Cabinet> cabinets;
    QHash<QString, QString> siteNames;
    commissioning::TemplateList templates;
    QString templateError;
};

QPushButton *makeButton(QWidget *parent, const char *objectName, QStyle::StandardPixmap icon)
{
    auto *b = new QPushButton(parent->style()->standardIcon(icon), QString(), parent);
    b->setObjectName(QLatin1String(objectName));
    return b;
}

} // namespace

CommissioningPage::CommissioningPage(ChangeFeed *feed, QWidget *parent)
    : QWidget(parent)
    , m_feed(feed)
{
    setObjectName(QStringLiteral("commissioningPage"));
    m_reloadTimer = new QTimer(this);
    m_reloadTimer->setSingleShot(true);
    m_reloadTimer->setInterval(200);
    connect(m_reloadTimer, &QTimer::timeout, this, [this] {
        reloadRuns();
        reloadCurrent();
    });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    layout->setSpacing(8);
    m_heading = new QLabel(this);
    QFont hf = m_heading->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.45);
    hf.setBold(true);
    m_heading->setFont(hf);
    layout->addWidget(m_heading);

    // The chooser row: cabinet, its runs; a template and the customer to start a new run.
    auto *chooser = new QHBoxLayout;
    m_cabinetLabel = new QLabel(this);
    m_cabinetCombo = new QComboBox(this);
    m_cabinetCombo->setObjectName(QStringLiteral("commissionCabinetChooser"));
    m_cabinetCombo->setMinimumContentsLength(22);
    m_cabinetCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_cabinetLabel->setBuddy(m_cabinetCombo);
    m_runLabel = new QLabel(this);
    m_runCombo = new QComboBox(this);
    m_runCombo->setObjectName(QStringLiteral("commissionRunChooser"));
    m_runCombo->setMinimumContentsLength(22);
    m_runCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_runLabel->setBuddy(m_runCombo);
    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Sunken);
    m_templateLabel = new QLabel(this);
    m_templateCombo = new QComboBox(this);
    m_templateCombo->setObjectName(QStringLiteral("commissionTemplateChooser"));
    m_templateCombo->setMinimumContentsLength(18);
    m_templateCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_templateLabel->setBuddy(m_templateCombo);
    m_customer = new QLineEdit(this);
    m_customer->setObjectName(QStringLiteral("commissionCustomerEdit"));
    m_customer->setMinimumWidth(140);
    m_start = makeButton(this, "commissionStartButton", QStyle::SP_MediaPlay);
    chooser->addWidget(m_cabinetLabel);
    chooser->addWidget(m_cabinetCombo, 2);
    chooser->addWidget(m_runLabel);
    chooser->addWidget(m_runCombo, 2);
    chooser->addWidget(line);
    chooser->addWidget(m_templateLabel);
    chooser->addWidget(m_templateCombo, 2);
    chooser->addWidget(m_customer, 1);
    chooser->addWidget(m_start);
    layout->addLayout(chooser);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("commissionEmptyState"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    layout->addWidget(m_empty, 1);

    m_runPanel = new QWidget(this);
    auto *runLayout = new QVBoxLayout(m_runPanel);
    runLayout->setContentsMargins(0, 0, 0, 0);
    m_header = new QLabel(m_runPanel);
    m_header->setObjectName(QStringLiteral("commissionRunHeader"));
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    runLayout->addWidget(m_header);
    m_readOnly = new QLabel(m_runPanel);
    m_readOnly->setObjectName(QStringLiteral("commissionReadOnlyNotice"));
    m_readOnly->setWordWrap(true);
    m_readOnly->setAutoFillBackground(true);
    m_readOnly->setMargin(6);
    {
        QPalette p = m_readOnly->palette();
        p.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xd6));
        p.setColor(QPalette::WindowText, QColor(0x5a, 0x40, 0x00));
        m_readOnly->setPalette(p);
    }
    m_readOnly->hide();
    runLayout->addWidget(m_readOnly);

    auto *splitter = new QSplitter(Qt::Horizontal, m_runPanel);
    splitter->setChildrenCollapsible(false);
    runLayout->addWidget(splitter, 1);

    m_tree = new QTreeWidget(splitter);
    m_tree->setObjectName(QStringLiteral("commissionChecklist"));
    m_tree->setColumnCount(2);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    // The selected item: scrolls when its guidance is long.
    auto *scroll = new QScrollArea(splitter);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::StyledPanel);
    auto *item = new QWidget(scroll);
    item->setObjectName(QStringLiteral("commissionItemPanel"));
    auto *itemLayout = new QVBoxLayout(item);
    m_itemTitle = new QLabel(item);
    m_itemTitle->setObjectName(QStringLiteral("commissionItemTitle"));
    m_itemTitle->setWordWrap(true);
    QFont tf = m_itemTitle->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.2);
    tf.setBold(true);
    m_itemTitle->setFont(tf);
    itemLayout->addWidget(m_itemTitle);
    m_itemDetails = new QLabel(item);
    m_itemDetails->setObjectName(QStringLiteral("commissionItemDetails"));
    m_itemDetails->setWordWrap(true);
    m_itemDetails->setTextInteractionFlags(Qt::TextSelectableByMouse);
    itemLayout->addWidget(m_itemDetails);
    m_guidanceHeading = new QLabel(item);
    QFont bf = m_guidanceHeading->font();
    bf.setBold(true);
    m_guidanceHeading->setFont(bf);
    itemLayout->addWidget(m_guidanceHeading);
    m_guidance = new QLabel(item);
    m_guidance->setObjectName(QStringLiteral("commissionGuidance"));
    m_guidance->setWordWrap(true);
    m_guidance->setTextInteractionFlags(Qt::TextSelectableByMouse);
    itemLayout->addWidget(m_guidance);
    m_itemState = new QLabel(item);
    m_itemState->setObjectName(QStringLiteral("commissionItemState"));
    m_itemState->setWordWrap(true);
    m_itemState->setFont(bf);
    itemLayout->addWidget(m_itemState);

    auto *buttons = new QGridLayout;
    m_pass = makeButton(item, "commissionPassButton", QStyle::SP_DialogApplyButton);
    m_fail = makeButton(item, "commissionFailButton", QStyle::SP_DialogCancelButton);
    m_skip = makeButton(item, "commissionSkipButton", QStyle::SP_MediaSkipForward);
    m_measure = makeButton(item, "commissionMeasureButton", QStyle::SP_FileDialogDetailedView);
    m_photo = makeButton(item, "commissionPhotoButton", QStyle::SP_DirIcon);
    m_note = makeButton(item, "commissionNoteButton", QStyle::SP_FileDialogListView);
    m_runCheck = makeButton(item, "commissionRunCheckButton", QStyle::SP_BrowserReload);
    m_installAgent = makeButton(item, "commissionInstallAgentButton", QStyle::SP_ComputerIcon);
    m_installAgent->hide();
    buttons->addWidget(m_pass, 0, 0);
    buttons->addWidget(m_fail, 0, 1);
    buttons->addWidget(m_skip, 0, 2);
    buttons->addWidget(m_runCheck, 0, 3);
    buttons->addWidget(m_measure, 1, 0);
    buttons->addWidget(m_photo, 1, 1);
    buttons->addWidget(m_note, 1, 2);
    buttons->addWidget(m_installAgent, 1, 3);
    itemLayout->addLayout(buttons);
    m_autoNotice = new QLabel(item);
    m_autoNotice->setObjectName(QStringLiteral("commissionAutomaticNotice"));
    m_autoNotice->setWordWrap(true);
    {
        QPalette p = m_autoNotice->palette();
        p.setColor(QPalette::WindowText, QColor(0x80, 0x50, 0x00));
        m_autoNotice->setPalette(p);
    }
    m_autoNotice->hide();
    itemLayout->addWidget(m_autoNotice);
    // The running check: countdown or step, latest reading, burn-in progress.
    m_checkStatus = new QLabel(item);
    m_checkStatus->setObjectName(QStringLiteral("commissionCheckStatus"));
    m_checkStatus->setWordWrap(true);
    {
        QFont cf = m_checkStatus->font();
        cf.setPointSizeF(cf.pointSizeF() * 1.3);
        cf.setBold(true);
        m_checkStatus->setFont(cf);
    }
    m_checkStatus->hide();
    itemLayout->addWidget(m_checkStatus);
    m_checkReading = new QLabel(item);
    m_checkReading->setObjectName(QStringLiteral("commissionCheckReading"));
    m_checkReading->setWordWrap(true);
    m_checkReading->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_checkReading->hide();
    itemLayout->addWidget(m_checkReading);
    m_burnInBar = new QProgressBar(item);
    m_burnInBar->setObjectName(QStringLiteral("commissionBurnInProgress"));
    m_burnInBar->setRange(0, 1000);
    m_burnInBar->setTextVisible(true);
    m_burnInBar->hide();
    itemLayout->addWidget(m_burnInBar);
    m_burnInDetails = new QLabel(item);
    m_burnInDetails->setObjectName(QStringLiteral("commissionBurnInDetails"));
    m_burnInDetails->setWordWrap(true);
    m_burnInDetails->hide();
    itemLayout->addWidget(m_burnInDetails);
    m_checkTimer = new QTimer(this);
    m_checkTimer->setInterval(250);
    connect(m_checkTimer, &QTimer::timeout, this, &CommissioningPage::updateCheckPanel);
    m_recordsHeading = new QLabel(item);
    m_recordsHeading->setFont(bf);
    itemLayout->addWidget(m_recordsHeading);
    m_records = new QTreeWidget(item);
    m_records->setObjectName(QStringLiteral("commissionRecordList"));
    m_records->setRootIsDecorated(false);
    m_records->setColumnCount(4);
    m_records->setIconSize(QSize(48, 48));
    m_records->setWordWrap(true);
    m_records->setMinimumHeight(140);
    m_records->header()->setStretchLastSection(true);
    itemLayout->addWidget(m_records, 1);
    scroll->setWidget(item);

    splitter->addWidget(m_tree);
    splitter->addWidget(scroll);
    splitter->setStretchFactor(0, 5);
    splitter->setStretchFactor(1, 6);
    splitter->setSizes({520, 640});

    // The run's progress, verdict and its actions.
    auto *bottom = new QHBoxLayout;
    m_progressLabel = new QLabel(m_runPanel);
    m_progress = new QProgressBar(m_runPanel);
    m_progress->setObjectName(QStringLiteral("commissionProgress"));
    m_progress->setMinimumWidth(180);
    m_progressLabel->setBuddy(m_progress);
    m_verdict = new QLabel(m_runPanel);
    m_verdict->setObjectName(QStringLiteral("commissionVerdict"));
    m_verdict->setFont(bf);
    m_finish = makeButton(m_runPanel, "commissionFinishButton", QStyle::SP_DialogSaveButton);
    m_revise = makeButton(m_runPanel, "commissionReviseButton", QStyle::SP_FileDialogNewFolder);
    m_report = makeButton(m_runPanel, "commissionReportButton", QStyle::SP_FileIcon);
    bottom->addWidget(m_progressLabel);
    bottom->addWidget(m_progress, 1);
    bottom->addSpacing(12);
    bottom->addWidget(m_verdict, 1);
    bottom->addWidget(m_finish);
    bottom->addWidget(m_revise);
    bottom->addWidget(m_report);
    runLayout->addLayout(bottom);
    layout->addWidget(m_runPanel, 1);

    connect(m_cabinetCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_cabinetId = m_cabinetCombo->currentData().toString();
        reloadRuns();
    });
    connect(m_runCombo, &QComboBox::currentIndexChanged, this, [this] {
        if (m_data && m_data->run.id != selectedRunId())
            m_data.reset();
        showRun();
        reloadCurrent();
    });
    connect(m_templateCombo, &QComboBox::currentIndexChanged, this,
            &CommissioningPage::updateActions);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &CommissioningPage::showItem);
    connect(m_start, &QPushButton::clicked, this, &CommissioningPage::startRun);
    connect(m_pass, &QPushButton::clicked, this, [this] { passItem(); });
    connect(m_fail, &QPushButton::clicked, this, [this] { openFailDialog(); });
    connect(m_skip, &QPushButton::clicked, this, [this] { openSkipDialog(); });
    connect(m_measure, &QPushButton::clicked, this, [this] { openMeasureDialog(); });
    connect(m_note, &QPushButton::clicked, this, [this] { openNoteDialog(); });
    connect(m_photo, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Add Photo"),
                                                          QStandardPaths::writableLocation(
                                                              QStandardPaths::PicturesLocation),
                                                          tr("Images (*.jpg *.jpeg *.png)"));
        if (path.isEmpty())
            return;
        bool ok = false;
        const QString caption = QInputDialog::getText(this, tr("Add Photo"),
                                                      tr("Caption (optional):"), QLineEdit::Normal,
                                                      {}, &ok);
        if (ok)
            addPhoto(path, caption);
    });
    connect(m_finish, &QPushButton::clicked, this, [this] { openFinishConfirmation(); });
    connect(m_revise, &QPushButton::clicked, this, &CommissioningPage::startRevision);
    connect(m_runCheck, &QPushButton::clicked, this, [this] {
        if (m_checkRunning && m_checkCancel)
            m_checkCancel->store(true);
        else
            runCheck();
    });
    connect(m_report, &QPushButton::clicked, this, [this] { openReportDialog(); });
    connect(m_installAgent, &QPushButton::clicked, this, [this] { openInstallAgentWizard(); });
    connect(m_feed, &ChangeFeed::changes, this, &CommissioningPage::onChanges);

    retranslateUi();
    showRun();
}

CommissioningPage::~CommissioningPage()
{
    if (m_checkCancel)
        m_checkCancel->store(true); // a check still running stops at its next poll
}

QString CommissioningPage::keyDirectory() const
{
    if (!m_keyDir.isEmpty())
        return m_keyDir;
    if (m_connection.isValid() && m_connection.embedded)
        return m_connection.location;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString CommissioningPage::language() const { return i18n::current(*QCoreApplication::instance()); }

void CommissioningPage::setConnection(const HubConnection &connection)
{
    m_connection = connection;
    forgetSessionSecrets(); // kept for one connection only
    m_data.reset();
    m_runs.clear();
    m_cabinets.clear();
    m_templates.clear();
    m_listsLoaded = false;
    ++m_currentGeneration;
    reloadLists();
    showRun();
}

bool CommissioningPage::isIdle() const
{
    if (m_pending > 0 || m_reloadTimer->isActive() || !m_listsLoaded)
        return false;
    const QString id = selectedRunId();
    return id.isEmpty() || (m_data && m_data->run.id == id);
}

void CommissioningPage::fail(const QString &message)
{
    m_lastError = message;
    Q_EMIT statusMessage(message);
    Q_EMIT actionFailed(message);
}

void CommissioningPage::reloadLists()
{
    if (!m_connection.isValid())
        return;
    auto inventory = m_connection.inventory;
    const int generation = ++m_listGeneration;
    ++m_pending;
    AsyncTask::run(
        this,
        [inventory]() -> api::Result<Lists> {
            Lists out;
            api::ListQuery sq;
            sq.kind = api::EntityKind::Site;
            auto sites = inventory->list(sq);
            if (!sites)
                return std::unexpected(sites.error());
            for (const api::Record &r : sites->records)
                if (auto s = api::Site::fromRecord(r))
                    out.siteNames.insert(s->id, s->name);
            api::ListQuery cq;
            cq.kind = api::EntityKind::Cabinet;
            auto cabinets = inventory->list(cq);
            if (!cabinets)
                return std::unexpected(cabinets.error());
            for (const api::Record &r : cabinets->records)
                if (auto c = api::Cabinet::fromRecord(r))
                    out.cabinets.append(*c);
            if (auto t = commissioning::listTemplates(*inventory))
                out.templates = *t;
            else
                out.templateError = t.error().message;
            return out;
        },
        [this, generation](api::Result<Lists> result) {
            --m_pending;
            if (generation != m_listGeneration)
                return;
            m_listsLoaded = true;
            if (!result) {
                fail(tr("Could not load the cabinets: %1").arg(result.error().message));
                showRun();
                return;
            }
            m_cabinets.clear();
            for (const api::Cabinet &c : std::as_const(result->cabinets))
                m_cabinets.append({c, result->siteNames.value(c.siteId, c.siteId)});
            std::sort(m_cabinets.begin(), m_cabinets.end(),
                      [](const CabinetEntry &a, const CabinetEntry &b) {
                          const int s = QString::localeAwareCompare(a.siteName, b.siteName);
                          return s != 0
                                     ? s < 0
                                     : QString::localeAwareCompare(a.cabinet.name, b.cabinet.name)
                                           < 0;
                      });
            m_templates = result->templates.templates;
            m_templateProblems = result->templates.problems;
            if (!result->templateError.isEmpty())
                fail(
                    tr("Could not load the commissioning templates: %1").arg(result->templateError));
            {
                const QSignalBlocker block(m_cabinetCombo);
                m_cabinetCombo->clear();
                for (const CabinetEntry &e : std::as_const(m_cabinets))
                    m_cabinetCombo->addItem(tr("%1 — %2").arg(e.siteName, e.cabinet.name),
                                            e.cabinet.id);
                int i = m_cabinetCombo->findData(m_cabinetId);
                if (i < 0 && m_cabinetCombo->count() > 0)
                    i = 0;
                m_cabinetCombo->setCurrentIndex(i);
                m_cabinetId = m_cabinetCombo->currentData().toString();
            }
            {
                const QString keep = m_templateCombo->currentData().toString();
                const QSignalBlocker block(m_templateCombo);
                m_templateCombo->clear();
                const QString lang = language();
                for (const api::CommissioningTemplate &t : std::as_const(m_templates)) {
                    const QString name = QStringLiteral("%1 v%2").arg(t.templateId).arg(t.version);
                    m_templateCombo->addItem(tr("%1 (%2 items)")
                                                 .arg(t.titleIn(lang).isEmpty() ? t.templateId
                                                                                : t.titleIn(lang))
                                                 .arg(t.itemCount()),
                                             name);
                    m_templateCombo->setItemData(m_templateCombo->count() - 1, t.templateId,
                                                 Qt::UserRole + 1);
                    m_templateCombo->setItemData(m_templateCombo->count() - 1, name,
                                                 Qt::ToolTipRole);
                }
                int i = m_templateCombo->findData(keep);
                if (i < 0)
                    i = m_templateCombo->findData(QStringLiteral("all-in-one-cabinet"),
                                                  Qt::UserRole + 1);
                m_templateCombo->setCurrentIndex(i >= 0 ? i : 0);
            }
            reloadRuns();
        });
}

void CommissioningPage::reloadRuns()
{
    if (!m_connection.isValid())
        return;
    if (m_cabinetId.isEmpty()) {
        m_runs.clear();
        const QSignalBlocker block(m_runCombo);
        m_runCombo->clear();
        m_data.reset();
        showRun();
        return;
    }
    auto inventory = m_connection.inventory;
    const QString cabinetId = m_cabinetId;
    const int generation = ++m_runsGeneration;
    ++m_pending;
    AsyncTask::run(
        this, [inventory, cabinetId] { return commissioning::listRuns(*inventory, cabinetId); },
        [this, generation](api::Result<QList<api::CommissioningRun>> result) {
            --m_pending;
            if (generation != m_runsGeneration)
                return;
            if (!result) {
                fail(tr("Could not load the commissioning runs: %1").arg(result.error().message));
                m_runs.clear();
            } else {
                m_runs = *result;
            }
            const QString keep = m_selectRunAfterLoad.isEmpty() ? selectedRunId()
                                                                : m_selectRunAfterLoad;
            {
                const QSignalBlocker block(m_runCombo);
                m_runCombo->clear();
                for (const api::CommissioningRun &r : std::as_const(m_runs)) {
                    const QString status = r.status == api::RunStatus::Finished ? tr("finished")
                                                                                : tr("in progress");
                    m_runCombo
                        ->addItem(r.runRevision > 1
                                      ? tr("%1 (r%2, %3)").arg(r.name).arg(r.runRevision).arg(status)
                                      : tr("%1 (%2)").arg(r.name, status),
                                  r.id);
                }
                int i = m_runCombo->findData(keep);
                if (i < 0 && m_runCombo->count() > 0)
                    i = 0;
                m_runCombo->setCurrentIndex(i);
            }
            if (!m_selectRunAfterLoad.isEmpty() && selectedRunId() == m_selectRunAfterLoad)
                m_selectRunAfterLoad.clear();
            if (m_data && m_data->run.id != selectedRunId())
                m_data.reset();
            showRun();
            reloadCurrent();
        });
}

void CommissioningPage::reloadCurrent()
{
    const QString id = selectedRunId();
    if (id.isEmpty() || !m_connection.isValid())
        return;
    auto inventory = m_connection.inventory;
    const int generation = ++m_currentGeneration;
    ++m_pending;
    AsyncTask::run(
        this, [inventory, id] { return commissioning::loadRun(*inventory, id); },
        [this, generation](api::Result<commissioning::RunData> result) {
            --m_pending;
            if (generation != m_currentGeneration)
                return;
            if (!result) {
                if (result.error().code != api::Code::NotFound)
                    fail(tr("Could not load the run: %1").arg(result.error().message));
                m_data.reset();
                showRun();
                return;
            }
            m_data = std::move(*result);
            showRun();
            Q_EMIT runLoaded();
        });
}

void CommissioningPage::onChanges(const QList<api::Change> &changes)
{
    bool lists = false;
    bool runs = false;
    for (const api::Change &c : changes) {
        switch (c.kind) {
        case api::EntityKind::Site:
        case api::EntityKind::Cabinet:
        case api::EntityKind::CommissioningTemplate: lists = true; break;
        case api::EntityKind::CommissioningRun:
        case api::EntityKind::CommissioningRecord:
        case api::EntityKind::Device:
        case api::EntityKind::Node: runs = true; break;
        default: break;
        }
    }
    if (lists)
        reloadLists();
    else if (runs)
        m_reloadTimer->start();
}

QString CommissioningPage::selectedRunId() const { return m_runCombo->currentData().toString(); }

QString CommissioningPage::selectedItemId() const
{
    const auto items = m_tree->selectedItems();
    if (items.isEmpty() || !items.first()->parent())
        return {};
    return items.first()->data(0, Qt::UserRole).toString();
}

bool CommissioningPage::selectCabinet(const QString &cabinetId)
{
    m_cabinetId = cabinetId;
    const int i = m_cabinetCombo->findData(cabinetId);
    if (i < 0)
        return false;
    if (i == m_cabinetCombo->currentIndex())
        reloadRuns();
    m_cabinetCombo->setCurrentIndex(i);
    return true;
}

void CommissioningPage::preferSite(const QString &siteId)
{
    if (siteId.isEmpty())
        return;
    for (const CabinetEntry &e : std::as_const(m_cabinets))
        if (e.cabinet.id == m_cabinetId && e.cabinet.siteId == siteId)
            return;
    for (const CabinetEntry &e : std::as_const(m_cabinets))
        if (e.cabinet.siteId == siteId) {
            selectCabinet(e.cabinet.id);
            return;
        }
}

bool CommissioningPage::selectTemplate(const QString &templateId)
{
    const int i = m_templateCombo->findData(templateId, Qt::UserRole + 1);
    if (i < 0)
        return false;
    m_templateCombo->setCurrentIndex(i);
    return true;
}

bool CommissioningPage::selectRun(const QString &runId)
{
    const int i = m_runCombo->findData(runId);
    if (i < 0) {
        m_selectRunAfterLoad = runId;
        return false;
    }
    m_runCombo->setCurrentIndex(i);
    return true;
}

bool CommissioningPage::selectItem(const QString &itemId)
{
    for (int s = 0; s < m_tree->topLevelItemCount(); ++s) {
        QTreeWidgetItem *section = m_tree->topLevelItem(s);
        for (int i = 0; i < section->childCount(); ++i) {
            QTreeWidgetItem *item = section->child(i);
            if (item->data(0, Qt::UserRole).toString() == itemId) {
                m_tree->setCurrentItem(item);
                return true;
            }
        }
    }
    m_selectItemAfterLoad = itemId;
    return false;
}

const api::TemplateItem *CommissioningPage::selectedItem() const
{
    if (!m_data)
        return nullptr;
    return m_data->tmpl.item(selectedItemId());
}

void CommissioningPage::showRun()
{
    const bool has = m_data.has_value();
    m_runPanel->setVisible(has);
    m_empty->setVisible(!has);
    if (!m_connection.isValid())
        m_empty->setText(tr("Not connected to a hub."));
    else if (!m_listsLoaded)
        m_empty->setText(tr("Loading…"));
    else if (m_cabinets.isEmpty())
        m_empty->setText(tr("No cabinets yet. Add a cabinet to a site on the Sites page, then "
                            "commission it here."));
    else if (m_runCombo->count() == 0)
        m_empty->setText(tr("This cabinet has not been commissioned yet. Choose a template and "
                            "press Start: the checklist guides you through every part of the "
                            "cabinet and ends in a signed acceptance report."));
    else
        m_empty->setText(tr("Loading the run…"));
    updateActions();
    if (!has)
        return;
    const api::CommissioningRun &run = m_data->run;
    const QString cabinet = m_data->cabinet ? m_data->cabinet->name : run.cabinetId;
    const QString site = m_data->site ? m_data->site->name : QString();
    const QString notSet = tr("not set");
    QStringList lines;
    lines << QStringLiteral("<b>%1</b> — %2")
                 .arg(run.name.toHtmlEscaped(),
                      (site.isEmpty() ? cabinet : tr("%1 at %2").arg(cabinet, site)).toHtmlEscaped());
    lines << tr("Template: %1 · Engineer: %2 · Customer: %3")
                 .arg(run.templateName.toHtmlEscaped(),
                      run.engineer.isEmpty() ? notSet : run.engineer.toHtmlEscaped(),
                      run.customer.isEmpty() ? notSet : run.customer.toHtmlEscaped());
    QString revision = tr("Started: %1 · Finished: %2 · Revision %3")
                           .arg(timeText(run.startedAtMs), timeText(run.finishedAtMs))
                           .arg(run.runRevision);
    if (m_data->supersedes)
        revision += QLatin1Char(' ')
                    + tr("(corrects %1)").arg(m_data->supersedes->name.toHtmlEscaped());
    lines << revision;
    m_header->setText(lines.join(QStringLiteral("<br>")));
    const bool finished = run.status == api::RunStatus::Finished;
    m_readOnly->setVisible(finished);
    m_readOnly->setText(tr("This run was finished on %1 and is read-only. Corrections go into a "
                           "new revision: press Start a Revision.")
                            .arg(timeText(run.finishedAtMs)));

    const api::RunProgress &p = m_data->progress;
    m_progress->setRange(0, std::max(1, p.total));
    m_progress->setValue(p.done());
    m_progress->setFormat(tr("%1 / %2 done").arg(p.done()).arg(p.total));
    m_verdict->setText(tr("Verdict: %1 — %2 passed, %3 failed, %4 skipped, %5 pending")
                           .arg(verdictLabelText(p.verdict))
                           .arg(p.passed)
                           .arg(p.failed)
                           .arg(p.skipped)
                           .arg(p.total - p.done()));
    QPalette vp = m_verdict->palette();
    vp.setColor(QPalette::WindowText, verdictColor(p.verdict));
    m_verdict->setPalette(vp);
    m_verdict->setProperty("verdict", api::verdictName(p.verdict));
    fillChecklist();
}

void CommissioningPage::fillChecklist()
{
    const QString keep = m_selectItemAfterLoad.isEmpty() ? selectedItemId() : m_selectItemAfterLoad;
    const QString lang = language();
    QTreeWidgetItem *select = nullptr;
    {
        const QSignalBlocker block(m_tree);
        // Keep which sections are folded.
        QSet<QString> collapsed;
        for (int s = 0; s < m_tree->topLevelItemCount(); ++s)
            if (!m_tree->topLevelItem(s)->isExpanded())
                collapsed.insert(m_tree->topLevelItem(s)->data(0, Qt::UserRole).toString());
        const bool first = m_tree->topLevelItemCount() == 0;
        m_tree->clear();
        QHash<QString, const api::SectionProgress *> sections;
        for (const api::SectionProgress &sp : m_data->progress.sections)
            sections.insert(sp.sectionId, &sp);
        QTreeWidgetItem *firstPending = nullptr;
        for (const api::TemplateSection &section : m_data->tmpl.sections) {
            auto *s = new QTreeWidgetItem(m_tree);
            s->setText(0, section.titleIn(lang));
            s->setData(0, Qt::UserRole, section.id);
            QFont f = s->font(0);
            f.setBold(true);
            s->setFont(0, f);
            s->setFlags(Qt::ItemIsEnabled);
            if (const api::SectionProgress *sp = sections.value(section.id)) {
                s->setText(1, tr("%1 / %2").arg(sp->done()).arg(sp->total));
                s->setData(1, Qt::UserRole, sp->done());
                if (sp->failed > 0)
                    s->setForeground(1, stateColor(api::ItemState::Failed));
                else if (sp->done() == sp->total)
                    s->setForeground(1, stateColor(api::ItemState::Passed));
            }
            s->setFont(1, f);
            for (const api::TemplateItem &ti : section.items) {
                auto *i = new QTreeWidgetItem(s);
                i->setText(0, ti.titleIn(lang));
                i->setData(0, Qt::UserRole, ti.id);
                const api::ItemProgress *ip = m_data->progress.item(ti.id);
                const api::ItemState state = ip ? ip->state : api::ItemState::Pending;
                i->setIcon(0, stateIcon(style(), state));
                QString label = stateLabel(state);
                if (ip && ip->evidenceMissing)
                    label = tr("%1 (evidence missing)").arg(label);
                i->setText(1, label);
                i->setForeground(1, stateColor(state));
                i->setData(1, Qt::UserRole, api::itemStateName(state));
                i->setToolTip(0, ti.id);
                if (ti.id == keep)
                    select = i;
                if (!firstPending && state == api::ItemState::Pending)
                    firstPending = i;
            }
            s->setExpanded(first || !collapsed.contains(section.id));
        }
        if (!select && keep.isEmpty())
            select = firstPending ? firstPending
                                  : (m_tree->topLevelItemCount() > 0
                                             && m_tree->topLevelItem(0)->childCount() > 0
                                         ? m_tree->topLevelItem(0)->child(0)
                                         : nullptr);
        if (select) {
            select->parent()->setExpanded(true);
            m_tree->setCurrentItem(select);
        }
    }
    if (select && select->data(0, Qt::UserRole).toString() == m_selectItemAfterLoad)
        m_selectItemAfterLoad.clear();
    if (select)
        m_tree->scrollToItem(select);
    showItem();
}

void CommissioningPage::showItem()
{
    const api::TemplateItem *item = selectedItem();
    m_records->clear();
    if (!item) {
        m_itemTitle->setText(m_data ? tr("Choose an item of the checklist.") : QString());
        m_itemDetails->clear();
        m_guidance->clear();
        m_guidanceHeading->hide();
        m_itemState->clear();
        m_autoNotice->hide();
        updateActions();
        return;
    }
    const QString lang = language();
    m_itemTitle->setText(item->titleIn(lang));
    QStringList details;
    details << tr("Mode: %1").arg(modeLabel(item->mode));
    if (item->mode != api::CheckMode::Automatic) {
        QStringList ev;
        for (api::EvidenceKind k : item->evidence)
            ev << evidenceLabel(k);
        details << (ev.isEmpty() ? tr("Evidence required: none (a plain pass or fail)")
                                 : tr("Evidence required: %1").arg(ev.join(tr(", "))));
    }
    if (const QString range = CommissionRecordDialog::rangeText(*item); !range.isEmpty())
        details << tr("Pass range: %1").arg(range);
    else if (!item->unit.isEmpty())
        details << tr("Unit: %1").arg(item->unit);
    if (!item->check.isEmpty())
        details << tr("Automatic check: %1").arg(item->check);
    m_itemDetails->setText(details.join(QLatin1Char('\n')));
    const QString guidance = item->guidanceIn(lang);
    m_guidanceHeading->setVisible(!guidance.isEmpty());
    m_guidance->setText(guidance);

    const api::ItemProgress *ip = m_data->progress.item(item->id);
    const api::ItemState state = ip ? ip->state : api::ItemState::Pending;
    QString stateText = tr("State: %1").arg(stateLabel(state));
    if (state == api::ItemState::Skipped && ip && !ip->skipReason.isEmpty())
        stateText = tr("State: skipped — %1").arg(ip->skipReason);
    if (ip && ip->evidenceMissing)
        stateText += QLatin1Char('\n') + tr("The result lacks evidence this item requires.");
    m_itemState->setText(stateText);
    QPalette sp = m_itemState->palette();
    sp.setColor(QPalette::WindowText, stateColor(state));
    m_itemState->setPalette(sp);
    m_itemState->setProperty("state", api::itemStateName(state));

    const bool automatic = item->mode != api::CheckMode::Manual;
    m_autoNotice->setVisible(automatic);
    const bool thisCheck = m_check.itemId == item->id && m_check.generation > 0;
    if (m_checkRunning && thisCheck)
        m_autoNotice->setText(tr("Running the check %1 on %2… Cancel Check stops it and keeps "
                                 "what was recorded.")
                                  .arg(item->check, m_check.target));
    else if (m_checkRunning)
        m_autoNotice->setText(tr("Another item's check is running."));
    else if (thisCheck && m_check.finished)
        m_autoNotice->setText(m_check.result);
    else if (!pageRuns(item->check))
        m_autoNotice->setText(tr("The automatic check %1 is not available on this page yet "
                                 "(edgectl runs it). Check this item by hand and record the "
                                 "result with Pass or Fail.")
                                  .arg(item->check));
    else if (isSshCheck(item->check))
        m_autoNotice->setText(tr("Run Check logs in to every server of the cabinet over SSH "
                                 "(with the credentials you type) and records what it finds."));
    else if (item->check == QLatin1String("server.agent-online"))
        m_autoNotice->setText(tr("Run Check asks the hub whether the agent of every server of "
                                 "the cabinet is online."));
    else if (isBurnIn(item->check))
        m_autoNotice->setText(
            tr("Run Check records the cabinet's temperatures, UPS load and "
               "server metrics for %1; Cancel Check keeps the samples so far.")
                .arg(durationText(qint64(numberParam(item->params, "period_s", 7200) * 1000))));
    else
        m_autoNotice->setText(tr("Run Check reads the cabinet's device through its adapter and "
                                 "records the readings and the result."));
    updateCheckPanel();

    const QList<api::CommissioningRecord> records = ip ? ip->records : m_data->recordsOf(item->id);
    for (const api::CommissioningRecord &r : records) {
        auto *row = new QTreeWidgetItem(m_records);
        QImage thumb;
        row->setText(0, timeText(r.takenAtMs));
        row->setText(1, kindLabel(r.kind));
        row->setText(2, recordSummary(r, &thumb));
        row->setText(3, r.author);
        row->setData(0, Qt::UserRole, r.id);
        row->setData(1, Qt::UserRole, api::recordKindName(r.kind));
        if (!thumb.isNull())
            row->setIcon(2, QIcon(QPixmap::fromImage(thumb)));
    }
    for (int c = 0; c < 3; ++c)
        m_records->resizeColumnToContents(c);
    updateActions();
}

void CommissioningPage::updateActions()
{
    const bool connected = m_connection.isValid();
    const bool canWrite = connected && m_connection.role != api::Role::Viewer;
    const bool hasRun = m_data.has_value();
    const bool finished = hasRun && m_data->run.status == api::RunStatus::Finished;
    const api::TemplateItem *item = selectedItem();
    const bool editable = canWrite && hasRun && !finished && item;
    const QString why = !canWrite  ? tr("You are signed in as a viewer.")
                        : finished ? tr("The run is finished: start a revision to correct it.")
                                   : QString();
    m_start->setEnabled(canWrite && !m_cabinetId.isEmpty() && m_templateCombo->count() > 0);
    for (QPushButton *b : {m_pass, m_fail, m_skip, m_note, m_photo}) {
        b->setEnabled(editable);
        b->setToolTip(why);
    }
    // While this item's check runs, its result comes from the check: no hand-made one meanwhile
    // (notes and photos are still welcome).
    const bool checking = m_checkRunning && item && m_check.itemId == item->id;
    for (QPushButton *b : {m_pass, m_fail, m_skip})
        b->setEnabled(editable && !checking);
    m_measure->setEnabled(editable && !checking
                          && (item->evidence.contains(api::EvidenceKind::Measurement) || item->min
                              || item->max || !item->unit.isEmpty()));
    m_measure->setToolTip(why);
    const bool runnable = item && pageRuns(item->check);
    m_runCheck->setVisible(item && item->mode != api::CheckMode::Manual);
    m_runCheck->setEnabled(m_checkRunning || (editable && runnable));
    const api::ItemProgress *ip = item && hasRun ? m_data->progress.item(item->id) : nullptr;
    const bool agentDown = item && item->check == QLatin1String("server.agent-online")
                           && !m_checkRunning
                           && ((m_check.itemId == item->id && m_check.finished && !m_check.passed
                                && !m_check.cancelled)
                               || (ip && ip->state == api::ItemState::Failed));
    m_installAgent->setVisible(agentDown);
    m_installAgent->setEnabled(agentDown && editable && m_connection.enrollment != nullptr);
    m_runCheck->setText(m_checkRunning ? tr("Cancel Check") : tr("Run Check"));
    m_runCheck->setToolTip(runnable ? why : tr("This check is not available on this page yet."));
    m_photo->setEnabled(editable && m_connection.attachments != nullptr);
    if (editable && !m_connection.attachments)
        m_photo->setToolTip(tr("This hub cannot store photos."));
    m_finish->setEnabled(canWrite && hasRun && !finished);
    m_finish->setToolTip(why);
    m_revise->setVisible(finished);
    m_revise->setEnabled(canWrite && finished);
    m_report->setEnabled(hasRun);
}

void CommissioningPage::store(const QList<commissioning::NewRecord> &records, const QString &what)
{
    if (!m_data || !m_connection.isValid() || records.isEmpty())
        return;
    auto inventory = m_connection.inventory;
    const commissioning::RunData runData = *m_data;
    ++m_pending;
    AsyncTask::run(
        this,
        [inventory, runData, records]() -> api::Result<int> {
            for (const commissioning::NewRecord &r : records)
                if (auto added = commissioning::addRecord(*inventory, runData, r); !added)
                    return std::unexpected(added.error());
            return int(records.size());
        },
        [this, what](api::Result<int> result) {
            --m_pending;
            if (!result) {
                fail(tr("Could not record %1: %2").arg(what, result.error().message));
                reloadCurrent();
                return;
            }
            Q_EMIT statusMessage(tr("Recorded %1.").arg(what));
            Q_EMIT recordAdded();
            reloadCurrent();
        });
}

void CommissioningPage::startRun()
{
    if (!m_connection.isValid() || m_cabinetId.isEmpty() || m_templateCombo->count() == 0)
        return;
    commissioning::NewRun run;
    run.cabinetId = m_cabinetId;
    run.templateName = m_templateCombo->currentData().toString();
    run.engineer = m_connection.userName;
    run.customer = m_customer->text().trimmed();
    auto inventory = m_connection.inventory;
    ++m_pending;
    AsyncTask::run(
        this, [inventory, run] { return commissioning::startRun(*inventory, run); },
        [this](api::Result<api::CommissioningRun> started) {
            --m_pending;
            if (!started) {
                fail(tr("Could not start the run: %1").arg(started.error().message));
                return;
            }
            Q_EMIT statusMessage(tr("Started %1.").arg(started->name));
            m_selectRunAfterLoad = started->id;
            m_selectItemAfterLoad.clear();
            m_tree->clear();
            reloadRuns();
            Q_EMIT runChanged();
        });
}

void CommissioningPage::passItem(const QString &comment)
{
    const api::TemplateItem *item = selectedItem();
    if (!item)
        return;
    QJsonObject o{{QStringLiteral("outcome"), QStringLiteral("pass")},
                  {QStringLiteral("automatic"), false}};
    if (!comment.isEmpty())
        o.insert(QStringLiteral("comment"), comment);
    store({{item->id, api::RecordKind::Result, toJson(o), m_connection.userName, 0}},
          tr("a pass of %1").arg(item->titleIn(language())));
}

void CommissioningPage::failItem(const QString &comment)
{
    const api::TemplateItem *item = selectedItem();
    if (!item)
        return;
    QJsonObject o{{QStringLiteral("outcome"), QStringLiteral("fail")},
                  {QStringLiteral("automatic"), false}};
    if (!comment.isEmpty())
        o.insert(QStringLiteral("comment"), comment);
    store({{item->id, api::RecordKind::Result, toJson(o), m_connection.userName, 0}},
          tr("a failure of %1").arg(item->titleIn(language())));
}

void CommissioningPage::skipItem(const QString &reason)
{
    const api::TemplateItem *item = selectedItem();
    if (!item)
        return;
    if (reason.trimmed().isEmpty()) {
        fail(tr("A skipped item needs a reason."));
        return;
    }
    const QJsonObject o{{QStringLiteral("reason"), reason.trimmed()}};
    store({{item->id, api::RecordKind::Skip, toJson(o), m_connection.userName, 0}},
          tr("the skip of %1").arg(item->titleIn(language())));
}

void CommissioningPage::recordMeasurement(double value, bool recordResult)
{
    const api::TemplateItem *item = selectedItem();
    if (!item)
        return;
    QJsonObject m{{QStringLiteral("type"), QStringLiteral("measurement")},
                  {QStringLiteral("value"), value}};
    if (!item->unit.isEmpty())
        m.insert(QStringLiteral("unit"), item->unit);
    QList<commissioning::NewRecord> records{
        {item->id, api::RecordKind::Evidence, toJson(m), m_connection.userName, 0}};
    if (recordResult && (item->min || item->max)) {
        const bool pass = CommissionRecordDialog::inRange(*item, value);
        QJsonObject r{{QStringLiteral("outcome"),
                       pass ? QStringLiteral("pass") : QStringLiteral("fail")},
                      {QStringLiteral("value"), value},
                      {QStringLiteral("automatic"), false}};
        if (!item->unit.isEmpty())
            r.insert(QStringLiteral("unit"), item->unit);
        r.insert(QStringLiteral("comment"),
                 pass ? tr("Within %1").arg(CommissionRecordDialog::rangeText(*item))
                      : tr("Outside %1").arg(CommissionRecordDialog::rangeText(*item)));
        records.append({item->id, api::RecordKind::Result, toJson(r), m_connection.userName, 0});
    }
    store(records, tr("the measurement of %1").arg(item->titleIn(language())));
}

void CommissioningPage::addPhoto(const QString &path, const QString &caption)
{
    const api::TemplateItem *item = selectedItem();
    if (!item || !m_data)
        return;
    std::shared_ptr<api::Attachments> attachments = m_connection.attachments;
    if (!attachments) {
        fail(tr("This hub cannot store photos."));
        return;
    }
    const QString itemId = item->id;
    const QString what = tr("the photo %1").arg(QFileInfo(path).fileName());
    const QString author = m_connection.userName;
    ++m_pending;
    AsyncTask::run(
        this,
        [path, caption, attachments]() -> api::Result<QString> {
            auto photo = reports::preparePhoto(path, caption);
            if (!photo)
                return std::unexpected(photo.error());
            if (auto attached = reports::attachPhoto(*photo, *attachments); !attached)
                return std::unexpected(attached.error());
            QJsonObject o{{QStringLiteral("type"), QStringLiteral("photo")},
                          {QStringLiteral("attachment"), photo->attachmentSha256},
                          {QStringLiteral("media_type"), photo->mediaType.isEmpty()
                                                             ? QStringLiteral("image/jpeg")
                                                             : photo->mediaType},
                          {QStringLiteral("size"), photo->attachmentSize},
                          {QStringLiteral("width"), photo->width},
                          {QStringLiteral("height"), photo->height},
                          {QStringLiteral("thumbnail"),
                           QString::fromLatin1(photo->thumbnail.toBase64())}};
            if (!caption.isEmpty())
                o.insert(QStringLiteral("caption"), caption);
            return toJson(o);
        },
        [this, itemId, what, author](api::Result<QString> payload) {
            --m_pending;
            if (!payload) {
                fail(payload.error().message);
                return;
            }
            store({{itemId, api::RecordKind::Evidence, *payload, author, 0}}, what);
        });
}

void CommissioningPage::addNote(const QString &text)
{
    const api::TemplateItem *item = selectedItem();
    if (!item || text.trimmed().isEmpty())
        return;
    const QJsonObject o{{QStringLiteral("type"), QStringLiteral("note")},
                        {QStringLiteral("text"), text.trimmed()}};
    store({{item->id, api::RecordKind::Evidence, toJson(o), m_connection.userName, 0}},
          tr("a note on %1").arg(item->titleIn(language())));
}

void CommissioningPage::finishRun(bool allowOpen)
{
    if (!m_data || !m_connection.isValid())
        return;
    auto inventory = m_connection.inventory;
    const QString id = m_data->run.id;
    const QString actor = m_connection.userName;
    ++m_pending;
    AsyncTask::run(
        this,
        [inventory, id, actor, allowOpen] {
            return commissioning::finishRun(*inventory, id, actor, allowOpen);
        },
        [this](api::Result<api::CommissioningRun> finished) {
            --m_pending;
            if (!finished) {
                fail(tr("Could not finish the run: %1").arg(finished.error().message));
                return;
            }
            Q_EMIT statusMessage(tr("Finished %1; it is read-only now.").arg(finished->name));
            Q_EMIT runChanged();
            reloadRuns();
        });
}

void CommissioningPage::startRevision()
{
    if (!m_data || !m_connection.isValid())
        return;
    auto inventory = m_connection.inventory;
    const QString id = m_data->run.id;
    const QString actor = m_connection.userName;
    ++m_pending;
    AsyncTask::run(
        this, [inventory, id, actor] { return commissioning::reviseRun(*inventory, id, actor); },
        [this](api::Result<api::CommissioningRun> revised) {
            --m_pending;
            if (!revised) {
                fail(tr("Could not start a revision: %1").arg(revised.error().message));
                return;
            }
            Q_EMIT statusMessage(
                tr("Started revision %1 of %2.").arg(revised->runRevision).arg(revised->name));
            m_selectRunAfterLoad = revised->id;
            reloadRuns();
            Q_EMIT runChanged();
        });
}

QString CommissioningPage::knownHostsFile() const
{
    return m_knownHostsFile.isEmpty() ? fieldinstall::defaultKnownHostsFile() : m_knownHostsFile;
}

void CommissioningPage::forgetSessionSecrets()
{
    m_deviceSecrets.clear();
    m_sshLogins.clear();
}

void CommissioningPage::showDialog(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    Q_EMIT checkDialogOpened(dialog);
}

void CommissioningPage::runCheck()
{
    const api::TemplateItem *item = selectedItem();
    if (!item || !m_data || m_checkRunning || item->check.isEmpty())
        return;
    const api::TemplateItem checked = *item;
    if (!pageRuns(item->check)) {
        fail(tr("The check %1 is not available on this page yet.").arg(item->check));
        return;
    }
    if (isNodeCheck(item->check)) {
        withNodes(checked, [this, checked](const QList<api::Node> &servers) {
            QStringList ids;
            QStringList names;
            for (const api::Node &n : servers) {
                ids << n.id;
                names << n.name;
            }
            const QString name = names.join(QStringLiteral(", "));
            if (checked.check == QLatin1String("server.agent-online")) {
                auto nodes = m_connection.nodes;
                if (!nodes) {
                    fail(tr("This hub does not report node status; the check %1 needs it.")
                             .arg(checked.check));
                    return;
                }
                startChecks(
                    checked, name,
                    [servers, nodes]() -> api::Result<QList<commissioning::CheckTarget>> {
                        QList<commissioning::CheckTarget> targets;
                        for (const api::Node &n : servers) {
                            auto t = commissioning::CheckTarget::fromNode(n, {}, nodes.get());
                            if (!t)
                                return std::unexpected(t.error());
                            targets.append(*t);
                        }
                        return targets;
                    },
                    {}, ids);
                return;
            }
            for (const api::Node &n : servers)
                if (n.managementAddress.trimmed().isEmpty()) {
                    fail(tr("The node %1 has no management address: enter the address its SSH "
                            "server listens on (Sites page, the node's details) and run the "
                            "check again.")
                             .arg(n.name));
                    return;
                }
            withSshLogin(servers, [this, checked, servers, name, ids] {
                QList<QPair<api::Node, commissioning::SshTarget>> plan;
                for (const api::Node &n : servers) {
                    const SshLogin login = m_sshLogins.value(n.id);
                    commissioning::SshTarget ssh;
                    ssh.port = login.port;
                    ssh.credentials = login.credentials;
                    ssh.knownHostsFile = knownHostsFile();
                    ssh.acceptedFingerprint = login.acceptedFingerprint;
                    plan.append({n, ssh});
                }
                startChecks(
                    checked, name,
                    [plan]() -> api::Result<QList<commissioning::CheckTarget>> {
                        QList<commissioning::CheckTarget> targets;
                        for (const auto &[node, ssh] : plan) {
                            auto t = commissioning::CheckTarget::fromNode(node, ssh);
                            if (!t)
                                return std::unexpected(t.error());
                            targets.append(*t);
                        }
                        return targets;
                    },
                    {}, ids);
            });
        });
        return;
    }
    if (isBurnIn(item->check)) {
        // Every source of the cabinet it can record: the SNMP device (UPS load, temperatures),
        // the Modbus sensors and the node's metrics.
        const QString wanted = item->params.value(QLatin1String("device")).toString();
        std::optional<api::Device> snmpDevice;
        std::optional<api::Device> modbusDevice;
        for (const api::Device &d : std::as_const(m_data->devices)) {
            if (!wanted.isEmpty() && d.name != wanted && d.id != wanted)
                continue;
            if (d.protocol == api::DeviceProtocol::Snmp && !snmpDevice)
                snmpDevice = d;
            if ((d.protocol == api::DeviceProtocol::ModbusTcp
                 || d.protocol == api::DeviceProtocol::ModbusRtu)
                && !modbusDevice)
                modbusDevice = d;
        }
        std::optional<api::Node> node;
        const QString wantedNode = item->params.value(QLatin1String("node")).toString();
        for (const api::Node &n : std::as_const(m_data->nodes)) {
            if (wantedNode.isEmpty() || n.name == wantedNode || n.id == wantedNode) {
                node = n;
                break;
            }
        }
        auto nodes = m_connection.nodes;
        if (!snmpDevice && !modbusDevice && !(node && nodes)) {
            fail(tr("Burn-in needs something to record: add the cabinet's UPS or sensors (Sites "
                    "page) or a node first."));
            return;
        }
        const QString name = snmpDevice     ? snmpDevice->name
                             : modbusDevice ? modbusDevice->name
                                            : node->name;
        const auto go = [this, checked, snmpDevice, modbusDevice, node, nodes,
                         name](const commissioning::DeviceSecrets &secrets) {
            startCheck(
                checked, name,
                [checked, snmpDevice, modbusDevice, node, nodes,
                 secrets]() -> api::Result<commissioning::CheckTarget> {
                    commissioning::CheckTarget target;
                    if (snmpDevice) {
                        auto t = commissioning::CheckTarget::fromDevice(*snmpDevice, checked.params,
                                                                        secrets);
                        if (!t)
                            return std::unexpected(t.error());
                        target = *t;
                    }
                    if (modbusDevice) {
                        auto t = commissioning::CheckTarget::fromDevice(*modbusDevice,
                                                                        checked.params);
                        if (!t)
                            return std::unexpected(t.error());
                        if (target.name.isEmpty())
                            target.name = t->name;
                        target.modbus = t->modbus;
                        target.registerMap = t->registerMap;
                    }
                    if (node && nodes) {
                        target.nodeId = node->id;
                        target.nodes = nodes.get();
                        if (target.name.isEmpty())
                            target.name = node->name;
                    }
                    return target;
                },
                snmpDevice ? snmpDevice->id : QString());
        };
        if (snmpDevice)
            withDeviceSecrets(*snmpDevice, item->params, go);
        else
            go({});
        return;
    }
    const QList<api::DeviceProtocol> protocols = commissioning::deviceProtocolsFor(item->check);
    // The device named by the item's "device" parameter, else the first one it can read.
    const QString wanted = item->params.value(QLatin1String("device")).toString();
    std::optional<api::Device> device;
    for (const api::Device &d : std::as_const(m_data->devices)) {
        if (!protocols.contains(d.protocol))
            continue;
        if (wanted.isEmpty() || d.name == wanted || d.id == wanted) {
            device = d;
            break;
        }
    }
    if (!device) {
        fail(protocols.first() == api::DeviceProtocol::Snmp
                 ? tr("The check %1 needs an SNMP device in this cabinet: add the device with its "
                      "address on the Sites page first.")
                       .arg(item->check)
                 : tr("The check %1 needs a Modbus device in this cabinet: add the device with "
                      "its address on the Sites page first.")
                       .arg(item->check));
        return;
    }
    withDeviceSecrets(*device, item->params,
                      [this, checked, dev = *device](const commissioning::DeviceSecrets &secrets) {
                          startCheck(
                              checked, dev.name,
                              [dev, checked, secrets] {
                                  return commissioning::CheckTarget::fromDevice(dev, checked.params,
                                                                                secrets);
                              },
                              dev.id);
                      });
}

void CommissioningPage::withDeviceSecrets(
    const api::Device &device, const QJsonObject &params,
    std::function<void(const commissioning::DeviceSecrets &)> next)
{
    const QStringList needed = commissioning::secretsNeeded(device);
    bool inParams = true; // a template that carries them (test templates) is not asked about
    for (const QString &key : needed)
        inParams = inParams && !params.value(key).toString().isEmpty();
    if (needed.isEmpty() || inParams) {
        next({});
        return;
    }
    if (auto it = m_deviceSecrets.constFind(device.id); it != m_deviceSecrets.cend()) {
        next(*it);
        return;
    }
    auto *dialog = new CheckSecretsDialog(device.name, needed, this);
    const QString deviceId = device.id;
    connect(dialog, &QDialog::accepted, this, [this, dialog, deviceId, next] {
        const commissioning::DeviceSecrets secrets = dialog->secrets();
        if (dialog->remember())
            m_deviceSecrets.insert(deviceId, secrets);
        next(secrets);
    });
    showDialog(dialog);
}

void CommissioningPage::withNodes(const api::TemplateItem &item,
                                  std::function<void(const QList<api::Node> &)> next)
{
    const QString wanted = item.params.value(QLatin1String("node")).toString();
    QList<api::Node> servers;
    for (const api::Node &n : std::as_const(m_data->nodes))
        if (wanted.isEmpty() || n.name == wanted || n.id == wanted)
            servers.append(n);
    if (servers.isEmpty()) {
        fail(wanted.isEmpty() ? tr("The check %1 needs a server (node) in this cabinet: add the "
                                   "node to the cabinet first.")
                                    .arg(item.check)
                              : tr("The check %1 names the node \"%2\", which is not in this "
                                   "cabinet.")
                                    .arg(item.check, wanted));
        return;
    }
    next(servers);
}

void CommissioningPage::withSshLogin(const QList<api::Node> &nodes, std::function<void()> next)
{
    bool known = true;
    for (const api::Node &n : nodes)
        known = known && m_sshLogins.contains(n.id);
    if (known) {
        next();
        return;
    }
    // One login (the commissioning account) for every server of the check.
    QStringList names;
    QStringList addresses;
    QStringList ids;
    for (const api::Node &n : nodes) {
        names << n.name;
        addresses << n.managementAddress.trimmed();
        ids << n.id;
    }
    auto *dialog = new CheckSecretsDialog(names.join(QStringLiteral(", ")),
                                          addresses.join(QStringLiteral(", ")), this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, ids, next] {
        SshLogin login;
        login.credentials = dialog->credentials();
        login.port = dialog->port();
        login.remember = dialog->remember();
        for (const QString &id : ids) {
            SshLogin own = login;
            own.acceptedFingerprint = m_sshLogins.value(id).acceptedFingerprint;
            m_sshLogins.insert(id, own);
        }
        next();
    });
    showDialog(dialog);
}

void CommissioningPage::startCheck(const api::TemplateItem &item, const QString &targetName,
                                   TargetMaker make, const QString &deviceId)
{
    startChecks(item, targetName,
                [make]() -> api::Result<QList<commissioning::CheckTarget>> {
                    auto target = make();
                    if (!target)
                        return std::unexpected(target.error());
                    return QList<commissioning::CheckTarget>{*target};
                },
                deviceId, {});
}

void CommissioningPage::startChecks(const api::TemplateItem &item, const QString &targetName,
                                    TargetsMaker make, const QString &deviceId,
                                    const QStringList &nodeIds)
{
    if (!m_data || m_checkRunning)
        return;
    auto inventory = m_connection.inventory;
    auto nodes = m_connection.nodes; // kept alive while the worker uses its pointer
    const commissioning::RunData runData = *m_data;
    const api::TemplateItem checked = item;
    const QString author = m_connection.userName;
    m_checkCancel = std::make_shared<std::atomic_bool>(false);
    auto cancel = m_checkCancel;
    m_checkRunning = true;
    ++m_pending;
    const int generation = ++m_checkGeneration;
    m_check = CheckState{};
    m_check.generation = generation;
    m_check.itemId = item.id;
    m_check.check = item.check;
    m_check.target = targetName;
    m_check.params = item.params;
    m_check.startedMs = QDateTime::currentMSecsSinceEpoch();
    m_burnInSamples = 0;
    m_checkTimer->start();
    showItem();
    Q_EMIT statusMessage(tr("Running %1 on %2…").arg(item.check, targetName));
    QPointer<CommissioningPage> self(this);
    auto failedAt = std::make_shared<int>(-1); // the server whose run gave an error
    AsyncTask::run(
        this,
        [inventory, nodes, runData, checked, author, cancel, make, self, generation,
         failedAt]() -> api::Result<CheckRun> {
            auto targets = make();
            if (!targets)
                return std::unexpected(targets.error());
            api::SystemClock clock;
            // Progress comes from this worker: posted to the GUI thread, dropped when the page
            // is gone.
            const auto progress = [self, generation](const commissioning::CheckProgress &p) {
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(),
                    [self, generation, p] {
                        if (self)
                            self->onCheckProgress(generation, p);
                    },
                    Qt::QueuedConnection);
            };
            commissioning::CheckRunner runner(clock, {}, cancel.get(), progress);
            runner.setSampleCallback([self, generation](const commissioning::GuidedSample &s) {
                QMetaObject::invokeMethod(
                    QCoreApplication::instance(),
                    [self, generation, s] {
                        if (self)
                            self->onCheckSample(generation, s);
                    },
                    Qt::QueuedConnection);
            });
            auto outcome = runner.runOnEach(checked.check, *targets, checked.params, failedAt.get());
            if (!outcome)
                return std::unexpected(outcome.error());
            QString agentDownNode;
            if (checked.check == QLatin1String("server.agent-online"))
                for (const commissioning::CheckTarget &t : std::as_const(*targets)) {
                    bool online = false;
                    for (const devices::SensorReading &r : std::as_const(outcome->readings))
                        online = online || (r.label == t.name && r.raw == QLatin1String("online"));
                    if (!online) {
                        agentDownNode = t.nodeId;
                        break;
                    }
                }
            for (const commissioning::CheckRecord &r : commissioning::recordsFor(*outcome)) {
                commissioning::NewRecord rec{checked.id, r.kind, r.payloadJson(), author,
                                             r.takenAtMs};
                if (auto added = commissioning::addRecord(*inventory, runData, rec); !added)
                    return std::unexpected(added.error());
            }
            return CheckRun{outcome->passed,
                            outcome->cancelled,
                            !outcome->readings.isEmpty() || !outcome->burnIn.isEmpty()
                                || (outcome->guided && !outcome->guided->samples.isEmpty()
                                    && outcome->guided->samples.first().ok),
                            outcome->summary,
                            outcome->problems,
                            agentDownNode};
        },
        [this, generation, deviceId, nodeIds, failedAt, itemId = item.id,
         sshCheck = isSshCheck(item.check)](api::Result<CheckRun> result) {
            --m_pending;
            m_checkRunning = false;
            m_checkTimer->stop();
            if (generation == m_checkGeneration)
                m_check.finished = true;
            if (!result) {
                const api::Error &e = result.error();
                static const QRegularExpression fingerprint(
                    QStringLiteral("SHA256:[A-Za-z0-9+/=]+"));
                const QRegularExpressionMatch m = fingerprint.match(e.message);
                const QString nodeId = nodeIds.value(*failedAt);
                if (e.field == QLatin1String("hostKey") && m.hasMatch() && !nodeId.isEmpty()) {
                    // A first-seen host key: the person confirms it, then the check runs again.
                    m_check.result = tr("The server's host key is not known yet.");
                    QString host;
                    for (const api::Node &n : m_data ? m_data->nodes : QList<api::Node>{})
                        if (n.id == nodeId)
                            host = n.managementAddress.trimmed();
                    showItem();
                    openHostKeyPrompt(itemId, nodeId, host, m_sshLogins.value(nodeId).port,
                                      m.captured(0));
                    return;
                }
                m_check.result = tr("The check could not run: %1").arg(e.message);
                fail(m_check.result);
            } else {
                m_check.passed = result->passed;
                m_check.cancelled = result->cancelled;
                QString text = result->cancelled
                                   ? tr("The check was cancelled; what it recorded is kept. %1")
                                         .arg(result->summary)
                               : result->passed ? tr("Check passed: %1").arg(result->summary)
                                                : tr("Check failed: %1").arg(result->summary);
                for (const QString &p : std::as_const(result->problems))
                    if (!text.contains(p))
                        text += QLatin1Char('\n') + p;
                m_check.result = text;
                // Nothing could be read: the secrets may be wrong; ask again next time.
                if (!result->passed && !result->cancelled && !result->readSomething
                    && !deviceId.isEmpty())
                    m_deviceSecrets.remove(deviceId);
                if (!result->passed && !result->cancelled && sshCheck && !result->readSomething)
                    for (const QString &id : nodeIds)
                        m_sshLogins.remove(id); // a wrong password is asked for again
                if (!result->agentDownNode.isEmpty())
                    m_itemNode.insert(itemId, result->agentDownNode);
                Q_EMIT statusMessage(result->cancelled ? tr("The check was cancelled.")
                                     : result->passed
                                         ? tr("Check passed: %1").arg(result->summary)
                                         : tr("Check failed: %1").arg(result->summary));
                Q_EMIT recordAdded();
            }
            // Credentials not to be remembered go once the check has run.
            for (const QString &id : nodeIds)
                if (m_sshLogins.contains(id) && !m_sshLogins.value(id).remember)
                    m_sshLogins.remove(id);
            showItem();
            reloadCurrent();
        });
}

void CommissioningPage::openHostKeyPrompt(const QString &itemId, const QString &nodeId,
                                          const QString &host, int port, const QString &fingerprint)
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("commissionHostKeyPrompt"));
    dialog->setWindowTitle(tr("Confirm the Host Key"));
    auto *layout = new QVBoxLayout(dialog);
    auto *question = new QLabel(hostKeyQuestion(fieldinstall::HostKeyInfo{host, port, fingerprint}),
                                dialog);
    question->setWordWrap(true);
    layout->addWidget(question);
    QLabel *fp = createFingerprintLabel(dialog);
    fp->setObjectName(QStringLiteral("commissionHostKeyFingerprint"));
    fp->setText(fingerprint);
    layout->addWidget(fp);
    auto *advice = new QLabel(hostKeyAdvice(), dialog);
    advice->setWordWrap(true);
    layout->addWidget(advice);
    auto *box = new QDialogButtonBox(dialog);
    QPushButton *trust = box->addButton(tr("&Trust and Run Again"), QDialogButtonBox::AcceptRole);
    trust->setObjectName(QStringLiteral("commissionHostKeyTrust"));
    QPushButton *refuse = box->addButton(tr("&Refuse"), QDialogButtonBox::RejectRole);
    refuse->setObjectName(QStringLiteral("commissionHostKeyRefuse"));
    refuse->setDefault(true);
    connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(box);
    connect(dialog, &QDialog::accepted, this, [this, itemId, nodeId, fingerprint] {
        auto it = m_sshLogins.find(nodeId);
        if (it == m_sshLogins.end())
            return;
        it->acceptedFingerprint = fingerprint;
        if (selectItem(itemId))
            runCheck();
    });
    connect(dialog, &QDialog::rejected, this, [this, nodeId] {
        m_sshLogins.remove(nodeId);
        m_check.result = tr("The host key was refused; nothing was recorded.");
        showItem();
    });
    showDialog(dialog);
}

void CommissioningPage::onCheckProgress(int generation, const commissioning::CheckProgress &p)
{
    if (generation != m_checkGeneration || m_check.finished)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!p.message.isEmpty()) {
        m_check.message = p.message;
        if (commissioning::CheckRunner::isGuided(m_check.check)) {
            // A new step of the guided test: its own limit counts from now.
            m_check.phase = p.fraction >= 0.5 ? 2 : 1;
            m_check.phaseStartMs = now;
            m_check.phaseLimitMs = guidedLimitMs(m_check.check, m_check.params, m_check.phase);
        }
    }
    if (p.fraction >= 0)
        m_check.fraction = p.fraction;
    if (isBurnIn(m_check.check) && p.fraction >= 0)
        m_burnInSamples = int(std::llround(p.fraction * double(burnInRounds(m_check.params))));
    updateCheckPanel();
}

void CommissioningPage::onCheckSample(int generation, const commissioning::GuidedSample &s)
{
    if (generation != m_checkGeneration || m_check.finished)
        return;
    m_check.latest = !s.ok               ? s.state
                     : s.state.isEmpty() ? s.raw
                                         : QStringLiteral("%1 (%2)").arg(s.raw, s.state);
    updateCheckPanel();
}

void CommissioningPage::updateCheckPanel()
{
    const api::TemplateItem *item = selectedItem();
    const bool shown = item && m_check.generation > 0 && m_check.itemId == item->id;
    const bool guided = shown && commissioning::CheckRunner::isGuided(m_check.check);
    const bool burnIn = shown && isBurnIn(m_check.check);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    // Guided: what to do and the seconds left; the latest raw reading.
    m_checkStatus->setVisible(guided && !m_check.finished);
    m_checkReading->setVisible((guided || burnIn) && !m_check.latest.isEmpty());
    if (guided && !m_check.finished) {
        if (m_check.phase == 0) {
            m_checkStatus->setText(tr("Connecting to %1…").arg(m_check.target));
        } else {
            const qint64 left = m_check.phaseStartMs + m_check.phaseLimitMs - now;
            m_checkStatus->setText(
                left > 0 ? guidedInstruction(m_check.check, m_check.phase, (left + 999) / 1000)
                         : tr("Time is up: waiting for the last reading…"));
            m_checkStatus->setToolTip(m_check.message);
        }
    }
    if (!m_check.latest.isEmpty())
        m_checkReading->setText(tr("Latest reading: %1").arg(m_check.latest));
    // Burn-in: elapsed of the period, samples so far, time left.
    m_burnInBar->setVisible(burnIn);
    m_burnInDetails->setVisible(burnIn);
    if (burnIn) {
        const qint64 period = qint64(numberParam(m_check.params, "period_s", 7200) * 1000);
        const qint64 rounds = burnInRounds(m_check.params);
        const qint64 elapsed = (m_check.finished ? 0 : now - m_check.startedMs);
        double fraction = std::max(m_check.fraction, period > 0 ? double(elapsed) / period : 1.0);
        if (m_check.finished && !m_check.cancelled && m_check.passed)
            fraction = 1.0;
        m_burnInBar->setValue(int(std::clamp(fraction, 0.0, 1.0) * 1000));
        m_burnInBar->setFormat(QStringLiteral("%p%"));
        if (m_check.finished)
            m_burnInDetails->setText(
                tr("%1 of %2 samples recorded.").arg(m_burnInSamples).arg(rounds));
        else
            m_burnInDetails->setText(tr("%1 of %2 samples · %3 elapsed · %4 left")
                                         .arg(m_burnInSamples)
                                         .arg(rounds)
                                         .arg(durationText(elapsed),
                                              durationText(std::max<qint64>(period - elapsed, 0))));
    }
}

AddNodeWizard *CommissioningPage::openInstallAgentWizard()
{
    const api::TemplateItem *item = selectedItem();
    if (!item || !m_data || !m_installAgent->isVisible() || !m_installAgent->isEnabled()
        || !m_data->site)
        return nullptr;
    const QString nodeId = m_itemNode.value(item->id);
    std::optional<api::Node> node;
    for (const api::Node &n : std::as_const(m_data->nodes))
        if (n.id == nodeId || (nodeId.isEmpty() && !node))
            node = n;
    auto *wizard = new AddNodeWizard(m_connection.enrollment, m_connection.nodes, m_data->site->id,
                                     m_data->site->name, m_connection.agentHubAddress,
                                     m_connection.agentCaFile, this);
    if (!m_knownHostsFile.isEmpty())
        wizard->setKnownHostsFile(m_knownHostsFile);
    if (node) {
        wizard->hostEdit()->setText(node->managementAddress.trimmed());
        wizard->nodeNameEdit()->setText(node->name);
        if (auto it = m_sshLogins.constFind(node->id); it != m_sshLogins.cend()) {
            wizard->portSpin()->setValue(it->port);
            if (!it->credentials.user.isEmpty())
                wizard->userEdit()->setText(it->credentials.user);
        }
    }
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &AddNodeWizard::installFinished, this, [this](bool ok) {
        if (ok)
            Q_EMIT statusMessage(tr("The agent is installed: run the check again."));
    });
    wizard->open();
    return wizard;
}

CommissionRecordDialog *CommissioningPage::openFailDialog()
{
    const api::TemplateItem *item = selectedItem();
    if (!item || !m_fail->isEnabled())
        return nullptr;
    auto *dialog = new CommissionRecordDialog(CommissionRecordDialog::Mode::Fail, *item, language(),
                                              this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { failItem(dialog->text()); });
    dialog->open();
    return dialog;
}

CommissionRecordDialog *CommissioningPage::openSkipDialog()
{
    const api::TemplateItem *item = selectedItem();
    if (!item || !m_skip->isEnabled())
        return nullptr;
    auto *dialog = new CommissionRecordDialog(CommissionRecordDialog::Mode::Skip, *item, language(),
                                              this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { skipItem(dialog->text()); });
    dialog->open();
    return dialog;
}

CommissionRecordDialog *CommissioningPage::openMeasureDialog()
{
    const api::TemplateItem *item = selectedItem();
    if (!item || !m_measure->isEnabled())
        return nullptr;
    auto *dialog = new CommissionRecordDialog(CommissionRecordDialog::Mode::Measure, *item,
                                              language(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { recordMeasurement(dialog->value(), dialog->recordResult()); });
    dialog->open();
    return dialog;
}

CommissionRecordDialog *CommissioningPage::openNoteDialog()
{
    const api::TemplateItem *item = selectedItem();
    if (!item || !m_note->isEnabled())
        return nullptr;
    auto *dialog = new CommissionRecordDialog(CommissionRecordDialog::Mode::Note, *item, language(),
                                              this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { addNote(dialog->text()); });
    dialog->open();
    return dialog;
}

QMessageBox *CommissioningPage::openFinishConfirmation()
{
    if (!m_data || !m_finish->isEnabled())
        return nullptr;
    const api::RunProgress &p = m_data->progress;
    const int pending = p.total - p.done();
    const QString text =
        pending > 0
            ? tr("%n item(s) are still pending. Finish the run anyway? They become open items of "
                 "the acceptance report, and the run becomes read-only.",
                 nullptr, pending)
            : tr("Finish the run \"%1\"? It becomes read-only; corrections need a new revision.")
                  .arg(m_data->run.name);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Finish Commissioning"), text,
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("commissionFinishConfirmation"));
    box->button(QMessageBox::Yes)->setText(tr("Finish"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, pending](int result) {
        if (result == QMessageBox::Yes)
            finishRun(pending > 0);
    });
    box->open();
    return box;
}

CommissionReportDialog *CommissioningPage::openReportDialog()
{
    if (!m_data || !m_connection.isValid())
        return nullptr;
    auto *dialog = new CommissionReportDialog(m_connection.inventory, m_connection.attachments,
                                              *m_data, keyDirectory(), m_connection.userName, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CommissionReportDialog::reportWritten, this, [this](const QString &path) {
        Q_EMIT statusMessage(tr("Wrote the sealed acceptance report %1.").arg(path));
        reloadCurrent();
    });
    dialog->open();
    return dialog;
}

void CommissioningPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void CommissioningPage::retranslateUi()
{
    m_heading->setText(tr("Commissioning"));
    m_cabinetLabel->setText(tr("&Cabinet:"));
    m_runLabel->setText(tr("&Run:"));
    m_templateLabel->setText(tr("&Template:"));
    m_customer->setPlaceholderText(tr("Customer"));
    m_customer->setToolTip(tr("The accepting party, printed on the report's cover"));
    m_start->setText(tr("&Start"));
    m_start->setToolTip(tr("Start commissioning the cabinet with the chosen template"));
    m_tree->setHeaderLabels({tr("Checklist"), tr("State")});
    m_records->setHeaderLabels({tr("Time"), tr("Kind"), tr("What"), tr("By")});
    m_guidanceHeading->setText(tr("What to do"));
    m_recordsHeading->setText(tr("Records"));
    m_pass->setText(tr("&Pass"));
    m_fail->setText(tr("&Fail…"));
    m_skip->setText(tr("S&kip…"));
    m_measure->setText(tr("&Measure…"));
    m_photo->setText(tr("Add P&hoto…"));
    m_note->setText(tr("&Note…"));
    m_progressLabel->setText(tr("Progress:"));
    m_installAgent->setText(tr("&Install Agent…"));
    m_installAgent->setToolTip(
        tr("Install the edge agent on the server over SSH (Add Node over SSH), then run the "
           "check again"));
    m_finish->setText(tr("F&inish…"));
    m_revise->setText(tr("Start a Re&vision"));
    m_report->setText(tr("&Report…"));
    m_report->setToolTip(tr("Write the sealed acceptance report (PDF)"));
    // Names in the lists come from the templates in the interface language.
    if (m_listsLoaded)
        reloadLists();
    showRun();
}

} // namespace edge::widgets
