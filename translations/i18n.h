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

} // namespace edge::i18n
