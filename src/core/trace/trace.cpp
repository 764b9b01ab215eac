#include "trace.h"

#include "analysis/ast.h"
#include "estimate/estimator.h"
#include "graph/graph.h"
#include "lint/linter.h"
#include "sql/sqlparser.h"
#include "stats/pgconnection.h"
#include "trace/scratchcopy.h"
#include "trace/tracesql.h"
#include "trace/temporarypostgres.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>

#include <libpq-fe.h>
#include <pg_query.h>
#include <pg_query.pb-c.h>
#include <sys/select.h>

#include <algorithm>
#include <cmath>
#include <memory>
#include <numeric>

namespace migreview::trace {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("migreview::trace", text);
}

// The scratch copy: created from the source as a template, dropped when this goes out of scope,
// whatever happened in between.
class ScratchDatabase
{
public:
    ScratchDatabase(QString dsn, QString maintenance)
        : m_dsn(std::move(dsn))
        , m_maintenance(std::move(maintenance))
    {
    }
    ~ScratchDatabase() { drop(nullptr); }
    Q_DISABLE_COPY_MOVE(ScratchDatabase)

    bool create(const QString &source, QString *error)
    {
        m_name = QStringLiteral("migreview_trace_%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
        Connection connection = connect(m_dsn, m_maintenance, error);
        if (!connection)
            return false;
        const QString sql = QStringLiteral("CREATE DATABASE %1 TEMPLATE %2").arg(quoteIdentifier(connection.get(), m_name), quoteIdentifier(connection.get(), source));
        QString message;
        if (!query(connection.get(), sql, {}, nullptr, &message)) {
            *error = tr("cannot make the scratch copy of %1 (CREATE DATABASE ... TEMPLATE needs the CREATEDB right and no other session on %1): %2")
                         .arg(source, message);
            m_name.clear();
            return false;
        }
        return true;
    }

    // An empty database for a copy, with the source's encoding and locale where the server has them.
    bool createEmpty(const QStringList &encodingAndLocale, QString *error)
    {
        m_name = QStringLiteral("migreview_trace_%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
        Connection connection = connect(m_dsn, m_maintenance, error);
        if (!connection)
            return false;
        const QString name = quoteIdentifier(connection.get(), m_name);
        QString message;
        if (encodingAndLocale.size() == 3) {
            const auto literal = [&](const QString &value) { return QStringLiteral("'%1'").arg(QString(value).replace(u'\'', QStringLiteral("''"))); };
            if (query(connection.get(),
                      QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING %2 LC_COLLATE %3 LC_CTYPE %4")
                          .arg(name, literal(encodingAndLocale[0]), literal(encodingAndLocale[1]), literal(encodingAndLocale[2])),
                      {}, nullptr, &message))
                return true;
        }
        if (query(connection.get(), QStringLiteral("CREATE DATABASE %1").arg(name), {}, nullptr, &message))
            return true;
        *error = tr("cannot create an empty scratch database (this needs the CREATEDB right): %1").arg(message);
        m_name.clear();
        return false;
    }

    bool drop(QString *error)
    {
        if (m_name.isEmpty())
            return true;
        QString message;
        Connection connection = connect(m_dsn, m_maintenance, &message);
        if (connection && query(connection.get(), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(quoteIdentifier(connection.get(), m_name)), {}, nullptr, &message)) {
            m_name.clear();
            return true;
        }
        if (error)
            *error = tr("the scratch database %1 could not be dropped: %2").arg(m_name, message);
        return false;
    }

    QString name() const { return m_name; }

private:
    QString m_dsn;
    QString m_maintenance;
    QString m_name;
};

// One top-level statement of an up script, in the order the migrations run.
struct Step
{
    const repository::MigrationScript *script = nullptr;
    QString text;
    QString commandTag;
    const PgQuery__Node *node = nullptr; // its parse tree (kept alive by stepsOf's keep)
    int line = 0;
    bool opensTransaction = false; // the tool's BEGIN before this, the first of its script
    bool closesTransaction = false; // the tool's COMMIT after this, the last of its script
};

bool matchesMigration(const repository::Migration &migration, const QString &wanted)
{
    return wanted.isEmpty() || migration.version == wanted || migration.name == wanted || migration.version + u' ' + migration.name == wanted
        || migration.version + u'_' + migration.name == wanted;
}

std::vector<Step> stepsOf(const repository::Repository &repository, const QString &wanted, std::vector<std::shared_ptr<sql::ParsedScript>> &keep)
{
    std::vector<Step> steps;
    for (const repository::Migration &migration : repository.migrations) {
        if (!matchesMigration(migration, wanted))
            continue;
        for (const repository::MigrationScript &script : migration.scripts) {
            if ((script.direction != repository::Direction::Up && script.direction != repository::Direction::Repeatable) || !script.readError.isEmpty()
                || script.gitChange == repository::GitChange::Deleted)
                continue;
            auto parsed = std::make_shared<sql::ParsedScript>(sql::parseScript(script.bytes, script.relativePath, {.collectComments = false, .functionBodyStatements = false}));
            keep.push_back(parsed);
            const bool wrapped = lint::toolOpensTransaction(script.transactionMode, *parsed);
            const size_t first = steps.size();
            for (const sql::Statement &statement : parsed->statements) {
                if (statement.origin != sql::StatementOrigin::TopLevel)
                    continue;
                Step step;
                step.script = &script;
                step.text = QString::fromUtf8(script.bytes.mid(statement.range.beginByte, statement.range.endByte - statement.range.beginByte));
                step.commandTag = statement.commandTag;
                step.node = statement.node;
                step.line = statement.range.begin.line;
                steps.push_back(step);
            }
            if (wrapped && steps.size() > first) {
                steps[first].opensTransaction = true;
                steps.back().closesTransaction = true;
            }
        }
    }
    return steps;
}

// Tables with their relfilenode and heap size as this session sees them (its own transaction's
// changes included).
struct TableFile
{
    QString fileNode;
    qint64 bytes = 0;
};

QHash<QString, TableFile> fileNodes(PGconn *connection)
{
    std::vector<QStringList> rows;
    query(connection,
          QStringLiteral("SELECT c.oid::regclass::text, pg_relation_filenode(c.oid)::text, pg_relation_size(c.oid)::text FROM pg_class c "
                         "JOIN pg_namespace n ON n.oid = c.relnamespace "
                         "WHERE c.relkind IN ('r', 'm') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_toast%'"),
          {}, &rows, nullptr);
    QHash<QString, TableFile> nodes;
    for (const QStringList &row : rows)
        nodes.insert(row.value(0), {row.value(1), row.value(2).toLongLong()});
    return nodes;
}

const QString LocksOfSession = QStringLiteral(
    "SELECT l.relation::regclass::text, l.mode FROM pg_locks l JOIN pg_class c ON c.oid = l.relation JOIN pg_namespace n ON n.oid = c.relnamespace "
    "WHERE l.pid = $1::int AND l.locktype = 'relation' AND l.granted AND n.nspname NOT IN ('pg_catalog', 'information_schema')");

void addLocks(const std::vector<QStringList> &rows, std::vector<TracedLock> &locks)
{
    for (const QStringList &row : rows) {
        const bool known = std::any_of(locks.begin(), locks.end(), [&](const TracedLock &l) { return l.relation == row.value(0) && l.mode == row.value(1); });
        if (!known)
            locks.push_back({row.value(0), row.value(1)});
    }
}

// Runs one statement on the session, watching its locks from the monitor every 20 ms while it runs.
bool runWatched(PGconn *session, PGconn *monitor, const QString &pid, const QString &sql, TracedStatement &traced, QString *error)
{
    if (!PQsendQuery(session, sql.toUtf8().constData())) {
        *error = serverMessage(session);
        return false;
    }
    const int socket = PQsocket(session);
    bool ok = true;
    for (;;) {
        if (!PQconsumeInput(session)) {
            *error = serverMessage(session);
            return false;
        }
        if (!PQisBusy(session))
            break;
        std::vector<QStringList> rows;
        if (query(monitor, LocksOfSession, {pid}, &rows, nullptr))
            addLocks(rows, traced.locks);
        fd_set readable;
        FD_ZERO(&readable);
        FD_SET(socket, &readable);
        timeval wait{0, 20000};
        select(socket + 1, &readable, nullptr, nullptr, &wait);
    }
    while (PGresult *raw = PQgetResult(session)) {
        Result result(raw, &PQclear);
        const ExecStatusType status = PQresultStatus(result.get());
        if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
            if (ok)
                *error = QString::fromUtf8(PQresultErrorMessage(result.get())).trimmed();
            ok = false;
            continue;
        }
        const char *tuples = PQcmdTuples(result.get());
        if (tuples && *tuples)
            traced.rows = QByteArray(tuples).toLongLong();
    }
    return ok;
}

bool isNumericCategory(const QString &category)
{
    return category == u"N" || category == u"D" || category == u"T"; // numbers, dates and times, intervals
}

// What one column holds now; numeric values (epoch seconds for times) are kept for the histogram.
struct Snapshot
{
    ColumnSummary summary;
    bool numeric = false;
    std::vector<double> values;
    QHash<QString, qint64> counts; // non-numeric: value -> count
};

Snapshot takeSnapshot(PGconn *connection, const QString &table, const QString &column, qint64 exactRowLimit)
{
    Snapshot snapshot;
    std::vector<QStringList> rows;
    // Does the column exist, and what kind of values does it hold?
    if (!query(connection,
               QStringLiteral("SELECT t.typcategory, c.reltuples::bigint FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_type t ON t.oid = a.atttypid "
                              "WHERE a.attrelid = to_regclass($1) AND a.attname = $2 AND NOT a.attisdropped"),
               {table, column}, &rows, nullptr)
        || rows.empty())
        return snapshot;
    snapshot.summary.exists = true;
    const QString category = rows[0].value(0);
    snapshot.numeric = isNumericCategory(category);
    const QString quotedTable = quoteTable(connection, table);
    const QString quotedColumn = quoteIdentifier(connection, column);
    if (!query(connection, QStringLiteral("SELECT count(*) FROM %1").arg(quotedTable), {}, &rows, nullptr) || rows.empty())
        return snapshot;
    snapshot.summary.rows = rows[0].value(0).toLongLong();
    QString source = quotedTable;
    if (snapshot.summary.rows > exactRowLimit) {
        // Large tables: a sample of about exactRowLimit rows, labelled as such.
        const double percent = std::min(100.0, 100.0 * double(exactRowLimit) / double(snapshot.summary.rows));
        source = QStringLiteral("%1 TABLESAMPLE SYSTEM (%2) REPEATABLE (42)").arg(quotedTable).arg(percent, 0, 'f', 4);
        snapshot.summary.sampled = true;
    }
    // Times as epoch seconds, numbers as float8, the rest as text.
    const bool time = category == u"D" || category == u"T";
    const QString value = !snapshot.numeric ? QStringLiteral("%1::text").arg(quotedColumn)
        : time                              ? QStringLiteral("extract(epoch FROM %1)::float8").arg(quotedColumn)
                                            : QStringLiteral("%1::float8").arg(quotedColumn);
    if (!query(connection, QStringLiteral("SELECT %1 FROM %2").arg(value, source), {}, &rows, nullptr))
        return snapshot;
    snapshot.summary.sampleRows = qint64(rows.size());
    qint64 nulls = 0;
    QSet<QString> distinct;
    for (const QStringList &row : rows) {
        if (row.value(0).isNull()) {
            ++nulls;
            continue;
        }
        distinct.insert(row.value(0));
        if (snapshot.numeric)
            snapshot.values.push_back(row.value(0).toDouble());
        else
            ++snapshot.counts[row.value(0)];
    }
    snapshot.summary.nullFraction = rows.empty() ? 0 : double(nulls) / double(rows.size());
    snapshot.summary.distinct = distinct.size();
    if (snapshot.numeric && !snapshot.values.empty()) {
        const auto [low, high] = std::minmax_element(snapshot.values.begin(), snapshot.values.end());
        snapshot.summary.min = QString::number(*low, 'g', 12);
        snapshot.summary.max = QString::number(*high, 'g', 12);
    } else if (!snapshot.counts.isEmpty()) {
        QStringList keys = snapshot.counts.keys();
        std::sort(keys.begin(), keys.end());
        snapshot.summary.min = keys.first();
        snapshot.summary.max = keys.last();
        std::vector<std::pair<QString, qint64>> top;
        for (auto it = snapshot.counts.constBegin(); it != snapshot.counts.constEnd(); ++it)
            top.emplace_back(it.key(), it.value());
        std::sort(top.begin(), top.end(), [](const auto &a, const auto &b) { return a.second != b.second ? a.second > b.second : a.first < b.first; });
        top.resize(std::min<size_t>(top.size(), 10));
        snapshot.summary.topValues = top;
    }
    return snapshot;
}

// "Values changed that the WHERE did not target": for a column that only UPDATEs with a WHERE
// set, the rows outside every such WHERE are recorded before the migration (key and value, in a
// temporary table of the trace's session) and compared after it.
struct UntargetedCheck
{
    QString table;
    QString column;
    QStringList targetQueries; // per UPDATE: SELECT ROW(keys)::text FROM ... WHERE ..., before
    QString note; // why it cannot be checked; empty when it can
    QString keyExpression; // ROW(t.k1, t.k2)::text over the table aliased t
    QString tempTable;
};

// The keys an UPDATE's WHERE matches, as a query cut from its text with the scanner: the
// relation (with its alias), its FROM list and its WHERE. Empty, with *why, when there is no WHERE
// or the statement is not a plain UPDATE (WITH, WHERE CURRENT OF).
QString updateTargetQuery(const QString &statementText, const PgQuery__UpdateStmt *update, const QStringList &keyColumns, QString *why)
{
    const QByteArray text = statementText.toUtf8();
    PgQueryScanResult scan = pg_query_scan(text.constData());
    int updateEnd = -1, setStart = -1, fromStart = -1, fromEnd = -1, whereStart = -1, whereEnd = int(text.size());
    bool plain = true;
    if (!scan.error) {
        if (PgQuery__ScanResult *tokens = pg_query__scan_result__unpack(nullptr, scan.pbuf.len, reinterpret_cast<const uint8_t *>(scan.pbuf.data))) {
            int depth = 0;
            for (size_t i = 0; i < tokens->n_tokens; ++i) {
                const PgQuery__ScanToken *token = tokens->tokens[i];
                if (token->token == PG_QUERY__TOKEN__ASCII_40)
                    ++depth;
                else if (token->token == PG_QUERY__TOKEN__ASCII_41)
                    --depth;
                if (depth != 0)
                    continue;
                if (i == 0 && token->token != PG_QUERY__TOKEN__UPDATE)
                    plain = false; // WITH ... UPDATE
                if (token->token == PG_QUERY__TOKEN__UPDATE && updateEnd < 0)
                    updateEnd = token->end;
                else if (token->token == PG_QUERY__TOKEN__SET && setStart < 0)
                    setStart = token->start;
                else if (token->token == PG_QUERY__TOKEN__FROM && setStart >= 0 && fromStart < 0 && whereStart < 0)
                    fromStart = token->end;
                else if (token->token == PG_QUERY__TOKEN__WHERE && setStart >= 0 && whereStart < 0) {
                    whereStart = token->end;
                    if (fromStart >= 0)
                        fromEnd = token->start;
                    if (i + 1 < tokens->n_tokens && tokens->tokens[i + 1]->token == PG_QUERY__TOKEN__CURRENT_P)
                        plain = false;
                } else if (token->token == PG_QUERY__TOKEN__RETURNING && whereStart >= 0)
                    whereEnd = token->start;
            }
            pg_query__scan_result__free_unpacked(tokens, nullptr);
        }
    }
    pg_query_free_scan_result(scan);
    if (!plain || updateEnd < 0 || setStart < 0) {
        *why = tr("an UPDATE that is not a plain one (WITH, WHERE CURRENT OF) sets it");
        return {};
    }
    if (whereStart < 0) {
        *why = tr("an UPDATE without a WHERE sets it: every row is targeted");
        return {};
    }
    const QString relation = QString::fromUtf8(text.mid(updateEnd, setStart - updateEnd)).trimmed();
    const QString from = fromStart >= 0 ? QString::fromUtf8(text.mid(fromStart, fromEnd - fromStart)).trimmed() : QString();
    QString where = QString::fromUtf8(text.mid(whereStart, whereEnd - whereStart)).trimmed();
    while (where.endsWith(u';'))
        where.chop(1);
    const QString qualifier = update->relation->alias && update->relation->alias->aliasname ? QString::fromUtf8(update->relation->alias->aliasname)
                                                                                              : QString::fromUtf8(update->relation->relname);
    QStringList keys;
    for (const QString &key : keyColumns)
        keys << QStringLiteral("\"%1\".\"%2\"").arg(QString(qualifier).replace(u'"', QStringLiteral("\"\"")), QString(key).replace(u'"', QStringLiteral("\"\"")));
    return QStringLiteral("SELECT ROW(%1)::text FROM %2%3 WHERE %4").arg(keys.join(QStringLiteral(", ")), relation, from.isEmpty() ? QString() : QStringLiteral(", ") + from, where);
}

// Which statements set (table, column), and whether that can be checked.
void planUntargetedCheck(UntargetedCheck &check, const std::vector<Step> &steps, PGconn *session, qint64 rows, qint64 exactRowLimit)
{
    if (rows > exactRowLimit) {
        check.note = tr("not checked on a table of over %1 rows").arg(exactRowLimit);
        return;
    }
    std::vector<QStringList> keyRows;
    query(session,
          QStringLiteral("SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey) "
                         "WHERE i.indrelid = to_regclass($1) AND i.indisprimary ORDER BY array_position(i.indkey::int2[], a.attnum)"),
          {check.table}, &keyRows, nullptr);
    QStringList keyColumns;
    for (const QStringList &row : keyRows)
        keyColumns << row.value(0);
    if (keyColumns.isEmpty()) {
        check.note = tr("the table has no primary key (or does not exist before the migration)");
        return;
    }
    QStringList keys;
    for (const QString &key : keyColumns)
        keys << QStringLiteral("t.") + quoteIdentifier(session, key);
    check.keyExpression = QStringLiteral("ROW(%1)::text").arg(keys.join(QStringLiteral(", ")));
    for (const Step &step : steps) {
        const PgQuery__Node *node = step.node;
        if (!node)
            continue;
        if (node->node_case == PG_QUERY__NODE__NODE_UPDATE_STMT && analysis::relationName(node->update_stmt->relation) == check.table) {
            bool sets = false;
            for (size_t t = 0; t < node->update_stmt->n_target_list; ++t) {
                const PgQuery__Node *item = node->update_stmt->target_list[t];
                sets |= item->node_case == PG_QUERY__NODE__NODE_RES_TARGET && item->res_target->name && QString::fromUtf8(item->res_target->name) == check.column;
            }
            if (!sets)
                continue;
            QString why;
            const QString target = updateTargetQuery(step.text, node->update_stmt, keyColumns, &why);
            if (target.isEmpty()) {
                check.note = why;
                return;
            }
            check.targetQueries << target;
        } else if (node->node_case == PG_QUERY__NODE__NODE_ALTER_TABLE_STMT && analysis::relationName(node->alter_table_stmt->relation) == check.table) {
            for (size_t i = 0; i < node->alter_table_stmt->n_cmds; ++i) {
                const PgQuery__AlterTableCmd *cmd = node->alter_table_stmt->cmds[i]->alter_table_cmd;
                if (!cmd)
                    continue;
                if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnType && cmd->name && QString::fromUtf8(cmd->name) == check.column) {
                    check.note = tr("a type change converts every row");
                    return;
                }
                if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn && cmd->def && cmd->def->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF
                    && cmd->def->column_def->colname && QString::fromUtf8(cmd->def->column_def->colname) == check.column) {
                    check.note = tr("a new column");
                    return;
                }
            }
        }
    }
    if (check.targetQueries.isEmpty())
        check.note = tr("no UPDATE sets it");
}

