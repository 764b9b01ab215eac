#include "repository.h"

#include "source.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFileInfo>

#include <algorithm>

namespace migreview::repository {

QString layoutName(Layout layout)
{
    switch (layout) {
    case Layout::Flyway:
        return QStringLiteral("flyway");
    case Layout::GolangMigrate:
        return QStringLiteral("golang-migrate");
    case Layout::Dbmate:
        return QStringLiteral("dbmate");
    case Layout::Sqitch:
        return QStringLiteral("sqitch");
    case Layout::Prisma:
        return QStringLiteral("prisma");
    case Layout::Diesel:
        return QStringLiteral("diesel");
    case Layout::Supabase:
        return QStringLiteral("supabase");
    case Layout::PlainNumbered:
        return QStringLiteral("plain-numbered");
    case Layout::Sqlx:
        return QStringLiteral("sqlx");
    case Layout::Pop:
        return QStringLiteral("pop");
    }
    return {};
}

bool isLayoutFile(const QString &fileName)
{
    return fileName.endsWith(QLatin1StringView(".sql")) || fileName.endsWith(QLatin1StringView(".fizz"))
        || fileName == QLatin1StringView("sqitch.plan") || fileName == QLatin1StringView("metadata.toml")
        || fileName == QLatin1StringView("database.yml");
}

QString directionName(Direction direction)
{
    switch (direction) {
    case Direction::Up:
        return QStringLiteral("up");
    case Direction::Down:
        return QStringLiteral("down");
    case Direction::Undo:
        return QStringLiteral("undo");
    case Direction::Repeatable:
        return QStringLiteral("repeatable");
    case Direction::Verify:
        return QStringLiteral("verify");
    }
    return {};
}

QString transactionModeName(TransactionMode mode)
{
    switch (mode) {
    case TransactionMode::Wrapped:
        return QStringLiteral("wrapped");
    case TransactionMode::AutoDetected:
        return QStringLiteral("auto-detected");
    case TransactionMode::SingleQuery:
        return QStringLiteral("single-query");
    case TransactionMode::PerStatement:
        return QStringLiteral("per-statement");
    }
    return {};
}

QString migrationId(const Migration &migration)
{
    return migration.version + u' ' + migration.name;
}

QSet<QString> rangeMigrationIds(const Repository &repository)
{
    QSet<QString> ids;
    for (const Migration &migration : repository.migrations) {
        if (migration.gitChange == GitChange::Added || migration.gitChange == GitChange::Modified)
            ids.insert(migrationId(migration));
    }
    return ids;
}

const MigrationScript *Migration::script(Direction direction) const
{
    for (const MigrationScript &candidate : scripts) {
        if (candidate.direction == direction)
            return &candidate;
    }
    return nullptr;
}

std::vector<SourceFile> listFolder(const QString &folder, QString *error)
{
    std::vector<SourceFile> files;
    const QDir root(folder);
    if (!root.exists()) {
        if (error)
            *error = QCoreApplication::translate("migreview::repository", "%1: no such file or folder").arg(folder);
        return files;
    }
    // Symlinked folders are not followed: a link back up the tree would list files twice. Special
    // files (a FIFO named .sql) are listed so that reading them reports them instead of skipping.
    QDirIterator it(root.path(), QDir::Files | QDir::System | QDir::NoDotAndDotDot | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = root.relativeFilePath(path);
        // Hidden folders (.git, .cache) hold no migrations.
        if (relative.startsWith(u'.') || relative.contains(u"/."))
            continue;
        const QString name = it.fileName();
        if (!isLayoutFile(name))
            continue;
        SourceFile file;
        file.relativePath = relative;
        file.absolutePath = QFileInfo(path).absoluteFilePath();
        file.load = [path] { return readSqlFile(path); };
        files.push_back(std::move(file));
    }
    return files;
}

Repository loadRepository(const QString &path, const LoadOptions &options)
{
    if (!options.gitRange.isEmpty())
        return loadGitRange(path, options);

    Repository repository;
    const QFileInfo info(path);
    if (!info.exists()) {
        repository.error = QCoreApplication::translate("migreview::repository", "%1: no such file or folder").arg(path);
        return repository;
    }
    if (info.isFile()) {
        repository.root = info.absolutePath();
        SourceFile file;
        file.relativePath = info.fileName();
        file.absolutePath = info.absoluteFilePath();
        const QString absolute = info.absoluteFilePath();
        file.load = [absolute] { return readSqlFile(absolute); };
        std::vector<SourceFile> files;
        files.push_back(std::move(file));
        loadLayouts(std::move(files), repository, options, true);
        return repository;
    }
    repository.root = QDir::cleanPath(info.absoluteFilePath());
    QString error;
    std::vector<SourceFile> files = listFolder(repository.root, &error);
    if (!error.isEmpty()) {
        repository.error = error;
        return repository;
    }
    loadLayouts(std::move(files), repository, options, false);
    return repository;
}

} // namespace migreview::repository
