// Layout detection: which tool each file belongs to, how that tool orders and pairs its
// migrations, and how it runs them (the transaction mode).

#include "checksum.h"
#include "source.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <optional>

namespace migreview::repository {

namespace {

// Transaction modes, each from the tool's documentation or source:
//
// Flyway, AutoDetected: a migration runs in a transaction unless it holds a statement that cannot
//   run in one; mixing both fails unless flyway.mixed is set.
//   https://documentation.red-gate.com/fd/flyway-mixed-setting-277579250.html
//   https://documentation.red-gate.com/fd/flyway-execute-in-transaction-setting-277578997.html
// golang-migrate, SingleQuery: the postgres driver sends the whole file in one Exec (simple
//   query protocol), an implicit transaction unless the file has its own BEGIN/COMMIT;
//   x-multi-statement (off by default) splits it instead.
//   https://github.com/golang-migrate/migrate/tree/master/database/postgres
// sqlx, Wrapped unless the file starts with "-- no-transaction" (Migration::no_tx).
//   https://docs.rs/sqlx/latest/sqlx/migrate/struct.Migration.html
// dbmate, Wrapped unless the marker line says transaction:false.
//   https://github.com/amacneil/dbmate#options
// sqitch, PerStatement: the pg engine runs each script with psql (ON_ERROR_STOP); the scripts
//   carry their own BEGIN/COMMIT by convention.
//   https://sqitch.org/docs/manual/sqitch-tutorial/ and https://sqitch.org/docs/manual/sqitch-engine/
// Prisma, SingleQuery: on PostgreSQL the schema engine sends migration.sql with one
//   simple_query call (apply_migration_script in
//   https://github.com/prisma/prisma-engines/blob/main/schema-engine/connectors/sql-schema-connector/src/flavour/postgres/connection.rs);
//   Prisma adds no BEGIN/COMMIT of its own.
// Diesel, Wrapped unless metadata.toml says run_in_transaction = false.
//   https://docs.diesel.rs/main/diesel/migration/trait.MigrationMetadata.html
// Supabase, Wrapped: the CLI splits the file into statements and sends them with the migration
//   history insert as one pgconn batch, which "is implicitly transactional"
//   (MigrationFile.ExecBatch, https://github.com/supabase/cli/blob/develop/pkg/migration/file.go).
// Plain numbered files, PerStatement: psql -f autocommits each statement.
//   https://www.postgresql.org/docs/current/app-psql.html

QString tr(const char *text)
{
    return QCoreApplication::translate("migreview::repository", text);
}

struct FileData
{
    QString relativePath;
    QString absolutePath;
    QString dir; // parent, relative to the root ("" for the root)
    QString baseName;
    GitChange gitChange = GitChange::Unchanged;
    QByteArray bytes;
    QString error;
    QByteArray sha256;
};

// One script of one migration, before the scripts are merged into migrations.
struct Piece
{
    QString key; // pieces with the same key are one migration (its up and its down)
    QString version;
    QString name;
    QString sortName; // file or folder name, for the tools that order by it
    Direction direction = Direction::Up;
    TransactionMode mode = TransactionMode::Wrapped;
    int file = -1;
    std::optional<QByteArray> bytes; // a section of the file (dbmate)
    bool pairExpected = false; // the tool expects a down beside this up
};

struct Group
{
    Layout layout = Layout::PlainNumbered;
    int firstFile = 0; // for the order of appearance
    std::vector<Piece> pieces;
    std::vector<Migration> ready; // sqitch: built from the plan
};

struct Built
{
    Migration migration;
    QString sortName;
    bool repeatable = false;
    bool pairExpected = false; // its up comes from a tool that expects a down beside it
};

// Flyway versions compare part by part, numerically, missing parts counting as zero (1.2 == 1.2.0).
QStringList flywayParts(const QString &version)
{
    QStringList parts = version.split(u'.');
    for (QString &part : parts) {
        qsizetype zeros = 0;
        while (zeros + 1 < part.size() && part[zeros] == u'0')
            ++zeros;
        part = part.mid(zeros);
    }
    while (parts.size() > 1 && parts.last() == QLatin1StringView("0"))
        parts.removeLast();
    return parts;
}

int compareFlywayVersions(const QString &left, const QString &right)
{
    const QStringList a = flywayParts(left);
    const QStringList b = flywayParts(right);
    for (qsizetype i = 0; i < std::max(a.size(), b.size()); ++i) {
        const QString x = i < a.size() ? a[i] : QStringLiteral("0");
        const QString y = i < b.size() ? b[i] : QStringLiteral("0");
        if (x.size() != y.size())
            return x.size() < y.size() ? -1 : 1;
        if (const int c = x.compare(y); c != 0)
            return c < 0 ? -1 : 1;
    }
    return 0;
}

QString withoutLeadingZeros(const QString &number)
{
    qsizetype zeros = 0;
    while (zeros + 1 < number.size() && number[zeros] == u'0')
        ++zeros;
    return number.mid(zeros);
}

// Blanks everything outside [begin, end) with spaces, newlines kept, so that offsets, lines and
// columns of the kept section stay those of the file.
QByteArray keepOnly(const QByteArray &bytes, qsizetype begin, qsizetype end)
{
    QByteArray result = bytes;
    for (qsizetype i = 0; i < result.size(); ++i) {
        if ((i < begin || i >= end) && result[i] != '\n' && result[i] != '\r')
            result[i] = ' ';
    }
    return result;
}

struct DbmateMarker
{
    Direction direction = Direction::Up;
    qsizetype lineStart = 0;
    QByteArray options;
};

// "-- migrate:up transaction:false" lines, as dbmate's ^--\s*migrate:up(\s*$|\s+\S+) reads them.
std::vector<DbmateMarker> dbmateMarkers(const QByteArray &bytes)
{
    std::vector<DbmateMarker> markers;
    qsizetype start = 0;
    while (start < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QByteArray line = bytes.mid(start, end - start);
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.startsWith("--")) {
            const QByteArray rest = line.mid(2).trimmed();
            for (const auto &[word, direction] : {std::pair{QByteArray("migrate:up"), Direction::Up},
                                                  std::pair{QByteArray("migrate:down"), Direction::Down}}) {
                if (rest.startsWith(word) && (rest.size() == word.size() || rest[word.size()] == ' ' || rest[word.size()] == '\t')) {
                    markers.push_back({direction, start, rest.mid(word.size()).trimmed()});
                    break;
                }
            }
        }
        start = end + 1;
    }
    return markers;
}

bool dieselRunsInTransaction(const QByteArray &toml)
{
    static const QRegularExpression setting(QStringLiteral(R"(^\s*run_in_transaction\s*=\s*(true|false)\s*(#.*)?$)"));
    for (const QByteArray &line : toml.split('\n')) {
        const auto match = setting.match(QString::fromUtf8(line).trimmed());
        if (match.hasMatch())
            return match.captured(1) == QLatin1StringView("true");
    }
    return true;
}

class Loader
{
public:
    Loader(std::vector<SourceFile> sources, Repository &repository, const LoadOptions &options)
        : m_repository(repository)
        , m_options(options)
    {
        std::sort(sources.begin(), sources.end(), [](const SourceFile &a, const SourceFile &b) {
            return naturalLess(a.relativePath, b.relativePath);
        });
        m_files.reserve(sources.size());
        for (SourceFile &source : sources) {
            FileData file;
            file.relativePath = source.relativePath;
            file.absolutePath = source.absolutePath;
            const qsizetype slash = source.relativePath.lastIndexOf(u'/');
            file.dir = slash < 0 ? QString() : source.relativePath.left(slash);
            file.baseName = source.relativePath.mid(slash + 1);
            file.gitChange = source.gitChange;
            FileContents contents = source.load ? source.load() : FileContents{};
            file.error = contents.error;
            if (file.error.isEmpty()) {
                file.sha256 = sha256Hex(contents.bytes);
                if (contents.bytes.startsWith("\xFF\xFE") || contents.bytes.startsWith("\xFE\xFF")) {
                    file.error = contents.bytes.startsWith(QByteArray("\xFF\xFE\x00\x00", 4))
                        ? tr("UTF-32 text (it starts with a UTF-32 byte order mark): save it as UTF-8")
                        : tr("UTF-16 text (it starts with a UTF-16 byte order mark): save it as UTF-8");
                    contents.bytes.clear();
                } else if (contents.bytes.contains('\0')) {
                    file.error = tr("binary file: it holds NUL bytes, which SQL text never does");
                    contents.bytes.clear();
                }
            }
            file.bytes = std::move(contents.bytes);
            m_pathIndex.insert(file.relativePath, int(m_files.size()));
            m_files.push_back(std::move(file));
        }
    }

