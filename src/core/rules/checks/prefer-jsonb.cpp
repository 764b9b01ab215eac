// json columns: stored as text, re-parsed on every access, no equality, no GIN index.
#include "rules/rule.h"
#include "rules/fixes.h"

#include "analysis/ast.h"
#include "rules/rulesupport.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

bool isJson(const PgQuery__TypeName *type)
{
    return type && analysis::typeName(type) == u"json" && (type->n_names == 1 || analysis::qualifiedTypeName(type) == u"pg_catalog.json");
}

class PreferJsonb : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("prefer-jsonb"),
            Level::Warning,
            SeverityClass::Performance,
            QCoreApplication::translate("migreview::rules", "Use jsonb rather than json for columns."),
            QCoreApplication::translate("migreview::rules",
                                        "json stores the text as given and re-parses it on every access. It has no equality "
                                        "operator, so SELECT DISTINCT, GROUP BY, UNION and unique constraints on it fail, and it "
                                        "cannot be indexed with GIN for containment (@>) or key (?) queries. jsonb is stored "
                                        "parsed, is faster to query and supports all of these. Keep json only when the exact text "
                                        "(key order, duplicate keys, whitespace) must be preserved. Changing the type later "
                                        "rewrites the table."),
            {},
            QStringLiteral("CREATE TABLE events (id bigint PRIMARY KEY, payload jsonb NOT NULL);"),
            QStringLiteral("CREATE TABLE events (id bigint PRIMARY KEY, payload json NOT NULL);"),
        };
    }

    void checkStatement(const StatementContext &context, Findings &findings) const override
    {
        // A down script puts back the definitions its up script changed: advice on the types it
        // restores would leave the schema different from the one the earlier migrations built.
        if (context.isDown())
            return;
        const PgQuery__Node *node = context.node();
        if (!node)
            return;
        if (node->node_case == PG_QUERY__NODE__NODE_CREATE_STMT) {
            const QString table = analysis::relationName(node->create_stmt->relation);
            for (size_t i = 0; i < node->create_stmt->n_table_elts; ++i) {
                const PgQuery__Node *element = node->create_stmt->table_elts[i];
                if (element->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF)
                    check(context, findings, table, element->column_def->colname, element->column_def->type_name, element->column_def->location);
            }
            return;
        }
        forEachAlterTableCommand(context, [&](const QString &table, const PgQuery__AlterTableCmd *cmd) {
            if (!cmd->def || cmd->def->node_case != PG_QUERY__NODE__NODE_COLUMN_DEF)
                return;
            const PgQuery__ColumnDef *column = cmd->def->column_def;
            if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn)
                check(context, findings, table, column->colname, column->type_name, column->location);
            else if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnType)
                check(context, findings, table, cmd->name, column->type_name, column->location);
        });
    }

private:
    static void check(const StatementContext &context, Findings &findings, const QString &table, const char *columnName,
                      const PgQuery__TypeName *type, int location)
    {
        if (!isJson(type))
            return;
        const QString column = QString::fromUtf8(columnName ? columnName : "");
        const bool array = type->n_array_bounds > 0;
        Q_UNUSED(array)
        // The statement with the column's type jsonb (arrays stay arrays), when the column is one.
        const std::optional<QString> fix = location >= 0 ? fixes::withColumnChanged(context.node(), location,
                                                                                           [](PgQuery__ColumnDef *changed) {
                                                                                               fixes::setTypeName(changed->type_name, {QStringLiteral("pg_catalog"), QStringLiteral("jsonb")});
                                                                                               return true;
                                                                                           })
                                                               : std::nullopt;
        findings.reportBuilt(context,
                        QCoreApplication::translate("migreview::rules", "Column %1.%2 is json: use jsonb.").arg(table, column),
                        fix,
                        location >= 0 ? std::optional(context.rangeFrom(location)) : std::nullopt);
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(prefer_jsonb, migreview::rules::PreferJsonb)
