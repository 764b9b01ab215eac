#include "costmodel.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace migreview::estimate {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("migreview::estimate", text, disambiguation, n);
}

Duration around(double expectedMs, const Rates &rates)
{
    const double spread = rates.spread();
    return {expectedMs / spread, expectedMs, expectedMs * spread, true, {}};
}

QString megabytes(qint64 bytes)
{
    // In PostgreSQL's units: MB is 1024 * 1024 bytes, as in maintenance_work_mem.
    const double mb = double(bytes) / (1024.0 * 1024.0);
    return QString::number(mb, 'f', mb < 10 ? 1 : 0) + QStringLiteral(" MB");
}

QString rowCount(double rows)
{
    return QLocale::c().toString(qint64(std::llround(std::min(rows, 9.0e18))));
}

double heapBytes(const stats::TableStats &table)
{
    return double(table.tableBytes + table.toastBytes);
}

double rowsOf(const stats::TableStats &table)
{
    return double(table.liveRows >= 0 ? std::max(table.rows, table.liveRows) : table.rows);
}

// A B-tree build: sort and write. Parallel workers help B-trees only (CREATE INDEX page), and a
// sort larger than maintenance_work_mem spills to disk.
// How many workers PostgreSQL gives a B-tree build (plan_create_index_workers): none below
// min_parallel_table_scan_size (8 MB) of heap, then one more each time the heap triples, up to
// max_parallel_maintenance_workers, and only while each participant gets 32 MB of
// maintenance_work_mem.
int indexBuildWorkers(const TableFacts &table)
{
    const double heap = table.stats ? heapBytes(*table.stats) : 0;
    constexpr double minimum = 8.0 * 1024 * 1024;
    if (heap < minimum)
        return 0;
    int workers = 1 + int(std::floor(std::log(heap / minimum) / std::log(3.0)));
    workers = std::min(workers, table.parallelMaintenanceWorkers);
    while (workers > 0 && double(table.maintenanceWorkMemBytes) / (workers + 1) < 32.0 * 1024 * 1024)
        --workers;
    return std::max(0, workers);
}

double indexBuildMs(double rows, double keyBytes, const TableFacts &table, const Rates &rates, QStringList &assumptions)
{
    const int workers = indexBuildWorkers(table);
    const double speedup = 1.0 + 0.6 * workers;
    double ms = rows / (rates.indexRowsPerSecond * speedup) * 1000.0;
    const double sortBytes = rows * (keyBytes + 16);
    if (sortBytes > double(table.maintenanceWorkMemBytes)) {
        ms *= 1.4;
        assumptions.push_back(tr("the sort (%1) exceeds maintenance_work_mem (%2) and spills to disk")
                                  .arg(megabytes(qint64(std::min(sortBytes, 9.0e18))), megabytes(table.maintenanceWorkMemBytes)));
    }
    if (workers > 0)
        assumptions.push_back(tr("%n parallel maintenance worker(s) for B-tree builds", nullptr, workers));
    else
        assumptions.push_back(tr("no parallel workers: the heap is too small or maintenance_work_mem too low"));
    return ms;
}

} // namespace

