// ADD COLUMN ... NOT NULL without a default fails on a table that has rows.
#include "rules/rule.h"

#include "analysis/ast.h"
#include "rules/rulesupport.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

bool isSerialType(const PgQuery__TypeName *type)
{
    const QString name = analysis::typeName(type).toLower();
    return type && type->n_names == 1
        && (name == u"serial" || name == u"serial4" || name == u"bigserial" || name == u"serial8" || name == u"smallserial"
            || name == u"serial2");
}

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
            if (context.schema.isNewAndEmpty(table))
                return;
            const PgQuery__ColumnDef *column = cmd->def->column_def;
            const bool primaryKey = analysis::findConstraint(column, PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY);
            const bool notNull = column->is_not_null || analysis::findConstraint(column, PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL) || primaryKey;
            if (!notNull)
                return;
            const bool filled = column->raw_default || analysis::findConstraint(column, PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT)
                || analysis::findConstraint(column, PG_QUERY__CONSTR_TYPE__CONSTR_IDENTITY)
                || analysis::findConstraint(column, PG_QUERY__CONSTR_TYPE__CONSTR_GENERATED) || isSerialType(column->type_name);
            if (filled)
                return;
            const QString name = QString::fromUtf8(column->colname);
            const QString why = context.schema.isCreatedInSet(table)
                ? QCoreApplication::translate("migreview::rules", "rows were put into %1 after it was created").arg(table)
                : QCoreApplication::translate("migreview::rules", "%1 already exists and may hold rows").arg(table);
            findings.report(context,
                            QCoreApplication::translate("migreview::rules",
                                                        "Adding column %1 %2 without a default fails if %3 has any row (%4): "
                                                        "\"column %1 contains null values\".")
                                .arg(name,
                                     primaryKey ? QCoreApplication::translate("migreview::rules", "as PRIMARY KEY (which implies NOT NULL)")
                                                : QStringLiteral("NOT NULL"),
                                     table, why),
                            QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 ... NOT NULL DEFAULT <value>;  -- constant default: instant from PostgreSQL 11\n"
                                           "-- or: add it nullable, backfill existing rows in batches, then SET NOT NULL\n"
                                           "--     (CHECK (%2 IS NOT NULL) NOT VALID + VALIDATE first, to avoid the scan)")
                                .arg(table, name),
                            context.rangeFrom(column->location));
        });
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(adding_required_field, migreview::rules::AddingRequiredField)
