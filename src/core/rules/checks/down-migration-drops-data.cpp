// A down script that drops a table or column its up did not create: rolling back destroys data
// that existed before the migration.
#include "rules/rule.h"

#include "analysis/ast.h"

#include <QCoreApplication>
#include <QSet>

namespace migreview::rules {
namespace {

using repository::Direction;

QString dropObjectName(const PgQuery__Node *object)
{
    if (!object || object->node_case != PG_QUERY__NODE__NODE_LIST)
        return {};
    QStringList parts = analysis::stringList(object->list->items, object->list->n_items);
    if (parts.size() == 2 && parts.first() == u"public")
        parts.removeFirst();
    return parts.join(u'.');
}

class DownMigrationDropsData : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("down-migration-drops-data"),
            Level::Error,
            SeverityClass::DataLoss,
            QCoreApplication::translate("migreview::rules", "A down script drops a table or column that its up script did not create."),
            QCoreApplication::translate("migreview::rules",
                                        "A down script should undo exactly what its up did. Dropping a table or column the up did "
                                        "not create deletes data that existed before the migration: running the rollback in "
                                        "production loses it for good. Usually the down belongs to another migration, or reverses "
                                        "an up that dropped the object (re-create it instead; the data cannot be restored)."),
            {},
            QStringLiteral("-- up:   ALTER TABLE orders ADD COLUMN note text;\n"
                           "-- down: drop only what the up added\n"
                           "ALTER TABLE orders DROP COLUMN note;"),
            QStringLiteral("-- up:   ALTER TABLE orders ADD COLUMN note text;\n"
                           "-- down:\n"
                           "ALTER TABLE orders DROP COLUMN note;\n"
                           "ALTER TABLE orders DROP COLUMN total;  -- existed before the up"),
        };
    }

    void checkMigration(const MigrationContext &context, Findings &findings) const override
    {
        const repository::Migration &migration = context.migration;
        // What the up scripts created.
        QSet<QString> createdTables;
        QSet<QString> addedColumns; // "table/column"
        bool haveUp = false;
        for (size_t i = 0; i < migration.scripts.size() && i < context.parsed.size(); ++i) {
            const sql::ParsedScript *parsed = context.parsed[i];
            if (migration.scripts[i].direction != Direction::Up || !parsed)
                continue;
            if (!parsed->ok())
                return; // the up is incomplete: what it created is not known
            haveUp = true;
            for (const sql::Statement &statement : parsed->statements)
                collectCreated(statement.node, createdTables, addedColumns);
        }
        if (!haveUp)
            return;
        for (size_t i = 0; i < migration.scripts.size() && i < context.parsed.size(); ++i) {
            const repository::MigrationScript &script = migration.scripts[i];
            const sql::ParsedScript *parsed = context.parsed[i];
            if ((script.direction != Direction::Down && script.direction != Direction::Undo) || !parsed)
                continue;
            // Objects the down itself created (and may drop again) are not data of the database.
            QSet<QString> downTables;
            QSet<QString> downColumns;
            for (size_t s = 0; s < parsed->statements.size(); ++s) {
                const sql::Statement &statement = parsed->statements[s];
                const PgQuery__Node *node = statement.node;
                checkDrops(script, statement, int(s), node, createdTables + downTables, addedColumns + downColumns, findings);
                collectCreated(node, downTables, downColumns);
                // UPDATE t SET new = old: the data of old is kept in new, dropping old loses nothing.
                if (node && node->node_case == PG_QUERY__NODE__NODE_UPDATE_STMT) {
                    const QString table = analysis::relationName(node->update_stmt->relation);
                    analysis::forEachNode(node, [&](const PgQuery__Node *n) {
                        if (n->node_case == PG_QUERY__NODE__NODE_RES_TARGET && n->res_target->val
                            && n->res_target->val->node_case == PG_QUERY__NODE__NODE_COLUMN_REF) {
                            const PgQuery__ColumnRef *ref = n->res_target->val->column_ref;
                            if (ref->n_fields > 0)
                                downColumns.insert(table + u'/' + analysis::stringValue(ref->fields[ref->n_fields - 1]));
                        }
                        return true;
                    });
                }
            }
        }
    }

