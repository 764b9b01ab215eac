#include "estimator.h"

#include <QSet>

#include "analysis/ast.h"
#include "analysis/schemastate.h"
#include "lint/linter.h"
#include "sql/sqlparser.h"

#include <QCoreApplication>

#include <algorithm>
#include <map>
#include <set>

namespace migreview::estimate {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("migreview::estimate", text);
}

const stats::ColumnStats *findColumn(const stats::TableStats *table, const QString &name)
{
    if (!table)
        return nullptr;
    for (const stats::ColumnStats &column : table->columns) {
        if (column.name == name)
            return &column;
    }
    return nullptr;
}

QString columnOf(const PgQuery__Node *node)
{
    if (!node || node->node_case != PG_QUERY__NODE__NODE_COLUMN_REF || node->column_ref->n_fields == 0)
        return {};
    return analysis::stringValue(node->column_ref->fields[node->column_ref->n_fields - 1]);
}

QString constantText(const PgQuery__Node *node)
{
    if (node && node->node_case == PG_QUERY__NODE__NODE_TYPE_CAST)
        node = node->type_cast->arg;
    if (!node || node->node_case != PG_QUERY__NODE__NODE_A_CONST)
        return {};
    const PgQuery__AConst *value = node->a_const;
    switch (value->val_case) {
    case PG_QUERY__A__CONST__VAL_SVAL:
        return QString::fromUtf8(value->sval->sval);
    case PG_QUERY__A__CONST__VAL_IVAL:
        return QString::number(value->ival->ival);
    case PG_QUERY__A__CONST__VAL_BOOLVAL:
        return value->boolval->boolval ? QStringLiteral("true") : QStringLiteral("false");
    default:
        return {};
    }
}

struct Selectivity
{
    double fraction = 1.0;
    QString assumption;
};

// The share of rows a WHERE clause keeps, the way PostgreSQL's planner guesses it from pg_stats:
// IS NULL from null_frac, = constant from the most common values or n_distinct, AND multiplies
// (independence); anything else is the planner's default of one third.
Selectivity selectivity(const PgQuery__Node *where, const stats::TableStats *table)
{
    if (!where)
        return {1.0, tr("no WHERE clause: every row")};
    if (where->node_case == PG_QUERY__NODE__NODE_BOOL_EXPR && where->bool_expr->boolop == PG_QUERY__BOOL_EXPR_TYPE__AND_EXPR) {
        Selectivity all{1.0, {}};
        QStringList parts;
        for (size_t i = 0; i < where->bool_expr->n_args; ++i) {
            const Selectivity part = selectivity(where->bool_expr->args[i], table);
            all.fraction *= part.fraction;
            parts.push_back(part.assumption);
        }
        all.assumption = parts.join(QStringLiteral("; "));
        return all;
    }
    if (where->node_case == PG_QUERY__NODE__NODE_NULL_TEST && where->null_test->nulltesttype == PG_QUERY__NULL_TEST_TYPE__IS_NULL) {
        const QString name = columnOf(where->null_test->arg);
        if (const stats::ColumnStats *column = findColumn(table, name)) {
            return {column->nullFraction,
                    tr("%1 IS NULL: %2% of rows (pg_stats.null_frac)").arg(name).arg(column->nullFraction * 100, 0, 'f', 1)};
        }
    }
    if (where->node_case == PG_QUERY__NODE__NODE_A_EXPR && where->a_expr->kind == PG_QUERY__A__EXPR__KIND__AEXPR_OP
        && where->a_expr->n_name == 1 && analysis::stringValue(where->a_expr->name[0]) == u"=") {
        QString name = columnOf(where->a_expr->lexpr);
        QString value = constantText(where->a_expr->rexpr);
        if (name.isEmpty()) {
            name = columnOf(where->a_expr->rexpr);
            value = constantText(where->a_expr->lexpr);
        }
        if (const stats::ColumnStats *column = findColumn(table, name); column && !value.isNull()) {
            const qsizetype mcv = column->mostCommonValues.indexOf(value);
            if (mcv >= 0 && mcv < column->mostCommonFrequencies.size()) {
                const double f = column->mostCommonFrequencies[mcv];
                return {f, tr("%1 = %2: %3% of rows (a most common value)").arg(name, value).arg(f * 100, 0, 'f', 1)};
            }
            double distinct = column->distinct < 0 ? -column->distinct * double(table->rows) : column->distinct;
            if (distinct >= 1) {
                double rest = 1.0 - column->nullFraction;
                for (double f : column->mostCommonFrequencies)
                    rest -= f;
                const double f = std::max(0.0, rest) / std::max(1.0, distinct - double(column->mostCommonValues.size()));
                return {f, tr("%1 = %2: 1 of %3 distinct values").arg(name, value).arg(qint64(std::min(distinct, 9.0e18)))};
            }
        }
    }
    // col BETWEEN a AND b on a numeric column: the share of the histogram's range, the way the
    // planner interpolates within histogram_bounds (the bounds split the rows into equal groups).
    if (where->node_case == PG_QUERY__NODE__NODE_A_EXPR && where->a_expr->kind == PG_QUERY__A__EXPR__KIND__AEXPR_BETWEEN
        && where->a_expr->rexpr && where->a_expr->rexpr->node_case == PG_QUERY__NODE__NODE_LIST && where->a_expr->rexpr->list->n_items == 2) {
        const QString name = columnOf(where->a_expr->lexpr);
        bool okLow = false, okHigh = false;
        const double low = constantText(where->a_expr->rexpr->list->items[0]).toDouble(&okLow);
        const double high = constantText(where->a_expr->rexpr->list->items[1]).toDouble(&okHigh);
        const stats::ColumnStats *column = findColumn(table, name);
        if (column && okLow && okHigh && column->histogramBounds.size() >= 2) {
            std::vector<double> bounds;
            for (const QString &bound : column->histogramBounds) {
                bool ok = false;
                const double value = bound.toDouble(&ok);
                if (ok)
                    bounds.push_back(value);
            }
            if (bounds.size() >= 2 && bounds.back() > bounds.front()) {
                // The fraction of each histogram bucket the range covers, summed.
                const double buckets = double(bounds.size() - 1);
                double covered = 0;
                for (size_t i = 0; i + 1 < bounds.size(); ++i) {
                    const double from = std::max(low, bounds[i]), to = std::min(high, bounds[i + 1]);
                    if (to > from && bounds[i + 1] > bounds[i])
                        covered += (to - from) / (bounds[i + 1] - bounds[i]);
                }
                const double f = std::clamp(covered / buckets * (1.0 - column->nullFraction), 1.0 / std::max(1.0, double(table->rows)), 1.0);
                return {f, tr("%1 BETWEEN %2 AND %3: %4% of rows (pg_stats.histogram_bounds)")
                               .arg(name, QString::number(low, 'g', 15), QString::number(high, 'g', 15))
                               .arg(f * 100, 0, 'f', 2)};
            }
        }
    }
    return {1.0 / 3.0, tr("a condition the statistics do not size: one third of the rows, as the planner assumes")};
}

