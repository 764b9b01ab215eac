// More statements after an ACCESS EXCLUSIVE lock in the same transaction: the lock stays held
// (everything else on the table waits) until the commit, while those statements run.
#include "rules/rule.h"

#include "locks/statementlocks.h"
#include "rules/rulesupport.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

class LockHeldAfterAccessExclusive : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("lock-held-after-access-exclusive"),
            Level::Warning,
            SeverityClass::Downtime,
            QCoreApplication::translate("migreview::rules", "Slow statements run after an ACCESS EXCLUSIVE lock in the same transaction."),
            QCoreApplication::translate("migreview::rules",
                                        "PostgreSQL releases table locks only at the end of the transaction. Once a statement has "
                                        "taken ACCESS EXCLUSIVE on a table, every later statement of the transaction runs while "
                                        "all reads and writes of that table wait, and queue behind it. A short ALTER followed by "
                                        "an index build, a backfill or a second ALTER turns milliseconds of blocking into the "
                                        "duration of everything that follows."),
            QCoreApplication::translate("migreview::rules", "ACCESS EXCLUSIVE held until commit: blocks all reads and writes of the table."),
            QStringLiteral("-- commit right after the statement that takes ACCESS EXCLUSIVE,\n"
                           "-- and run the rest in its own transaction (or migration):\n"
                           "BEGIN;\n"
                           "SET LOCAL lock_timeout = '2s';\n"
                           "ALTER TABLE orders ADD COLUMN note text;\n"
                           "COMMIT;\n"
                           "UPDATE orders SET note = '' WHERE id BETWEEN 1 AND 10000;"),
            QStringLiteral("BEGIN;\n"
                           "ALTER TABLE orders ADD COLUMN note text;\n"
                           "UPDATE orders SET note = '';\n"
                           "COMMIT;"),
        };
    }

    void checkStatement(const StatementContext &context, Findings &findings) const override
    {
        const PgQuery__Node *node = context.node();
        if (!node || !context.transaction.inTransaction() || endsTransaction(node) || context.transaction.accessExclusiveTables.isEmpty())
            return;
        // Tables this set created and has not filled: nobody else uses them yet.
        QStringList held;
        for (const QString &table : context.transaction.accessExclusiveTables) {
            if (!context.schema.isNewAndEmpty(table))
                held.push_back(table);
        }
        // A dropped table is gone: holding its lock blocks nobody who could still use it.
        const auto &statements = context.parsed.statements;
        for (size_t i = transactionStart(context); i < size_t(context.statementIndex); ++i) {
            const PgQuery__Node *earlier = statements[i].node;
            if (earlier && earlier->node_case == PG_QUERY__NODE__NODE_DROP_STMT
                && earlier->drop_stmt->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE) {
                for (const locks::RelationLock &lock : locks::statementLocks(earlier, &context.schema))
                    held.removeAll(lock.relation);
            }
        }
        // A statement that itself takes ACCESS EXCLUSIVE on a table would block it anyway: holding
        // the earlier lock through it adds nothing there.
        for (const locks::RelationLock &lock : locks::statementLocks(node, &context.schema)) {
            if (lock.mode == locks::LockMode::AccessExclusive)
                held.removeAll(lock.relation);
        }
        if (held.isEmpty() || !isFirstSlowStatementAfterLock(context, held))
            return;
        // A data change of a table the transaction altered is mixed-ddl-and-dml's finding.
        const QString worked = tableWorkedOn(node, context.schema, context.pgVersion);
        if (isDml(node) && held.contains(worked))
            return;
        held.sort();
        const QString lockStatement = previousLockingStatement(context, held);
        QStringList described;
        for (const QString &table : std::as_const(held))
            described.push_back(describeLock(locks::LockMode::AccessExclusive, table));
        findings.report(context,
                        QCoreApplication::translate("migreview::rules",
                                                    "%1 runs in the same transaction after %2, which %3; the lock is held until "
                                                    "the transaction commits, through this and every later statement.")
                            .arg(context.statement.commandTag, lockStatement, described.join(QCoreApplication::translate("migreview::rules", "; and "))),
                        QStringLiteral("COMMIT;  -- end the transaction right after %1, then\n"
                                       "BEGIN;   -- run the following statements in a new transaction (or migration)")
                            .arg(lockStatement));
    }

private:
    // The statements of the current transaction, from its start up to (not including) this one.
    static size_t transactionStart(const StatementContext &context)
    {
        const auto &statements = context.parsed.statements;
        size_t start = 0;
        for (size_t i = 0; i < size_t(context.statementIndex); ++i) {
            const PgQuery__Node *node = statements[i].node;
            if (isTransactionBoundary(node))
                start = i + 1;
        }
        return start;
    }

    static bool locksAny(const PgQuery__Node *node, const QStringList &tables, const analysis::SchemaState &schema)
    {
        for (const locks::RelationLock &lock : locks::statementLocks(node, &schema)) {
            if (lock.mode == locks::LockMode::AccessExclusive && tables.contains(lock.relation))
                return true;
        }
        return false;
    }

    // Whether this is the first statement after the lock that takes time: catalog-only statements
    // (another ADD COLUMN, a COMMENT, CREATE FUNCTION) hold the lock for milliseconds more, which
    // is not worth a finding. The finding is made once per transaction.
    static bool isFirstSlowStatementAfterLock(const StatementContext &context, const QStringList &held)
    {
        if (tableWorkedOn(context.node(), context.schema, context.pgVersion).isEmpty())
            return false;
        const auto &statements = context.parsed.statements;
        bool locked = false;
        for (size_t i = transactionStart(context); i < size_t(context.statementIndex); ++i) {
            // The earlier statements are judged against the state now, which is close enough:
            // they ran after the tables they touch came to exist.
            if (locked && !tableWorkedOn(statements[i].node, context.schema, context.pgVersion).isEmpty())
                return false;
            locked = locked || locksAny(statements[i].node, held, context.schema);
        }
        return locked;
    }

    static QString previousLockingStatement(const StatementContext &context, const QStringList &held)
    {
        const auto &statements = context.parsed.statements;
        for (size_t i = transactionStart(context); i < size_t(context.statementIndex); ++i) {
            if (locksAny(statements[i].node, held, context.schema))
                return statements[i].commandTag;
        }
        return QStringLiteral("an earlier statement");
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(lock_held_after_access_exclusive, migreview::rules::LockHeldAfterAccessExclusive)
