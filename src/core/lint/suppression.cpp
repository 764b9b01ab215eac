#include "suppression.h"

#include <QRegularExpression>

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
            if (!applies && finding.statementIndex >= 0) {
                // A line directive covers the first statement that starts after it.
                for (size_t i = 0; i < parsed.statements.size(); ++i) {
                    if (parsed.statements[i].range.beginByte >= directive.endByte) {
                        applies = int(i) == finding.statementIndex;
                        break;
                    }
                }
            }
            if (applies) {
                finding.suppressed = true;
                finding.suppressedBy = directive.text;
                break;
            }
        }
    }
}

} // namespace migreview::lint
