#include "widgets/dialogs/deletesitedialog.h"

#include "widgets/common/asynctask.h"
#include "widgets/common/formerrors.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace edge::widgets {

namespace {
struct Counts {
    api::Result<int> cabinets = 0;
    api::Result<int> nodes = 0;
    api::Result<int> devices = 0;
    api::Result<int> surveys = 0;
};
} // namespace

DeleteSiteDialog::DeleteSiteDialog(std::shared_ptr<api::Inventory> inventory, const api::Site &site,
                                   QWidget *parent)
    : QDialog(parent)
    , m_inventory(std::move(inventory))
    , m_site(site)
{
    setObjectName(QStringLiteral("deleteSiteDialog"));
    setModal(true);
    setMinimumWidth(460);

    auto *outer = new QHBoxLayout(this);
    outer->setSpacing(16);
    m_icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    m_icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    m_icon->setAlignment(Qt::AlignTop);
    outer->addWidget(m_icon, 0, Qt::AlignTop);

    auto *layout = new QVBoxLayout;
    layout->setSpacing(10);
    outer->addLayout(layout, 1);
    m_title = new QLabel(this);
    QFont f = m_title->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.15);
    m_title->setFont(f);
    m_title->setWordWrap(true);
    m_body = new QLabel(this);
    m_body->setWordWrap(true);
    m_children = new QLabel(this);
    m_children->setObjectName(QStringLiteral("childrenLabel"));
    m_children->setWordWrap(true);
    m_cascade = new QCheckBox(this);
    m_cascade->setObjectName(QStringLiteral("cascadeCheck"));
    m_cascade->hide();
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    QPalette pal = m_errorLabel->palette();
    pal.setColor(QPalette::WindowText, QColor(0xb7, 0x1c, 0x1c));
    m_errorLabel->setPalette(pal);
    m_errorLabel->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    m_delete = m_buttons->addButton(QStringLiteral("-"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_delete->setIcon(style()->standardIcon(QStyle::SP_TrashIcon, nullptr, this));
    m_buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    layout->addWidget(m_title);
    layout->addWidget(m_body);
    layout->addWidget(m_children);
    layout->addWidget(m_cascade);
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_delete, &QPushButton::clicked, this, &DeleteSiteDialog::submit);
    connect(m_cascade, &QCheckBox::toggled, this, &DeleteSiteDialog::updateUi);

    retranslateUi();
    countChildren();
}

QString DeleteSiteDialog::errorText() const { return m_error; }

void DeleteSiteDialog::countChildren()
{
    m_countsKnown = false;
    updateUi();
    auto inventory = m_inventory;
    const QString siteId = m_site.id;
    AsyncTask::run(
        this,
        [inventory, siteId] {
            auto total = [&](api::EntityKind kind) -> api::Result<int> {
                api::ListQuery q;
                q.kind = kind;
                q.parentId = siteId;
                q.limit = 1;
                auto page = inventory->list(q);
                if (!page)
                    return std::unexpected(page.error());
                return page->total;
            };
            return Counts{total(api::EntityKind::Cabinet), total(api::EntityKind::Node),
                          total(api::EntityKind::Device), total(api::EntityKind::Survey)};
        },
        [this](Counts counts) {
            for (const api::Result<int> *r :
                 {&counts.cabinets, &counts.nodes, &counts.devices, &counts.surveys})
                if (!*r) {
                    m_error = tr("Could not count the site's cabinets, nodes, devices and "
                                 "surveys: %1")
                                  .arg(r->error().message);
                    updateUi();
                    return;
                }
            m_cabinets = *counts.cabinets;
            m_nodes = *counts.nodes;
            m_devices = *counts.devices;
            m_surveys = *counts.surveys;
            m_countsKnown = true;
            updateUi();
        });
}

void DeleteSiteDialog::retranslateUi()
{
    setWindowTitle(tr("Delete Site"));
    m_title->setText(tr("Delete the site \"%1\"?").arg(m_site.name));
    m_body->setText(
        tr("The site is removed from the hub for every user of it. This cannot be undone."));
    m_delete->setText(tr("Delete"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    updateUi();
}

void DeleteSiteDialog::updateUi()
{
    const QLocale locale;
    if (!m_countsKnown) {
        m_children->setText(m_error.isEmpty()
                                ? tr("Checking for cabinets, nodes, devices and surveys at "
                                     "this site…")
                                : QString());
        m_children->setVisible(m_error.isEmpty());
        m_cascade->hide();
    } else if (childCount() == 0) {
        m_children->setText(tr("The site has no cabinets, nodes, devices or surveys."));
        m_children->show();
        m_cascade->hide();
    } else {
        m_children->setText(tr("The site still has %1 cabinets, %2 nodes, %3 devices and %4 "
                               "surveys. Deleting the site deletes them too.")
                                .arg(locale.toString(m_cabinets), locale.toString(m_nodes),
                                     locale.toString(m_devices), locale.toString(m_surveys)));
        m_children->show();
        m_cascade->setText(tr("Also delete its cabinets, nodes, devices and surveys"));
        m_cascade->show();
    }
    showFormError(m_errorLabel, m_error);
    m_delete->setEnabled(!m_busy && m_countsKnown && (childCount() == 0 || m_cascade->isChecked()));
    // The texts change after the dialog is shown: let it grow to fit them.
    if (layout()) {
        layout()->activate();
        const int h = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width())
                                                    : layout()->totalSizeHint().height();
        if (h > height())
            resize(width(), h);
    }
}

void DeleteSiteDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DeleteSiteDialog::submit()
{
    if (m_busy || !m_countsKnown)
        return;
    const bool cascade = childCount() > 0 && m_cascade->isChecked();
    m_busy = true;
    m_error.clear();
    updateUi();
    auto inventory = m_inventory;
    const QString siteId = m_site.id;
    AsyncTask::run(
        this,
        [inventory, siteId, cascade] {
            return inventory->remove(api::EntityKind::Site, siteId, cascade);
        },
        [this, siteId](api::Result<void> result) {
            m_busy = false;
            if (result) {
                Q_EMIT deleted(siteId);
                QDialog::accept();
                return;
            }
            switch (result.error().code) {
            case api::Code::FailedPrecondition:
                // Someone added a cabinet, node, device or survey meanwhile: count again and ask.
                m_error = tr(
                    "The site got new cabinets, nodes, devices or surveys meanwhile. Check the "
                    "numbers above and confirm again.");
                m_cascade->setChecked(false);
                countChildren();
                return;
            case api::Code::NotFound:
                m_error = tr("The site no longer exists; someone else deleted it.");
                break;
            case api::Code::PermissionDenied:
                m_error = tr("You may not delete sites: your role only allows viewing. (%1)")
                              .arg(result.error().message);
                break;
            default:
                m_error = tr("The hub did not delete the site: %1").arg(result.error().message);
                break;
            }
            updateUi();
        });
}

} // namespace edge::widgets
