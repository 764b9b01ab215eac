#include "linter.h"
#include "historyedit.h"

#include "suppression.h"

#include "analysis/ast.h"
#include "analysis/schemastate.h"
#include "locks/statementlocks.h"
#include "rules/registry.h"
#include "rules/rulesupport.h"

#include <QCoreApplication>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>

namespace migreview::lint {

using namespace migreview::rules;
using repository::Direction;
using repository::TransactionMode;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("migreview::lint", text);
}

// Statements PostgreSQL refuses inside a transaction block.
bool cannotRunInTransaction(const PgQuery__Node *node)
{
    if (!node)
        return false;
    switch (node->node_case) {
    case PG_QUERY__NODE__NODE_INDEX_STMT:
        return node->index_stmt->concurrent;
    case PG_QUERY__NODE__NODE_DROP_STMT:
        return node->drop_stmt->concurrent;
    case PG_QUERY__NODE__NODE_VACUUM_STMT:
        return node->vacuum_stmt->is_vacuumcmd;
    case PG_QUERY__NODE__NODE_CREATEDB_STMT:
    case PG_QUERY__NODE__NODE_DROPDB_STMT:
        return true;
    case PG_QUERY__NODE__NODE_REINDEX_STMT:
        for (size_t i = 0; i < node->reindex_stmt->n_params; ++i) {
            const PgQuery__Node *param = node->reindex_stmt->params[i];
            if (param->node_case == PG_QUERY__NODE__NODE_DEF_ELEM && qstrcmp(param->def_elem->defname, "concurrently") == 0)
                return true;
        }
        return false;
    case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT:
        for (size_t i = 0; i < node->alter_table_stmt->n_cmds; ++i) {
            const PgQuery__Node *cmd = node->alter_table_stmt->cmds[i];
            if (cmd->node_case == PG_QUERY__NODE__NODE_ALTER_TABLE_CMD && cmd->alter_table_cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_DetachPartition
                && cmd->alter_table_cmd->def && cmd->alter_table_cmd->def->node_case == PG_QUERY__NODE__NODE_PARTITION_CMD
                && cmd->alter_table_cmd->def->partition_cmd->concurrent)
                return true;
        }
        return false;
    default:
        return false;
    }
}

bool hasExplicitTransaction(const sql::ParsedScript &parsed)
{
    return std::any_of(parsed.statements.begin(), parsed.statements.end(), [](const sql::Statement &s) {
        return s.node && s.node->node_case == PG_QUERY__NODE__NODE_TRANSACTION_STMT;
    });
}

struct ScriptJob
{
    const repository::Migration *migration = nullptr;
    const repository::MigrationScript *script = nullptr;
};

bool isEnabled(const Rule &rule, const LintOptions &options)
{
    const RuleInfo info = rule.info();
    if (options.disabledRules.contains(info.id))
        return false;
    return !info.optIn || options.enabledOptInRules.contains(info.id);
}

} // namespace

bool toolOpensTransaction(TransactionMode mode, const sql::ParsedScript &parsed)
{
    switch (mode) {
    case TransactionMode::Wrapped:
        return true;
    case TransactionMode::AutoDetected:
        // Flyway runs a script without a transaction when it holds a statement that cannot run in one.
        return std::none_of(parsed.statements.begin(), parsed.statements.end(), [](const sql::Statement &s) { return cannotRunInTransaction(s.node); });
    case TransactionMode::SingleQuery:
        // One multi-statement query is one implicit transaction, unless the script manages its own.
        return parsed.statements.size() > 1 && !hasExplicitTransaction(parsed);
    case TransactionMode::PerStatement:
        return false;
    }
    return false;
}

analysis::TransactionState transactionAtScriptStart(TransactionMode mode, const sql::ParsedScript &parsed)
{
    analysis::TransactionState transaction;
    transaction.toolTransaction = toolOpensTransaction(mode, parsed);
    transaction.singleQuery = mode == TransactionMode::SingleQuery && parsed.statements.size() > 1;
    return transaction;
}

