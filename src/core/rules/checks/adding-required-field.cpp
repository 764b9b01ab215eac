// ADD COLUMN ... NOT NULL without a default fails on a table that has rows.
#include "rules/rule.h"
#include "rules/fixes.h"

#include "analysis/ast.h"
#include "rules/rulesupport.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

class AddingRequiredField : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("adding-required-field"),
            Level::Error,
            SeverityClass::Safety,
            QCoreApplication::translate("migreview::rules", "Adding a NOT NULL column without a default fails on a table with rows."),
            QCoreApplication::translate("migreview::rules",
                                        "A new column is NULL in every existing row unless it has a default (or is generated, "
                                        "identity or serial). With NOT NULL (or PRIMARY KEY) and no default, PostgreSQL refuses the "
                                        "ALTER TABLE as soon as the table holds a row (\"column ... contains null values\"), so the "
                                        "migration works on an empty development database and fails in production."),
            {},
            QStringLiteral("-- a constant default is instant from PostgreSQL 11:\n"
                           "ALTER TABLE orders ADD COLUMN status text NOT NULL DEFAULT 'new';\n"
                           "-- or add it nullable, backfill in batches, then enforce it\n"
                           "-- (see adding-not-nullable-field for the scan-free SET NOT NULL):\n"
                           "ALTER TABLE orders ADD COLUMN status text;"),
            QStringLiteral("ALTER TABLE orders ADD COLUMN status text NOT NULL;"),
        };
    }

    void checkStatement(const StatementContext &context, Findings &findings) const override
    {
        forEachAlterTableCommand(context, [&](const QString &table, const PgQuery__AlterTableCmd *cmd) {
            if (cmd->subtype != PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn || !cmd->def || cmd->def->node_case != PG_QUERY__NODE__NODE_COLUMN_DEF)
                return;
            if (context.schema.isNewAndEmpty(table) || context.transaction.emptiedTables.contains(table))
                return;
            const PgQuery__ColumnDef *column = cmd->def->column_def;
            const bool primaryKey = analysis::findConstraint(column, PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY);
            const bool notNull = column->is_not_null || analysis::findConstraint(column, PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL) || primaryKey;
            if (!notNull)
                return;
            const bool filled = column->raw_default || analysis::findConstraint(column, PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT)
                || analysis::findConstraint(column, PG_QUERY__CONSTR_TYPE__CONSTR_IDENTITY)
                || analysis::findConstraint(column, PG_QUERY__CONSTR_TYPE__CONSTR_GENERATED) || analysis::isSerialType(column->type_name);
            if (filled)
                return;
            const QString name = QString::fromUtf8(column->colname);
            const analysis::SchemaState::Table *known = context.schema.table(table);
            QString why;
            if (known && known->hasData)
                why = QCoreApplication::translate("migreview::rules", "the migrations put rows into %1").arg(table);
            else if (context.schema.isCreatedInSet(table))
                why = QCoreApplication::translate("migreview::rules", "an earlier migration created %1, and it fills up between deployments").arg(table);
            else
                why = QCoreApplication::translate("migreview::rules", "%1 already exists and may hold rows").arg(table);
            // The column added nullable (the statement from its tree, NOT NULL and PRIMARY KEY taken
            // out), the existing rows filled by the reader, then NOT NULL proven without a long lock.
            std::optional<QString> fix;
            if (const std::optional<QString> nullable = fixes::withColumnChanged(context.node(), column->location, [](PgQuery__ColumnDef *changed) {
                    fixes::removeColumnConstraints(changed, {PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL, PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY});
                    return true;
                })) {
                const QString quotedTable = fixes::quoteQualified(table), quoted = fixes::quoteIdentifier(name);
                const QString check = fixes::quoteIdentifier(table.section(u'.', -1) + u'_' + name + QStringLiteral("_not_null"));
                const QString text = *nullable + u'\n'
                    + QCoreApplication::translate("migreview::rules",
                                                  "-- fill the existing rows (the value is yours), in batches; then, so that SET NOT NULL needs no scan:")
                    + u'\n' + QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 CHECK (%3 IS NOT NULL) NOT VALID;\n").arg(quotedTable, check, quoted)
                    + QCoreApplication::translate("migreview::rules", "-- in a later migration:") + u'\n'
                    + QStringLiteral("ALTER TABLE %1 VALIDATE CONSTRAINT %2;\nALTER TABLE %1 ALTER COLUMN %3 SET NOT NULL;\nALTER TABLE %1 DROP CONSTRAINT %2;")
                          .arg(quotedTable, check, quoted);
                if (fixes::parses(text))
                    fix = text;
            }
            findings.reportBuilt(context,
                            QCoreApplication::translate("migreview::rules",
                                                        "Adding column %1 %2 without a default fails if %3 has any row (%4): "
                                                        "\"column %1 contains null values\".")
                                .arg(name,
                                     primaryKey ? QCoreApplication::translate("migreview::rules", "as PRIMARY KEY (which implies NOT NULL)")
                                                : QStringLiteral("NOT NULL"),
                                     table, why),
                            fix,
                            context.rangeFrom(column->location));
        });
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(adding_required_field, migreview::rules::AddingRequiredField)
