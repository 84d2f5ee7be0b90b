#include "widgets/dialogs/sitedialog.h"

#include "widgets/common/formerrors.h"
#include "widgets/common/recordsave.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>
#include <algorithm>

namespace edge::widgets {

namespace {

const QString kName = QStringLiteral("name");
const QString kCode = QStringLiteral("code");
const QString kKind = QStringLiteral("kind");
const QString kRegion = QStringLiteral("region_id");
const QString kAddress = QStringLiteral("address");
const QString kLatitude = QStringLiteral("latitude");
const QString kLongitude = QStringLiteral("longitude");
const QString kNotes = QStringLiteral("notes");

// Parses a coordinate typed in the user's locale or with a '.' decimal point.
std::optional<double> parseNumber(const QString &text, bool *ok)
{
    const QString t = text.trimmed();
    *ok = true;
    if (t.isEmpty())
        return std::nullopt;
    double v = QLocale().toDouble(t, ok);
    if (!*ok)
        v = QLocale::c().toDouble(t, ok);
    if (!*ok)
        return std::nullopt;
    return v;
}

} // namespace

SiteDialog::SiteDialog(Mode mode, std::shared_ptr<api::Inventory> inventory,
                       const QList<api::Region> &regions, const api::Site &site, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_inventory(std::move(inventory))
    , m_regions(regions)
    , m_original(site)
{
    setObjectName(mode == Mode::Add ? QStringLiteral("addSiteDialog")
                                    : QStringLiteral("editSiteDialog"));
    setModal(true);
    setMinimumWidth(480);

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);

    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_form->setHorizontalSpacing(12);
    m_form->setVerticalSpacing(8);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setMaxLength(100);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setMaxLength(32);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    m_region = new QComboBox(this);
    m_region->setObjectName(QStringLiteral("regionCombo"));
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_address->setMaxLength(500);
    m_latitude = new QLineEdit(this);
    m_latitude->setObjectName(QStringLiteral("latitudeEdit"));
    m_longitude = new QLineEdit(this);
    m_longitude->setObjectName(QStringLiteral("longitudeEdit"));
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 4 + 12);

    m_kind->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_region->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);

    m_form->addRow(QStringLiteral("-"), m_name);
    m_form->addRow(QStringLiteral("-"), m_code);
    m_form->addRow(QStringLiteral("-"), m_kind);
    m_form->addRow(QStringLiteral("-"), m_region);
    m_form->addRow(QStringLiteral("-"), m_address);
    m_form->addRow(QStringLiteral("-"), m_latitude);
    m_form->addRow(QStringLiteral("-"), m_longitude);
    m_form->addRow(QStringLiteral("-"), m_notes);
    layout->addLayout(m_form);

    m_error = createFormErrorLabel(this);
    layout->addWidget(m_error);
    layout->addStretch(1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SiteDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    m_fields = {{kName, m_name},           {kCode, m_code},       {kKind, m_kind},
                {kRegion, m_region},       {kAddress, m_address}, {kLatitude, m_latitude},
                {kLongitude, m_longitude}, {kNotes, m_notes}};
    // Editing a field clears its mark.
    for (QLineEdit *e : {m_name, m_code, m_address, m_latitude, m_longitude})
        connect(e, &QLineEdit::textEdited, this, [e] { setFieldInvalid(e, false); });
    connect(m_notes, &QPlainTextEdit::textChanged, this,
            [this] { setFieldInvalid(m_notes, false); });
    connect(m_kind, &QComboBox::activated, this, [this] { setFieldInvalid(m_kind, false); });
    connect(m_region, &QComboBox::activated, this, [this] { setFieldInvalid(m_region, false); });

    retranslateUi();

    // Fill the form from the site (the defaults of a new one, or the one being edited).
    m_name->setText(site.name);
    m_code->setText(site.code);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(api::siteKindName(site.kind))));
    m_region->setCurrentIndex(std::max(0, m_region->findData(site.regionId)));
    m_address->setText(site.address);
    if (site.latitude)
        m_latitude->setText(QLocale().toString(*site.latitude, 'f', 6));
    if (site.longitude)
        m_longitude->setText(QLocale().toString(*site.longitude, 'f', 6));
    m_notes->setPlainText(site.notes);
    m_name->setFocus();
}

void SiteDialog::fillCombos()
{
    const QString kind = m_kind->currentData().toString();
    m_kind->clear();
    for (api::SiteKind k : api::allSiteKinds())
        m_kind->addItem(api::siteKindLabel(k), api::siteKindName(k));
    if (const int i = m_kind->findData(kind); i >= 0)
        m_kind->setCurrentIndex(i);

    const QString region = m_region->currentData().toString();
    m_region->clear();
    m_region->addItem(tr("No region"), QString());
    for (const api::Region &r : std::as_const(m_regions))
        m_region->addItem(r.code.isEmpty() ? r.name : QStringLiteral("%1 (%2)").arg(r.name, r.code),
                          r.id);
    // A site may point at a region this console has not seen (yet): keep it selectable.
    if (!m_original.regionId.isEmpty() && m_region->findData(m_original.regionId) < 0)
        m_region->addItem(m_original.regionId, m_original.regionId);
    if (const int i = m_region->findData(region); i >= 0)
        m_region->setCurrentIndex(i);
}

