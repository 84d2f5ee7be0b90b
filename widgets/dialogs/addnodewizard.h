#pragma once

#include "backend/api/enrollment.h"
#include "backend/api/workload.h"
#include "backend/fieldinstall/fieldinstaller.h"

#include <QHash>
#include <QWizard>
#include <QWizardPage>
#include <memory>
#include <optional>

class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTreeWidget;

namespace edge::widgets {

namespace detail {
struct InstallShared;
}

// "Add Node over SSH": installs the edge agent on a machine over SSH with
// fieldinstall::FieldInstaller (off the GUI thread) and enrolls it at a site. Pages: the target
// (host, port, user, key file or password, node name, agent package, hub address and CA), the
// host key (its SHA256 fingerprint, to confirm when first seen), the progress of every step
// (state, progress bar, a Cancel that really cancels) and the result (which step failed and why).
class AddNodeWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { TargetPage, HostKeyPage, ProgressPage, ResultPage };
    Q_ENUM(PageId)

    AddNodeWizard(std::shared_ptr<api::Enrollment> enrollment, std::shared_ptr<api::Nodes> nodes,
                  const QString &siteId, const QString &siteName, const QString &hubAddress,
                  const QString &caFile, QWidget *parent = nullptr);
    ~AddNodeWizard() override;

    // Form fields (tests fill them in).
    QLineEdit *hostEdit() const { return m_host; }
    QSpinBox *portSpin() const { return m_port; }
    QLineEdit *userEdit() const { return m_user; }
    QRadioButton *keyRadio() const { return m_useKey; }
    QRadioButton *passwordRadio() const { return m_usePassword; }
    QLineEdit *keyFileEdit() const { return m_keyFile; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *nodeNameEdit() const { return m_nodeName; }
    QLineEdit *packageEdit() const { return m_package; }
    QLineEdit *hubAddressEdit() const { return m_hubAddress; }
    QLineEdit *caFileEdit() const { return m_caFile; }
    QLineEdit *prefixEdit() const { return m_prefix; }
    QLabel *targetErrorLabel() const { return m_targetError; }
    // Our known_hosts file (tests point it into a temporary directory).
    void setKnownHostsFile(const QString &path) { m_knownHostsFile = path; }

    QLabel *hostKeyLabel() const { return m_hostKeyText; }
    QLabel *fingerprintLabel() const { return m_fingerprint; }
    QPushButton *refuseHostKeyButton() const { return m_refuse; }
    // The fingerprint waiting for confirmation (empty when none).
    QString pendingFingerprint() const { return m_pendingFingerprint; }

    QTreeWidget *stepsView() const { return m_steps; }
    QProgressBar *progressBar() const { return m_progress; }
    QLabel *progressMessage() const { return m_progressMessage; }
    QLabel *resultTitle() const { return m_resultTitle; }
    QLabel *resultText() const { return m_resultText; }

    bool isRunning() const { return m_running; }
    const std::optional<fieldinstall::InstallResult> &result() const { return m_result; }
    // The state shown for a step.
    fieldinstall::StepState stepState(fieldinstall::Step step) const;

    // The request the form describes, or the first problem (Error::field names the field).
    api::Result<fieldinstall::InstallRequest> requestFromForm() const;

    // Trusts / refuses the pending host key (what the page's buttons do).
    void answerHostKey(bool trust);
    // Cancels a running install (what the Cancel button does while it runs).
    void cancelInstall();

    int nextId() const override;
    void reject() override;

Q_SIGNALS:
    void hostKeyPending(const QString &fingerprint);
    void installFinished(bool ok);

protected:
    void changeEvent(QEvent *event) override;

private:
    friend class AddNodeWizardPage;
    bool validateTarget();
    void startInstall();
    void onProgress(const fieldinstall::ProgressEvent &event);
    void onHostKey(const fieldinstall::HostKeyInfo &key);
    void onFinished(const fieldinstall::InstallResult &result);
    void setStepState(fieldinstall::Step step, fieldinstall::StepState state,
                      const QString &message);
    void updateProgressBar();
    void showResult();
    bool pageComplete(int id) const;
    void retranslateUi();

    std::shared_ptr<api::Enrollment> m_enrollment;
    std::shared_ptr<api::Nodes> m_nodes;
    QString m_siteId;
    QString m_siteName;
    QString m_knownHostsFile;
    std::shared_ptr<detail::InstallShared> m_shared;
    bool m_running = false;
    bool m_hostKeyDone = false;
    bool m_cancelRequested = false;
    QString m_pendingFingerprint;
    std::optional<fieldinstall::InstallResult> m_result;
    QHash<int, fieldinstall::StepState> m_states;
    QHash<int, double> m_fractions;

    // Target page
    QLabel *m_targetIntro = nullptr;
    QList<QLabel *> m_captions;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_user = nullptr;
    QRadioButton *m_useKey = nullptr;
    QRadioButton *m_usePassword = nullptr;
    QLineEdit *m_keyFile = nullptr;
    QPushButton *m_browseKey = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_nodeName = nullptr;
    QLineEdit *m_package = nullptr;
    QPushButton *m_browsePackage = nullptr;
    QLineEdit *m_hubAddress = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_prefix = nullptr;
    QLabel *m_targetError = nullptr;
    // Host key page
    QLabel *m_hostKeyText = nullptr;
    QLabel *m_fingerprint = nullptr;
    QLabel *m_hostKeyHint = nullptr;
    QPushButton *m_refuse = nullptr;
    // Progress page
    QTreeWidget *m_steps = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_progressMessage = nullptr;
    // Result page
    QLabel *m_resultTitle = nullptr;
    QLabel *m_resultText = nullptr;

    QList<QWizardPage *> m_pages;
};

} // namespace edge::widgets
