// A statement that needs a strong lock on a busy table should give up rather than queue forever.
#include "rules/rule.h"

#include "analysis/ast.h"
#include "locks/statementlocks.h"
#include "rules/rulesupport.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

class RequireLockTimeout : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("require-lock-timeout"),
            Level::Warning,
            SeverityClass::Downtime,
            QCoreApplication::translate("migreview::rules", "Set lock_timeout before statements that take strong locks on existing tables."),
            QCoreApplication::translate("migreview::rules",
                                        "A statement that needs ACCESS EXCLUSIVE or a SHARE-level lock waits behind every transaction "
                                        "already using the table, and while it waits every query that arrives after it queues behind "
                                        "it: even an instant ALTER TABLE can stop all traffic to the table for as long as the longest "
                                        "running transaction. With lock_timeout set the migration fails fast instead and can be retried."),
            QCoreApplication::translate("migreview::rules", "Any ACCESS EXCLUSIVE, EXCLUSIVE, SHARE ROW EXCLUSIVE or SHARE lock queues the queries behind it."),
            QStringLiteral("SET lock_timeout = '5s';\n"
                           "ALTER TABLE orders ADD COLUMN note text;"),
            QStringLiteral("ALTER TABLE orders ADD COLUMN note text;"),
        };
    }

    // Reported once per script, at the first statement that needs it, since one SET at the top
    // of the script fixes them all.
    void checkScript(const ScriptContext &context, Findings &findings) const override
    {
        const ScriptLocks found = firstStrongLockWhile(context, [](const analysis::TransactionState &transaction) {
            return !transaction.lockTimeoutSet;
        });
        if (found.first < 0)
            return;
        const sql::Statement &statement = context.parsed.statements[size_t(found.first)];
        QString message =
            QCoreApplication::translate("migreview::rules", "This %1 %2, and no lock_timeout is set: while it waits for running transactions, what it blocks queues behind it.")
                .arg(statement.commandTag, describeLock(found.mode, found.table));
        if (found.others > 0)
            message += u' '
                + QCoreApplication::translate("migreview::rules", "Later statements of this script lock existing tables too (%1 more).").arg(found.others);
        findings.reportScript(context.script, statement.range, message,
                              QStringLiteral("SET lock_timeout = '5s';  -- %1")
                                  .arg(QCoreApplication::translate("migreview::rules", "at the top of the script")),
                              found.first);
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(require_lock_timeout, migreview::rules::RequireLockTimeout)
