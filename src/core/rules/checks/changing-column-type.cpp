// ALTER COLUMN TYPE rewrites the table and its indexes under ACCESS EXCLUSIVE, unless the old
// type converts to the new one without changing the stored bytes.
#include "rules/rule.h"
#include "rules/fixes.h"

#include "analysis/ast.h"
#include "rules/rulesupport.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

namespace migreview::rules {
namespace {

using analysis::ColumnType;
using analysis::columnType;
using analysis::Coercion;
using analysis::coercion;
using analysis::isTextLike;

// Whether an earlier statement of the script set the session TimeZone to UTC.
bool scriptSetsUtc(const StatementContext &context)
{
    bool utc = false;
    for (int i = 0; i < context.statementIndex && i < int(context.parsed.statements.size()); ++i) {
        const PgQuery__Node *node = context.parsed.statements[size_t(i)].node;
        if (!node || node->node_case != PG_QUERY__NODE__NODE_VARIABLE_SET_STMT)
            continue;
        const PgQuery__VariableSetStmt *set = node->variable_set_stmt;
        if (!set->name || QString::fromUtf8(set->name).toLower() != u"timezone")
            continue;
        utc = false;
        if (set->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_SET_VALUE && set->n_args == 1 && set->args[0]->node_case == PG_QUERY__NODE__NODE_A_CONST) {
            const PgQuery__AConst *value = set->args[0]->a_const;
            if (value->val_case == PG_QUERY__A__CONST__VAL_SVAL && value->sval->sval) {
                const QString zone = QString::fromUtf8(value->sval->sval).toLower();
                utc = zone == u"utc" || zone == u"etc/utc" || zone == u"gmt" || zone == u"etc/gmt" || zone == u"universal" || zone == u"zulu";
            } else if (value->val_case == PG_QUERY__A__CONST__VAL_IVAL) {
                utc = value->ival->ival == 0;
            }
        }
    }
    return utc;
}

// Whether a USING expression is only the column itself, possibly cast to the new type.
bool isTrivialUsing(const PgQuery__Node *expression, const QString &column)
{
    if (!expression)
        return true;
    if (expression->node_case == PG_QUERY__NODE__NODE_TYPE_CAST)
        expression = expression->type_cast->arg;
    if (!expression || expression->node_case != PG_QUERY__NODE__NODE_COLUMN_REF)
        return false;
    const PgQuery__ColumnRef *ref = expression->column_ref;
    return ref->n_fields == 1 && analysis::stringValue(ref->fields[0]) == column;
}

class ChangingColumnType : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("changing-column-type"),
            Level::Warning,
            SeverityClass::Downtime,
            QCoreApplication::translate("migreview::rules", "Changing a column's type rewrites the table under ACCESS EXCLUSIVE."),
            QCoreApplication::translate("migreview::rules",
                                        "ALTER COLUMN ... TYPE rewrites every row and rebuilds every index of the table while holding "
                                        "ACCESS EXCLUSIVE, so all reads and writes wait for the whole rewrite. PostgreSQL skips the "
                                        "rewrite only when the old type converts to the new one without changing the stored bytes and "
                                        "no USING expression recomputes the values: varchar(n) to varchar(m) with m >= n, varchar to "
                                        "text and text to unbounded varchar, numeric(p, s) to numeric(p2, s) with p2 >= p or to "
                                        "unconstrained numeric, cidr to inet, and from PostgreSQL 12 timestamp to timestamptz (and "
                                        "back) when the session TimeZone is UTC. Even then, indexes on the column are rebuilt unless "
                                        "PostgreSQL can verify the new index would be equivalent to the old one. Changing the clients at the same moment is a compatibility break as well."),
            QCoreApplication::translate("migreview::rules", "ACCESS EXCLUSIVE for the rewrite: blocks all reads and writes."),
            QStringLiteral("-- a new column, filled in the background, instead of an in-place rewrite:\n"
                           "ALTER TABLE orders ADD COLUMN amount_new bigint;\n"
                           "-- keep it in sync for new writes (trigger or application), backfill in batches:\n"
                           "UPDATE orders SET amount_new = amount WHERE id BETWEEN 1 AND 10000;\n"
                           "-- then, in one short transaction:\n"
                           "ALTER TABLE orders RENAME COLUMN amount TO amount_old;\n"
                           "ALTER TABLE orders RENAME COLUMN amount_new TO amount;"),
            QStringLiteral("ALTER TABLE orders ALTER COLUMN amount TYPE bigint;"),
        };
    }

    void checkStatement(const StatementContext &context, Findings &findings) const override
    {
        forEachAlterTableCommand(context, [&](const QString &table, const PgQuery__AlterTableCmd *cmd) {
            if (cmd->subtype != PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnType || !cmd->name || !cmd->def
                || cmd->def->node_case != PG_QUERY__NODE__NODE_COLUMN_DEF || context.schema.isNewAndEmpty(table))
                return;
            const QString column = QString::fromUtf8(cmd->name);
            const PgQuery__ColumnDef *def = cmd->def->column_def;
            const ColumnType to = columnType(def->type_name);
            const std::optional<ColumnType> from = context.schema.columnType(table, column);
            const QString lock = describeLock(locks::LockMode::AccessExclusive, table);
            // Expand and contract with real SQL: the new type printed from the tree, the USING
            // expression (or the column) as the backfill's value, batches over the key.
            std::optional<QString> fix;
            const std::optional<QString> newType = fixes::typeSql(def->type_name);
            const std::optional<QString> value = def->raw_default ? fixes::expressionSql(def->raw_default) : std::optional<QString>(fixes::quoteIdentifier(column));
            if (newType && value) {
                const bool hasId = context.schema.columnType(table, QStringLiteral("id")).has_value();
                const QString quotedTable = fixes::quoteQualified(table), quoted = fixes::quoteIdentifier(column),
                              quotedNew = fixes::quoteIdentifier(column + QStringLiteral("_new")),
                              quotedOld = fixes::quoteIdentifier(column + QStringLiteral("_old"));
                const QString text = QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3;\n").arg(quotedTable, quotedNew, *newType)
                    + QCoreApplication::translate("migreview::rules", "-- keep the new column in step for new writes (a trigger or the application); backfill:")
                    + u'\n' + fixes::nextBatchNote(hasId) + u'\n'
                    + QStringLiteral("UPDATE %1 SET %2 = %3 WHERE %4 AND %2 IS NULL;\n").arg(quotedTable, quotedNew, *value, fixes::firstBatchCondition(hasId))
                    + QCoreApplication::translate("migreview::rules", "-- then, in one short transaction:") + u'\n'
                    + QStringLiteral("ALTER TABLE %1 RENAME COLUMN %2 TO %3;\nALTER TABLE %1 RENAME COLUMN %4 TO %2;").arg(quotedTable, quoted, quotedOld, quotedNew);
                if (fixes::parses(text))
                    fix = text;
            }
            const sql::SourceRange range = context.rangeFrom(def->type_name ? def->type_name->location : -1);

            if (!isTrivialUsing(def->raw_default, column)) {
                findings.reportBuilt(context,
                                QCoreApplication::translate("migreview::rules",
                                                            "Changing %1.%2 to %3 with a USING expression recomputes every row: the "
                                                            "rewrite of %1 and its indexes %4 throughout.")
                                    .arg(table, column, to.display(), lock),
                                fix, range);
                return;
            }
            if (!from) {
                // A script that sets TimeZone to UTC before turning a column into timestamptz (or
                // back) is doing the PostgreSQL 12+ rewrite-free conversion on purpose.
                if ((to.name == u"timestamptz" || to.name == u"timestamp") && !to.array && context.pgVersion >= 12 && scriptSetsUtc(context))
                    return;
                const bool mayBeFree = (isTextLike(to.name) || to.name == u"numeric" || to.name == u"inet" || to.name == u"timestamptz"
                                        || to.name == u"timestamp")
                    && !to.array;
                const QString message = mayBeFree
                    ? QCoreApplication::translate("migreview::rules",
                                                  "Changing %1.%2 to %3 rewrites %1 and its indexes, and %4 throughout, unless the "
                                                  "current type converts without a rewrite (varchar(n) to a longer varchar or to text, "
                                                  "numeric with a larger precision and the same scale, cidr to inet, timestamp to "
                                                  "timestamptz with TimeZone UTC on PostgreSQL 12+); the migrations read here do not "
                                                  "show the current type.")
                          .arg(table, column, to.display(), lock)
                    : QCoreApplication::translate("migreview::rules",
                                                  "Changing %1.%2 to %3 rewrites %1 and rebuilds its indexes; the rewrite %4 throughout.")
                          .arg(table, column, to.display(), lock);
                findings.reportBuilt(context, message, fix, range);
                return;
            }
            switch (coercion(*from, to)) {
            case Coercion::Free:
                return;
            case Coercion::FreeIfUtc: {
                if (context.pgVersion >= 12 && scriptSetsUtc(context))
                    return;
                const QString message = context.pgVersion >= 12
                    ? QCoreApplication::translate("migreview::rules",
                                                  "Changing %1.%2 from %3 to %4 skips the rewrite only when the session TimeZone is UTC; "
                                                  "otherwise it rewrites %1 and its indexes and %5 throughout. Run SET TIME ZONE 'UTC' "
                                                  "first in the same session to be sure.")
                          .arg(table, column, from->display(), to.display(), lock)
                    : QCoreApplication::translate("migreview::rules",
                                                  "Changing %1.%2 from %3 to %4 rewrites %1 and its indexes on PostgreSQL %5 (12 and later "
                                                  "skip it when TimeZone is UTC); the rewrite %6 throughout.")
                          .arg(table, column, from->display(), to.display(), QString::number(context.pgVersion), lock);
                findings.reportBuilt(context, message,
                                context.pgVersion >= 12
                                    ? std::optional<QString>(QStringLiteral("SET TIME ZONE 'UTC';\nALTER TABLE %1 ALTER COLUMN %2 TYPE %3;").arg(fixes::quoteQualified(table), fixes::quoteIdentifier(column), newType.value_or(to.display())))
                                    : fix,
                                range);
                return;
            }
            case Coercion::Rewrite:
                findings.reportBuilt(context,
                                QCoreApplication::translate("migreview::rules",
                                                            "Changing %1.%2 from %3 to %4 rewrites %1 and rebuilds its indexes; the rewrite %5 "
                                                            "throughout.")
                                    .arg(table, column, from->display(), to.display(), lock),
                                fix, range);
                return;
            }
        });
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(changing_column_type, migreview::rules::ChangingColumnType)
