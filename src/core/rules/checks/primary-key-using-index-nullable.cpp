// ADD PRIMARY KEY USING INDEX on a column that may be nullable: PostgreSQL first sets the column
// NOT NULL, which scans the whole table under ACCESS EXCLUSIVE.
#include "rules/rule.h"
#include "rules/fixes.h"

#include "analysis/ast.h"
#include "rules/rulesupport.h"

#include <QCoreApplication>
#include <QSet>

namespace migreview::rules {
namespace {

class PrimaryKeyUsingIndexNullable : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("primary-key-using-index-nullable"),
            Level::Warning,
            SeverityClass::Downtime,
            QCoreApplication::translate("migreview::rules", "ADD PRIMARY KEY USING INDEX on a nullable column scans the table under ACCESS EXCLUSIVE."),
            QCoreApplication::translate("migreview::rules",
                                        "Building the unique index CONCURRENTLY and attaching it with ADD PRIMARY KEY USING INDEX "
                                        "avoids the index build under lock, but a primary key's columns must be NOT NULL: for any "
                                        "column that is not, PostgreSQL runs an implicit SET NOT NULL, which scans every row while "
                                        "holding ACCESS EXCLUSIVE. Since PostgreSQL 12 a validated CHECK (col IS NOT NULL) "
                                        "constraint lets it skip that scan."),
            QCoreApplication::translate("migreview::rules", "ACCESS EXCLUSIVE for the NOT NULL scan: blocks all reads and writes."),
            QStringLiteral("ALTER TABLE orders ADD CONSTRAINT orders_id_not_null CHECK (id IS NOT NULL) NOT VALID;\n"
                           "ALTER TABLE orders VALIDATE CONSTRAINT orders_id_not_null;  -- SHARE UPDATE EXCLUSIVE only\n"
                           "ALTER TABLE orders ALTER COLUMN id SET NOT NULL;             -- PostgreSQL 12+: no scan\n"
                           "ALTER TABLE orders ADD CONSTRAINT orders_pkey PRIMARY KEY USING INDEX orders_id_idx;\n"
                           "ALTER TABLE orders DROP CONSTRAINT orders_id_not_null;"),
            QStringLiteral("CREATE UNIQUE INDEX CONCURRENTLY orders_id_idx ON orders (id);\n"
                           "ALTER TABLE orders ADD CONSTRAINT orders_pkey PRIMARY KEY USING INDEX orders_id_idx;"),
        };
    }

    void checkStatement(const StatementContext &context, Findings &findings) const override
    {
        forEachAlterTableCommand(context, [&](const QString &table, const PgQuery__AlterTableCmd *cmd) {
            if (cmd->subtype != PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint || !cmd->def || cmd->def->node_case != PG_QUERY__NODE__NODE_CONSTRAINT)
                return;
            const PgQuery__Constraint *constraint = cmd->def->constraint;
            if (constraint->contype != PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY || !constraint->indexname || !*constraint->indexname
                || context.schema.isNewAndEmpty(table))
                return;
            const QString index = QString::fromUtf8(constraint->indexname);
            // The index's columns and which are NOT NULL, from this script and earlier migrations.
            const std::optional<QStringList> indexed = context.schema.indexColumns(index);
            const bool columnsKnown = indexed.has_value();
            const QStringList columns = indexed.value_or(QStringList());
            QSet<QString> notNull;
            for (const QString &column : columns) {
                if (context.schema.isColumnNotNull(table, column) || (context.pgVersion >= 12 && context.schema.hasValidatedNotNullCheck(table, column)))
                    notNull.insert(column);
            }
            QStringList nullable;
            for (const QString &column : std::as_const(columns)) {
                if (!notNull.contains(column))
                    nullable.push_back(column);
            }
            if (columnsKnown && nullable.isEmpty())
                return;
            const QString what = columnsKnown
                ? QCoreApplication::translate("migreview::rules", "column %1 is not known to be NOT NULL").arg(nullable.join(QStringLiteral(", ")))
                : QCoreApplication::translate("migreview::rules", "the columns of index %1 are not known to be NOT NULL").arg(index);
            // Proven NOT NULL first (no long scan), then the key; without the columns no statement.
            QStringList fix;
            for (const QString &column : nullable) {
                const QString check = fixes::quoteIdentifier(table.section(u'.', -1) + u'_' + column + QStringLiteral("_not_null"));
                fix.push_back(QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 CHECK (%3 IS NOT NULL) NOT VALID;\n"
                                             "ALTER TABLE %1 VALIDATE CONSTRAINT %2;\n"
                                             "ALTER TABLE %1 ALTER COLUMN %3 SET NOT NULL;")
                                  .arg(fixes::quoteQualified(table), check, fixes::quoteIdentifier(column)));
            }
            if (const std::optional<QString> statement = fixes::deparse(context.node()))
                fix.push_back(*statement);
            findings.reportBuilt(context,
                            QCoreApplication::translate("migreview::rules",
                                                        "Primary key using index %1: %2, so PostgreSQL sets NOT NULL implicitly and "
                                                        "scans the table; it %3 during the scan.")
                                .arg(index, what, describeLock(locks::LockMode::AccessExclusive, table)),
                            columnsKnown ? std::optional<QString>(fix.join(u'\n')) : std::nullopt, context.rangeFrom(constraint->location));
        });
    }

};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(primary_key_using_index_nullable, migreview::rules::PrimaryKeyUsingIndexNullable)
