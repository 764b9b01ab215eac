// migreview trace against a real PostgreSQL 17 from the fixture: the scratch copy, what each
// statement is measured to do, the distributions before and after, and that the source database
// is never changed and the copy never left behind.
#include "temporarypostgres.h"

#include "repository/repository.h"
#include "stats/snapshotcapture.h"
#include "stats/statssnapshot.h"
#include "trace/trace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent>

#include <libpq-fe.h>

using namespace migreview;

namespace {

// The first cell of the first row, or the error.
QString scalar(const QString &connection, const char *sql)
{
    PGconn *conn = PQconnectdb(connection.toUtf8().constData());
    QString value;
    if (PQstatus(conn) == CONNECTION_OK) {
        PGresult *result = PQexec(conn, sql);
        const ExecStatusType status = PQresultStatus(result);
        value = status == PGRES_TUPLES_OK && PQntuples(result) > 0 ? QString::fromUtf8(PQgetvalue(result, 0, 0))
            : status == PGRES_COMMAND_OK                            ? QString()
                                                                    : QStringLiteral("error: ") + QString::fromUtf8(PQerrorMessage(conn));
        PQclear(result);
    } else {
        value = QStringLiteral("error: ") + QString::fromUtf8(PQerrorMessage(conn));
    }
    PQfinish(conn);
    return value;
}

// A one-migration repository in a temporary folder.
repository::Repository repositoryOf(QTemporaryDir &dir, const QByteArray &sql)
{
    QFile file(dir.filePath(QStringLiteral("V1__change.sql")));
    if (!file.open(QIODevice::WriteOnly) || file.write(sql) != sql.size())
        return {};
    file.close();
    return repository::loadRepository(dir.path());
}

const trace::Distribution *distributionOf(const trace::TraceResult &result, const QString &column)
{
    for (const trace::Distribution &d : result.distributions) {
        if (d.column == column)
            return &d;
    }
    return nullptr;
}

} // namespace

