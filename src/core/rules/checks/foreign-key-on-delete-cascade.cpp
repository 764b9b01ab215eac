// ON DELETE CASCADE added to an existing table: deleting one parent row silently deletes every
// referencing row, in the same statement.
#include "rules/rule.h"
#include "rules/fixes.h"

#include "analysis/ast.h"
#include "rules/rulesupport.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

bool cascades(const PgQuery__Constraint *constraint)
{
    return constraint && constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN && constraint->fk_del_action
        && qstrcmp(constraint->fk_del_action, "c") == 0;
}

class ForeignKeyOnDeleteCascade : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("foreign-key-on-delete-cascade"),
            Level::Warning,
            SeverityClass::DataLoss,
            QCoreApplication::translate("migreview::rules", "A foreign key with ON DELETE CASCADE is added to an existing table."),
            QCoreApplication::translate("migreview::rules",
                                        "With ON DELETE CASCADE, deleting a referenced row deletes every referencing row, and "
                                        "their own cascades, in the same statement: a mistaken DELETE of one parent removes data "
                                        "across tables without an error, and a large cascade holds row locks on all of it and "
                                        "runs long. On an existing table the existing rows become subject to it at once. Opt-in: "
                                        "many schemas use cascades on purpose."),
            {},
            QStringLiteral("-- make deleting a referenced row fail while references exist, and delete children explicitly:\n"
                           "ALTER TABLE order_items ADD CONSTRAINT order_items_order_fk\n"
                           "    FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE RESTRICT NOT VALID;\n"
                           "ALTER TABLE order_items VALIDATE CONSTRAINT order_items_order_fk;"),
            QStringLiteral("ALTER TABLE order_items ADD CONSTRAINT order_items_order_fk\n"
                           "    FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE;"),
            true,
        };
    }

    void checkStatement(const StatementContext &context, Findings &findings) const override
    {
        forEachAlterTableCommand(context, [&](const QString &table, const PgQuery__AlterTableCmd *cmd) {
            if (!cmd->def || context.schema.isNewAndEmpty(table))
                return;
            if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint && cmd->def->node_case == PG_QUERY__NODE__NODE_CONSTRAINT) {
                if (cascades(cmd->def->constraint))
                    reportOn(context, findings, table, cmd->def->constraint);
            } else if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn && cmd->def->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF) {
                const PgQuery__ColumnDef *column = cmd->def->column_def;
                for (size_t i = 0; i < column->n_constraints; ++i) {
                    const PgQuery__Node *c = column->constraints[i];
                    if (c->node_case == PG_QUERY__NODE__NODE_CONSTRAINT && cascades(c->constraint))
                        reportOn(context, findings, table, c->constraint);
                }
            }
        });
    }

private:
    static void reportOn(const StatementContext &context, Findings &findings, const QString &table, const PgQuery__Constraint *constraint)
    {
        const QString parent = analysis::relationName(constraint->pktable);
        // The statement with ON DELETE RESTRICT; the children are then deleted explicitly first.
        std::optional<QString> fix;
        fixes::EditableStatement copy(context.node());
        if (copy.isValid()) {
            if (auto *changed = reinterpret_cast<PgQuery__Constraint *>(fixes::findAt(&copy.node()->base, &pg_query__constraint__descriptor, constraint->location))) {
                fixes::setString(&changed->fk_del_action, QStringLiteral("r"));
                if (const std::optional<QString> sql = copy.toSql())
                    fix = QCoreApplication::translate("migreview::rules", "-- delete the rows of %1 explicitly before their %2 row:").arg(table, parent) + u'\n' + *sql;
            }
        }
        findings.reportBuilt(context,
                        QCoreApplication::translate("migreview::rules",
                                                    "Foreign key from %1 to %2 has ON DELETE CASCADE: deleting a row of %2 silently "
                                                    "deletes the rows of %1 that reference it.")
                            .arg(table, parent),
                        fix,
                        context.rangeFrom(constraint->location));
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(foreign_key_on_delete_cascade, migreview::rules::ForeignKeyOnDeleteCascade)