// Before the migration: every row's key, value and whether some WHERE targets it.
void recordUntargeted(UntargetedCheck &check, PGconn *session, int index)
{
    if (!check.note.isEmpty())
        return;
    check.tempTable = QStringLiteral("pg_temp.migreview_untargeted_%1").arg(index);
    QString error;
    if (!query(session,
               QStringLiteral("CREATE TABLE %1 AS SELECT %2 AS key, t.%3::text AS value, false AS targeted FROM %4 t")
                   .arg(check.tempTable, check.keyExpression, quoteIdentifier(session, check.column), quoteTable(session, check.table)),
               {}, nullptr, &error)) {
        check.note = tr("not checked: %1").arg(error);
        return;
    }
    for (const QString &target : std::as_const(check.targetQueries)) {
        if (!query(session, QStringLiteral("UPDATE %1 SET targeted = true WHERE key IN (%2)").arg(check.tempTable, target), {}, nullptr, &error)) {
            check.note = tr("not checked: a WHERE cannot be evaluated before the migration: %1").arg(error);
            return;
        }
    }
}

// After the migration: the rows outside every WHERE whose value is not what it was.
void countUntargeted(const UntargetedCheck &check, PGconn *session, Distribution &d, const TraceOptions &options)
{
    d.untargetedNote = check.note;
    if (!check.note.isEmpty())
        return;
    std::vector<QStringList> rows;
    QString error;
    if (!query(session,
               QStringLiteral("SELECT count(*) FILTER (WHERE NOT c.targeted AND t.%1::text IS DISTINCT FROM c.value), count(*) FILTER (WHERE c.targeted), "
                              "array_to_string((array_agg(c.key ORDER BY c.key) FILTER (WHERE NOT c.targeted AND t.%1::text IS DISTINCT FROM c.value))[1:5], E'\\n') "
                              "FROM %2 c JOIN %3 t ON %4 = c.key")
                   .arg(quoteIdentifier(session, check.column), check.tempTable, quoteTable(session, check.table), check.keyExpression),
               {}, &rows, &error)
        || rows.empty()) {
        d.untargetedNote = tr("not checked: %1").arg(error);
        return;
    }
    d.untargetedChanged = rows[0].value(0).toLongLong();
    d.targetedRows = rows[0].value(1).toLongLong();
    if (!rows[0].value(2).isEmpty())
        d.untargetedExamples = rows[0].value(2).split(u'\n');
    if (d.untargetedChanged > options.untargetedThreshold) {
        d.reasons.push_back(tr("%1 rows outside the WHERE of the UPDATEs that set it changed (keys %2)").arg(d.untargetedChanged).arg(d.untargetedExamples.join(QStringLiteral(", "))));
        d.flagged = true;
    }
}

