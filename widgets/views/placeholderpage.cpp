#include "widgets/views/placeholderpage.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace edge::widgets {

PlaceholderPage::PlaceholderPage(const char *title, const char *description, QWidget *parent)
    : QWidget(parent)
    , m_titleSource(title)
    , m_descriptionSource(description)
{
    // A centred column at most 640 pixels wide, so the description wraps into short lines.
    auto *outer = new QHBoxLayout(this);
    outer->setContentsMargins(48, 48, 48, 48);
    auto *column = new QWidget(this);
    column->setMaximumWidth(640);
    column->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    outer->addStretch(1);
    outer->addWidget(column, 4);
    outer->addStretch(1);

    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(14);
    layout->addStretch(2);

    m_icon = new QLabel(column);
    m_icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxInformation, nullptr, this).pixmap(48));
    m_icon->setAlignment(Qt::AlignHCenter);
    layout->addWidget(m_icon);

    m_title = new QLabel(column);
    m_title->setObjectName(QStringLiteral("placeholderTitle"));
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    m_title->setFont(f);
    m_title->setAlignment(Qt::AlignHCenter);
    layout->addWidget(m_title);

    m_description = new QLabel(column);
    m_description->setWordWrap(true);
    m_description->setAlignment(Qt::AlignHCenter);
    layout->addWidget(m_description);

    m_notice = new QLabel(column);
    m_notice->setObjectName(QStringLiteral("placeholderNotice"));
    m_notice->setWordWrap(true);
    m_notice->setAlignment(Qt::AlignHCenter);
    m_notice->setEnabled(false); // drawn in the disabled (grey) text colour
    layout->addWidget(m_notice);
    layout->addStretch(3);

    retranslateUi();
}

void PlaceholderPage::retranslateUi()
{
    m_title->setText(QCoreApplication::translate("edge::widgets::PlaceholderPage", m_titleSource));
    m_description->setText(
        QCoreApplication::translate("edge::widgets::PlaceholderPage", m_descriptionSource));
    m_notice->setText(tr("This page is not available in this version of EdgeConsole."));
}

void PlaceholderPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace edge::widgets
