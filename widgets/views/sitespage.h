#pragma once

#include "backend/api/user.h"
#include "widgets/common/hubconnector.h"

#include <QWidget>
#include <memory>

class QAction;
class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QSplitter;
class QTableView;
class QToolButton;

namespace edge::widgets {

class ChangeFeed;
class SiteDetailPanel;
class SiteFilterProxyModel;
class SitesModel;
class SiteDialog;
class DeleteSiteDialog;

// The Sites page: a searchable, sortable table of every site of the hub, live through the change
// feed, with add / edit / delete dialogs, a detail panel for the selected site and a banner while
// the demo estate is present.
class SitesPage : public QWidget {
    Q_OBJECT
public:
    SitesPage(ChangeFeed *feed, QWidget *parent = nullptr);
    ~SitesPage() override;

    void setConnection(const HubConnection &connection);

    SitesModel *model() const { return m_model; }
    SiteFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    SiteDetailPanel *detailPanel() const { return m_detail; }
    QLineEdit *searchEdit() const { return m_search; }
    QComboBox *kindFilter() const { return m_kindCombo; }
    QFrame *demoBanner() const { return m_banner; }
    QPushButton *removeDemoButton() const { return m_removeDemo; }
    QWidget *emptyState() const { return m_emptyState; }

    QAction *addAction() const { return m_addAction; }
    QAction *editAction() const { return m_editAction; }
    QAction *deleteAction() const { return m_deleteAction; }
    QAction *findAction() const { return m_findAction; }
    QAction *refreshAction() const { return m_refreshAction; }

    // The selected site's id, or empty.
    QString selectedSiteId() const;
    bool selectSite(const QString &id);

    // Open the dialogs (non-blocking; the dialog deletes itself when closed).
    SiteDialog *openAddDialog();
    SiteDialog *openEditDialog();
    DeleteSiteDialog *openDeleteDialog();
    QMessageBox *openRemoveDemoConfirmation();

Q_SIGNALS:
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onSelectionChanged();
    void onChanges(const QList<edge::api::Change> &changes);
    void updateActions();
    void updateEmptyState();
    void updateBanner();
    void updateCount();
    void adjustColumns();
    void fitColumnsToContents();
    void fillKindFilter();
    void removeDemoData();
    void retranslateUi();

    ChangeFeed *m_feed;
    HubConnection m_connection;
    QString m_selectAfterInsert;
    bool m_removingDemo = false;
    bool m_loadFailed = false;
    QString m_loadError;

    SitesModel *m_model = nullptr;
    SiteFilterProxyModel *m_proxy = nullptr;

    QFrame *m_banner = nullptr;
    QLabel *m_bannerIcon = nullptr;
    QLabel *m_bannerText = nullptr;
    QPushButton *m_removeDemo = nullptr;

    QLabel *m_heading = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QLabel *m_count = nullptr;
    QToolButton *m_addButton = nullptr;
    QToolButton *m_editButton = nullptr;
    QToolButton *m_deleteButton = nullptr;

    QSplitter *m_splitter = nullptr;
    QTableView *m_table = nullptr;
    SiteDetailPanel *m_detail = nullptr;

    QWidget *m_emptyState = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyText = nullptr;
    QPushButton *m_emptyButton = nullptr;

    QAction *m_addAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_refreshAction = nullptr;
};

} // namespace edge::widgets