std::vector<qint64> histogram(const std::vector<double> &values, const std::vector<double> &edges)
{
    std::vector<qint64> counts(edges.size() > 1 ? edges.size() - 1 : 0, 0);
    if (counts.empty())
        return counts;
    const double low = edges.front(), high = edges.back();
    const double width = (high - low) / double(counts.size());
    for (const double value : values) {
        size_t bin = width > 0 ? size_t(std::clamp((value - low) / width, 0.0, double(counts.size() - 1))) : 0;
        ++counts[bin];
    }
    return counts;
}

Distribution compare(const QString &table, const QString &column, Snapshot before, Snapshot after, const TraceOptions &options)
{
    Distribution d;
    d.table = table;
    d.column = column;
    d.numeric = before.summary.exists ? before.numeric : after.numeric;
    if (d.numeric && (!before.values.empty() || !after.values.empty())) {
        double low = INFINITY, high = -INFINITY;
        for (const auto *values : {&before.values, &after.values}) {
            if (!values->empty()) {
                low = std::min(low, *std::min_element(values->begin(), values->end()));
                high = std::max(high, *std::max_element(values->begin(), values->end()));
            }
        }
        if (high <= low)
            high = low + 1;
        for (int i = 0; i <= options.histogramBins; ++i)
            d.binEdges.push_back(low + (high - low) * double(i) / double(options.histogramBins));
        before.summary.histogram = histogram(before.values, d.binEdges);
        after.summary.histogram = histogram(after.values, d.binEdges);
        if (!before.values.empty() && !after.values.empty()) {
            d.psi = populationStabilityIndex(before.summary.histogram, after.summary.histogram);
            d.ks = kolmogorovSmirnov(before.values, after.values);
        }
    }
    d.before = before.summary;
    d.after = after.summary;
    if (d.before.exists && d.after.exists) {
        d.rowCountChange = d.before.rows ? double(d.after.rows - d.before.rows) / double(d.before.rows) : (d.after.rows ? 1.0 : 0.0);
        d.nullFractionChange = d.after.nullFraction - d.before.nullFraction;
        if (std::abs(d.rowCountChange) > options.rowCountThreshold)
            d.reasons.push_back(tr("row count changed by %1%").arg(d.rowCountChange * 100, 0, 'f', 1));
        if (std::abs(d.nullFractionChange) > options.nullFractionThreshold)
            d.reasons.push_back(tr("null fraction changed from %1 to %2").arg(d.before.nullFraction, 0, 'f', 3).arg(d.after.nullFraction, 0, 'f', 3));
        if (d.psi > options.psiThreshold)
            d.reasons.push_back(tr("population stability index %1 (over %2)").arg(d.psi, 0, 'f', 3).arg(options.psiThreshold));
        if (d.ks > options.ksThreshold)
            d.reasons.push_back(tr("Kolmogorov-Smirnov distance %1 (over %2)").arg(d.ks, 0, 'f', 3).arg(options.ksThreshold));
    }
    d.flagged = !d.reasons.isEmpty();
    return d;
}

} // namespace