    void run(bool singleFile)
    {
        if (singleFile)
            loadSingleFile();
        else
            classify();
        assemble();
    }

private:
    void problem(RepositoryProblem::Kind kind, const QString &path, const QString &message)
    {
        m_repository.problems.push_back({kind, path, message});
    }

    Group &group(Layout layout, const QString &dir, int file)
    {
        const QString key = layoutName(layout) + u'\n' + dir;
        auto it = m_groupIndex.constFind(key);
        if (it == m_groupIndex.constEnd()) {
            it = m_groupIndex.insert(key, int(m_groups.size()));
            Group created;
            created.layout = layout;
            created.firstFile = file;
            m_groups.push_back(std::move(created));
        }
        Group &found = m_groups[*it];
        found.firstFile = std::min(found.firstFile, file);
        return found;
    }

    MigrationScript script(int fileIndex, Direction direction, TransactionMode mode, const std::optional<QByteArray> &section = {}) const
    {
        const FileData &file = m_files[fileIndex];
        MigrationScript script;
        script.path = file.absolutePath;
        script.relativePath = file.relativePath;
        script.direction = direction;
        // A deleted file is listed without bytes: there is nothing left to review in it.
        if (file.gitChange != GitChange::Deleted)
            script.bytes = section ? *section : file.bytes;
        script.readError = file.error;
        script.sha256 = file.sha256;
        script.transactionMode = mode;
        script.gitChange = file.gitChange;
        return script;
    }

