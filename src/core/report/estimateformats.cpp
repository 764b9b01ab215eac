#include "estimateformats.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace migreview::report {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("migreview::report", text);
}

QJsonValue durationJson(const estimate::Duration &duration)
{
    if (!duration.known)
        return QJsonValue::Null;
    const auto round = [](double ms) { return std::round(ms * 10) / 10; };
    return QJsonObject{{QStringLiteral("low"), round(duration.low)},
                       {QStringLiteral("expected"), round(duration.expected)},
                       {QStringLiteral("high"), round(duration.high)}};
}

// "3.2 s", "140 ms", "2 h 05 min" for a person.

QString humanDuration(const estimate::Duration &duration)
{
    if (!duration.known)
        return tr("unknown (%1)").arg(duration.reason);
    return tr("~%1 (%2 to %3)").arg(humanTime(duration.expected), humanTime(duration.low), humanTime(duration.high));
}

QString describeLocks(const std::vector<locks::RelationLock> &locks)
{
    QStringList parts;
    for (const locks::RelationLock &lock : locks)
        parts.push_back(tr("%1 on %2").arg(locks::lockModeName(lock.mode), lock.relation));
    return parts.isEmpty() ? tr("no table lock") : parts.join(QStringLiteral(", "));
}

QByteArray formatJson(const estimate::EstimateReport &report, const QString &toolVersion)
{
    QJsonArray statements;
    for (const estimate::StatementEstimate &s : report.statements) {
        QJsonArray locks;
        for (const locks::RelationLock &lock : s.locks) {
            locks.append(QJsonObject{{QStringLiteral("relation"), lock.relation},
                                     {QStringLiteral("mode"), locks::lockModeName(lock.mode)},
                                     {QStringLiteral("work"), locks::tableWorkName(lock.work)},
                                     {QStringLiteral("blocks"), locks::blockedWork(lock.mode)}});
        }
        QJsonObject object{{QStringLiteral("file"), s.file},
                           {QStringLiteral("migration"), s.migration},
                           {QStringLiteral("line"), s.line},
                           {QStringLiteral("column"), s.column},
                           {QStringLiteral("statement"), s.commandTag},
                           {QStringLiteral("locks"), locks},
                           {QStringLiteral("work"), locks::tableWorkName(s.work)},
                           {QStringLiteral("table"), s.workedTable.isEmpty() ? QJsonValue::Null : QJsonValue(s.workedTable)},
                           {QStringLiteral("in_transaction"), s.inTransaction},
                           {QStringLiteral("estimate_ms"), durationJson(s.duration)},
                           {QStringLiteral("hold_ms"), durationJson(s.hold)},
                           {QStringLiteral("reason"), s.duration.known && s.hold.known ? QJsonValue::Null
                                                                                       : QJsonValue(s.duration.known ? s.hold.reason : s.duration.reason)},
                           {QStringLiteral("assumptions"), QJsonArray::fromStringList(s.assumptions)}};
        statements.append(object);
    }
    QJsonArray migrations;
    for (const estimate::MigrationTotal &m : report.migrations)
        migrations.append(QJsonObject{{QStringLiteral("migration"), m.migration}, {QStringLiteral("estimate_ms"), durationJson(m.duration)}});
    QJsonArray tables;
    for (const estimate::TableTotal &t : report.tables) {
        tables.append(QJsonObject{{QStringLiteral("table"), t.table},
                                  {QStringLiteral("strongest_lock"), locks::lockModeName(t.strongest)},
                                  {QStringLiteral("writes_blocked_ms"), durationJson(t.blockingWrites)},
                                  {QStringLiteral("reads_blocked_ms"), durationJson(t.blockingReads)}});
    }
    const QJsonObject root{
        {QStringLiteral("format"), QStringLiteral("migreview-estimate")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("tool"), QJsonObject{{QStringLiteral("name"), QStringLiteral("migreview")}, {QStringLiteral("version"), toolVersion}}},
        {QStringLiteral("stats"), report.statsSource.isNull() ? QJsonValue::Null
                                                              : QJsonValue(QJsonObject{{QStringLiteral("source"), report.statsSource},
                                                                                       {QStringLiteral("calibrated"), report.calibrated}})},
        {QStringLiteral("pg_version"), report.pgVersion},
        {QStringLiteral("statements"), statements},
        {QStringLiteral("migrations"), migrations},
        {QStringLiteral("tables"), tables},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray formatText(const estimate::EstimateReport &report)
{
    QString out;
    for (const estimate::StatementEstimate &s : report.statements) {
        if (s.work == locks::TableWork::CatalogOnly && s.locks.empty())
            continue; // SET, COMMENT, CREATE FUNCTION...: nothing to say
        out += QStringLiteral("%1:%2: %3: %4; %5\n").arg(s.file).arg(s.line).arg(s.commandTag, describeLocks(s.locks), locks::tableWorkName(s.work));
        out += QStringLiteral("    ") + tr("takes %1").arg(humanDuration(s.duration));
        if (s.inTransaction)
            out += QStringLiteral("; ") + tr("locks held to the end of the transaction: %1").arg(humanDuration(s.hold));
        out += u'\n';
        for (const QString &assumption : s.assumptions)
            out += QStringLiteral("      - ") + assumption + u'\n';
    }
    if (!report.tables.empty()) {
        out += u'\n' + tr("Per table, time its writes are blocked (reads too, for ACCESS EXCLUSIVE):") + u'\n';
        for (const estimate::TableTotal &t : report.tables) {
            out += QStringLiteral("  %1: %2, %3\n")
                       .arg(t.table, tr("writes %1").arg(humanDuration(t.blockingWrites)), tr("reads %1").arg(humanDuration(t.blockingReads)));
        }
    }
    out += u'\n'
        + (report.statsSource.isNull() ? tr("No statistics snapshot: durations of work on existing tables are unknown.")
                                       : tr("Statistics: %1 (%2).").arg(report.statsSource, report.calibrated ? tr("calibrated") : tr("default rates")))
        + u'\n';
    return out.toUtf8();
}

QByteArray formatMarkdown(const estimate::EstimateReport &report)
{
    QString out = QStringLiteral("### ") + tr("Lock and duration estimates") + QStringLiteral("\n\n");
    out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n|---|---|---|---|---|\n")
               .arg(tr("statement"), tr("locks"), tr("work"), tr("takes"), tr("locks held"));
    for (const estimate::StatementEstimate &s : report.statements) {
        if (s.work == locks::TableWork::CatalogOnly && s.locks.empty())
            continue;
        out += QStringLiteral("| `%1:%2` %3 | %4 | %5 | %6 | %7 |\n")
                   .arg(s.file)
                   .arg(s.line)
                   .arg(s.commandTag, describeLocks(s.locks), locks::tableWorkName(s.work), humanDuration(s.duration),
                        s.inTransaction ? humanDuration(s.hold) : QStringLiteral("—"));
    }
    return out.toUtf8();
}

} // namespace

QString humanTime(double ms)
{
    if (ms < 1000)
        return QStringLiteral("%1 ms").arg(qint64(std::llround(ms)));
    const double seconds = ms / 1000;
    if (seconds < 60)
        return QStringLiteral("%1 s").arg(seconds, 0, 'f', seconds < 10 ? 1 : 0);
    const qint64 minutes = qint64(seconds / 60);
    if (minutes < 60)
        return QStringLiteral("%1 min %2 s").arg(minutes).arg(qint64(seconds) % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1 h %2 min").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

std::optional<EstimateFormat> estimateFormatFromName(const QString &name)
{
    if (name == u"text")
        return EstimateFormat::Text;
    if (name == u"json")
        return EstimateFormat::Json;
    if (name == u"markdown")
        return EstimateFormat::Markdown;
    return std::nullopt;
}

QByteArray formatEstimate(const estimate::EstimateReport &report, EstimateFormat format, const QString &toolVersion)
{
    switch (format) {
    case EstimateFormat::Text:
        return formatText(report);
    case EstimateFormat::Json:
        return formatJson(report, toolVersion);
    case EstimateFormat::Markdown:
        return formatMarkdown(report);
    }
    return {};
}

} // namespace migreview::report
