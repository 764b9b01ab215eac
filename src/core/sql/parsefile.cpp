#include "parsefile.h"

#include "repository/sqlfiles.h"

namespace migreview::sql {

ParsedScript parseFile(const QString &path, const ParseOptions &options)
{
    repository::FileContents contents = repository::readSqlFile(path);
    if (!contents.error.isEmpty()) {
        ParsedScript script;
        script.fileName = path;
        script.source = std::make_shared<SourceText>();
        script.unreadable = contents.error;
        return script;
    }
    return parseScript(std::move(contents.bytes), path, options);
}

} // namespace migreview::sql
