#include "widgets/dialogs/surveydialog.h"

#include "backend/survey/profiles.h"
#include "widgets/common/formerrors.h"
#include "widgets/common/recordsave.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGeoPositionInfo>
#include <QGeoPositionInfoSource>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace edge::widgets {

namespace {
constexpr int kPositionTimeoutMs = 15000;

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

QString numberText(std::optional<double> v, int decimals)
{
    return v ? QLocale::c().toString(*v, 'f', decimals) : QString();
}
} // namespace

SurveyDialog::SurveyDialog(Mode mode, std::shared_ptr<api::Inventory> inventory,
                           const QList<api::Site> &sites, const api::Survey &survey,
                           QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_inventory(std::move(inventory))
    , m_sites(sites)
    , m_original(survey)
{
    setObjectName(QStringLiteral("surveyDialog"));
    setWindowTitle(mode == Mode::Add ? tr("New Survey") : tr("Edit Survey"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);

    m_site = new QComboBox(this);
    m_site->setObjectName(QStringLiteral("surveySite"));
    for (const api::Site &s : m_sites)
        m_site->addItem(s.name, s.id);
    m_site->setCurrentIndex(std::max(0, m_site->findData(survey.siteId)));
    m_site->setEnabled(mode == Mode::Add);
    form->addRow(tr("&Site:"), m_site);

    m_name = new QLineEdit(survey.name, this);
    m_name->setObjectName(QStringLiteral("surveyName"));
    if (survey.name.isEmpty())
        m_name->setText(tr("Survey %1").arg(QDate::currentDate().toString(Qt::ISODate)));
    form->addRow(tr("&Name:"), m_name);

    m_author = new QLineEdit(survey.author, this);
    m_author->setObjectName(QStringLiteral("surveyAuthor"));
    form->addRow(tr("&Author:"), m_author);

    m_class = new QComboBox(this);
    m_class->setObjectName(QStringLiteral("surveyClass"));
    m_class->addItem(tr("Not set"), QString());
    m_class->addItem(tr("A (GB 50174-2017)"), QStringLiteral("A"));
    m_class->addItem(tr("B (GB 50174-2017)"), QStringLiteral("B"));
    m_class->addItem(tr("C (GB 50174-2017)"), QStringLiteral("C"));
    m_class->setCurrentIndex(std::max(0, m_class->findData(survey.siteClass)));
    form->addRow(tr("Site &class:"), m_class);

    m_zone = new QComboBox(this);
    m_zone->setObjectName(QStringLiteral("surveyZone"));
    m_zone->addItem(tr("Not set"), QString());
    for (const char *z : {"0", "1", "2", "3", "4a", "4b"})
        m_zone->addItem(tr("Zone %1 (GB 3096-2008)").arg(QLatin1String(z)), QLatin1String(z));
    m_zone->setCurrentIndex(std::max(0, m_zone->findData(survey.noiseZone)));
    form->addRow(tr("Noise &zone:"), m_zone);

    m_profile = new QComboBox(this);
    m_profile->setObjectName(QStringLiteral("surveyProfile"));
    for (const api::LimitSet &set : survey::thermalProfiles(survey::shippedLimitSets())) {
        const QString title = set.title.isEmpty() ? set.id : set.title;
        m_profile->addItem(set.hasUnverified() ? tr("%1 (unverified numbers)").arg(title) : title,
                           set.id);
        if (set.hasUnverified())
            m_profile->setItemData(m_profile->count() - 1,
                                   tr("Some numbers of this profile could not be checked against "
                                      "the published standard; results against them are marked "
                                      "unverified."),
                                   Qt::ToolTipRole);
    }
    if (!survey.thermalProfile.isEmpty())
        selectProfile(survey.thermalProfile);
    m_profileNote = new QLabel(this);
    m_profileNote->setObjectName(QStringLiteral("surveyProfileNote"));
    m_profileNote->setWordWrap(true);
    auto *profileBox = new QVBoxLayout;
    profileBox->setContentsMargins(0, 0, 0, 0);
    profileBox->addWidget(m_profile);
    profileBox->addWidget(m_profileNote);
    auto *profileLabel = new QLabel(tr("&Thermal profile:"), this);
    profileLabel->setBuddy(m_profile);
    form->addRow(profileLabel, profileBox);
    auto updateNote = [this] {
        m_profileNote->setText(m_profile->currentData(Qt::ToolTipRole).toString());
        m_profileNote->setVisible(!m_profileNote->text().isEmpty());
    };
    connect(m_profile, &QComboBox::currentIndexChanged, this, updateNote);
    updateNote();

    m_margin = new QLineEdit(numberText(survey.warnMargin, 2), this);
    m_margin->setObjectName(QStringLiteral("surveyMargin"));
    m_margin->setPlaceholderText(tr("default of each limit"));
    m_margin->setToolTip(tr("A value closer than this to a limit warns (in the limit's unit)."));
    form->addRow(tr("&Warn margin:"), m_margin);

    m_latitude = new QLineEdit(numberText(survey.latitude, 6), this);
    m_latitude->setObjectName(QStringLiteral("surveyLatitude"));
    m_latitude->setPlaceholderText(tr("the site's"));
    m_longitude = new QLineEdit(numberText(survey.longitude, 6), this);
    m_longitude->setObjectName(QStringLiteral("surveyLongitude"));
    m_longitude->setPlaceholderText(tr("the site's"));
    form->addRow(tr("&Latitude:"), m_latitude);
    form->addRow(tr("L&ongitude:"), m_longitude);
    auto *posRow = new QHBoxLayout;
    m_useSite = new QPushButton(tr("Use Site's"), this);
    m_useSite->setObjectName(QStringLiteral("useSitePositionButton"));
    m_useMine = new QPushButton(tr("Use My Position"), this);
    m_useMine->setObjectName(QStringLiteral("useMyPositionButton"));
    posRow->addWidget(m_useSite);
    posRow->addWidget(m_useMine);
    posRow->addStretch(1);
    form->addRow(QString(), posRow);
    m_positionStatus = new QLabel(this);
    m_positionStatus->setObjectName(QStringLiteral("surveyPositionStatus"));
    m_positionStatus->setWordWrap(true);
    m_positionStatus->hide();
    form->addRow(QString(), m_positionStatus);

    m_notes = new QPlainTextEdit(survey.notes, this);
    m_notes->setObjectName(QStringLiteral("surveyNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().height() * 4 + 12);
    form->addRow(tr("Not&es:"), m_notes);
    layout->addLayout(form);

    m_error = createFormErrorLabel(this);
    m_error->setObjectName(QStringLiteral("surveyDialogError"));
    layout->addWidget(m_error);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(mode == Mode::Add ? tr("Start Survey") : tr("Save"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &SurveyDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_useSite, &QPushButton::clicked, this, [this] { useSitePosition(); });
    connect(m_useMine, &QPushButton::clicked, this, &SurveyDialog::useMyPosition);
    setMinimumWidth(480);
}

SurveyDialog::~SurveyDialog() = default;

bool SurveyDialog::selectProfile(const QString &id)
{
    const int i = m_profile->findData(id);
    if (i < 0)
        return false;
    m_profile->setCurrentIndex(i);
    return true;
}

bool SurveyDialog::useSitePosition()
{
    const QString siteId = m_site->currentData().toString();
    for (const api::Site &s : std::as_const(m_sites)) {
        if (s.id != siteId)
            continue;
        if (!s.latitude || !s.longitude)
            break;
        m_latitude->setText(numberText(s.latitude, 6));
        m_longitude->setText(numberText(s.longitude, 6));
        m_positionStatus->hide();
        return true;
    }
    m_positionStatus->setText(
        tr("The site has no coordinates. Enter them here, or add them to the site."));
    m_positionStatus->show();
    return false;
}

void SurveyDialog::useMyPosition()
{
    if (!m_positionSource)
        m_positionSource = QGeoPositionInfoSource::createDefaultSource(this);
    if (!m_positionSource) {
        positionTimedOut();
        return;
    }
    m_positionStatus->setText(tr("Finding this machine's position…"));
    m_positionStatus->show();
    m_useMine->setEnabled(false);
    connect(
        m_positionSource, &QGeoPositionInfoSource::positionUpdated, this,
        [this](const QGeoPositionInfo &info) {
            m_useMine->setEnabled(true);
            const QGeoCoordinate c = info.coordinate();
            if (!c.isValid()) {
                positionTimedOut();
                return;
            }
            m_latitude->setText(QLocale::c().toString(c.latitude(), 'f', 6));
            m_longitude->setText(QLocale::c().toString(c.longitude(), 'f', 6));
            m_positionStatus->setText(tr("Position from this machine's positioning source."));
        },
        Qt::SingleShotConnection);
    connect(
        m_positionSource, &QGeoPositionInfoSource::errorOccurred, this,
        [this] { positionTimedOut(); }, Qt::SingleShotConnection);
    m_positionSource->requestUpdate(kPositionTimeoutMs);
}

void SurveyDialog::positionTimedOut()
{
    m_useMine->setEnabled(true);
    m_positionStatus->setText(tr("No positioning source is available on this machine (or it gave "
                                 "no position). Enter the coordinates, or use the site's."));
    m_positionStatus->show();
}

api::Result<api::Survey> SurveyDialog::surveyFromForm() const
{
    api::Survey s = m_original;
    s.siteId = m_site->currentData().toString();
    s.name = m_name->text().trimmed();
    s.author = m_author->text().trimmed();
    s.siteClass = m_class->currentData().toString();
    s.noiseZone = m_zone->currentData().toString();
    s.thermalProfile = m_profile->currentData().toString();
    s.notes = m_notes->toPlainText().trimmed();
    if (s.startedAtMs == 0)
        s.startedAtMs = QDateTime::currentMSecsSinceEpoch();
    auto number = [](QLineEdit *edit, const QString &field,
                     const QString &what) -> api::Result<std::optional<double>> {
        bool ok = false;
        auto v = parseNumber(edit->text(), &ok);
        if (!ok)
            return std::unexpected(
                api::Error{api::Code::Validation, tr("%1 must be a number.").arg(what), {}, field});
        return v;
    };
    auto margin = number(m_margin, QStringLiteral("warn_margin"), tr("The warn margin"));
    if (!margin)
        return std::unexpected(margin.error());
    s.warnMargin = *margin;
    auto lat = number(m_latitude, QStringLiteral("latitude"), tr("The latitude"));
    if (!lat)
        return std::unexpected(lat.error());
    s.latitude = *lat;
    auto lon = number(m_longitude, QStringLiteral("longitude"), tr("The longitude"));
    if (!lon)
        return std::unexpected(lon.error());
    s.longitude = *lon;
    if (auto valid = api::validate(s); !valid)
        return std::unexpected(valid.error());
    return s;
}

QWidget *SurveyDialog::fieldWidget(const QString &field) const
{
    if (field == u"site_id")
        return m_site;
    if (field == u"name")
        return m_name;
    if (field == u"author")
        return m_author;
    if (field == u"site_class")
        return m_class;
    if (field == u"noise_zone")
        return m_zone;
    if (field == u"thermal_profile")
        return m_profile;
    if (field == u"warn_margin")
        return m_margin;
    if (field == u"latitude")
        return m_latitude;
    if (field == u"longitude")
        return m_longitude;
    if (field == u"notes")
        return m_notes;
    return nullptr;
}

void SurveyDialog::clearErrors()
{
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_site, m_name, m_author, m_class, m_zone, m_profile,
                                          m_margin, m_latitude, m_longitude, m_notes})
        setFieldInvalid(w, false);
    showFormError(m_error, {});
}

void SurveyDialog::showError(const api::Error &error)
{
    clearErrors();
    const QString message = saveErrorText(
        error,
        tr("Someone else changed this survey after you opened it. Close this dialog and "
           "open it again to see their changes."),
        tr("You may not change surveys: your role only allows viewing. (%1)").arg(error.message));
    showSaveError(m_error, fieldWidget(error.field), message);
}

QString SurveyDialog::errorText() const
{
    return m_error->isVisible() || !m_error->text().isEmpty() ? m_error->text() : QString();
}

void SurveyDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!busy);
}

void SurveyDialog::submit()
{
    if (m_busy)
        return;
    auto survey = surveyFromForm();
    if (!survey) {
        showError(survey.error());
        return;
    }
    clearErrors();
    const bool sent = saveRecord(this, m_inventory, survey->toRecord(),
                                 m_mode == Mode::Edit ? std::optional(m_original.toRecord())
                                                      : std::nullopt,
                                 [this](api::Result<api::Record> result) {
                                     setBusy(false);
                                     if (!result) {
                                         showError(result.error());
                                         return;
                                     }
                                     auto stored = api::Survey::fromRecord(*result);
                                     if (!stored) {
                                         showError(stored.error());
                                         return;
                                     }
                                     Q_EMIT saved(*stored);
                                     QDialog::accept();
                                 });
    if (sent)
        setBusy(true);
    else
        QDialog::accept(); // an edit that changed nothing
}

} // namespace edge::widgets