    void loadSingleFile()
    {
        if (m_files.empty())
            return;
        static const QRegularExpression numbered(QStringLiteral(R"(^(\d+)(?:[_-](.*))?\.sql$)"));
        const auto match = numbered.match(m_files[0].baseName);
        Piece piece;
        piece.version = match.hasMatch() ? match.captured(1) : QString();
        piece.name = match.hasMatch() ? match.captured(2) : m_files[0].baseName;
        piece.key = m_files[0].relativePath;
        piece.sortName = m_files[0].baseName;
        piece.mode = TransactionMode::PerStatement;
        piece.file = 0;
        group(Layout::PlainNumbered, m_files[0].dir, 0).pieces.push_back(piece);
    }

    // One file of a pop migration. pop runs each migration in a transaction of its own, the
    // whole file as one query (tx.RawQuery(content).Exec()), with no way to turn that off; a down
    // is optional (nothing pairs them); a file for another database is not run on PostgreSQL.
    void addPop(int fileIndex, const QRegularExpressionMatch &match)
    {
        const FileData &file = m_files[fileIndex];
        const QString dialect = match.captured(3);
        static const QStringList postgresNames{QStringLiteral("postgres"), QStringLiteral("postgresql"), QStringLiteral("pg"), QStringLiteral("pgx")};
        if (!dialect.isEmpty() && !postgresNames.contains(dialect)) {
            problem(RepositoryProblem::Kind::Layout, file.relativePath,
                    tr("%1 is a pop migration for %2: pop does not run it on PostgreSQL, so it is not checked").arg(file.relativePath, dialect));
            return;
        }
        if (match.captured(5) == u"fizz") {
            problem(RepositoryProblem::Kind::Layout, file.relativePath,
                    tr("%1 is written in fizz, pop's own schema language, which pop turns into SQL when it runs: migreview reads SQL "
                       "migrations only, so it is not checked (and the schema it builds is unknown to later checks)")
                        .arg(file.relativePath));
            return;
        }
        Piece piece;
        piece.version = match.captured(1);
        piece.name = match.captured(2);
        // A version's PostgreSQL file and its all-database file are both run, the PostgreSQL one first.
        piece.key = piece.version + u'.' + (dialect.isEmpty() ? QStringLiteral("all") : QStringLiteral("postgres"));
        piece.sortName = (dialect.isEmpty() ? QStringLiteral("1") : QStringLiteral("0")) + file.baseName;
        piece.direction = match.captured(4) == u"up" ? Direction::Up : Direction::Down;
        piece.mode = TransactionMode::Wrapped;
        piece.file = fileIndex;
        group(Layout::Pop, file.dir, fileIndex).pieces.push_back(piece);
    }

