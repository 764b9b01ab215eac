// ADD CONSTRAINT UNIQUE builds its index under ACCESS EXCLUSIVE.
#include "rules/rule.h"

#include "analysis/ast.h"
#include "rules/rulesupport.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

class DisallowedUniqueConstraint : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("disallowed-unique-constraint"),
            Level::Warning,
            SeverityClass::Downtime,
            QCoreApplication::translate("migreview::rules", "Add UNIQUE constraints to existing tables with USING INDEX, from an index built concurrently."),
            QCoreApplication::translate("migreview::rules",
                                        "ALTER TABLE ... ADD CONSTRAINT ... UNIQUE (and ADD COLUMN ... UNIQUE) builds the unique index "
                                        "while holding ACCESS EXCLUSIVE on the table, so no query can read or write it until the index "
                                        "is built. Build the index with CREATE UNIQUE INDEX CONCURRENTLY first, then attach it with "
                                        "ADD CONSTRAINT ... UNIQUE USING INDEX, which only updates the catalog."),
            QCoreApplication::translate("migreview::rules", "ACCESS EXCLUSIVE for the index build: blocks all reads and writes."),
            QStringLiteral("-- in a migration of its own, outside a transaction:\n"
                           "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS users_email_key ON users (email);\n"
                           "-- then:\n"
                           "ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_key;"),
            QStringLiteral("ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);"),
        };
    }

    void checkStatement(const StatementContext &context, Findings &findings) const override
    {
        forEachAlterTableCommand(context, [&](const QString &table, const PgQuery__AlterTableCmd *cmd) {
            if (!cmd->def || context.schema.isNewAndEmpty(table))
                return;
            const PgQuery__Constraint *constraint = nullptr;
            QStringList columns;
            QString addColumn;
            if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint && cmd->def->node_case == PG_QUERY__NODE__NODE_CONSTRAINT) {
                constraint = cmd->def->constraint;
                if (constraint->contype != PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE || (constraint->indexname && *constraint->indexname))
                    return;
                columns = analysis::stringList(constraint->keys, constraint->n_keys);
            } else if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn && cmd->def->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF) {
                constraint = analysis::findConstraint(cmd->def->column_def, PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE);
                if (!constraint)
                    return;
                columns = QStringList{QString::fromUtf8(cmd->def->column_def->colname)};
                addColumn = QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 %3;  -- without UNIQUE\n")
                                .arg(table, columns.first(), analysis::typeName(cmd->def->column_def->type_name));
            } else {
                return;
            }
            QString name = constraint->conname && *constraint->conname ? QString::fromUtf8(constraint->conname) : QString();
            if (name.isEmpty())
                name = QStringLiteral("%1_%2_key").arg(table.section(u'.', -1), columns.join(u'_'));
            const QString columnList = columns.join(QStringLiteral(", "));
            findings.report(context,
                            QCoreApplication::translate("migreview::rules", "UNIQUE constraint %1 on %2 (%3) builds its index while it %4.")
                                .arg(name, table, columnList, describeLock(locks::LockMode::AccessExclusive, table)),
                            addColumn
                                + QStringLiteral("-- in a migration of its own, outside a transaction:\n"
                                                 "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS %1 ON %2 (%3);\n"
                                                 "ALTER TABLE %2 ADD CONSTRAINT %1 UNIQUE USING INDEX %1;")
                                      .arg(name, table, columnList),
                            context.rangeFrom(constraint->location));
        });
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(disallowed_unique_constraint, migreview::rules::DisallowedUniqueConstraint)
