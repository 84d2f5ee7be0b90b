#include "widgets/views/conflictspage.h"

#include "widgets/common/asynctask.h"
#include "widgets/common/formerrors.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace edge::widgets {

namespace {
const char *const kConflictId = "conflictId";
const char *const kOpId = "opId";

QString shortReplica(const QString &replica)
{
    return replica.size() > 12 ? replica.left(8) + QStringLiteral("…") : replica;
}
} // namespace

ConflictsPage::ConflictsPage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("conflictsPage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(8);

    auto *top = new QHBoxLayout;
    m_heading = new QLabel(this);
    QFont hf = m_heading->font();
    hf.setPointSizeF(hf.pointSizeF() * 1.4);
    hf.setBold(true);
    m_heading->setFont(hf);
    top->addWidget(m_heading);
    top->addStretch(1);
    m_refresh = new QPushButton(this);
    m_refresh->setObjectName(QStringLiteral("refreshConflictsButton"));
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload, nullptr, this));
    top->addWidget(m_refresh);
    layout->addLayout(top);

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_error = createFormErrorLabel(this);
    m_error->setObjectName(QStringLiteral("conflictsError"));
    layout->addWidget(m_error);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("conflictsTree"));
    m_tree->setColumnCount(ColumnCount);
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(ValueColumn, QHeaderView::Stretch);
    layout->addWidget(m_tree, 1);

    m_emptyState = new QWidget(m_tree->viewport());
    m_emptyState->setObjectName(QStringLiteral("conflictsEmptyState"));
    auto *emptyLayout = new QVBoxLayout(m_emptyState);
    emptyLayout->addStretch(1);
    m_emptyTitle = new QLabel(m_emptyState);
    QFont ef = m_emptyTitle->font();
    ef.setPointSizeF(ef.pointSizeF() * 1.25);
    ef.setBold(true);
    m_emptyTitle->setFont(ef);
    m_emptyTitle->setAlignment(Qt::AlignHCenter);
    m_emptyText = new QLabel(m_emptyState);
    m_emptyText->setObjectName(QStringLiteral("conflictsEmptyText"));
    m_emptyText->setAlignment(Qt::AlignHCenter);
    m_emptyText->setWordWrap(true);
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addStretch(2);
    m_tree->viewport()->installEventFilter(this);

    connect(m_refresh, &QPushButton::clicked, this, &ConflictsPage::refresh);

    retranslateUi();
    updateEmptyState();
}

ConflictsPage::~ConflictsPage() = default;

void ConflictsPage::setResolver(std::shared_ptr<api::ConflictResolver> resolver)
{
    m_resolver = std::move(resolver);
    ++m_generation;
    m_loading = false;
    m_conflicts.clear();
    m_loadError.clear();
    populate();
    refresh();
}

void ConflictsPage::refresh()
{
    if (!m_resolver) {
        m_conflicts.clear();
        populate();
        return;
    }
    if (m_loading) {
        m_reloadAfter = true;
        return;
    }
    m_loading = true;
    m_reloadAfter = false;
    const int generation = m_generation;
    auto resolver = m_resolver;
    AsyncTask::run(
        this, [resolver] { return resolver->listConflicts(); },
        [this, generation](api::Result<QList<api::Conflict>> result) {
            if (generation != m_generation)
                return;
            m_loading = false;
            if (result) {
                m_conflicts = *result;
                m_loadError.clear();
            } else {
                m_loadError = result.error().message;
            }
            populate();
            if (m_reloadAfter)
                refresh();
        });
}

QString ConflictsPage::kindLabel(const QString &entity)
{
    if (entity == u"region")
        return tr("Region");
    if (entity == u"site")
        return tr("Site");
    if (entity == u"cabinet")
        return tr("Cabinet");
    if (entity == u"node")
        return tr("Node");
    if (entity == u"device")
        return tr("Device");
    if (entity == u"survey")
        return tr("Survey");
    if (entity == u"survey-item")
        return tr("Survey item");
    if (entity == u"limit-set")
        return tr("Limit set");
    return entity;
}