int LintResult::count(Level level, bool includeSuppressed) const
{
    return int(std::count_if(findings.begin(), findings.end(),
                             [&](const Finding &f) { return f.level == level && f.inScope() && (includeSuppressed || !f.suppressed); }));
}

const LintedScript *LintResult::script(const QString &relativePath) const
{
    for (const LintedScript &s : scripts) {
        if (s.relativePath == relativePath)
            return &s;
    }
    return nullptr;
}

namespace {

rules::Change changeOf(repository::GitChange change)
{
    switch (change) {
    case repository::GitChange::Added:
        return rules::Change::Added;
    case repository::GitChange::Modified:
        return rules::Change::Modified;
    case repository::GitChange::Deleted:
        return rules::Change::Deleted;
    case repository::GitChange::Unchanged:
        break;
    }
    return rules::Change::Context;
}

// With a range, every finding takes its migration's change, and those outside the range are
// dropped unless context was asked for; the migrations are listed the same way.
void scopeToRange(const repository::Repository &repository, const LintOptions &options, LintResult &result)
{
    QHash<QString, rules::Change> changeOfFile;
    for (const repository::Migration &migration : repository.migrations) {
        ReviewedMigration listed{repository::migrationId(migration), rules::Change::None, {}};
        if (repository.isRange())
            listed.change = changeOf(migration.gitChange);
        for (const repository::MigrationScript &script : migration.scripts) {
            listed.files << script.relativePath;
            changeOfFile.insert(script.relativePath, listed.change);
        }
        if (listed.change != rules::Change::Context || options.rangeContext)
            result.migrations.push_back(std::move(listed));
    }
    if (!repository.isRange())
        return;
    result.gitRange = repository.gitRange;
    result.gitBase = repository.gitBase;
    result.gitHead = repository.gitHead;
    for (Finding &finding : result.findings)
        finding.change = changeOfFile.value(finding.file, rules::Change::Context);
    if (!options.rangeContext)
        std::erase_if(result.findings, [](const Finding &finding) { return finding.change == rules::Change::Context; });
}

} // namespace

