// An UPDATE or DELETE over a whole existing table in one statement: one long transaction that locks
// every row it touches until it commits.
#include "rules/rule.h"
#include "rules/fixes.h"

#include "analysis/ast.h"
#include "rules/rulesupport.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

// WHERE id = <constant> (or id IN (<constants>)), possibly ANDed with more conditions: a targeted
// change of known rows, not a backfill.
bool targetsKnownRows(const PgQuery__Node *where)
{
    if (!where)
        return false;
    if (where->node_case == PG_QUERY__NODE__NODE_BOOL_EXPR && where->bool_expr->boolop == PG_QUERY__BOOL_EXPR_TYPE__AND_EXPR) {
        for (size_t i = 0; i < where->bool_expr->n_args; ++i) {
            if (targetsKnownRows(where->bool_expr->args[i]))
                return true;
        }
        return false;
    }
    if (where->node_case != PG_QUERY__NODE__NODE_A_EXPR)
        return false;
    const PgQuery__AExpr *expr = where->a_expr;
    const bool equality = expr->kind == PG_QUERY__A__EXPR__KIND__AEXPR_OP && expr->n_name == 1 && analysis::stringValue(expr->name[0]) == u"=";
    const bool inList = expr->kind == PG_QUERY__A__EXPR__KIND__AEXPR_IN && expr->rexpr && expr->rexpr->node_case == PG_QUERY__NODE__NODE_LIST;
    if (!equality && !inList)
        return false;
    const PgQuery__Node *column = expr->lexpr;
    const PgQuery__Node *value = expr->rexpr;
    if (equality && (!column || column->node_case != PG_QUERY__NODE__NODE_COLUMN_REF))
        std::swap(column, value);
    if (!column || column->node_case != PG_QUERY__NODE__NODE_COLUMN_REF || column->column_ref->n_fields == 0)
        return false;
    const QString name = analysis::stringValue(column->column_ref->fields[column->column_ref->n_fields - 1]);
    if (name != u"id")
        return false;
    if (inList)
        return true;
    return value && (value->node_case == PG_QUERY__NODE__NODE_A_CONST || value->node_case == PG_QUERY__NODE__NODE_PARAM_REF);
}

class UnbatchedBackfill : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("unbatched-backfill"),
            Level::Warning,
            SeverityClass::Downtime,
            QCoreApplication::translate("migreview::rules", "Backfill existing tables in batches, not in one UPDATE or DELETE."),
            QCoreApplication::translate("migreview::rules",
                                        "An UPDATE or DELETE without a key range or LIMIT touches every matching row in one "
                                        "transaction. Each changed row stays locked until the commit, so application writes to "
                                        "those rows wait; every updated row leaves a dead tuple behind (table and index bloat) "
                                        "and the whole change reaches replicas at once (replication lag). If it fails near the "
                                        "end, all the work is rolled back."),
            QCoreApplication::translate("migreview::rules", "ROW EXCLUSIVE on the table and a row lock on every changed row until commit: "
                                                            "blocks writes to those rows."),
            QStringLiteral("-- repeat, each batch in its own transaction, until it changes no rows:\n"
                           "UPDATE orders SET status = 'archived'\n"
                           "WHERE id IN (SELECT id FROM orders WHERE status = 'old' LIMIT 10000);\n"
                           "-- or walk the key: ... WHERE id >= 1 AND id < 10001, then the next range"),
            QStringLiteral("UPDATE orders SET status = 'archived' WHERE status = 'old';"),
        };
    }

    void checkStatement(const StatementContext &context, Findings &findings) const override
    {
        const PgQuery__Node *node = context.node();
        const PgQuery__RangeVar *target = dmlTarget(node);
        if (!target)
            return;
        const QString table = analysis::relationName(target);
        if (context.schema.isNewAndEmpty(table) || isBatchedDml(node) || targetsKnownRows(dmlWhere(node)))
            return;
        const bool hasWhere = dmlWhere(node) != nullptr;
        const QString message = hasWhere
            ? QCoreApplication::translate("migreview::rules",
                                          "%1 on %2 has no key range or LIMIT: every matching row is changed in one transaction and "
                                          "stays locked until it commits.")
                  .arg(context.statement.commandTag, table)
            : QCoreApplication::translate("migreview::rules",
                                          "%1 on %2 has no WHERE clause: every row of the table is changed in one transaction and "
                                          "stays locked until it commits.")
                  .arg(context.statement.commandTag, table);
        // The same statement over one range of keys: the table's id when the set gave it one,
        // else physical pages (ctid), which every table has.
        const bool hasId = context.schema.columnType(table, QStringLiteral("id")).has_value();
        std::optional<QString> fix;
        // Qualified by the target's alias (or name): an UPDATE ... FROM another table with an id of
        // its own would find a bare "id" ambiguous.
        const QString qualifier = target->alias && target->alias->aliasname && *target->alias->aliasname
            ? fixes::quoteIdentifier(QString::fromUtf8(target->alias->aliasname))
            : fixes::quoteQualified(table);
        if (const std::optional<QString> batch = fixes::withExtraCondition(node, fixes::firstBatchCondition(hasId, qualifier)))
            fix = fixes::nextBatchNote(hasId) + u'\n' + *batch;
        findings.reportBuilt(context, message, fix);
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(unbatched_backfill, migreview::rules::UnbatchedBackfill)