const PgQuery__Node *whereOf(const PgQuery__Node *node)
{
    if (node->node_case == PG_QUERY__NODE__NODE_UPDATE_STMT)
        return node->update_stmt->where_clause;
    if (node->node_case == PG_QUERY__NODE__NODE_DELETE_STMT)
        return node->delete_stmt->where_clause;
    return nullptr;
}

bool addsValidatedForeignKey(const PgQuery__Node *node)
{
    if (node->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_STMT)
        return false;
    for (size_t i = 0; i < node->alter_table_stmt->n_cmds; ++i) {
        const PgQuery__Node *cmd = node->alter_table_stmt->cmds[i];
        if (cmd->node_case == PG_QUERY__NODE__NODE_ALTER_TABLE_CMD && cmd->alter_table_cmd->def
            && cmd->alter_table_cmd->def->node_case == PG_QUERY__NODE__NODE_CONSTRAINT
            && cmd->alter_table_cmd->def->constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN
            && !cmd->alter_table_cmd->def->constraint->skip_validation)
            return true;
    }
    return false;
}

// The column of ALTER ... SET NOT NULL, when that is the statement's only scan.
QString setNotNullColumn(const PgQuery__Node *node)
{
    if (node->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_STMT || node->alter_table_stmt->n_cmds != 1)
        return {};
    const PgQuery__Node *cmd = node->alter_table_stmt->cmds[0];
    if (cmd->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_CMD || cmd->alter_table_cmd->subtype != PG_QUERY__ALTER_TABLE_TYPE__AT_SetNotNull
        || !cmd->alter_table_cmd->name)
        return {};
    return QString::fromUtf8(cmd->alter_table_cmd->name);
}

// Whether the snapshot shows a validated CHECK (column IS NOT NULL) on the table: from
// PostgreSQL 12, SET NOT NULL then skips its scan (ALTER TABLE, SET NOT NULL).
const stats::ConstraintStats *provingCheck(const stats::TableStats *table, const QString &column)
{
    if (!table)
        return nullptr;
    const QString proof = QStringLiteral("(%1 IS NOT NULL)").arg(column);
    for (const stats::ConstraintStats &constraint : table->constraints) {
        if (constraint.kind == u"check" && constraint.validated && constraint.definition.contains(proof))
            return &constraint;
    }
    return nullptr;
}

