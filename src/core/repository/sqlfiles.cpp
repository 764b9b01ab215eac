#include "sqlfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

#include <algorithm>

namespace migreview::repository {

bool naturalLess(const QString &left, const QString &right)
{
    qsizetype i = 0, j = 0;
    while (i < left.size() && j < right.size()) {
        if (left[i].isDigit() && right[j].isDigit()) {
            qsizetype iEnd = i, jEnd = j;
            while (iEnd < left.size() && left[iEnd].isDigit())
                ++iEnd;
            while (jEnd < right.size() && right[jEnd].isDigit())
                ++jEnd;
            // Compare by value without overflow: strip leading zeros, then length, then digits.
            qsizetype a = i, b = j;
            while (a + 1 < iEnd && left[a] == u'0')
                ++a;
            while (b + 1 < jEnd && right[b] == u'0')
                ++b;
            if (iEnd - a != jEnd - b)
                return iEnd - a < jEnd - b;
            const int digits = QStringView(left).mid(a, iEnd - a).compare(QStringView(right).mid(b, jEnd - b));
            if (digits != 0)
                return digits < 0;
            i = iEnd;
            j = jEnd;
            continue;
        }
        if (left[i] != right[j])
            return left[i] < right[j];
        ++i;
        ++j;
    }
    if ((left.size() - i) != (right.size() - j))
        return left.size() - i < right.size() - j;
    return left < right;
}

QStringList collectSqlFiles(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (error)
            *error = QCoreApplication::translate("migreview::repository", "%1: no such file or folder").arg(path);
        return {};
    }
    if (info.isFile())
        return {path};
    QStringList relative;
    const QDir root(info.absoluteFilePath());
    // Unreadable files and special files (a FIFO named .sql) are listed too: reading them gives a
    // clear error for the reviewer instead of a file silently left out.
    QDirIterator it(root.path(), {QStringLiteral("*.sql")}, QDir::Files | QDir::System | QDir::NoDotAndDotDot,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString file = it.next();
        const QString rel = root.relativeFilePath(file);
        // Hidden folders (.git, .cache) hold no migrations.
        if (rel.startsWith(u'.') || rel.contains(u"/."))
            continue;
        relative.push_back(rel);
    }
    std::sort(relative.begin(), relative.end(), naturalLess);
    QStringList files;
    files.reserve(relative.size());
    // Paths keep the form the caller gave (relative stays relative), as a user expects to read them.
    for (const QString &rel : std::as_const(relative))
        files.push_back(QDir::cleanPath(path + u'/' + rel));
    return files;
}

FileContents readSqlFile(const QString &path, qint64 maximumBytes)
{
    FileContents contents;
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        // Opening a FIFO would wait for a writer forever; a device is no migration either.
        contents.error = QCoreApplication::translate("migreview::repository", "not a regular file (a pipe, socket or device)");
        return contents;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        contents.error = QCoreApplication::translate("migreview::repository", "cannot read: %1").arg(file.errorString());
        return contents;
    }
    if (file.size() > maximumBytes) {
        contents.error = QCoreApplication::translate("migreview::repository", "too large to be a migration (%1 MiB; the limit is %2 MiB)")
                             .arg(file.size() / (1024 * 1024))
                             .arg(maximumBytes / (1024 * 1024));
        return contents;
    }
    contents.bytes = file.readAll();
    return contents;
}

} // namespace migreview::repository
