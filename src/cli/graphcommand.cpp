// migreview graph PATH [--stats FILE] [--format json|dot|svg]: the dependency graph of the up
// migrations, its phases, ordering violations and critical path.
#include "commands.h"

#include "graph/graph.h"
#include "repository/repository.h"
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

int runGraph(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("The dependency graph of a repository's up migrations: statements as nodes (expand, "
                                        "backfill, contract), edges between statements that touch the same object, ordering "
                                        "violations, and the critical path. Exits 1 when there is a violation."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("PATH"), tr("The migration repository (a folder)."));
    const QCommandLineOption statsOption(QStringLiteral("stats"), tr("Statistics snapshot, for the durations of the critical path."),
                                         QStringLiteral("FILE"));
    const QCommandLineOption formatOption(QStringLiteral("format"), tr("json, dot or svg (default json)."), QStringLiteral("FORMAT"),
                                          QStringLiteral("json"));
    const QCommandLineOption rangeOption(QStringLiteral("git-range"),
                                         tr("Review a pull request: the whole history's graph, with the violations that touch a migration "
                                            "BASE..HEAD (or BASE...HEAD) added or modified."),
                                         QStringLiteral("BASE..HEAD"));
    const QCommandLineOption allOption(QStringLiteral("all"), tr("With --git-range, also report the violations outside the range."));
    parser.addOptions({statsOption, formatOption, rangeOption, allOption});
    if (const std::optional<int> exit = parseCommandLine(parser, arguments, "graph"))
        return *exit;
    QTextStream err(stderr);
    const QString format = parser.value(formatOption);
    if (format != u"json" && format != u"dot" && format != u"svg") {
        err << tr("migreview graph: --format must be json, dot or svg, not '%1'").arg(format) << '\n';
        return ExitUsage;
    }
    if (parser.positionalArguments().size() != 1) {
        err << tr("migreview graph: give one PATH (a migration folder)") << '\n';
        return ExitUsage;
    }
    std::optional<stats::StatsSnapshot> snapshot;
    if (parser.isSet(statsOption)) {
        stats::SnapshotLoad load = stats::loadSnapshot(parser.value(statsOption));
        if (!load.snapshot) {
            err << tr("migreview graph: statistics not used: %1").arg(load.error) << '\n';
        } else {
            snapshot = std::move(load.snapshot);
        }
    }
    const repository::Repository repo = repository::loadRepository(parser.positionalArguments().first(), {.gitRange = parser.value(rangeOption)});
    if (!repo.ok()) {
        err << "migreview graph: " << repo.error << '\n';
        return ExitUsage;
    }
    graph::Graph result = graph::buildGraph(repo, snapshot ? &*snapshot : nullptr);
    if (!parser.isSet(allOption))
        graph::keepRangeViolations(result, repo);
    QByteArray output;
    if (format == u"svg") {
        QString error;
        output = graph::render(result, "svg", &error);
        if (output.isEmpty()) {
            err << "migreview graph: " << error << '\n';
            return ExitUsage;
        }
    } else {
        output = format == u"dot" ? graph::toDot(result) : graph::toJson(result);
    }
    QFile out;
    (void)out.open(stdout, QIODevice::WriteOnly);
    out.write(output);
    return result.hasErrors() ? ExitFindings : ExitOk;
}

} // namespace migreview::cli
