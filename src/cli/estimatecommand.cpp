// migreview estimate PATH --stats FILE | --dsn DSN [--format text|json|markdown]: per statement the
// locks, the work under them, its estimated duration and how long the locks are held.
#include "commands.h"

#include "estimate/estimator.h"
#include "lint/config.h"
#include "report/estimateformats.h"
#include "repository/repository.h"
#include "stats/snapshotcapture.h"
#include "stats/statssnapshot.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

namespace migreview::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("migreview::cli", text);
}
} // namespace

int runEstimate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Estimates, per statement of a migration repository, which locks it takes, the work done "
                                        "under them, how long that takes on tables of the snapshot's size, and how long the locks "
                                        "are held (to the end of the transaction)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PATH"), tr("The migration repository (a folder) or one .sql file."));
    const QCommandLineOption statsOption(QStringLiteral("stats"), tr("Statistics snapshot (JSON, docs/stats-snapshot.md)."), QStringLiteral("FILE"));
    const QCommandLineOption dsnOption(QStringLiteral("dsn"), tr("Capture the statistics from this server instead (read only)."), QStringLiteral("DSN"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("text, json or markdown (default text)."), QStringLiteral("FORMAT"),
                                          QStringLiteral("text"));
    const QCommandLineOption versionOption(QStringLiteral("pg-version"), tr("Target PostgreSQL major version, 11-17 (default: the snapshot's)."),
                                           QStringLiteral("N"));
    const QCommandLineOption rangeOption(QStringLiteral("git-range"), tr("Review a pull request: estimate the migrations BASE..HEAD (or BASE...HEAD) added or modified, over the whole history."),
                                         QStringLiteral("BASE..HEAD"));
    const QCommandLineOption outputOption(QStringLiteral("output"), tr("Write the report to FILE instead of standard output."), QStringLiteral("FILE"));
    const QCommandLineOption allOption(QStringLiteral("all"), tr("With --git-range, also estimate the migrations outside the range."));
    parser.addOptions({statsOption, dsnOption, formatOption, versionOption, rangeOption, allOption, outputOption});
    if (const std::optional<int> exit = parseCommandLine(parser, arguments, "estimate"))
        return *exit;
    QTextStream err(stderr);
    const auto format = report::estimateFormatFromName(parser.value(formatOption));
    if (!format) {
        err << tr("migreview estimate: --format must be text, json or markdown, not '%1'").arg(parser.value(formatOption)) << '\n';
        return ExitUsage;
    }
    if (parser.positionalArguments().size() != 1) {
        err << tr("migreview estimate: give one PATH (a migration folder or a .sql file)") << '\n';
        return ExitUsage;
    }
    if (parser.isSet(statsOption) && parser.isSet(dsnOption)) {
        err << tr("migreview estimate: give --stats or --dsn, not both") << '\n';
        return ExitUsage;
    }
    estimate::EstimateOptions options;
    options.rangeContext = parser.isSet(allOption);
    if (parser.isSet(versionOption)) {
        bool ok = false;
        options.pgVersion = parser.value(versionOption).toInt(&ok);
        if (!ok || options.pgVersion < 11 || options.pgVersion > 17) {
            err << tr("migreview estimate: --pg-version must be a PostgreSQL major version from 11 to 17") << '\n';
            return ExitUsage;
        }
    }

    // Statistics that cannot be had leave the estimate without sizes, said once, not a failure:
    // the locks and the work are still worth reading.
    std::optional<stats::StatsSnapshot> snapshot;
    if (parser.isSet(statsOption) || parser.isSet(dsnOption)) {
        stats::SnapshotLoad load;
        if (parser.isSet(statsOption)) {
            load = stats::loadSnapshot(parser.value(statsOption));
        } else {
            const stats::SnapshotCapture capture = stats::captureSnapshot(parser.value(dsnOption));
            load = capture.error.isEmpty() ? stats::parseSnapshot(capture.json) : stats::SnapshotLoad{std::nullopt, capture.error};
        }
        if (load.snapshot)
            snapshot = std::move(load.snapshot);
        else
            err << tr("migreview estimate: statistics not used, durations are unknown: %1").arg(load.error) << '\n';
    } else {
        err << tr("migreview estimate: no --stats or --dsn; durations of work on existing tables are unknown") << '\n';
    }

    const QString path = parser.positionalArguments().first();
    repository::Repository repo = repository::loadRepository(path, {.gitRange = parser.value(rangeOption)});
    if (!repo.ok()) {
        err << "migreview estimate: " << repo.error << '\n';
        return ExitUsage;
    }
    const QString configPath = lint::findConfigFile(path);
    if (!configPath.isEmpty()) {
        const lint::ConfigLoad config = lint::loadConfig(configPath);
        if (config.config)
            lint::applyConfig(*config.config, repo); // the transaction assumptions per layout
    }
    const estimate::EstimateReport result = estimate::estimateRepository(repo, snapshot ? &*snapshot : nullptr, options);
    const QByteArray output = report::formatEstimate(result, *format, QCoreApplication::applicationVersion());
    if (parser.isSet(outputOption)) {
        QFile file(parser.value(outputOption));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(output) != output.size()) {
            err << tr("migreview estimate: cannot write %1: %2").arg(parser.value(outputOption), file.errorString()) << '\n';
            return ExitUsage;
        }
    } else {
        QFile out;
        (void)out.open(stdout, QIODevice::WriteOnly);
        out.write(output);
    }
    return ExitOk;
}

} // namespace migreview::cli
