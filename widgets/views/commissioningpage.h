#pragma once

#include "backend/commissioning/checks/checks.h"
#include "backend/commissioning/commissioningstore.h"
#include "widgets/common/hubconnector.h"

#include <QHash>
#include <QWidget>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QDialog;
class QLabel;
class QLineEdit;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace edge::widgets {

class AddNodeWizard;
class ChangeFeed;
class CheckSecretsDialog;
class CommissionRecordDialog;
class CommissionReportDialog;

// The Commissioning page (issue 6): choose a cabinet and a template and start a run; the run's
// checklist (sections with their progress, items with their state); for the selected item its
// guidance, the evidence it needs, its records and the actions that add to it (Pass, Fail, Skip
// with a reason, a measurement against the item's range, a photo, a note, the automatic check);
// the overall progress and verdict; Finish (read-only afterwards), Start a revision, and the
// sealed acceptance report. Everything goes through commissioning:: (commissioningstore.h) over
// the connection's api::Inventory, off the GUI thread, and follows the change feed.
class CommissioningPage : public QWidget {
    Q_OBJECT
public:
    explicit CommissioningPage(ChangeFeed *feed, QWidget *parent = nullptr);
    ~CommissioningPage() override;

    void setConnection(const HubConnection &connection);
    // Where the signing keys of the report live (default: the embedded hub's data directory, or
    // the console's application data directory with a remote hub).
    void setKeyDirectory(const QString &dir) { m_keyDir = dir; }
    QString keyDirectory() const;

    QComboBox *cabinetChooser() const { return m_cabinetCombo; }
    QComboBox *runChooser() const { return m_runCombo; }
    QComboBox *templateChooser() const { return m_templateCombo; }
    QLineEdit *customerEdit() const { return m_customer; }
    QPushButton *startButton() const { return m_start; }
    QTreeWidget *checklist() const { return m_tree; }
    QLabel *runHeader() const { return m_header; }
    QLabel *readOnlyNotice() const { return m_readOnly; }
    QLabel *itemTitleLabel() const { return m_itemTitle; }
    QLabel *itemDetailsLabel() const { return m_itemDetails; }
    QLabel *guidanceLabel() const { return m_guidance; }
    QLabel *itemStateLabel() const { return m_itemState; }
    QLabel *automaticNotice() const { return m_autoNotice; }
    QTreeWidget *recordList() const { return m_records; }
    QPushButton *passButton() const { return m_pass; }
    QPushButton *failButton() const { return m_fail; }
    QPushButton *skipButton() const { return m_skip; }
    QPushButton *measureButton() const { return m_measure; }
    QPushButton *photoButton() const { return m_photo; }
    QPushButton *noteButton() const { return m_note; }
    QPushButton *runCheckButton() const { return m_runCheck; }
    QProgressBar *overallProgress() const { return m_progress; }
    QLabel *verdictLabel() const { return m_verdict; }
    QPushButton *finishButton() const { return m_finish; }
    QPushButton *reviseButton() const { return m_revise; }
    QPushButton *reportButton() const { return m_report; }

    // The selected run after it loaded.
    const std::optional<commissioning::RunData> &current() const { return m_data; }
    QString selectedRunId() const;
    QString selectedItemId() const;
    bool selectCabinet(const QString &cabinetId);
    // Shows a cabinet of this site (the Sites page's selection) unless one is shown already.
    void preferSite(const QString &siteId);
    bool selectTemplate(const QString &templateId);
    bool selectRun(const QString &runId);
    bool selectItem(const QString &itemId);
    // True when nothing is loading or being stored and the selected run is loaded.
    bool isIdle() const;
    QString lastError() const { return m_lastError; }

