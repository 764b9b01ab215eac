#pragma once

#include "locks/statementlocks.h"
#include "stats/statssnapshot.h"

#include <QString>
#include <QStringList>

#include <optional>

// How long the work a statement does under its lock takes, from the table's statistics. Every
// figure comes with a range (low, expected, high) and the assumptions it rests on.
namespace migreview::estimate {

// Milliseconds; known is false when there is nothing to base a figure on (reason says why).
struct Duration
{
    double low = 0;
    double expected = 0;
    double high = 0;
    bool known = false;
    QString reason;

    static Duration unknown(const QString &why) { return {0, 0, 0, false, why}; }
    Duration &operator+=(const Duration &other);
};

// A duration in the unit a reader takes in at a glance: "120 ms", "3.5 s", "58 min", "2.4 h".
QString humanDuration(double ms);
// "~3.5 s (1.2 s to 8 s)", or "unknown: why".
QString describeDuration(const Duration &duration);

// Throughputs of one server. The defaults are documented in docs/estimates.md; a calibrated
// snapshot replaces them with rates measured on the server.
struct Rates
{
    double scanBytesPerSecond = 250e6; // sequential read of a heap, partly cached
    double rewriteBytesPerSecond = 80e6; // writing a new heap, WAL included
    double indexRowsPerSecond = 1.0e6; // B-tree build, one process, narrow key, in memory
    double lookupsPerSecond = 4e6; // referencing rows probed per second by a foreign key's validation join
    double joinBuildRowsPerSecond = 2e6; // referenced rows per second into that join's hash table
    double rowWritesPerSecond = 60e3; // UPDATE/DELETE of one row with one index, WAL included
    double catalogMilliseconds = 5; // a catalog-only change once its lock is granted
    double statementOverheadMilliseconds = 5; // the fixed part of a statement that scans or writes a table
    double validateBytesPerSecond = 150e6; // VALIDATE CONSTRAINT's scan (a slower path than ALTER TABLE's own)
    bool calibrated = false;
    // How far reality may stray from the expected figure, as a factor each way.
    double spread() const { return calibrated ? 1.5 : 2.5; }
};

// What the model knows of the table a statement works on.
struct TableFacts
{
    const stats::TableStats *stats = nullptr; // nullptr: not in the snapshot
    bool newAndEmpty = false; // created by this migration and not filled
    qint64 maintenanceWorkMemBytes = 64 * 1024 * 1024;
    int parallelMaintenanceWorkers = 2; // max_parallel_maintenance_workers
};

struct WorkEstimate
{
    Duration duration;
    QStringList assumptions;
};

// The cost of one kind of work on one table. rowsFraction is the share of the table's rows an
// UPDATE/DELETE touches (1 for the whole table), with its own assumption text.
WorkEstimate estimateWork(locks::TableWork work, const TableFacts &table, const Rates &rates, double rowsFraction = 1.0,
                          const QString &rowsAssumption = {});
// VALIDATE CONSTRAINT: a scan at its own rate.
WorkEstimate estimateValidation(const TableFacts &table, const Rates &rates);
// FOREIGN KEY validation: PostgreSQL checks the existing rows with one join query
// (RI_Initial_Check), which scans the referencing table and the referenced one and matches them.
WorkEstimate estimateForeignKeyValidation(const TableFacts &table, const TableFacts &referenced, const Rates &rates);

// "256MB" -> bytes, as PostgreSQL reads memory settings (kB default unit).
std::optional<qint64> memorySettingBytes(const QString &value);

} // namespace migreview::estimate
