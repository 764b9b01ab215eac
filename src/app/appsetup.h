#pragma once

#include <QString>

class QApplication;
class QCoreApplication;

namespace migreview::app {

// Loads the translations embedded for the system's language.
void installTranslations(QCoreApplication &app);
// "light" or "dark": the Fusion style with a matching palette, so both can be checked anywhere.
bool applyColorScheme(QApplication &app, const QString &scheme, QString *error);

} // namespace migreview::app
