#pragma once

#include "backend/survey/surveystore.h"
#include "widgets/common/hubconnector.h"

#include <QWidget>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QMessageBox;
class QProgressDialog;
class QTabWidget;
class QTimer;
class QTableWidget;
class QToolButton;
class QTreeWidget;

namespace edge::widgets {

class ChangeFeed;
class HazardPlot;
class ReadingsChart;
class SurveyDialog;

// The Survey page (issue 4): the surveys of a site (or of all sites) on the left with their status
// and verdict; for the selected survey a header, the actions that add to it (readings, sensor
// polling, noise from a WAV file or a microphone, hazards, site facts, photos, notes, the report)
// and tabs with its checks, temperature, noise, distances and items. The verdict is
// survey::loadSurvey + SurveyData::evaluate(), the same as `edgectl survey show`. Live through
// the change feed; every call runs off the GUI thread.
class SurveyPage : public QWidget {
    Q_OBJECT
public:
    SurveyPage(ChangeFeed *feed, QWidget *parent = nullptr);
    ~SurveyPage() override;

    void setConnection(const HubConnection &connection);

    QComboBox *siteChooser() const { return m_siteCombo; }
    QTreeWidget *surveyList() const { return m_list; }
    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *checksTable() const { return m_checks; }
    QLabel *verdictLabel() const { return m_verdict; }
    QLabel *problemsLabel() const { return m_problems; }
    QLabel *headerLabel() const { return m_header; }
    QLabel *finalNotice() const { return m_finalNotice; }
    QTableWidget *noiseTable() const { return m_noise; }
    QTableWidget *distancesTable() const { return m_distances; }
    QTableWidget *itemsTable() const { return m_items; }
    QLabel *thermalSummaryLabel() const { return m_thermal; }
    ReadingsChart *readingsChart() const { return m_chart; }
    HazardPlot *hazardPlot() const { return m_plot; }

    QAction *newAction() const { return m_newAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *finishAction() const { return m_finishAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    // The actions that add to the selected survey (disabled, with the reason, when it is final).
    QList<QAction *> itemActions() const;
    QAction *deleteItemAction() const { return m_deleteItemAction; }

    // The selected survey (after its data loaded), if any.
    std::optional<survey::SurveyData> current() const { return m_data; }
    std::optional<survey::SurveyEvaluation> evaluation() const { return m_eval; }
    QString selectedSurveyId() const;
    bool selectSurvey(const QString &id);
    // Shows the surveys of one site (empty: all sites).
    void setSiteFilter(const QString &siteId);
    // True when the survey list and the selected survey's data are loaded and nothing is pending.
    bool isIdle() const;

    // Dialogs (non-blocking, deleted when closed).
    SurveyDialog *openNewDialog();
    SurveyDialog *openEditDialog();
    // Asks first; null when nothing can be done.
    QMessageBox *openFinishConfirmation();
    QMessageBox *openDeleteConfirmation();

    // What the actions do after their file dialogs (tests call these directly). Each stores one
    // item through survey::addSurveyItem and reports through itemAdded or actionFailed; files
    // are read and refused before anything is stored.
    void importReadings(const QString &path);
    void importHazards(const QString &path);
    void importNoise(const QString &wavPath, acoustics::Period period,
                     acoustics::NightEvents nightEvents, bool nearBuilding, bool machineRoom,
                     const QString &calibrationWav = {}, double calibratorDb = 94.0);
    void addPhoto(const QString &path, const QString &caption);
    void addNote(const QString &text);
    // Entered by hand (no file): one reading, one hazard at a point.
    void addReading(const survey::Reading &reading);
    void addHazard(const QString &name, geo::HazardKind kind, const geo::GeoPoint &at);
    void finishSurvey();
    void deleteSurvey();
    void deleteItem(const QString &itemId);
    QString lastError() const { return m_lastError; }

Q_SIGNALS:
    void statusMessage(const QString &message);
    void itemAdded(const edge::api::SurveyItem &item);
    void actionFailed(const QString &message);
    void surveyLoaded();

protected:
    void changeEvent(QEvent *event) override;

private:
    void reloadSites();
    void reloadSurveys();
    void reloadCurrent();
    void onChanges(const QList<edge::api::Change> &changes);
    void onSelectionChanged();
    void showSurvey();
    void fillChecks();
    void fillTemperature();
    void fillNoise();
    void fillDistances();
    void fillItems();
    void updateActions();
    void retranslateUi();
    void fail(const QString &message);
    void store(const survey::NewItem &item, const QString &what);
    void runImportReadingsDialog();
    void runImportNoiseDialog();
    void runImportHazardsDialog();
    void runAddPhotoDialog();
    void runAddNoteDialog();
    void runEnterReadingDialog();
    void runEnterHazardDialog();
    QString siteName(const QString &siteId) const;

    ChangeFeed *m_feed;
    HubConnection m_connection;
    QList<api::Site> m_sites;
    QList<api::Survey> m_surveys;
    QHash<QString, api::CheckResult> m_verdicts; // survey id -> verdict
    std::optional<survey::SurveyData> m_data;
    std::optional<survey::SurveyEvaluation> m_eval;
    QString m_siteFilter;
    QString m_selectAfterLoad;
    QString m_lastError;
    int m_surveysGeneration = 0;
    int m_currentGeneration = 0;
    int m_pending = 0;
    bool m_busy = false;
    QTimer *m_reloadTimer = nullptr;

    QLabel *m_heading = nullptr;
    QComboBox *m_siteCombo = nullptr;
    QTreeWidget *m_list = nullptr;
    QToolButton *m_newButton = nullptr;
    QToolButton *m_editButton = nullptr;
    QToolButton *m_finishButton = nullptr;
    QToolButton *m_deleteButton = nullptr;

    QWidget *m_detail = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_header = nullptr;
    QLabel *m_finalNotice = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_checks = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_problems = nullptr;
    ReadingsChart *m_chart = nullptr;
    QLabel *m_thermal = nullptr;
    QTableWidget *m_noise = nullptr;
    QTableWidget *m_distances = nullptr;
    HazardPlot *m_plot = nullptr;
    QTableWidget *m_items = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_finishAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_readingsAction = nullptr;
    QAction *m_pollAction = nullptr;
    QAction *m_noiseAction = nullptr;
    QAction *m_measureAction = nullptr;
    QAction *m_hazardsAction = nullptr;
    QAction *m_factsAction = nullptr;
    QAction *m_photoAction = nullptr;
    QAction *m_noteAction = nullptr;
    QAction *m_enterReadingAction = nullptr;
    QAction *m_enterHazardAction = nullptr;
    QAction *m_reportAction = nullptr;
    QAction *m_deleteItemAction = nullptr;
    QList<QToolButton *> m_actionButtons;
};

} // namespace edge::widgets
