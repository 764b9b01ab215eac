// migreview rules [--write-docs FOLDER]: the rule reference, from the registry itself.
#include "commands.h"

#include "rules/registry.h"
#include "rules/ruledocs.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTextStream>

namespace migreview::cli {

int runRules(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("migreview::cli", "Lists the lint rules, or writes their reference pages."));
    parser.addHelpOption();
    const QCommandLineOption docsOption(QStringLiteral("write-docs"),
                                        QCoreApplication::translate("migreview::cli", "Write one Markdown page per rule (and README.md) into FOLDER."),
                                        QStringLiteral("FOLDER"));
    parser.addOption(docsOption);
    if (const std::optional<int> exit = parseCommandLine(parser, arguments, "rules"))
        return *exit;
    if (parser.isSet(docsOption)) {
        const QString folder = parser.value(docsOption);
        QString error;
        if (!rules::writeRuleDocs(folder, &error)) {
            QTextStream(stderr) << "migreview rules: " << error << '\n';
            return ExitUsage;
        }
        QTextStream(stdout) << QCoreApplication::translate("migreview::cli", "wrote %1 rule pages to %2").arg(rules::allRules().size()).arg(folder) << '\n';
        return ExitOk;
    }
    QTextStream out(stdout);
    for (const auto &rule : rules::allRules()) {
        const rules::RuleInfo info = rule->info();
        out << info.id.leftJustified(46) << ' ' << rules::levelName(info.level).leftJustified(8) << ' '
            << rules::severityName(info.severity).leftJustified(12) << ' ' << info.summary << (info.optIn ? QStringLiteral(" (opt-in)") : QString())
            << '\n';
    }
    return ExitOk;
}

} // namespace migreview::cli
