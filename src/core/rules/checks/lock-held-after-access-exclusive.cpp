// More statements after an ACCESS EXCLUSIVE lock in the same transaction: the lock stays held
// (everything else on the table waits) until the commit, while those statements run.
#include "rules/rule.h"

#include "locks/statementlocks.h"
#include "rules/fixes.h"
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
        // Each lock is reported once, at the first statement after it that takes time: the
        // linter keeps the locks no slow statement has followed yet (rulesupport recordStatement).
        const PgQuery__Node *node = context.node();
        const auto &pending = context.transaction.locksWithoutSlowStatement;
        if (!node || pending.isEmpty() || !context.transaction.inTransaction() || endsTransaction(node)
            || !takesTime(node, context.schema, context.pgVersion))
            return;
        // Tables this set created and has not filled: nobody else uses them yet.
        QStringList held;
        for (auto it = pending.cbegin(); it != pending.cend(); ++it) {
            if (!context.schema.isNewAndEmpty(it.key()))
                held.push_back(it.key());
        }
        // A statement that itself takes ACCESS EXCLUSIVE on a table would block it anyway: holding
        // the earlier lock through it adds nothing there.
        for (const locks::RelationLock &lock : locks::statementLocks(node, &context.schema)) {
            if (lock.mode == locks::LockMode::AccessExclusive)
                held.removeAll(lock.relation);
        }
        if (held.isEmpty())
            return;
        // A data change of a table the transaction altered is mixed-ddl-and-dml's finding.
        const QString worked = tableWorkedOn(node, context.schema, context.pgVersion);
        if (isDml(node) && held.contains(worked))
            return;
        held.sort();
        QStringList lockStatements;
        QStringList described;
        for (const QString &table : std::as_const(held)) {
            if (!lockStatements.contains(pending.value(table)))
                lockStatements.push_back(pending.value(table));
            described.push_back(describeLock(locks::LockMode::AccessExclusive, table));
        }
        const QString lockStatement = lockStatements.join(QStringLiteral(", "));
        findings.report(context,
                        QCoreApplication::translate("migreview::rules",
                                                    "%1 runs in the same transaction after %2, which %3; the lock is held until "
                                                    "the transaction commits, through this and every later statement.")
                            .arg(context.statement.commandTag, lockStatement, described.join(QCoreApplication::translate("migreview::rules", "; and "))),
                        fixes::endTransactionBefore(context, lockStatement));
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(lock_held_after_access_exclusive, migreview::rules::LockHeldAfterAccessExclusive)
