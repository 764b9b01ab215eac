#pragma once

#include <QHash>
#include <QString>

// Measuring a server's throughputs for the cost model (docs/estimates.md), on small tables in a
// scratch schema that is dropped afterwards, also on failure.
namespace migreview::stats {

struct CalibrationOptions
{
    int rows = 300000; // rows of the generated table: a few seconds on a small server
};

struct CalibrationResult
{
    // The rates as stored in a snapshot's server.calibration: scan_bytes_per_second,
    // rewrite_bytes_per_second, index_rows_per_second, lookups_per_second (foreign key join probes),
    // join_build_rows_per_second (the join's hash build per referenced row),
    // validate_bytes_per_second, statement_overhead_ms,
    // row_writes_per_second, catalog_ms, plus rows (the table size used).
    QHash<QString, double> rates;
    QString error; // why there are none, in one sentence
};

// Connects with dsn, creates the schema migreview_calibration_<pid>, times a CHECK validation
// (scan), a column type change (rewrite), a CREATE INDEX (index build, one process), a foreign
// key validation (lookups), an UPDATE of every row (row writes) and an ADD COLUMN (catalog), and
// drops the schema. This writes to the server: it runs only when the user asks for it.
CalibrationResult calibrate(const QString &dsn, const CalibrationOptions &options = {});

} // namespace migreview::stats
