#include "widgets/dialogs/limitsetsdialog.h"

#include "backend/api/limitsetrecord.h"
#include "backend/survey/profiles.h"
#include "backend/survey/userlimits.h"
#include "widgets/common/asynctask.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace edge::widgets {

namespace {

enum SetColumn { SetIdColumn, SetVersionColumn, SetSourceColumn, SetTitleColumn, SetColumns };
enum LimitColumn {
    KeyColumn,
    MinColumn,
    MaxColumn,
    UnitColumn,
    StandardColumn,
    ClauseColumn,
    ConfidenceColumn,
    LimitColumns
};

struct SetRow {
    api::LimitSet set;                    // the one in force
    std::optional<api::LimitSet> shipped; // the shipped values, when the set is shipped
    bool user = false;                    // the user's version is in force
};

struct Loaded {
    QList<api::LimitSetRecord> records;
    QList<api::LimitSet> shipped;
};

QString number(std::optional<double> v) { return v ? QLocale().toString(*v, 'g', 10) : QString(); }

// "" -> nullopt; a number in the UI locale or in C; nullopt + ok=false otherwise.
std::optional<double> parseNumber(const QString &text, bool *ok)
{
    const QString t = text.trimmed();
    *ok = true;
    if (t.isEmpty())
        return std::nullopt;
    double v = QLocale().toDouble(t, ok);
    if (!*ok)
        v = t.toDouble(ok);
    if (!*ok || !std::isfinite(v)) {
        *ok = false;
        return std::nullopt;
    }
    return v;
}

} // namespace

struct LimitSetsDialog::Private {
    LimitSetsDialog *q = nullptr;
    std::shared_ptr<api::Inventory> inventory;
    QList<api::LimitSetRecord> records;
    QList<SetRow> rows;
    bool isLoaded = false;
    bool busy = false;
    bool filling = false;
    QString status;

    QLabel *intro = nullptr;
    QTableWidget *sets = nullptr;
    QLabel *setHeading = nullptr;
    QTableWidget *limits = nullptr;
    QLabel *notesLabel = nullptr;
    QLineEdit *notes = nullptr;
    QLabel *statusLabel = nullptr;
    QPushButton *save = nullptr;
    QPushButton *importButton = nullptr;
    QPushButton *exportButton = nullptr;
    QPushButton *revert = nullptr;
    QDialogButtonBox *buttons = nullptr;

    void retranslate();
    void fillSets(const QString &keepId);
    void fillLimits();
    const SetRow *current() const;
    void setStatus(const QString &text, bool error);
    void updateButtons();
    api::Result<api::LimitSet> editedSet() const;
    void store(const QList<api::LimitSet> &sets, const QString &notesText);
};

const SetRow *LimitSetsDialog::Private::current() const
{
    const int r = sets->currentRow();
    if (r < 0 || r >= rows.size())
        return nullptr;
    const QString id = sets->item(r, SetIdColumn)->text();
    for (const SetRow &row : rows)
        if (row.set.id == id)
            return &row;
    return nullptr;
}

void LimitSetsDialog::Private::setStatus(const QString &text, bool error)
{
    status = text;
    statusLabel->setText(text);
    statusLabel->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
    if (error)
        Q_EMIT q->failed(text);
}

void LimitSetsDialog::Private::updateButtons()
{
    const SetRow *row = current();
    save->setEnabled(row && !busy);
    exportButton->setEnabled(row != nullptr);
    importButton->setEnabled(isLoaded && !busy);
    revert->setEnabled(row && row->shipped && row->user && !busy);
}

