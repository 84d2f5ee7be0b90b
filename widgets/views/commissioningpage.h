#pragma once

#include "backend/commissioning/commissioningstore.h"
#include "widgets/common/hubconnector.h"

#include <QWidget>
#include <atomic>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QProgressBar;
class QPushButton;
class QTimer;
class QTreeWidget;

namespace edge::widgets {

class ChangeFeed;
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
    // Runs the selected item's automatic check through the adapter of a device of the cabinet
    // (SNMP and Modbus checks; guided ones wait for the change) on a worker and records its
    // readings, trace and result; while it runs, the button cancels it.
    void runCheck();
    bool isCheckRunning() const { return m_checkRunning; }

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
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_verdict = nullptr;
    QPushButton *m_finish = nullptr;
    QPushButton *m_revise = nullptr;
    QPushButton *m_report = nullptr;
};

} // namespace edge::widgets
