// Accuracy of the lock-duration estimates, measured: starts PostgreSQL 17 with the test fixture,
// generates tables of 10^5 and 10^6 rows (10^7 with MIGREVIEW_BENCH_LARGE=1) with a realistic
// shape (a referenced parent, an index, text and numeric columns), calibrates the server, then for
// each statement class runs the statement for real inside a transaction, timing it, and while the
// transaction is still open reads from a second connection which locks it holds (pg_locks), to
// check the lock model too. It compares both with migreview's estimate for the same statement on a
// snapshot captured just before. Prints class, rows, estimated, measured, ratio, predicted and
// observed lock on the table, the median absolute error and how many classes are within 2x.
//
//   migreview-bench-estimate-accuracy [--rows N]...
#include "temporarypostgres.h"

#include "estimate/estimator.h"
#include "repository/repository.h"
#include "stats/calibration.h"
#include "stats/snapshotcapture.h"
#include "stats/statssnapshot.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTextStream>

#include <libpq-fe.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace migreview;

namespace {

struct StatementClass
{
    const char *name;
    const char *setup; // run first, not timed (may be empty)
    const char *statement; // timed and estimated
    const char *cleanup; // run after, not timed (may be empty)
};

// In an order that leaves the table as the next class expects it.
const StatementClass classes[] = {
    {"SET NOT NULL", "", "ALTER TABLE bench.t ALTER COLUMN a SET NOT NULL", "ALTER TABLE bench.t ALTER COLUMN a DROP NOT NULL"},
    {"ADD CHECK", "", "ALTER TABLE bench.t ADD CONSTRAINT t_c_check CHECK (c >= 0)", "ALTER TABLE bench.t DROP CONSTRAINT t_c_check"},
    {"ADD FOREIGN KEY", "", "ALTER TABLE bench.t ADD CONSTRAINT t_p_fk FOREIGN KEY (p) REFERENCES bench.parent (id)",
     "ALTER TABLE bench.t DROP CONSTRAINT t_p_fk"},
    {"VALIDATE CONSTRAINT", "ALTER TABLE bench.t ADD CONSTRAINT t_c_check CHECK (c >= 0) NOT VALID",
     "ALTER TABLE bench.t VALIDATE CONSTRAINT t_c_check", "ALTER TABLE bench.t DROP CONSTRAINT t_c_check"},
    {"CREATE INDEX", "", "CREATE INDEX t_a_idx ON bench.t (a)", "DROP INDEX bench.t_a_idx"},
    {"ADD PRIMARY KEY", "", "ALTER TABLE bench.t ADD PRIMARY KEY (id)", ""},
    {"UPDATE one batch", "", "UPDATE bench.t SET note = 'batch' WHERE id BETWEEN 1 AND 10000", "VACUUM bench.t"},
    {"UPDATE all rows", "", "UPDATE bench.t SET note = 'all'", "VACUUM FULL bench.t"},
    {"ALTER COLUMN TYPE", "", "ALTER TABLE bench.t ALTER COLUMN a TYPE bigint", ""},
    {"ADD COLUMN volatile default", "", "ALTER TABLE bench.t ADD COLUMN r double precision DEFAULT random()", ""},
};

bool run(PGconn *connection, const QByteArray &sql, QString *error)
{
    if (sql.isEmpty())
        return true;
    PGresult *result = PQexec(connection, sql.constData());
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK || PQresultStatus(result) == PGRES_TUPLES_OK;
    if (!ok)
        *error = QString::fromUtf8(PQerrorMessage(connection)).trimmed();
    PQclear(result);
    return ok;
}

// migreview's estimate of one statement against a snapshot, through the real path: a repository
// of one migration file.
struct Prediction
{
    estimate::Duration duration;
    locks::LockMode tableLock = locks::LockMode::None; // on bench.t
};

// The strongest lock another session holds on bench.t, from pg_locks.
locks::LockMode observedLock(PGconn *observer, int pid)
{
    const QByteArray sql = "SELECT l.mode FROM pg_locks l JOIN pg_class c ON c.oid = l.relation "
                           "JOIN pg_namespace n ON n.oid = c.relnamespace "
                           "WHERE n.nspname = 'bench' AND c.relname = 't' AND l.granted AND l.pid = "
        + QByteArray::number(pid);
    PGresult *result = PQexec(observer, sql.constData());
    locks::LockMode strongest = locks::LockMode::None;
    static const QHash<QByteArray, locks::LockMode> modes{
        {"AccessShareLock", locks::LockMode::AccessShare}, {"RowShareLock", locks::LockMode::RowShare},
        {"RowExclusiveLock", locks::LockMode::RowExclusive}, {"ShareUpdateExclusiveLock", locks::LockMode::ShareUpdateExclusive},
        {"ShareLock", locks::LockMode::Share}, {"ShareRowExclusiveLock", locks::LockMode::ShareRowExclusive},
        {"ExclusiveLock", locks::LockMode::Exclusive}, {"AccessExclusiveLock", locks::LockMode::AccessExclusive}};
    if (PQresultStatus(result) == PGRES_TUPLES_OK) {
        for (int row = 0; row < PQntuples(result); ++row)
            strongest = std::max(strongest, modes.value(QByteArray(PQgetvalue(result, row, 0))));
    }
    PQclear(result);
    return strongest;
}

Prediction estimateOf(const QByteArray &statement, const stats::StatsSnapshot &snapshot)
{
    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("001_statement.sql")));
    if (!file.open(QIODevice::WriteOnly))
        return {estimate::Duration::unknown(QStringLiteral("cannot write the migration")), locks::LockMode::None};
    file.write(statement + ";\n");
    file.close();
    const repository::Repository repo = repository::loadRepository(dir.path());
    const estimate::EstimateReport report = estimate::estimateRepository(repo, &snapshot);
    Prediction prediction;
    prediction.duration = estimate::Duration::unknown(QStringLiteral("no statement"));
    for (const estimate::StatementEstimate &s : report.statements) {
        for (const locks::RelationLock &lock : s.locks) {
            if (lock.relation == u"bench.t")
                prediction.tableLock = std::max(prediction.tableLock, lock.mode);
        }
        if (s.work != locks::TableWork::CatalogOnly || !prediction.duration.known)
            prediction.duration = s.duration;
    }
    return prediction;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QList<qint64> sizes{100000, 1000000};
    if (qEnvironmentVariableIntValue("MIGREVIEW_BENCH_LARGE") == 1)
        sizes.push_back(10000000);
    const QStringList arguments = app.arguments();
    if (arguments.contains(QStringLiteral("--rows"))) {
        sizes.clear();
        for (qsizetype i = 1; i + 1 < arguments.size(); ++i) {
            if (arguments[i] == u"--rows")
                sizes.push_back(arguments[i + 1].toLongLong());
        }
    }

    TemporaryPostgres postgres;
    if (!postgres.start()) {
        std::fprintf(stderr, "estimate-accuracy: %s\n", qPrintable(postgres.errorString()));
        return 1;
    }
    const QString dsn = postgres.connectionString();
    const stats::CalibrationResult calibration = stats::calibrate(dsn);
    if (!calibration.error.isEmpty()) {
        std::fprintf(stderr, "estimate-accuracy: %s\n", qPrintable(calibration.error));
        return 1;
    }
    out << "calibration:";
    for (auto it = calibration.rates.begin(); it != calibration.rates.end(); ++it)
        out << ' ' << it.key() << '=' << QString::number(it.value(), 'g', 4);
    out << "\n\n" << QStringLiteral("%1 %2 %3 %4 %5  %6\n").arg(QStringLiteral("class"), -28).arg(QStringLiteral("rows"), 9)
                             .arg(QStringLiteral("estimated"), 12).arg(QStringLiteral("measured"), 12).arg(QStringLiteral("ratio"), 7)
                             .arg(QStringLiteral("lock on the table: predicted / observed"));
    out.flush();

    PGconn *connection = PQconnectdb(dsn.toUtf8().constData());
    PGconn *observer = PQconnectdb(dsn.toUtf8().constData()); // reads pg_locks while a statement's transaction is open
    QString setupError;
    run(connection, "SET client_min_messages = warning", &setupError);
    const int pid = PQbackendPID(connection);
    int lockMismatches = 0;
    std::vector<double> errors;
    int within2x = 0;
    int failures = 0;
    for (const qint64 rows : sizes) {
        const QByteArray n = QByteArray::number(rows);
        QString error;
        const bool ready = run(connection, "DROP SCHEMA IF EXISTS bench CASCADE", &error) && run(connection, "CREATE SCHEMA bench", &error)
            && run(connection, "CREATE TABLE bench.parent (id bigint PRIMARY KEY, name text)", &error)
            && run(connection, "INSERT INTO bench.parent SELECT g, 'customer ' || g FROM generate_series(1, " + QByteArray::number(std::max<qint64>(rows / 10, 1)) + ") g", &error)
            && run(connection, "CREATE TABLE bench.t (id bigint NOT NULL, p bigint NOT NULL, a integer, c numeric(12, 2), note text, created_at timestamptz)", &error)
            && run(connection, "INSERT INTO bench.t SELECT g, 1 + g % " + QByteArray::number(std::max<qint64>(rows / 10, 1)) + ", g % 1000, g * 0.5, md5(g::text), now() - g * interval '1 second' FROM generate_series(1, " + n + ") g", &error)
            && run(connection, "CREATE INDEX t_p_idx ON bench.t (p)", &error) && run(connection, "VACUUM ANALYZE bench.t", &error)
            && run(connection, "VACUUM ANALYZE bench.parent", &error);
        if (!ready) {
            std::fprintf(stderr, "estimate-accuracy: setup of %lld rows failed: %s\n", qlonglong(rows), qPrintable(error));
            return 1;
        }
        for (const StatementClass &c : classes) {
            if (!run(connection, c.setup, &error) || !run(connection, "ANALYZE bench.t", &error)) {
                std::fprintf(stderr, "estimate-accuracy: %s setup failed: %s\n", c.name, qPrintable(error));
                ++failures;
                continue;
            }
            stats::CaptureOptions options;
            options.schemas = {QStringLiteral("bench")};
            const stats::SnapshotCapture capture = stats::captureSnapshot(dsn, options);
            stats::SnapshotLoad load = stats::parseSnapshot(capture.json);
            if (!load.snapshot) {
                std::fprintf(stderr, "estimate-accuracy: snapshot failed: %s %s\n", qPrintable(capture.error), qPrintable(load.error));
                return 1;
            }
            load.snapshot->calibration = calibration.rates;
            const QByteArray statement(c.statement);
            const Prediction predicted = estimateOf(statement, *load.snapshot);
            const estimate::Duration &estimated = predicted.duration;
            // In a transaction, so that its locks are still held when the second connection looks.
            run(connection, "BEGIN", &error);
            QElapsedTimer timer;
            timer.start();
            const bool ok = run(connection, statement, &error);
            const double measured = double(timer.nsecsElapsed()) / 1e6;
            const locks::LockMode observed = ok ? observedLock(observer, pid) : locks::LockMode::None;
            run(connection, ok ? "COMMIT" : "ROLLBACK", &error);
            run(connection, c.cleanup, &error);
            if (!ok || !estimated.known) {
                std::fprintf(stderr, "estimate-accuracy: %s: %s\n", c.name, qPrintable(ok ? estimated.reason : error));
                ++failures;
                continue;
            }
            const double ratio = estimated.expected / measured;
            errors.push_back(std::abs(estimated.expected - measured) / measured);
            within2x += ratio >= 0.5 && ratio <= 2.0;
            const bool lockMatches = observed == predicted.tableLock;
            lockMismatches += !lockMatches;
            out << QStringLiteral("%1 %2 %3 %4 %5  %6 / %7%8\n")
                       .arg(QString::fromLatin1(c.name), -28)
                       .arg(rows, 9)
                       .arg(QString::number(estimated.expected, 'f', 1) + QStringLiteral(" ms"), 12)
                       .arg(QString::number(measured, 'f', 1) + QStringLiteral(" ms"), 12)
                       .arg(QString::number(ratio, 'f', 2), 7)
                       .arg(locks::lockModeName(predicted.tableLock), locks::lockModeName(observed),
                            lockMatches ? QString() : QStringLiteral("  MISMATCH"));
            out.flush();
        }
    }
    PQfinish(connection);
    PQfinish(observer);
    std::sort(errors.begin(), errors.end());
    const double median = errors.empty() ? 0 : errors.size() % 2 ? errors[errors.size() / 2] : (errors[errors.size() / 2 - 1] + errors[errors.size() / 2]) / 2;
    out << '\n'
        << QStringLiteral("median absolute error: %1% over %2 measurements (target at most 30%)\n").arg(median * 100, 0, 'f', 1).arg(errors.size())
        << QStringLiteral("within 2x: %1 of %2 (target: all)\n").arg(within2x).arg(errors.size())
        << QStringLiteral("lock on the table as predicted: %1 of %2\n").arg(qsizetype(errors.size()) - lockMismatches).arg(errors.size());
    return failures == 0 ? 0 : 1;
}