void SiteDialog::retranslateUi()
{
    if (m_mode == Mode::Add) {
        setWindowTitle(tr("Add Site"));
        m_intro->setText(tr("Describe the new site. Only the name and the kind are required."));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Add Site"));
    } else {
        setWindowTitle(tr("Edit Site"));
        m_intro->setText(tr("Change the details of \"%1\". Other users see the changes at once.")
                             .arg(m_original.name));
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    }
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    auto label = [this](QWidget *field, const QString &text) {
        if (auto *l = qobject_cast<QLabel *>(m_form->labelForField(field)))
            l->setText(text);
    };
    label(m_name, tr("&Name:"));
    label(m_code, tr("&Code:"));
    label(m_kind, tr("&Kind:"));
    label(m_region, tr("&Region:"));
    label(m_address, tr("&Address:"));
    label(m_latitude, tr("La&titude:"));
    label(m_longitude, tr("Lo&ngitude:"));
    label(m_notes, tr("N&otes:"));
    m_name->setPlaceholderText(tr("For example: Shanghai Pudong cabinet 3"));
    m_code->setPlaceholderText(tr("Optional, e.g. SH-PD-03"));
    m_address->setPlaceholderText(tr("Street, building, room"));
    m_latitude->setPlaceholderText(tr("Degrees north (WGS84), e.g. 31.2304; south is negative"));
    m_longitude->setPlaceholderText(tr("Degrees east (WGS84), e.g. 121.4737; west is negative"));
    m_notes->setPlaceholderText(tr("Access instructions, contacts, anything useful on site"));
    m_code->setToolTip(tr("Upper-case letters, digits, '-' and '_', at most 32 characters."));
    fillCombos();
}

void SiteDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

QWidget *SiteDialog::fieldWidget(const QString &field) const { return m_fields.value(field); }

QString SiteDialog::errorText() const
{
    return m_error->isVisibleTo(this) ? m_error->text() : QString();
}

api::Result<api::Site> SiteDialog::siteFromForm() const
{
    api::Site s = m_original;
    s.name = m_name->text().trimmed();
    s.code = m_code->text().trimmed().toUpper();
    const auto kind = api::siteKindFromName(m_kind->currentData().toString());
    if (!kind)
        return api::fail(api::Code::Validation, tr("Choose the kind of site."), {}, kKind);
    s.kind = *kind;
    s.regionId = m_region->currentData().toString();
    s.address = m_address->text().trimmed();
    s.notes = m_notes->toPlainText().trimmed();
    bool ok = true;
    s.latitude = parseNumber(m_latitude->text(), &ok);
    if (!ok)
        return api::fail(
            api::Code::Validation,
            tr("The latitude must be a number of degrees between -90 and 90, for example 31.2304."),
            {}, kLatitude);
    s.longitude = parseNumber(m_longitude->text(), &ok);
    if (!ok)
        return api::fail(api::Code::Validation,
                         tr("The longitude must be a number of degrees between -180 and 180, for "
                            "example 121.4737."),
                         {}, kLongitude);
    if (auto valid = api::validate(s); !valid)
        return std::unexpected(valid.error());
    return s;
}

void SiteDialog::clearErrors()
{
    for (QWidget *w : std::as_const(m_fields))
        setFieldInvalid(w, false);
    showFormError(m_error, {});
}

void SiteDialog::showError(const api::Error &error)
{
    clearErrors();
    const QString message = saveErrorText(
        error,
        tr("Someone else changed this site after you opened it. Close this dialog and open "
           "it again to see their changes."),
        tr("You may not change sites: your role only allows viewing. (%1)").arg(error.message));
    showSaveError(m_error, fieldWidget(error.field), message);
}

void SiteDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
    for (QWidget *w : std::as_const(m_fields))
        w->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void SiteDialog::submit()
{
    if (m_busy)
        return;
    auto site = siteFromForm();
    if (!site) {
        showError(site.error());
        return;
    }
    clearErrors();
    const bool sent = saveRecord(this, m_inventory, site->toRecord(),
                                 m_mode == Mode::Edit ? std::optional(m_original.toRecord())
                                                      : std::nullopt,
                                 [this](api::Result<api::Record> result) {
                                     setBusy(false);
                                     if (!result) {
                                         showError(result.error());
                                         return;
                                     }
                                     Q_EMIT saved(*result);
                                     QDialog::accept();
                                 });
    if (sent)
        setBusy(true);
    else
        QDialog::accept(); // an edit that changed nothing
}

} // namespace edge::widgets
