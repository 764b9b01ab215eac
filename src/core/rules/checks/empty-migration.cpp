// An up script without a single statement: empty, or only comments.
#include "rules/rule.h"

#include <QCoreApplication>

namespace migreview::rules {
namespace {

class EmptyMigration : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("empty-migration"),
            Level::Warning,
            SeverityClass::Safety,
            QCoreApplication::translate("migreview::rules", "An up script has no statement."),
            QCoreApplication::translate("migreview::rules",
                                        "A migration whose up script is empty, or holds only comments, does nothing, yet the tool "
                                        "records it as applied: the change it was meant to make never happens, and a later "
                                        "migration that relies on it fails in production. Usually the SQL was left out or saved "
                                        "in the wrong file. A deliberately empty migration (a placeholder) should say so in a "
                                        "suppression comment."),
            {},
            QStringLiteral("-- A placeholder: version 12 was rolled back and its number is kept.\n-- migreview:ignore-file empty-migration"),
            QStringLiteral("-- TODO: add the index"),
        };
    }

    void checkScript(const ScriptContext &context, Findings &findings) const override
    {
        const bool up = context.script.direction == repository::Direction::Up || context.script.direction == repository::Direction::Repeatable;
        if (!up || !context.parsed.statements.empty() || !context.parsed.errors.empty())
            return;
        const bool blank = context.script.bytes.trimmed().isEmpty();
        findings.reportScript(context.script, {0, 0, {1, 1}, {1, 1}},
                              blank ? QCoreApplication::translate("migreview::rules", "This up script is empty: the migration does nothing.")
                                    : QCoreApplication::translate("migreview::rules",
                                                                  "This up script holds only comments: the migration does nothing."));
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(empty_migration, migreview::rules::EmptyMigration)
