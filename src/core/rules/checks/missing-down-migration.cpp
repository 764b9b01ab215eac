// The layout has down (revert) scripts, and this migration changes the schema without one: it
// cannot be rolled back with the tool.
#include "rules/rule.h"

#include "rules/rulesupport.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

using repository::Direction;
using repository::Layout;

bool supportsDown(const repository::Migration &migration)
{
    switch (migration.layout) {
    case Layout::GolangMigrate:
    case Layout::Diesel:
    case Layout::Dbmate:
    case Layout::Sqitch:
    case Layout::Pop: // soda migrate down stops at a version without its down file
        return true;
    case Layout::Sqlx: {
        // Only sqlx's reversible form (.up.sql + .down.sql) has downs.
        const repository::MigrationScript *up = migration.script(Direction::Up);
        return up && up->relativePath.endsWith(QLatin1StringView(".up.sql"));
    }
    default:
        return false;
    }
}

QString downName(Layout layout)
{
    return layout == Layout::Sqitch ? QCoreApplication::translate("migreview::rules", "revert script")
                                    : QCoreApplication::translate("migreview::rules", "down script");
}

class MissingDownMigration : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("missing-down-migration"),
            Level::Warning,
            SeverityClass::Safety,
            QCoreApplication::translate("migreview::rules", "A schema change has no down (revert) script although the tool supports one."),
            QCoreApplication::translate("migreview::rules",
                                        "golang-migrate, sqlx (reversible), Diesel, dbmate, pop and Sqitch can undo a migration with its "
                                        "down or revert script. A repository where no migration has one is taken as forward-only "
                                        "by design (or say so with forward_only in .migreview.toml) and gets no finding. Without one - or with an empty one - rolling back a bad deploy "
                                        "means writing the reverse SQL by hand under pressure, and the tool's version table and "
                                        "the schema drift apart."),
            {},
            QStringLiteral("-- 0042_add_note.up.sql\n"
                           "ALTER TABLE orders ADD COLUMN note text;\n"
                           "-- 0042_add_note.down.sql\n"
                           "ALTER TABLE orders DROP COLUMN note;"),
            QStringLiteral("-- 0042_add_note.up.sql, with no 0042_add_note.down.sql (or an empty one)\n"
                           "ALTER TABLE orders ADD COLUMN note text;"),
        };
    }

    void checkMigration(const MigrationContext &context, Findings &findings) const override
    {
        const repository::Migration &migration = context.migration;
        // A forward-only repository (configured, or no migration has a down) rolls forward by design.
        if (!supportsDown(migration) || !context.downsExpected)
            return;
        const repository::MigrationScript *up = nullptr;
        const sql::ParsedScript *upParsed = nullptr;
        const repository::MigrationScript *down = nullptr;
        const sql::ParsedScript *downParsed = nullptr;
        for (size_t i = 0; i < migration.scripts.size(); ++i) {
            const repository::MigrationScript &script = migration.scripts[i];
            const sql::ParsedScript *parsed = i < context.parsed.size() ? context.parsed[i] : nullptr;
            if (script.direction == Direction::Up && !up) {
                up = &script;
                upParsed = parsed;
            } else if (script.direction == Direction::Down && !down) {
                down = &script;
                downParsed = parsed;
            }
        }
        if (!up || !upParsed || !upParsed->ok() || up->gitChange == repository::GitChange::Deleted)
            return;
        const auto changesSchema = std::any_of(upParsed->statements.begin(), upParsed->statements.end(),
                                               [](const sql::Statement &s) { return isDdl(s.node); });
        if (!changesSchema)
            return;
        const QString layout = repository::layoutName(migration.layout);
        if (!down) {
            findings.reportScript(*up, {0, 0, {1, 1}, {1, 1}},
                                  QCoreApplication::translate("migreview::rules", "%1 changes the schema but has no %2; %3 cannot roll it back.")
                                      .arg(up->relativePath, downName(migration.layout), layout),
                                  QCoreApplication::translate("migreview::rules", "-- add a %1 that reverses each change of the up script, in reverse order")
                                      .arg(downName(migration.layout)));
            return;
        }
        // Unreadable or invalid downs get their own findings.
        if (!downParsed || !downParsed->ok() || down->gitChange == repository::GitChange::Deleted || !downParsed->statements.empty())
            return;
        findings.reportScript(*down, {0, 0, {1, 1}, {1, 1}},
                              QCoreApplication::translate("migreview::rules", "The %1 %2 is empty: rolling back %3 undoes nothing of its schema change.")
                                  .arg(downName(migration.layout), down->relativePath, up->relativePath),
                              QCoreApplication::translate("migreview::rules", "-- write SQL that reverses each change of the up script, in reverse order"));
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(missing_down_migration, migreview::rules::MissingDownMigration)