    // What the buttons do after their dialogs (tests may call these directly). Each stores
    // through commissioning::addRecord for the selected item and reports through recordAdded or
    // actionFailed.
    void startRun();
    void passItem(const QString &comment = {});
    void failItem(const QString &comment);
    void skipItem(const QString &reason);
    // A measurement as evidence; with `recordResult` and a range, also the item's result.
    void recordMeasurement(double value, bool recordResult = true);
    void addPhoto(const QString &path, const QString &caption = {});
    void addNote(const QString &text);
    // Finishes the run; `allowOpen` accepts pending items as open items.
    void finishRun(bool allowOpen);
    void startRevision();
    // Runs the selected item's automatic check on a worker and records its readings, trace,
    // samples and result; while it runs, the button cancels it (a cancelled check keeps what it
    // recorded). SNMP and Modbus checks read a device of the cabinet (its secrets asked for once
    // per session); server checks log in to a node over SSH (credentials asked for; a first-seen
    // host key confirmed as in the field install); server.agent-online asks the hub; burn-in
    // records the cabinet's devices and node. Guided tests count down; burn-in shows its progress.
    void runCheck();
    bool isCheckRunning() const { return m_checkRunning; }
    // Our known_hosts file for the SSH checks (default fieldinstall::defaultKnownHostsFile(), the
    // one Add Node over SSH and batch install use; tests point it into a temporary directory).
    void setKnownHostsFile(const QString &path) { m_knownHostsFile = path; }
    QString knownHostsFile() const;
    // Forgets the device secrets and SSH credentials remembered for this session.
    void forgetSessionSecrets();
    bool hasSessionSecrets(const QString &deviceId) const
    {
        return m_deviceSecrets.contains(deviceId);
    }

    // The running (or last) check of the selected item: the guided countdown ("Open the front
    // door now — 12 s left"), the latest raw reading, burn-in's progress and samples.
    QLabel *checkStatusLabel() const { return m_checkStatus; }
    QLabel *checkReadingLabel() const { return m_checkReading; }
    QProgressBar *burnInProgress() const { return m_burnInBar; }
    QLabel *burnInDetailsLabel() const { return m_burnInDetails; }
    int burnInSamples() const { return m_burnInSamples; }
    // server.agent-online when the node is not online: the Add Node over SSH wizard for the node.
    QPushButton *installAgentButton() const { return m_installAgent; }
    AddNodeWizard *openInstallAgentWizard();

    // Non-blocking dialogs (deleted when closed); null when they do not apply.
    CommissionRecordDialog *openFailDialog();
    CommissionRecordDialog *openSkipDialog();
    CommissionRecordDialog *openMeasureDialog();
    CommissionRecordDialog *openNoteDialog();
    QMessageBox *openFinishConfirmation();
    CommissionReportDialog *openReportDialog();

Q_SIGNALS:
    void statusMessage(const QString &message);
    void recordAdded();
    void runChanged(); // started, finished, revised
    void actionFailed(const QString &message);
    void runLoaded();
    // A dialog the check waits for opened (secrets, SSH login, node choice, host key).
    void checkDialogOpened(QDialog *dialog);

protected:
    void changeEvent(QEvent *event) override;

private:
    void reloadLists();
    void reloadRuns();
    void reloadCurrent();
    void onChanges(const QList<edge::api::Change> &changes);
    void showRun();
    void fillChecklist();
    void showItem();
    void updateActions();
    void retranslateUi();
    void fail(const QString &message);
    void store(const QList<commissioning::NewRecord> &records, const QString &what);
    QString language() const;
    const api::TemplateItem *selectedItem() const;
    // Running checks: the steps before the worker (each may open a dialog and continue later).
    using TargetMaker = std::function<api::Result<commissioning::CheckTarget>()>;
    // Server checks: every server of the cabinet (CheckRunner::runOnEach), in `nodeIds` order.
    using TargetsMaker = std::function<api::Result<QList<commissioning::CheckTarget>>()>;
    void withDeviceSecrets(const api::Device &device, const QJsonObject &params,
                           std::function<void(const commissioning::DeviceSecrets &)> next);
    // The servers an item is about: the one its "node" parameter names, else all of the cabinet.
    void withNodes(const api::TemplateItem &item,
                   std::function<void(const QList<api::Node> &)> next);
    void withSshLogin(const QList<api::Node> &nodes, std::function<void()> next);
    void startCheck(const api::TemplateItem &item, const QString &targetName, TargetMaker make,
                    const QString &deviceId = {});
    void startChecks(const api::TemplateItem &item, const QString &targetName, TargetsMaker make,
                     const QString &deviceId, const QStringList &nodeIds);
    void openHostKeyPrompt(const QString &itemId, const QString &nodeId, const QString &host,
                           int port, const QString &fingerprint);
    void onCheckProgress(int generation, const commissioning::CheckProgress &progress);
    void onCheckSample(int generation, const commissioning::GuidedSample &sample);
    void updateCheckPanel();
    void showDialog(QDialog *dialog);

