// The pull-request summary: what a reviewer pastes into the pull request. GitHub-flavoured
// markdown: a table of the range's migrations, the findings by class, and per migration a
// collapsible list of its findings with their safe rewrites, within GitHub's comment limit.
#include "lintformats.h"

#include "estimate/estimator.h"
#include "estimateformats.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

namespace migreview::report {

using rules::Finding;
using rules::Level;

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("migreview::report", text, disambiguation, n);
}

QString levelIcon(Level level)
{
    return level == Level::Error ? QStringLiteral("🛑") : level == Level::Warning ? QStringLiteral("⚠️") : QStringLiteral("ℹ️");
}

// Table cells and summaries: no pipes or newlines, HTML escaped.
QString cell(const QString &text)
{
    return QString(text).replace(u'\n', u' ').replace(u'|', QStringLiteral("\\|")).toHtmlEscaped();
}

struct MigrationLocks
{
    locks::LockMode strongest = locks::LockMode::None;
    QString table;
    estimate::Duration longestHold; // of any lock the migration takes, to its commit
};

QHash<QString, MigrationLocks> locksByMigration(const estimate::EstimateReport *report)
{
    QHash<QString, MigrationLocks> result;
    if (!report)
        return result;
    for (const estimate::StatementEstimate &statement : report->statements) {
        MigrationLocks &entry = result[statement.migration];
        for (const locks::RelationLock &lock : statement.locks) {
            if (lock.mode > entry.strongest) {
                entry.strongest = lock.mode;
                entry.table = lock.relation;
            }
        }
        const estimate::Duration &held = statement.inTransaction ? statement.hold : statement.duration;
        if (!statement.locks.empty() && held.known && (!entry.longestHold.known || held.expected > entry.longestHold.expected))
            entry.longestHold = held;
    }
    return result;
}

QString counts(int errors, int warnings, int infos)
{
    QStringList parts;
    if (errors)
        parts << tr("%n error(s)", nullptr, errors);
    if (warnings)
        parts << tr("%n warning(s)", nullptr, warnings);
    if (infos)
        parts << tr("%n info", nullptr, infos);
    return parts.isEmpty() ? tr("no findings") : parts.join(QStringLiteral(", "));
}

QString findingLine(const Finding &f)
{
    QString line = QStringLiteral("- %1 **%2** `%3` line %4: %5 ([`%6`](https://github.com/migreview/migreview/blob/main/docs/rules/%6.md), %7)\n")
                       .arg(levelIcon(f.level), rules::levelName(f.level), f.file)
                       .arg(f.range.begin.line)
                       .arg(f.message.toHtmlEscaped(), f.rule, rules::severityName(f.severity));
    if (!f.fix.isEmpty())
        line += QStringLiteral("\n  ```sql\n  %1\n  ```\n").arg(QString(f.fix).replace(u'\n', QStringLiteral("\n  ")));
    return line;
}

} // namespace