bool validatesConstraint(const PgQuery__Node *node)
{
    if (node->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_STMT)
        return false;
    for (size_t i = 0; i < node->alter_table_stmt->n_cmds; ++i) {
        const PgQuery__Node *cmd = node->alter_table_stmt->cmds[i];
        if (cmd->node_case == PG_QUERY__NODE__NODE_ALTER_TABLE_CMD && cmd->alter_table_cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_ValidateConstraint)
            return true;
    }
    return false;
}


} // namespace

Rates ratesFor(const stats::StatsSnapshot *snapshot)
{
    Rates rates;
    if (!snapshot || snapshot->calibration.isEmpty())
        return rates;
    const auto take = [&](const char *key, double &rate) {
        const auto it = snapshot->calibration.constFind(QLatin1StringView(key));
        if (it != snapshot->calibration.constEnd())
            rate = *it;
    };
    take("scan_bytes_per_second", rates.scanBytesPerSecond);
    take("rewrite_bytes_per_second", rates.rewriteBytesPerSecond);
    take("index_rows_per_second", rates.indexRowsPerSecond);
    take("lookups_per_second", rates.lookupsPerSecond);
    take("join_build_rows_per_second", rates.joinBuildRowsPerSecond);
    take("row_writes_per_second", rates.rowWritesPerSecond);
    take("catalog_ms", rates.catalogMilliseconds);
    take("statement_overhead_ms", rates.statementOverheadMilliseconds);
    take("validate_bytes_per_second", rates.validateBytesPerSecond);
    rates.calibrated = true;
    return rates;
}

EstimateReport estimateRepository(const repository::Repository &repository, const stats::StatsSnapshot *snapshot,
                                  const EstimateOptions &options)
{
    EstimateReport report;
    report.statsSource = snapshot ? snapshot->source : QString();
    const Rates rates = ratesFor(snapshot);
    report.calibrated = rates.calibrated;
    report.pgVersion = options.pgVersion > 0 ? options.pgVersion
                                             : (snapshot && snapshot->serverVersionNumber >= 110000 ? snapshot->serverVersionNumber / 10000 : 17);

    TableFacts defaults;
    if (snapshot) {
        if (const auto bytes = memorySettingBytes(snapshot->settings.value(QStringLiteral("maintenance_work_mem"))))
            defaults.maintenanceWorkMemBytes = *bytes;
        bool ok = false;
        const int workers = snapshot->settings.value(QStringLiteral("max_parallel_maintenance_workers")).toInt(&ok);
        if (ok)
            defaults.parallelMaintenanceWorkers = workers;
    }
    const auto factsFor = [&](const QString &table, const analysis::SchemaState &schema) {
        TableFacts facts = defaults;
        facts.stats = snapshot ? snapshot->table(table) : nullptr;
        facts.newAndEmpty = schema.isNewAndEmpty(table);
        return facts;
    };

    analysis::SchemaState schema;
    int migrationSerial = 0;
    int scriptSerial = 0;
    int unitCounter = 0;
    for (const repository::Migration &migration : repository.migrations) {
        schema.beginMigration(++migrationSerial);
        const QString migrationName = repository::migrationId(migration);
        MigrationTotal total{migrationName, {0, 0, 0, true, {}}};
        for (const repository::MigrationScript &script : migration.scripts) {
            if (script.direction != repository::Direction::Up && script.direction != repository::Direction::Repeatable)
                continue;
            if (script.gitChange == repository::GitChange::Deleted || !script.readError.isEmpty())
                continue;
            ++scriptSerial;
            const sql::ParsedScript parsed = sql::parseScript(script.bytes, script.relativePath, {.collectComments = false, .functionBodyStatements = false});
            if (!parsed.unreadable.isEmpty())
                continue;
            analysis::TransactionState transaction = lint::transactionAtScriptStart(script.transactionMode, parsed);
            // Statements of one transaction share a unit: the tool's (or the one query's implicit
            // transaction), a BEGIN block (which takes in the open one), and after a COMMIT in
            // the tool's transaction or the query a new one; statements outside any get one each.
            int unit = transaction.inTransaction() ? ++unitCounter : -1;
            const size_t first = report.statements.size();
            std::vector<int> units;

            for (const sql::Statement *statement : parsed.executionOrder()) {
                const PgQuery__Node *node = statement->node;
                if (!node)
                    continue;
                if (analysis::beginsTransaction(node) && !transaction.inTransaction())
                    unit = ++unitCounter;
                const bool inTransaction = transaction.inTransaction() || analysis::beginsTransaction(node);
                if (!inTransaction)
                    unit = ++unitCounter;

                StatementEstimate estimate;
                estimate.file = script.relativePath;
                estimate.migration = migrationName;
                estimate.line = statement->range.begin.line;
                estimate.column = statement->range.begin.column;
                estimate.commandTag = statement->commandTag;
                estimate.inTransaction = inTransaction;
                estimate.transactionUnit = unit;
                estimate.locks = locks::statementLocks(node, &schema, report.pgVersion);
                estimate.duration = {0, 0, 0, true, {}};
                // The work is done on the relation whose work is heaviest.
                const locks::RelationLock *worked = nullptr;
                for (const locks::RelationLock &lock : estimate.locks) {
                    if (!worked || lock.work > worked->work)
                        worked = &lock;
                }
                if (worked) {
                    estimate.work = worked->work;
                    estimate.workedTable = worked->work == locks::TableWork::CatalogOnly ? QString() : worked->relation;
                    const TableFacts facts = factsFor(worked->relation, schema);
                    WorkEstimate work;
                    const QString notNullColumn = setNotNullColumn(node);
                    const stats::ConstraintStats *proof = notNullColumn.isEmpty() || report.pgVersion < 12 ? nullptr : provingCheck(facts.stats, notNullColumn);
                    if (proof) {
                        work = estimateWork(locks::TableWork::CatalogOnly, facts, rates);
                        work.assumptions = {tr("the validated CHECK %1 proves the column has no nulls: no scan (PostgreSQL 12+)").arg(proof->name)};
                    } else if (addsValidatedForeignKey(node) && worked->work == locks::TableWork::Scan) {
                        const locks::RelationLock *referenced = nullptr;
                        for (const locks::RelationLock &lock : estimate.locks) {
                            if (&lock != worked)
                                referenced = &lock;
                        }
                        work = estimateForeignKeyValidation(facts, referenced ? factsFor(referenced->relation, schema) : TableFacts{}, rates);
                    } else if (worked->work == locks::TableWork::RowWrites) {
                        const Selectivity share = (node->node_case == PG_QUERY__NODE__NODE_UPDATE_STMT || node->node_case == PG_QUERY__NODE__NODE_DELETE_STMT)
                            ? selectivity(whereOf(node), facts.stats)
                            : Selectivity{1.0, tr("INSERT/COPY: sized as the whole table; the statistics do not say how many rows arrive")};
                        work = estimateWork(worked->work, facts, rates, share.fraction, share.assumption);
                    } else {
                        work = validatesConstraint(node) && worked->work == locks::TableWork::Scan ? estimateValidation(facts, rates)
                                                                                                   : estimateWork(worked->work, facts, rates);
                    }
                    estimate.duration = work.duration;
                    estimate.assumptions = work.assumptions;
                }
                total.duration += estimate.duration;
                report.statements.push_back(std::move(estimate));
                units.push_back(unit);

                schema.apply(node, scriptSerial, script.relativePath);
                transaction.apply(node);
                if (analysis::endsTransaction(node) && transaction.inTransaction())
                    unit = ++unitCounter;
            }
            // A lock is held from its statement to the end of its transaction.
            for (size_t i = first; i < report.statements.size(); ++i) {
                Duration hold{0, 0, 0, true, {}};
                for (size_t j = i; j < report.statements.size() && units[j - first] == units[i - first]; ++j)
                    hold += report.statements[j].duration;
                report.statements[i].hold = hold;
            }
        }
        report.migrations.push_back(total);
    }

    if (repository.isRange() && !options.rangeContext)
        keepRange(report, repository);
    else
        totalTables(report);
    return report;
}