    void classify()
    {
        // sqitch first: its plan claims the scripts under deploy/, revert/ and verify/.
        for (int i = 0; i < int(m_files.size()); ++i) {
            if (m_files[i].baseName == QLatin1StringView("sqitch.plan"))
                loadSqitch(i);
        }

        static const QRegularExpression flywayVersioned(QStringLiteral(R"(^([VU])(\d+(?:[._]\d+)*)__(.+)\.sql$)"));
        static const QRegularExpression flywayRepeatable(QStringLiteral(R"(^R__(.+)\.sql$)"));
        static const QRegularExpression flywayLookalike(QStringLiteral(R"(^(?:[VU]\d|R_))"));
        static const QRegularExpression upDown(QStringLiteral(R"(^(\d+)_(.+)\.(up|down)\.sql$)"));
        static const QRegularExpression numbered(QStringLiteral(R"(^(\d+)_(.+)\.sql$)"));
        static const QRegularExpression plainOther(QStringLiteral(R"(^(\d+)(?:-(.+))?\.sql$)"));
        static const QRegularExpression migrationFolder(QStringLiteral(R"(^(\d[\d-]*)_(.+)$)"));

        // What each folder holds decides between the layouts that share a file name form.
        QHash<QString, bool> dbmateFolders;
        QHash<QString, bool> sqlxFolders;
        for (int i = 0; i < int(m_files.size()); ++i) {
            const FileData &file = m_files[i];
            if (m_claimed.contains(i) || !(upDown.match(file.baseName).hasMatch() || numbered.match(file.baseName).hasMatch()))
                continue;
            if (file.bytes.startsWith("-- no-transaction"))
                sqlxFolders[file.dir] = true;
            if (!upDown.match(file.baseName).hasMatch() && !dbmateMarkers(file.bytes).empty())
                dbmateFolders[file.dir] = true;
        }
        // gobuffalo/pop (migrator.go): ^(\d+)_([^.]+)(\.[a-z0-9]+)?\.(up|down)\.(sql|fizz)$. Its folders
        // hold .fizz files or names with a dialect; a Buffalo app has database.yml beside them.
        static const QRegularExpression popFile(QStringLiteral(R"(^(\d+)_([^.]+)(?:\.([a-z0-9]+))?\.(up|down)\.(sql|fizz)$)"));
        QHash<QString, bool> popFolders;
        for (int i = 0; i < int(m_files.size()); ++i) {
            const FileData &file = m_files[i];
            if (m_claimed.contains(i))
                continue;
            if (const auto match = popFile.match(file.baseName); match.hasMatch() && (match.captured(5) == u"fizz" || match.hasCaptured(3)))
                popFolders[file.dir] = true;
        }
        const auto isPop = [&](const QString &dir) {
            if (m_options.layout)
                return *m_options.layout == Layout::Pop;
            const qsizetype slash = dir.lastIndexOf(u'/');
            const QString parent = slash < 0 ? QString() : dir.left(slash);
            return popFolders.value(dir) || m_pathIndex.contains(parent.isEmpty() ? QStringLiteral("database.yml") : parent + QStringLiteral("/database.yml"));
        };
        const auto isSqlx = [&](const QString &dir) {
            if (m_options.layout == Layout::Sqlx)
                return true;
            if (m_options.layout == Layout::GolangMigrate)
                return false;
            return sqlxFolders.value(dir);
        };

        for (int i = 0; i < int(m_files.size()); ++i) {
            if (m_claimed.contains(i))
                continue;
            const FileData &file = m_files[i];
            const QString &base = file.baseName;
            if (const auto match = popFile.match(base); match.hasMatch() && isPop(file.dir)) {
                addPop(i, match);
                continue;
            }
            if (!base.endsWith(QLatin1StringView(".sql")))
                continue;

            // Diesel and Prisma: one folder per migration.
            if (base == QLatin1StringView("up.sql") || base == QLatin1StringView("down.sql") || base == QLatin1StringView("migration.sql")) {
                const qsizetype slash = file.dir.lastIndexOf(u'/');
                const QString folder = file.dir.mid(slash + 1);
                const QString parent = slash < 0 ? QString() : file.dir.left(slash);
                const auto match = migrationFolder.match(folder);
                if (file.dir.isEmpty() || !match.hasMatch()) {
                    problem(RepositoryProblem::Kind::Layout, file.relativePath,
                            tr("%1 looks like a Diesel or Prisma migration, but its folder is not named <version>_<name>; it was skipped")
                                .arg(file.relativePath));
                    continue;
                }
                Piece piece;
                piece.name = match.captured(2);
                piece.key = folder;
                piece.sortName = folder;
                piece.file = i;
                if (base == QLatin1StringView("migration.sql")) {
                    piece.version = match.captured(1);
                    piece.mode = TransactionMode::SingleQuery;
                    group(Layout::Prisma, parent, i).pieces.push_back(piece);
                } else {
                    // Diesel's version is the part before the first '_', dashes removed.
                    piece.version = match.captured(1).remove(u'-');
                    piece.direction = base == QLatin1StringView("up.sql") ? Direction::Up : Direction::Down;
                    const int metadata = m_pathIndex.value(file.dir + QLatin1StringView("/metadata.toml"), -1);
                    const bool wrapped = metadata < 0 || dieselRunsInTransaction(m_files[metadata].bytes);
                    // Without its transaction Diesel still sends up.sql as one query (batch_execute,
                    // PQexec): PostgreSQL runs its statements as one implicit transaction.
                    piece.mode = wrapped ? TransactionMode::Wrapped : TransactionMode::SingleQuery;
                    group(Layout::Diesel, parent, i).pieces.push_back(piece);
                }
                continue;
            }

            // Supabase: supabase/migrations/<timestamp>_<name>.sql.
            const QString fullDir = file.dir.isEmpty() ? m_repository.root : m_repository.root + u'/' + file.dir;
            if (fullDir.endsWith(QLatin1StringView("supabase/migrations"))) {
                if (const auto match = numbered.match(base); match.hasMatch()) {
                    Piece piece;
                    piece.version = match.captured(1);
                    piece.name = match.captured(2);
                    piece.key = piece.version;
                    piece.sortName = base;
                    piece.mode = TransactionMode::Wrapped;
                    piece.file = i;
                    group(Layout::Supabase, file.dir, i).pieces.push_back(piece);
                    continue;
                }
            }

            // Flyway. Its locations are scanned recursively: all Flyway files form one group.
            if (const auto match = flywayVersioned.match(base); match.hasMatch()) {
                Piece piece;
                piece.version = match.captured(2).replace(u'_', u'.');
                piece.name = match.captured(3).replace(u'_', u' ');
                piece.key = u'V' + flywayParts(piece.version).join(u'.');
                piece.sortName = base;
                piece.direction = match.captured(1) == QLatin1StringView("V") ? Direction::Up : Direction::Undo;
                piece.mode = TransactionMode::AutoDetected;
                piece.file = i;
                group(Layout::Flyway, QString(), i).pieces.push_back(piece);
                continue;
            }
            if (const auto match = flywayRepeatable.match(base); match.hasMatch()) {
                Piece piece;
                piece.name = match.captured(1).replace(u'_', u' ');
                piece.key = u'R' + piece.name;
                piece.sortName = piece.name;
                piece.direction = Direction::Repeatable;
                piece.mode = TransactionMode::AutoDetected;
                piece.file = i;
                group(Layout::Flyway, QString(), i).pieces.push_back(piece);
                continue;
            }
            if (flywayLookalike.match(base).hasMatch()) {
                problem(RepositoryProblem::Kind::Layout, file.relativePath,
                        tr("%1 looks like a Flyway migration but is not named V<version>__<description>.sql, "
                                   "U<version>__<description>.sql or R__<description>.sql (the separator is two underscores); "
                                   "Flyway ignores it")
                            .arg(file.relativePath));
                continue;
            }

            // golang-migrate and sqlx reversible: <n>_<name>.up.sql + .down.sql.
            if (const auto match = upDown.match(base); match.hasMatch()) {
                const bool sqlx = isSqlx(file.dir);
                Piece piece;
                piece.version = match.captured(1);
                piece.name = match.captured(2);
                piece.key = withoutLeadingZeros(piece.version);
                piece.sortName = base;
                piece.direction = match.captured(3) == QLatin1StringView("up") ? Direction::Up : Direction::Down;
                piece.mode = !sqlx ? TransactionMode::SingleQuery
                    : file.bytes.startsWith("-- no-transaction") ? TransactionMode::PerStatement
                                                                 : TransactionMode::Wrapped;
                piece.pairExpected = true;
                piece.file = i;
                group(sqlx ? Layout::Sqlx : Layout::GolangMigrate, file.dir, i).pieces.push_back(piece);
                continue;
            }

            // dbmate, sqlx simple and plain numbered files: <n>_<name>.sql.
            if (const auto match = numbered.match(base); match.hasMatch()) {
                Piece piece;
                piece.version = match.captured(1);
                piece.name = match.captured(2);
                piece.sortName = base;
                piece.file = i;
                if (dbmateFolders.value(file.dir)) {
                    piece.key = piece.version;
                    addDbmate(piece);
                } else if (isSqlx(file.dir)) {
                    piece.key = withoutLeadingZeros(piece.version);
                    piece.mode = file.bytes.startsWith("-- no-transaction") ? TransactionMode::PerStatement : TransactionMode::Wrapped;
                    group(Layout::Sqlx, file.dir, i).pieces.push_back(piece);
                } else {
                    piece.key = withoutLeadingZeros(piece.version);
                    piece.mode = TransactionMode::PerStatement;
                    group(Layout::PlainNumbered, file.dir, i).pieces.push_back(piece);
                }
                continue;
            }
            if (const auto match = plainOther.match(base); match.hasMatch()) {
                Piece piece;
                piece.version = match.captured(1);
                piece.name = match.captured(2);
                piece.key = withoutLeadingZeros(piece.version);
                piece.sortName = base;
                piece.mode = TransactionMode::PerStatement;
                piece.file = i;
                group(Layout::PlainNumbered, file.dir, i).pieces.push_back(piece);
                continue;
            }
            if (base.endsWith(QLatin1StringView(".up.sql")) || base.endsWith(QLatin1StringView(".down.sql"))) {
                problem(RepositoryProblem::Kind::Layout, file.relativePath,
                        tr("%1 looks like a golang-migrate migration but is not named <version>_<name>.up.sql "
                                   "or <version>_<name>.down.sql; it was skipped")
                            .arg(file.relativePath));
            }
            // Other .sql files (seeds, schema dumps) are not migrations.
        }
    }

