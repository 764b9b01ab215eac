#include "suppression.h"

#include <QRegularExpression>

#include <algorithm>

namespace migreview::lint {

namespace {

struct Directive
{
    bool wholeFile = false;
    QStringList rules; // empty: all
    int endByte = 0;
    QString text;
};

std::vector<Directive> directives(const sql::ParsedScript &parsed)
{
    static const QRegularExpression pattern(QStringLiteral(R"((migreview:ignore|squawk-ignore)(-file)?\b\s*([A-Za-z0-9_,\s-]*))"));
    std::vector<Directive> found;
    for (const sql::Comment &comment : parsed.comments) {
        QString body = comment.text;
        if (body.startsWith(u"/*"))
            body = body.mid(2, body.size() - 4);
        else
            body = body.mid(2);
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
    return found;
}

// A line directive covers the first statement that starts after it: a top-level statement with
// everything reported on it (also from a DO block's body), or a statement inside a body.
bool coversFinding(const sql::ParsedScript &parsed, const Directive &directive, const rules::Finding &finding)
{
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
    return bytes.contains("migreview:") || bytes.contains("squawk-ignore");
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
