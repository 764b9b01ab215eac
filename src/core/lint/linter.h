#pragma once

#include "repository/repository.h"
#include "rules/finding.h"
#include "sql/sqlparser.h"

#include <QHash>
#include <QSet>

#include <functional>
#include <memory>
#include <vector>

namespace migreview::lint {

struct LintOptions
{
    int pgVersion = 17; // target PostgreSQL major version, 11-17
    QSet<QString> disabledRules;
    QSet<QString> enabledOptInRules;
    QHash<QString, rules::Level> levelOverrides;
    int threads = 0; // parsing threads; 0 = one per core
    // Called on the linting thread after each script with (scripts done, scripts in all);
    // returning false stops the lint, which then returns what it has with cancelled set.
    std::function<bool(int, int)> progress;
};

struct LintedScript
{
    QString relativePath;
    std::shared_ptr<const sql::ParsedScript> parsed;
};

struct LintResult
{
    std::vector<rules::Finding> findings; // in file order, then position
    std::vector<LintedScript> scripts;
    qint64 bytes = 0;
    int statementCount = 0;
    bool cancelled = false; // stopped by LintOptions::progress: findings and scripts are partial

    int count(rules::Level level, bool includeSuppressed = false) const;
    const LintedScript *script(const QString &relativePath) const;
};

LintResult lintRepository(const repository::Repository &repository, const LintOptions &options = {});

// Whether a script's statements run inside a transaction the tool opens (see TransactionMode).
bool toolOpensTransaction(repository::TransactionMode mode, const sql::ParsedScript &parsed);

} // namespace migreview::lint