    void addDbmate(Piece piece)
    {
        const FileData &file = m_files[piece.file];
        Group &target = group(Layout::Dbmate, file.dir, piece.file);
        const std::vector<DbmateMarker> markers = dbmateMarkers(file.bytes);
        const auto sectionEnd = [&](size_t index) {
            return index + 1 < markers.size() ? markers[index + 1].lineStart : file.bytes.size();
        };
        bool up = false;
        bool down = false;
        for (size_t i = 0; i < markers.size(); ++i) {
            bool &seen = markers[i].direction == Direction::Up ? up : down;
            if (seen) {
                problem(RepositoryProblem::Kind::Layout, file.relativePath,
                        tr("%1 has more than one -- migrate:%2 section; dbmate reads the first")
                            .arg(file.relativePath, directionName(markers[i].direction)));
                continue;
            }
            seen = true;
            Piece section = piece;
            section.direction = markers[i].direction;
            section.bytes = keepOnly(file.bytes, markers[i].lineStart, sectionEnd(i));
            section.mode = markers[i].options.split(' ').contains("transaction:false") ? TransactionMode::PerStatement
                                                                                        : TransactionMode::Wrapped;
            target.pieces.push_back(section);
        }
        if (!up && file.error.isEmpty()) {
            problem(RepositoryProblem::Kind::Layout, file.relativePath,
                    tr("%1 has no -- migrate:up section: dbmate refuses to run it").arg(file.relativePath));
            if (markers.empty()) {
                piece.mode = TransactionMode::Wrapped;
                target.pieces.push_back(piece);
            }
        } else if (!up) {
            // Unreadable: list it so that its read error is seen.
            target.pieces.push_back(piece);
        }
    }