void LimitSetsDialog::Private::retranslate()
{
    q->setWindowTitle(LimitSetsDialog::tr("Survey limits"));
    intro->setText(LimitSetsDialog::tr(
        "The limits surveys are checked against. Edit a value and save a new version; older "
        "versions are kept and the newest one is used."));
    sets->setHorizontalHeaderLabels({LimitSetsDialog::tr("Set"), LimitSetsDialog::tr("Version"),
                                     LimitSetsDialog::tr("Source"), LimitSetsDialog::tr("Title")});
    limits->setHorizontalHeaderLabels(
        {LimitSetsDialog::tr("Limit"), LimitSetsDialog::tr("Min"), LimitSetsDialog::tr("Max"),
         LimitSetsDialog::tr("Unit"), LimitSetsDialog::tr("Standard"),
         LimitSetsDialog::tr("Clause"), LimitSetsDialog::tr("Confidence")});
    notesLabel->setText(LimitSetsDialog::tr("Why it changed:"));
    notes->setPlaceholderText(LimitSetsDialog::tr("e.g. hot aisle containment, vendor sheet"));
    save->setText(LimitSetsDialog::tr("Save as new version"));
    importButton->setText(LimitSetsDialog::tr("Import…"));
    exportButton->setText(LimitSetsDialog::tr("Export…"));
    revert->setText(LimitSetsDialog::tr("Revert to shipped"));
    if (isLoaded) {
        fillSets(q->selectedSetId());
    }
}

void LimitSetsDialog::Private::fillSets(const QString &keepId)
{
    filling = true;
    sets->setRowCount(int(rows.size()));
    int keep = rows.isEmpty() ? -1 : 0;
    for (int i = 0; i < rows.size(); ++i) {
        const SetRow &row = rows.at(i);
        const QStringList cells{row.set.id, QString::number(row.set.version),
                                row.user ? LimitSetsDialog::tr("user")
                                         : LimitSetsDialog::tr("shipped"),
                                row.set.title};
        for (int c = 0; c < SetColumns; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
            if (c == SetTitleColumn)
                item->setToolTip(row.set.title);
            sets->setItem(i, c, item);
        }
        if (row.set.hasUnverified()) {
            sets->item(i, SetIdColumn)
                ->setIcon(q->style()->standardIcon(QStyle::SP_MessageBoxWarning));
            sets->item(i, SetIdColumn)
                ->setToolTip(LimitSetsDialog::tr("Some limits of this set are unverified."));
        }
        if (row.set.id == keepId)
            keep = i;
    }
    sets->resizeColumnsToContents();
    filling = false;
    if (keep >= 0)
        sets->selectRow(keep);
    fillLimits();
}

void LimitSetsDialog::Private::fillLimits()
{
    filling = true;
    const SetRow *row = current();
    limits->setRowCount(0);
    if (!row) {
        setHeading->clear();
        filling = false;
        updateButtons();
        return;
    }
    setHeading->setText(
        LimitSetsDialog::tr("%1 — version %2 (%3)")
            .arg(row->set.title.isEmpty() ? row->set.id : row->set.title)
            .arg(row->set.version)
            .arg(row->user ? LimitSetsDialog::tr("user") : LimitSetsDialog::tr("shipped")));
    limits->setRowCount(int(row->set.entries.size()));
    for (int i = 0; i < row->set.entries.size(); ++i) {
        const api::LimitEntry &e = row->set.entries.at(i);
        const QString confidence = e.source.confidence == api::Confidence::High
                                       ? LimitSetsDialog::tr("high")
                                   : e.source.confidence == api::Confidence::Medium
                                       ? LimitSetsDialog::tr("medium")
                                       : LimitSetsDialog::tr("low (unverified)");
        const QStringList cells{e.key,        number(e.limit.min), number(e.limit.max),
                                e.limit.unit, e.source.standard,   e.source.clause,
                                confidence};
        for (int c = 0; c < LimitColumns; ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            Qt::ItemFlags flags = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
            if (c == MinColumn || c == MaxColumn)
                flags |= Qt::ItemIsEditable;
            item->setFlags(flags);
            if (!e.note.isEmpty())
                item->setToolTip(e.note);
            limits->setItem(i, c, item);
        }
        if (!e.source.verified()) {
            const QString tip = LimitSetsDialog::tr(
                "Unverified: the reference gives this number low confidence. Check it against "
                "the standard before relying on a verdict.");
            QTableWidgetItem *key = limits->item(i, KeyColumn);
            key->setIcon(q->style()->standardIcon(QStyle::SP_MessageBoxWarning));
            key->setToolTip(e.note.isEmpty() ? tip : tip + u"\n" + e.note);
            limits->item(i, ConfidenceColumn)->setToolTip(tip);
        }
    }
    limits->resizeColumnsToContents();
    filling = false;
    updateButtons();
}