QString ConflictsPage::displayValue(const api::ConflictValue &value)
{
    if (value.value == u"$delete")
        return tr("(deleted)");
    if (value.value == u"$create")
        return tr("(exists)");
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + value.value.toUtf8()
                                                      + QByteArray("]"));
    if (doc.isArray() && doc.array().size() == 1) {
        const QJsonValue v = doc.array().at(0);
        if (v.isString())
            return v.toString();
        if (v.isNull())
            return tr("(empty)");
        if (v.isBool())
            return v.toBool() ? tr("yes") : tr("no");
        if (v.isDouble())
            return QLocale().toString(v.toDouble(), 'g', 12);
    }
    return value.value;
}

QString ConflictsPage::explain(const api::Conflict &c)
{
    const QString what = kindLabel(c.entity);
    switch (c.kind) {
    case api::ConflictKind::Field:
        return tr("Changed in two places at once. Every replica shows the winner (★) until you "
                  "keep one of the values.");
    case api::ConflictKind::DeleteEdit:
        return tr("Deleted in one place while edited in another. The delete wins; keep the edit "
                  "to restore the %1 with all its fields, or keep the delete.")
            .arg(what.toLower());
    case api::ConflictKind::Orphan:
        return tr("This %1 still exists, but something it belongs to was deleted at the same "
                  "time, so it is hidden. Restore what it belongs to, or delete it too.")
            .arg(what.toLower());
    case api::ConflictKind::DuplicateName:
        return tr("Two %1s with the same name were created apart. Rename or remove one of them; "
                  "the conflict goes away by itself.")
            .arg(what.toLower());
    }
    return {};
}

QPushButton *ConflictsPage::keepButton(const QString &conflictId, const QString &opId) const
{
    // Through the items: buttons of rows already removed may linger until deleted later.
    for (int t = 0; t < m_tree->topLevelItemCount(); ++t) {
        QTreeWidgetItem *top = m_tree->topLevelItem(t);
        if (top->data(ItemColumn, Qt::UserRole).toString() != conflictId)
            continue;
        for (int c = 0; c < top->childCount(); ++c) {
            QTreeWidgetItem *row = top->child(c);
            if (row->data(ItemColumn, Qt::UserRole).toString() == opId)
                return qobject_cast<QPushButton *>(m_tree->itemWidget(row, ActionColumn));
        }
    }
    return nullptr;
}

