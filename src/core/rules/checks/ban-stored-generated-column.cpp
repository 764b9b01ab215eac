// ADD COLUMN ... GENERATED ALWAYS AS (...) STORED computes the value for every existing row: a
// full table rewrite under ACCESS EXCLUSIVE.
#include "rules/rule.h"
#include "rules/fixes.h"

#include "analysis/ast.h"
#include "rules/rulesupport.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

class BanStoredGeneratedColumn : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("ban-stored-generated-column"),
            Level::Warning,
            SeverityClass::Downtime,
            QCoreApplication::translate("migreview::rules", "Adding a stored generated column rewrites the whole table."),
            QCoreApplication::translate("migreview::rules",
                                        "A GENERATED ALWAYS AS (...) STORED column is computed and written for every existing row "
                                        "when it is added, so PostgreSQL rewrites the table and its indexes while holding ACCESS "
                                        "EXCLUSIVE. (PostgreSQL up to 17 only has stored generated columns.)"),
            QCoreApplication::translate("migreview::rules", "ACCESS EXCLUSIVE for the rewrite: blocks all reads and writes."),
            QStringLiteral("-- a plain column kept up to date by a trigger, backfilled in batches:\n"
                           "ALTER TABLE orders ADD COLUMN total numeric;\n"
                           "CREATE FUNCTION orders_set_total() RETURNS trigger LANGUAGE plpgsql AS\n"
                           "  $$ BEGIN NEW.total := NEW.price * NEW.quantity; RETURN NEW; END $$;\n"
                           "CREATE TRIGGER orders_total BEFORE INSERT OR UPDATE ON orders\n"
                           "  FOR EACH ROW EXECUTE FUNCTION orders_set_total();\n"
                           "UPDATE orders SET total = price * quantity WHERE id BETWEEN 1 AND 10000;  -- repeat per batch\n"
                           "-- or compute it at query time (a view or an expression index)"),
            QStringLiteral("ALTER TABLE orders ADD COLUMN total numeric GENERATED ALWAYS AS (price * quantity) STORED;"),
        };
    }

    void checkStatement(const StatementContext &context, Findings &findings) const override
    {
        forEachAlterTableCommand(context, [&](const QString &table, const PgQuery__AlterTableCmd *cmd) {
            if (cmd->subtype != PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn || !cmd->def || cmd->def->node_case != PG_QUERY__NODE__NODE_COLUMN_DEF)
                return;
            const PgQuery__ColumnDef *column = cmd->def->column_def;
            const PgQuery__Constraint *generated = analysis::findConstraint(column, PG_QUERY__CONSTR_TYPE__CONSTR_GENERATED);
            if (!generated || context.schema.isNewAndEmpty(table))
                return;
            const QString name = QString::fromUtf8(column->colname);
            // A plain column (instant) filled from the same expression in batches; new rows are the
            // application's or a trigger's to fill.
            std::optional<QString> fix;
            const std::optional<QString> type = fixes::typeSql(column->type_name);
            const std::optional<QString> expression = fixes::expressionSql(generated->raw_expr);
            if (type && expression) {
                const bool hasId = context.schema.columnType(table, QStringLiteral("id")).has_value();
                const QString text = QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3;\n").arg(fixes::quoteQualified(table), fixes::quoteIdentifier(name), *type)
                    + QCoreApplication::translate("migreview::rules", "-- keep it current for new rows (a BEFORE INSERT OR UPDATE trigger), then fill the others:")
                    + u'\n' + fixes::nextBatchNote(hasId) + u'\n'
                    + QStringLiteral("UPDATE %1 SET %2 = %3 WHERE %4;").arg(fixes::quoteQualified(table), fixes::quoteIdentifier(name), *expression, fixes::firstBatchCondition(hasId));
                if (fixes::parses(text))
                    fix = text;
            }
            findings.reportBuilt(context,
                            QCoreApplication::translate("migreview::rules",
                                                        "Adding stored generated column %1 computes it for every row of %2: the rewrite %3.")
                                .arg(name, table, describeLock(locks::LockMode::AccessExclusive, table)),
                            fix,
                            context.rangeFrom(column->location));
        });
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(ban_stored_generated_column, migreview::rules::BanStoredGeneratedColumn)
