#include "commands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLocale>
#include <QTextStream>
#include <QTranslator>

#include <cstdio>
#include <memory>

using namespace migreview::cli;

std::optional<int> migreview::cli::parseCommandLine(QCommandLineParser &parser, const QStringList &arguments, const char *command)
{
    // The program name becomes "migreview COMMAND", so that --help and errors name the command.
    QStringList commandLine = arguments;
    if (!commandLine.isEmpty())
        commandLine[0] += u' ' + QLatin1StringView(command);
    if (!parser.parse(commandLine)) {
        QTextStream(stderr) << "migreview " << command << ": " << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    return std::nullopt;
}

namespace {

struct Command
{
    const char *name;
    int (*run)(const QStringList &);
    const char *summary;
};

const Command commands[] = {
    {"lint", runLint, QT_TRANSLATE_NOOP("migreview::cli", "lint a migration repository: dangers, why, and the safe rewrite")},
    {"rules", runRules, QT_TRANSLATE_NOOP("migreview::cli", "list the lint rules, or write their reference pages")},
    {"estimate", runEstimate, QT_TRANSLATE_NOOP("migreview::cli", "per statement: locks, work, estimated duration and lock hold time")},
    {"graph", runGraph, QT_TRANSLATE_NOOP("migreview::cli", "the dependency graph: phases, ordering violations, critical path")},
    {"trace", runTrace, QT_TRANSLATE_NOOP("migreview::cli", "run the migrations on a scratch copy: measured locks and times, drift of the data")},
    {"report", runReport, QT_TRANSLATE_NOOP("migreview::cli", "the review as JSON, HTML, PDF, SARIF or Markdown; signed with OpenPGP on request")},
    {"sign", runSign, QT_TRANSLATE_NOOP("migreview::cli", "add your OpenPGP signature to a review JSON's signature file")},
    {"verify", runVerify, QT_TRANSLATE_NOOP("migreview::cli", "check a review's signatures, its integrity and, given the repository, drift since review")},
    {"snapshot", runSnapshot, QT_TRANSLATE_NOOP("migreview::cli", "capture a statistics snapshot from a live server (read only)")},
    {"parse", runParse, QT_TRANSLATE_NOOP("migreview::cli", "parse SQL files with PostgreSQL's parser; list statements or syntax errors")},
};

void printUsage(FILE *stream)
{
    QTextStream out(stream);
    out << QCoreApplication::translate("migreview::cli", "usage: migreview COMMAND [OPTIONS] [ARGS]") << "\n\n"
        << QCoreApplication::translate("migreview::cli", "Commands:") << '\n';
    for (const Command &command : commands)
        out << "  " << QString::fromLatin1(command.name).leftJustified(10) << ' '
            << QCoreApplication::translate("migreview::cli", command.summary) << '\n';
    out << '\n' << QCoreApplication::translate("migreview::cli", "Run 'migreview COMMAND --help' for a command's options.") << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    // report renders HTML and PDF with QtGui (fonts, the PDF writer): a QGuiApplication on the
    // offscreen platform, so that it runs without a display; every other command stays QtCore.
    const bool needsGui = argc > 1 && qstrcmp(argv[1], "report") == 0;
    if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> application(needsGui ? new QGuiApplication(argc, argv) : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("migreview"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MIGREVIEW_VERSION));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("migreview"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2) {
        printUsage(stderr);
        return ExitUsage;
    }
    const QString name = arguments.at(1);
    if (name == u"--help" || name == u"-h" || name == u"help") {
        printUsage(stdout);
        return ExitOk;
    }
    if (name == u"--version") {
        QTextStream(stdout) << "migreview " << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    for (const Command &command : commands) {
        if (name == QLatin1StringView(command.name)) {
            arguments.removeAt(1);
            return command.run(arguments);
        }
    }
    QTextStream(stderr) << QCoreApplication::translate("migreview::cli", "migreview: unknown command '%1'").arg(name) << "\n\n";
    printUsage(stderr);
    return ExitUsage;
}
