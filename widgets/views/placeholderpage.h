#pragma once

#include <QWidget>

class QLabel;

namespace edge::widgets {

// A page a later version builds: says what it will do and that it is not available yet.
// Title and description are source texts translated in the "edge::widgets::PlaceholderPage" context
// (mark them with QT_TRANSLATE_NOOP), so they follow language changes.
class PlaceholderPage : public QWidget {
    Q_OBJECT
public:
    PlaceholderPage(const char *title, const char *description, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    const char *m_titleSource;
    const char *m_descriptionSource;
    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_description = nullptr;
    QLabel *m_notice = nullptr;
};

} // namespace edge::widgets
