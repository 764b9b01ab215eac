#pragma once

#include "repository.h"
#include "sqlfiles.h"

#include <functional>
#include <vector>

// The listing a repository is loaded from: the same layout detection runs on a folder of the
// file system and on a git tree, which only differ in where the bytes come from.
namespace migreview::repository {

struct SourceFile
{
    QString relativePath; // relative to the repository root, '/' separated
    QString absolutePath; // where a user finds the file (for a git tree: in the working tree)
    GitChange gitChange = GitChange::Unchanged;
    std::function<FileContents()> load; // reads the bytes on demand
};

// The files under a folder that may take part in a layout (*.sql, sqitch.plan, metadata.toml),
// hidden folders skipped. error is set when the folder cannot be listed.
std::vector<SourceFile> listFolder(const QString &folder, QString *error);

// Detects the layouts in files and fills repository (root must already be set). With singleFile,
// files holds one script that is loaded as a one-migration plain repository.
void loadLayouts(std::vector<SourceFile> files, Repository &repository, const LoadOptions &options, bool singleFile);

// What a range did to a migration, from its scripts: added or deleted when all of them were,
// modified when any changed (bytes or transaction mode).
GitChange migrationChange(const Migration &migration);

// Loads the migrations of options.gitRange's HEAD under path and marks what the range changed.
Repository loadGitRange(const QString &path, const LoadOptions &options);

} // namespace migreview::repository
