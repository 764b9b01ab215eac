// migreview trace PATH --dsn DSN [--migration ID] [--stats FILE] [--format text|json|markdown]:
// runs the up migrations on a scratch copy of the database and reports what they did.
#include "commands.h"

#include "repository/repository.h"
#include "stats/statssnapshot.h"
#include "trace/trace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QTextStream>

#include <csignal>

namespace migreview::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("migreview::cli", text);
}

// Ctrl+C stops the trace between statements, so that the scratch copy is still dropped.
volatile std::sig_atomic_t interrupted = 0;
void onInterrupt(int)
{
    interrupted = 1;
}
} // namespace

int runTrace(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Runs the up migrations on a scratch copy of the database (CREATE DATABASE ... TEMPLATE; the source is only "
                                        "read), measures each statement (time, rows, locks, table rewrites, WAL) beside its estimate, compares "
                                        "the touched columns before and after, and drops the copy. Exits 1 when a statement fails or a column drifts."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PATH"), tr("The migration repository (a folder)."));
    const QCommandLineOption dsnOption(QStringLiteral("dsn"), tr("libpq connection string or URI of the source database."), QStringLiteral("DSN"));
    const QCommandLineOption migrationOption(QStringLiteral("migration"), tr("Only this migration (its version, or version and name)."), QStringLiteral("ID"));
    const QCommandLineOption statsOption(QStringLiteral("stats"), tr("Statistics snapshot, for the estimates shown beside the measurements."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("text, json or markdown (default text)."), QStringLiteral("FORMAT"),
                                          QStringLiteral("text"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")}, tr("Write to FILE instead of standard output."),
                                          QStringLiteral("FILE"));
    parser.addOptions({dsnOption, migrationOption, statsOption, formatOption, outputOption});
    QStringList commandLine = arguments;
    if (!commandLine.isEmpty())
        commandLine[0] += QStringLiteral(" trace");
    QTextStream err(stderr);
    if (!parser.parse(commandLine)) {
        err << "migreview trace: " << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return ExitOk;
    }
    const QString format = parser.value(formatOption);
    if (format != u"text" && format != u"json" && format != u"markdown") {
        err << tr("migreview trace: --format must be text, json or markdown, not '%1'").arg(format) << '\n';
        return ExitUsage;
    }
    if (parser.positionalArguments().size() != 1 || !parser.isSet(dsnOption)) {
        err << tr("migreview trace: give one PATH (a migration folder) and --dsn") << '\n';
        return ExitUsage;
    }
    std::optional<stats::StatsSnapshot> snapshot;
    if (parser.isSet(statsOption)) {
        stats::SnapshotLoad load = stats::loadSnapshot(parser.value(statsOption));
        if (!load.snapshot) {
            err << tr("migreview trace: %1").arg(load.error) << '\n';
            return ExitUsage;
        }
        snapshot = std::move(load.snapshot);
    }
    const repository::Repository repo = repository::loadRepository(parser.positionalArguments().first());
    if (!repo.ok()) {
        err << "migreview trace: " << repo.error << '\n';
        return ExitUsage;
    }
    trace::TraceOptions options;
    options.migration = parser.value(migrationOption);
    options.snapshot = snapshot ? &*snapshot : nullptr;
    options.progress = [](int, int) { return interrupted == 0; };
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
    const trace::TraceResult result = trace::traceRepository(repo, parser.value(dsnOption), options);
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    if (result.scratchDatabase.isEmpty() && !result.error.isEmpty()) {
        err << "migreview trace: " << result.error << '\n'; // nothing ran: could not connect or copy
        return ExitUsage;
    }
    const QByteArray output = format == u"json" ? trace::traceToJson(result) : (format == u"markdown" ? trace::traceToMarkdown(result) : trace::traceToText(result)).toUtf8();
    if (parser.isSet(outputOption)) {
        QFile file(parser.value(outputOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(output) != output.size()) {
            err << tr("migreview trace: cannot write %1: %2").arg(parser.value(outputOption), file.errorString()) << '\n';
            return ExitUsage;
        }
    } else {
        QFile out;
        (void)out.open(stdout, QIODevice::WriteOnly);
        out.write(output);
    }
    if (!result.scratchDropped)
        err << tr("migreview trace: the scratch database %1 could not be dropped; drop it by hand").arg(result.scratchDatabase) << '\n';
    return result.ok() && !result.hasDrift() ? ExitOk : ExitFindings;
}

} // namespace migreview::cli