private:
    static void collectCreated(const PgQuery__Node *node, QSet<QString> &tables, QSet<QString> &columns)
    {
        if (!node)
            return;
        if (node->node_case == PG_QUERY__NODE__NODE_CREATE_STMT) {
            tables.insert(analysis::relationName(node->create_stmt->relation));
        } else if (node->node_case == PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT && node->create_table_as_stmt->into) {
            tables.insert(analysis::relationName(node->create_table_as_stmt->into->rel));
        } else if (node->node_case == PG_QUERY__NODE__NODE_RENAME_STMT) {
            // A renamed table or column is the up's creation under its new name.
            const PgQuery__RenameStmt *rename = node->rename_stmt;
            if (!rename->newname)
                return;
            const QString table = analysis::relationName(rename->relation);
            if (rename->rename_type == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE) {
                QString to = QString::fromUtf8(rename->newname);
                if (table.contains(u'.'))
                    to = table.section(u'.', 0, 0) + u'.' + to;
                tables.insert(to);
            } else if (rename->rename_type == PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN) {
                columns.insert(table + u'/' + QString::fromUtf8(rename->newname));
            }
        } else if (node->node_case == PG_QUERY__NODE__NODE_ALTER_TABLE_STMT) {
            const PgQuery__AlterTableStmt *stmt = node->alter_table_stmt;
            const QString table = analysis::relationName(stmt->relation);
            for (size_t k = 0; k < stmt->n_cmds; ++k) {
                if (stmt->cmds[k]->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_CMD)
                    continue;
                const PgQuery__AlterTableCmd *cmd = stmt->cmds[k]->alter_table_cmd;
                if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn && cmd->def && cmd->def->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF)
                    columns.insert(table + u'/' + QString::fromUtf8(cmd->def->column_def->colname));
            }
        }
    }

    static void checkDrops(const repository::MigrationScript &script, const sql::Statement &statement, int index, const PgQuery__Node *node,
                           const QSet<QString> &tables, const QSet<QString> &columns, Findings &findings)
    {
        if (!node)
            return;
        if (node->node_case == PG_QUERY__NODE__NODE_DROP_STMT && node->drop_stmt->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE) {
            for (size_t k = 0; k < node->drop_stmt->n_objects; ++k) {
                const QString table = dropObjectName(node->drop_stmt->objects[k]);
                if (table.isEmpty() || tables.contains(table))
                    continue;
                findings.reportScript(script, statement.range,
                                      QCoreApplication::translate("migreview::rules",
                                                                  "The down script drops table %1, which its up script did not create: "
                                                                  "rolling back deletes the table's data.")
                                          .arg(table),
                                      QCoreApplication::translate("migreview::rules",
                                                                  "-- drop only what the up created; if the up dropped %1, re-create it "
                                                                  "here (CREATE TABLE %1 (...)) instead")
                                          .arg(table),
                                      index);
            }
            return;
        }
        if (node->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_STMT)
            return;
        const PgQuery__AlterTableStmt *stmt = node->alter_table_stmt;
        if (stmt->objtype != PG_QUERY__OBJECT_TYPE__OBJECT_TABLE)
            return;
        const QString table = analysis::relationName(stmt->relation);
        if (tables.contains(table))
            return;
        for (size_t k = 0; k < stmt->n_cmds; ++k) {
            if (stmt->cmds[k]->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_CMD)
                continue;
            const PgQuery__AlterTableCmd *cmd = stmt->cmds[k]->alter_table_cmd;
            if (cmd->subtype != PG_QUERY__ALTER_TABLE_TYPE__AT_DropColumn || !cmd->name)
                continue;
            const QString column = QString::fromUtf8(cmd->name);
            if (columns.contains(table + u'/' + column))
                continue;
            findings.reportScript(script, statement.range,
                                  QCoreApplication::translate("migreview::rules",
                                                              "The down script drops column %1.%2, which its up script did not add: "
                                                              "rolling back deletes the column's data.")
                                      .arg(table, column),
                                  QCoreApplication::translate("migreview::rules",
                                                              "-- drop only what the up added; if the up dropped %1.%2, re-add it here "
                                                              "(ALTER TABLE %1 ADD COLUMN %2 ...) instead")
                                      .arg(table, column),
                                  index);
        }
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(down_migration_drops_data, migreview::rules::DownMigrationDropsData)
