// A statement that needs a strong lock on a busy table should give up rather than queue forever.
#include "rules/rule.h"

#include "analysis/ast.h"
#include "locks/statementlocks.h"
#include "rules/rulesupport.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

class RequireStatementTimeout : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("require-statement-timeout"),
            Level::Info,
            SeverityClass::Downtime,
            QCoreApplication::translate("migreview::rules", "Set statement_timeout before statements that lock existing tables."),
            QCoreApplication::translate("migreview::rules",
                                        "A statement that holds ACCESS EXCLUSIVE or a SHARE-level lock while it scans, rewrites or "
                                        "indexes a table blocks the table for as long as it runs, which on a large table can be far "
                                        "longer than expected. statement_timeout bounds that outage: the statement is cancelled and "
                                        "rolled back instead of blocking indefinitely."),
            QCoreApplication::translate("migreview::rules", "Any ACCESS EXCLUSIVE, EXCLUSIVE, SHARE ROW EXCLUSIVE or SHARE lock blocks writes (and, for ACCESS EXCLUSIVE, reads) while held."),
            QStringLiteral("SET statement_timeout = '5min';\n"
                           "ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0);"),
            QStringLiteral("ALTER TABLE orders ADD CONSTRAINT orders_total_check CHECK (total >= 0);"),
            true, // opt-in: require-lock-timeout covers the queueing; a statement_timeout is a team's choice
        };
    }

    // Reported once per script, at the first statement that needs it, since one SET at the top
    // of the script fixes them all.
    void checkScript(const ScriptContext &context, Findings &findings) const override
    {
        const ScriptLocks found = firstStrongLockWhile(context, [](const analysis::TransactionState &transaction) {
            return !transaction.statementTimeoutSet;
        });
        if (found.first < 0)
            return;
        const sql::Statement &statement = context.parsed.statements[size_t(found.first)];
        QString message =
            QCoreApplication::translate("migreview::rules", "This %1 %2, and no statement_timeout is set: nothing bounds how long it holds the lock.")
                .arg(statement.commandTag, describeLock(found.mode, found.table));
        if (found.others > 0)
            message += u' '
                + QCoreApplication::translate("migreview::rules", "Later statements of this script lock existing tables too (%1 more).").arg(found.others);
        findings.reportScript(context.script, statement.range, message,
                              QStringLiteral("SET statement_timeout = '5min';  -- %1")
                                  .arg(QCoreApplication::translate("migreview::rules", "at the top of the script")),
                              found.first);
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(require_statement_timeout, migreview::rules::RequireStatementTimeout)
