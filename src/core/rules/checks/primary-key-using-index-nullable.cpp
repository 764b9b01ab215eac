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

QString columnOf(const PgQuery__Node *element)
{
    if (element && element->node_case == PG_QUERY__NODE__NODE_INDEX_ELEM && element->index_elem->name)
        return QString::fromUtf8(element->index_elem->name);
    return analysis::stringValue(element);
}

// CHECK (col IS NOT NULL): with it validated, PostgreSQL 12+ sets NOT NULL without a scan.
QString notNullCheckColumn(const PgQuery__Constraint *constraint)
{
    if (constraint->contype != PG_QUERY__CONSTR_TYPE__CONSTR_CHECK || !constraint->raw_expr
        || constraint->raw_expr->node_case != PG_QUERY__NODE__NODE_NULL_TEST)
        return {};
    const PgQuery__NullTest *test = constraint->raw_expr->null_test;
    if (test->nulltesttype != PG_QUERY__NULL_TEST_TYPE__IS_NOT_NULL || !test->arg || test->arg->node_case != PG_QUERY__NODE__NODE_COLUMN_REF)
        return {};
    const PgQuery__ColumnRef *ref = test->arg->column_ref;
    return ref->n_fields ? analysis::stringValue(ref->fields[ref->n_fields - 1]) : QString();
}

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
            QStringList columns;
            bool columnsKnown = false;
            QSet<QString> notNull;
            scanScript(context, table, index, columns, columnsKnown, notNull);
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

private:
    // The index's columns and the columns made NOT NULL by earlier statements of this script.
    static void scanScript(const StatementContext &context, const QString &table, const QString &index, QStringList &columns,
                           bool &columnsKnown, QSet<QString> &notNull)
    {
        const auto &statements = context.parsed.statements;
        for (int i = 0; i < context.statementIndex; ++i) {
            const PgQuery__Node *node = statements[size_t(i)].node;
            if (!node)
                continue;
            if (node->node_case == PG_QUERY__NODE__NODE_INDEX_STMT && node->index_stmt->idxname
                && QString::fromUtf8(node->index_stmt->idxname) == index) {
                columns.clear();
                columnsKnown = true;
                for (size_t k = 0; k < node->index_stmt->n_index_params; ++k) {
                    const QString column = columnOf(node->index_stmt->index_params[k]);
                    if (column.isEmpty())
                        columnsKnown = false; // an expression index cannot be a primary key anyway
                    columns.push_back(column);
                }
            } else if (node->node_case == PG_QUERY__NODE__NODE_CREATE_STMT && analysis::relationName(node->create_stmt->relation) == table) {
                for (size_t k = 0; k < node->create_stmt->n_table_elts; ++k) {
                    const PgQuery__Node *element = node->create_stmt->table_elts[k];
                    if (element->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF && columnIsNotNull(element->column_def))
                        notNull.insert(QString::fromUtf8(element->column_def->colname));
                }
            } else if (node->node_case == PG_QUERY__NODE__NODE_ALTER_TABLE_STMT && analysis::relationName(node->alter_table_stmt->relation) == table) {
                const PgQuery__AlterTableStmt *stmt = node->alter_table_stmt;
                for (size_t k = 0; k < stmt->n_cmds; ++k) {
                    if (stmt->cmds[k]->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_CMD)
                        continue;
                    const PgQuery__AlterTableCmd *cmd = stmt->cmds[k]->alter_table_cmd;
                    if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_SetNotNull && cmd->name)
                        notNull.insert(QString::fromUtf8(cmd->name));
                    else if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn && cmd->def
                             && cmd->def->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF && columnIsNotNull(cmd->def->column_def))
                        notNull.insert(QString::fromUtf8(cmd->def->column_def->colname));
                    else if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint && cmd->def
                             && cmd->def->node_case == PG_QUERY__NODE__NODE_CONSTRAINT && context.pgVersion >= 12) {
                        const PgQuery__Constraint *check = cmd->def->constraint;
                        const QString column = notNullCheckColumn(check);
                        // Validated now, or NOT VALID and validated since.
                        if (!column.isEmpty()
                            && (!check->skip_validation || (check->conname && !context.schema.isConstraintNotValid(table, QString::fromUtf8(check->conname)))))
                            notNull.insert(column);
                    }
                }
            }
        }
    }

    static bool columnIsNotNull(const PgQuery__ColumnDef *column)
    {
        return column->is_not_null || analysis::findConstraint(column, PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL)
            || analysis::findConstraint(column, PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY);
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(primary_key_using_index_nullable, migreview::rules::PrimaryKeyUsingIndexNullable)
