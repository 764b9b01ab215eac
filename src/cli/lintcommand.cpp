// migreview lint PATH [--git-range A..B|A...B [--all]] [--stats FILE] [--format text|json|sarif|markdown|gcc]
//                     [--pg-version N] [--config FILE] [--forward-only]
#include "commands.h"

#include "lint/config.h"
#include "lint/linter.h"
#include "estimate/estimator.h"
#include "report/lintformats.h"
#include "repository/repository.h"
#include "stats/statssnapshot.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <unistd.h>

namespace migreview::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("migreview::cli", text);
}
} // namespace

int runLint(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Lints a repository of PostgreSQL migrations: what is dangerous, why, and the safe rewrite.\n"
           "Exit codes: 0 no unsuppressed error, 1 errors found, 2 could not run."));
    parser.addHelpOption();
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("text, json, sarif, markdown or gcc (default text)."),
                                          QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption rangeOption(QStringLiteral("git-range"),
                                         tr("Review a pull request: analyse HEAD's whole history, report the migrations BASE..HEAD added, "
                                            "modified or deleted (BASE...HEAD: from their merge base)."),
                                         QStringLiteral("BASE..HEAD"));
    const QCommandLineOption allOption(QStringLiteral("all"),
                                       tr("With --git-range, also list the findings outside the range, marked as context (never counted)."));
    const QCommandLineOption statsOption(QStringLiteral("stats"),
                                         tr("Statistics snapshot (JSON): the pull-request summary (markdown) estimates how long locks are held."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption versionOption(QStringLiteral("pg-version"), tr("Target PostgreSQL major version, 11-17 (default 17)."),
                                           QStringLiteral("N"));
    const QCommandLineOption configOption(QStringLiteral("config"), tr("Configuration file (default: .migreview.toml found upwards)."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption outputOption(QStringLiteral("output"), tr("Write the report to FILE instead of standard output."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption colorOption(QStringLiteral("color"), tr("auto, always or never (default auto: on a terminal)."),
                                         QStringLiteral("WHEN"), QStringLiteral("auto"));
    const QCommandLineOption suppressedOption(QStringLiteral("show-suppressed"), tr("List suppressed findings too."));
    const QCommandLineOption disableOption(QStringLiteral("disable"), tr("Turn a rule off (repeatable)."), QStringLiteral("RULE"));
    const QCommandLineOption enableOption(QStringLiteral("enable"), tr("Turn an opt-in rule on (repeatable)."), QStringLiteral("RULE"));
    const QCommandLineOption forwardOnlyOption(QStringLiteral("forward-only"),
                                               tr("The repository has no down scripts by design: do not ask for them (default: inferred, "
                                                  "forward-only when no migration has one; forward_only in .migreview.toml)."));
    const QCommandLineOption jobsOption(QStringLiteral("jobs"), tr("Parse with N threads (default: one per core)."), QStringLiteral("N"));
    parser.addOption(jobsOption);
    parser.addOption(forwardOnlyOption);
    parser.addOptions({formatOption, rangeOption, allOption, statsOption, versionOption, configOption, outputOption, colorOption, suppressedOption,
                       disableOption, enableOption});
    parser.addPositionalArgument(QStringLiteral("PATH"), tr("The migration repository (a folder) or one .sql file."));
    if (const std::optional<int> exit = parseCommandLine(parser, arguments, "lint"))
        return *exit;
    QTextStream err(stderr);
    const auto format = report::lintFormatFromName(parser.value(formatOption));
    if (!format) {
        err << tr("migreview lint: --format must be text, json, sarif, markdown or gcc, not '%1'").arg(parser.value(formatOption)) << '\n';
        return ExitUsage;
    }
    if (parser.positionalArguments().size() != 1) {
        err << tr("migreview lint: give one PATH (a migration folder or a .sql file)") << '\n';
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().first();
    if (parser.isSet(allOption) && !parser.isSet(rangeOption)) {
        err << tr("migreview lint: --all goes with --git-range (without a range every finding is listed)") << '\n';
        return ExitUsage;
    }
    std::optional<stats::StatsSnapshot> snapshot;
    if (parser.isSet(statsOption)) {
        stats::SnapshotLoad load = stats::loadSnapshot(parser.value(statsOption));
        if (!load.snapshot) {
            err << tr("migreview lint: %1").arg(load.error) << '\n';
            return ExitUsage;
        }
        snapshot = std::move(load.snapshot);
    }

    lint::Config config;
    const QString configPath = parser.isSet(configOption) ? parser.value(configOption) : lint::findConfigFile(path);
    if (!configPath.isEmpty()) {
        const lint::ConfigLoad load = lint::loadConfig(configPath);
        if (!load.config) {
            err << "migreview lint: " << load.error << '\n';
            return ExitUsage;
        }
        config = *load.config;
    }
    if (parser.isSet(versionOption)) {
        bool ok = false;
        const int version = parser.value(versionOption).toInt(&ok);
        if (!ok || version < 11 || version > 17) {
            err << tr("migreview lint: --pg-version must be a PostgreSQL major version from 11 to 17") << '\n';
            return ExitUsage;
        }
        config.options.pgVersion = version;
    }
    if (parser.isSet(jobsOption)) {
        bool ok = false;
        const int jobs = parser.value(jobsOption).toInt(&ok);
        if (!ok || jobs < 1 || jobs > 256) {
            err << tr("migreview lint: --jobs must be a number from 1 to 256") << '\n';
            return ExitUsage;
        }
        config.options.threads = jobs;
    }
    if (parser.isSet(forwardOnlyOption))
        config.options.forwardOnly = true;
    for (const QString &id : parser.values(disableOption))
        config.options.disabledRules.insert(id);
    for (const QString &id : parser.values(enableOption))
        config.options.enabledOptInRules.insert(id);

    repository::Repository repo = repository::loadRepository(path, {.gitRange = parser.value(rangeOption)});
    if (!repo.ok()) {
        err << "migreview lint: " << repo.error << '\n';
        return ExitUsage;
    }
    lint::applyConfig(config, repo);
    config.options.rangeContext = parser.isSet(allOption);
    const lint::LintResult result = lint::lintRepository(repo, config.options);
    // The pull-request summary names each migration's locks (and hold times with statistics).
    std::optional<estimate::EstimateReport> estimate;
    if (*format == report::LintFormat::Markdown && repo.isRange())
        estimate = estimate::estimateRepository(repo, snapshot ? &*snapshot : nullptr);

    report::FormatOptions options;
    options.showSuppressed = parser.isSet(suppressedOption);
    options.repositoryRoot = repo.root;
    options.toolVersion = QCoreApplication::applicationVersion();
    options.estimate = estimate ? &*estimate : nullptr;
    const QString color = parser.value(colorOption);
    options.color = color == u"always" || (color == u"auto" && !parser.isSet(outputOption) && isatty(STDOUT_FILENO) && qEnvironmentVariableIsEmpty("NO_COLOR"));
    const QByteArray output = report::formatLint(result, *format, options);
    if (parser.isSet(outputOption)) {
        QFile file(parser.value(outputOption));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(output) != output.size()) {
            err << tr("migreview lint: cannot write %1: %2").arg(parser.value(outputOption), file.errorString()) << '\n';
            return ExitUsage;
        }
    } else {
        QFile out;
        (void)out.open(stdout, QIODevice::WriteOnly);
        out.write(output);
    }
    return result.count(rules::Level::Error) > 0 ? ExitFindings : ExitOk;
}

} // namespace migreview::cli
