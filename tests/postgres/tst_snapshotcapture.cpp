// migreview snapshot against a real PostgreSQL 17 from the fixture: what the capture reads, that it
// reads only, that names are never pasted into SQL, and the errors of a refused connection.
#include "temporarypostgres.h"

#include "stats/connection.h"
#include "stats/calibration.h"
#include "stats/snapshotcapture.h"
#include "stats/statssnapshot.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QElapsedTimer>
#include <QTest>
#include <QtConcurrent>

#include <libpq-fe.h>

using namespace migreview;

namespace {

QString normalised(QString sql)
{
    sql.remove(QRegularExpression(QStringLiteral("--[^\n]*")));
    return sql.simplified().remove(QRegularExpression(QStringLiteral(";$")));
}

} // namespace

class TestSnapshotCapture : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_postgres.start(), qPrintable(m_postgres.errorString()));
        QString error;
        QVERIFY2(executeSql(m_postgres.connectionString(),
                         "CREATE SCHEMA app;"
                         "CREATE SCHEMA \"Other; DROP TABLE app.orders\";"
                         "CREATE TABLE app.customers (id bigint PRIMARY KEY, name text NOT NULL);"
                         "CREATE TABLE app.orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES app.customers, "
                         "  total numeric(12, 2), note varchar(40), created_at timestamptz NOT NULL DEFAULT now());"
                         "CREATE INDEX orders_customer_id_idx ON app.orders (customer_id);"
                         "CREATE INDEX orders_lower_note_idx ON app.orders (lower(note));"
                         "INSERT INTO app.customers SELECT g, 'customer ' || g FROM generate_series(1, 100) g;"
                         "INSERT INTO app.orders (id, customer_id, total, note) "
                         "  SELECT g, 1 + g % 100, g * 1.5, CASE WHEN g % 4 = 0 THEN NULL ELSE 'n' || (g % 7) END FROM generate_series(1, 5000) g;"
                         "ALTER TABLE app.orders ADD CONSTRAINT orders_total_positive CHECK (total > 0) NOT VALID;"
                         "CREATE TABLE \"Other; DROP TABLE app.orders\".t (x int);"
                         "ANALYZE;",
                         &error),
                 qPrintable(error));
    }

    void capturesTablesColumnsAndIndexes()
    {
        stats::CaptureOptions options;
        options.schemas = {QStringLiteral("app")};
        options.source = QStringLiteral("fixture");
        const stats::SnapshotCapture capture = stats::captureSnapshot(m_postgres.connectionString(), options);
        QVERIFY2(capture.error.isEmpty(), qPrintable(capture.error));
        const stats::SnapshotLoad load = stats::parseSnapshot(capture.json);
        QVERIFY2(load.snapshot, qPrintable(load.error));
        const stats::StatsSnapshot &snapshot = *load.snapshot;
        QCOMPARE(snapshot.source, QStringLiteral("fixture"));
        QCOMPARE(snapshot.serverVersionNumber / 10000, 17);
        QCOMPARE(snapshot.tables.size(), size_t(2)); // only the schema asked for
        const stats::TableStats *orders = snapshot.table(QStringLiteral("app.orders"));
        QVERIFY(orders);
        QCOMPARE(orders->rows, qint64(5000)); // ANALYZE read every row of so small a table
        QVERIFY(orders->tableBytes >= 8192);
        QVERIFY(orders->totalBytes >= orders->tableBytes + orders->indexBytes);
        QCOMPARE(orders->columns.size(), size_t(5));
        QCOMPARE(orders->columns[3].name, QStringLiteral("note"));
        QCOMPARE(orders->columns[3].type, QStringLiteral("character varying(40)"));
        QVERIFY(qAbs(orders->columns[3].nullFraction - 0.25) < 0.01);
        QVERIFY(orders->columns[4].notNull);
        QCOMPARE(orders->indexes.size(), size_t(3));
        QStringList indexColumns;
        for (const stats::IndexStats &index : orders->indexes)
            indexColumns.push_back(index.name + u'=' + index.columns.join(u','));
        indexColumns.sort();
        // Version 2: pages, live rows, freshness, defaults, distributions, definitions, constraints.
        QCOMPARE(snapshot.formatVersion, 2);
        QCOMPARE(snapshot.blockSize, 8192);
        QVERIFY(snapshot.settings.contains(QStringLiteral("work_mem")));
        QVERIFY(orders->pages > 0);
        QCOMPARE(orders->liveRows, qint64(5000));
        QVERIFY(orders->lastAnalyze.isValid());
        QCOMPARE(orders->columns[4].defaultExpression, QStringLiteral("now()"));
        QCOMPARE(orders->columns[3].mostCommonValues.size(), 7); // 'n0' ... 'n6'
        QCOMPARE(orders->columns[3].mostCommonFrequencies.size(), 7);
        QVERIFY(orders->columns[2].histogramBounds.size() > 10); // total: every value distinct
        for (const stats::IndexStats &index : orders->indexes) {
            QVERIFY(index.valid);
            QVERIFY2(index.definition.startsWith(QStringLiteral("CREATE ")), qPrintable(index.definition));
        }
        QStringList constraints;
        for (const stats::ConstraintStats &constraint : orders->constraints)
            constraints.push_back(constraint.name + u'/' + constraint.kind + (constraint.validated ? QString() : QStringLiteral("/not valid")));
        QCOMPARE(constraints, (QStringList{QStringLiteral("orders_customer_id_fkey/foreign key"), QStringLiteral("orders_pkey/primary key"),
                                           QStringLiteral("orders_total_positive/check/not valid")}));
        QCOMPARE(indexColumns, (QStringList{QStringLiteral("orders_customer_id_idx=customer_id"), QStringLiteral("orders_lower_note_idx=lower(note::text)"),
                                            QStringLiteral("orders_pkey=id")}));
    }

    void schemaNamesAreParametersNotSql()
    {
        // A schema whose name is SQL is matched as a name; nothing is executed.
        stats::CaptureOptions options;
        options.schemas = {QStringLiteral("Other; DROP TABLE app.orders")};
        const stats::SnapshotCapture capture = stats::captureSnapshot(m_postgres.connectionString(), options);
        QVERIFY2(capture.error.isEmpty(), qPrintable(capture.error));
        const stats::SnapshotLoad load = stats::parseSnapshot(capture.json);
        QVERIFY(load.snapshot);
        QCOMPARE(load.snapshot->tables.size(), size_t(1));
        QCOMPARE(load.snapshot->tables.front().schema, QStringLiteral("Other; DROP TABLE app.orders"));
        const stats::SnapshotCapture again = stats::captureSnapshot(m_postgres.connectionString(), {{}, {QStringLiteral("app")}});
        QVERIFY(stats::parseSnapshot(again.json).snapshot->table(QStringLiteral("app.orders")));
    }

    void worksForARoleThatMayOnlyRead()
    {
        // The capture needs no write right: a role with pg_read_all_data, read-only by default.
        QString error;
        QVERIFY2(executeSql(m_postgres.connectionString(),
                         "CREATE ROLE reader LOGIN; GRANT pg_read_all_data TO reader;"
                         "ALTER ROLE reader SET default_transaction_read_only = on",
                         &error),
                 qPrintable(error));
        QString readerDsn = m_postgres.connectionString();
        readerDsn.replace(QRegularExpression(QStringLiteral("user=\\S+")), QStringLiteral("user=reader"));
        const stats::SnapshotCapture asReader = stats::captureSnapshot(readerDsn, {{}, {QStringLiteral("app")}});
        QVERIFY2(asReader.error.isEmpty(), qPrintable(asReader.error));
        QVERIFY(stats::parseSnapshot(asReader.json).snapshot->table(QStringLiteral("app.orders"))->columns[3].nullFraction > 0.2);
        // Calibration writes: a role that may not create a schema gets one sentence and no file.
        const stats::SnapshotCapture calibrated = stats::captureSnapshot(readerDsn, {{}, {QStringLiteral("app")}, 10, true, 20000});
        QVERIFY(calibrated.json.isEmpty());
        QVERIFY2(calibrated.error.startsWith(QStringLiteral("calibration failed: ")), qPrintable(calibrated.error));
    }

    void refusedConnectionIsOneSentence()
    {
        const QString dsn = QStringLiteral("host=%1 port=1 dbname=nothing connect_timeout=2").arg(m_postgres.socketDirectory());
        const stats::SnapshotCapture capture = stats::captureSnapshot(dsn);
        QVERIFY(capture.json.isEmpty());
        QVERIFY2(capture.error.startsWith(QStringLiteral("cannot connect to the database: ")), qPrintable(capture.error));
        const stats::SnapshotCapture noDatabase = stats::captureSnapshot(m_postgres.connectionString(QStringLiteral("no_such_db")));
        QVERIFY2(noDatabase.error.contains(QStringLiteral("no_such_db")), qPrintable(noDatabase.error));
    }

    // The workbench's connection form: fields to a libpq string (quoted), then a check.
    void testsAConnectionFromFormFields()
    {
        stats::ConnectionParameters fields;
        fields.host = m_postgres.socketDirectory();
        fields.port = QString::number(m_postgres.port());
        fields.database = QStringLiteral("postgres");
        fields.user = TemporaryPostgres::userName();
        fields.password = QStringLiteral("it's a \\secret"); // trust authentication ignores it
        const QString dsn = stats::connectionString(fields);
        QVERIFY2(dsn.contains(QStringLiteral("password='it\\'s a \\\\secret'")), qPrintable(dsn));
        QVERIFY(!dsn.contains(QStringLiteral("service=")));
        const stats::ConnectionCheck check = stats::testConnection(dsn);
        QVERIFY2(check.ok(), qPrintable(check.error));
        QVERIFY2(check.serverVersion.startsWith(QStringLiteral("17.")), qPrintable(check.serverVersion));
        QCOMPARE(check.database, QStringLiteral("postgres"));
        QCOMPARE(check.user, TemporaryPostgres::userName());

        fields.database = QStringLiteral("no such db");
        const stats::ConnectionCheck missing = stats::testConnection(stats::connectionString(fields));
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error.contains(QStringLiteral("no such db")), qPrintable(missing.error));
        fields.port = QStringLiteral("1");
        const stats::ConnectionCheck refused = stats::testConnection(stats::connectionString(fields), 2);
        QVERIFY2(refused.error.startsWith(QStringLiteral("cannot connect to the database: ")), qPrintable(refused.error));
    }

    void commandLine()
    {
        QTemporaryDir dir;
        const QString output = dir.filePath(QStringLiteral("stats.json"));
        const QString binary = qEnvironmentVariable("MIGREVIEW_BIN_DIR") + QStringLiteral("/migreview");
        QProcess process;
        process.start(binary, {QStringLiteral("snapshot"), QStringLiteral("--dsn"), m_postgres.connectionString(), QStringLiteral("-o"), output,
                               QStringLiteral("--schema"), QStringLiteral("app")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 0);
        const stats::SnapshotLoad load = stats::loadSnapshot(output);
        QVERIFY2(load.snapshot, qPrintable(load.error));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("stats.json")}); // no temporary left
        QFile written(output);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray text = written.readAll();
        QVERIFY2(!text.contains(m_postgres.socketDirectory().toUtf8()), "the connection string leaked into the snapshot");
        QVERIFY(text.contains("\"source\": \"postgres\"")); // the database's name, not the DSN

        // A refused connection: one line on stderr, exit 2, and no file.
        const QString missing = dir.filePath(QStringLiteral("none.json"));
        process.start(binary, {QStringLiteral("snapshot"), QStringLiteral("--dsn"),
                               QStringLiteral("host=%1 port=1 connect_timeout=2").arg(m_postgres.socketDirectory()), QStringLiteral("-o"), missing});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(!QFile::exists(missing));
        const QString stderrText = QString::fromUtf8(process.readAllStandardError());
        QVERIFY2(stderrText.startsWith(QStringLiteral("migreview snapshot: cannot connect to the database")), qPrintable(stderrText));
    }

    void calibrationMeasuresRatesAndCleansUp()
    {
        stats::CaptureOptions options;
        options.schemas = {QStringLiteral("app")};
        options.calibrate = true;
        options.calibrationRows = 20000;
        const stats::SnapshotCapture capture = stats::captureSnapshot(m_postgres.connectionString(), options);
        QVERIFY2(capture.error.isEmpty(), qPrintable(capture.error));
        const stats::SnapshotLoad load = stats::parseSnapshot(capture.json);
        QVERIFY2(load.snapshot, qPrintable(load.error));
        const QHash<QString, double> &rates = load.snapshot->calibration;
        for (const char *key : {"scan_bytes_per_second", "rewrite_bytes_per_second", "index_rows_per_second", "lookups_per_second",
                                "join_build_rows_per_second", "row_writes_per_second", "catalog_ms", "statement_overhead_ms",
                                "validate_bytes_per_second"}) {
            QVERIFY2(rates.value(QLatin1StringView(key)) > 0, key);
        }
        QCOMPARE(rates.value(QStringLiteral("rows")), 20000.0);
        // Plausible orders of magnitude for any machine that runs the tests.
        QVERIFY(rates.value(QStringLiteral("scan_bytes_per_second")) > 1e6);
        QVERIFY(rates.value(QStringLiteral("index_rows_per_second")) > 1e4);
        // The scratch schema is gone.
        QString error;
        QVERIFY(executeSql(m_postgres.connectionString(),
                        "DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_namespace WHERE nspname LIKE 'migreview_calibration_%') "
                        "THEN RAISE EXCEPTION 'calibration schema left behind'; END IF; END $$",
                        &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void captureQueryIsTheDocumentedOne()
    {
        QFile doc(QStringLiteral(MIGREVIEW_SOURCE_DIR "/docs/stats-snapshot.md"));
        QFile code(QStringLiteral(MIGREVIEW_SOURCE_DIR "/src/core/stats/capture.sql"));
        QVERIFY(doc.open(QIODevice::ReadOnly) && code.open(QIODevice::ReadOnly));
        const QString markdown = QString::fromUtf8(doc.readAll());
        const qsizetype start = markdown.indexOf(QStringLiteral("```sql\n-- migreview statistics snapshot"));
        QVERIFY(start >= 0);
        QString documented = markdown.mid(start + 7, markdown.indexOf(QStringLiteral("```"), start + 7) - start - 7);
        documented.replace(QStringLiteral(":'source'"), QStringLiteral("$1::text"));
        QString compiled = QString::fromUtf8(code.readAll());
        compiled.remove(QRegularExpression(QStringLiteral(R"(\s*AND \(cardinality\(\$2::text\[\]\) = 0 OR n\.nspname = ANY \(\$2::text\[\]\)\))")));
        QCOMPARE(normalised(compiled), normalised(documented));
    }

    // Failure injection: the server dies while the capture query runs. The query is short, so a
    // second session holds ACCESS EXCLUSIVE on app.orders and the capture waits for it (inside its
    // 10 s lock_timeout) in pg_relation_size; the server is killed while it waits. The capture ends
    // at once with one clear sentence and no JSON; the data is unchanged once the server is back.
    void serverKilledDuringSnapshotCapture()
    {
        const QString before = checksum();
        const QString dsn = m_postgres.connectionString();
        PGconn *blocker = PQconnectdb(dsn.toUtf8().constData());
        QCOMPARE(PQstatus(blocker), CONNECTION_OK);
        PGresult *locked = PQexec(blocker, "BEGIN; LOCK TABLE app.orders IN ACCESS EXCLUSIVE MODE");
        QCOMPARE(PQresultStatus(locked), PGRES_COMMAND_OK);
        PQclear(locked);

        stats::CaptureOptions options;
        options.schemas = {QStringLiteral("app")};
        QFuture<stats::SnapshotCapture> running = QtConcurrent::run([dsn, options] { return stats::captureSnapshot(dsn, options); });
        QTRY_VERIFY_WITH_TIMEOUT(count("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'migreview snapshot' "
                                       "AND wait_event_type = 'Lock'") == 1,
                                 8000);
        QElapsedTimer timer;
        timer.start();
        m_postgres.killServer();
        running.waitForFinished();
        PQfinish(blocker);
        QVERIFY2(timer.elapsed() < 8000, "the capture did not notice the server was gone");
        const stats::SnapshotCapture capture = running.result();
        QVERIFY(capture.json.isEmpty());
        QVERIFY2(capture.error.startsWith(QStringLiteral("the capture query failed: ")), qPrintable(capture.error));
        QVERIFY2(!capture.error.contains(u'\n'), qPrintable(capture.error));
        QString error;
        QVERIFY2(m_postgres.restart(&error), qPrintable(error));
        QCOMPARE(checksum(), before);
        // And with the server back, a capture works again.
        const stats::SnapshotCapture again = stats::captureSnapshot(m_postgres.connectionString(), options);
        QVERIFY2(again.error.isEmpty(), qPrintable(again.error));
    }

    // Failure injection: the server dies during a calibration. It ends at once with the reason and
    // names the scratch schema it could not drop; once the server is back, the user's tables are
    // as they were. (Last: the server comes back on another port.)
    void serverKilledDuringCalibration()
    {
        const QString before = checksum();
        const QString dsn = m_postgres.connectionString();
        QFuture<stats::CalibrationResult> running = QtConcurrent::run([dsn] { return stats::calibrate(dsn, {3000000}); });
        QTRY_VERIFY_WITH_TIMEOUT(count("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'migreview_calibration_%'") == 1, 30000);
        QTest::qWait(300);
        QElapsedTimer timer;
        timer.start();
        m_postgres.killServer();
        running.waitForFinished();
        QVERIFY2(timer.elapsed() < 20000, "the calibration did not notice the server was gone");
        const stats::CalibrationResult result = running.result();
        QVERIFY(result.rates.isEmpty());
        QVERIFY2(!result.error.isEmpty(), "no error");
        QString error;
        QVERIFY2(m_postgres.restart(&error), qPrintable(error));
        QCOMPARE(checksum(), before);
        const int left = count("SELECT count(*) FROM pg_namespace WHERE nspname LIKE 'migreview_calibration_%'");
        if (left > 0) // the server went away before the drop: the message names the schema
            QVERIFY2(result.error.contains(QStringLiteral("migreview_calibration_")) && result.error.contains(QStringLiteral("could not be dropped")), qPrintable(result.error));
        QVERIFY(executeSql(m_postgres.connectionString(),
                           "DO $$ DECLARE s text; BEGIN FOR s IN SELECT nspname FROM pg_namespace WHERE nspname LIKE 'migreview_calibration_%' "
                           "LOOP EXECUTE format('DROP SCHEMA %I CASCADE', s); END LOOP; END $$"));
    }

private:
    QString checksum() const
    {
        PGconn *conn = PQconnectdb(m_postgres.connectionString().toUtf8().constData());
        PGresult *result = PQexec(conn, "SELECT md5(string_agg(o::text, ',' ORDER BY id)) FROM app.orders o");
        const QString value = PQresultStatus(result) == PGRES_TUPLES_OK ? QString::fromUtf8(PQgetvalue(result, 0, 0)) : QString::fromUtf8(PQerrorMessage(conn));
        PQclear(result);
        PQfinish(conn);
        return value;
    }
    int count(const char *sql) const
    {
        PGconn *conn = PQconnectdb(m_postgres.connectionString().toUtf8().constData());
        PGresult *result = PQexec(conn, sql);
        const int value = PQresultStatus(result) == PGRES_TUPLES_OK ? QByteArray(PQgetvalue(result, 0, 0)).toInt() : -1;
        PQclear(result);
        PQfinish(conn);
        return value;
    }
    TemporaryPostgres m_postgres;
};

QTEST_GUILESS_MAIN(TestSnapshotCapture)
#include "tst_snapshotcapture.moc"