    QString m_knownHostsFile;
    QHash<QString, commissioning::DeviceSecrets> m_deviceSecrets; // device id -> typed secrets
    struct SshLogin {
        ssh::Credentials credentials;
        int port = 22;
        QString acceptedFingerprint;
        bool remember = true;
    };
    QHash<QString, SshLogin> m_sshLogins; // node id -> login for this session
    QHash<QString, QString> m_itemNode;   // item id -> the server whose agent is not online
    // The running or last check.
    struct CheckState {
        int generation = 0;
        QString itemId;
        QString check;
        QString target;
        QJsonObject params;
        qint64 startedMs = 0;
        qint64 phaseStartMs = 0;
        qint64 phaseLimitMs = 0;
        int phase = 0; // guided: 0 connecting, 1 waiting for the change, 2 waiting for return
        QString message;
        QString latest;
        double fraction = 0;
        bool finished = false;
        bool passed = false;
        bool cancelled = false;
        QString result; // the summary and problems when finished
    };
    CheckState m_check;
    int m_checkGeneration = 0;
    QTimer *m_checkTimer = nullptr;
    int m_burnInSamples = 0;

    ChangeFeed *m_feed;
    HubConnection m_connection;
    QString m_keyDir;
    struct CabinetEntry {
        api::Cabinet cabinet;
        QString siteName;
    };
    QList<CabinetEntry> m_cabinets;
    QList<api::CommissioningTemplate> m_templates;
    QStringList m_templateProblems;
    QList<api::CommissioningRun> m_runs;
    std::optional<commissioning::RunData> m_data;
    QString m_cabinetId;
    QString m_selectRunAfterLoad;
    QString m_selectItemAfterLoad;
    QString m_lastError;
    int m_listGeneration = 0;
    int m_runsGeneration = 0;
    int m_currentGeneration = 0;
    int m_pending = 0;
    bool m_listsLoaded = false;
    bool m_checkRunning = false;
    std::shared_ptr<std::atomic_bool> m_checkCancel;
    QTimer *m_reloadTimer = nullptr;

    QLabel *m_heading = nullptr;
    QLabel *m_cabinetLabel = nullptr;
    QComboBox *m_cabinetCombo = nullptr;
    QLabel *m_runLabel = nullptr;
    QComboBox *m_runCombo = nullptr;
    QLabel *m_templateLabel = nullptr;
    QComboBox *m_templateCombo = nullptr;
    QLineEdit *m_customer = nullptr;
    QPushButton *m_start = nullptr;
    QLabel *m_empty = nullptr;
    QWidget *m_runPanel = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_readOnly = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_itemTitle = nullptr;
    QLabel *m_itemDetails = nullptr;
    QLabel *m_guidanceHeading = nullptr;
    QLabel *m_guidance = nullptr;
    QLabel *m_itemState = nullptr;
    QLabel *m_autoNotice = nullptr;
    QLabel *m_recordsHeading = nullptr;
    QTreeWidget *m_records = nullptr;
    QPushButton *m_pass = nullptr;
    QPushButton *m_fail = nullptr;
    QPushButton *m_skip = nullptr;
    QPushButton *m_measure = nullptr;
    QPushButton *m_photo = nullptr;
    QPushButton *m_note = nullptr;
    QPushButton *m_runCheck = nullptr;
    QPushButton *m_installAgent = nullptr;
    QLabel *m_checkStatus = nullptr;
    QLabel *m_checkReading = nullptr;
    QProgressBar *m_burnInBar = nullptr;
    QLabel *m_burnInDetails = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_verdict = nullptr;
    QPushButton *m_finish = nullptr;
    QPushButton *m_revise = nullptr;
    QPushButton *m_report = nullptr;
};

} // namespace edge::widgets