api::Result<api::LimitSet> LimitSetsDialog::Private::editedSet() const
{
    const SetRow *row = current();
    if (!row)
        return api::fail(api::Code::Validation, LimitSetsDialog::tr("Select a limit set first."));
    api::LimitSet set = row->set;
    for (int i = 0; i < set.entries.size() && i < limits->rowCount(); ++i) {
        api::LimitEntry &e = set.entries[i];
        bool okMin = false;
        bool okMax = false;
        const auto min = parseNumber(limits->item(i, MinColumn)->text(), &okMin);
        const auto max = parseNumber(limits->item(i, MaxColumn)->text(), &okMax);
        if (!okMin || !okMax)
            return api::fail(api::Code::Validation,
                             LimitSetsDialog::tr("%1: \"%2\" is not a number.")
                                 .arg(e.key, limits->item(i, okMin ? MaxColumn : MinColumn)->text()),
                             {}, e.key);
        if (!min && !max)
            return api::fail(api::Code::Validation,
                             LimitSetsDialog::tr("%1: give a minimum, a maximum or both.").arg(e.key),
                             {}, e.key);
        if (min && max && *min > *max)
            return api::fail(api::Code::Validation,
                             LimitSetsDialog::tr("%1: the minimum is above the maximum.").arg(e.key),
                             {}, e.key);
        e.limit.min = min;
        e.limit.max = max;
    }
    return set;
}

void LimitSetsDialog::Private::store(const QList<api::LimitSet> &toStore, const QString &notesText)
{
    busy = true;
    updateButtons();
    const QString author = QString::fromLocal8Bit(qgetenv("USER"));
    auto inv = inventory;
    AsyncTask::run(
        q,
        [inv, toStore, author, notesText]() -> api::Result<QList<api::LimitSetRecord>> {
            QList<api::LimitSetRecord> out;
            for (const api::LimitSet &s : toStore) {
                auto stored = survey::storeLimitSetVersion(*inv, s, author, notesText);
                if (!stored)
                    return std::unexpected(stored.error());
                out << *stored;
            }
            return out;
        },
        [this](api::Result<QList<api::LimitSetRecord>> result) {
            busy = false;
            if (!result) {
                setStatus(result.error().message, true);
                updateButtons();
                return;
            }
            const api::LimitSetRecord last = result->last();
            notes->clear();
            q->reload();
            setStatus(LimitSetsDialog::tr("Saved %1 version %2.").arg(last.setId).arg(last.version),
                      false);
            for (const api::LimitSetRecord &r : std::as_const(*result))
                Q_EMIT q->saved(r.setId, r.version);
        });
}

