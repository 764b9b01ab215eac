#pragma once

#include "estimate/estimator.h"
#include "locks/lockmode.h"
#include "repository/repository.h"
#include "rules/finding.h"
#include "stats/statssnapshot.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

// The dependency graph of a migration repository's up scripts: the statements that matter (DDL
// and data changes) as nodes, grouped by migration, and edges between statements that touch the
// same object in order (creates a column -> a backfill writes it -> a constraint checks it -> the
// old column is dropped). Ordering violations are the edges that run the wrong way.
namespace migreview::graph {

enum class Phase {
    Expand, // additive: new tables, columns, indexes, NOT VALID constraints
    Backfill, // data movement: UPDATE, INSERT ... SELECT, DELETE, COPY
    Contract, // destructive or constraining: drops, renames, type changes, validated constraints
    Neutral, // the rest (functions, views, grants, settings)
};
QString phaseName(Phase phase); // "expand", "backfill", "contract", "neutral" (stable: JSON)

struct Node
{
    int id = 0;
    QString migration;
    QString file;
    int line = 0;
    int endLine = 0; // the statement's last line (findings within line..endLine belong to it)
    QString statement; // command tag
    Phase phase = Phase::Neutral;
    locks::LockMode lock = locks::LockMode::None; // strongest table lock
    double durationMs = -1; // expected, from the estimator; -1 when unknown
    QStringList tables; // the tables it creates, fills, reads, checks, drops or references
};

struct Edge
{
    int from = 0;
    int to = 0;
    QString reason; // "adds orders.note -> writes it"
    bool violation = false;
};

struct Violation
{
    // "constraint-before-backfill", "use-after-drop", "read-before-add", "foreign-key-before-parent",
    // "cycle", "unknown-requirement" (errors); "expand-contract-same-migration" (warning)
    QString rule;
    rules::Level level = rules::Level::Error;
    QString message;
    int from = 0; // node ids of both ends (the same node when one statement does both)
    int to = 0;
};

struct Graph
{
    std::vector<Node> nodes;
    std::vector<Edge> edges;
    std::vector<Violation> violations;
    std::vector<int> criticalPath; // node ids, longest chain of edges by expected duration
    double criticalPathMs = 0;
    // Per table, the estimator's total lock time over the whole repository (how long writes, and
    // reads under ACCESS EXCLUSIVE, wait), strongest first.
    std::vector<estimate::TableTotal> tableLocks;

    bool hasErrors() const;
    QStringList tables() const; // every table a node touches, sorted
};

Graph buildGraph(const repository::Repository &repository, const stats::StatsSnapshot *snapshot = nullptr);
// The same with the repository's estimate already made (estimate::estimateRepository), whose
// statements give the nodes their durations and locks.
Graph buildGraph(const repository::Repository &repository, const estimate::EstimateReport &estimates);

// With a git range: keeps the violations with an end in a migration the range added or modified
// (the graph itself keeps the whole history, which the ordering needs). Nothing changes without one.
void keepRangeViolations(Graph &graph, const repository::Repository &repository);
// The part of the graph a pull request touches: the nodes of the migrations the range added or
// modified, the edges among them, and the violations kept by keepRangeViolations whose ends are
// both shown. The whole graph without a range.
Graph rangeSubgraph(const Graph &graph, const repository::Repository &repository);

QByteArray toJson(const Graph &graph);
QByteArray toDot(const Graph &graph);

// Lays the graph out with Graphviz (libgvc, the "dot" layered layout, a cluster per migration) and
// renders it: format is a Graphviz output format such as "svg", "png" or "json" (coordinates and
// splines, for a view). Empty with *error set when Graphviz fails.
QByteArray render(const Graph &graph, const char *format, QString *error = nullptr);

} // namespace migreview::graph
