// migreview snapshot --dsn DSN -o FILE [--schema S]... [--source NAME] [--calibrate]: a statistics
// snapshot of a live server (docs/stats-snapshot.md), read in a READ ONLY transaction.
#include "commands.h"

#include "stats/snapshotcapture.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QTextStream>

namespace migreview::cli {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("migreview::cli", text);
}
} // namespace

int runSnapshot(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Captures a statistics snapshot (table sizes, row counts, column statistics, indexes) "
                                        "from a PostgreSQL server, in a read-only transaction. Passwords come from libpq: "
                                        "~/.pgpass, the service file or PGPASSWORD; none is written to the snapshot."));
    parser.addHelpOption();
    const QCommandLineOption dsnOption(QStringLiteral("dsn"), tr("libpq connection string or URI, e.g. 'host=staging dbname=shop'."),
                                       QStringLiteral("DSN"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")}, tr("Write the snapshot to FILE ('-': standard output)."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption schemaOption(QStringLiteral("schema"), tr("Only this schema (repeatable; default: every user schema)."),
                                          QStringLiteral("SCHEMA"));
    const QCommandLineOption sourceOption(QStringLiteral("source"), tr("Name of the database for display (default: its name)."),
                                          QStringLiteral("NAME"));
    const QCommandLineOption calibrateOption(QStringLiteral("calibrate"),
                                             tr("Also measure this server's rates for the estimates, on generated tables in a scratch "
                                                "schema that is dropped afterwards (this writes to the server)."));
    parser.addOptions({dsnOption, outputOption, schemaOption, sourceOption, calibrateOption});
    if (const std::optional<int> exit = parseCommandLine(parser, arguments, "snapshot"))
        return *exit;
    QTextStream err(stderr);
    if (!parser.isSet(dsnOption) || !parser.isSet(outputOption)) {
        err << tr("migreview snapshot: give --dsn DSN and -o FILE") << '\n';
        return ExitUsage;
    }
    stats::CaptureOptions options;
    options.schemas = parser.values(schemaOption);
    options.source = parser.value(sourceOption);
    options.calibrate = parser.isSet(calibrateOption);
    const stats::SnapshotCapture capture = stats::captureSnapshot(parser.value(dsnOption), options);
    if (!capture.error.isEmpty()) {
        err << "migreview snapshot: " << capture.error << '\n';
        return ExitUsage;
    }
    const QString path = parser.value(outputOption);
    if (path == u"-") {
        QFile out;
        (void)out.open(stdout, QIODevice::WriteOnly);
        out.write(capture.json);
        return ExitOk;
    }
    // Written to a temporary file and renamed: an interrupted capture never leaves half a file.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(capture.json) != capture.json.size() || !file.commit()) {
        err << tr("migreview snapshot: cannot write %1: %2").arg(path, file.errorString()) << '\n';
        return ExitUsage;
    }
    return ExitOk;
}

} // namespace migreview::cli