LimitSetsDialog::LimitSetsDialog(std::shared_ptr<api::Inventory> inventory, QWidget *parent)
    : QDialog(parent)
    , d(std::make_unique<Private>())
{
    d->q = this;
    d->inventory = std::move(inventory);
    setObjectName(QStringLiteral("limitSetsDialog"));
    auto *layout = new QVBoxLayout(this);
    d->intro = new QLabel(this);
    d->intro->setWordWrap(true);
    layout->addWidget(d->intro);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    d->sets = new QTableWidget(0, SetColumns, splitter);
    d->sets->setObjectName(QStringLiteral("limitSets"));
    d->sets->setSelectionBehavior(QAbstractItemView::SelectRows);
    d->sets->setSelectionMode(QAbstractItemView::SingleSelection);
    d->sets->verticalHeader()->hide();
    d->sets->setWordWrap(false);
    d->sets->horizontalHeader()->setStretchLastSection(true);
    auto *right = new QWidget(splitter);
    auto *rl = new QVBoxLayout(right);
    rl->setContentsMargins(0, 0, 0, 0);
    d->setHeading = new QLabel(right);
    d->setHeading->setWordWrap(true);
    QFont bold = d->setHeading->font();
    bold.setBold(true);
    d->setHeading->setFont(bold);
    rl->addWidget(d->setHeading);
    d->limits = new QTableWidget(0, LimitColumns, right);
    d->limits->setObjectName(QStringLiteral("limitValues"));
    d->limits->verticalHeader()->hide();
    d->limits->horizontalHeader()->setStretchLastSection(true);
    d->limits->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                               | QAbstractItemView::AnyKeyPressed);
    rl->addWidget(d->limits);
    auto *notesRow = new QHBoxLayout;
    d->notesLabel = new QLabel(right);
    d->notes = new QLineEdit(right);
    d->notes->setObjectName(QStringLiteral("limitNotes"));
    notesRow->addWidget(d->notesLabel);
    notesRow->addWidget(d->notes, 1);
    rl->addLayout(notesRow);
    splitter->addWidget(d->sets);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    d->statusLabel = new QLabel(this);
    d->statusLabel->setObjectName(QStringLiteral("limitStatus"));
    d->statusLabel->setWordWrap(true);
    d->statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(d->statusLabel);

    d->buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    d->save = d->buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    d->save->setObjectName(QStringLiteral("saveVersion"));
    d->importButton = d->buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    d->exportButton = d->buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    d->revert = d->buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    d->revert->setObjectName(QStringLiteral("revertToShipped"));
    layout->addWidget(d->buttons);

    connect(d->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(d->sets, &QTableWidget::itemSelectionChanged, this, [this] {
        if (!d->filling)
            d->fillLimits();
    });
    connect(d->save, &QPushButton::clicked, this, &LimitSetsDialog::saveAsNewVersion);
    connect(d->revert, &QPushButton::clicked, this, &LimitSetsDialog::revertToShipped);
    connect(d->importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import limit sets"), {},
                                                          tr("Limit sets (*.json)"));
        if (!path.isEmpty())
            importFile(path);
    });
    connect(d->exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export limit set"),
                                                          selectedSetId() + QStringLiteral(".json"),
                                                          tr("Limit sets (*.json)"));
        if (!path.isEmpty())
            exportFile(path);
    });

    d->retranslate();
    d->updateButtons();
    resize(1100, 560);
    reload();
}

LimitSetsDialog::~LimitSetsDialog() = default;

bool LimitSetsDialog::isLoaded() const { return d->isLoaded; }
bool LimitSetsDialog::isBusy() const { return d->busy; }
QString LimitSetsDialog::statusText() const { return d->status; }
QTableWidget *LimitSetsDialog::setsTable() const { return d->sets; }
QTableWidget *LimitSetsDialog::limitsTable() const { return d->limits; }

bool LimitSetsDialog::selectSet(const QString &id)
{
    for (int r = 0; r < d->sets->rowCount(); ++r) {
        if (d->sets->item(r, SetIdColumn)->text() == id) {
            d->sets->selectRow(r);
            d->fillLimits();
            return true;
        }
    }
    return false;
}

QString LimitSetsDialog::selectedSetId() const
{
    const SetRow *row = d->current();
    return row ? row->set.id : QString();
}

int LimitSetsDialog::selectedVersion() const
{
    const SetRow *row = d->current();
    return row ? row->set.version : 0;
}

