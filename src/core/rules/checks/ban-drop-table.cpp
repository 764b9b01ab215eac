// DROP TABLE deletes the table's data and breaks every client that still uses it.
#include "rules/rule.h"

#include "analysis/ast.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

// Whether one of this migration's scripts created the table (a down reverting its up, or an up
// dropping a scratch table it made itself).
bool createdInThisMigration(const StatementContext &context, const QString &table)
{
    const analysis::SchemaState::Table *t = context.schema.table(table);
    if (!t || t->createdInFile.isEmpty())
        return false;
    for (const repository::MigrationScript &script : context.migration.scripts) {
        if (script.relativePath == t->createdInFile)
            return true;
    }
    return false;
}

class BanDropTable : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("ban-drop-table"),
            Level::Warning,
            SeverityClass::DataLoss,
            QCoreApplication::translate("migreview::rules", "Dropping a table loses its data and breaks code that still uses it."),
            QCoreApplication::translate("migreview::rules",
                                        "DROP TABLE deletes the table and all its rows; a down migration can recreate the table but "
                                        "not the data. Every query, view, function or application instance still using the table fails "
                                        "from that moment, and the ACCESS EXCLUSIVE request queues behind running queries on it. Stop "
                                        "using the table in a release that ships first, keep a backup (or rename it and drop it later), "
                                        "then drop it."),
            QCoreApplication::translate("migreview::rules", "ACCESS EXCLUSIVE, briefly: blocks all reads and writes while it waits and runs."),
            QStringLiteral("-- 1. release code that no longer uses the table\n"
                           "-- 2. later, in its own migration, after a backup:\n"
                           "SET lock_timeout = '2s';\n"
                           "DROP TABLE IF EXISTS legacy_orders;"),
            QStringLiteral("DROP TABLE legacy_orders;"),
        };
    }

    void checkStatement(const StatementContext &context, Findings &findings) const override
    {
        const PgQuery__Node *node = context.node();
        if (!node || node->node_case != PG_QUERY__NODE__NODE_DROP_STMT || node->drop_stmt->remove_type != PG_QUERY__OBJECT_TYPE__OBJECT_TABLE)
            return;
        const PgQuery__DropStmt *stmt = node->drop_stmt;
        QStringList dropped;
        for (size_t i = 0; i < stmt->n_objects; ++i) {
            const PgQuery__Node *object = stmt->objects[i];
            if (object->node_case != PG_QUERY__NODE__NODE_LIST)
                continue;
            QStringList parts = analysis::stringList(object->list->items, object->list->n_items);
            if (parts.size() == 2 && parts.first() == u"public")
                parts.removeFirst();
            const QString table = parts.join(u'.');
            if (!createdInThisMigration(context, table))
                dropped.push_back(table);
        }
        if (dropped.isEmpty())
            return;
        QString message = dropped.size() == 1
            ? QCoreApplication::translate("migreview::rules",
                                          "Dropping table %1 deletes all its rows and breaks every query that still uses it.")
                  .arg(dropped.first())
            : QCoreApplication::translate("migreview::rules",
                                          "Dropping tables %1 deletes all their rows and breaks every query that still uses them.")
                  .arg(dropped.join(QStringLiteral(", ")));
        if (stmt->behavior == PG_QUERY__DROP_BEHAVIOR__DROP_CASCADE)
            message += u' '
                + QCoreApplication::translate("migreview::rules", "CASCADE also drops the views and foreign key constraints that depend on what it drops.");
        findings.report(context, message,
                        QStringLiteral("-- after a release that no longer uses %1, and a backup:\n"
                                       "SET lock_timeout = '2s';\n"
                                       "DROP TABLE IF EXISTS %1;")
                            .arg(dropped.join(QStringLiteral(", "))));
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(ban_drop_table, migreview::rules::BanDropTable)
