// migreview trace PATH --dsn DSN [--migration ID] [--stats FILE] [--format text|json|markdown]
// [--calibrate-snapshot FILE]:
// runs the up migrations on a scratch copy of the database and reports what they did.
#include "commands.h"

#include "repository/repository.h"
#include "stats/statssnapshot.h"
#include "trace/trace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QTextStream>

#include <cmath>
#include <csignal>

namespace migreview::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("migreview::cli", text);
}

// Merges measured rates into a snapshot's server.calibration; the result must still load as a
// snapshot before it replaces the file.
bool writeCalibration(const QString &path, const QHash<QString, double> &rates, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    file.close();
    if (root.isEmpty()) {
        *error = tr("%1 is not a statistics snapshot").arg(path);
        return false;
    }
    QJsonObject server = root.value(QStringLiteral("server")).toObject();
    QJsonObject calibration = server.value(QStringLiteral("calibration")).toObject();
    for (auto it = rates.constBegin(); it != rates.constEnd(); ++it)
        calibration.insert(it.key(), std::round(it.value()));
    server.insert(QStringLiteral("calibration"), calibration);
    root.insert(QStringLiteral("server"), server);
    const QByteArray json = QJsonDocument(root).toJson(QJsonDocument::Indented);
    if (const stats::SnapshotLoad check = stats::parseSnapshot(json); !check.snapshot) {
        *error = check.error;
        return false;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(json) != json.size() || !out.commit()) {
        *error = tr("cannot write %1: %2").arg(path, out.errorString());
        return false;
    }
    return true;
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
    parser.setApplicationDescription(tr("Runs the up migrations on a scratch copy of the database (CREATE DATABASE ... TEMPLATE, or a copy of the "
                                        "schema and the touched tables; the source is only read), measures each statement (time, rows, locks, table rewrites, WAL) beside its estimate, compares "
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
    const QCommandLineOption calibrateOption(QStringLiteral("calibrate-snapshot"),
                                             tr("Write the rates this trace measured into this statistics snapshot's server.calibration, "
                                                "so that later estimates use them (the file is replaced whole, or not at all)."),
                                             QStringLiteral("FILE"));
    const QCommandLineOption scratchOption(QStringLiteral("scratch"),
                                           tr("How to make the scratch copy: template (CREATE DATABASE ... TEMPLATE), copy (the schema and the touched "
                                              "tables into an empty database on the same server), local (the same into a PostgreSQL 17 that "
                                              "migreview starts), or auto (default: template, else copy, else local)."),
                                           QStringLiteral("METHOD"), QStringLiteral("auto"));
    const QCommandLineOption copyRowsOption(QStringLiteral("copy-row-limit"),
                                            tr("copy and local: tables with more rows are copied as a sample of about N rows (default 1000000)."),
                                            QStringLiteral("N"), QStringLiteral("1000000"));
    parser.addOptions({dsnOption, migrationOption, statsOption, formatOption, outputOption, calibrateOption, scratchOption, copyRowsOption});
    if (const std::optional<int> exit = parseCommandLine(parser, arguments, "trace"))
        return *exit;
    QTextStream err(stderr);
    const QString format = parser.value(formatOption);
    if (format != u"text" && format != u"json" && format != u"markdown") {
        err << tr("migreview trace: --format must be text, json or markdown, not '%1'").arg(format) << '\n';
        return ExitUsage;
    }
    const std::optional<trace::ScratchMethod> scratchMethod = trace::scratchMethodFromName(parser.value(scratchOption));
    if (!scratchMethod) {
        err << tr("migreview trace: --scratch must be auto, template, copy or local, not '%1'").arg(parser.value(scratchOption)) << '\n';
        return ExitUsage;
    }
    bool rowLimitOk = false;
    const qint64 copyRowLimit = parser.value(copyRowsOption).toLongLong(&rowLimitOk);
    if (!rowLimitOk || copyRowLimit < 1) {
        err << tr("migreview trace: --copy-row-limit must be a positive number of rows, not '%1'").arg(parser.value(copyRowsOption)) << '\n';
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
    options.scratch = *scratchMethod;
    options.copyRowLimit = copyRowLimit;
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
    if (parser.isSet(calibrateOption) && result.ok()) {
        QString error;
        if (!writeCalibration(parser.value(calibrateOption), trace::measuredRates(result), &error)) {
            err << tr("migreview trace: the snapshot was not changed: %1").arg(error) << '\n';
            return ExitUsage;
        }
    }
    if (!result.scratchDropped)
        err << tr("migreview trace: the scratch database %1 could not be dropped; drop it by hand").arg(result.scratchDatabase) << '\n';
    return result.ok() && !result.hasDrift() ? ExitOk : ExitFindings;
}

} // namespace migreview::cli
