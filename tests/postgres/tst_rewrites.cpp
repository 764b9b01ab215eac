// Which ADD COLUMN rewrites the table, against PostgreSQL 17: each statement runs on a table with
// rows, and the table was rewritten when its relfilenode changed. The lock model (statementLocks'
// TableWork::Rewrite, which adding-field-with-default and the estimates read) must say the same,
// with the functions the setup created judged by their declared volatility and PostgreSQL 17's
// built-ins by its catalog.
#include "temporarypostgres.h"

#include "analysis/schemastate.h"
#include "locks/statementlocks.h"
#include "sql/sqlparser.h"

#include <QTest>

#include <libpq-fe.h>

using namespace migreview;

namespace {

// Functions the "repository" created before the statements run.
const char *const Setup = "CREATE FUNCTION code_prefix() RETURNS text LANGUAGE sql IMMUTABLE AS $$ SELECT 'ORD' $$;\n"
                          "CREATE FUNCTION code_today() RETURNS text LANGUAGE sql STABLE AS $$ SELECT now()::date::text $$;\n"
                          "CREATE SEQUENCE codes;\n"
                          "CREATE FUNCTION next_code() RETURNS text LANGUAGE sql AS $$ SELECT 'ORD-' || nextval('codes') $$;\n";

QString queryValue(PGconn *conn, const QString &sql)
{
    PGresult *result = PQexec(conn, sql.toUtf8().constData());
    const QString value = PQresultStatus(result) == PGRES_TUPLES_OK && PQntuples(result) == 1 ? QString::fromUtf8(PQgetvalue(result, 0, 0)) : QString();
    PQclear(result);
    return value;
}

bool run(PGconn *conn, const QString &sql, QString *error = nullptr)
{
    PGresult *result = PQexec(conn, sql.toUtf8().constData());
    const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK || PQresultStatus(result) == PGRES_TUPLES_OK;
    if (!ok && error)
        *error = QString::fromUtf8(PQerrorMessage(conn)).trimmed();
    PQclear(result);
    return ok;
}

} // namespace

class TestRewrites : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_postgres.start(), qPrintable(m_postgres.errorString())); }

    void addColumn_data()
    {
        QTest::addColumn<QString>("statement");
        for (const char *column : {
                 "note text",
                 "flag boolean NOT NULL DEFAULT false",
                 "created_at timestamptz DEFAULT now()",
                 "changed_at timestamptz DEFAULT clock_timestamp()",
                 "token uuid DEFAULT gen_random_uuid()",
                 "channel text DEFAULT lower('WEB')",
                 "prefix text DEFAULT code_prefix()",
                 "today text DEFAULT code_today()",
                 "code text DEFAULT next_code()",
                 "position bigserial",
                 "small_position smallserial",
                 "score integer DEFAULT (random() * 10)::integer",
                 "label text DEFAULT 'x' || 'y'",
             })
            QTest::newRow(column) << QStringLiteral("ALTER TABLE orders ADD COLUMN %1;").arg(QLatin1StringView(column));
    }

    void addColumn()
    {
        QFETCH(QString, statement);
        PGconn *conn = PQconnectdb(m_postgres.connectionString().toUtf8().constData());
        QVERIFY(PQstatus(conn) == CONNECTION_OK);
        QString error;
        QVERIFY2(run(conn, QStringLiteral("DROP SCHEMA IF EXISTS app CASCADE; CREATE SCHEMA app; SET search_path = app, public;"
                                          "CREATE TABLE orders (id bigint PRIMARY KEY);"
                                          "INSERT INTO orders SELECT generate_series(1, 1000);")
                                + QString::fromUtf8(Setup),
                     &error),
                 qPrintable(error));
        const QString before = queryValue(conn, QStringLiteral("SELECT pg_relation_filenode('orders')"));
        QVERIFY2(run(conn, statement, &error), qPrintable(error));
        const bool rewritten = queryValue(conn, QStringLiteral("SELECT pg_relation_filenode('orders')")) != before;
        PQfinish(conn);

        // The model, with the setup applied to the schema state as the linter would.
        const sql::ParsedScript parsed = sql::parseScript(QByteArray(Setup) + statement.toUtf8());
        QVERIFY(parsed.ok());
        analysis::SchemaState schema;
        for (size_t i = 0; i + 1 < parsed.statements.size(); ++i)
            schema.apply(parsed.statements[i].node, 1, QStringLiteral("setup.sql"));
        bool modelRewrites = false;
        for (const locks::RelationLock &lock : locks::statementLocks(parsed.statements.back().node, &schema))
            modelRewrites = modelRewrites || lock.work == locks::TableWork::Rewrite;
        QVERIFY2(modelRewrites == rewritten, qPrintable(QStringLiteral("PostgreSQL 17 %1 the table, the lock model says it %2")
                                                            .arg(rewritten ? QStringLiteral("rewrote") : QStringLiteral("kept"),
                                                                 modelRewrites ? QStringLiteral("rewrites") : QStringLiteral("does not"))));
    }

    void cleanupTestCase() { m_postgres.stop(); }

private:
    TemporaryPostgres m_postgres;
};

QTEST_GUILESS_MAIN(TestRewrites)
#include "tst_rewrites.moc"
