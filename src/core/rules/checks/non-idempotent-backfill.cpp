// UPDATE ... SET amount = amount * 100 without a guard: running it twice corrupts the data.
#include "rules/rule.h"
#include "rules/fixes.h"

#include "analysis/ast.h"
#include "rules/rulesupport.h"

#include <QCoreApplication>
#include <QSet>

namespace migreview::rules {
namespace {

struct Target
{
    QString table; // name as written
    QString alias; // or empty
};

// A reference to column of the updated table (unqualified, or qualified by its name or alias).
bool refersTo(const PgQuery__ColumnRef *ref, const QString &column, const Target &target)
{
    if (ref->n_fields == 0 || analysis::stringValue(ref->fields[ref->n_fields - 1]) != column)
        return false;
    if (ref->n_fields == 1)
        return true;
    const QString qualifier = analysis::stringValue(ref->fields[ref->n_fields - 2]);
    return qualifier == target.alias || qualifier == target.table || target.table.endsWith(u'.' + qualifier);
}

bool mentions(const PgQuery__Node *expression, const QString &column, const Target &target)
{
    bool found = false;
    analysis::forEachNode(expression, [&](const PgQuery__Node *node) {
        if (node->node_case == PG_QUERY__NODE__NODE_COLUMN_REF && refersTo(node->column_ref, column, target))
            found = true;
        return !found;
    });
    return found;
}

// Functions f with f(f(x)) = f(x) for the way migrations use them.
bool isIdempotentFunction(const QString &name)
{
    static const QSet<QString> names{
        QStringLiteral("lower"), QStringLiteral("upper"), QStringLiteral("trim"), QStringLiteral("btrim"), QStringLiteral("ltrim"),
        QStringLiteral("rtrim"), QStringLiteral("initcap"), QStringLiteral("abs"), QStringLiteral("round"), QStringLiteral("floor"),
        QStringLiteral("ceil"), QStringLiteral("ceiling"), QStringLiteral("trunc"), QStringLiteral("date_trunc"), QStringLiteral("greatest"),
        QStringLiteral("least"), QStringLiteral("nullif"), QStringLiteral("coalesce"), QStringLiteral("left"), QStringLiteral("substring"),
        QStringLiteral("substr"), QStringLiteral("replace"), QStringLiteral("regexp_replace"), QStringLiteral("jsonb_set"),
        QStringLiteral("jsonb_strip_nulls"), QStringLiteral("unaccent"), QStringLiteral("normalize"), QStringLiteral("md5"),
    };
    return names.contains(name);
}

// Functions that grow their argument each time.
bool isAccumulatingFunction(const QString &name)
{
    static const QSet<QString> names{QStringLiteral("concat"), QStringLiteral("concat_ws"), QStringLiteral("array_append"),
                                     QStringLiteral("array_prepend"), QStringLiteral("array_cat"), QStringLiteral("jsonb_insert"),
                                     QStringLiteral("date_add"), QStringLiteral("lpad"), QStringLiteral("rpad"), QStringLiteral("repeat")};
    return names.contains(name);
}

// Whether applying the expression to its own result changes the value again: x * 100, x || 'a',
// x + 1, concat(x, ...). Plain x, casts, lower(x), COALESCE(x, 0) and CASE expressions that test x
// are stable.
bool changesOnRerun(const PgQuery__Node *expression, const QString &column, const Target &target)
{
    if (!expression || !mentions(expression, column, target))
        return false;
    switch (expression->node_case) {
    case PG_QUERY__NODE__NODE_COLUMN_REF:
        return false;
    case PG_QUERY__NODE__NODE_TYPE_CAST:
        return changesOnRerun(expression->type_cast->arg, column, target);
    case PG_QUERY__NODE__NODE_COALESCE_EXPR:
        for (size_t i = 0; i < expression->coalesce_expr->n_args; ++i) {
            if (changesOnRerun(expression->coalesce_expr->args[i], column, target))
                return true;
        }
        return false;
    case PG_QUERY__NODE__NODE_CASE_EXPR: {
        // CASE WHEN amount < 1000 THEN amount * 100 ELSE amount END guards itself.
        const PgQuery__CaseExpr *expr = expression->case_expr;
        if (mentions(expr->arg, column, target))
            return false;
        for (size_t i = 0; i < expr->n_args; ++i) {
            const PgQuery__Node *when = expr->args[i];
            if (when->node_case == PG_QUERY__NODE__NODE_CASE_WHEN && mentions(when->case_when->expr, column, target))
                return false;
        }
        for (size_t i = 0; i < expr->n_args; ++i) {
            const PgQuery__Node *when = expr->args[i];
            if (when->node_case == PG_QUERY__NODE__NODE_CASE_WHEN && changesOnRerun(when->case_when->result, column, target))
                return true;
        }
        return changesOnRerun(expr->defresult, column, target);
    }
    case PG_QUERY__NODE__NODE_FUNC_CALL: {
        const QString name = analysis::functionName(expression->func_call);
        if (isAccumulatingFunction(name))
            return true;
        if (!isIdempotentFunction(name))
            return false; // unknown: do not guess
        for (size_t i = 0; i < expression->func_call->n_args; ++i) {
            if (changesOnRerun(expression->func_call->args[i], column, target))
                return true;
        }
        return false;
    }
    case PG_QUERY__NODE__NODE_A_EXPR: {
        const PgQuery__AExpr *expr = expression->a_expr;
        if (expr->kind != PG_QUERY__A__EXPR__KIND__AEXPR_OP || expr->n_name != 1)
            return false;
        static const QSet<QString> operators{QStringLiteral("+"), QStringLiteral("-"), QStringLiteral("*"), QStringLiteral("/"),
                                             QStringLiteral("%"), QStringLiteral("^"), QStringLiteral("||"), QStringLiteral("<<"),
                                             QStringLiteral(">>")};
        if (!operators.contains(analysis::stringValue(expr->name[0])))
            return false;
        return true;
    }
    default:
        return false;
    }
}

class NonIdempotentBackfill : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("non-idempotent-backfill"),
            Level::Warning,
            SeverityClass::DataLoss,
            QCoreApplication::translate("migreview::rules", "A backfill that computes a column from itself changes the data again when it is re-run."),
            QCoreApplication::translate("migreview::rules",
                                        "UPDATE ... SET amount = amount * 100 is correct exactly once. If the migration runs without "
                                        "a transaction and fails after this statement, or is run in batches that are retried, the "
                                        "rows already converted are converted again: the data is silently corrupted. A WHERE "
                                        "condition that only matches unconverted rows makes the update safe to repeat. Inside a "
                                        "transaction that rolls back as a whole the statement is only reported when it works in "
                                        "batches."),
            {},
            QStringLiteral("-- write the result to a new column and guard on it:\n"
                           "UPDATE orders SET amount_cents = amount * 100 WHERE amount_cents IS NULL;\n"
                           "-- or mark converted rows:\n"
                           "UPDATE orders SET amount = amount * 100, amount_in_cents = true WHERE NOT amount_in_cents;"),
            QStringLiteral("UPDATE orders SET amount = amount * 100;"),
        };
    }

    void checkStatement(const StatementContext &context, Findings &findings) const override
    {
        const PgQuery__Node *node = context.node();
        if (!node || node->node_case != PG_QUERY__NODE__NODE_UPDATE_STMT)
            return;
        const PgQuery__UpdateStmt *update = node->update_stmt;
        const Target target{analysis::relationName(update->relation),
                            update->relation && update->relation->alias && update->relation->alias->aliasname
                                ? QString::fromUtf8(update->relation->alias->aliasname)
                                : QString()};
        if (context.schema.isNewAndEmpty(target.table))
            return;
        // A single statement is atomic; inside a transaction the whole migration is. Re-runs of a
        // converted row happen without a transaction, or when the update is one batch of many.
        if (context.transaction.inTransaction() && !isBatchedDml(node))
            return;
        QStringList assigned;
        for (size_t i = 0; i < update->n_target_list; ++i) {
            const PgQuery__Node *item = update->target_list[i];
            if (item->node_case == PG_QUERY__NODE__NODE_RES_TARGET && item->res_target->name)
                assigned.push_back(QString::fromUtf8(item->res_target->name));
        }
        // The guard: the WHERE tests one of the columns the update changes.
        for (const QString &column : std::as_const(assigned)) {
            if (mentions(update->where_clause, column, target))
                return;
        }
        for (size_t i = 0; i < update->n_target_list; ++i) {
            const PgQuery__Node *item = update->target_list[i];
            if (item->node_case != PG_QUERY__NODE__NODE_RES_TARGET || !item->res_target->name || item->res_target->n_indirection > 0)
                continue;
            const PgQuery__ResTarget *res = item->res_target;
            const QString column = QString::fromUtf8(res->name);
            if (!changesOnRerun(res->val, column, target))
                continue;
            // The result into a new column, guarded on it: the same statement, its target renamed
            // and "AND <column>_new IS NULL" added (the new column added first).
            std::optional<QString> fix;
            fixes::EditableStatement copy(context.node());
            const QString renamed = column + QStringLiteral("_new");
            if (copy.isValid()) {
                PgQuery__UpdateStmt *changed = copy.node()->update_stmt;
                for (size_t t = 0; t < changed->n_target_list; ++t) {
                    PgQuery__ResTarget *item = changed->target_list[t]->res_target;
                    if (item && item->name && QString::fromUtf8(item->name) == column)
                        fixes::setString(&item->name, renamed);
                }
                const std::optional<analysis::ColumnType> type = context.schema.columnType(target.table, column);
                const std::optional<QString> guarded = fixes::withExtraCondition(copy.node(), fixes::quoteIdentifier(renamed) + QStringLiteral(" IS NULL"));
                if (guarded && type && !type->unknownModifiers) {
                    const QString text = QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3;\n").arg(fixes::quoteQualified(target.table), fixes::quoteIdentifier(renamed), type->display())
                        + QCoreApplication::translate("migreview::rules", "-- a rerun skips the rows already written:") + u'\n' + *guarded;
                    if (fixes::parses(text))
                        fix = text;
                }
            }
            findings.reportBuilt(context,
                            QCoreApplication::translate("migreview::rules",
                                                        "UPDATE of %1 computes %2 from its own value with no WHERE condition that skips "
                                                        "rows already converted: running it twice converts them twice.")
                                .arg(target.table, column),
                            fix,
                            context.rangeFrom(res->location));
        }
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(non_idempotent_backfill, migreview::rules::NonIdempotentBackfill)
