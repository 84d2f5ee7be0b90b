#include "widgets/dialogs/sitefactsdialog.h"

#include "backend/survey/sitefacts.h"
#include "backend/survey/surveystore.h"
#include "widgets/common/asynctask.h"
#include "widgets/common/formerrors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <cmath>

namespace edge::widgets {

namespace {

using Kind = survey::FactKind;
using FieldSpec = survey::FactField;
using GroupSpec = survey::FactGroup;
const QList<GroupSpec> &groups() { return survey::siteFactGroups(); }

} // namespace

struct SiteFactsDialog::Private {
    struct Field {
        FieldSpec spec;
        QWidget *input = nullptr; // QLineEdit or QComboBox
        QLabel *label = nullptr;
        QLabel *error = nullptr;
    };
    std::shared_ptr<api::Inventory> inventory;
    api::Survey survey;
    QList<Field> fields;
    QList<std::pair<QGroupBox *, const char *>> boxes;
    QLabel *intro = nullptr;
    QLabel *finalNote = nullptr;
    QLabel *formError = nullptr;
    QDialogButtonBox *buttons = nullptr;
    QPushButton *save = nullptr;
    bool loaded = false;
    bool busy = false;

    Field *field(const QString &key)
    {
        for (Field &f : fields)
            if (QLatin1String(f.spec.key) == key)
                return &f;
        return nullptr;
    }
    void setError(Field &f, QString message)
    {
        // The backend names the field ("power.voltage_v: ..."); beside the field that is noise.
        const QString prefix = QLatin1String(f.spec.key) + QStringLiteral(": ");
        if (message.startsWith(prefix))
            message = message.mid(prefix.size());
        setFieldInvalid(f.input, !message.isEmpty(), message);
        f.error->setText(message);
        f.error->setVisible(!message.isEmpty());
    }
    void fill(const survey::SiteFacts &facts);
    // The form as the facts' JSON; parse errors are set at their fields.
    std::optional<QJsonObject> collect();
    void retranslate(SiteFactsDialog *q);
    void updateState();
};

void SiteFactsDialog::Private::fill(const survey::SiteFacts &facts)
{
    const QJsonObject json = survey::toJson(facts);
    for (Field &f : fields) {
        const QString key = QLatin1String(f.spec.key);
        const QJsonValue v = json.value(key.section(QLatin1Char('.'), 0, 0))
                                 .toObject()
                                 .value(key.section(QLatin1Char('.'), 1));
        if (auto *edit = qobject_cast<QLineEdit *>(f.input)) {
            if (v.isDouble())
                edit->setText(f.spec.kind == Kind::Integer
                                  ? QLocale().toString(v.toInt())
                                  : QLocale()
                                        .toString(v.toDouble(), 'g', 10)
                                        .remove(QLocale().groupSeparator()));
            else
                edit->setText(v.toString());
        } else if (auto *combo = qobject_cast<QComboBox *>(f.input)) {
            int index = 0;
            if (f.spec.kind == Kind::YesNo && v.isBool())
                index = combo->findData(v.toBool() ? QStringLiteral("yes") : QStringLiteral("no"));
            else if (f.spec.kind == Kind::Battery && v.isString())
                index = combo->findData(v.toString());
            combo->setCurrentIndex(std::max(0, index));
        }
    }
}

std::optional<QJsonObject> SiteFactsDialog::Private::collect()
{
    QJsonObject json;
    bool ok = true;
    for (Field &f : fields) {
        setError(f, {});
        const QString key = QLatin1String(f.spec.key);
        const QString group = key.section(QLatin1Char('.'), 0, 0);
        const QString name = key.section(QLatin1Char('.'), 1);
        QJsonValue value;
        if (auto *edit = qobject_cast<QLineEdit *>(f.input)) {
            const QString text = edit->text().trimmed();
            if (text.isEmpty())
                continue; // not measured
            if (f.spec.kind == Kind::Text) {
                value = text;
            } else {
                bool parsed = false;
                double number = QLocale().toDouble(text, &parsed);
                if (!parsed)
                    number = QLocale::c().toDouble(text, &parsed);
                if (!parsed || !std::isfinite(number)) {
                    setError(f, SiteFactsDialog::tr("Not a number: give a number or leave the "
                                                    "field empty (not measured)."));
                    ok = false;
                    continue;
                }
                if (f.spec.kind == Kind::Integer && number != std::floor(number)) {
                    setError(f, SiteFactsDialog::tr("Give a whole number."));
                    ok = false;
                    continue;
                }
                value = number;
            }
        } else if (auto *combo = qobject_cast<QComboBox *>(f.input)) {
            const QString data = combo->currentData().toString();
            if (data.isEmpty())
                continue;
            if (f.spec.kind == Kind::YesNo)
                value = data == QLatin1String("yes");
            else
                value = data;
        }
        if (key == QLatin1String("space.all_in_one") && !value.toBool())
            continue; // the JSON form only says so when it is one
        QJsonObject g = json.value(group).toObject();
        g.insert(name, value);
        json.insert(group, g);
    }
    if (!ok)
        return std::nullopt;
    return json;
}

void SiteFactsDialog::Private::retranslate(SiteFactsDialog *q)
{
    q->setWindowTitle(SiteFactsDialog::tr("Site Facts: %1").arg(survey.name));
    intro->setText(SiteFactsDialog::tr(
        "What the site offers, as measured or read on site. Leave a field empty when it was not "
        "measured; it then shows as \"not measured\" in the checks. Saving adds a new facts item; "
        "the newest one counts."));
    finalNote->setText(
        SiteFactsDialog::tr("This survey is final, so its facts are shown read-only. "
                            "Create a new survey of the site to record new facts."));
    for (const auto &[box, title] : std::as_const(boxes))
        box->setTitle(survey::factText(title));
    for (Field &f : fields) {
        f.label->setText(survey::factText(f.spec.label));
        if (auto *edit = qobject_cast<QLineEdit *>(f.input)) {
            edit->setPlaceholderText(f.spec.kind == Kind::Text
                                         ? SiteFactsDialog::tr("e.g. railway, substation")
                                         : SiteFactsDialog::tr("not measured"));
        } else if (auto *combo = qobject_cast<QComboBox *>(f.input)) {
            combo->setItemText(0, SiteFactsDialog::tr("not measured"));
            if (f.spec.kind == Kind::YesNo) {
                combo->setItemText(1, SiteFactsDialog::tr("yes"));
                combo->setItemText(2, SiteFactsDialog::tr("no"));
            } else {
                combo->setItemText(1, SiteFactsDialog::tr("none"));
                combo->setItemText(2, SiteFactsDialog::tr("lead-acid"));
                combo->setItemText(3, SiteFactsDialog::tr("lithium"));
                combo->setItemText(4, SiteFactsDialog::tr("other"));
            }
        }
    }
    save->setText(SiteFactsDialog::tr("Save"));
    buttons->button(QDialogButtonBox::Close)->setText(SiteFactsDialog::tr("Close"));
}

void SiteFactsDialog::Private::updateState()
{
    const bool isFinal = survey.status == api::SurveyStatus::Final;
    finalNote->setVisible(isFinal);
    save->setVisible(!isFinal);
    save->setEnabled(loaded && !busy && !isFinal);
    for (Field &f : fields) {
        if (auto *edit = qobject_cast<QLineEdit *>(f.input))
            edit->setReadOnly(isFinal || busy);
        else
            f.input->setEnabled(!isFinal && !busy);
    }
}

SiteFactsDialog::SiteFactsDialog(std::shared_ptr<api::Inventory> inventory,
                                 const api::Survey &survey, QWidget *parent)
    : QDialog(parent)
    , d(std::make_unique<Private>())
{
    setAttribute(Qt::WA_DeleteOnClose);
    d->inventory = std::move(inventory);
    d->survey = survey;

    auto *layout = new QVBoxLayout(this);
    d->intro = new QLabel(this);
    d->intro->setWordWrap(true);
    layout->addWidget(d->intro);
    d->finalNote = new QLabel(this);
    d->finalNote->setObjectName(QStringLiteral("finalNote"));
    d->finalNote->setWordWrap(true);
    d->finalNote->setStyleSheet(QStringLiteral("font-weight: bold;"));
    layout->addWidget(d->finalNote);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new QWidget(scroll);
    auto *grid = new QGridLayout(page);
    grid->setContentsMargins(0, 0, 0, 0);
    int rows[2] = {0, 0};
    for (const GroupSpec &g : groups()) {
        auto *box = new QGroupBox(page);
        d->boxes.append({box, g.title});
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
        for (const FieldSpec &spec : g.fields) {
            Private::Field f;
            f.spec = spec;
            f.label = new QLabel(box);
            auto *cell = new QWidget(box);
            auto *v = new QVBoxLayout(cell);
            v->setContentsMargins(0, 0, 0, 0);
            v->setSpacing(2);
            auto *h = new QHBoxLayout;
            h->setSpacing(4);
            if (spec.kind == Kind::YesNo || spec.kind == Kind::Battery) {
                auto *combo = new QComboBox(cell);
                combo->addItem(QString(), QString());
                if (spec.kind == Kind::YesNo) {
                    combo->addItem(QString(), QStringLiteral("yes"));
                    combo->addItem(QString(), QStringLiteral("no"));
                } else {
                    for (auto t : {survey::BatteryType::None, survey::BatteryType::LeadAcid,
                                   survey::BatteryType::Lithium, survey::BatteryType::Other})
                        combo->addItem(QString(), survey::batteryTypeName(t));
                }
                f.input = combo;
            } else {
                auto *edit = new QLineEdit(cell);
                edit->setClearButtonEnabled(true);
                f.input = edit;
                connect(edit, &QLineEdit::textEdited, this, [this, key = spec.key] {
                    if (auto *field = d->field(QLatin1String(key)))
                        d->setError(*field, {});
                });
            }
            f.input->setObjectName(QLatin1String(spec.key));
            h->addWidget(f.input, 1);
            // Every row has a unit column (empty without a unit), so the fields line up.
            auto *unit = new QLabel(spec.unit ? QString::fromUtf8(spec.unit) : QString(), cell);
            unit->setMinimumWidth(40);
            h->addWidget(unit);
            v->addLayout(h);
            f.error = new QLabel(cell);
            f.error->setObjectName(QLatin1String(spec.key) + QStringLiteral(".error"));
            f.error->setWordWrap(true);
            f.error->setStyleSheet(QStringLiteral("color: #b00020;"));
            f.error->hide();
            v->addWidget(f.error);
            f.label->setBuddy(f.input);
            form->addRow(f.label, cell);
            d->fields.append(f);
        }
        grid->addWidget(box, rows[g.column]++, g.column);
    }
    grid->setRowStretch(std::max(rows[0], rows[1]), 1);
    scroll->setWidget(page);
    layout->addWidget(scroll, 1);

    d->formError = createFormErrorLabel(this);
    layout->addWidget(d->formError);
    d->buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    d->save = d->buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    d->save->setObjectName(QStringLiteral("save"));
    d->save->setDefault(true);
    layout->addWidget(d->buttons);
    connect(d->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(d->save, &QPushButton::clicked, this, [this] {
        showFormError(d->formError, {});
        auto json = d->collect();
        if (!json) {
            showFormError(d->formError, tr("Correct the marked fields, then save again."));
            return;
        }
        auto facts = survey::siteFactsFromJson(*json);
        if (!facts) {
            if (auto *f = d->field(facts.error().field)) {
                d->setError(*f, facts.error().message);
                f->input->setFocus();
            }
            showFormError(d->formError, facts.error().message);
            return;
        }
        survey::NewItem item;
        item.kind = api::SurveyItemKind::Facts;
        item.payload = QString::fromUtf8(
            QJsonDocument(survey::toJson(*facts)).toJson(QJsonDocument::Compact));
        d->busy = true;
        d->updateState();
        AsyncTask::run(
            this,
            [inv = d->inventory, s = d->survey, item] {
                return survey::addSurveyItem(*inv, s, item);
            },
            [this](api::Result<api::SurveyItem> added) {
                d->busy = false;
                d->updateState();
                if (!added) {
                    if (auto *f = d->field(added.error().field))
                        d->setError(*f, added.error().message);
                    showFormError(d->formError, added.error().message);
                    return;
                }
                Q_EMIT itemAdded(*added);
                accept();
            });
    });

    d->retranslate(this);
    d->updateState();
    resize(880, 640);

    // Prefill from the survey's newest facts item (items are oldest first).
    AsyncTask::run(
        this, [inv = d->inventory, id = d->survey.id] { return survey::loadSurvey(*inv, id); },
        [this](api::Result<survey::SurveyData> loadedSurvey) {
            d->loaded = true;
            if (!loadedSurvey) {
                showFormError(d->formError, tr("Could not read the survey's facts: %1")
                                                .arg(loadedSurvey.error().message));
            } else {
                d->survey = loadedSurvey->survey;
                const auto facts = loadedSurvey->itemsOfKind(api::SurveyItemKind::Facts);
                if (!facts.isEmpty()) {
                    const QJsonObject json = QJsonDocument::fromJson(facts.last().payload.toUtf8())
                                                 .object();
                    if (auto parsed = survey::siteFactsFromJson(json))
                        d->fill(*parsed);
                    else
                        showFormError(d->formError,
                                      tr("The newest facts item cannot be read (%1); the form "
                                         "starts empty.")
                                          .arg(parsed.error().message));
                }
            }
            d->retranslate(this);
            d->updateState();
            Q_EMIT loaded();
        });
}

SiteFactsDialog::~SiteFactsDialog() = default;

bool SiteFactsDialog::isLoaded() const { return d->loaded; }

void SiteFactsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        d->retranslate(this);
    QDialog::changeEvent(event);
}

} // namespace edge::widgets
