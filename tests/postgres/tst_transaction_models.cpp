// The transaction models against PostgreSQL 17: each script runs the way its tool runs it (the
// whole file as one query, the tool's BEGIN around that query, or statement by statement), with a
// probe after each statement that records the transaction it ran in (pg_current_xact_id()). The
// statements that shared a transaction on the server must be the ones the estimator puts in one
// transaction unit (a lock is held to the end of its unit), and the server must refuse a script
// exactly when ban-concurrent-index-creation-in-transaction reports it.
#include "temporarypostgres.h"

#include "estimate/estimator.h"
#include "lint/linter.h"
#include "repository/repository.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

#include <libpq-fe.h>

using namespace migreview;

namespace {

// How a tool sends a migration to the server.
enum class Execution {
    OneQuery, // the file as one query (golang-migrate, Prisma, Diesel without its transaction)
    ToolBeginThenOneQuery, // BEGIN, the file as one query, COMMIT (Diesel)
    EachStatement, // statement by statement in autocommit (psql -f, a plain runner)
    FlywayStyle, // statement by statement in the tool's transaction (JDBC without autocommit: a
                 // new one begins before the next statement once one ends), unless a statement
                 // cannot run in one
};

struct Layout
{
    QString name;
    Execution execution;
    // Writes one migration holding the script into folder.
    std::function<bool(const QString &folder, const QByteArray &script)> write;
};

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QList<Layout> layouts()
{
    return {
        {QStringLiteral("golang-migrate"), Execution::OneQuery,
         [](const QString &folder, const QByteArray &script) {
             return writeFile(folder + QStringLiteral("/1_change.up.sql"), script)
                 && writeFile(folder + QStringLiteral("/1_change.down.sql"), "SELECT 1;\n");
         }},
        {QStringLiteral("prisma"), Execution::OneQuery,
         [](const QString &folder, const QByteArray &script) {
             return writeFile(folder + QStringLiteral("/20240101000000_change/migration.sql"), script);
         }},
        {QStringLiteral("diesel without transaction"), Execution::OneQuery,
         [](const QString &folder, const QByteArray &script) {
             const QString dir = folder + QStringLiteral("/2024-01-01-000000_change");
             return writeFile(dir + QStringLiteral("/up.sql"), script) && writeFile(dir + QStringLiteral("/down.sql"), "SELECT 1;\n")
                 && writeFile(dir + QStringLiteral("/metadata.toml"), "run_in_transaction = false\n");
         }},
        {QStringLiteral("diesel"), Execution::ToolBeginThenOneQuery,
         [](const QString &folder, const QByteArray &script) {
             const QString dir = folder + QStringLiteral("/2024-01-01-000000_change");
             return writeFile(dir + QStringLiteral("/up.sql"), script) && writeFile(dir + QStringLiteral("/down.sql"), "SELECT 1;\n");
         }},
        {QStringLiteral("plain numbered"), Execution::EachStatement,
         [](const QString &folder, const QByteArray &script) { return writeFile(folder + QStringLiteral("/001_change.sql"), script); }},
        {QStringLiteral("flyway"), Execution::FlywayStyle,
         [](const QString &folder, const QByteArray &script) { return writeFile(folder + QStringLiteral("/V1__change.sql"), script); }},
    };
}

// Scripts of one statement per line; the probes number statements by line (0-based here).
const QList<QStringList> &scripts()
{
    static const QList<QStringList> all{
        // A block in the middle: in one query the SET joins it and the last two share a new one.
        {QStringLiteral("SET lock_timeout = '5s';"), QStringLiteral("BEGIN;"), QStringLiteral("ALTER TABLE orders ADD COLUMN a integer;"),
         QStringLiteral("UPDATE orders SET a = 1;"), QStringLiteral("COMMIT;"), QStringLiteral("ALTER TABLE orders ADD COLUMN b integer;"),
         QStringLiteral("UPDATE orders SET b = 1;")},
        // No transaction control at all.
        {QStringLiteral("ALTER TABLE orders ADD COLUMN c integer;"), QStringLiteral("UPDATE orders SET c = 1;"),
         QStringLiteral("SELECT count(*) FROM orders;")},
        // One CONCURRENTLY alone: refused only inside the tool's transaction.
        {QStringLiteral("CREATE INDEX CONCURRENTLY orders_total_idx ON orders (total);")},
        // Two: refused as one query (Diesel without its transaction included).
        {QStringLiteral("CREATE INDEX CONCURRENTLY orders_total_idx ON orders (total);"),
         QStringLiteral("CREATE INDEX CONCURRENTLY orders_id_total_idx ON orders (id, total);")},
        // After the COMMIT of one query the rest is a new implicit transaction: refused there too.
        {QStringLiteral("BEGIN;"), QStringLiteral("ALTER TABLE orders ADD COLUMN d integer;"), QStringLiteral("COMMIT;"),
         QStringLiteral("CREATE INDEX CONCURRENTLY orders_total_idx ON orders (total);")},
    };
    return all;
}

bool isTransactionControl(const QString &statement)
{
    return statement.startsWith(u"BEGIN") || statement.startsWith(u"COMMIT");
}

QString probe(int index)
{
    return QStringLiteral("INSERT INTO migreview_probe VALUES (%1, pg_current_xact_id()::text);").arg(index);
}

class Server
{
public:
    explicit Server(const QString &connection)
        : m_conn(PQconnectdb(connection.toUtf8().constData()))
    {
    }
    ~Server() { PQfinish(m_conn); }
    bool connected() const { return PQstatus(m_conn) == CONNECTION_OK; }
    // Runs sql as one query; false with the server's message when it failed.
    bool run(const QString &sql, QString *error = nullptr)
    {
        PGresult *result = PQexec(m_conn, sql.toUtf8().constData());
        const bool ok = PQresultStatus(result) == PGRES_COMMAND_OK || PQresultStatus(result) == PGRES_TUPLES_OK;
        if (!ok && error)
            *error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
        PQclear(result);
        return ok;
    }
    bool idle() const { return PQtransactionStatus(m_conn) == PQTRANS_IDLE; }
    // Statement index -> transaction id, from the probes that ran.
    QHash<int, QString> probes()
    {
        QHash<int, QString> byStatement;
        PGresult *result = PQexec(m_conn, "SELECT statement, xid FROM migreview_probe");
        for (int row = 0; row < PQntuples(result); ++row)
            byStatement.insert(QByteArray(PQgetvalue(result, row, 0)).toInt(), QString::fromUtf8(PQgetvalue(result, row, 1)));
        PQclear(result);
        return byStatement;
    }

private:
    PGconn *m_conn;
};

// Runs the script as the tool would; returns whether the server accepted all of it.
bool execute(Server &server, Execution execution, const QStringList &statements, QString *error)
{
    // One statement alone is its own transaction whatever the tool does: it runs without a probe
    // (a probe in the same query would make a two-statement query of it).
    const auto probed = [&](int i) { return statements.size() > 1 && !isTransactionControl(statements[i]); };
    QString text;
    for (int i = 0; i < statements.size(); ++i)
        text += statements[i] + u'\n' + (probed(i) ? probe(i) + u'\n' : QString());
    const auto eachStatement = [&](bool toolTransaction) {
        for (int i = 0; i < statements.size(); ++i) {
            if (toolTransaction && server.idle())
                server.run(QStringLiteral("BEGIN"));
            if (!server.run(statements[i], error))
                return false;
            if (probed(i) && !server.run(probe(i), error))
                return false;
        }
        return true;
    };
    switch (execution) {
    case Execution::OneQuery:
        return server.run(text, error);
    case Execution::ToolBeginThenOneQuery: {
        server.run(QStringLiteral("BEGIN"));
        const bool ok = server.run(text, error);
        server.run(ok ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
        return ok;
    }
    case Execution::EachStatement:
        return eachStatement(false);
    case Execution::FlywayStyle: {
        // Flyway runs a script outside a transaction when it holds a statement that cannot run in one.
        const bool outside = std::any_of(statements.begin(), statements.end(), [](const QString &s) { return s.contains(u"CONCURRENTLY"); });
        if (outside)
            return eachStatement(false);
        const bool ok = eachStatement(true);
        if (!server.idle())
            server.run(ok ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
        return ok;
    }
    }
    return false;
}

} // namespace

class TestTransactionModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_postgres.start(), qPrintable(m_postgres.errorString())); }

    void modelsMatchTheServer_data()
    {
        QTest::addColumn<int>("layout");
        QTest::addColumn<int>("script");
        const QList<Layout> all = layouts();
        for (int l = 0; l < all.size(); ++l) {
            for (int s = 0; s < scripts().size(); ++s)
                QTest::addRow("%s, script %d", qPrintable(all[l].name), s + 1) << l << s;
        }
    }

    void modelsMatchTheServer()
    {
        QFETCH(int, layout);
        QFETCH(int, script);
        const Layout tool = layouts()[layout];
        const QStringList statements = scripts()[script];

        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QVERIFY(tool.write(folder.path(), (statements.join(u'\n') + u'\n').toUtf8()));
        const repository::Repository repo = repository::loadRepository(folder.path());
        QCOMPARE(repo.migrations.size(), size_t(1));

        // What the model says: the transaction unit of each statement, and whether it is refused.
        const estimate::EstimateReport report = estimate::estimateRepository(repo, nullptr);
        QHash<int, int> unitOf;
        for (const estimate::StatementEstimate &estimate : report.statements)
            unitOf.insert(estimate.line - 1, estimate.transactionUnit);
        const lint::LintResult lint = lint::lintRepository(repo);
        const bool refusedByModel = std::any_of(lint.findings.begin(), lint.findings.end(), [](const rules::Finding &f) {
            return f.rule == u"ban-concurrent-index-creation-in-transaction";
        });

        // What the server does.
        Server server(m_postgres.connectionString());
        QVERIFY(server.connected());
        QVERIFY(server.run(QStringLiteral("DROP TABLE IF EXISTS orders, migreview_probe;"
                                          "CREATE TABLE orders (id bigint PRIMARY KEY, total numeric);"
                                          "INSERT INTO orders SELECT g, g FROM generate_series(1, 100) g;"
                                          "CREATE TABLE migreview_probe (statement int, xid text);")));
        QString error;
        const bool accepted = execute(server, tool.execution, statements, &error);
        QVERIFY2(accepted != refusedByModel,
                 qPrintable(QStringLiteral("the server %1 the script (%2), the model says it %3")
                                .arg(accepted ? QStringLiteral("accepted") : QStringLiteral("refused"), error,
                                     refusedByModel ? QStringLiteral("is refused") : QStringLiteral("runs"))));
        if (!accepted || statements.size() == 1)
            return;

        const QHash<int, QString> xidOf = server.probes();
        for (int i = 0; i < statements.size(); ++i) {
            if (isTransactionControl(statements[i]))
                continue;
            QVERIFY2(xidOf.contains(i) && unitOf.contains(i), qPrintable(statements[i]));
            for (int j = i + 1; j < statements.size(); ++j) {
                if (isTransactionControl(statements[j]))
                    continue;
                const bool together = xidOf.value(i) == xidOf.value(j);
                QVERIFY2(together == (unitOf.value(i) == unitOf.value(j)),
                         qPrintable(QStringLiteral("line %1 (%2) and line %3 (%4): the server ran them in %5 transaction(s), the model in %6")
                                        .arg(i + 1)
                                        .arg(statements[i])
                                        .arg(j + 1)
                                        .arg(statements[j])
                                        .arg(together ? 1 : 2)
                                        .arg(unitOf.value(i) == unitOf.value(j) ? 1 : 2)));
            }
        }
    }

    void cleanupTestCase() { m_postgres.stop(); }

private:
    TemporaryPostgres m_postgres;
};

QTEST_GUILESS_MAIN(TestTransactionModels)
#include "tst_transaction_models.moc"