    void loadSqitch(int planIndex)
    {
        const FileData &plan = m_files[planIndex];
        const QString prefix = plan.dir.isEmpty() ? QString() : plan.dir + u'/';
        const QString deployDir = prefix + QLatin1StringView("deploy/");
        const QString revertDir = prefix + QLatin1StringView("revert/");
        const QString verifyDir = prefix + QLatin1StringView("verify/");
        for (int i = 0; i < int(m_files.size()); ++i) {
            const QString &path = m_files[i].relativePath;
            if (path.startsWith(deployDir) || path.startsWith(revertDir) || path.startsWith(verifyDir))
                m_claimed.insert(i);
        }
        Group &target = group(Layout::Sqitch, plan.dir, planIndex);
        if (!plan.error.isEmpty()) {
            problem(RepositoryProblem::Kind::Layout, plan.relativePath, tr("%1: %2").arg(plan.relativePath, plan.error));
            return;
        }

        struct Change
        {
            QString name;
            QString scriptName;
            QStringList requirements;
            QString nextTag;
        };
        std::vector<Change> changes;
        QHash<QString, int> latest;
        size_t untagged = 0; // changes from here on have no tag after them yet
        static const QRegularExpression changeLine(QStringLiteral(
            R"(^([^\s\[\]#@:%]+)\s*(?:\[([^\]]*)\])?\s+(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ)\s+(.*?)\s*<([^>]*)>\s*(?:#.*)?$)"));
        static const QRegularExpression tagLine(QStringLiteral(R"(^@([^\s@:#]+)\s+\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\s+.*<[^>]*>)"));
        const QList<QByteArray> lines = plan.bytes.split('\n');
        for (qsizetype n = 0; n < lines.size(); ++n) {
            const QString line = QString::fromUtf8(lines[n]).trimmed();
            if (line.isEmpty() || line.startsWith(u'#') || line.startsWith(u'%'))
                continue;
            if (line.startsWith(u'@')) {
                const auto match = tagLine.match(line);
                if (!match.hasMatch()) {
                    problem(RepositoryProblem::Kind::Layout, plan.relativePath,
                            tr("%1:%2: this tag line is malformed: %3").arg(plan.relativePath).arg(n + 1).arg(line));
                    continue;
                }
                for (; untagged < changes.size(); ++untagged)
                    changes[untagged].nextTag = match.captured(1);
                continue;
            }
            const auto match = changeLine.match(line);
            if (!match.hasMatch()) {
                problem(RepositoryProblem::Kind::Layout, plan.relativePath,
                        tr("%1:%2: this line is neither a change, a tag, a pragma nor a comment: %3")
                            .arg(plan.relativePath)
                            .arg(n + 1)
                            .arg(line));
                continue;
            }
            Change change;
            change.name = match.captured(1);
            change.scriptName = change.name;
            const QStringList dependencies = match.captured(2).split(u' ', Qt::SkipEmptyParts);
            for (const QString &dependency : dependencies) {
                if (!dependency.startsWith(u'!')) // "!name" is a conflict, not a requirement
                    change.requirements.push_back(dependency);
            }
            // A reworked change: the earlier version's scripts are name@tag, tag the first after it.
            if (const auto previous = latest.constFind(change.name); previous != latest.constEnd()) {
                Change &earlier = changes[*previous];
                if (earlier.nextTag.isEmpty()) {
                    problem(RepositoryProblem::Kind::Layout, plan.relativePath,
                            tr("%1:%2: %3 is reworked without a tag since its previous version")
                                .arg(plan.relativePath)
                                .arg(n + 1)
                                .arg(change.name));
                } else {
                    earlier.scriptName = earlier.name + u'@' + earlier.nextTag;
                }
            }
            latest.insert(change.name, int(changes.size()));
            changes.push_back(change);
        }

        QSet<int> referenced;
        for (size_t position = 0; position < changes.size(); ++position) {
            const Change &change = changes[position];
            Migration migration;
            migration.version = QString::number(position + 1);
            migration.name = change.name;
            migration.layout = Layout::Sqitch;
            migration.requirements = change.requirements;
            const std::pair<QString, Direction> kinds[] = {{deployDir, Direction::Up}, {revertDir, Direction::Down}, {verifyDir, Direction::Verify}};
            for (const auto &[dir, direction] : kinds) {
                const int index = m_pathIndex.value(dir + change.scriptName + QLatin1StringView(".sql"), -1);
                if (index < 0) {
                    if (direction == Direction::Up) {
                        problem(RepositoryProblem::Kind::Layout, plan.relativePath,
                                tr("%1: the change %2 has no deploy script %3")
                                    .arg(plan.relativePath, change.name, dir + change.scriptName + QLatin1StringView(".sql")));
                    }
                    continue;
                }
                referenced.insert(index);
                migration.scripts.push_back(script(index, direction, TransactionMode::PerStatement));
            }
            target.ready.push_back(std::move(migration));
        }
        for (int i = 0; i < int(m_files.size()); ++i) {
            const FileData &file = m_files[i];
            if (m_claimed.contains(i) && file.relativePath.startsWith(deployDir) && file.baseName.endsWith(QLatin1StringView(".sql"))
                && !referenced.contains(i)) {
                problem(RepositoryProblem::Kind::Layout, file.relativePath,
                        tr("%1 is not in %2: sqitch never deploys it").arg(file.relativePath, plan.relativePath));
            }
        }
    }