double populationStabilityIndex(const std::vector<qint64> &before, const std::vector<qint64> &after)
{
    // With a small floor per bin, so that an empty bin on one side does not make it infinite.
    const double totalBefore = double(std::accumulate(before.begin(), before.end(), qint64(0)));
    const double totalAfter = double(std::accumulate(after.begin(), after.end(), qint64(0)));
    if (totalBefore <= 0 || totalAfter <= 0 || before.size() != after.size())
        return -1;
    double psi = 0;
    for (size_t i = 0; i < before.size(); ++i) {
        const double p = std::max(double(before[i]) / totalBefore, 1e-4);
        const double q = std::max(double(after[i]) / totalAfter, 1e-4);
        psi += (q - p) * std::log(q / p);
    }
    return psi;
}

double kolmogorovSmirnov(std::vector<double> before, std::vector<double> after)
{
    if (before.empty() || after.empty())
        return -1;
    std::sort(before.begin(), before.end());
    std::sort(after.begin(), after.end());
    size_t i = 0, j = 0;
    double distance = 0;
    while (i < before.size() && j < after.size()) {
        const double value = std::min(before[i], after[j]);
        while (i < before.size() && before[i] <= value)
            ++i;
        while (j < after.size() && after[j] <= value)
            ++j;
        distance = std::max(distance, std::abs(double(i) / double(before.size()) - double(j) / double(after.size())));
    }
    return distance;
}

