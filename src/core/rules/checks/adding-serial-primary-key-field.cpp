// ADD PRIMARY KEY (or ADD COLUMN ... PRIMARY KEY) builds the unique index under ACCESS EXCLUSIVE.
#include "rules/rule.h"
#include "rules/fixes.h"

#include "analysis/ast.h"
#include "rules/rulesupport.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

QString quotedColumns(const PgQuery__Constraint *constraint)
{
    QStringList columns;
    for (const QString &column : analysis::stringList(constraint->keys, constraint->n_keys))
        columns << fixes::quoteIdentifier(column);
    return columns.join(QStringLiteral(", "));
}

class AddingSerialPrimaryKeyField : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("adding-serial-primary-key-field"),
            Level::Warning,
            SeverityClass::Downtime,
            QCoreApplication::translate("migreview::rules", "Adding a primary key to an existing table builds its index under ACCESS EXCLUSIVE."),
            QCoreApplication::translate("migreview::rules",
                                        "ALTER TABLE ... ADD PRIMARY KEY builds the unique index (and checks the columns for nulls) "
                                        "while holding ACCESS EXCLUSIVE, so every read and write waits for the whole build. "
                                        "ADD COLUMN ... SERIAL PRIMARY KEY is worse: the serial (or identity) column fills every row, "
                                        "which rewrites the table, before the index is built. Build the unique index CONCURRENTLY "
                                        "first and attach it with ADD CONSTRAINT ... PRIMARY KEY USING INDEX, which only takes a "
                                        "brief ACCESS EXCLUSIVE (the columns must already be NOT NULL, or it scans for nulls)."),
            QCoreApplication::translate("migreview::rules", "ACCESS EXCLUSIVE for the index build: blocks all reads and writes."),
            QStringLiteral("-- outside a transaction block, in a migration of its own:\n"
                           "CREATE UNIQUE INDEX CONCURRENTLY items_pkey_idx ON items (id);\n"
                           "-- then:\n"
                           "ALTER TABLE items ADD CONSTRAINT items_pkey PRIMARY KEY USING INDEX items_pkey_idx;"),
            QStringLiteral("ALTER TABLE items ADD PRIMARY KEY (id);\nALTER TABLE items ADD COLUMN id BIGSERIAL PRIMARY KEY;"),
        };
    }

    void checkStatement(const StatementContext &context, Findings &findings) const override
    {
        forEachAlterTableCommand(context, [&](const QString &table, const PgQuery__AlterTableCmd *cmd) {
            if (!cmd->def || context.schema.isNewAndEmpty(table))
                return;
            const QString bare = table.section(u'.', -1);
            if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint && cmd->def->node_case == PG_QUERY__NODE__NODE_CONSTRAINT) {
                const PgQuery__Constraint *constraint = cmd->def->constraint;
                if (constraint->contype != PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY || (constraint->indexname && *constraint->indexname))
                    return;
                const QString columns = analysis::stringList(constraint->keys, constraint->n_keys).join(QStringLiteral(", "));
                const QString name = constraint->conname && *constraint->conname ? QString::fromUtf8(constraint->conname)
                                                                                   : bare + QStringLiteral("_pkey");
                findings.report(context,
                                QCoreApplication::translate("migreview::rules",
                                                            "Adding primary key %1 on %2 (%3) builds its unique index in place: it %4 "
                                                            "until the index is built.")
                                    .arg(name, table, columns, describeLock(locks::LockMode::AccessExclusive, table)),
                                fixes::ownMigrationNote(context.migration, QCoreApplication::translate("migreview::rules", "CONCURRENTLY cannot run in a transaction"))
                                    + QStringLiteral("\nCREATE UNIQUE INDEX CONCURRENTLY %1 ON %2 (%3);\n").arg(fixes::quoteIdentifier(name + QStringLiteral("_idx")), fixes::quoteQualified(table), quotedColumns(constraint))
                                    + QCoreApplication::translate("migreview::rules", "-- then, in the next migration:")
                                    + QStringLiteral("\nALTER TABLE %1 ADD CONSTRAINT %2 PRIMARY KEY USING INDEX %3;")
                                          .arg(fixes::quoteQualified(table), fixes::quoteIdentifier(name), fixes::quoteIdentifier(name + QStringLiteral("_idx"))),
                                context.rangeFrom(constraint->location));
            } else if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn && cmd->def->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF) {
                const PgQuery__ColumnDef *column = cmd->def->column_def;
                if (!analysis::findConstraint(column, PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY))
                    return;
                const QString name = QString::fromUtf8(column->colname);
                const bool serial = analysis::isSerialType(column->type_name);
                const bool identity = analysis::findConstraint(column, PG_QUERY__CONSTR_TYPE__CONSTR_IDENTITY);
                const QString message = serial || identity
                    ? QCoreApplication::translate("migreview::rules",
                                                  "Adding %1 as %2 primary key fills the column for every row of %3 (a table "
                                                  "rewrite) and then builds the unique index: the statement %4 throughout.")
                          .arg(name,
                               serial ? QCoreApplication::translate("migreview::rules", "a serial")
                                      : QCoreApplication::translate("migreview::rules", "an identity"),
                               table, describeLock(locks::LockMode::AccessExclusive, table))
                    : QCoreApplication::translate("migreview::rules",
                                                  "Adding column %1 as the primary key of %2 builds its unique index in place: the "
                                                  "statement %3 until the index is built.")
                          .arg(name, table, describeLock(locks::LockMode::AccessExclusive, table));
                // A plain bigint column (instant), a sequence as its default for new rows, the
                // existing rows numbered in batches, the unique index built concurrently, then the
                // primary key on that index.
                const QString quotedTable = fixes::quoteQualified(table), quoted = fixes::quoteIdentifier(name);
                const QString sequence = fixes::quoteIdentifier(bare + u'_' + name + QStringLiteral("_seq"));
                const QString index = fixes::quoteIdentifier(bare + QStringLiteral("_pkey_idx"));
                const QString text = QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 bigint;\nCREATE SEQUENCE %3 OWNED BY %1.%2;\n"
                                                    "ALTER TABLE %1 ALTER COLUMN %2 SET DEFAULT nextval('%3');\n")
                                         .arg(quotedTable, quoted, sequence)
                    + fixes::nextBatchNote(false) + u'\n'
                    + QStringLiteral("UPDATE %1 SET %2 = nextval('%3') WHERE %4 AND %2 IS NULL;\n").arg(quotedTable, quoted, sequence, fixes::firstBatchCondition(false))
                    + fixes::ownMigrationNote(context.migration, QCoreApplication::translate("migreview::rules", "CONCURRENTLY cannot run in a transaction"))
                    + QStringLiteral("\nCREATE UNIQUE INDEX CONCURRENTLY %1 ON %2 (%3);\n").arg(index, quotedTable, quoted)
                    + QCoreApplication::translate("migreview::rules", "-- then, in the next migration (SET NOT NULL scans the table once):")
                    + QStringLiteral("\nALTER TABLE %1 ALTER COLUMN %2 SET NOT NULL;\nALTER TABLE %1 ADD CONSTRAINT %3 PRIMARY KEY USING INDEX %4;")
                          .arg(quotedTable, quoted, fixes::quoteIdentifier(bare + QStringLiteral("_pkey")), index);
                findings.reportBuilt(context, message, fixes::parses(text) ? std::optional<QString>(text) : std::nullopt, context.rangeFrom(column->location));
            }
        });
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(adding_serial_primary_key_field, migreview::rules::AddingSerialPrimaryKeyField)
