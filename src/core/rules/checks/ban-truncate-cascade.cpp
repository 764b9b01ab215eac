// TRUNCATE ... CASCADE empties every table that references the truncated ones, recursively.
#include "rules/rule.h"

#include "analysis/ast.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

class BanTruncateCascade : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("ban-truncate-cascade"),
            Level::Error,
            SeverityClass::DataLoss,
            QCoreApplication::translate("migreview::rules", "TRUNCATE ... CASCADE also empties every table that references the truncated one."),
            QCoreApplication::translate("migreview::rules",
                                        "With CASCADE, TRUNCATE also truncates every table that has a foreign key to the named tables, "
                                        "and the tables referencing those, recursively, without listing them: a reference added later "
                                        "by someone else silently widens what the migration deletes. Each of those tables is locked "
                                        "ACCESS EXCLUSIVE as well. Name every table to empty explicitly, so that an unexpected "
                                        "reference makes TRUNCATE fail instead."),
            QCoreApplication::translate("migreview::rules", "ACCESS EXCLUSIVE on every truncated table: blocks all reads and writes."),
            QStringLiteral("TRUNCATE TABLE order_items, orders;  -- RESTRICT (the default): fails if another table references them"),
            QStringLiteral("TRUNCATE TABLE orders CASCADE;"),
        };
    }

    void checkStatement(const StatementContext &context, Findings &findings) const override
    {
        const PgQuery__Node *node = context.node();
        if (!node || node->node_case != PG_QUERY__NODE__NODE_TRUNCATE_STMT || node->truncate_stmt->behavior != PG_QUERY__DROP_BEHAVIOR__DROP_CASCADE)
            return;
        const PgQuery__TruncateStmt *stmt = node->truncate_stmt;
        QStringList tables;
        for (size_t i = 0; i < stmt->n_relations; ++i) {
            if (stmt->relations[i]->node_case == PG_QUERY__NODE__NODE_RANGE_VAR)
                tables.push_back(analysis::relationName(stmt->relations[i]->range_var));
        }
        const QString list = tables.join(QStringLiteral(", "));
        findings.report(context,
                        QCoreApplication::translate("migreview::rules",
                                                    "TRUNCATE %1 CASCADE also empties every table that references %1, directly or "
                                                    "through others, whichever exist when it runs.")
                            .arg(list),
                        QStringLiteral("TRUNCATE TABLE %1;  -- list every table to empty; without CASCADE it fails on an unexpected reference")
                            .arg(list));
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(ban_truncate_cascade, migreview::rules::BanTruncateCascade)
