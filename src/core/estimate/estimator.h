#pragma once

#include "costmodel.h"

#include "locks/statementlocks.h"
#include "repository/repository.h"
#include "stats/statssnapshot.h"

#include <vector>

// Per statement of a repository: the locks, the work under them, how long that work takes on
// tables of the snapshot's size, and how long each lock is held (to the end of its transaction).
namespace migreview::estimate {

struct StatementEstimate
{
    QString file;
    QString migration;
    int line = 0;
    int column = 0;
    QString commandTag;
    std::vector<locks::RelationLock> locks;
    locks::TableWork work = locks::TableWork::CatalogOnly; // the heaviest of its locks
    QString workedTable; // the table the work is done on (empty: catalog only)
    Duration duration; // the statement itself
    Duration hold; // from the statement to the end of its transaction: how long its locks are held
    bool inTransaction = false;
    int transactionUnit = 0; // statements with the same number run in one transaction
    QStringList assumptions;
};

struct TableTotal
{
    QString table;
    locks::LockMode strongest = locks::LockMode::None;
    // Per transaction, from the first statement that takes the lock to the commit, summed over
    // the transactions: how long writes wait (SHARE-level and stronger) and reads too (ACCESS
    // EXCLUSIVE).
    Duration blockingWrites;
    Duration blockingReads;
};

struct MigrationTotal
{
    QString migration;
    Duration duration;
};

struct EstimateReport
{
    QString statsSource; // the snapshot's source, or empty without one
    bool calibrated = false;
    int pgVersion = 17;
    std::vector<StatementEstimate> statements;
    std::vector<MigrationTotal> migrations;
    std::vector<TableTotal> tables;
};

struct EstimateOptions
{
    int pgVersion = 0; // 0: the snapshot's server version, else 17
    // With a git range the whole history is walked (sizes and schema need it), but only the
    // statements of the migrations the range added or modified are reported, unless this is set.
    bool rangeContext = false;
};

// snapshot may be null: every statement that works on a table is then unknown, with the reason.
EstimateReport estimateRepository(const repository::Repository &repository, const stats::StatsSnapshot *snapshot,
                                  const EstimateOptions &options = {});

// Keeps the statements and totals of the migrations a git range added or modified (the tables'
// totals recomputed from them); nothing changes without a range.
void keepRange(EstimateReport &report, const repository::Repository &repository);
// The per-table totals of report.tables, from its statements.
void totalTables(EstimateReport &report);

// Rates for a snapshot: its calibration when it has one, else the documented defaults.
Rates ratesFor(const stats::StatsSnapshot *snapshot);

} // namespace migreview::estimate
