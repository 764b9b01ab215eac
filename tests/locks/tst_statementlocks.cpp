// The lock model, table-driven: for each statement and PostgreSQL version, every relation it locks,
// the mode and the work done under the lock. Sources: the PostgreSQL 11-17 documentation
// ("Explicit Locking", ALTER TABLE, CREATE INDEX, REINDEX, CLUSTER, VACUUM, REFRESH MATERIALIZED
// VIEW), summarised in ../shared/reference/postgres-locks.md.
#include "locks/statementlocks.h"
#include "sql/sqlparser.h"

#include <QTest>

using namespace migreview;

namespace {

QString describe(const QString &sql, int pgVersion)
{
    const sql::ParsedScript script = sql::parseScript(sql.toUtf8());
    if (!script.ok() || script.statements.size() != 1)
        return QStringLiteral("parse failed");
    QStringList parts;
    for (const locks::RelationLock &lock : locks::statementLocks(script.statements.front().node, nullptr, pgVersion))
        parts.push_back(lock.relation + u' ' + locks::lockModeName(lock.mode) + QStringLiteral(", ") + locks::tableWorkName(lock.work));
    return parts.join(QStringLiteral("; "));
}

} // namespace

class TestStatementLocks : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void locksAndWork_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<int>("pgVersion");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const char *sql, int version, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(sql) << version << QString::fromUtf8(expected);
        };
        // ALTER TABLE, column changes
        row("add column", "ALTER TABLE t ADD COLUMN c text", 17, "t ACCESS EXCLUSIVE, catalog only");
        row("add column constant default", "ALTER TABLE t ADD COLUMN c int NOT NULL DEFAULT 0", 11, "t ACCESS EXCLUSIVE, catalog only");
        row("add column now() default", "ALTER TABLE t ADD COLUMN c timestamptz DEFAULT now()", 17, "t ACCESS EXCLUSIVE, catalog only");
        row("add column volatile default", "ALTER TABLE t ADD COLUMN c timestamptz DEFAULT clock_timestamp()", 17, "t ACCESS EXCLUSIVE, rewrite");
        row("add column uuid default", "ALTER TABLE t ADD COLUMN c uuid DEFAULT gen_random_uuid()", 13, "t ACCESS EXCLUSIVE, rewrite");
        row("add column bigserial", "ALTER TABLE t ADD COLUMN n bigserial", 17, "t ACCESS EXCLUSIVE, rewrite");
        row("add identity column", "ALTER TABLE t ADD COLUMN n bigint GENERATED ALWAYS AS IDENTITY", 17, "t ACCESS EXCLUSIVE, rewrite");
        row("add stored generated column", "ALTER TABLE t ADD COLUMN total numeric GENERATED ALWAYS AS (a * b) STORED", 17, "t ACCESS EXCLUSIVE, rewrite");
        row("add column primary key", "ALTER TABLE t ADD COLUMN id bigint PRIMARY KEY", 17, "t ACCESS EXCLUSIVE, index build");
        row("alter column type", "ALTER TABLE t ALTER COLUMN c TYPE bigint", 17, "t ACCESS EXCLUSIVE, rewrite");
        row("set not null", "ALTER TABLE t ALTER COLUMN c SET NOT NULL", 17, "t ACCESS EXCLUSIVE, full scan");
        row("drop not null", "ALTER TABLE t ALTER COLUMN c DROP NOT NULL", 17, "t ACCESS EXCLUSIVE, catalog only");
        row("set default", "ALTER TABLE t ALTER COLUMN c SET DEFAULT 1", 17, "t ACCESS EXCLUSIVE, catalog only");
        row("drop column", "ALTER TABLE t DROP COLUMN c", 17, "t ACCESS EXCLUSIVE, catalog only");
        row("rename column", "ALTER TABLE t RENAME COLUMN c TO d", 17, "t ACCESS EXCLUSIVE, catalog only");
        row("rename table", "ALTER TABLE t RENAME TO u", 17, "t ACCESS EXCLUSIVE, catalog only");
        row("set statistics", "ALTER TABLE t ALTER COLUMN c SET STATISTICS 500", 17, "t SHARE UPDATE EXCLUSIVE, catalog only");
        row("set storage parameter", "ALTER TABLE t SET (fillfactor = 70)", 17, "t SHARE UPDATE EXCLUSIVE, catalog only");
        row("set tablespace", "ALTER TABLE t SET TABLESPACE fast", 17, "t ACCESS EXCLUSIVE, rewrite");
        row("set logged", "ALTER TABLE t SET LOGGED", 17, "t ACCESS EXCLUSIVE, rewrite");
        row("disable trigger", "ALTER TABLE t DISABLE TRIGGER t_audit", 17, "t SHARE ROW EXCLUSIVE, catalog only");
        row("heaviest subcommand wins", "ALTER TABLE t ADD COLUMN c int, ALTER COLUMN d TYPE bigint, SET (fillfactor = 70)", 17,
            "t ACCESS EXCLUSIVE, rewrite");
        // ALTER TABLE, constraints
        row("add check", "ALTER TABLE t ADD CONSTRAINT t_c_check CHECK (c > 0)", 17, "t ACCESS EXCLUSIVE, full scan");
        row("add check not valid", "ALTER TABLE t ADD CONSTRAINT t_c_check CHECK (c > 0) NOT VALID", 17, "t ACCESS EXCLUSIVE, catalog only");
        row("add foreign key", "ALTER TABLE t ADD CONSTRAINT t_p_fk FOREIGN KEY (p) REFERENCES parent (id)", 17,
            "t SHARE ROW EXCLUSIVE, full scan; parent SHARE ROW EXCLUSIVE, catalog only");
        row("add foreign key not valid", "ALTER TABLE t ADD CONSTRAINT t_p_fk FOREIGN KEY (p) REFERENCES parent (id) NOT VALID", 17,
            "t SHARE ROW EXCLUSIVE, catalog only; parent SHARE ROW EXCLUSIVE, catalog only");
        row("validate constraint", "ALTER TABLE t VALIDATE CONSTRAINT t_c_check", 17, "t SHARE UPDATE EXCLUSIVE, full scan");
        row("add primary key", "ALTER TABLE t ADD PRIMARY KEY (id)", 17, "t ACCESS EXCLUSIVE, index build");
        row("add unique", "ALTER TABLE t ADD CONSTRAINT t_c_key UNIQUE (c)", 17, "t ACCESS EXCLUSIVE, index build");
        row("primary key using index", "ALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_id_idx", 17, "t ACCESS EXCLUSIVE, full scan");
        row("unique using index", "ALTER TABLE t ADD CONSTRAINT t_c_key UNIQUE USING INDEX t_c_idx", 17, "t ACCESS EXCLUSIVE, catalog only");
        row("add exclusion", "ALTER TABLE t ADD CONSTRAINT t_no_overlap EXCLUDE USING gist (r WITH &&)", 17, "t ACCESS EXCLUSIVE, index build");
        // Partitions: the parent's lock is weaker since PostgreSQL 12; the partition is scanned.
        row("attach partition 12+", "ALTER TABLE t ATTACH PARTITION t_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')", 12,
            "t SHARE UPDATE EXCLUSIVE, catalog only; t_2026 ACCESS EXCLUSIVE, full scan");
        row("attach partition 11", "ALTER TABLE t ATTACH PARTITION t_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')", 11,
            "t ACCESS EXCLUSIVE, catalog only; t_2026 ACCESS EXCLUSIVE, full scan");
        row("detach partition", "ALTER TABLE t DETACH PARTITION t_2025", 17, "t ACCESS EXCLUSIVE, catalog only");
        row("detach partition concurrently", "ALTER TABLE t DETACH PARTITION t_2025 CONCURRENTLY", 14, "t SHARE UPDATE EXCLUSIVE, catalog only");
        // Indexes
        row("create index", "CREATE INDEX t_c_idx ON t (c)", 17, "t SHARE, index build");
        row("create index concurrently", "CREATE INDEX CONCURRENTLY t_c_idx ON t (c)", 17, "t SHARE UPDATE EXCLUSIVE, index build");
        row("drop index", "DROP INDEX t_c_idx", 17, "t_c_idx ACCESS EXCLUSIVE, catalog only");
        row("drop index concurrently", "DROP INDEX CONCURRENTLY t_c_idx", 17, "t_c_idx SHARE UPDATE EXCLUSIVE, catalog only");
        row("reindex table", "REINDEX TABLE t", 17, "t SHARE, index build");
        row("reindex index", "REINDEX INDEX t_c_idx", 17, "t_c_idx ACCESS EXCLUSIVE, index build");
        row("reindex concurrently", "REINDEX TABLE CONCURRENTLY t", 12, "t SHARE UPDATE EXCLUSIVE, index build");
        // Whole-table commands
        row("drop table", "DROP TABLE t", 17, "t ACCESS EXCLUSIVE, catalog only");
        row("truncate", "TRUNCATE t", 17, "t ACCESS EXCLUSIVE, catalog only");
        row("cluster", "CLUSTER t USING t_c_idx", 17, "t ACCESS EXCLUSIVE, rewrite");
        row("vacuum full", "VACUUM FULL t", 17, "t ACCESS EXCLUSIVE, rewrite");
        row("vacuum", "VACUUM t", 17, "t SHARE UPDATE EXCLUSIVE, full scan");
        row("refresh materialized view", "REFRESH MATERIALIZED VIEW mv", 17, "mv ACCESS EXCLUSIVE, rewrite");
        row("refresh concurrently", "REFRESH MATERIALIZED VIEW CONCURRENTLY mv", 17, "mv EXCLUSIVE, rewrite");
        row("create trigger", "CREATE TRIGGER t_audit AFTER UPDATE ON t FOR EACH ROW EXECUTE FUNCTION audit()", 17,
            "t SHARE ROW EXCLUSIVE, catalog only");
        row("create table with foreign key", "CREATE TABLE child (id bigint, p bigint REFERENCES parent (id))", 17,
            "parent SHARE ROW EXCLUSIVE, catalog only");
        row("lock table", "LOCK TABLE t IN SHARE MODE", 17, "t SHARE, catalog only");
        // Data changes
        row("update", "UPDATE t SET c = 1 WHERE id < 1000", 17, "t ROW EXCLUSIVE, row writes");
        row("delete", "DELETE FROM t WHERE c IS NULL", 17, "t ROW EXCLUSIVE, row writes");
        row("insert select", "INSERT INTO t (c) SELECT c FROM old_t", 17, "t ROW EXCLUSIVE, row writes");
        row("merge", "MERGE INTO t USING s ON t.id = s.id WHEN MATCHED THEN UPDATE SET c = s.c", 17, "t ROW EXCLUSIVE, row writes");
        row("copy from", "COPY t FROM STDIN", 17, "t ROW EXCLUSIVE, row writes");
        row("select", "SELECT 1", 17, "");
    }
    void locksAndWork()
    {
        QFETCH(QString, sql);
        QFETCH(int, pgVersion);
        QFETCH(QString, expected);
        QCOMPARE(describe(sql, pgVersion), expected);
    }

    void dropIndexLocksTheTableTheStateKnows()
    {
        const sql::ParsedScript create = sql::parseScript("CREATE INDEX t_c_idx ON app.t (c);");
        const sql::ParsedScript drop = sql::parseScript("DROP INDEX app.t_c_idx;");
        analysis::SchemaState schema;
        schema.apply(create.statements.front().node, 1, QStringLiteral("1.sql"));
        const auto locks = locks::statementLocks(drop.statements.front().node, &schema);
        QCOMPARE(locks.size(), size_t(1));
        QCOMPARE(locks.front().relation, QStringLiteral("app.t"));
        QCOMPARE(locks.front().mode, locks::LockMode::AccessExclusive);
    }

    void typeChangeIsARewriteUnlessBinaryCoercible()
    {
        analysis::SchemaState schema;
        const sql::ParsedScript create = sql::parseScript("CREATE TABLE t (name varchar(50), amount integer);");
        schema.apply(create.statements.front().node, 1, QStringLiteral("1.sql"));
        const auto workOf = [&](const char *sql) {
            const sql::ParsedScript script = sql::parseScript(QByteArray(sql));
            return locks::statementLocks(script.statements.front().node, &schema).front().work;
        };
        QCOMPARE(workOf("ALTER TABLE t ALTER COLUMN name TYPE varchar(200)"), locks::TableWork::CatalogOnly);
        QCOMPARE(workOf("ALTER TABLE t ALTER COLUMN name TYPE text"), locks::TableWork::CatalogOnly);
        QCOMPARE(workOf("ALTER TABLE t ALTER COLUMN name TYPE varchar(20)"), locks::TableWork::Rewrite);
        QCOMPARE(workOf("ALTER TABLE t ALTER COLUMN amount TYPE bigint"), locks::TableWork::Rewrite);
        QCOMPARE(workOf("ALTER TABLE t ALTER COLUMN name TYPE text USING upper(name)"), locks::TableWork::Rewrite);
        QCOMPARE(workOf("ALTER TABLE other ALTER COLUMN name TYPE text"), locks::TableWork::Rewrite); // type unknown
    }

    void conflictMatrixMatchesTheDocumentation()
    {
        // Table 13.2 "Conflicting Lock Modes": each mode and the modes it conflicts with.
        using locks::LockMode;
        const QList<QPair<LockMode, QList<LockMode>>> table{
            {LockMode::AccessShare, {LockMode::AccessExclusive}},
            {LockMode::RowShare, {LockMode::Exclusive, LockMode::AccessExclusive}},
            {LockMode::RowExclusive, {LockMode::Share, LockMode::ShareRowExclusive, LockMode::Exclusive, LockMode::AccessExclusive}},
            {LockMode::ShareUpdateExclusive,
             {LockMode::ShareUpdateExclusive, LockMode::Share, LockMode::ShareRowExclusive, LockMode::Exclusive, LockMode::AccessExclusive}},
            {LockMode::Share, {LockMode::RowExclusive, LockMode::ShareUpdateExclusive, LockMode::ShareRowExclusive, LockMode::Exclusive, LockMode::AccessExclusive}},
            {LockMode::ShareRowExclusive,
             {LockMode::RowExclusive, LockMode::ShareUpdateExclusive, LockMode::Share, LockMode::ShareRowExclusive, LockMode::Exclusive,
              LockMode::AccessExclusive}},
            {LockMode::Exclusive,
             {LockMode::RowShare, LockMode::RowExclusive, LockMode::ShareUpdateExclusive, LockMode::Share, LockMode::ShareRowExclusive,
              LockMode::Exclusive, LockMode::AccessExclusive}},
            {LockMode::AccessExclusive,
             {LockMode::AccessShare, LockMode::RowShare, LockMode::RowExclusive, LockMode::ShareUpdateExclusive, LockMode::Share,
              LockMode::ShareRowExclusive, LockMode::Exclusive, LockMode::AccessExclusive}},
        };
        for (const auto &[held, conflicting] : table) {
            for (int requested = int(LockMode::AccessShare); requested <= int(LockMode::AccessExclusive); ++requested) {
                const bool expected = conflicting.contains(LockMode(requested));
                QVERIFY2(locks::conflicts(held, LockMode(requested)) == expected,
                         qPrintable(locks::lockModeName(held) + QStringLiteral(" vs ") + locks::lockModeName(LockMode(requested))));
                QCOMPARE(locks::conflicts(LockMode(requested), held), expected); // the matrix is symmetric
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestStatementLocks)
#include "tst_statementlocks.moc"
