#pragma once

#include "finding.h"

#include "analysis/schemastate.h"
#include "locks/lockmode.h"
#include "repository/repository.h"
#include "sql/sqlparser.h"

#include <memory>
#include <vector>

namespace migreview::rules {

// What a rule documents about itself; docs/rules/<id>.md is generated from this.
struct RuleInfo
{
    QString id; // squawk's name where the meaning is the same
    Level level = Level::Warning;
    SeverityClass severity = SeverityClass::Safety;
    QString summary; // one line
    QString rationale; // why it is dangerous
    QString lock; // the lock taken and what it blocks, or empty
    QString safeForm; // the safe way, in SQL where possible
    QString example; // SQL that triggers the rule
    bool optIn = false; // off unless enabled in .migreview.toml
};

// Everything a rule may look at for one statement, in the state before the statement runs.
struct StatementContext
{
    const repository::Migration &migration;
    const repository::MigrationScript &script;
    const sql::ParsedScript &parsed;
    const sql::Statement &statement;
    int statementIndex = 0;
    int scriptSerial = 0; // numbers the scripts of the run, for SchemaState
    const analysis::SchemaState &schema;
    const analysis::TransactionState &transaction;
    int pgVersion = 17;

    const PgQuery__Node *node() const { return statement.node; }
    bool isDown() const { return script.direction == repository::Direction::Down || script.direction == repository::Direction::Undo; }
    // The source range of a node inside this statement, from its "location" to the statement's end.
    sql::SourceRange rangeFrom(int nodeLocation) const { return rangeAtByte(statement.fileOffset(nodeLocation)); }
    // The same from a byte offset in the file; the whole statement when the offset is outside it.
    sql::SourceRange rangeAtByte(int fileOffset) const;
    bool runsNow() const { return statement.runsWithMigration(); }
};

struct ScriptContext
{
    const repository::Migration &migration;
    const repository::MigrationScript &script;
    const sql::ParsedScript &parsed;
    const analysis::TransactionState &finalTransaction; // after the last statement
    const analysis::SchemaState &schemaBefore; // before the script's first statement
    int pgVersion = 17;
};

struct MigrationContext
{
    const repository::Migration &migration;
    // Parsed scripts of the migration, in the order of migration.scripts (nullptr if unreadable).
    std::vector<const sql::ParsedScript *> parsed;
    const analysis::SchemaState &schemaBefore;
    int pgVersion = 17;
    // Whether down scripts are expected: false for a forward-only repository (configured, or no
    // migration of it has one).
    bool downsExpected = true;
};

class Findings;

class Rule
{
public:
    virtual ~Rule() = default;
    virtual RuleInfo info() const = 0;
    virtual void checkStatement(const StatementContext &, Findings &) const {}
    virtual void checkScript(const ScriptContext &, Findings &) const {}
    virtual void checkMigration(const MigrationContext &, Findings &) const {}
};

// Collects the findings of one rule, filling in what the rule's info already says.
class Findings
{
public:
    Findings(const RuleInfo &info, std::vector<Finding> &out)
        : m_info(info)
        , m_out(out)
    {
    }

    // A finding on the whole statement (or on range when given).
    void report(const StatementContext &context, const QString &message, const QString &fix = {},
                std::optional<sql::SourceRange> range = std::nullopt);
    // A rewrite built for this statement (rules/fixes.h): nullopt when none could be built, and
    // then the finding has no rewrite at all rather than the rule's generic example.
    void reportBuilt(const StatementContext &context, const QString &message, const std::optional<QString> &fix,
                     std::optional<sql::SourceRange> range = std::nullopt);
    void reportScript(const repository::MigrationScript &script, const sql::SourceRange &range, const QString &message,
                      const QString &fix = {}, int statementIndex = -1);
    const RuleInfo &info() const { return m_info; }

private:
    const RuleInfo &m_info;
    std::vector<Finding> &m_out;
};

// Describes a statement's lock for messages: "takes ACCESS EXCLUSIVE on orders, which blocks all
// reads and writes".
QString describeLock(locks::LockMode mode, const QString &relation);

} // namespace migreview::rules

// Each file in rules/checks/ ends with MIGREVIEW_REGISTER_RULE(file_name_with_underscores, Class);
// CMake generates the list of all rules from the file names.
#define MIGREVIEW_REGISTER_RULE(identifier, Class)                                                                     \
    std::unique_ptr<migreview::rules::Rule> migreviewMakeRule_##identifier()                                           \
    {                                                                                                                  \
        return std::make_unique<Class>();                                                                              \
    }
