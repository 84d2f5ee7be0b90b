#pragma once

#include "backend/api/enrollment.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace edge::widgets {

// Creates a one-time bootstrap token for a site (api::Enrollment, off the GUI thread) and shows
// it once: the token with a copy button, when it expires, and the exact edge-agent command line
// to run on the node. The token is never stored or logged.
class BootstrapTokenDialog : public QDialog {
    Q_OBJECT
public:
    // `hubAddress` ("host:port") and `caFile` are what the agent is told; empty when unknown
    // (the embedded hub has no network listener): the command then says what to fill in.
    BootstrapTokenDialog(std::shared_ptr<api::Enrollment> enrollment, const QString &siteId,
                         const QString &siteName, const QString &hubAddress, const QString &caFile,
                         QWidget *parent = nullptr);

    // More addresses of the same hub (this machine's other networks when the embedded hub listens
    // on all of them): listed under the command, which uses `hubAddress`.
    void setOtherHubAddresses(const QStringList &addresses);
    QStringList otherHubAddresses() const { return m_otherHubAddresses; }

    // The command line an agent runs to enroll with `token`.
    static QString agentCommand(const QString &hubAddress, const QString &token);
    // Time-to-live choices in milliseconds (the combo box's order).
    static QList<qint64> ttlChoices();

    QComboBox *ttlCombo() const { return m_ttl; }
    QLineEdit *nodeNameEdit() const { return m_nodeName; }
    QPushButton *createButton() const { return m_create; }
    QLineEdit *tokenEdit() const { return m_token; }
    QPushButton *copyTokenButton() const { return m_copyToken; }
    QPlainTextEdit *commandEdit() const { return m_command; }
    QPushButton *copyCommandButton() const { return m_copyCommand; }
    QLabel *expiryLabel() const { return m_expiry; }
    QLabel *errorLabel() const { return m_error; }
    bool isBusy() const { return m_busy; }
    bool hasToken() const;

Q_SIGNALS:
    void tokenCreated(const QString &siteId, qint64 expiresAtMs);

protected:
    void changeEvent(QEvent *event) override;

private:
    void create();
    void showToken(const api::IssuedBootstrapToken &token);
    void retranslateUi();

    std::shared_ptr<api::Enrollment> m_enrollment;
    QString m_siteId;
    QString m_siteName;
    QString m_hubAddress;
    QString m_caFile;
    QStringList m_otherHubAddresses;
    bool m_busy = false;
    qint64 m_expiresAtMs = 0;

    QStackedWidget *m_stack = nullptr;
    QLabel *m_intro = nullptr;
    QLabel *m_ttlCaption = nullptr;
    QComboBox *m_ttl = nullptr;
    QLabel *m_nodeNameCaption = nullptr;
    QLineEdit *m_nodeName = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_create = nullptr;

    QLabel *m_onceWarning = nullptr;
    QLabel *m_tokenCaption = nullptr;
    QLineEdit *m_token = nullptr;
    QPushButton *m_copyToken = nullptr;
    QLabel *m_expiry = nullptr;
    QLabel *m_commandCaption = nullptr;
    QPlainTextEdit *m_command = nullptr;
    QPushButton *m_copyCommand = nullptr;
    QLabel *m_commandNote = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace edge::widgets
