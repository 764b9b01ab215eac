#pragma once

#include "repository/repository.h"
#include "stats/statssnapshot.h"
#include "trace/scratchcopy.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

// Tracing migrations on a scratch copy of a database (docs/trace.md): the source database is only
// read; a copy is made with CREATE DATABASE ... TEMPLATE, the up migrations run on it as their
// tool would run them, each statement is measured (time, rows, locks, rewrite, WAL), the touched
// columns' distributions are compared before and after, and the copy is dropped at the end, also
// after a failure or a cancel.
namespace migreview::trace {

struct TraceOptions
{
    QString migration; // only this migration (its version, or "version name"); empty: every one
    ScratchMethod scratch = ScratchMethod::Automatic; // how the scratch copy is made
    qint64 copyRowLimit = 1000000; // copy and local: larger tables are copied as a sample of about this size
    int statementTimeoutMs = 5 * 60 * 1000;
    int lockTimeoutMs = 10 * 1000;
    qint64 exactRowLimit = 200000; // larger tables are summarised on a TABLESAMPLE of about this size
    int histogramBins = 20;
    const stats::StatsSnapshot *snapshot = nullptr; // for the estimates shown beside the measurements
    // Drift thresholds: over any of them, a column is flagged.
    double psiThreshold = 0.25; // population stability index, numeric columns
    double ksThreshold = 0.2; // Kolmogorov-Smirnov distance, numeric columns
    double nullFractionThreshold = 0.05; // absolute change of the null fraction
    double rowCountThreshold = 0.0; // relative change of the row count (0: any change)
    qint64 untargetedThreshold = 0; // rows changed outside the UPDATEs' WHEREs (0: any)
    // Called after each statement with (statements done, statements in all); false cancels.
    std::function<bool(int, int)> progress;
};

struct TracedLock
{
    QString relation;
    QString mode; // as pg_locks names it: "AccessExclusiveLock"
};

struct TracedStatement
{
    QString file;
    int line = 0;
    QString commandTag;
    double durationMs = 0;
    qint64 rows = -1; // rows the statement reports (UPDATE 42), -1 when it reports none
    std::vector<TracedLock> locks; // relation locks seen while it ran and held after it
    QStringList rewritten; // tables whose relfilenode changed: rewritten with their indexes
    qint64 rewrittenBytes = 0; // their heap size before the statement
    qint64 walBytes = 0;
    double estimateMs = -1; // the estimator's expected duration; -1 unknown
};

struct ColumnSummary
{
    bool exists = false;
    qint64 rows = 0;
    bool sampled = false; // TABLESAMPLE: rows is the table's count, the rest from sampleRows rows
    qint64 sampleRows = 0;
    double nullFraction = 0;
    qint64 distinct = 0;
    QString min, max;
    std::vector<qint64> histogram; // numeric and time columns: counts per bin (Distribution::binEdges)
    std::vector<std::pair<QString, qint64>> topValues; // other columns: the ten most common
};

struct Distribution
{
    QString table;
    QString column;
    bool numeric = false; // numbers and times: histogram, PSI and KS; else top values
    std::vector<double> binEdges; // histogramBins + 1 edges, the same before and after
    ColumnSummary before, after;
    double rowCountChange = 0; // relative
    double nullFractionChange = 0; // absolute
    double psi = -1; // -1 when not computed
    double ks = -1;
    // Rows that no UPDATE setting this column targeted (outside all their WHEREs, evaluated before
    // the migration) whose value changed anyway: triggers, cascades, rules. -1 when not checked,
    // and untargetedNote says why (a new column, an UPDATE without WHERE, no primary key, ...).
    qint64 untargetedChanged = -1;
    qint64 targetedRows = -1; // rows inside the WHEREs
    QStringList untargetedExamples; // primary keys of up to five such rows, as ROW(...)::text
    QString untargetedNote;
    bool flagged = false;
    QStringList reasons; // why it is flagged, one per threshold crossed
};

struct TraceResult
{
    QString error; // empty when every statement ran
    QString errorFile; // where the failing statement is
    int errorLine = 0;
    bool cancelled = false;
    QString scratchDatabase; // the copy's name
    ScratchMethod scratchMethod = ScratchMethod::Automatic; // how it was made (never Automatic once made)
    std::vector<CopiedTable> copiedTables; // copy and local: the tables whose rows were copied
    QStringList scratchNotes; // how the copy differs from the source, and why a method was not used
    bool scratchDropped = false;
    QString sourceDatabase;
    QString serverVersion;
    std::vector<TracedStatement> statements;
    std::vector<Distribution> distributions; // drifted columns first

    bool ok() const { return error.isEmpty() && !cancelled; }
    bool hasDrift() const;
};

// The columns a migration touches, as (table, column): SET in an UPDATE, a type change, a new column.
std::vector<std::pair<QString, QString>> touchedColumns(const repository::Repository &repository, const QString &migration = {});

TraceResult traceRepository(const repository::Repository &repository, const QString &dsn, const TraceOptions &options = {});

// The server's rates as this trace measured them, under the names of a snapshot's
// server.calibration (docs/estimates.md): rewrite_bytes_per_second, row_writes_per_second; only
// those the trace had statements long enough to measure, and none when the trace ran on a local
// server (its speeds are this machine's, not the staging server's).
QHash<QString, double> measuredRates(const TraceResult &result);

QByteArray traceToJson(const TraceResult &result);
QString scratchMethodDescription(ScratchMethod method); // "copying the schema and the touched tables on the same server"
QString traceToText(const TraceResult &result);
QString traceToMarkdown(const TraceResult &result);

// The drift figures of two samples (exposed for tests): PSI over the bins, KS over the values.
double populationStabilityIndex(const std::vector<qint64> &before, const std::vector<qint64> &after);
double kolmogorovSmirnov(std::vector<double> before, std::vector<double> after);

} // namespace migreview::trace
