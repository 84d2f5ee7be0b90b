#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;

// Loads the user-interface language of every EdgeConsole program.
//
// The translations (translations/edgeconsole_<language>.ts) are compiled into the program as
// Qt resources under :/i18n. install() also loads Qt's own translation of its standard texts
// (qtbase_<language>.qm from QLibraryInfo::TranslationsPath, Debian package
// qt6-translations-l10n), so the buttons of standard dialogs follow the chosen language.
//
// Switching at run time: call install() again with another language. The previous translators
// are removed and the new ones installed; QCoreApplication sends QEvent::LanguageChange to the
// application, and QApplication passes it on to every widget, whose changeEvent() calls its
// retranslateUi(). Call these functions from the thread that owns `app` (the GUI thread).
namespace edge::i18n {

// Installs the translation for `language`: "zh_CN", "en", or "" for the system language (the
// first of QLocale::system().uiLanguages() that is available, else English). Replaces whatever
// an earlier install() put in place. Returns false, and changes nothing, when `language` is
// not one of available() (a warning in the log category edge.i18n names it).
bool install(QCoreApplication &app, const QString &language);

// Removes the translators install() put in place; texts fall back to the English source.
void uninstall(QCoreApplication &app);

// The languages install() accepts, sorted: {"en", "zh_CN"}.
QStringList available();

// The language the last install() put in place ("en", "zh_CN"), or "" when none is installed.
QString current(const QCoreApplication &app);

// Installs `language` for the lifetime of the object and puts the previous language (or none)
// back when it ends: for texts that must be in another language than the user interface's, e.g.
// a report in Chinese generated from an English console. ok() is false, and nothing changed, when
// the language is not available. Use on the thread that owns `app`, briefly: the application
// receives QEvent::LanguageChange on entry and on exit.
class ScopedLanguage {
public:
    ScopedLanguage(QCoreApplication &app, const QString &language);
    ~ScopedLanguage();
    ScopedLanguage(const ScopedLanguage &) = delete;
    ScopedLanguage &operator=(const ScopedLanguage &) = delete;

    bool ok() const { return m_ok; }

private:
    QCoreApplication &m_app;
    QString m_previous;
    bool m_ok = false;
    bool m_changed = false;
};

} // namespace edge::i18n