    static bool lessInGroup(Layout layout, const Built &a, const Built &b)
    {
        switch (layout) {
        case Layout::Flyway:
            // Repeatable migrations run after all versioned ones, by description.
            if (a.repeatable != b.repeatable)
                return b.repeatable;
            if (a.repeatable)
                return a.sortName < b.sortName;
            if (const int c = compareFlywayVersions(a.migration.version, b.migration.version); c != 0)
                return c < 0;
            return a.sortName < b.sortName;
        case Layout::Pop:
            // pop compares versions as strings ("all" dialect files after the postgres ones).
            if (a.migration.version != b.migration.version)
                return a.migration.version < b.migration.version;
            return a.sortName < b.sortName;
        case Layout::GolangMigrate:
        case Layout::Sqlx:
        case Layout::PlainNumbered:
            // Versions are numbers (uint / i64 / psql file order by number).
            if (naturalLess(a.migration.version, b.migration.version) || naturalLess(b.migration.version, a.migration.version))
                return naturalLess(a.migration.version, b.migration.version);
            return naturalLess(a.sortName, b.sortName);
        case Layout::Dbmate:
        case Layout::Supabase:
        case Layout::Diesel:
        case Layout::Prisma:
        case Layout::Sqitch:
            // These compare versions (or folder names) as strings.
            if (a.migration.version != b.migration.version)
                return a.migration.version < b.migration.version;
            return a.sortName < b.sortName;
        }
        return false;
    }

