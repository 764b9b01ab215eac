// PostgreSQL truncates identifiers longer than 63 bytes (NAMEDATALEN - 1) with only a NOTICE.
#include "rules/rule.h"

#include <QCoreApplication>
#include <QSet>

namespace migreview::rules {
namespace {

constexpr int MaxIdentifierBytes = 63;

struct LongIdentifier
{
    int offset = 0; // in the statement's bytes
    QByteArray text; // as written, without quotes
};

bool isIdentStart(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

bool isIdentChar(unsigned char c)
{
    return isIdentStart(c) || (c >= '0' && c <= '9') || c == '$';
}

// The parse tree holds names already truncated, so the identifiers are read from the text, with
// just enough of PostgreSQL's lexer to skip strings, comments and dollar-quoted bodies.
std::vector<LongIdentifier> longIdentifiers(const QByteArray &sql)
{
    std::vector<LongIdentifier> found;
    const qsizetype n = sql.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = uchar(sql[i]);
        if (c == '-' && i + 1 < n && sql[i + 1] == '-') {
            while (i < n && sql[i] != '\n')
                ++i;
        } else if (c == '/' && i + 1 < n && sql[i + 1] == '*') {
            int depth = 1;
            i += 2;
            while (i < n && depth > 0) {
                if (sql[i] == '/' && i + 1 < n && sql[i + 1] == '*') {
                    ++depth;
                    i += 2;
                } else if (sql[i] == '*' && i + 1 < n && sql[i + 1] == '/') {
                    --depth;
                    i += 2;
                } else {
                    ++i;
                }
            }
        } else if (c == '\'') {
            const bool escapes = i > 0 && (sql[i - 1] == 'E' || sql[i - 1] == 'e');
            ++i;
            while (i < n) {
                if (escapes && sql[i] == '\\') {
                    i += 2;
                } else if (sql[i] == '\'') {
                    if (i + 1 < n && sql[i + 1] == '\'') {
                        i += 2;
                    } else {
                        ++i;
                        break;
                    }
                } else {
                    ++i;
                }
            }
        } else if (c == '$' && (i == 0 || !isIdentChar(uchar(sql[i - 1])))) {
            qsizetype end = i + 1;
            while (end < n && isIdentChar(uchar(sql[end])) && sql[end] != '$')
                ++end;
            if (end < n && sql[end] == '$') {
                const QByteArray tag = sql.mid(i, end - i + 1);
                const qsizetype close = sql.indexOf(tag, end + 1);
                i = close < 0 ? n : close + tag.size();
            } else {
                ++i; // a parameter such as $1
            }
        } else if (c == '"') {
            QByteArray name;
            const qsizetype start = i;
            ++i;
            while (i < n) {
                if (sql[i] == '"') {
                    if (i + 1 < n && sql[i + 1] == '"') {
                        name += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                name += sql[i++];
            }
            if (name.size() > MaxIdentifierBytes)
                found.push_back({int(start), name});
        } else if (isIdentStart(c)) {
            const qsizetype start = i;
            while (i < n && isIdentChar(uchar(sql[i])))
                ++i;
            if (i - start > MaxIdentifierBytes)
                found.push_back({int(start), sql.mid(start, i - start).toLower()});
        } else if (c >= '0' && c <= '9') {
            while (i < n && (isIdentChar(uchar(sql[i])) || sql[i] == '.'))
                ++i;
        } else {
            ++i;
        }
    }
    return found;
}

// The first 63 bytes, not cutting a UTF-8 sequence (PostgreSQL's pg_mbcliplen).
QByteArray truncated(const QByteArray &name)
{
    qsizetype length = MaxIdentifierBytes;
    while (length > 0 && (uchar(name[length]) & 0xC0) == 0x80)
        --length;
    return name.left(length);
}

class IdentifierTooLong : public Rule
{
public:
    RuleInfo info() const override
    {
        return {
            QStringLiteral("identifier-too-long"),
            Level::Warning,
            SeverityClass::Safety,
            QCoreApplication::translate("migreview::rules", "Identifiers longer than 63 bytes are silently truncated."),
            QCoreApplication::translate("migreview::rules",
                                        "PostgreSQL keeps only the first 63 bytes of a name (NAMEDATALEN - 1) and reports the truncation "
                                        "as a NOTICE that migration tools do not show. The object then has a different name than the "
                                        "migration and the code say: tools that compare names (ORM schema diffs, later migrations "
                                        "looking the name up in the catalog) miss it, and two long names with the same first 63 bytes "
                                        "collide (\"relation already exists\")."),
            {},
            QStringLiteral("CREATE INDEX order_items_order_id_product_id_idx ON order_items (order_id, product_id);"),
            QStringLiteral("CREATE INDEX order_items_order_id_product_id_warehouse_id_created_at_status_idx\n"
                           "    ON order_items (order_id, product_id, warehouse_id, created_at, status);"),
        };
    }

    void checkStatement(const StatementContext &context, Findings &findings) const override
    {
        // DROP truncates the names it is given the same way CREATE did, so it finds the object.
        if (context.node() && context.node()->node_case == PG_QUERY__NODE__NODE_DROP_STMT)
            return;
        const sql::SourceRange &range = context.statement.range;
        const QByteArray sql = QByteArray::fromRawData(context.parsed.source->bytes().constData() + range.beginByte, range.endByte - range.beginByte);
        QSet<QByteArray> seen;
        for (const LongIdentifier &identifier : longIdentifiers(sql)) {
            if (seen.contains(identifier.text))
                continue;
            seen.insert(identifier.text);
            const QString name = QString::fromUtf8(identifier.text);
            const QString shortName = QString::fromUtf8(truncated(identifier.text));
            findings.report(context,
                            QCoreApplication::translate("migreview::rules",
                                                        "Identifier %1 is %2 bytes long; PostgreSQL silently truncates it to 63 bytes: %3.")
                                .arg(name)
                                .arg(identifier.text.size())
                                .arg(shortName),
                            QCoreApplication::translate("migreview::rules", "-- use a name of at most 63 bytes, e.g. an abbreviation of %1").arg(name),
                            context.rangeAtByte(context.statement.range.beginByte + identifier.offset));
        }
    }
};

} // namespace
} // namespace migreview::rules

MIGREVIEW_REGISTER_RULE(identifier_too_long, migreview::rules::IdentifierTooLong)
