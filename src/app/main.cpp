#include "appsetup.h"
#include "findingsmodel.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCoreApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QIcon>
#include <QSettings>
#include <QTextStream>
#include <QTimer>

namespace {
// Peak resident memory of this process (VmHWM), in MiB; -1 where /proc is not there.
double peakResidentMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024;
    }
    return -1;
}

void setApplicationNames()
{
    QCoreApplication::setApplicationName(QStringLiteral("migreview-workbench"));
    QCoreApplication::setOrganizationName(QStringLiteral("migreview"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MIGREVIEW_VERSION));
}

// The command line, parsed before the GUI application exists: --help and --version need no
// display (and a QApplication without one aborts in the platform plugin).
struct Options {
    QCommandLineParser parser;
    QCommandLineOption stats{QStringLiteral("stats"), QCoreApplication::translate("main", "Load a statistics snapshot (JSON)."), QStringLiteral("FILE")};
    QCommandLineOption file{QStringLiteral("file"), QCoreApplication::translate("main", "Show this file of the repository first."), QStringLiteral("FILE")};
    QCommandLineOption scheme{QStringLiteral("color-scheme"), QCoreApplication::translate("main", "light or dark (default: the desktop's)."),
                              QStringLiteral("SCHEME")};
    QCommandLineOption screenshot{QStringLiteral("screenshot"),
                                  QCoreApplication::translate("main", "Save a PNG of the window once the repository is read, then quit."),
                                  QStringLiteral("PNG")};
    QCommandLineOption dsn{QStringLiteral("dsn"), QCoreApplication::translate("main", "Capture the statistics from this server (read only)."),
                           QStringLiteral("DSN")};
    QCommandLineOption ready{QStringLiteral("quit-when-ready"),
                             QCoreApplication::translate("main", "Quit once every finding is shown, printing the time since launch and the peak memory (a benchmark).")};
    QCommandLineOption range{QStringLiteral("git-range"),
                             QCoreApplication::translate("main", "Review a pull request: the migrations that BASE..HEAD adds or changes are marked."),
                             QStringLiteral("BASE..HEAD")};

    Options()
    {
        parser.setApplicationDescription(QCoreApplication::translate("main", "Migration Review Workbench: review PostgreSQL migrations."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addPositionalArgument(QStringLiteral("PATH"), QCoreApplication::translate("main", "A migration repository (folder) to open."));
        parser.addOptions({stats, dsn, file, scheme, screenshot, ready, range});
    }
};

bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "--") // what follows is positional
            return false;
        if (argument == "-h" || argument == "--help" || argument == "-?" || argument == "--help-all" || argument == "-v" || argument == "--version")
            return true;
    }
    return false;
}

// True when Qt will find a display: a platform named on the command line or in the environment,
// or an X11 or Wayland session.
bool hasDisplay(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "-platform" || argument == "--platform" || argument.startsWith("-platform=") || argument.startsWith("--platform="))
            return true;
    }
    return !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}
}

int main(int argc, char *argv[])
{
    QElapsedTimer sinceLaunch;
    sinceLaunch.start();
    if (asksForHelpOrVersion(argc, argv) || !hasDisplay(argc, argv)) {
        QCoreApplication core(argc, argv);
        setApplicationNames();
        migreview::app::installTranslations(core);
        Options options;
        options.parser.process(core); // prints the help or the version and exits, or refuses a bad option
        QTextStream(stderr) << QCoreApplication::translate("main", "migreview-workbench: no display: set DISPLAY (X11) or WAYLAND_DISPLAY, or "
                                                                   "QT_QPA_PLATFORM=offscreen; the command line tool 'migreview' needs none")
                            << '\n';
        return 2;
    }

    QApplication app(argc, argv);
    setApplicationNames();
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.migreview.Workbench"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/io.github.migreview.Workbench.svg")));
    migreview::app::installTranslations(app);

    Options options;
    QCommandLineParser &parser = options.parser;
    const QCommandLineOption &statsOption = options.stats, &fileOption = options.file, &schemeOption = options.scheme,
                             &screenshotOption = options.screenshot, &dsnOption = options.dsn, &readyOption = options.ready,
                             &rangeOption = options.range;
    parser.process(app);

    // The scheme given, or the one chosen in the settings last time.
    const QString scheme = parser.isSet(schemeOption) ? parser.value(schemeOption) : QSettings().value(QStringLiteral("appearance/colorScheme")).toString();
    if (!scheme.isEmpty()) {
        QString error;
        if (!migreview::app::applyColorScheme(app, scheme, &error)) {
            qCritical().noquote() << error;
            return 2;
        }
    }

    migreview::app::MainWindow window;
    const QStringList positional = parser.positionalArguments();
    bool ok = true;
    if (!positional.isEmpty())
        ok = window.openRepository(positional.first(), parser.value(rangeOption)) && ok;
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
    if (parser.isSet(readyOption)) {
        // Findings come after the scan, the estimate and the lint; the graph after them.
        QObject::connect(&window, &migreview::app::MainWindow::findingsChanged, &window, [&window, &sinceLaunch] {
            QTimer::singleShot(0, &window, [&window, &sinceLaunch] {
                window.repaint(); // shown, not only queued
                QTextStream(stdout) << "findings_shown_ms " << sinceLaunch.elapsed() << "\nfindings " << window.findingsModel()->rowCount()
                                    << "\npeak_rss_mib " << QString::number(peakResidentMiB(), 'f', 1) << '\n';
                QCoreApplication::exit(0);
            });
        });
    }
    Q_UNUSED(ok)
    return app.exec();
}
