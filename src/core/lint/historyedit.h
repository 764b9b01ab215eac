#pragma once

#include "repository/repository.h"
#include "rules/finding.h"
#include "sql/sourcetext.h"

#include <QString>

// What a pull request's range did to a migration that already exists at its BASE: an edit of
// history, which databases that applied the migration never see.
namespace migreview::lint {

struct HistoryEdit
{
    rules::Level level = rules::Level::Error;
    QString message;
    sql::SourceRange range{0, 0, {1, 1}, {1, 1}}; // the first changed statement in HEAD's file, or the file's start
};

// The statements changed (which, and where the first one is), the way the tool runs the script
// changed (a Diesel metadata.toml, a marker), only whitespace and comments changed (a warning,
// unless the tool checksums the file), or the script deleted.
HistoryEdit describeHistoryEdit(const repository::Migration &migration, const repository::MigrationScript &script);

} // namespace migreview::lint
