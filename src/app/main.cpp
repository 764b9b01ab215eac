#include "mainwindow.h"
#include "appsetup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QTimer>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("migreview-workbench"));
    QCoreApplication::setOrganizationName(QStringLiteral("migreview"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MIGREVIEW_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.migreview.Workbench"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.migreview.Workbench.svg")));
    migreview::app::installTranslations(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Migration Review Workbench: review PostgreSQL migrations."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("PATH"), QCoreApplication::translate("main", "A migration repository (folder) to open."));
    const QCommandLineOption statsOption(QStringLiteral("stats"), QCoreApplication::translate("main", "Load a statistics snapshot (JSON)."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption fileOption(QStringLiteral("file"), QCoreApplication::translate("main", "Show this file of the repository first."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption schemeOption(QStringLiteral("color-scheme"),
                                          QCoreApplication::translate("main", "light or dark (default: the desktop's)."),
                                          QStringLiteral("SCHEME"));
    const QCommandLineOption screenshotOption(QStringLiteral("screenshot"),
                                              QCoreApplication::translate("main", "Save a PNG of the window once the repository is read, then quit."),
                                              QStringLiteral("PNG"));
    const QCommandLineOption dsnOption(QStringLiteral("dsn"),
                                       QCoreApplication::translate("main", "Capture the statistics from this server (read only)."),
                                       QStringLiteral("DSN"));
    parser.addOptions({statsOption, dsnOption, fileOption, schemeOption, screenshotOption});
    parser.process(app);

    if (parser.isSet(schemeOption)) {
        QString error;
        if (!migreview::app::applyColorScheme(app, parser.value(schemeOption), &error)) {
            qCritical().noquote() << error;
            return 2;
        }
    }

    migreview::app::MainWindow window;
    const QStringList positional = parser.positionalArguments();
    bool ok = true;
    if (!positional.isEmpty())
        ok = window.openRepository(positional.first()) && ok;
    if (parser.isSet(statsOption))
        ok = window.loadStatistics(parser.value(statsOption)) && ok;
    if (parser.isSet(dsnOption))
        window.connectStatistics(parser.value(dsnOption));
    if (parser.isSet(fileOption))
        window.selectFile(parser.value(fileOption));
    window.show();

    if (parser.isSet(screenshotOption)) {
        const QString output = parser.value(screenshotOption);
        auto save = [&window, output] {
            QTimer::singleShot(300, &window, [&window, output] {
                const bool saved = window.grab().save(output);
                if (!saved)
                    qCritical().noquote() << QCoreApplication::translate("main", "could not save the screenshot to %1").arg(output);
                QCoreApplication::exit(saved ? 0 : 1);
            });
        };
        if (window.isScanning())
            QObject::connect(&window, &migreview::app::MainWindow::scanFinished, &window, save);
        else
            save();
    }
    Q_UNUSED(ok)
    return app.exec();
}
