// DROP DATABASE in a migration deletes everything in it.
#include "rules/rule.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

class BanDropDatabase : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("ban-drop-database"),
            Level::Error,
            SeverityClass::DataLoss,
            QCoreApplication::translate("migreview::rules", "Migrations must not drop databases."),
            QCoreApplication::translate("migreview::rules",
                                        "DROP DATABASE removes the database with all its data, irreversibly. It cannot run inside a "
                                        "transaction block, nor while anyone is connected to that database, so in a migration it "
                                        "usually fails, and where it succeeds the loss is total. Dropping a database is an operations "
                                        "task, not a schema change."),
            {},
            QStringLiteral("-- not in a migration: drop databases by hand, after a backup, outside the migration tool"),
            QStringLiteral("DROP DATABASE analytics;"),
        };
    }

    void checkStatement(const StatementContext &context, Findings &findings) const override
    {
        const PgQuery__Node *node = context.node();
        if (!node || node->node_case != PG_QUERY__NODE__NODE_DROPDB_STMT)
            return;
        const QString name = QString::fromUtf8(node->dropdb_stmt->dbname);
        findings.report(context, QCoreApplication::translate("migreview::rules",
                                                             "Dropping database %1 deletes all of its data irreversibly; this does not belong "
                                                             "in a migration.")
                                     .arg(name));
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(ban_drop_database, migreview::rules::BanDropDatabase)