class TestTrace : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_postgres.start(), qPrintable(m_postgres.errorString()));
        QCOMPARE(scalar(m_postgres.connectionString(), "CREATE DATABASE shop"), QString());
        QCOMPARE(scalar(m_source(),
                        "CREATE TABLE prices (id bigint PRIMARY KEY, amount numeric(12, 2) NOT NULL, currency text NOT NULL, note text);"
                        "INSERT INTO prices SELECT g, (g % 97) + 0.5, CASE WHEN g % 3 = 0 THEN 'EUR' ELSE 'USD' END, 'n' || g FROM generate_series(1, 2000) g;"
                        "ANALYZE prices;"),
                 QString());
    }

    // Dollars to cents: each amount a hundred times larger, nothing else changed.
    void dollarsToCentsShiftsTheDistribution()
    {
        const QString checksum = sourceChecksum();
        QTemporaryDir dir;
        const repository::Repository repo = repositoryOf(dir, "UPDATE prices SET amount = amount * 100;\n");
        const trace::TraceResult result = trace::traceRepository(repo, m_source());
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.scratchDropped);
        QCOMPARE(result.statements.size(), size_t(1));
        QCOMPARE(result.statements[0].rows, qint64(2000));
        QVERIFY(result.statements[0].rewritten.isEmpty());
        QVERIFY(result.statements[0].walBytes > 0);
        bool rowExclusive = false;
        for (const trace::TracedLock &lock : result.statements[0].locks)
            rowExclusive |= lock.relation == u"prices" && lock.mode == u"RowExclusiveLock";
        QVERIFY(rowExclusive);
        const trace::Distribution *amount = distributionOf(result, QStringLiteral("amount"));
        QVERIFY(amount);
        QVERIFY(amount->numeric);
        QCOMPARE(amount->before.min.toDouble() * 100, amount->after.min.toDouble());
        QCOMPARE(amount->before.max.toDouble() * 100, amount->after.max.toDouble());
        QCOMPARE(amount->before.rows, amount->after.rows);
        QCOMPARE(amount->binEdges.size(), size_t(21));
        QVERIFY(amount->flagged);
        QVERIFY(amount->ks > 0.9);
        QCOMPARE(sourceChecksum(), checksum);
        QCOMPARE(leftoverScratchDatabases(), QStringLiteral("0"));
    }

    // Meant for a few rows, the WHERE hits almost all: the null fraction jumps, flagged as drift.
    void misappliedFilterIsFlagged()
    {
        QTemporaryDir dir;
        const trace::TraceResult result = trace::traceRepository(repositoryOf(dir, "UPDATE prices SET note = NULL WHERE id > 10;\n"), m_source());
        QVERIFY2(result.ok(), qPrintable(result.error));
        const trace::Distribution *note = distributionOf(result, QStringLiteral("note"));
        QVERIFY(note);
        QVERIFY(!note->numeric);
        QCOMPARE(note->before.nullFraction, 0.0);
        QVERIFY(note->after.nullFraction > 0.99);
        QVERIFY(note->flagged);
        QVERIFY(result.hasDrift());
        // A change that keeps the distribution is not flagged.
        const trace::TraceResult same = trace::traceRepository(repositoryOf(dir, "UPDATE prices SET note = note WHERE id <= 10;\n"), m_source());
        QVERIFY2(same.ok(), qPrintable(same.error));
        QVERIFY(!same.hasDrift());
    }

    // A type change that rewrites the table is seen by its relfilenode; an added column is not.
    void rewriteIsDetected()
    {
        QTemporaryDir dir;
        const trace::TraceResult result = trace::traceRepository(
            repositoryOf(dir, "ALTER TABLE prices ALTER COLUMN amount TYPE numeric(20, 4);\nALTER TABLE prices ADD COLUMN flag int;\n"), m_source());
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.statements.size(), size_t(2));
        QCOMPARE(result.statements[0].rewritten, QStringList{QStringLiteral("prices")});
        QVERIFY(result.statements[1].rewritten.isEmpty());
        bool accessExclusive = false;
        for (const trace::TracedLock &lock : result.statements[0].locks)
            accessExclusive |= lock.relation == u"prices" && lock.mode == u"AccessExclusiveLock";
        QVERIFY(accessExclusive);
        QVERIFY(result.statements[0].walBytes > result.statements[1].walBytes);
        QCOMPARE(leftoverScratchDatabases(), QStringLiteral("0"));
    }

    // A failing statement stops the trace with where and why; a cancel stops it too; the copy is
    // dropped either way and the source is as it was.
    void failureAndCancelDropTheCopy()
    {
        const QString checksum = sourceChecksum();
        QTemporaryDir dir;
        const trace::TraceResult failed = trace::traceRepository(
            repositoryOf(dir, "UPDATE prices SET amount = 0;\nUPDATE no_such_table SET x = 1;\n"), m_source());
        QVERIFY(!failed.ok());
        QCOMPARE(failed.errorFile, QStringLiteral("V1__change.sql"));
        QCOMPARE(failed.errorLine, 2);
        QVERIFY2(failed.error.contains(QStringLiteral("no_such_table")), qPrintable(failed.error));
        QVERIFY(failed.scratchDropped);

        trace::TraceOptions options;
        options.progress = [](int done, int) { return done < 1; };
        const trace::TraceResult cancelled = trace::traceRepository(repositoryOf(dir, "UPDATE prices SET amount = 1;\nUPDATE prices SET amount = 2;\n"), m_source(), options);
        QVERIFY(cancelled.cancelled);
        QCOMPARE(cancelled.statements.size(), size_t(1));
        QVERIFY(cancelled.scratchDropped);
        QCOMPARE(leftoverScratchDatabases(), QStringLiteral("0"));
        QCOMPARE(sourceChecksum(), checksum);

        // No server: one sentence, nothing made.
        const trace::TraceResult refused = trace::traceRepository(repositoryOf(dir, "SELECT 1;\n"),
                                                                  QStringLiteral("host=%1 port=1 dbname=x connect_timeout=2").arg(m_postgres.socketDirectory()));
        QVERIFY(refused.error.startsWith(QStringLiteral("cannot connect to the database: ")));
        QVERIFY(refused.scratchDatabase.isEmpty());
    }

    // What a trace measured can calibrate the cost model: rates in a snapshot's server.calibration.
    void measuredRatesCalibrateASnapshot()
    {
        QCOMPARE(scalar(m_source(), "CREATE TABLE big (id bigint PRIMARY KEY, v int NOT NULL);"
                                    "INSERT INTO big SELECT g, g % 1000 FROM generate_series(1, 150000) g;"),
                 QString());
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("V1__big.sql")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("UPDATE big SET v = v + 1;\nALTER TABLE big ALTER COLUMN v TYPE bigint;\n");
        file.close();
        const trace::TraceResult result = trace::traceRepository(repository::loadRepository(dir.path()), m_source());
        QVERIFY2(result.ok(), qPrintable(result.error));
        QVERIFY(result.statements[1].rewrittenBytes > 1000000);
        const QHash<QString, double> rates = trace::measuredRates(result);
        QVERIFY2(rates.value(QStringLiteral("row_writes_per_second")) > 1000, qPrintable(QString::number(result.statements[0].durationMs)));
        QVERIFY2(rates.value(QStringLiteral("rewrite_bytes_per_second")) > 1e5, qPrintable(QString::number(result.statements[1].durationMs)));

        // The CLI writes them into a copy of a snapshot, which still loads, with its other rates kept.
        const QString snapshot = dir.filePath(QStringLiteral("stats.json"));
        QVERIFY(QFile::copy(QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop/staging-stats.json"), snapshot));
        QFile::setPermissions(snapshot, QFile::ReadOwner | QFile::WriteOwner);
        const stats::SnapshotLoad before = stats::loadSnapshot(snapshot);
        QVERIFY(before.snapshot);
        QProcess process;
        process.start(qEnvironmentVariable("MIGREVIEW_BIN_DIR") + QStringLiteral("/migreview"),
                      {QStringLiteral("trace"), dir.path(), QStringLiteral("--dsn"), m_source(), QStringLiteral("--calibrate-snapshot"), snapshot});
        QVERIFY(process.waitForFinished(120000));
        QVERIFY2(process.exitCode() <= 1, process.readAllStandardError().constData());
        const stats::SnapshotLoad after = stats::loadSnapshot(snapshot);
        QVERIFY2(after.snapshot, qPrintable(after.error));
        QVERIFY(after.snapshot->calibration.value(QStringLiteral("row_writes_per_second")) > 1000);
        QVERIFY(after.snapshot->calibration.value(QStringLiteral("rewrite_bytes_per_second")) > 1e5);
        for (auto it = before.snapshot->calibration.constBegin(); it != before.snapshot->calibration.constEnd(); ++it) {
            if (it.key() != u"row_writes_per_second" && it.key() != u"rewrite_bytes_per_second")
                QCOMPARE(after.snapshot->calibration.value(it.key()), it.value());
        }
        QCOMPARE(after.snapshot->tables.size(), before.snapshot->tables.size());
        QCOMPARE(scalar(m_source(), "DROP TABLE big"), QString());
    }

    // A statement-level trigger changes rows the UPDATE's WHERE left alone: those values changed
    // though nothing targeted them, and the column is flagged with the keys of such rows. The same
    // UPDATE without the trigger changes only what its WHERE targets; a new column is not checked.
    void valuesChangedOutsideTheWhere()
    {
        QCOMPARE(scalar(m_source(),
                        "CREATE TABLE accounts (id int PRIMARY KEY, currency text NOT NULL, balance numeric NOT NULL);"
                        "INSERT INTO accounts SELECT g, CASE WHEN g % 2 = 0 THEN 'EUR' ELSE 'USD' END, g FROM generate_series(1, 400) g;"
                        "CREATE TABLE ledgers (id int PRIMARY KEY, currency text NOT NULL, balance numeric NOT NULL);"
                        "INSERT INTO ledgers SELECT * FROM accounts;"
                        "CREATE FUNCTION round_eur() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                        "  IF pg_trigger_depth() = 1 THEN UPDATE accounts SET balance = balance + 1 WHERE id % 10 = 0; END IF; RETURN NULL; END $$;"
                        "CREATE TRIGGER round_eur AFTER UPDATE ON accounts FOR EACH STATEMENT EXECUTE FUNCTION round_eur();"),
                 QString());
        QTemporaryDir dir;
        const trace::TraceResult result = trace::traceRepository(
            repositoryOf(dir, "UPDATE accounts AS a SET balance = a.balance * 100 WHERE a.currency = 'USD' RETURNING a.id;\n"
                              "UPDATE ledgers SET balance = balance * 100 WHERE currency = 'USD';\n"
                              "ALTER TABLE ledgers ADD COLUMN note text;\nUPDATE ledgers SET note = 'x' WHERE id < 3;\n"),
            m_source());
        QVERIFY2(result.ok(), qPrintable(result.error));
        const trace::Distribution *accounts = nullptr, *ledgers = nullptr, *note = nullptr;
        for (const trace::Distribution &d : result.distributions) {
            if (d.table == u"accounts")
                accounts = &d;
            else if (d.column == u"balance")
                ledgers = &d;
            else
                note = &d;
        }
        QVERIFY(accounts && ledgers && note);
        QCOMPARE(accounts->targetedRows, qint64(200));
        QCOMPARE(accounts->untargetedChanged, qint64(40)); // ids 10, 20, ... 400 are all EUR
        QCOMPARE(accounts->untargetedExamples.size(), 5);
        QCOMPARE(accounts->untargetedExamples.first(), QStringLiteral("(10)"));
        QVERIFY(accounts->flagged);
        QVERIFY2(accounts->reasons.join(u' ').contains(QStringLiteral("40 rows outside the WHERE")), qPrintable(accounts->reasons.join(u' ')));
        QCOMPARE(result.distributions.front().table, QStringLiteral("accounts"));
        QCOMPARE(ledgers->targetedRows, qint64(200));
        QCOMPARE(ledgers->untargetedChanged, qint64(0));
        QVERIFY(ledgers->untargetedNote.isEmpty());
        QCOMPARE(note->untargetedChanged, qint64(-1));
        QCOMPARE(note->untargetedNote, QStringLiteral("a new column"));
        const QJsonObject drift = QJsonDocument::fromJson(trace::traceToJson(result)).object().value(u"distributions").toArray().first().toObject().value(u"drift").toObject();
        QCOMPARE(drift.value(u"untargeted_changes").toInt(), 40);
        QCOMPARE(drift.value(u"targeted_rows").toInt(), 200);

        // Without a WHERE every row is targeted: nothing to check, and the reason says so.
        const trace::TraceResult everyRow = trace::traceRepository(repositoryOf(dir, "UPDATE ledgers SET balance = 0;\n"), m_source());
        QVERIFY2(everyRow.ok(), qPrintable(everyRow.error));
        QCOMPARE(everyRow.distributions.at(0).untargetedChanged, qint64(-1));
        QVERIFY(everyRow.distributions.at(0).untargetedNote.contains(QStringLiteral("without a WHERE")));
    }

    // Another session on the source makes PostgreSQL refuse it as a template: the trace copies
    // the schema and the touched tables (with their foreign-key parents) instead, and measures
    // the same. The sequences continue, the constraints hold, the source is untouched.
    void copyWhenTemplateIsRefused()
    {
        createOrders();
        const QString checksum = ordersChecksum();
        PGconn *otherSession = PQconnectdb(m_source().toUtf8().constData());
        QCOMPARE(PQstatus(otherSession), CONNECTION_OK);
        QTemporaryDir dir;
        const trace::TraceResult result = trace::traceRepository(
            repositoryOf(dir, "UPDATE orders SET total = total * 100;\nINSERT INTO orders (customer_id, total) VALUES (1, 5);\n"), m_source());
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.scratchMethod, trace::ScratchMethod::Copy);
        QVERIFY2(result.scratchNotes.join(u'\n').contains(QStringLiteral("not used: cannot make the scratch copy of shop")), qPrintable(result.scratchNotes.join(u'\n')));
        QStringList copied;
        for (const trace::CopiedTable &table : result.copiedTables) {
            copied << table.table;
            QVERIFY(!table.sampled);
            QCOMPARE(table.copiedRows, table.sourceRows);
        }
        QCOMPARE(copied, (QStringList{QStringLiteral("customers"), QStringLiteral("orders")})); // prices is not touched
        QCOMPARE(result.statements.at(0).rows, qint64(6000));
        QCOMPARE(result.statements.at(1).rows, qint64(1)); // the sequence went on past the copied keys
        const trace::Distribution *total = distributionOf(result, QStringLiteral("total"));
        QVERIFY(total);
        QCOMPARE(total->before.max.toDouble() * 100, total->after.max.toDouble());
        QVERIFY(result.scratchDropped);

        // The foreign key came along: a row without its customer is refused in the copy too.
        const trace::TraceResult refused = trace::traceRepository(repositoryOf(dir, "INSERT INTO orders (customer_id, total) VALUES (999999, 1);\n"), m_source());
        QCOMPARE(refused.scratchMethod, trace::ScratchMethod::Copy);
        QVERIFY2(refused.error.contains(QStringLiteral("foreign key")), qPrintable(refused.error));
        QVERIFY(refused.scratchDropped);
        PQfinish(otherSession);
        QCOMPARE(ordersChecksum(), checksum);
        QCOMPARE(leftoverScratchDatabases(), QStringLiteral("0"));

        // Asked for TEMPLATE only, with the other session there: refused, nothing made.
        otherSession = PQconnectdb(m_source().toUtf8().constData());
        trace::TraceOptions templateOnly;
        templateOnly.scratch = trace::ScratchMethod::Template;
        const trace::TraceResult notMade = trace::traceRepository(repositoryOf(dir, "SELECT 1;\n"), m_source(), templateOnly);
        QVERIFY(notMade.error.contains(QStringLiteral("TEMPLATE")));
        QVERIFY(notMade.scratchDatabase.isEmpty());
        PQfinish(otherSession);
    }

    // Over the row limit, a table is copied as a sample; foreign keys whose parents were not
    // sampled come back NOT VALID, and the report says so.
    void sampledCopy()
    {
        createOrders();
        trace::TraceOptions options;
        options.scratch = trace::ScratchMethod::Copy;
        options.copyRowLimit = 1500;
        QTemporaryDir dir;
        const trace::TraceResult result = trace::traceRepository(repositoryOf(dir, "UPDATE orders SET total = total + 1;\n"), m_source(), options);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.copiedTables.size(), size_t(2));
        for (const trace::CopiedTable &table : result.copiedTables) {
            QVERIFY2(table.sampled, qPrintable(table.table));
            QVERIFY2(table.copiedRows > 700 && table.copiedRows < 2500, qPrintable(QString::number(table.copiedRows)));
        }
        const QString notes = result.scratchNotes.join(u'\n');
        QVERIFY2(notes.contains(QStringLiteral("orders_customer_id_fkey on orders is NOT VALID")), qPrintable(notes));
        QVERIFY2(notes.contains(QStringLiteral("orders was copied as a sample")), qPrintable(notes));
        QVERIFY(!notes.contains(QStringLiteral("not copied")));
        QCOMPARE(result.statements.at(0).rows, result.copiedTables.at(1).copiedRows);
        const QJsonObject scratch = QJsonDocument::fromJson(trace::traceToJson(result)).object().value(u"scratch").toObject();
        QCOMPARE(scratch.value(u"method").toString(), QStringLiteral("copy"));
        QCOMPARE(scratch.value(u"copied_tables").toArray().size(), 2);
        QVERIFY(scratch.value(u"copied_tables").toArray().at(0).toObject().value(u"sampled").toBool());
        QCOMPARE(leftoverScratchDatabases(), QStringLiteral("0"));
    }

    // Without the CREATEDB right on the source server, a local PostgreSQL 17 takes the copy (with
    // the source's roles, for the GRANTs); it is stopped and deleted afterwards, and its speeds do
    // not calibrate the staging server's estimates.
    void localServer()
    {
        createOrders();
        QCOMPARE(scalar(m_postgres.connectionString(),
                        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'reporting') THEN CREATE ROLE reporting NOLOGIN; END IF; END $$;"
                        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'tracer') THEN CREATE ROLE tracer LOGIN NOCREATEDB; END IF; END $$;"),
                 QString());
        QCOMPARE(scalar(m_source(), "GRANT SELECT ON ALL TABLES IN SCHEMA public TO tracer; GRANT SELECT ON ALL SEQUENCES IN SCHEMA public TO tracer;"), QString());
        const QString checksum = ordersChecksum();
        const QString asTracer = m_source() + QStringLiteral(" user=tracer");
        QTemporaryDir dir;
        const trace::TraceResult result = trace::traceRepository(
            repositoryOf(dir, "UPDATE orders SET total = total * 100;\nGRANT SELECT ON orders TO reporting;\n"), asTracer);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.scratchMethod, trace::ScratchMethod::Local);
        const QString notes = result.scratchNotes.join(u'\n');
        QVERIFY2(notes.contains(QStringLiteral("CREATEDB")), qPrintable(notes));
        const trace::Distribution *total = distributionOf(result, QStringLiteral("total"));
        QVERIFY(total);
        QCOMPARE(total->before.max.toDouble() * 100, total->after.max.toDouble());
        QVERIFY(trace::measuredRates(result).isEmpty());
        QVERIFY(result.scratchDropped);
        QCOMPARE(ordersChecksum(), checksum);
        QCOMPARE(leftoverScratchDatabases(), QStringLiteral("0"));
    }

    // Failure injection: statement_timeout stops the trace at that statement, and the copy goes.
    void statementTimeoutStopsTheTrace()
    {
        const QString checksum = sourceChecksum();
        trace::TraceOptions options;
        options.statementTimeoutMs = 300;
        QTemporaryDir dir;
        const trace::TraceResult result = trace::traceRepository(repositoryOf(dir, "UPDATE prices SET amount = amount + 1;\nSELECT pg_sleep(5);\n"), m_source(), options);
        QVERIFY(!result.ok());
        QCOMPARE(result.errorLine, 2);
        QVERIFY2(result.error.contains(QStringLiteral("statement timeout")), qPrintable(result.error));
        QVERIFY(result.scratchDropped);
        QCOMPARE(leftoverScratchDatabases(), QStringLiteral("0"));
        QCOMPARE(sourceChecksum(), checksum);
    }

    // Failure injection: a wrong password is one clear sentence for the trace and the snapshot,
    // and nothing is made.
    void authenticationFailureIsClear()
    {
        QFile hba(m_postgres.dataDirectory() + QStringLiteral("/pg_hba.conf"));
        QVERIFY(hba.open(QIODevice::ReadOnly));
        const QByteArray rules = hba.readAll();
        hba.close();
        QVERIFY(hba.open(QIODevice::WriteOnly | QIODevice::Truncate));
        hba.write("local all guarded scram-sha-256\n" + rules);
        hba.close();
        QCOMPARE(scalar(m_postgres.connectionString(),
                        "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'guarded') THEN CREATE ROLE guarded LOGIN CREATEDB PASSWORD 'right'; END IF; END $$;"),
                 QString());
        QCOMPARE(scalar(m_postgres.connectionString(), "SELECT pg_reload_conf()"), QStringLiteral("t"));
        QTest::qWait(300);
        const QString wrong = m_source() + QStringLiteral(" user=guarded password=wrong");
        QTemporaryDir dir;
        const trace::TraceResult traced = trace::traceRepository(repositoryOf(dir, "SELECT 1;\n"), wrong);
        QVERIFY2(traced.error.contains(QStringLiteral("password authentication failed")), qPrintable(traced.error));
        QVERIFY(!traced.error.contains(QStringLiteral("wrong"))); // the password is not repeated
        QVERIFY(traced.scratchDatabase.isEmpty());
        const stats::SnapshotCapture captured = stats::captureSnapshot(wrong);
        QVERIFY(captured.json.isEmpty());
        QVERIFY2(captured.error.contains(QStringLiteral("password authentication failed")), qPrintable(captured.error));
        QCOMPARE(leftoverScratchDatabases(), QStringLiteral("0"));
    }

    // Failure injection: the server dies while a statement runs. The trace ends at once with the
    // reason and names the copy it could not drop; once the server is back, the source is as it
    // was and the named copy is the one left.
    void serverKilledDuringATrace()
    {
        const QString checksum = sourceChecksum();
        QTemporaryDir dir;
        const repository::Repository repo = repositoryOf(dir, "UPDATE prices SET amount = amount + 1;\nSELECT pg_sleep(30);\n");
        const QString dsn = m_source();
        QFuture<trace::TraceResult> running = QtConcurrent::run([&repo, dsn] { return trace::traceRepository(repo, dsn); });
        QTRY_VERIFY_WITH_TIMEOUT(scalar(m_postgres.connectionString(), "SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep(30)%'") == u"1", 20000);
        QElapsedTimer timer;
        timer.start();
        m_postgres.killServer();
        running.waitForFinished();
        QVERIFY2(timer.elapsed() < 20000, "the trace did not notice the server was gone");
        const trace::TraceResult result = running.result();
        QVERIFY(!result.ok());
        QCOMPARE(result.errorLine, 2);
        QVERIFY(!result.scratchDropped);
        QVERIFY2(result.error.contains(result.scratchDatabase) && result.error.contains(QStringLiteral("could not be dropped")), qPrintable(result.error));
        QString error;
        QVERIFY2(m_postgres.restart(&error), qPrintable(error));
        QCOMPARE(sourceChecksum(), checksum);
        QCOMPARE(scalar(m_postgres.connectionString(), qPrintable(QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = '%1'").arg(result.scratchDatabase))),
                 QStringLiteral("1"));
        QCOMPARE(scalar(m_postgres.connectionString(), qPrintable(QStringLiteral("DROP DATABASE %1 WITH (FORCE)").arg(result.scratchDatabase))), QString());
        QCOMPARE(leftoverScratchDatabases(), QStringLiteral("0"));
    }

    void commandLine()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("V1__cents.sql")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("UPDATE prices SET amount = amount * 100;\n");
        file.close();
        QProcess process;
        process.start(qEnvironmentVariable("MIGREVIEW_BIN_DIR") + QStringLiteral("/migreview"),
                      {QStringLiteral("trace"), dir.path(), QStringLiteral("--dsn"), m_source(), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(process.waitForFinished(120000));
        QCOMPARE(process.exitCode(), 1); // the amounts drifted
        const QJsonObject root = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
        const QJsonObject statement = root.value(u"statements").toArray().first().toObject();
        for (const char *key : {"file", "line", "duration_ms", "rows", "locks", "rewritten", "estimate_ms"})
            QVERIFY2(statement.contains(QLatin1StringView(key)), key);
        const QJsonObject distribution = root.value(u"distributions").toArray().first().toObject();
        for (const char *key : {"table", "column", "before", "after", "drift", "flagged"})
            QVERIFY2(distribution.contains(QLatin1StringView(key)), key);
        QCOMPARE(root.value(u"scratch_dropped").toBool(), true);

        process.start(qEnvironmentVariable("MIGREVIEW_BIN_DIR") + QStringLiteral("/migreview"), {QStringLiteral("trace"), dir.path()});
        QVERIFY(process.waitForFinished(30000));
        QCOMPARE(process.exitCode(), 2);
    }

private:
    // Customers and their orders, with a foreign key, a sequence and an index: what a copy must carry.
    void createOrders()
    {
        QCOMPARE(scalar(m_source(),
                        "CREATE TABLE IF NOT EXISTS customers (id bigint PRIMARY KEY, name text NOT NULL);"
                        "CREATE TABLE IF NOT EXISTS orders (id bigserial PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers, total numeric(12, 2) NOT NULL,"
                        "                                   created timestamptz NOT NULL DEFAULT now(), total_cents bigint GENERATED ALWAYS AS ((total * 100)::bigint) STORED);"
                        "CREATE INDEX IF NOT EXISTS orders_customer ON orders (customer_id);"
                        "INSERT INTO customers SELECT g, 'c' || g FROM generate_series(1, 3000) g ON CONFLICT DO NOTHING;"
                        "INSERT INTO orders (customer_id, total) SELECT 1 + (g * 7) % 3000, (g % 50) + 0.25 FROM generate_series(1, 6000 - (SELECT count(*) FROM orders)) g;"
                        "ANALYZE customers, orders;"),
                 QString());
    }
    QString ordersChecksum() const { return scalar(m_source(), "SELECT md5(string_agg(o::text, ',' ORDER BY id)) FROM orders o"); }
    QString m_source() const { return m_postgres.connectionString(QStringLiteral("shop")); }
    QString sourceChecksum() const { return scalar(m_source(), "SELECT md5(string_agg(p::text, ',' ORDER BY id)) FROM prices p"); }
    QString leftoverScratchDatabases() const
    {
        return scalar(m_postgres.connectionString(), "SELECT count(*) FROM pg_database WHERE datname LIKE 'migreview\\_trace\\_%'");
    }

    TemporaryPostgres m_postgres;
};

QTEST_GUILESS_MAIN(TestTrace)
#include "tst_trace.moc"
