#pragma once

#include "backend/api/syncstore.h"

#include <QList>
#include <QWidget>
#include <memory>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace edge::widgets {

// The Conflicts page (issue 5): every conflict sync found in the store, one row per conflict with
// its values below it (value, author, time, replica; the value every replica shows now is marked
// as the winner) and what happened in words. "Keep This Value" on a value resolves the conflict
// through api::ConflictResolver::resolve(); the resolution is an operation and syncs like any
// edit. Loads in the background; refresh() after a sync and when the store changes.
class ConflictsPage : public QWidget {
    Q_OBJECT
public:
    enum Column {
        ItemColumn,
        FieldColumn,
        ValueColumn,
        AuthorColumn,
        TimeColumn,
        ReplicaColumn,
        ActionColumn,
        ColumnCount
    };

    explicit ConflictsPage(QWidget *parent = nullptr);
    ~ConflictsPage() override;

    void setResolver(std::shared_ptr<api::ConflictResolver> resolver);
    void refresh();

    QTreeWidget *tree() const { return m_tree; }
    QWidget *emptyState() const { return m_emptyState; }
    QLabel *errorLabel() const { return m_error; }
    const QList<api::Conflict> &conflicts() const { return m_conflicts; }
    // The "Keep This Value" button of one value (by its op id), or null.
    QPushButton *keepButton(const QString &conflictId, const QString &opId) const;
    bool isLoading() const { return m_loading; }

    // A value as people read it: JSON strings unquoted, life-cycle values in words.
    static QString displayValue(const api::ConflictValue &value);
    // What happened, in words (translated).
    static QString explain(const api::Conflict &conflict);
    static QString kindLabel(const QString &entity); // "Site", "Cabinet", ...

Q_SIGNALS:
    // The number of open conflicts changed (the navigation shows it).
    void countChanged(int count);
    void statusMessage(const QString &message);
    // A conflict was resolved here (the console syncs soon after).
    void resolved(const QString &conflictId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void populate();
    void keep(const QString &conflictId, const QString &opId);
    void updateEmptyState();
    void retranslateUi();

    std::shared_ptr<api::ConflictResolver> m_resolver;
    QList<api::Conflict> m_conflicts;
    bool m_loading = false;
    bool m_reloadAfter = false;
    bool m_resolving = false;
    int m_generation = 0;
    QString m_loadError;

    QLabel *m_heading = nullptr;
    QLabel *m_intro = nullptr;
    QPushButton *m_refresh = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_error = nullptr;
    QWidget *m_emptyState = nullptr;
    QLabel *m_emptyTitle = nullptr;
    QLabel *m_emptyText = nullptr;
};

} // namespace edge::widgets
