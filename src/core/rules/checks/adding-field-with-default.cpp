// ADD COLUMN ... DEFAULT rewrites the table before PostgreSQL 11, and still does for volatile
// defaults from 11 on.
#include "rules/rule.h"
#include "rules/fixes.h"

#include "analysis/ast.h"
#include "rules/rulesupport.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

// The column added without its default (instant), the default set for new rows, the existing rows
// filled in batches, and NOT NULL proven without a long scan when the column had it. A serial
// column (defaultExpression null) gets its sequence made and owned first.
std::optional<QString> splitFix(const StatementContext &context, const QString &table, const PgQuery__ColumnDef *column,
                                const PgQuery__Node *defaultExpression)
{
    const QString name = QString::fromUtf8(column->colname);
    const QString quotedTable = fixes::quoteQualified(table);
    const QString quotedColumn = fixes::quoteIdentifier(name);
    QString prelude;
    std::optional<QString> value;
    if (defaultExpression) {
        value = fixes::expressionSql(defaultExpression);
    } else {
        const QString sequence = table.section(u'.', -1) + u'_' + name + QStringLiteral("_seq");
        prelude = QStringLiteral("CREATE SEQUENCE %1 OWNED BY %2.%3;\n").arg(fixes::quoteIdentifier(sequence), quotedTable, quotedColumn);
        value = QStringLiteral("nextval('%1')").arg(fixes::quoteIdentifier(sequence).replace(u'\'', QStringLiteral("''")));
    }
    if (!value)
        return std::nullopt;
    const bool notNull = column->is_not_null || analysis::findConstraint(column, PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL);
    const std::optional<QString> added = fixes::withColumnChanged(context.node(), column->location, [](PgQuery__ColumnDef *changed) {
        fixes::removeColumnConstraints(changed, {PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT, PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL});
        // serial is int4/int8/int2 with a sequence: the sequence is made by hand here.
        if (changed->type_name && analysis::isSerialType(changed->type_name)) {
            const QString serial = analysis::typeName(changed->type_name);
            fixes::setTypeName(changed->type_name, {QStringLiteral("pg_catalog"),
                                                    serial.startsWith(u"big") ? QStringLiteral("int8")
                                                        : serial.startsWith(u"small") ? QStringLiteral("int2")
                                                                                       : QStringLiteral("int4")});
        }
        return true;
    });
    if (!added)
        return std::nullopt;
    const bool hasId = context.schema.columnType(table, QStringLiteral("id")).has_value();
    QString fix = *added + u'\n' + prelude
        + QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 SET DEFAULT %3;  -- new rows only\n").arg(quotedTable, quotedColumn, *value)
        + fixes::nextBatchNote(hasId) + u'\n'
        + QStringLiteral("UPDATE %1 SET %2 = %3 WHERE %4 AND %2 IS NULL;").arg(quotedTable, quotedColumn, *value, fixes::firstBatchCondition(hasId));
    if (notNull) {
        const QString check = fixes::quoteIdentifier(table.section(u'.', -1) + u'_' + name + QStringLiteral("_not_null"));
        fix += QStringLiteral("\n-- once every row is filled, NOT NULL without a long scan (PostgreSQL 12+):\n"
                              "ALTER TABLE %1 ADD CONSTRAINT %3 CHECK (%2 IS NOT NULL) NOT VALID;\n"
                              "ALTER TABLE %1 VALIDATE CONSTRAINT %3;\n"
                              "ALTER TABLE %1 ALTER COLUMN %2 SET NOT NULL;\n"
                              "ALTER TABLE %1 DROP CONSTRAINT %3;")
                   .arg(quotedTable, quotedColumn, check);
    }
    return fix;
}

class AddingFieldWithDefault : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("adding-field-with-default"),
            Level::Warning,
            SeverityClass::Downtime,
            QCoreApplication::translate("migreview::rules", "Adding a column with a volatile default rewrites the whole table."),
            QCoreApplication::translate("migreview::rules",
                                        "Since PostgreSQL 11 a constant default is stored in the catalog and the ADD COLUMN is instant. "
                                        "A volatile default (random(), clock_timestamp(), gen_random_uuid(), nextval()) must be "
                                        "computed per row, so PostgreSQL rewrites the table under ACCESS EXCLUSIVE; before 11 every "
                                        "default did."),
            QCoreApplication::translate("migreview::rules", "ACCESS EXCLUSIVE for the rewrite: blocks all reads and writes."),
            QStringLiteral("ALTER TABLE orders ADD COLUMN token uuid;                 -- instant\n"
                           "ALTER TABLE orders ALTER COLUMN token SET DEFAULT gen_random_uuid();  -- new rows only\n"
                           "-- then backfill existing rows in batches:\n"
                           "UPDATE orders SET token = gen_random_uuid() WHERE id BETWEEN 1 AND 10000 AND token IS NULL;"),
            QStringLiteral("ALTER TABLE orders ADD COLUMN token uuid DEFAULT gen_random_uuid();"),
        };
    }

    void checkStatement(const StatementContext &context, Findings &findings) const override
    {
        forEachAlterTableCommand(context, [&](const QString &table, const PgQuery__AlterTableCmd *cmd) {
            if (cmd->subtype != PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn || !cmd->def || cmd->def->node_case != PG_QUERY__NODE__NODE_COLUMN_DEF)
                return;
            const PgQuery__ColumnDef *column = cmd->def->column_def;
            const PgQuery__Constraint *defaultConstraint = analysis::findConstraint(column, PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT);
            if (context.schema.isNewAndEmpty(table))
                return;
            // serial and bigserial are a nextval() default: volatile, every row gets its own value.
            // With PRIMARY KEY it is adding-serial-primary-key-field's finding.
            if (!defaultConstraint && analysis::isSerialType(column->type_name)
                && !analysis::findConstraint(column, PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY)) {
                findings.reportBuilt(context,
                                QCoreApplication::translate("migreview::rules",
                                                            "Adding column %1 of type %2 rewrites %3: the type is a nextval() default, "
                                                            "volatile, so every existing row is written with its own value; the rewrite %4.")
                                    .arg(QString::fromUtf8(column->colname), analysis::typeName(column->type_name), table,
                                         describeLock(locks::LockMode::AccessExclusive, table)),
                                splitFix(context, table, column, nullptr), context.rangeFrom(column->location));
                return;
            }
            if (!defaultConstraint)
                return;
            // A function's volatility: PostgreSQL 17's catalog for built-ins, the CREATE FUNCTION
            // for the migrations' own, volatile for anything unknown.
            const bool volatileDefault = isVolatileExpression(defaultConstraint->raw_expr, &context.schema);
            if (!volatileDefault && context.pgVersion >= 11)
                return;
            const QString why = volatileDefault
                ? QCoreApplication::translate("migreview::rules", "its default is volatile")
                : QCoreApplication::translate("migreview::rules", "PostgreSQL %1 rewrites the table for any default").arg(context.pgVersion);
            findings.reportBuilt(context,
                            QCoreApplication::translate("migreview::rules", "Adding column %1 rewrites %2 because %3; the rewrite %4.")
                                .arg(QString::fromUtf8(column->colname), table, why, describeLock(locks::LockMode::AccessExclusive, table)),
                            splitFix(context, table, column, defaultConstraint->raw_expr), context.rangeFrom(column->location));
        });
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(adding_field_with_default, migreview::rules::AddingFieldWithDefault)
