#pragma once

#include <QByteArray>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

// A folder (or a git commit) of migrations, recognised by the layout of the tool that runs them,
// ordered the way that tool orders them, with up/down scripts paired.
namespace migreview::repository {

enum class Layout {
    Flyway, // V<ver>__<name>.sql, U<ver>__ undo, R__ repeatable
    GolangMigrate, // <n>_<name>.up.sql + .down.sql (also sqlx)
    Dbmate, // <ver>_<name>.sql with -- migrate:up / -- migrate:down
    Sqitch, // sqitch.plan + deploy/ revert/ verify/
    Prisma, // <ts>_<name>/migration.sql
    Diesel, // <ts>_<name>/up.sql + down.sql (+ metadata.toml)
    Supabase, // supabase/migrations/<ts>_<name>.sql
    PlainNumbered, // <n>[_-]<name>.sql
    Sqlx, // <n>_<name>.sql or .up.sql + .down.sql, told from golang-migrate by "-- no-transaction" (or LoadOptions::layout)
    Pop, // gobuffalo/pop (soda): <n>_<name>[.<dialect>].(up|down).(sql|fizz), told from golang-migrate by
         // .fizz files, a dialect in a name or a Buffalo database.yml (or LoadOptions::layout)
};
// Whether a file may belong to a migration layout (SQL, fizz, sqitch.plan, metadata.toml): the
// files a repository (folder or git commit) is read for.
bool isLayoutFile(const QString &fileName);
QString layoutName(Layout layout); // "flyway", "golang-migrate", ...

enum class Direction { Up, Down, Undo, Repeatable, Verify };
QString directionName(Direction direction); // "up", "down", ...

// How the tool runs a script, which decides whether CONCURRENTLY is legal and whether a failure
// leaves partial effects.
enum class TransactionMode {
    Wrapped, // the tool runs the whole script in one transaction
    AutoDetected, // the tool runs it in a transaction unless it contains a statement that cannot run in one (Flyway)
    SingleQuery, // sent as one multi-statement query: an implicit transaction unless the script has its own BEGIN/COMMIT (golang-migrate)
    PerStatement, // no transaction: each statement commits on its own
};
QString transactionModeName(TransactionMode mode);

// What a pull request's git range did to a migration file.
enum class GitChange { Unchanged, Added, Modified, Deleted };

struct MigrationScript
{
    QString path; // absolute path of the file
    QString relativePath; // relative to the repository root, '/' separated
    Direction direction = Direction::Up;
    // The script's bytes. For a file that holds several scripts (dbmate's up and down sections)
    // the bytes of the other sections are replaced by spaces, newlines kept, so that offsets,
    // lines and columns stay those of the file.
    QByteArray bytes;
    QString readError; // why the file could not be read; bytes is then empty
    QByteArray sha256; // of the whole file, hex
    TransactionMode transactionMode = TransactionMode::Wrapped;
    GitChange gitChange = GitChange::Unchanged;
    // In a git range, for a script that exists at BASE: its bytes there when they differ (what
    // an edit of history changed), and its transaction mode there when that differs (a Diesel
    // metadata.toml added, a "-- no-transaction" marker).
    QByteArray baseBytes;
    std::optional<TransactionMode> baseTransactionMode;
};

struct Migration
{
    QString version; // ordering key as the tool sees it ("20240101120000", "1.2.3", "0007")
    QString name; // human part of the name
    Layout layout = Layout::PlainNumbered;
    std::vector<MigrationScript> scripts; // up first, then down/undo/verify
    // sqitch [requires]. Named "requirements" because "requires" is a C++20 keyword.
    QStringList requirements; // other layouts: empty
    GitChange gitChange = GitChange::Unchanged;

    const MigrationScript *script(Direction direction) const;
};

// Something about the repository itself that a reviewer should know: a duplicate version,
// an up without its down, an unreadable plan, an applied migration that was edited.
struct RepositoryProblem
{
    enum class Kind {
        Layout,
        History,
        MissingDown, // an up script without the down its layout expects (rule missing-down-migration)
    };
    Kind kind = Kind::Layout;
    QString path; // relative path of the file concerned (may be empty)
    QString message;
};

struct LoadOptions
{
    // "BASE..HEAD": load HEAD's tree and mark what the range changed; "BASE...HEAD": the same
    // from the merge base of BASE and HEAD, as git diff does.
    QString gitRange;
    // File names cannot tell sqlx from golang-migrate (or from plain numbered files): a caller
    // that knows the tool says so here; only Sqlx and GolangMigrate are honoured.
    std::optional<Layout> layout;
};

struct Repository
{
    QString root; // absolute path of the folder given
    std::vector<Migration> migrations; // in the order the tools apply them
    std::vector<Layout> layouts; // the layouts found, in order of appearance
    std::vector<RepositoryProblem> problems;
    QString error; // set when nothing could be loaded (no such folder, bad git range)
    // Loaded from a git range: the range as given, and the commits it resolved to (BASE is the
    // merge base for "BASE...HEAD"), as short ids. Empty otherwise.
    QString gitRange;
    QString gitBase;
    QString gitHead;

    bool isRange() const { return !gitRange.isEmpty(); }

    bool ok() const { return error.isEmpty(); }
};

// How findings, estimates and the graph name a migration: "version name".
QString migrationId(const Migration &migration);
// The ids of the migrations a git range added or modified (empty without a range): what a pull
// request's review reports.
QSet<QString> rangeMigrationIds(const Repository &repository);

// Loads a folder (or one .sql file, as a one-migration plain repository).
Repository loadRepository(const QString &path, const LoadOptions &options = {});

// What a pull request's range can be made of, for a picker: branches, remote branches and tags
// by name, then the latest commits of HEAD (short id and summary). Empty with *error set when
// path is not in a git repository.
struct GitReference
{
    QString name; // "main", "origin/main", "v1.2", "3f2a9c1"
    QString kind; // "branch", "remote branch", "tag", "commit"
    QString summary; // a commit's first line
};
std::vector<GitReference> listGitReferences(const QString &path, int recentCommits = 30, QString *error = nullptr);

// Which commit a review saw: HEAD, its branch, the origin remote (credentials removed) and
// whether the work tree had changes. All empty when path is not in a git repository.
struct GitIdentity
{
    QString head; // full commit id
    QString branch;
    QString remoteUrl;
    bool dirty = false;
};
GitIdentity gitIdentity(const QString &path);
// A URL without its user and password ("https://user:token@host/x" -> "https://host/x").
QString withoutCredentials(const QString &url);

} // namespace migreview::repository
