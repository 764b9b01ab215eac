#include "lint/historyedit.h"

#include "sql/sqlparser.h"

#include <QCoreApplication>
#include <QHash>

namespace migreview::lint {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("migreview::lint", text, disambiguation, n);
}

// How a tool runs a script, for a sentence.
QString describeMode(repository::TransactionMode mode)
{
    switch (mode) {
    case repository::TransactionMode::Wrapped:
        return tr("in one transaction");
    case repository::TransactionMode::AutoDetected:
        return tr("in a transaction unless a statement cannot run in one");
    case repository::TransactionMode::SingleQuery:
        return tr("as one query (one implicit transaction)");
    case repository::TransactionMode::PerStatement:
        return tr("statement by statement, without a transaction");
    }
    return {};
}

// Tools that store a checksum of each applied file and refuse to migrate when it changes.
bool checksumsFiles(repository::Layout layout)
{
    return layout == repository::Layout::Flyway || layout == repository::Layout::Sqlx;
}

struct StatementTokens
{
    QByteArray signature; // the tokens joined: equal signatures, equal statements
    int byteOffset = 0;
};

std::vector<StatementTokens> statementsOf(const std::vector<sql::Token> &tokens)
{
    std::vector<StatementTokens> statements;
    StatementTokens current;
    for (const sql::Token &token : tokens) {
        if (current.signature.isEmpty())
            current.byteOffset = token.byteOffset;
        if (token.text == ";") {
            if (!current.signature.isEmpty())
                statements.push_back(current);
            current = {};
            continue;
        }
        current.signature += token.text;
        current.signature += '\x1f';
    }
    if (!current.signature.isEmpty())
        statements.push_back(current);
    return statements;
}

} // namespace

HistoryEdit describeHistoryEdit(const repository::Migration &migration, const repository::MigrationScript &script)
{
    HistoryEdit edit;
    const QString path = script.relativePath;
    if (script.gitChange == repository::GitChange::Deleted) {
        edit.message = tr("%1 exists at BASE and this range deletes it: databases that applied it keep its effects, and the tool may refuse to "
                          "run without it. Leave it, and undo its effects in a new migration.")
                           .arg(path);
        return edit;
    }
    QStringList what;
    bool statementsChanged = false;
    if (script.gitChange == repository::GitChange::Modified) {
        const auto before = sql::significantTokens(script.baseBytes);
        const auto after = sql::significantTokens(script.bytes);
        if (!before || !after) {
            statementsChanged = true;
            what << tr("changes its text");
        } else {
            const std::vector<StatementTokens> old = statementsOf(*before), now = statementsOf(*after);
            QHash<QByteArray, int> remaining;
            for (const StatementTokens &statement : old)
                ++remaining[statement.signature];
            int changed = 0;
            std::optional<int> firstChange;
            for (const StatementTokens &statement : now) {
                auto it = remaining.find(statement.signature);
                if (it != remaining.end() && *it > 0) {
                    --*it;
                    continue;
                }
                ++changed;
                if (!firstChange)
                    firstChange = statement.byteOffset;
            }
            int removed = 0;
            for (const int left : std::as_const(remaining))
                removed += left;
            const bool sameTokens = [&] {
                if (before->size() != after->size())
                    return false;
                for (size_t i = 0; i < before->size(); ++i) {
                    if ((*before)[i].text != (*after)[i].text)
                        return false;
                }
                return true;
            }();
            if (sameTokens) {
                what << tr("changes only whitespace, comments or letter case (the statements are the same)");
            } else {
                statementsChanged = true;
                if (changed == 0 && removed == 0)
                    what << tr("reorders its statements");
                else if (removed == 0)
                    what << tr("changes its statements: %n new or changed", nullptr, changed);
                else if (changed == 0)
                    what << tr("changes its statements: %n removed", nullptr, removed);
                else
                    what << tr("changes its statements: %1 new or changed, %2 removed").arg(changed).arg(removed);
                if (firstChange) {
                    const sql::SourceText text(script.bytes);
                    const sql::LineColumn at = text.lineColumnAt(*firstChange);
                    edit.range = {*firstChange, *firstChange, at, at};
                    what.back() += tr(" (the first at line %1)").arg(at.line);
                }
            }
        }
    }
    const bool modeChanged = script.baseTransactionMode && *script.baseTransactionMode != script.transactionMode;
    if (modeChanged) {
        what << tr("changes how the tool runs it: %1 at BASE, %2 now%3")
                    .arg(describeMode(*script.baseTransactionMode), describeMode(script.transactionMode),
                         migration.layout == repository::Layout::Diesel ? tr(" (its metadata.toml)") : QString());
    }
    if (statementsChanged || modeChanged) {
        edit.message = tr("%1 exists at BASE and this range %2: databases that already applied it will not run the new version. Leave it as it "
                          "is and put the change in a new migration.")
                           .arg(path, what.join(tr("; it ")));
        return edit;
    }
    if (checksumsFiles(migration.layout)) {
        edit.message = tr("%1 exists at BASE and this range %2, but %3 checksums applied files: databases that applied it will refuse to "
                          "migrate (checksum mismatch) until it is repaired. Revert the edit.")
                           .arg(path, what.join(tr("; it ")), repository::layoutName(migration.layout));
        return edit;
    }
    edit.level = rules::Level::Warning;
    edit.message = tr("%1 exists at BASE and this range %2: harmless to databases, but history should stay as it was applied.")
                       .arg(path, what.join(tr("; it ")));
    return edit;
}

} // namespace migreview::lint