void ConflictsPage::populate()
{
    m_tree->clear();
    QLocale locale;
    QFont bold = m_tree->font();
    bold.setBold(true);
    for (const api::Conflict &c : std::as_const(m_conflicts)) {
        auto *top = new QTreeWidgetItem(m_tree);
        const QString name = c.entityName.isEmpty() ? c.entityId : c.entityName;
        top->setText(ItemColumn, tr("%1 “%2”").arg(kindLabel(c.entity), name));
        top->setToolTip(ItemColumn, c.id);
        top->setData(ItemColumn, Qt::UserRole, c.id);
        top->setFont(ItemColumn, bold);
        top->setText(FieldColumn, c.field == u"$alive" ? tr("existence") : c.field);
        top->setToolTip(FieldColumn, explain(c));
        // What happened, in words, on a row of its own across the columns.
        auto *why = new QTreeWidgetItem(top);
        why->setText(ItemColumn, explain(c));
        why->setFlags(Qt::ItemIsEnabled);
        why->setFirstColumnSpanned(true);
        QFont italic = m_tree->font();
        italic.setItalic(true);
        why->setFont(ItemColumn, italic);
        why->setForeground(ItemColumn, palette().color(QPalette::PlaceholderText));
        const bool choosable = c.kind != api::ConflictKind::DuplicateName;
        for (const api::ConflictValue &v : c.values) {
            auto *row = new QTreeWidgetItem(top);
            row->setData(ItemColumn, Qt::UserRole, v.opId);
            row->setText(ItemColumn, v.winner ? tr("★ Winner") : QString());
            row->setText(ValueColumn, displayValue(v));
            row->setToolTip(ValueColumn, v.value);
            row->setText(AuthorColumn, v.actor);
            const qint64 ms = v.hlc.wallMs();
            row->setText(TimeColumn, ms > 0 ? locale.toString(QDateTime::fromMSecsSinceEpoch(ms),
                                                              QLocale::ShortFormat)
                                            : QString());
            row->setText(ReplicaColumn, shortReplica(v.replicaId));
            row->setToolTip(ReplicaColumn, v.replicaId);
            if (v.winner)
                for (int col = 0; col < ColumnCount; ++col)
                    row->setFont(col, bold);
            if (choosable) {
                auto *button = new QPushButton(m_tree);
                button->setObjectName(QStringLiteral("keepButton"));
                button->setProperty(kConflictId, c.id);
                button->setProperty(kOpId, v.opId);
                button->setText(v.value == u"$delete"   ? tr("Keep Deleted")
                                : v.value == u"$create" ? tr("Restore")
                                                        : tr("Keep This Value"));
                button->setEnabled(!m_resolving);
                connect(button, &QPushButton::clicked, this,
                        [this, id = c.id, op = v.opId] { keep(id, op); });
                m_tree->setItemWidget(row, ActionColumn, button);
            }
        }
    }
    m_tree->expandAll();
    showFormError(m_error, m_loadError.isEmpty()
                               ? QString()
                               : tr("The conflicts could not be loaded: %1").arg(m_loadError));
    updateEmptyState();
    Q_EMIT countChanged(int(m_conflicts.size()));
}

void ConflictsPage::keep(const QString &conflictId, const QString &opId)
{
    if (!m_resolver || m_resolving)
        return;
    m_resolving = true;
    for (QPushButton *b : m_tree->findChildren<QPushButton *>(QStringLiteral("keepButton")))
        b->setEnabled(false);
    auto resolver = m_resolver;
    const int generation = m_generation;
    AsyncTask::run(
        this, [resolver, conflictId, opId] { return resolver->resolve(conflictId, opId); },
        [this, conflictId, generation](api::Result<void> result) {
            m_resolving = false;
            if (generation != m_generation)
                return;
            if (!result) {
                showFormError(m_error, tr("The conflict could not be resolved: %1")
                                           .arg(result.error().message));
                for (QPushButton *b :
                     m_tree->findChildren<QPushButton *>(QStringLiteral("keepButton")))
                    b->setEnabled(true);
                refresh();
                return;
            }
            Q_EMIT statusMessage(tr("Conflict resolved. The choice is sent with the next sync."));
            Q_EMIT resolved(conflictId);
            refresh();
        });
}

void ConflictsPage::updateEmptyState()
{
    const bool empty = m_conflicts.isEmpty();
    m_emptyState->setVisible(empty);
    if (empty) {
        m_emptyState->setGeometry(m_tree->viewport()->rect());
        m_emptyState->raise();
    }
}

void ConflictsPage::retranslateUi()
{
    m_heading->setText(tr("Conflicts"));
    m_intro->setText(tr("When the same thing was changed in two places before they synced, both "
                        "values are kept here until someone decides. Your choice is sent to the "
                        "others with the next sync."));
    m_refresh->setText(tr("Refresh"));
    m_tree->setHeaderLabels({tr("Conflict"), tr("Field"), tr("Value"), tr("Author"), tr("Time"),
                             tr("Replica"), QString()});
    m_emptyTitle->setText(tr("No conflicts"));
    m_emptyText->setText(tr("Everything synced so far agrees. Conflicts appear here when the "
                            "same field was changed in two places while they were apart."));
    populate();
}

bool ConflictsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        m_emptyState->setGeometry(m_tree->viewport()->rect());
    return QWidget::eventFilter(watched, event);
}

void ConflictsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace edge::widgets
