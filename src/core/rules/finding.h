#pragma once

#include "sql/sqlparser.h"

#include <QString>

namespace migreview::rules {

enum class Level { Error, Warning, Info };
// The review checklist's classes: what goes wrong if the finding is ignored.
enum class SeverityClass { Downtime, DataLoss, Performance, Safety };

// Where a finding lies with respect to a pull request's git range: in a migration the range
// added, modified or deleted, or in one it left alone (shown for context only). None without a range.
enum class Change { None, Added, Modified, Deleted, Context };

QString levelName(Level level); // "error", "warning", "info"
QString changeName(Change change); // "added", "modified", "deleted", "context"; "" for None
QString severityName(SeverityClass severity); // "downtime", "data-loss", "performance", "safety"
std::optional<Level> levelFromName(const QString &name);

struct Finding
{
    QString rule;
    Level level = Level::Warning;
    SeverityClass severity = SeverityClass::Safety;
    QString file; // relative to the repository root
    QString migration; // the migration's version and name
    sql::SourceRange range;
    QString message; // what is wrong here, naming the lock and what it blocks
    QString rationale; // why it matters
    QString fix; // the safe rewrite, as SQL where one exists
    int statementIndex = -1; // -1 for findings about a whole file or migration
    bool suppressed = false;
    QString suppressedBy; // the comment or configuration that suppressed it
    Change change = Change::None;

    bool inScope() const { return change != Change::Context; } // counts for the verdict and the exit code
};

} // namespace migreview::rules
