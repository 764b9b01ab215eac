// Several ALTER TABLEs on one table in one transaction that each scan or rewrite it: one statement
// with all their actions does one pass. Catalog-only actions (ADD COLUMN without a volatile
// default, SET DEFAULT, DROP COLUMN, NOT VALID constraints) cost nothing to keep apart.
#include "rules/rule.h"
#include "rules/fixes.h"

#include "analysis/ast.h"
#include "locks/statementlocks.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace migreview::rules {
namespace {

// Actions that cannot (or should not) share a statement with others.
bool isCombinable(const PgQuery__AlterTableStmt *stmt)
{
    if (stmt->objtype != PG_QUERY__OBJECT_TYPE__OBJECT_TABLE || stmt->n_cmds == 0)
        return false;
    for (size_t i = 0; i < stmt->n_cmds; ++i) {
        if (stmt->cmds[i]->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_CMD)
            return false;
        switch (stmt->cmds[i]->alter_table_cmd->subtype) {
        case PG_QUERY__ALTER_TABLE_TYPE__AT_ValidateConstraint: // belongs in its own, later transaction
        case PG_QUERY__ALTER_TABLE_TYPE__AT_AttachPartition:
        case PG_QUERY__ALTER_TABLE_TYPE__AT_DetachPartition:
        case PG_QUERY__ALTER_TABLE_TYPE__AT_DetachPartitionFinalize:
            return false;
        default:
            break;
        }
    }
    return true;
}

// "ADD COLUMN a int" from "ALTER TABLE orders ADD COLUMN a int".
QString actions(const QString &statementText)
{
    static const QRegularExpression prefix(QStringLiteral("^\\s*ALTER\\s+TABLE\\s+(IF\\s+EXISTS\\s+)?(ONLY\\s+)?(\"[^\"]*\"|[^\\s.\"]+)(\\.(\"[^\"]*\"|[^\\s\"]+))?\\s+"),
                                           QRegularExpression::CaseInsensitiveOption);
    QString text = statementText;
    text.remove(prefix);
    return text.trimmed();
}

class CombineAlterTableStatements : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("combine-alter-table-statements"),
            Level::Info,
            SeverityClass::Performance,
            QCoreApplication::translate("migreview::rules",
                                        "Several ALTER TABLE statements that each scan or rewrite one table in one transaction can be one statement."),
            QCoreApplication::translate("migreview::rules",
                                        "Actions that scan or rewrite the table (SET NOT NULL, a validated ADD CONSTRAINT, ALTER "
                                        "COLUMN TYPE) do so once per statement, all under the statement's lock. One ALTER TABLE "
                                        "with several comma-separated actions does a single scan or rewrite for all of them. "
                                        "Catalog-only actions (ADD COLUMN without a volatile default, SET DEFAULT, DROP COLUMN, "
                                        "NOT VALID constraints) take milliseconds each and are not worth combining."),
            {},
            QStringLiteral("ALTER TABLE orders\n"
                           "    ALTER COLUMN user_id SET NOT NULL,\n"
                           "    ALTER COLUMN total TYPE numeric(12,2);"),
            QStringLiteral("BEGIN;\n"
                           "ALTER TABLE orders ALTER COLUMN user_id SET NOT NULL;\n"
                           "ALTER TABLE orders ALTER COLUMN total TYPE numeric(12,2);\n"
                           "COMMIT;"),
        };
    }

    void checkScript(const ScriptContext &context, Findings &findings) const override
    {
        const auto &statements = context.parsed.statements;
        analysis::TransactionState transaction;
        transaction.toolTransaction = context.finalTransaction.toolTransaction;
        transaction.singleQuery = context.finalTransaction.singleQuery;
        QSet<QString> createdHere;
        // Per table, the ALTER TABLE statements of the current transaction.
        QHash<QString, std::vector<size_t>> groups;
        QHash<QString, int> passes; // per table, the grouped statements that scan or rewrite it
        QStringList order;
        const auto report = [&](const QString table) { // a copy: order's element goes away
            const std::vector<size_t> indexes = groups.take(table);
            const int tablePasses = passes.take(table);
            order.removeAll(table);
            if (indexes.size() >= 2 && tablePasses >= 2) {
                QStringList parts;
                for (size_t index : indexes)
                    parts.push_back(QStringLiteral("    ") + actions(context.parsed.statementText(statements[index])));
                const sql::Statement &second = statements[indexes[1]];
                findings.reportScript(context.script, second.range,
                                      QCoreApplication::translate("migreview::rules",
                                                                  "%n ALTER TABLE statements on %1 in one transaction could be one "
                                                                  "statement: %2 of them scan or rewrite the table, one pass would do.",
                                                                  nullptr, int(indexes.size()))
                                          .arg(table)
                                          .arg(tablePasses),
                                      QStringLiteral("ALTER TABLE %1\n%2;").arg(fixes::quoteQualified(table), parts.join(QStringLiteral(",\n"))),
                                      int(indexes[1]));
            }
        };
        const auto flush = [&]() {
            while (!order.isEmpty())
                report(order.first());
        };
        for (size_t i = 0; i < statements.size(); ++i) {
            const PgQuery__Node *node = statements[i].node;
            const bool wasIn = transaction.inTransaction();
            transaction.apply(node);
            if (!node)
                continue;
            if (node->node_case == PG_QUERY__NODE__NODE_CREATE_STMT) {
                createdHere.insert(analysis::relationName(node->create_stmt->relation));
                continue;
            }
            if (node->node_case == PG_QUERY__NODE__NODE_TRANSACTION_STMT) {
                if (wasIn != transaction.inTransaction() || !transaction.inTransaction())
                    flush();
                continue;
            }
            if (!transaction.inTransaction())
                continue;
            if (node->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_STMT) {
                // A statement in between that uses the table (UPDATE, CREATE INDEX, RENAME...)
                // may depend on the ALTERs before it: they cannot move past it.
                for (const locks::RelationLock &lock : locks::statementLocks(node)) {
                    if (groups.contains(lock.relation))
                        report(lock.relation);
                }
                continue;
            }
            const PgQuery__AlterTableStmt *stmt = node->alter_table_stmt;
            const QString table = analysis::relationName(stmt->relation);
            // A table this script created is empty: separate statements cost nothing.
            if (createdHere.contains(table) || context.schemaBefore.isNewAndEmpty(table))
                continue;
            if (!isCombinable(stmt)) {
                if (groups.contains(table))
                    report(table);
                continue;
            }
            if (!groups.contains(table))
                order.push_back(table);
            groups[table].push_back(i);
            for (const locks::RelationLock &lock : locks::statementLocks(node, &context.schemaBefore, context.pgVersion)) {
                if (lock.relation == table && (lock.work == locks::TableWork::Scan || lock.work == locks::TableWork::Rewrite)) {
                    ++passes[table];
                    break;
                }
            }
        }
        flush();
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(combine_alter_table_statements, migreview::rules::CombineAlterTableStatements)
