// BEGIN inside a transaction is ignored with a warning, and the COMMIT that follows ends the outer one.
#include "rules/rule.h"
#include "rules/rulesupport.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

bool isBegin(const PgQuery__Node *node)
{
    return node && node->node_case == PG_QUERY__NODE__NODE_TRANSACTION_STMT
        && (node->transaction_stmt->kind == PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_BEGIN
            || node->transaction_stmt->kind == PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_START);
}

class TransactionNesting : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("transaction-nesting"),
            Level::Warning,
            SeverityClass::Safety,
            QCoreApplication::translate("migreview::rules", "Do not open or close transactions inside a transaction."),
            QCoreApplication::translate("migreview::rules",
                                        "PostgreSQL has no nested transactions: a BEGIN inside a transaction only raises a warning, and "
                                        "the first COMMIT ends the outer transaction. When the migration tool already wraps the script "
                                        "in a transaction, the script's COMMIT commits the tool's transaction early: the statements "
                                        "after it run outside any transaction, and a failure there leaves the migration half applied "
                                        "and not recorded. Use SAVEPOINT for a nested scope, or let either the tool or the script "
                                        "manage the transaction, not both."),
            {},
            QStringLiteral("-- the tool wraps the migration: write no BEGIN/COMMIT\n"
                           "ALTER TABLE orders ADD COLUMN note text;\n"
                           "UPDATE orders SET note = '';"),
            QStringLiteral("BEGIN;\nALTER TABLE orders ADD COLUMN note text;\nCOMMIT;  -- with a tool that runs migrations in a transaction"),
        };
    }

    void checkStatement(const StatementContext &context, Findings &findings) const override
    {
        const PgQuery__Node *node = context.node();
        if (!isTransactionBoundary(node))
            return;
        if (context.transaction.toolTransaction) {
            // Once per script: at its first BEGIN, COMMIT or ROLLBACK.
            for (int i = 0; i < context.statementIndex; ++i) {
                if (isTransactionBoundary(context.parsed.statements[size_t(i)].node))
                    return;
            }
            findings.report(context,
                            QCoreApplication::translate("migreview::rules",
                                                        "%1 in a script that %2 already runs in a transaction: PostgreSQL does not nest "
                                                        "transactions, so the script's COMMIT ends the tool's transaction early.")
                                .arg(context.statement.commandTag, repository::layoutName(context.migration.layout)),
                            QCoreApplication::translate("migreview::rules",
                                                        "-- remove BEGIN/COMMIT from the script, or turn the tool's transaction off for this migration"));
            return;
        }
        if (!isBegin(node) && !context.transaction.inTransaction()) {
            findings.report(context,
                            QCoreApplication::translate("migreview::rules",
                                                        "%1 with no transaction open: PostgreSQL only warns that there is no "
                                                        "transaction in progress, and the statements before it have already "
                                                        "committed one by one. A BEGIN is missing above, or this %1 is left over.")
                                .arg(context.statement.commandTag),
                            QCoreApplication::translate("migreview::rules",
                                                        "-- remove the %1, or open the transaction it ends with BEGIN where it should start")
                                .arg(context.statement.commandTag));
            return;
        }
        if (isBegin(node) && context.transaction.explicitBlock) {
            findings.report(context,
                            QCoreApplication::translate("migreview::rules",
                                                        "BEGIN inside a transaction block that is already open: PostgreSQL ignores it with "
                                                        "a warning, and the next COMMIT ends the outer block."),
                            QStringLiteral("SAVEPOINT step;  -- ... RELEASE SAVEPOINT step;  or ROLLBACK TO SAVEPOINT step;"));
        }
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(transaction_nesting, migreview::rules::TransactionNesting)
