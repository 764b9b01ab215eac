// Expand and contract of one column in a single migration: the new column is added (or the old one
// renamed) and the old one dropped in the same deploy, so the application version still running
// during the deploy breaks.
#include "rules/rule.h"

#include "analysis/ast.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace migreview::rules {
namespace {

using repository::Direction;

class ExpandContractSameMigration : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("expand-contract-same-migration"),
            Level::Warning,
            SeverityClass::Downtime,
            QCoreApplication::translate("migreview::rules", "A column is replaced (added, copied, dropped or renamed) within one migration."),
            QCoreApplication::translate("migreview::rules",
                                        "Changing a column safely takes several deploys: expand (add the new column, write both), "
                                        "migrate (backfill, switch reads), contract (drop the old column) once no running code "
                                        "uses it. Doing add and drop, drop and re-add, or add and rename of the same column in one "
                                        "migration means the application version that is still serving during the deploy - and "
                                        "any rollback of the code - queries a column that is gone or has changed meaning."),
            {},
            QStringLiteral("-- migration 1 (expand), deployed with code that writes both columns:\n"
                           "ALTER TABLE users ADD COLUMN email_address text;\n"
                           "-- migration 2 (backfill, in batches):\n"
                           "UPDATE users SET email_address = email WHERE id BETWEEN 1 AND 10000 AND email_address IS NULL;\n"
                           "-- migration 3 (contract), after no deployed code reads users.email:\n"
                           "ALTER TABLE users DROP COLUMN email;"),
            QStringLiteral("ALTER TABLE users ADD COLUMN email_address text;\n"
                           "UPDATE users SET email_address = email;\n"
                           "ALTER TABLE users DROP COLUMN email;"),
        };
    }

    void checkMigration(const MigrationContext &context, Findings &findings) const override
    {
        const repository::Migration &migration = context.migration;
        // Per "table/column": what this migration did to it so far.
        QSet<QString> added; // added by this migration
        QSet<QString> dropped; // dropped, or renamed away, by this migration
        QHash<QString, QString> copiedFrom; // "table/new" -> old column it was filled from
        QSet<QString> createdTables;
        for (size_t i = 0; i < migration.scripts.size() && i < context.parsed.size(); ++i) {
            const repository::MigrationScript &script = migration.scripts[i];
            const sql::ParsedScript *parsed = context.parsed[i];
            if (script.direction != Direction::Up || !parsed)
                continue;
            for (size_t s = 0; s < parsed->statements.size(); ++s) {
                const sql::Statement &statement = parsed->statements[s];
                const PgQuery__Node *node = statement.node;
                if (!node)
                    continue;
                const auto existing = [&](const QString &table) {
                    return !createdTables.contains(table) && !context.schemaBefore.isNewAndEmpty(table);
                };
                const auto report = [&](const QString &message) {
                    findings.reportScript(script, statement.range, message,
                                          QCoreApplication::translate("migreview::rules",
                                                                      "-- split it: add the new column in this migration, backfill in "
                                                                      "the next, and drop or rename the old one in a later migration "
                                                                      "once no deployed code uses it"),
                                          int(s));
                };
                switch (node->node_case) {
                case PG_QUERY__NODE__NODE_CREATE_STMT:
                    createdTables.insert(analysis::relationName(node->create_stmt->relation));
                    break;
                case PG_QUERY__NODE__NODE_UPDATE_STMT: {
                    const PgQuery__UpdateStmt *update = node->update_stmt;
                    const QString table = analysis::relationName(update->relation);
                    for (size_t t = 0; t < update->n_target_list; ++t) {
                        const PgQuery__Node *item = update->target_list[t];
                        if (item->node_case != PG_QUERY__NODE__NODE_RES_TARGET || !item->res_target->name)
                            continue;
                        const QString target = table + u'/' + QString::fromUtf8(item->res_target->name);
                        if (!added.contains(target))
                            continue;
                        analysis::forEachNode(item->res_target->val, [&](const PgQuery__Node *n) {
                            if (n->node_case == PG_QUERY__NODE__NODE_COLUMN_REF && n->column_ref->n_fields > 0) {
                                const QString source = analysis::stringValue(n->column_ref->fields[n->column_ref->n_fields - 1]);
                                if (!source.isEmpty() && table + u'/' + source != target)
                                    copiedFrom.insert(target, source);
                            }
                            return true;
                        });
                    }
                    break;
                }
                case PG_QUERY__NODE__NODE_RENAME_STMT: {
                    const PgQuery__RenameStmt *rename = node->rename_stmt;
                    if (rename->rename_type != PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN || !rename->subname || !rename->newname)
                        break;
                    const QString table = analysis::relationName(rename->relation);
                    if (!existing(table))
                        break;
                    const QString from = QString::fromUtf8(rename->subname);
                    const QString to = QString::fromUtf8(rename->newname);
                    if (dropped.contains(table + u'/' + to)) {
                        report(QCoreApplication::translate("migreview::rules",
                                                           "Column %1.%2 is renamed to %3 in the same migration that removed the old "
                                                           "%3: the column is replaced in one step, under the feet of running code.")
                                   .arg(table, from, to));
                    }
                    dropped.insert(table + u'/' + from); // its old name is gone too
                    added.remove(table + u'/' + from);
                    added.insert(table + u'/' + to);
                    break;
                }
                case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT: {
                    const PgQuery__AlterTableStmt *stmt = node->alter_table_stmt;
                    const QString table = analysis::relationName(stmt->relation);
                    if (stmt->objtype != PG_QUERY__OBJECT_TYPE__OBJECT_TABLE || !existing(table))
                        break;
                    for (size_t k = 0; k < stmt->n_cmds; ++k) {
                        if (stmt->cmds[k]->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_CMD)
                            continue;
                        const PgQuery__AlterTableCmd *cmd = stmt->cmds[k]->alter_table_cmd;
                        if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn && cmd->def
                            && cmd->def->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF) {
                            const QString column = QString::fromUtf8(cmd->def->column_def->colname);
                            if (dropped.contains(table + u'/' + column)) {
                                report(QCoreApplication::translate("migreview::rules",
                                                                   "Column %1.%2 is dropped and added again in one migration: "
                                                                   "running code that reads it sees its data vanish.")
                                           .arg(table, column));
                            }
                            added.insert(table + u'/' + column);
                        } else if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_DropColumn && cmd->name) {
                            const QString column = QString::fromUtf8(cmd->name);
                            const QString key = table + u'/' + column;
                            if (!added.contains(key)) {
                                for (auto it = copiedFrom.cbegin(); it != copiedFrom.cend(); ++it) {
                                    if (it.value() == column && it.key().startsWith(table + u'/')) {
                                        report(QCoreApplication::translate("migreview::rules",
                                                                           "Column %1.%2 is dropped in the migration that added "
                                                                           "%3 and copied %2 into it: expand and contract in one "
                                                                           "deploy.")
                                                   .arg(table, column, it.key().section(u'/', -1)));
                                        break;
                                    }
                                }
                            }
                            added.remove(key);
                            dropped.insert(key);
                        }
                    }
                    break;
                }
                default:
                    break;
                }
            }
        }
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(expand_contract_same_migration, migreview::rules::ExpandContractSameMigration)