QByteArray pullRequestSummary(const lint::LintResult &result, const FormatOptions &options)
{
    const QHash<QString, MigrationLocks> locksOf = locksByMigration(options.estimate);
    const bool withStatistics = options.estimate && !options.estimate->statsSource.isEmpty();

    QList<const lint::ReviewedMigration *> reviewed;
    int added = 0, modified = 0, deleted = 0;
    for (const lint::ReviewedMigration &migration : result.migrations) {
        if (migration.change == rules::Change::Context || migration.change == rules::Change::None)
            continue;
        reviewed << &migration;
        added += migration.change == rules::Change::Added;
        modified += migration.change == rules::Change::Modified;
        deleted += migration.change == rules::Change::Deleted;
    }
    QHash<QString, QList<const Finding *>> findingsOf; // by migration id, in scope and shown
    QHash<QString, QString> migrationOfFile;
    for (const lint::ReviewedMigration &migration : result.migrations) {
        for (const QString &file : migration.files)
            migrationOfFile.insert(file, migration.id);
    }
    QMap<QString, std::pair<int, int>> byClass; // severity -> errors, warnings
    for (const Finding &f : result.findings) {
        if (!f.inScope() || (f.suppressed && !options.showSuppressed))
            continue;
        findingsOf[migrationOfFile.value(f.file, f.migration)] << &f;
        if (!f.suppressed && f.level != Level::Info) {
            auto &entry = byClass[rules::severityName(f.severity)];
            (f.level == Level::Error ? entry.first : entry.second) += 1;
        }
    }

    QString head = tr("## migreview: pull request `%1`\n\n").arg(result.gitRange);
    head += tr("Compared %1 (BASE) with %2 (HEAD): **%3 migration(s)** changed (%4 added, %5 modified, %6 deleted); **%7**.")
                .arg(result.gitBase, result.gitHead)
                .arg(reviewed.size())
                .arg(added)
                .arg(modified)
                .arg(deleted)
                .arg(counts(result.count(Level::Error), result.count(Level::Warning), result.count(Level::Info)));
    head += withStatistics ? tr(" Hold times estimated from the statistics of %1.").arg(cell(options.estimate->statsSource))
                           : tr(" No statistics were given: hold times are not estimated (pass --stats FILE).");
    head += QStringLiteral("\n\n");
    if (reviewed.isEmpty()) {
        head += tr("The range adds or changes no migration.\n");
        return head.toUtf8();
    }

    head += tr("| Migration | Change | Strongest lock | Estimated hold | Errors | Warnings |\n");
    head += QStringLiteral("|---|---|---|---|---:|---:|\n");
    for (const lint::ReviewedMigration *migration : std::as_const(reviewed)) {
        int errors = 0, warnings = 0;
        for (const Finding *f : findingsOf.value(migration->id)) {
            if (f->suppressed)
                continue;
            errors += f->level == Level::Error;
            warnings += f->level == Level::Warning;
        }
        const MigrationLocks lock = locksOf.value(migration->id);
        const QString lockText = lock.strongest == locks::LockMode::None ? tr("none")
                                                                          : tr("%1 on `%2`").arg(locks::lockModeName(lock.strongest), cell(lock.table));
        const QString hold = !withStatistics || lock.strongest == locks::LockMode::None ? QStringLiteral("—")
            : lock.longestHold.known ? tr("~%1 (%2 to %3)").arg(humanTime(lock.longestHold.expected), humanTime(lock.longestHold.low), humanTime(lock.longestHold.high))
                                     : tr("unknown");
        head += QStringLiteral("| `%1` | %2 | %3 | %4 | %5 | %6 |\n")
                    .arg(cell(migration->id), rules::changeName(migration->change), lockText, hold)
                    .arg(errors)
                    .arg(warnings);
    }
    if (!byClass.isEmpty()) {
        QStringList classes;
        for (auto it = byClass.constBegin(); it != byClass.constEnd(); ++it)
            classes << tr("%1: %2").arg(it.key(), counts(it->first, it->second, 0));
        head += QStringLiteral("\n") + tr("**By class:** %1").arg(classes.join(QStringLiteral(" · "))) + QStringLiteral("\n");
    }
    head += QStringLiteral("\n");

    // One collapsible section per migration, errors open; as many as fit in the limit.
    const QString truncatedNote = tr("\n> Truncated: %1 more migration(s) not shown, to stay within GitHub's %2 characters. "
                                     "`migreview lint --git-range %3` lists every finding.\n");
    QString body;
    int shown = 0;
    for (const lint::ReviewedMigration *migration : std::as_const(reviewed)) {
        const QList<const Finding *> findings = findingsOf.value(migration->id);
        int errors = 0, warnings = 0, infos = 0;
        for (const Finding *f : findings) {
            if (f->suppressed)
                continue;
            errors += f->level == Level::Error;
            warnings += f->level == Level::Warning;
            infos += f->level == Level::Info;
        }
        QString section = QStringLiteral("<details%1><summary>%2 <b>%3</b> (%4): %5</summary>\n\n")
                              .arg(errors ? QStringLiteral(" open") : QString(),
                                   errors ? levelIcon(Level::Error) : warnings ? levelIcon(Level::Warning) : QStringLiteral("✅"),
                                   cell(migration->id), rules::changeName(migration->change), counts(errors, warnings, infos));
        section += tr("Files: %1\n\n").arg(QStringLiteral("`") + migration->files.join(QStringLiteral("`, `")) + QStringLiteral("`"));
        for (const Finding *f : findings)
            section += findingLine(*f);
        section += QStringLiteral("\n</details>\n\n");
        const qsizetype room = PullRequestSummaryLimit - head.size() - body.size() - truncatedNote.size() - 64;
        if (section.size() > room) {
            body += truncatedNote.arg(reviewed.size() - shown).arg(PullRequestSummaryLimit).arg(result.gitRange);
            break;
        }
        body += section;
        ++shown;
    }
    return (head + body).toUtf8();
}

} // namespace migreview::report
