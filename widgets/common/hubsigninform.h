#pragma once

#include <QWidget>

#include <optional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace edge::widgets {

// The sign-in fields for a hub, shared by the Connect and Sync dialogs: hub address, the CA
// certificate that signed the hub's certificate (with Browse…), user and password, and the error
// line under them. Checks what was typed, marks the field at fault and can be made busy. The
// dialog hands in its texts (setTexts(), in its own tr() context) and does the signing in.
class HubSignInForm : public QWidget {
    Q_OBJECT
public:
    // The address: a plain line edit, or an editable combo box for a history of hubs.
    enum class HostInput { LineEdit, ComboBox };
    // objectName of each field (the tests find them by it); an empty name leaves it unnamed.
    struct ObjectNames {
        QString host;
        QString ca;
        QString user;
        QString password;
        QString error;
    };
    // What the form shows and says, translated by the dialog. caUnreadable has %1 for the path.
    struct Texts {
        QString hostLabel;
        QString caLabel;
        QString userLabel;
        QString passwordLabel;
        QString hostPlaceholder;
        QString caPlaceholder;
        QString browse;
        QString browseTitle;
        QString browseFilter;
        QString caMissing;
        QString caUnreadable;
        QString userMissing;
        QString passwordMissing;
    };
    // What was typed, trimmed (but the password).
    struct Values {
        QString hostPort;
        QString caFile;
        QString userName;
        QString password;
    };

    HubSignInForm(HostInput hostInput, const ObjectNames &names, QWidget *parent = nullptr);

    void setTexts(const Texts &texts);

    // The combo box for HostInput::ComboBox, else nullptr.
    QComboBox *hostCombo() const { return m_hostCombo; }
    // The line edit the address is typed into (the combo box's own for HostInput::ComboBox).
    QLineEdit *hostEdit() const;
    // The address field as a whole: the line edit or the combo box.
    QWidget *hostField() const;
    QLineEdit *caEdit() const { return m_ca; }
    QLineEdit *userEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }

    QString hostPort() const;
    void setHostPort(const QString &hostPort);

    // The fields when they are all filled in and the CA file can be read; else shows why at the
    // field at fault and returns nothing.
    std::optional<Values> validate();
    // Shows `message` under the form and marks `field` (if any) invalid with it; an empty message
    // clears the error and every mark.
    void showError(const QString &message, QWidget *field);
    // The error shown, or empty.
    QString errorText() const;
    // Disables the fields and shows `message` (Connecting…) while busy.
    void setBusy(bool busy, const QString &message = {});

private:
    void browseCa();
    QList<QWidget *> fields() const;

    Texts m_texts;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_hostEdit = nullptr;
    QComboBox *m_hostCombo = nullptr;
    QLineEdit *m_ca = nullptr;
    QPushButton *m_browse = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace edge::widgets