QHash<QString, double> measuredRates(const TraceResult &result)
{
    // Rewrites: heap bytes rewritten per second. Row writes: rows an UPDATE, INSERT or DELETE
    // reported per second, when it rewrote nothing. Only statements long enough to time (10 ms).
    if (result.scratchMethod == ScratchMethod::Local)
        return {};
    double rewriteBytes = 0, rewriteSeconds = 0, rows = 0, rowSeconds = 0;
    for (const TracedStatement &s : result.statements) {
        const double seconds = s.durationMs / 1000.0;
        if (s.durationMs < 10)
            continue;
        if (!s.rewritten.isEmpty() && s.rewrittenBytes > 0) {
            rewriteBytes += double(s.rewrittenBytes);
            rewriteSeconds += seconds;
        } else if (s.rows > 0 && (s.commandTag == u"UPDATE" || s.commandTag == u"INSERT" || s.commandTag == u"DELETE")) {
            rows += double(s.rows);
            rowSeconds += seconds;
        }
    }
    QHash<QString, double> rates;
    if (rewriteSeconds > 0)
        rates.insert(QStringLiteral("rewrite_bytes_per_second"), rewriteBytes / rewriteSeconds);
    if (rowSeconds > 0)
        rates.insert(QStringLiteral("row_writes_per_second"), rows / rowSeconds);
    return rates;
}