LintResult lintRepository(const repository::Repository &repository, const LintOptions &options)
{
    LintResult result;

    // Parsing is the expensive part and independent per file: it runs on all cores. The walk
    // through the schema state afterwards is sequential, as the migrations are.
    std::vector<ScriptJob> jobs;
    for (const repository::Migration &migration : repository.migrations) {
        for (const repository::MigrationScript &script : migration.scripts) {
            if (script.gitChange != repository::GitChange::Deleted)
                jobs.push_back({&migration, &script});
        }
    }
    // Parsing is most of the work and independent per file: the pool parses ahead on every core
    // while this thread walks the schema state through the files already parsed, in order, as
    // the migrations run. With one thread, each file is parsed right before it is walked.
    const auto parse = [](const ScriptJob &job) {
        auto script = std::make_shared<sql::ParsedScript>(sql::parseScript(
            job.script->bytes, job.script->relativePath,
            {.collectComments = mayContainSuppressions(job.script->bytes), .functionBodyStatements = false}));
        return std::shared_ptr<const sql::ParsedScript>(std::move(script));
    };
    const int threads = options.threads > 0 ? options.threads : QThread::idealThreadCount();
    QThreadPool pool;
    pool.setMaxThreadCount(std::max(1, threads));
    QFuture<std::shared_ptr<const sql::ParsedScript>> ahead;
    if (threads > 1)
        ahead = QtConcurrent::mapped(&pool, jobs, parse);
    const auto parsedAt = [&](size_t index) { return threads > 1 ? ahead.resultAt(int(index)) : parse(jobs[index]); };

    std::vector<const Rule *> rules;
    for (const auto &rule : allRules()) {
        if (isEnabled(*rule, options))
            rules.push_back(rule.get());
    }
    std::vector<RuleInfo> infos;
    for (const Rule *rule : rules)
        infos.push_back(rule->info());

    const RuleInfo syntaxInfo{SyntaxErrorRule, Level::Error, SeverityClass::Safety, tr("The file is not valid PostgreSQL."),
                              tr("PostgreSQL will refuse the migration. The statements around the error that parse on their own are still checked."), {}, {}, {}, false};
    const RuleInfo unreadableInfo{UnreadableFileRule, Level::Error, SeverityClass::Safety, tr("The file cannot be read as SQL text."),
                                  tr("A migration must be UTF-8 SQL text of a sensible size."), {}, {}, {}, false};

    // A repository where no migration has a down script is forward-only by design, unless the
    // configuration says otherwise.
    const bool downsExpected = options.forwardOnly ? !*options.forwardOnly
                                                   : std::any_of(repository.migrations.begin(), repository.migrations.end(), [](const repository::Migration &m) {
                                                         return std::any_of(m.scripts.begin(), m.scripts.end(), [](const repository::MigrationScript &s) {
                                                             return (s.direction == Direction::Down || s.direction == Direction::Undo)
                                                                 && s.gitChange != repository::GitChange::Deleted;
                                                         });
                                                     });

    analysis::SchemaState schema;
    size_t jobIndex = 0;
    int scriptSerial = 0;
    int migrationSerial = 0;
    for (const repository::Migration &migration : repository.migrations) {
        schema.beginMigration(++migrationSerial);
        const analysis::SchemaState schemaBeforeMigration = schema;
        analysis::SchemaState schemaAfterUp = schema;
        MigrationContext migrationContext{migration, {}, schemaBeforeMigration, options.pgVersion, downsExpected};
        for (const repository::MigrationScript &script : migration.scripts) {
            if (script.gitChange == repository::GitChange::Deleted) {
                migrationContext.parsed.push_back(nullptr);
                continue;
            }
            if (options.progress && !options.progress(int(jobIndex), int(jobs.size()))) {
                result.cancelled = true;
                ahead.cancel();
                ahead.waitForFinished();
                return result;
            }
            const std::shared_ptr<const sql::ParsedScript> parsedScript = parsedAt(jobIndex++);
            ++scriptSerial;
            result.scripts.push_back({script.relativePath, parsedScript});
            result.bytes += script.bytes.size();
            result.statementCount += int(parsedScript->statements.size());
            std::vector<Finding> findings;
            const sql::SourceRange fileStart{0, 0, {1, 1}, {1, 1}};
            if (!script.readError.isEmpty() || !parsedScript->unreadable.isEmpty()) {
                Findings(unreadableInfo, findings)
                    .reportScript(script, fileStart, script.readError.isEmpty() ? parsedScript->unreadable : script.readError);
                migrationContext.parsed.push_back(nullptr);
                result.findings.insert(result.findings.end(), findings.begin(), findings.end());
                continue;
            }
            for (const sql::ParseError &error : parsedScript->errors) {
                const sql::SourceRange at{error.byteOffset, error.byteOffset, error.location, error.location};
                Findings(syntaxInfo, findings).reportScript(script, at, error.message);
            }
            migrationContext.parsed.push_back(parsedScript.get());

            // Down and undo scripts run after the up: they see its effects, which they discard.
            const bool isUp = script.direction == Direction::Up || script.direction == Direction::Repeatable;
            analysis::SchemaState scriptSchema = isUp ? schema : schemaAfterUp;
            const analysis::SchemaState schemaBeforeScript = scriptSchema;
            analysis::TransactionState transaction = transactionAtScriptStart(script.transactionMode, *parsedScript);
            const auto checkAndApply = [&](const sql::Statement &statement, int index) {
                const StatementContext context{migration, script, *parsedScript, statement, index, scriptSerial,
                                               scriptSchema, transaction, options.pgVersion};
                for (size_t r = 0; r < rules.size(); ++r) {
                    Findings sink(infos[r], findings);
                    rules[r]->checkStatement(context, sink);
                }
                rules::recordStatement(transaction, statement, scriptSchema, options.pgVersion);
                scriptSchema.apply(statement.node, scriptSerial, script.relativePath);
            };
            // A DO block runs its statements right after it, in the same transaction; a function
            // body runs only when called, so it neither changes the schema nor is checked here.
            for (const sql::Statement *statement : parsedScript->executionOrder())
                checkAndApply(*statement, parsedScript->topLevelIndex(*statement));
            const ScriptContext scriptContext{migration, script, *parsedScript, transaction, schemaBeforeScript, options.pgVersion};
            for (size_t r = 0; r < rules.size(); ++r) {
                Findings sink(infos[r], findings);
                rules[r]->checkScript(scriptContext, sink);
            }
            if (isUp) {
                schema = scriptSchema;
                schemaAfterUp = scriptSchema;
            }
            applySuppressions(*parsedScript, findings);
            result.findings.insert(result.findings.end(), findings.begin(), findings.end());
        }
        std::vector<Finding> findings;
        for (size_t r = 0; r < rules.size(); ++r) {
            Findings sink(infos[r], findings);
            rules[r]->checkMigration(migrationContext, sink);
        }
        for (const sql::ParsedScript *script : migrationContext.parsed) {
            if (script)
                applySuppressions(*script, findings);
        }
        result.findings.insert(result.findings.end(), findings.begin(), findings.end());
    }

    const RuleInfo layoutInfo{LayoutProblemRule, Level::Warning, SeverityClass::Safety, {}, tr("The tool may skip, misorder or refuse this migration."), {}, {}, {}, false};
    const RuleInfo historyInfo{HistoryChangedRule, Level::Error, SeverityClass::Safety, {},
                               tr("Databases that already applied the migration will not run the new version; the tool may refuse to start (checksum mismatch)."),
                               {}, tr("Leave applied migrations as they are and add a new migration with the change."), {}, false};
    QHash<QString, std::pair<const repository::Migration *, const repository::MigrationScript *>> scriptsByPath;
    for (const repository::Migration &migration : repository.migrations) {
        for (const repository::MigrationScript &script : migration.scripts)
            scriptsByPath.insert(script.relativePath, {&migration, &script});
    }
    for (const repository::RepositoryProblem &problem : repository.problems) {
        // The rule says the same with more care (it ignores migrations that change nothing).
        if (problem.kind == repository::RepositoryProblem::Kind::MissingDown && std::any_of(rules.begin(), rules.end(), [](const Rule *rule) {
                return rule->info().id == u"missing-down-migration";
            }))
            continue;
        const bool history = problem.kind == repository::RepositoryProblem::Kind::History;
        if (options.disabledRules.contains(history ? HistoryChangedRule : LayoutProblemRule))
            continue;
        repository::MigrationScript pseudo;
        pseudo.relativePath = problem.path;
        const auto found = scriptsByPath.constFind(problem.path);
        if (history && found != scriptsByPath.constEnd()) {
            // What the edit changed decides the level and the words.
            const HistoryEdit edit = describeHistoryEdit(*found->first, *found->second);
            RuleInfo info = historyInfo;
            info.level = edit.level;
            std::vector<Finding> one;
            Findings(info, one).reportScript(pseudo, edit.range, edit.message);
            one.front().migration = repository::migrationId(*found->first);
            result.findings.push_back(std::move(one.front()));
            continue;
        }
        Findings(history ? historyInfo : layoutInfo, result.findings).reportScript(pseudo, {0, 0, {1, 1}, {1, 1}}, problem.message);
    }

    for (Finding &finding : result.findings) {
        const auto level = options.levelOverrides.constFind(finding.rule);
        if (level != options.levelOverrides.constEnd())
            finding.level = *level;
    }
    scopeToRange(repository, options, result);
    // Files in repository order; within a file by position.
    QHash<QString, int> fileOrder;
    for (const LintedScript &script : result.scripts)
        fileOrder.insert(script.relativePath, int(fileOrder.size()));
    std::stable_sort(result.findings.begin(), result.findings.end(), [&](const Finding &a, const Finding &b) {
        const int fa = fileOrder.value(a.file, -1), fb = fileOrder.value(b.file, -1);
        if (fa != fb)
            return fa < fb;
        return a.range.beginByte < b.range.beginByte;
    });
    return result;
}

} // namespace migreview::lint
