#include "report/runbook.h"

#include "locks/lockmode.h"
#include "report/estimateformats.h"
#include "report/review.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace migreview::report {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("migreview::report", text);
}

// How the migration's own tool applies it, up to and including this version.
QString toolCommand(const repository::Migration &migration, const QString &file)
{
    switch (migration.layout) {
    case repository::Layout::Flyway:
        return QStringLiteral("flyway migrate -target=%1").arg(migration.version);
    case repository::Layout::GolangMigrate:
        return QStringLiteral("migrate -path <dir> -database \"$DATABASE_URL\" goto %1").arg(migration.version);
    case repository::Layout::Dbmate:
        return QStringLiteral("dbmate up   # applies every pending migration up to %1").arg(migration.version);
    case repository::Layout::Sqitch:
        return QStringLiteral("sqitch deploy --to %1").arg(migration.name);
    case repository::Layout::Prisma:
        return QStringLiteral("prisma migrate deploy");
    case repository::Layout::Diesel:
        return QStringLiteral("diesel migration run");
    case repository::Layout::Supabase:
        return QStringLiteral("supabase db push");
    case repository::Layout::Sqlx:
        return QStringLiteral("sqlx migrate run --target-version %1").arg(migration.version);
    case repository::Layout::Pop:
        return QStringLiteral("soda migrate up");
    case repository::Layout::PlainNumbered:
        break;
    }
    return QStringLiteral("psql -v ON_ERROR_STOP=1 --single-transaction -f %1").arg(file);
}

} // namespace