void totalTables(EstimateReport &report)
{
    // A lock taken again later in the same transaction is already held: each transaction counts
    // once per table, from the first statement that takes the lock.
    std::map<QString, TableTotal> tables;
    std::set<std::pair<QString, int>> writesCounted, readsCounted;
    for (const StatementEstimate &statement : report.statements) {
        for (const locks::RelationLock &lock : statement.locks) {
            if (lock.mode < locks::LockMode::Share)
                continue;
            TableTotal &total = tables[lock.relation];
            if (total.table.isEmpty()) {
                total.table = lock.relation;
                total.blockingWrites = total.blockingReads = {0, 0, 0, true, {}};
            }
            total.strongest = std::max(total.strongest, lock.mode);
            if (writesCounted.insert({lock.relation, statement.transactionUnit}).second)
                total.blockingWrites += statement.hold;
            if (lock.mode == locks::LockMode::AccessExclusive && readsCounted.insert({lock.relation, statement.transactionUnit}).second)
                total.blockingReads += statement.hold;
        }
    }
    report.tables.clear();
    for (auto &entry : tables)
        report.tables.push_back(entry.second);
}

void keepRange(EstimateReport &report, const repository::Repository &repository)
{
    if (!repository.isRange())
        return;
    const QSet<QString> inRange = repository::rangeMigrationIds(repository);
    std::erase_if(report.statements, [&](const StatementEstimate &statement) { return !inRange.contains(statement.migration); });
    std::erase_if(report.migrations, [&](const MigrationTotal &total) { return !inRange.contains(total.migration); });
    totalTables(report);
}

} // namespace migreview::estimate
