// char(n) pads with spaces and is no faster than text or varchar.
#include "rules/rule.h"
#include "rules/fixes.h"

#include "analysis/ast.h"
#include "rules/rulesupport.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

// char(n), character(n) and bpchar; not the one-byte internal type "char" (quoted).
bool isBlankPaddedChar(const PgQuery__TypeName *type)
{
    if (!type)
        return false;
    const QString qualified = analysis::qualifiedTypeName(type);
    return qualified == u"pg_catalog.bpchar" || qualified == u"bpchar";
}

QString replacementType(const PgQuery__TypeName *type)
{
    if (type->n_typmods == 1 && type->typmods[0]->node_case == PG_QUERY__NODE__NODE_A_CONST
        && type->typmods[0]->a_const->val_case == PG_QUERY__A__CONST__VAL_IVAL) {
        return QStringLiteral("varchar(%1)").arg(type->typmods[0]->a_const->ival->ival);
    }
    return QStringLiteral("text");
}

class BanCharField : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("ban-char-field"),
            Level::Info,
            SeverityClass::Safety,
            QCoreApplication::translate("migreview::rules", "Use text or varchar rather than char(n)."),
            QCoreApplication::translate("migreview::rules",
                                        "char(n) pads every value with spaces to n characters and ignores trailing spaces in "
                                        "comparisons, which surprises applications (a stored 'ab' reads back as 'ab   ', and casts "
                                        "to text strip it again). It takes as much space as the padded length and is no faster than "
                                        "text or varchar in PostgreSQL; the PostgreSQL wiki's \"Don't Do This\" lists it. A bare "
                                        "\"character\" is char(1)."),
            {},
            QStringLiteral("CREATE TABLE accounts (\n    country_code varchar(2) NOT NULL  -- or text with a CHECK (length(country_code) = 2)\n);"),
            QStringLiteral("CREATE TABLE accounts (\n    country_code char(2) NOT NULL\n);"),
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
            const PgQuery__CreateStmt *stmt = node->create_stmt;
            const QString table = analysis::relationName(stmt->relation);
            for (size_t i = 0; i < stmt->n_table_elts; ++i) {
                if (stmt->table_elts[i]->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF)
                    check(context, findings, table, stmt->table_elts[i]->column_def, false);
            }
            return;
        }
        forEachAlterTableCommand(context, [&](const QString &table, const PgQuery__AlterTableCmd *cmd) {
            if (!cmd->def || cmd->def->node_case != PG_QUERY__NODE__NODE_COLUMN_DEF)
                return;
            if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn)
                check(context, findings, table, cmd->def->column_def, false);
            else if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnType)
                check(context, findings, table, cmd->def->column_def, true, cmd->name);
        });
    }

private:
    static void check(const StatementContext &context, Findings &findings, const QString &table, const PgQuery__ColumnDef *column,
                      bool alterType, const char *alteredName = nullptr)
    {
        if (!isBlankPaddedChar(column->type_name))
            return;
        const QString name = QString::fromUtf8(alteredName ? alteredName : column->colname);
        const QString replacement = replacementType(column->type_name);
        // The statement with the column's type replaced (varchar keeps the length).
        const bool keepsLength = replacement.startsWith(u"varchar");
        const std::optional<QString> fix = fixes::withColumnChanged(context.node(), column->location, [keepsLength](PgQuery__ColumnDef *changed) {
            fixes::setTypeName(changed->type_name, {QStringLiteral("pg_catalog"), keepsLength ? QStringLiteral("varchar") : QStringLiteral("text")}, !keepsLength);
            return true;
        });
        findings.reportBuilt(context,
                        QCoreApplication::translate("migreview::rules",
                                                    "Column %1.%2 is char(n), which pads values with spaces; use %3 (or text) instead.")
                            .arg(table, name, replacement),
                        fix,
                        context.rangeFrom(alterType ? column->type_name->location : column->location));
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(ban_char_field, migreview::rules::BanCharField)