bool TraceResult::hasDrift() const
{
    return std::any_of(distributions.begin(), distributions.end(), [](const Distribution &d) { return d.flagged; });
}

std::vector<std::pair<QString, QString>> touchedColumns(const repository::Repository &repository, const QString &migrationWanted)
{
    std::vector<std::pair<QString, QString>> columns;
    const auto add = [&columns](const QString &table, const QString &column) {
        if (!table.isEmpty() && !column.isEmpty() && std::find(columns.begin(), columns.end(), std::pair(table, column)) == columns.end())
            columns.emplace_back(table, column);
    };
    std::vector<std::shared_ptr<sql::ParsedScript>> keep;
    for (const repository::Migration &migration : repository.migrations) {
        if (!matchesMigration(migration, migrationWanted))
            continue;
        for (const repository::MigrationScript &script : migration.scripts) {
            if (script.direction != repository::Direction::Up && script.direction != repository::Direction::Repeatable)
                continue;
            const sql::ParsedScript parsed = sql::parseScript(script.bytes, script.relativePath, {.collectComments = false, .functionBodyStatements = false});
            for (const sql::Statement *statement : parsed.executionOrder()) {
                const PgQuery__Node *node = statement->node;
                if (!node)
                    continue;
                if (node->node_case == PG_QUERY__NODE__NODE_UPDATE_STMT) {
                    const QString table = analysis::relationName(node->update_stmt->relation);
                    for (size_t t = 0; t < node->update_stmt->n_target_list; ++t) {
                        const PgQuery__Node *item = node->update_stmt->target_list[t];
                        if (item->node_case == PG_QUERY__NODE__NODE_RES_TARGET && item->res_target->name)
                            add(table, QString::fromUtf8(item->res_target->name));
                    }
                } else if (node->node_case == PG_QUERY__NODE__NODE_ALTER_TABLE_STMT) {
                    const QString table = analysis::relationName(node->alter_table_stmt->relation);
                    for (size_t i = 0; i < node->alter_table_stmt->n_cmds; ++i) {
                        if (node->alter_table_stmt->cmds[i]->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_CMD)
                            continue;
                        const PgQuery__AlterTableCmd *cmd = node->alter_table_stmt->cmds[i]->alter_table_cmd;
                        if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnType && cmd->name)
                            add(table, QString::fromUtf8(cmd->name));
                        else if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn && cmd->def && cmd->def->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF
                                 && cmd->def->column_def->colname)
                            add(table, QString::fromUtf8(cmd->def->column_def->colname));
                    }
                }
            }
        }
    }
    return columns;
}