QString humanDuration(double ms)
{
    // Two significant figures are all an estimate has; more would suggest precision it lacks.
    const auto figure = [](double value) {
        return QLocale().toString(value, 'f', value < 10 ? 1 : 0);
    };
    if (!std::isfinite(ms) || ms < 0)
        return tr("unknown");
    if (ms < 1000)
        return tr("%1 ms").arg(QLocale().toString(qint64(std::llround(ms))));
    if (ms < 60'000)
        return tr("%1 s").arg(figure(ms / 1000));
    if (ms < 3'600'000)
        return tr("%1 min").arg(figure(ms / 60'000));
    if (ms < 48 * 3'600'000.0)
        return tr("%1 h").arg(figure(ms / 3'600'000));
    return tr("%1 days").arg(figure(ms / 86'400'000));
}

QString describeDuration(const Duration &duration)
{
    if (!duration.known)
        return tr("unknown: %1").arg(duration.reason);
    return tr("~%1 (%2 to %3)").arg(humanDuration(duration.expected), humanDuration(duration.low), humanDuration(duration.high));
}

Duration &Duration::operator+=(const Duration &other)
{
    if (!known || !other.known) {
        if (known)
            reason = other.reason;
        known = false;
        return *this;
    }
    low += other.low;
    expected += other.expected;
    high += other.high;
    return *this;
}

std::optional<qint64> memorySettingBytes(const QString &value)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^\s*(\d+)\s*(kB|MB|GB|TB|B)?\s*$)"));
    const QRegularExpressionMatch match = pattern.match(value);
    if (!match.hasMatch())
        return std::nullopt;
    const qint64 number = match.captured(1).toLongLong();
    const QString unit = match.captured(2);
    if (unit == u"B")
        return number;
    if (unit == u"MB")
        return number * 1024 * 1024;
    if (unit == u"GB")
        return number * 1024 * 1024 * 1024;
    if (unit == u"TB")
        return number * 1024LL * 1024 * 1024 * 1024;
    return number * 1024; // kB, PostgreSQL's unit for memory settings
}

WorkEstimate estimateWork(locks::TableWork work, const TableFacts &table, const Rates &rates, double rowsFraction,
                          const QString &rowsAssumption)
{
    WorkEstimate result;
    if (work == locks::TableWork::CatalogOnly || table.newAndEmpty) {
        result.duration = {1, rates.catalogMilliseconds, 50, true, {}};
        result.assumptions.push_back(table.newAndEmpty && work != locks::TableWork::CatalogOnly
                                         ? tr("the table is created by this migration and still empty")
                                         : tr("catalog change only, once the lock is granted"));
        return result;
    }
    if (!table.stats) {
        result.duration = Duration::unknown(tr("the table is not in the statistics snapshot"));
        return result;
    }
    const stats::TableStats &t = *table.stats;
    const double rows = rowsOf(t);
    switch (work) {
    case locks::TableWork::Scan:
        result.duration = around(heapBytes(t) / rates.scanBytesPerSecond * 1000.0, rates);
        result.assumptions.push_back(tr("reads %1 of heap at %2/s").arg(megabytes(qint64(std::min(heapBytes(t), 9.0e18))), megabytes(qint64(std::min(rates.scanBytesPerSecond, 9.0e18)))));
        break;
    case locks::TableWork::IndexBuild: {
        const double keyBytes = 8; // one narrow key column: the common case
        result.duration = around(indexBuildMs(rows, keyBytes, table, rates, result.assumptions), rates);
        result.assumptions.prepend(tr("sorts %1 rows into a new index at %2 rows/s").arg(rowCount(rows), rowCount(rates.indexRowsPerSecond)));
        break;
    }
    case locks::TableWork::Rewrite: {
        double ms = heapBytes(t) / rates.rewriteBytesPerSecond * 1000.0;
        for (size_t i = 0; i < t.indexes.size(); ++i)
            ms += indexBuildMs(rows, 8, table, rates, result.assumptions);
        result.assumptions.removeDuplicates();
        result.duration = around(ms, rates);
        result.assumptions.prepend(tr("writes %1 of heap at %2/s and rebuilds %n index(es)", nullptr, int(t.indexes.size()))
                                       .arg(megabytes(qint64(std::min(heapBytes(t), 9.0e18))), megabytes(qint64(std::min(rates.rewriteBytesPerSecond, 9.0e18)))));
        break;
    }
    case locks::TableWork::RowWrites: {
        const double matched = rows * std::clamp(rowsFraction, 0.0, 1.0);
        const double perRowRate = rates.rowWritesPerSecond / (1.0 + 0.25 * std::max<qsizetype>(0, qsizetype(t.indexes.size()) - 1));
        result.duration = around(matched / perRowRate * 1000.0, rates);
        result.assumptions.push_back(tr("writes %1 rows at %2 rows/s (%n index(es) to update)", nullptr, int(t.indexes.size()))
                                         .arg(rowCount(matched), rowCount(perRowRate)));
        if (!rowsAssumption.isEmpty())
            result.assumptions.push_back(rowsAssumption);
        break;
    }
    case locks::TableWork::CatalogOnly:
        break;
    }
    // Every statement also pays a fixed part: planning, catalog updates, invalidation, commit.
    result.duration += around(rates.statementOverheadMilliseconds, rates);
    if (!rates.calibrated)
        result.assumptions.push_back(tr("default rates (the snapshot is not calibrated)"));
    return result;
}

WorkEstimate estimateValidation(const TableFacts &table, const Rates &rates)
{
    Rates validating = rates;
    validating.scanBytesPerSecond = rates.validateBytesPerSecond;
    return estimateWork(locks::TableWork::Scan, table, validating);
}

WorkEstimate estimateForeignKeyValidation(const TableFacts &table, const TableFacts &referenced, const Rates &rates)
{
    WorkEstimate result = estimateWork(locks::TableWork::Scan, table, rates);
    if (!result.duration.known || table.newAndEmpty || !table.stats)
        return result;
    if (referenced.stats && !referenced.newAndEmpty) {
        result.duration += around(heapBytes(*referenced.stats) / rates.scanBytesPerSecond * 1000.0, rates);
        result.assumptions.insert(1, tr("reads the referenced table's %1 too").arg(megabytes(qint64(std::min(heapBytes(*referenced.stats), 9.0e18)))));
    }
    // The join builds on the referenced rows and probes with the referencing ones.
    const double rows = rowsOf(*table.stats);
    const double parentRows = referenced.stats && !referenced.newAndEmpty ? rowsOf(*referenced.stats) : 0;
    result.duration += around((rows / rates.lookupsPerSecond + parentRows / rates.joinBuildRowsPerSecond) * 1000.0, rates);
    result.assumptions.insert(1, tr("joins %1 referencing rows at %2 rows/s with %3 referenced rows at %4 rows/s")
                                     .arg(rowCount(rows), rowCount(rates.lookupsPerSecond), rowCount(parentRows), rowCount(rates.joinBuildRowsPerSecond)));
    return result;
}

} // namespace migreview::estimate
