// Building and laying out the dependency graph (bench-graph.sh): for each repository given, and for
// a generated repository of N migrations, the median over runs of
//   load      loading the repository (files read, layout recognised)
//   build     estimating it and building the graph (graph::buildGraph)
//   layout    Graphviz's dot layout to coordinates and splines (graph::render "json0"), as the workbench does
//   freed     Graphviz freeing that layout on the thread pool, after render has returned (not in the total)
//
//   migreview-bench-graph [--runs R] [--generate N]... [REPOSITORY]...
//
// The generated repository repeats an expand / backfill / contract cycle per table, with foreign
// keys between consecutive tables, so that its graph has the edges and clusters of a real one.
#include "graph/graph.h"
#include "repository/repository.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThreadPool>

#include <algorithm>
#include <cstdio>

using namespace migreview;

namespace {

bool writeFile(const QString &path, const QString &text)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(text.toUtf8());
    return true;
}

// Migration i of the cycle for table k: create, add the new column, backfill in batches, constrain
// (NOT VALID then VALIDATE), contract (drop the old column, index the new one).
QString migrationSql(int i)
{
    const int k = i / 5;
    const QString t = QStringLiteral("t%1").arg(k);
    switch (i % 5) {
    case 0:
        return QStringLiteral("CREATE TABLE %1 (id bigint PRIMARY KEY, old_value text, created_at timestamptz NOT NULL DEFAULT now()%2);\n"
                              "CREATE INDEX %1_created_at_idx ON %1 (created_at);\n")
            .arg(t, k > 0 ? QStringLiteral(", parent_id bigint REFERENCES t%1 (id)").arg(k - 1) : QString());
    case 1:
        return QStringLiteral("ALTER TABLE %1 ADD COLUMN new_value text;\n").arg(t);
    case 2: {
        QString sql;
        for (int batch = 0; batch < 3; ++batch)
            sql += QStringLiteral("UPDATE %1 SET new_value = old_value WHERE id >= %2 AND id < %3 AND new_value IS NULL;\n")
                       .arg(t)
                       .arg(batch * 100000)
                       .arg((batch + 1) * 100000);
        return sql;
    }
    case 3:
        return QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %1_new_value_present CHECK (new_value IS NOT NULL) NOT VALID;\n"
                              "ALTER TABLE %1 VALIDATE CONSTRAINT %1_new_value_present;\n")
            .arg(t);
    default:
        return QStringLiteral("ALTER TABLE %1 DROP COLUMN old_value;\nCREATE INDEX CONCURRENTLY %1_new_value_idx ON %1 (new_value);\n").arg(t);
    }
}

bool generate(const QString &folder, int count)
{
    for (int i = 0; i < count; ++i) {
        const QString base = QDir(folder).filePath(QStringLiteral("%1_step").arg(i + 1, 4, 10, QLatin1Char('0')));
        if (!writeFile(base + QStringLiteral(".up.sql"), migrationSql(i)) || !writeFile(base + QStringLiteral(".down.sql"), QStringLiteral("SELECT 1;\n")))
            return false;
    }
    return true;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

struct Figures
{
    size_t migrations = 0, nodes = 0, edges = 0, violations = 0;
    double loadMs = 0, buildMs = 0, layoutMs = 0, cleanupMs = 0;
};

bool measure(const QString &path, int runs, Figures &out)
{
    std::vector<double> load, build, layout, cleanup;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        const repository::Repository repo = repository::loadRepository(path);
        load.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (!repo.ok()) {
            fprintf(stderr, "migreview-bench-graph: %s: %s\n", qPrintable(path), qPrintable(repo.error));
            return false;
        }
        timer.restart();
        const graph::Graph g = graph::buildGraph(repo);
        build.push_back(double(timer.nsecsElapsed()) / 1e6);
        timer.restart();
        QString error;
        const QByteArray laidOut = graph::render(g, "json0", &error);
        layout.push_back(double(timer.nsecsElapsed()) / 1e6);
        // Graphviz's memory is freed on the thread pool after the result is returned; untimed, so
        // that it does not land in the next run's figures.
        timer.restart();
        QThreadPool::globalInstance()->waitForDone();
        cleanup.push_back(double(timer.nsecsElapsed()) / 1e6);
        if (laidOut.isEmpty()) {
            fprintf(stderr, "migreview-bench-graph: %s: %s\n", qPrintable(path), qPrintable(error));
            return false;
        }
        out = {repo.migrations.size(), g.nodes.size(), g.edges.size(), g.violations.size(), 0, 0, 0};
    }
    out.loadMs = median(load);
    out.buildMs = median(build);
    out.layoutMs = median(layout);
    out.cleanupMs = median(cleanup);
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList arguments = app.arguments().mid(1);
    int runs = 5;
    std::vector<std::pair<QString, QString>> targets; // label, path
    QTemporaryDir scratch;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == u"--runs" && i + 1 < arguments.size()) {
            runs = std::max(1, arguments[++i].toInt());
        } else if (arguments[i] == u"--generate" && i + 1 < arguments.size()) {
            const int count = arguments[++i].toInt();
            const QString folder = scratch.filePath(QStringLiteral("generated-%1").arg(count));
            if (count <= 0 || !QDir().mkpath(folder) || !generate(folder, count)) {
                fprintf(stderr, "migreview-bench-graph: cannot generate %d migrations in %s\n", count, qPrintable(folder));
                return 2;
            }
            targets.emplace_back(QStringLiteral("generated, %1 migrations").arg(count), folder);
        } else {
            targets.emplace_back(QDir(arguments[i]).dirName(), arguments[i]);
        }
    }
    if (targets.empty()) {
        fprintf(stderr, "usage: migreview-bench-graph [--runs R] [--generate N]... [REPOSITORY]...\n");
        return 2;
    }
    QTextStream out(stdout);
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
               .arg(QStringLiteral("repository"), -28)
               .arg(QStringLiteral("migrations"), 10)
               .arg(QStringLiteral("nodes"), 6)
               .arg(QStringLiteral("edges"), 6)
               .arg(QStringLiteral("viol."), 5)
               .arg(QStringLiteral("load ms"), 8)
               .arg(QStringLiteral("build ms"), 9)
               .arg(QStringLiteral("layout ms"), 10)
               .arg(QStringLiteral("total s"), 8)
               .arg(QStringLiteral("freed ms"), 9);
    int status = 0;
    for (const auto &[label, path] : targets) {
        Figures f;
        if (!measure(path, runs, f)) {
            status = 1;
            continue;
        }
        out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n")
                   .arg(label, -28)
                   .arg(f.migrations, 10)
                   .arg(f.nodes, 6)
                   .arg(f.edges, 6)
                   .arg(f.violations, 5)
                   .arg(f.loadMs, 8, 'f', 0)
                   .arg(f.buildMs, 9, 'f', 0)
                   .arg(f.layoutMs, 10, 'f', 0)
                   .arg((f.loadMs + f.buildMs + f.layoutMs) / 1000, 8, 'f', 2)
                   .arg(f.cleanupMs, 9, 'f', 0);
        out.flush();
    }
    out << QStringLiteral("median of %1 runs each; total = load + build + layout; freed = Graphviz's memory, freed after the result is returned\n").arg(runs);
    return status;
}