TraceResult traceRepository(const repository::Repository &repository, const QString &dsn, const TraceOptions &options)
{
    TraceResult result;
    std::vector<std::shared_ptr<sql::ParsedScript>> keep;
    const std::vector<Step> steps = stepsOf(repository, options.migration, keep);
    if (steps.empty()) {
        result.error = options.migration.isEmpty() ? tr("no up migration to trace") : tr("no migration %1 with statements to trace").arg(options.migration);
        return result;
    }
    // The source: read only, to learn its name, version, encoding and locale. It is never written to.
    QStringList encodingAndLocale;
    {
        Connection source = connect(dsn, {}, &result.error);
        if (!source)
            return result;
        result.sourceDatabase = QString::fromUtf8(PQdb(source.get()));
        const int version = PQserverVersion(source.get());
        result.serverVersion = QStringLiteral("%1.%2").arg(version / 10000).arg(version % 10000);
        if (version < 130000) {
            result.error = tr("the server is PostgreSQL %1; tracing needs 13 or later").arg(version / 10000);
            return result;
        }
        std::vector<QStringList> rows;
        if (query(source.get(), QStringLiteral("SELECT pg_encoding_to_char(encoding), datcollate, datctype FROM pg_database WHERE datname = current_database()"), {}, &rows,
                  nullptr)
            && !rows.empty())
            encodingAndLocale = rows[0];
    }
    // CREATE and DROP DATABASE run from another database of the server.
    QString maintenance = QStringLiteral("postgres");
    {
        QString ignored;
        if (!connect(dsn, maintenance, &ignored))
            maintenance = QStringLiteral("template1");
    }

    // The estimates to show beside the measurements; their graph names the tables to copy.
    const estimate::EstimateReport estimateReport = estimate::estimateRepository(repository, options.snapshot);
    QStringList tablesToCopy;
    {
        QSet<QString> tracedFiles;
        for (const Step &step : steps)
            tracedFiles.insert(step.script->relativePath);
        for (const graph::Node &node : graph::buildGraph(repository, estimateReport).nodes) {
            if (tracedFiles.contains(node.file))
                tablesToCopy += node.tables;
        }
        tablesToCopy.removeDuplicates();
    }

    // The scratch copy, made the way the user asked or, automatically, the first way that works.
    // The local server (if any) is declared first so that it outlives the database on it.
    std::unique_ptr<TemporaryPostgres> localServer;
    std::unique_ptr<ScratchDatabase> scratch;
    QString scratchDsn = dsn;
    QStringList refusals;
    bool copyCancelled = false;
    const auto makeByTemplate = [&]() {
        auto database = std::make_unique<ScratchDatabase>(dsn, maintenance);
        QString why;
        if (!database->create(result.sourceDatabase, &why)) {
            refusals << why;
            return false;
        }
        scratch = std::move(database);
        result.scratchMethod = ScratchMethod::Template;
        return true;
    };
    const auto makeByCopy = [&](const QString &serverDsn, const QString &serverMaintenance, ScratchMethod method) {
        auto database = std::make_unique<ScratchDatabase>(serverDsn, serverMaintenance);
        QString why;
        if (!database->createEmpty(encodingAndLocale, &why)) {
            refusals << why;
            return false;
        }
        CopyRequest request;
        request.sourceDsn = dsn;
        request.targetDsn = serverDsn;
        request.targetDatabase = database->name();
        request.tables = tablesToCopy;
        request.rowLimit = options.copyRowLimit;
        request.createRoles = method == ScratchMethod::Local;
        request.cancelled = [&]() { return copyCancelled = options.progress && !options.progress(0, int(steps.size())); };
        CopyOutcome outcome;
        if (!copyIntoScratch(request, &outcome, &why)) {
            refusals << why;
            return false; // the half-made database is dropped here
        }
        scratch = std::move(database);
        scratchDsn = serverDsn;
        result.scratchMethod = method;
        result.copiedTables = std::move(outcome.tables);
        result.scratchNotes += outcome.notes;
        return true;
    };
    const auto makeOnLocalServer = [&]() {
        localServer = std::make_unique<TemporaryPostgres>();
        QString why;
        if (!localServer->start(&why)) {
            refusals << tr("no local PostgreSQL 17 could be started: %1").arg(why);
            localServer.reset();
            return false;
        }
        if (makeByCopy(localServer->connectionString(), QStringLiteral("postgres"), ScratchMethod::Local))
            return true;
        localServer.reset();
        return false;
    };
    bool made = false;
    switch (options.scratch) {
    case ScratchMethod::Template:
        made = makeByTemplate();
        break;
    case ScratchMethod::Copy:
        made = makeByCopy(dsn, maintenance, ScratchMethod::Copy);
        break;
    case ScratchMethod::Local:
        made = makeOnLocalServer();
        break;
    case ScratchMethod::Automatic:
        made = makeByTemplate() || (!copyCancelled && makeByCopy(dsn, maintenance, ScratchMethod::Copy)) || (!copyCancelled && makeOnLocalServer());
        break;
    }
    if (copyCancelled) {
        result.cancelled = true;
        return result;
    }
    if (!made) {
        result.error = refusals.join(QStringLiteral("; "));
        return result;
    }
    for (const QString &refusal : std::as_const(refusals))
        result.scratchNotes.prepend(tr("not used: %1").arg(refusal));
    for (const CopiedTable &copied : std::as_const(result.copiedTables)) {
        if (copied.sampled)
            result.scratchNotes << tr("%1 was copied as a sample of %2 of its %3 rows: row counts, durations and distributions are of the sample")
                                       .arg(copied.table)
                                       .arg(copied.copiedRows)
                                       .arg(copied.sourceRows);
    }
    result.scratchDatabase = scratch->name();

    const auto finish = [&](TraceResult &r) {
        QString dropError;
        r.scratchDropped = scratch->drop(&dropError);
        // A copy left behind is always said, also after a failure (the server went away).
        if (!r.scratchDropped)
            r.error = r.error.isEmpty() ? dropError : r.error + QStringLiteral("; ") + dropError;
    };
    Connection session = connect(scratchDsn, scratch->name(), &result.error);
    Connection monitor = session ? connect(scratchDsn, scratch->name(), &result.error) : Connection();
    if (!session || !monitor) {
        finish(result);
        return result;
    }
    const QString pid = QString::number(PQbackendPID(session.get()));
    query(session.get(), QStringLiteral("SET statement_timeout = %1").arg(options.statementTimeoutMs), {}, nullptr, nullptr);
    query(session.get(), QStringLiteral("SET lock_timeout = %1").arg(options.lockTimeoutMs), {}, nullptr, nullptr);

    // The estimates to show beside the measurements, by file and line.
    QHash<QString, double> estimates;
    for (const estimate::StatementEstimate &estimated : estimateReport.statements) {
        if (estimated.duration.known)
            estimates.insert(estimated.file + u':' + QString::number(estimated.line), estimated.duration.expected);
    }

    // Before: the touched columns as they are.
    const std::vector<std::pair<QString, QString>> columns = touchedColumns(repository, options.migration);
    std::vector<Snapshot> before;
    std::vector<UntargetedCheck> untargeted;
    for (const auto &[table, column] : columns) {
        before.push_back(takeSnapshot(session.get(), table, column, options.exactRowLimit));
        UntargetedCheck check{table, column, {}, {}, {}, {}};
        planUntargetedCheck(check, steps, session.get(), before.back().summary.rows, options.exactRowLimit);
        recordUntargeted(check, session.get(), int(untargeted.size()));
        untargeted.push_back(std::move(check));
    }

    bool inToolTransaction = false;
    for (size_t index = 0; index < steps.size(); ++index) {
        const Step &step = steps[index];
        if (options.progress && !options.progress(int(index), int(steps.size()))) {
            result.cancelled = true;
            break;
        }
        if (step.opensTransaction) {
            query(session.get(), QStringLiteral("BEGIN"), {}, nullptr, nullptr);
            inToolTransaction = true;
        }
        TracedStatement traced;
        traced.file = step.script->relativePath;
        traced.line = step.line;
        traced.commandTag = step.commandTag;
        traced.estimateMs = estimates.value(traced.file + u':' + QString::number(traced.line), -1);
        std::vector<QStringList> rows;
        const QHash<QString, TableFile> nodesBefore = fileNodes(session.get());
        query(session.get(), QStringLiteral("SELECT pg_current_wal_insert_lsn()::text"), {}, &rows, nullptr);
        const QString lsnBefore = rows.empty() ? QString() : rows[0].value(0);
        QElapsedTimer timer;
        timer.start();
        QString error;
        const bool ran = runWatched(session.get(), monitor.get(), pid, step.text, traced, &error);
        traced.durationMs = double(timer.nsecsElapsed()) / 1e6;
        if (!ran) {
            result.error = tr("%1:%2: %3 failed: %4").arg(traced.file).arg(traced.line).arg(step.commandTag, error);
            result.errorFile = traced.file;
            result.errorLine = traced.line;
            result.statements.push_back(traced);
            if (PQtransactionStatus(session.get()) != PQTRANS_IDLE)
                query(session.get(), QStringLiteral("ROLLBACK"), {}, nullptr, nullptr);
            break;
        }
        // Inside a transaction the locks are still held: ask the session itself.
        if (PQtransactionStatus(session.get()) == PQTRANS_INTRANS && query(session.get(), LocksOfSession, {pid}, &rows, nullptr))
            addLocks(rows, traced.locks);
        const QHash<QString, TableFile> nodesAfter = fileNodes(session.get());
        for (auto it = nodesBefore.constBegin(); it != nodesBefore.constEnd(); ++it) {
            if (nodesAfter.contains(it.key()) && nodesAfter.value(it.key()).fileNode != it.value().fileNode) {
                traced.rewritten.push_back(it.key());
                traced.rewrittenBytes += it.value().bytes;
            }
        }
        traced.rewritten.sort();
        if (!lsnBefore.isEmpty() && query(session.get(), QStringLiteral("SELECT pg_wal_lsn_diff(pg_current_wal_insert_lsn(), $1::pg_lsn)::bigint"), {lsnBefore}, &rows, nullptr) && !rows.empty())
            traced.walBytes = rows[0].value(0).toLongLong();
        result.statements.push_back(traced);
        if (step.closesTransaction && inToolTransaction) {
            if (!query(session.get(), QStringLiteral("COMMIT"), {}, nullptr, &error)) {
                result.error = tr("%1: COMMIT failed: %2").arg(traced.file, error);
                result.errorFile = traced.file;
                break;
            }
            inToolTransaction = false;
        }
    }
    if (!result.cancelled && result.error.isEmpty()) {
        for (size_t i = 0; i < columns.size(); ++i) {
            Snapshot after = takeSnapshot(session.get(), columns[i].first, columns[i].second, options.exactRowLimit);
            result.distributions.push_back(compare(columns[i].first, columns[i].second, std::move(before[i]), std::move(after), options));
            countUntargeted(untargeted[i], session.get(), result.distributions.back(), options);
        }
        std::stable_sort(result.distributions.begin(), result.distributions.end(), [](const Distribution &a, const Distribution &b) { return a.flagged && !b.flagged; });
    }
    session.reset();
    monitor.reset();
    finish(result);
    return result;
}

} // namespace migreview::trace
