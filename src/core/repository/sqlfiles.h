#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace migreview::repository {

// Files larger than this are refused rather than read: no migration is this big, and reading
// one would stall the workbench.
inline constexpr qint64 MaximumSqlFileBytes = 64 * 1024 * 1024;

// "V2__x.sql" before "V10__x.sql": digit runs compare by value, the rest by character.
bool naturalLess(const QString &left, const QString &right);

// Every *.sql file under path (or path itself when it is a file), in natural order of their
// paths relative to path. Hidden folders and symlinked folders are skipped.
QStringList collectSqlFiles(const QString &path, QString *error = nullptr);

struct FileContents
{
    QByteArray bytes;
    QString error; // empty when bytes were read
};
FileContents readSqlFile(const QString &path, qint64 maximumBytes = MaximumSqlFileBytes);

} // namespace migreview::repository