QJsonArray buildRunbook(const ReviewInput &input)
{
    QJsonArray steps;
    const auto add = [&steps](const QString &kind, const QString &title, const QString &sql, const QString &command, const QString &file, const QString &expect) {
        steps.append(QJsonObject{{QStringLiteral("step"), int(steps.size()) + 1},
                                 {QStringLiteral("kind"), kind},
                                 {QStringLiteral("title"), title},
                                 {QStringLiteral("sql"), sql},
                                 {QStringLiteral("command"), command},
                                 {QStringLiteral("file"), file},
                                 {QStringLiteral("expect"), expect}});
    };

    // The tables that will be locked against writes (SHARE and stronger), heaviest first.
    QStringList lockedTables;
    double longestHighMs = 0;
    if (input.estimate) {
        for (const estimate::TableTotal &table : input.estimate->tables) {
            if (table.strongest >= locks::LockMode::Share)
                lockedTables.push_back(table.table);
        }
        for (const estimate::StatementEstimate &statement : input.estimate->statements) {
            if (statement.duration.known)
                longestHighMs = std::max(longestHighMs, statement.duration.high);
        }
    }

    add(QStringLiteral("pre-check"), tr("Confirm the target server and database"), QStringLiteral("SELECT current_database(), version();"), {}, {},
        tr("the production database, PostgreSQL %1").arg(input.estimate ? input.estimate->pgVersion : 17));
    add(QStringLiteral("pre-check"), tr("No long-running transactions (a lock request queues behind them, and everything queues behind it)"),
        QStringLiteral("SELECT pid, usename, now() - xact_start AS age, left(query, 80) FROM pg_stat_activity WHERE xact_start < now() - interval '1 minute' ORDER BY age DESC;"),
        {}, {}, tr("no rows"));
    for (const QString &table : std::as_const(lockedTables))
        add(QStringLiteral("pre-check"), tr("Row count of %1, to compare afterwards").arg(table), QStringLiteral("SELECT count(*) FROM %1;").arg(table), {}, {},
            tr("write the number down"));
    const int statementTimeoutMs = longestHighMs > 0 ? int(std::min(3600000.0, std::ceil(longestHighMs * 2 / 1000) * 1000)) : 0;
    add(QStringLiteral("pre-check"), tr("Bound the waits: a blocked lock request fails instead of stalling the application"),
        statementTimeoutMs > 0 ? QStringLiteral("SET lock_timeout = '5s';\nSET statement_timeout = '%1ms';").arg(statementTimeoutMs) : QStringLiteral("SET lock_timeout = '5s';"), {}, {},
        statementTimeoutMs > 0 ? tr("statement_timeout is twice the longest statement's high estimate") : tr("set in the migration tool's session (PGOPTIONS or its configuration)"));

    // The commands, in the order the tools run them.
    QHash<QString, double> expectedByMigration;
    if (input.estimate) {
        for (const estimate::MigrationTotal &total : input.estimate->migrations) {
            if (total.duration.known)
                expectedByMigration.insert(total.migration, total.duration.expected);
        }
    }
    std::vector<const repository::Migration *> applied;
    for (const repository::Migration &migration : input.repository->migrations) {
        const repository::MigrationScript *up = migration.script(repository::Direction::Up);
        if (!up)
            continue;
        applied.push_back(&migration);
        const QString label = QStringLiteral("%1 %2").arg(migration.version, migration.name).trimmed();
        const auto expected = expectedByMigration.constFind(label);
        add(QStringLiteral("command"), tr("Apply %1").arg(label), {}, toolCommand(migration, up->relativePath), up->relativePath,
            expected != expectedByMigration.constEnd() ? tr("about %1").arg(humanTime(*expected)) : tr("duration unknown without statistics"));
    }

    add(QStringLiteral("post-check"), tr("No index left invalid (a failed CREATE INDEX CONCURRENTLY leaves one)"),
        QStringLiteral("SELECT indexrelid::regclass FROM pg_index WHERE NOT indisvalid;"), {}, {}, tr("no rows"));
    add(QStringLiteral("post-check"), tr("Constraints added NOT VALID are validated"),
        QStringLiteral("SELECT conrelid::regclass, conname FROM pg_constraint WHERE NOT convalidated;"), {}, {}, tr("no rows, or only those a later migration validates"));
    for (const QString &table : std::as_const(lockedTables))
        add(QStringLiteral("post-check"), tr("Row count of %1 again").arg(table), QStringLiteral("SELECT count(*) FROM %1;").arg(table), {}, {},
            tr("the number from before, unless the migration deletes or inserts rows"));

    // When to stop and roll back.
    add(QStringLiteral("rollback-trigger"), tr("A statement fails on lock_timeout: something holds a conflicting lock"), {}, {}, {},
        tr("stop; find the blocker in pg_locks and pg_stat_activity before retrying"));
    if (input.estimate) {
        for (const estimate::StatementEstimate &statement : input.estimate->statements) {
            if (statement.duration.known && statement.duration.high >= 1000)
                add(QStringLiteral("rollback-trigger"), tr("%1:%2 (%3) runs longer than twice its high estimate").arg(statement.file).arg(statement.line).arg(statement.commandTag), {},
                    {}, statement.file, tr("more than %1").arg(humanTime(statement.duration.high * 2)));
        }
    }
    if (input.lint) {
        for (const rules::Finding &finding : input.lint->findings) {
            if (finding.level == rules::Level::Error && !finding.suppressed)
                add(QStringLiteral("rollback-trigger"), tr("Unresolved error %1 at %2:%3: do not start").arg(finding.rule, finding.file).arg(finding.range.begin.line), {}, {},
                    finding.file, finding.message);
        }
    }

    // The way back: the down scripts, newest migration first.
    for (auto it = applied.rbegin(); it != applied.rend(); ++it) {
        const repository::Migration &migration = **it;
        const QString label = QStringLiteral("%1 %2").arg(migration.version, migration.name).trimmed();
        const repository::MigrationScript *down = migration.script(repository::Direction::Down);
        if (!down)
            down = migration.script(repository::Direction::Undo);
        if (down)
            add(QStringLiteral("rollback"), tr("Roll back %1").arg(label), down->readError.isEmpty() ? QString::fromUtf8(down->bytes).trimmed() : QString(), {}, down->relativePath,
                tr("the schema as before %1").arg(label));
        else
            add(QStringLiteral("rollback"), tr("Roll back %1: there is no down script").arg(label), {}, {}, {}, tr("a forward fix, or a restore from backup"));
    }
    return steps;
}

} // namespace migreview::report
