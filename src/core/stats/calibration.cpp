#include "calibration.h"
#include "pgconnection.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <libpq-fe.h>

#include <memory>

namespace migreview::stats {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("migreview::stats", text);
}

class Session
{
public:
    explicit Session(const QString &dsn)
        : m_connection(connectPg(dsn, "migreview calibration", &m_connectError))
    {
    }

    bool connected() const { return bool(m_connection); }
    // Why it could not connect, or the server's last message.
    QString message() const { return m_connection ? serverMessage(m_connection.get()) : m_connectError; }

    // Runs sql; returns its wall time in milliseconds, or -1 with error set.
    double timed(const QByteArray &sql, QString *error)
    {
        QElapsedTimer timer;
        timer.start();
        PGresult *result = PQexec(m_connection.get(), sql.constData());
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        const ExecStatusType status = PQresultStatus(result);
        PQclear(result);
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
            *error = tr("calibration statement failed (%1): %2").arg(QString::fromUtf8(sql.left(60)), message());
            return -1;
        }
        return ms;
    }

    double number(const QByteArray &sql)
    {
        PGresult *result = PQexec(m_connection.get(), sql.constData());
        const double value = PQresultStatus(result) == PGRES_TUPLES_OK && PQntuples(result) == 1 ? QByteArray(PQgetvalue(result, 0, 0)).toDouble() : -1;
        PQclear(result);
        return value;
    }

private:
    QString m_connectError;
    PgConnection m_connection;
};

} // namespace