    std::vector<Migration> assembleGroup(Group &group)
    {
        std::vector<Built> built;
        QHash<QString, std::vector<size_t>> byKey;
        for (const Piece &piece : group.pieces) {
            size_t target = built.size();
            const MigrationScript *clash = nullptr;
            for (const size_t candidate : byKey.value(piece.key)) {
                clash = built[candidate].migration.script(piece.direction);
                if (!clash) {
                    target = candidate;
                    break;
                }
            }
            if (target == built.size() && clash) {
                problem(RepositoryProblem::Kind::Layout, m_files[piece.file].relativePath,
                        tr("%1 has the same version as %2: each version must be unique")
                            .arg(m_files[piece.file].relativePath, clash->relativePath));
            }
            if (target == built.size()) {
                Built fresh;
                fresh.migration.version = piece.version;
                fresh.migration.name = piece.name;
                fresh.migration.layout = group.layout;
                fresh.sortName = piece.sortName;
                fresh.repeatable = piece.direction == Direction::Repeatable;
                built.push_back(std::move(fresh));
                byKey[piece.key].push_back(target);
            }
            Built &into = built[target];
            if (piece.direction == Direction::Up) {
                // The up script names the migration (a down may be named differently).
                into.migration.name = piece.name;
                into.migration.version = piece.version;
                into.sortName = piece.sortName;
                into.pairExpected = piece.pairExpected;
            }
            into.migration.scripts.push_back(script(piece.file, piece.direction, piece.mode, piece.bytes));
        }

        // Diesel keys by folder; its version alone must still be unique.
        if (group.layout == Layout::Diesel) {
            QHash<QString, QString> seen;
            for (const Built &b : built) {
                const QString &version = b.migration.version;
                const QString path = b.migration.scripts.front().relativePath;
                if (seen.contains(version)) {
                    problem(RepositoryProblem::Kind::Layout, path,
                            tr("%1 has the same version as %2: each version must be unique").arg(path, seen.value(version)));
                } else {
                    seen.insert(version, path);
                }
            }
        }

        for (Built &b : built) {
            Migration &migration = b.migration;
            std::stable_sort(migration.scripts.begin(), migration.scripts.end(), [](const MigrationScript &x, const MigrationScript &y) {
                return int(x.direction) < int(y.direction);
            });
            const bool hasUp = migration.script(Direction::Up) || migration.script(Direction::Repeatable);
            for (const MigrationScript &s : migration.scripts) {
                if (!hasUp && (s.direction == Direction::Down || s.direction == Direction::Undo)) {
                    problem(RepositoryProblem::Kind::Layout, s.relativePath,
                            tr("%1 has no matching up script").arg(s.relativePath));
                }
            }
            if (b.pairExpected && !migration.script(Direction::Down)) {
                const QString &path = migration.script(Direction::Up)->relativePath;
                problem(RepositoryProblem::Kind::MissingDown, path,
                        tr("%1 has no down script: %2 expects each up to have its down").arg(path, layoutName(group.layout)));
            }
        }
        std::stable_sort(built.begin(), built.end(), [&](const Built &a, const Built &b) {
            return lessInGroup(group.layout, a, b);
        });
        std::vector<Migration> migrations;
        migrations.reserve(built.size());
        for (Built &b : built)
            migrations.push_back(std::move(b.migration));
        return migrations;
    }

    void assemble()
    {
        std::vector<size_t> order(m_groups.size());
        for (size_t i = 0; i < order.size(); ++i)
            order[i] = i;
        std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
            return m_groups[a].firstFile < m_groups[b].firstFile;
        });
        for (const size_t index : order) {
            Group &group = m_groups[index];
            std::vector<Migration> migrations = group.layout == Layout::Sqitch ? std::move(group.ready) : assembleGroup(group);
            if (std::find(m_repository.layouts.begin(), m_repository.layouts.end(), group.layout) == m_repository.layouts.end())
                m_repository.layouts.push_back(group.layout);
            for (Migration &migration : migrations)
                m_repository.migrations.push_back(std::move(migration));
        }

        // What a git range did to each migration; the edits of history are judged once BASE is
        // known too (gitsource.cpp).
        for (Migration &migration : m_repository.migrations)
            migration.gitChange = migrationChange(migration);
    }

    Repository &m_repository;
    const LoadOptions &m_options;
    std::vector<FileData> m_files;
    QHash<QString, int> m_pathIndex;
    QSet<int> m_claimed;
    std::vector<Group> m_groups;
    QHash<QString, int> m_groupIndex;
};

} // namespace

GitChange migrationChange(const Migration &migration)
{
    bool allAdded = !migration.scripts.empty();
    bool allDeleted = !migration.scripts.empty();
    bool anyChange = false;
    for (const MigrationScript &s : migration.scripts) {
        allAdded = allAdded && s.gitChange == GitChange::Added;
        allDeleted = allDeleted && s.gitChange == GitChange::Deleted;
        anyChange = anyChange || s.gitChange != GitChange::Unchanged
            || (s.baseTransactionMode && *s.baseTransactionMode != s.transactionMode);
    }
    return allAdded ? GitChange::Added : allDeleted ? GitChange::Deleted : anyChange ? GitChange::Modified : GitChange::Unchanged;
}

void loadLayouts(std::vector<SourceFile> files, Repository &repository, const LoadOptions &options, bool singleFile)
{
    Loader loader(std::move(files), repository, options);
    loader.run(singleFile);
}

} // namespace migreview::repository