void LimitSetsDialog::reload()
{
    auto inv = d->inventory;
    AsyncTask::run(
        this,
        [inv]() -> api::Result<Loaded> {
            auto records = survey::loadLimitSetRecords(*inv);
            if (!records)
                return std::unexpected(records.error());
            return Loaded{*records, survey::allShippedLimitSets()};
        },
        [this](api::Result<Loaded> result) {
            const QString keep = selectedSetId();
            QList<SetRow> rows;
            if (!result) {
                // The shipped sets still show; saving needs the hub.
                d->setStatus(tr("The stored limit sets could not be read: %1")
                                 .arg(result.error().message),
                             true);
                for (const api::LimitSet &s : survey::allShippedLimitSets())
                    rows.append({s, s, false});
            } else {
                d->records = result->records;
                for (const api::LimitSet &s : std::as_const(result->shipped))
                    rows.append({s, s, false});
                for (const api::LimitSet &u : survey::newestUserSets(d->records)) {
                    auto it = std::find_if(rows.begin(), rows.end(),
                                           [&](const SetRow &r) { return r.set.id == u.id; });
                    if (it == rows.end())
                        rows.append({u, std::nullopt, true});
                    else if (u.version >= it->set.version) {
                        it->set = u;
                        it->user = true;
                    }
                }
            }
            d->rows = rows;
            d->isLoaded = true;
            d->fillSets(keep);
            d->updateButtons();
            Q_EMIT loaded();
        });
}

void LimitSetsDialog::saveAsNewVersion()
{
    auto set = d->editedSet();
    if (!set) {
        d->setStatus(set.error().message, true);
        return;
    }
    set->version = survey::currentLimitSetVersion(set->id, d->records) + 1;
    const auto valid = api::validate(api::limitSetRecordFor(*set, {}));
    if (!valid) {
        d->setStatus(valid.error().message, true);
        return;
    }
    d->store({*set}, d->notes->text().trimmed());
}

void LimitSetsDialog::importFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        d->setStatus(tr("%1 cannot be read: %2").arg(path, f.errorString()), true);
        return;
    }
    auto sets = api::parseLimitSets(f.read(1024 * 1024 + 1), QFileInfo(path).fileName());
    if (!sets) {
        d->setStatus(sets.error().message, true);
        return;
    }
    for (const api::LimitSet &s : std::as_const(*sets)) {
        const int current = survey::currentLimitSetVersion(s.id, d->records);
        if (s.version <= current) {
            d->setStatus(tr("%1: the limit set \"%2\" is already at version %3; version %4 is not "
                            "newer. Set \"version\" to %5 or more and import again.")
                             .arg(QFileInfo(path).fileName(), s.id)
                             .arg(current)
                             .arg(s.version)
                             .arg(current + 1),
                         true);
            return;
        }
    }
    d->store(*sets, d->notes->text().trimmed());
}

bool LimitSetsDialog::exportFile(const QString &path)
{
    auto set = d->editedSet();
    if (!set) {
        d->setStatus(set.error().message, true);
        return false;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(api::limitSetsToJson({*set})) < 0 || !f.commit()) {
        d->setStatus(tr("%1 cannot be written: %2").arg(path, f.errorString()), true);
        return false;
    }
    d->setStatus(tr("Exported %1 to %2.").arg(set->id, QDir::toNativeSeparators(path)), false);
    return true;
}

void LimitSetsDialog::revertToShipped()
{
    const SetRow *row = d->current();
    if (!row || !row->shipped)
        return;
    api::LimitSet set = *row->shipped;
    set.version = survey::currentLimitSetVersion(set.id, d->records) + 1;
    QString notesText = d->notes->text().trimmed();
    if (notesText.isEmpty())
        notesText = tr("Reverted to the shipped values.");
    d->store({set}, notesText);
}

void LimitSetsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        d->retranslate();
    QDialog::changeEvent(event);
}

} // namespace edge::widgets