CalibrationResult calibrate(const QString &dsn, const CalibrationOptions &options)
{
    CalibrationResult result;
    Session session(dsn);
    if (!session.connected()) {
        result.error = session.message(); // "cannot connect to the database: ..."
        return result;
    }
    const QByteArray schema = "migreview_calibration_" + QByteArray::number(QCoreApplication::applicationPid());
    const QByteArray rows = QByteArray::number(std::max(10000, options.rows));
    QString error;
    // The schema name is made here from digits only; it is quoted all the same.
    const QByteArray quoted = '"' + schema + '"';
    const auto step = [&](const QByteArray &sql) { return error.isEmpty() ? session.timed(sql, &error) : -1; };

    step("SET max_parallel_maintenance_workers = 0"); // the model scales the one-process rate itself
    step("SET client_min_messages = warning");
    step("SET lock_timeout = '10s'");
    step("CREATE SCHEMA " + quoted);
    if (!error.isEmpty()) {
        result.error = error;
        return result;
    }
    step("CREATE TABLE " + quoted + ".parent (id bigint PRIMARY KEY)");
    step("INSERT INTO " + quoted + ".parent SELECT g FROM generate_series(1, " + rows + ") g");
    step("CREATE TABLE " + quoted + ".t (id bigint, p bigint, a integer, b text, c numeric)");
    step("INSERT INTO " + quoted + ".t SELECT g, 1 + (g::bigint * 7919) % " + rows + ", g % 1000, md5(g::text), g * 1.25 FROM generate_series(1, " + rows + ") g");
    step("CREATE TABLE " + quoted + ".u AS SELECT * FROM " + quoted + ".t");
    step("VACUUM ANALYZE " + quoted + ".t");
    step("VACUUM ANALYZE " + quoted + ".u");
    const double heapBytes = error.isEmpty() ? session.number("SELECT pg_relation_size('" + quoted + ".t')") : -1;
    const double parentBytes = error.isEmpty() ? session.number("SELECT pg_relation_size('" + quoted + ".parent')") : -1;

    // The fixed part of a statement that scans: the same ALTER on a one-row table.
    step("CREATE TABLE " + quoted + ".one (a integer)");
    step("INSERT INTO " + quoted + ".one VALUES (1)");
    const double overheadMs = step("ALTER TABLE " + quoted + ".one ADD CONSTRAINT one_a_check CHECK (a >= 0)");
    const double scanMs = step("ALTER TABLE " + quoted + ".t ADD CONSTRAINT t_a_check CHECK (a >= 0)");
    step("ALTER TABLE " + quoted + ".t ADD CONSTRAINT t_c_check CHECK (c >= 0) NOT VALID");
    const double validateMs = step("ALTER TABLE " + quoted + ".t VALIDATE CONSTRAINT t_c_check");
    // Before any index on p exists, so that the validation join is planned as it is on a table
    // whose foreign key column has no index yet. Twice: against a parent as large as the table and
    // against one a tenth of its size, to tell the cost per parent row (the join's hash build) from
    // the cost per child row (its probes).
    const QByteArray tenth = QByteArray::number(std::max(1000, options.rows / 10));
    step("CREATE TABLE " + quoted + ".small_parent (id bigint PRIMARY KEY)");
    step("INSERT INTO " + quoted + ".small_parent SELECT g FROM generate_series(1, " + tenth + ") g");
    step("CREATE TABLE " + quoted + ".v AS SELECT id, 1 + p % " + tenth + " AS p FROM " + quoted + ".t");
    step("VACUUM ANALYZE " + quoted + ".small_parent");
    step("VACUUM ANALYZE " + quoted + ".v");
    const double vBytes = error.isEmpty() ? session.number("SELECT pg_relation_size('" + quoted + ".v')") : -1;
    const double smallParentBytes = error.isEmpty() ? session.number("SELECT pg_relation_size('" + quoted + ".small_parent')") : -1;
    const double fkMs = step("ALTER TABLE " + quoted + ".t ADD CONSTRAINT t_p_fk FOREIGN KEY (p) REFERENCES " + quoted + ".parent (id)");
    const double fkSmallMs = step("ALTER TABLE " + quoted + ".v ADD CONSTRAINT v_p_fk FOREIGN KEY (p) REFERENCES " + quoted + ".small_parent (id)");
    // On a column in random order: an index on presorted data (a serial key) builds several
    // times faster than the typical one.
    const double indexMs = step("CREATE INDEX t_p_idx ON " + quoted + ".t (p)");
    const double rewriteMs = step("ALTER TABLE " + quoted + ".u ALTER COLUMN a TYPE bigint");
    const double updateMs = step("UPDATE " + quoted + ".t SET a = a + 1"); // one index (t_p_idx) to maintain
    const double catalogMs = step("ALTER TABLE " + quoted + ".t ADD COLUMN z integer");

    QString dropError;
    session.timed("DROP SCHEMA " + quoted + " CASCADE", &dropError); // also after a failure
    // A schema left behind is always said, also after a failure (the server went away).
    const QString leftBehind = dropError.isEmpty() ? QString() : tr("the calibration schema %1 could not be dropped: %2").arg(QString::fromLatin1(schema), dropError);
    if (!error.isEmpty() || !leftBehind.isEmpty()) {
        result.error = error.isEmpty() ? leftBehind : leftBehind.isEmpty() ? error : error + QStringLiteral("; ") + leftBehind;
        return result;
    }
    const double n = rows.toDouble();
    const auto perSecond = [](double amount, double ms) { return amount / std::max(ms, 0.01) * 1000.0; };
    result.rates.insert(QStringLiteral("rows"), n);
    const double overhead = std::clamp(overheadMs, 0.0, scanMs * 0.5);
    result.rates.insert(QStringLiteral("statement_overhead_ms"), std::max(overhead, 0.1));
    // The overhead is not taken off the scans: a table fresh in shared buffers scans faster than
    // one larger than them, which roughly makes up for it.
    result.rates.insert(QStringLiteral("scan_bytes_per_second"), perSecond(heapBytes, scanMs));
    result.rates.insert(QStringLiteral("validate_bytes_per_second"), perSecond(heapBytes, validateMs));
    result.rates.insert(QStringLiteral("index_rows_per_second"), perSecond(n, indexMs));
    // The validation join: scans of both tables, then per parent row (build) and per child row
    // (probe). Two measurements, two unknowns; noise is kept from making either negative.
    const double scanRate = heapBytes / std::max(scanMs, 0.01); // bytes per ms
    const double join1 = std::max(fkMs - (heapBytes + parentBytes) / scanRate, fkMs * 0.2);
    const double join2 = std::max(fkSmallMs - (vBytes + smallParentBytes) / scanRate, fkSmallMs * 0.2);
    const double parentRows = n, smallParentRows = tenth.toDouble();
    const double buildMsPerRow = std::max((join1 - join2) / (parentRows - smallParentRows), join1 / (2 * n) * 0.1);
    const double probeMsPerRow = std::max((join2 - smallParentRows * buildMsPerRow) / n, join2 / n * 0.1);
    result.rates.insert(QStringLiteral("lookups_per_second"), 1000.0 / probeMsPerRow);
    result.rates.insert(QStringLiteral("join_build_rows_per_second"), 1000.0 / buildMsPerRow);
    result.rates.insert(QStringLiteral("rewrite_bytes_per_second"), perSecond(heapBytes, rewriteMs));
    result.rates.insert(QStringLiteral("row_writes_per_second"), perSecond(n, updateMs));
    result.rates.insert(QStringLiteral("catalog_ms"), std::max(catalogMs, 0.1));
    return result;
}

} // namespace migreview::stats
