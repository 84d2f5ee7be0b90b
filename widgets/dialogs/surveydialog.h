#pragma once

#include "backend/api/inventory.h"
#include "backend/api/surveyrecord.h"

#include <QDialog>
#include <memory>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QGeoPositionInfoSource;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace edge::widgets {

// Starts a site survey, or edits one (issue 4): site, name, author, GB 50174 class, GB 3096 noise
// zone, thermal profile (the shipped limit sets; profiles with unverified numbers are marked),
// warn margin, the survey's own position (typed, the site's, or this machine's positioning
// source) and notes. Checks with api::validate(Survey) first; errors show next to their field.
// Closes only when the hub accepted the change.
class SurveyDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Add, Edit };
    SurveyDialog(Mode mode, std::shared_ptr<api::Inventory> inventory,
                 const QList<api::Site> &sites, const api::Survey &survey = {},
                 QWidget *parent = nullptr);
    ~SurveyDialog() override;

    Mode mode() const { return m_mode; }
    // The survey the form describes, or the first problem (Error::field names the field).
    api::Result<api::Survey> surveyFromForm() const;
    void showError(const api::Error &error);
    QString errorText() const;
    // The form field for a survey field name ("name", "latitude", "site_id", ...), or null.
    QWidget *fieldWidget(const QString &field) const;
    bool isBusy() const { return m_busy; }
    // Chooses a thermal profile by limit set id; false when the list has no such profile.
    bool selectProfile(const QString &id);
    // Fills the coordinates with the chosen site's; false (and says why) when it has none.
    bool useSitePosition();
    void useMyPosition();
    QLabel *positionStatus() const { return m_positionStatus; }

Q_SIGNALS:
    void saved(const edge::api::Survey &survey);

private:
    void submit();
    void clearErrors();
    void setBusy(bool busy);
    void positionTimedOut();

    Mode m_mode;
    std::shared_ptr<api::Inventory> m_inventory;
    QList<api::Site> m_sites;
    api::Survey m_original;
    bool m_busy = false;

    QComboBox *m_site = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_author = nullptr;
    QComboBox *m_class = nullptr;
    QComboBox *m_zone = nullptr;
    QComboBox *m_profile = nullptr;
    QLabel *m_profileNote = nullptr;
    QLineEdit *m_margin = nullptr;
    QLineEdit *m_latitude = nullptr;
    QLineEdit *m_longitude = nullptr;
    QPushButton *m_useSite = nullptr;
    QPushButton *m_useMine = nullptr;
    QLabel *m_positionStatus = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QGeoPositionInfoSource *m_positionSource = nullptr;
};

} // namespace edge::widgets
