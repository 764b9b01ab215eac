#include "rule.h"

#include <QCoreApplication>

namespace migreview::rules {

sql::SourceRange StatementContext::rangeAtByte(int byteOffset) const
{
    if (byteOffset < statement.range.beginByte || byteOffset >= statement.range.endByte)
        return statement.range;
    sql::SourceRange range = statement.range;
    range.beginByte = byteOffset;
    range.begin = parsed.source->lineColumnAt(byteOffset);
    return range;
}

void Findings::report(const StatementContext &context, const QString &message, const QString &fix, std::optional<sql::SourceRange> range)
{
    Finding finding;
    finding.rule = m_info.id;
    finding.level = m_info.level;
    finding.severity = m_info.severity;
    finding.file = context.script.relativePath;
    finding.migration = repository::migrationId(context.migration);
    finding.range = range.value_or(context.statement.range);
    finding.message = message;
    finding.rationale = m_info.rationale;
    finding.fix = fix.isEmpty() ? m_info.safeForm : fix;
    finding.statementIndex = context.statementIndex;
    m_out.push_back(std::move(finding));
}

void Findings::reportBuilt(const StatementContext &context, const QString &message, const std::optional<QString> &fix,
                           std::optional<sql::SourceRange> range)
{
    report(context, message, fix.value_or(QString()), range);
    if (!fix)
        m_out.back().fix.clear();
}

void Findings::reportScript(const repository::MigrationScript &script, const sql::SourceRange &range, const QString &message,
                            const QString &fix, int statementIndex)
{
    Finding finding;
    finding.rule = m_info.id;
    finding.level = m_info.level;
    finding.severity = m_info.severity;
    finding.file = script.relativePath;
    finding.range = range;
    finding.message = message;
    finding.rationale = m_info.rationale;
    finding.fix = fix.isEmpty() ? m_info.safeForm : fix;
    finding.statementIndex = statementIndex;
    m_out.push_back(std::move(finding));
}

QString describeLock(locks::LockMode mode, const QString &relation)
{
    return QCoreApplication::translate("migreview::rules", "takes %1 on %2, which %3")
        .arg(locks::lockModeName(mode), relation, locks::blockedWork(mode));
}

} // namespace migreview::rules
