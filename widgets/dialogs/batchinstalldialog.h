#pragma once

#include "backend/api/enrollment.h"
#include "backend/api/workload.h"
#include "backend/fieldinstall/fieldinstaller.h"

#include <QDialog>
#include <QList>
#include <memory>
#include <optional>

class QDialogButtonBox;
class QFrame;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace edge::widgets {

namespace detail {
struct BatchShared;
}

// "Install from CSV": installs the edge agent on every machine of a hosts CSV (the format of
// `edgectl node install-batch`: fieldinstall::parseHostsCsv) with fieldinstall::BatchInstaller,
// off the GUI thread, at most "parallel" at a time, and enrolls them at the current site. Shared
// defaults (user, key file, agent package, hub address and CA) fill the CSV's empty cells. A table
// shows every host's current step, state and message live; first-seen host keys are asked per
// host; Cancel stops everything (pending hosts end "cancelled").
class BatchInstallDialog : public QDialog {
    Q_OBJECT
public:
    // Table columns.
    enum Column {
        HostColumn,
        PortColumn,
        UserColumn,
        NodeColumn,
        StepColumn,
        StateColumn,
        MessageColumn,
        ColumnCount
    };
    // A host's state in the table.
    enum class HostState { Pending, Running, Done, Failed, Cancelled };
    Q_ENUM(HostState)

    BatchInstallDialog(std::shared_ptr<api::Enrollment> enrollment,
                       std::shared_ptr<api::Nodes> nodes, const QString &siteId,
                       const QString &siteName, const QString &hubAddress, const QString &caFile,
                       QWidget *parent = nullptr);
    ~BatchInstallDialog() override;

    // Form fields (tests fill them in).
    QLineEdit *csvEdit() const { return m_csv; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *keyFileEdit() const { return m_keyFile; }
    QLineEdit *packageEdit() const { return m_package; }
    QLineEdit *hubAddressEdit() const { return m_hubAddress; }
    QLineEdit *caFileEdit() const { return m_caFile; }
    QLineEdit *prefixEdit() const { return m_prefix; }
    QSpinBox *parallelSpin() const { return m_parallel; }
    QLabel *errorLabel() const { return m_error; }
    QPushButton *startButton() const { return m_start; }
    QPushButton *cancelButton() const { return m_cancel; }
    // Our known_hosts file (tests point it into a temporary directory).
    void setKnownHostsFile(const QString &path) { m_knownHostsFile = path; }

    QTreeWidget *hostsView() const { return m_hosts; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *hostKeyLabel() const { return m_hostKeyText; }
    QLabel *fingerprintLabel() const { return m_fingerprint; }

    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }
    int hostCount() const { return int(m_rows.size()); }
    HostState hostState(int row) const;
    std::optional<fieldinstall::Step> hostStep(int row) const;
    QString hostMessage(int row) const;
    // Every host's result, once the batch has finished.
    const QList<fieldinstall::BatchEntry> &results() const { return m_results; }
    // The row whose host key waits for an answer (-1 when none).
    int pendingHostKeyRow() const;

    // Reads the CSV and starts the batch (what Start does). False when the form or the CSV is
    // wrong: the error label says what and where (CSV: line and column), nothing starts.
    bool start();
    // Trusts / refuses the host key waiting for an answer (the Trust / Refuse buttons).
    void answerHostKey(bool trust);
    // Cancels the running batch (what Cancel does while it runs).
    void cancelBatch();
    // Whether closing while running asks first (default); without asking it just cancels.
    void setConfirmClose(bool confirm) { m_confirmClose = confirm; }

    void reject() override;

Q_SIGNALS:
    void hostKeyPending(int row, const QString &fingerprint);
    void batchFinished(int installed, int failed, int cancelled);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Row {
        fieldinstall::BatchHost host;
        HostState state = HostState::Pending;
        std::optional<fieldinstall::Step> step;
        double fraction = 0.0;
        QString message;
    };
    struct HostKeyQuestion {
        int row = -1;
        fieldinstall::HostKeyInfo key;
    };

    api::Result<fieldinstall::InstallRequest> defaultsFromForm() const;
    void showError(const QString &message);
    void onProgress(int row, const fieldinstall::ProgressEvent &event);
    void onHostKey(int row, const fieldinstall::HostKeyInfo &key);
    void onHostFinished(int row, const fieldinstall::InstallResult &result);
    void onBatchFinished(const QList<fieldinstall::BatchEntry> &entries);
    void fillTable();
    void updateRow(int row);
    void updateProgressBar();
    void updateButtons();
    void showHostKeyQuestion();
    bool askCloseWhileRunning();
    QString summaryText() const;
    void retranslateUi();

    std::shared_ptr<api::Enrollment> m_enrollment;
    std::shared_ptr<api::Nodes> m_nodes;
    QString m_siteId;
    QString m_siteName;
    QString m_knownHostsFile;
    std::shared_ptr<detail::BatchShared> m_shared;
    bool m_running = false;
    bool m_finished = false;
    bool m_cancelRequested = false;
    bool m_confirmClose = true;
    QList<Row> m_rows;
    QList<HostKeyQuestion> m_questions;
    QList<fieldinstall::BatchEntry> m_results;

    QLabel *m_intro = nullptr;
    QList<QLabel *> m_captions;
    QLineEdit *m_csv = nullptr;
    QPushButton *m_browseCsv = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_keyFile = nullptr;
    QPushButton *m_browseKey = nullptr;
    QLineEdit *m_package = nullptr;
    QPushButton *m_browsePackage = nullptr;
    QLineEdit *m_hubAddress = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_prefix = nullptr;
    QSpinBox *m_parallel = nullptr;
    QLabel *m_error = nullptr;
    QTreeWidget *m_hosts = nullptr;
    QFrame *m_hostKeyBox = nullptr;
    QLabel *m_hostKeyText = nullptr;
    QLabel *m_fingerprint = nullptr;
    QLabel *m_hostKeyHint = nullptr;
    QPushButton *m_trust = nullptr;
    QPushButton *m_refuse = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_start = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace edge::widgets
