#pragma once

#include "analysis/schemastate.h"
#include "repository/repository.h"
#include "rules/finding.h"
#include "sql/sqlparser.h"

#include <QHash>
#include <QSet>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace migreview::lint {

struct LintOptions
{
    int pgVersion = 17; // target PostgreSQL major version, 11-17
    QSet<QString> disabledRules;
    QSet<QString> enabledOptInRules;
    QHash<QString, rules::Level> levelOverrides;
    int threads = 0; // parsing threads; 0 = one per core
    // With a git range every migration is analysed (the schema state needs the history), but
    // only the findings of the migrations the range added, modified or deleted are kept, unless
    // this is set: then the others are kept too, marked Change::Context.
    bool rangeContext = false;
    // Whether the repository is forward-only (no down scripts by design: missing-down-migration
    // stays quiet). Unset: inferred, forward-only when no migration of the repository has one.
    std::optional<bool> forwardOnly;
    // Called on the linting thread after each script with (scripts done, scripts in all);
    // returning false stops the lint, which then returns what it has with cancelled set.
    std::function<bool(int, int)> progress;
};

struct LintedScript
{
    QString relativePath;
    std::shared_ptr<const sql::ParsedScript> parsed;
};

// A migration as a review lists it: its id ("version name", as findings name it), what the range
// did to it, and its files.
struct ReviewedMigration
{
    QString id;
    rules::Change change = rules::Change::None;
    QStringList files;
};

struct LintResult
{
    std::vector<rules::Finding> findings; // in file order, then position
    std::vector<LintedScript> scripts;
    qint64 bytes = 0;
    int statementCount = 0;
    bool cancelled = false; // stopped by LintOptions::progress: findings and scripts are partial
    // Every migration in order (with a range: the ones it changed, and the rest only with
    // LintOptions::rangeContext), and the range itself.
    std::vector<ReviewedMigration> migrations;
    QString gitRange, gitBase, gitHead;

    bool isRange() const { return !gitRange.isEmpty(); }
    // Unsuppressed findings of this level in scope (context findings never count).
    int count(rules::Level level, bool includeSuppressed = false) const;
    const LintedScript *script(const QString &relativePath) const;
};

LintResult lintRepository(const repository::Repository &repository, const LintOptions &options = {});

// Whether a script's statements run inside a transaction the tool opens (see TransactionMode).
bool toolOpensTransaction(repository::TransactionMode mode, const sql::ParsedScript &parsed);
// The transaction state before a script's first statement, in the tool's transaction model.
analysis::TransactionState transactionAtScriptStart(repository::TransactionMode mode, const sql::ParsedScript &parsed);

} // namespace migreview::lint
