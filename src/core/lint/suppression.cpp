#include "suppression.h"

#include <QRegularExpression>

#include <QHash>

#include <algorithm>
#include <limits>
#include <optional>

namespace migreview::lint {

namespace {

struct Directive
{
    bool wholeFile = false;
    QStringList rules; // empty: all
    int endByte = 0;
    QString text;
    // A block (diesel-guard's safety-assured): the statements that start between the two bytes.
    bool block = false;
    int blockEndByte = 0;
};

// Eugene's hint ids (kaaveland/eugene, hint_data.rs) and the rules that report the same danger.
// W13 (creating an enum) has no counterpart; an id not listed suppresses nothing.
const QHash<QString, QStringList> &eugeneRules()
{
    static const QHash<QString, QStringList> map{
        {QStringLiteral("E1"), {QStringLiteral("constraint-missing-not-valid"), QStringLiteral("adding-foreign-key-constraint")}},
        {QStringLiteral("E2"), {QStringLiteral("adding-not-nullable-field")}},
        {QStringLiteral("E3"), {QStringLiteral("prefer-jsonb")}},
        {QStringLiteral("E4"), {QStringLiteral("lock-held-after-access-exclusive")}},
        {QStringLiteral("E5"), {QStringLiteral("changing-column-type")}},
        {QStringLiteral("E6"), {QStringLiteral("require-concurrent-index-creation")}},
        {QStringLiteral("E7"), {QStringLiteral("disallowed-unique-constraint")}},
        {QStringLiteral("E8"), {QStringLiteral("ban-exclusion-constraint")}},
        {QStringLiteral("E9"), {QStringLiteral("require-lock-timeout")}},
        {QStringLiteral("E10"), {QStringLiteral("adding-field-with-default"), QStringLiteral("changing-column-type"), QStringLiteral("ban-stored-generated-column")}},
        {QStringLiteral("E11"), {QStringLiteral("adding-serial-primary-key-field"), QStringLiteral("adding-field-with-default"), QStringLiteral("ban-stored-generated-column")}},
        {QStringLiteral("W12"), {QStringLiteral("combine-alter-table-statements")}},
        {QStringLiteral("W14"), {QStringLiteral("primary-key-using-index-nullable")}},
        {QStringLiteral("E15"), {QStringLiteral("foreign-key-without-index")}},
        {QStringLiteral("E16"), {QStringLiteral("lock-held-after-access-exclusive")}},
    };
    return map;
}

std::vector<Directive> directives(const sql::ParsedScript &parsed)
{
    static const QRegularExpression pattern(QStringLiteral(R"((migreview:ignore|squawk-ignore)(-file)?\b\s*([A-Za-z0-9_,\s-]*))"));
    // Eugene: "-- eugene: ignore" (every hint) or "-- eugene: ignore E2, E4", for the next statement.
    static const QRegularExpression eugene(QStringLiteral(R"(^\s*eugene:\s*ignore(?:\s+([A-Za-z0-9,\s]*))?\s*$)"));
    // diesel-guard: "-- safety-assured:start" ... "-- safety-assured:end" (case-insensitive).
    static const QRegularExpression assured(QStringLiteral(R"(^\s*safety-assured:(start|end)\s*$)"), QRegularExpression::CaseInsensitiveOption);
    std::vector<Directive> found;
    std::optional<Directive> openBlock;
    for (const sql::Comment &comment : parsed.comments) {
        QString body = comment.text;
        if (body.startsWith(u"/*"))
            body = body.mid(2, body.size() - 4);
        else
            body = body.mid(2);
        if (const QRegularExpressionMatch block = assured.match(body); block.hasMatch()) {
            if (block.captured(1).compare(u"start", Qt::CaseInsensitive) == 0 && !openBlock) {
                openBlock = Directive{false, {}, comment.range.endByte, comment.text.trimmed(), true, 0};
            } else if (block.captured(1).compare(u"end", Qt::CaseInsensitive) == 0 && openBlock) {
                openBlock->blockEndByte = comment.range.beginByte;
                found.push_back(*openBlock);
                openBlock.reset();
            }
            continue;
        }
        if (const QRegularExpressionMatch ids = eugene.match(body); ids.hasMatch()) {
            Directive directive;
            directive.endByte = comment.range.endByte;
            directive.text = comment.text.trimmed();
            const QStringList names = ids.captured(1).split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
            for (const QString &id : names)
                directive.rules += eugeneRules().value(id.toUpper());
            // Ids that map to no rule of ours suppress nothing (an empty list would mean all).
            if (!names.isEmpty() && directive.rules.isEmpty())
                continue;
            found.push_back(std::move(directive));
            continue;
        }
        const QRegularExpressionMatch match = pattern.match(body);
        if (!match.hasMatch())
            continue;
        Directive directive;
        directive.wholeFile = !match.captured(2).isEmpty();
        directive.endByte = comment.range.endByte;
        directive.text = comment.text.trimmed();
        const QStringList names = match.captured(3).split(QRegularExpression(QStringLiteral("[,\\s]+")), Qt::SkipEmptyParts);
        for (const QString &name : names)
            directive.rules.push_back(name.trimmed());
        found.push_back(std::move(directive));
    }
    // A block left open runs to the end of the file.
    if (openBlock) {
        openBlock->blockEndByte = std::numeric_limits<int>::max();
        found.push_back(*openBlock);
    }
    return found;
}

// A line directive covers the first statement that starts after it: a top-level statement with
// everything reported on it (also from a DO block's body), or a statement inside a body.
bool coversFinding(const sql::ParsedScript &parsed, const Directive &directive, const rules::Finding &finding)
{
    if (directive.block) {
        if (finding.statementIndex < 0 || finding.statementIndex >= int(parsed.statements.size()))
            return false;
        const int begin = parsed.statements[size_t(finding.statementIndex)].range.beginByte;
        return begin >= directive.endByte && begin < directive.blockEndByte;
    }
    const auto startsAfter = [&](const sql::Statement &s) { return s.range.beginByte >= directive.endByte; };
    const auto top = std::find_if(parsed.statements.begin(), parsed.statements.end(), startsAfter);
    const auto body = std::find_if(parsed.bodyStatements.begin(), parsed.bodyStatements.end(),
                                   [&](const sql::Statement &s) { return startsAfter(s) && s.locationBase >= 0; });
    const bool bodyFirst = body != parsed.bodyStatements.end() && (top == parsed.statements.end() || body->range.beginByte < top->range.beginByte);
    if (bodyFirst) {
        return finding.statementIndex == body->parent && finding.range.beginByte >= body->range.beginByte
            && finding.range.beginByte < std::max(body->range.endByte, body->range.beginByte + 1);
    }
    return top != parsed.statements.end() && int(top - parsed.statements.begin()) == finding.statementIndex;
}

} // namespace

bool mayContainSuppressions(const QByteArray &bytes)
{
    return bytes.contains("migreview:") || bytes.contains("squawk-ignore") || bytes.contains("eugene:") || bytes.contains("safety-assured:")
        || bytes.contains("SAFETY-ASSURED:");
}

void applySuppressions(const sql::ParsedScript &parsed, std::vector<rules::Finding> &findings)
{
    const std::vector<Directive> all = directives(parsed);
    if (all.empty())
        return;
    for (rules::Finding &finding : findings) {
        if (finding.file != parsed.fileName || finding.suppressed)
            continue;
        for (const Directive &directive : all) {
            if (!directive.rules.isEmpty() && !directive.rules.contains(finding.rule))
                continue;
            bool applies = directive.wholeFile;
            if (!applies && finding.statementIndex >= 0)
                applies = coversFinding(parsed, directive, finding);
            if (applies) {
                finding.suppressed = true;
                finding.suppressedBy = directive.text;
                break;
            }
        }
    }
}

} // namespace migreview::lint
