#include "statementlocks.h"

#include "analysis/ast.h"
#include "analysis/volatility.h"

#include <QCoreApplication>

#include <algorithm>

namespace migreview::locks {

using analysis::relationName;

namespace {

void take(std::vector<RelationLock> &locks, const QString &relation, LockMode mode, TableWork work = TableWork::CatalogOnly)
{
    if (relation.isEmpty())
        return;
    for (RelationLock &lock : locks) {
        if (lock.relation == relation) {
            lock.mode = std::max(lock.mode, mode);
            lock.work = std::max(lock.work, work);
            return;
        }
    }
    locks.push_back({relation, mode, work});
}

bool isValidating(const PgQuery__Constraint *constraint)
{
    return !constraint->skip_validation; // NOT VALID skips the check of existing rows
}

// ALTER TABLE: "ADD COLUMN ... with a volatile DEFAULT ... will require the entire table and its
// indexes to be rewritten"; since PostgreSQL 11 a non-volatile default is stored in the catalog
// (ALTER TABLE, Notes). Identity, stored generated and serial columns compute a value per row.
TableWork addColumnWork(const PgQuery__ColumnDef *column, int pgVersion, const analysis::SchemaState *schema)
{
    TableWork work = analysis::isSerialType(column->type_name) ? TableWork::Rewrite : TableWork::CatalogOnly;
    for (size_t i = 0; i < column->n_constraints; ++i) {
        if (column->constraints[i]->node_case != PG_QUERY__NODE__NODE_CONSTRAINT)
            continue;
        const PgQuery__Constraint *constraint = column->constraints[i]->constraint;
        switch (constraint->contype) {
        case PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT:
            if (pgVersion < 11 || analysis::isVolatileExpression(constraint->raw_expr, schema))
                work = std::max(work, TableWork::Rewrite);
            break;
        case PG_QUERY__CONSTR_TYPE__CONSTR_IDENTITY:
        case PG_QUERY__CONSTR_TYPE__CONSTR_GENERATED:
            work = std::max(work, TableWork::Rewrite);
            break;
        case PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY:
        case PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE:
            work = std::max(work, TableWork::IndexBuild);
            break;
        case PG_QUERY__CONSTR_TYPE__CONSTR_CHECK:
        case PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN:
            if (isValidating(constraint))
                work = std::max(work, TableWork::Scan);
            break;
        default:
            break;
        }
    }
    return work;
}

TableWork alterTableCommandWork(const PgQuery__AlterTableCmd *cmd, int pgVersion, const analysis::SchemaState *schema, const QString &table)
{
    switch (cmd->subtype) {
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn:
        return cmd->def && cmd->def->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF ? addColumnWork(cmd->def->column_def, pgVersion, schema)
                                                                                   : TableWork::CatalogOnly;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint: {
        if (!cmd->def || cmd->def->node_case != PG_QUERY__NODE__NODE_CONSTRAINT)
            return TableWork::CatalogOnly;
        const PgQuery__Constraint *constraint = cmd->def->constraint;
        switch (constraint->contype) {
        case PG_QUERY__CONSTR_TYPE__CONSTR_CHECK:
        case PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN:
            return isValidating(constraint) ? TableWork::Scan : TableWork::CatalogOnly;
        case PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY:
            // USING INDEX reuses a built index; a primary key still checks NOT NULL on its columns.
            return constraint->indexname && *constraint->indexname ? TableWork::Scan : TableWork::IndexBuild;
        case PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE:
            return constraint->indexname && *constraint->indexname ? TableWork::CatalogOnly : TableWork::IndexBuild;
        case PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION:
            return TableWork::IndexBuild;
        default:
            return TableWork::CatalogOnly;
        }
    }
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ValidateConstraint:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetNotNull: // skipped from 12 when a valid CHECK proves it; not known here
        return TableWork::Scan;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnType: {
        // Binary-coercible changes (varchar(n) to text, a wider varchar or numeric) keep the
        // table when no USING recomputes the values and the old type is known; otherwise it is
        // rewritten. timestamp <-> timestamptz depends on the session TimeZone: counted a rewrite.
        const auto *def = cmd->def && cmd->def->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF ? cmd->def->column_def : nullptr;
        const auto from = schema && cmd->name ? schema->columnType(table, QString::fromUtf8(cmd->name)) : std::nullopt;
        const bool usingOnlyTheColumn = !def || !def->raw_default;
        if (def && from && usingOnlyTheColumn && analysis::coercion(*from, analysis::columnType(def->type_name)) == analysis::Coercion::Free)
            return TableWork::CatalogOnly;
        return TableWork::Rewrite;
    }
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetTableSpace:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetLogged:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetUnLogged:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetAccessMethod:
        return TableWork::Rewrite;
    default:
        return TableWork::CatalogOnly;
    }
}

bool optionSet(PgQuery__Node *const *options, size_t count, const char *name)
{
    for (size_t i = 0; i < count; ++i) {
        if (options[i]->node_case == PG_QUERY__NODE__NODE_DEF_ELEM && options[i]->def_elem->defname
            && qstricmp(options[i]->def_elem->defname, name) == 0)
            return true;
    }
    return false;
}

// The lock of each ALTER TABLE form, from the ALTER TABLE page ("the lock level required ... is
// ACCESS EXCLUSIVE unless explicitly noted").
LockMode alterTableCommandLock(const PgQuery__AlterTableCmd *cmd, int pgVersion)
{
    switch (cmd->subtype) {
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AttachPartition:
        // SHARE UPDATE EXCLUSIVE on the parent since PostgreSQL 12; ACCESS EXCLUSIVE before.
        return pgVersion >= 12 ? LockMode::ShareUpdateExclusive : LockMode::AccessExclusive;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ValidateConstraint:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetStatistics:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ClusterOn:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DropCluster:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetOptions:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ResetOptions:
    // SET (fillfactor = ..., autovacuum_* = ...): "acquires a SHARE UPDATE EXCLUSIVE lock".
    case PG_QUERY__ALTER_TABLE_TYPE__AT_SetRelOptions:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_ResetRelOptions:
        return LockMode::ShareUpdateExclusive;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DetachPartition:
        return cmd->def && cmd->def->node_case == PG_QUERY__NODE__NODE_PARTITION_CMD && cmd->def->partition_cmd->concurrent
            ? LockMode::ShareUpdateExclusive
            : LockMode::AccessExclusive;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableTrig:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrig:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableTrigAll:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrigAll:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableTrigUser:
    case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrigUser:
        return LockMode::ShareRowExclusive;
    case PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint:
        if (cmd->def && cmd->def->node_case == PG_QUERY__NODE__NODE_CONSTRAINT
            && cmd->def->constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN)
            return LockMode::ShareRowExclusive;
        return LockMode::AccessExclusive;
    default:
        return LockMode::AccessExclusive;
    }
}

} // namespace

QString tableWorkName(TableWork work)
{
    switch (work) {
    case TableWork::CatalogOnly:
        return QStringLiteral("catalog only");
    case TableWork::Scan:
        return QStringLiteral("full scan");
    case TableWork::IndexBuild:
        return QStringLiteral("index build");
    case TableWork::RowWrites:
        return QStringLiteral("row writes");
    case TableWork::Rewrite:
        return QStringLiteral("rewrite");
    }
    return {};
}

QString tableWorkTitle(TableWork work)
{
    switch (work) {
    case TableWork::CatalogOnly:
        return QCoreApplication::translate("migreview::locks", "catalog only");
    case TableWork::Scan:
        return QCoreApplication::translate("migreview::locks", "full scan");
    case TableWork::IndexBuild:
        return QCoreApplication::translate("migreview::locks", "index build");
    case TableWork::RowWrites:
        return QCoreApplication::translate("migreview::locks", "row writes");
    case TableWork::Rewrite:
        return QCoreApplication::translate("migreview::locks", "rewrite");
    }
    return {};
}

std::vector<RelationLock> statementLocks(const PgQuery__Node *statement, const analysis::SchemaState *schema, int pgVersion)
{
    std::vector<RelationLock> locks;
    if (!statement)
        return locks;
    switch (statement->node_case) {
    case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT: {
        const auto *stmt = statement->alter_table_stmt;
        const QString table = relationName(stmt->relation);
        for (size_t i = 0; i < stmt->n_cmds; ++i) {
            if (stmt->cmds[i]->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_CMD)
                continue;
            const PgQuery__AlterTableCmd *cmd = stmt->cmds[i]->alter_table_cmd;
            take(locks, table, alterTableCommandLock(cmd, pgVersion), alterTableCommandWork(cmd, pgVersion, schema, table));
            // A foreign key also locks the table it references (SHARE ROW EXCLUSIVE on both).
            if (cmd->def && cmd->def->node_case == PG_QUERY__NODE__NODE_CONSTRAINT
                && cmd->def->constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN)
                take(locks, relationName(cmd->def->constraint->pktable), LockMode::ShareRowExclusive);
            // The partition being attached is locked ACCESS EXCLUSIVE and scanned for its bound.
            if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AttachPartition && cmd->def
                && cmd->def->node_case == PG_QUERY__NODE__NODE_PARTITION_CMD && cmd->def->partition_cmd->name)
                take(locks, relationName(cmd->def->partition_cmd->name), LockMode::AccessExclusive, TableWork::Scan);
            if (cmd->def && cmd->def->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF) {
                const auto *fk = analysis::findConstraint(cmd->def->column_def, PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN);
                if (fk)
                    take(locks, relationName(fk->pktable), LockMode::ShareRowExclusive);
            }
        }
        break;
    }
    case PG_QUERY__NODE__NODE_INDEX_STMT:
        take(locks, relationName(statement->index_stmt->relation),
             statement->index_stmt->concurrent ? LockMode::ShareUpdateExclusive : LockMode::Share, TableWork::IndexBuild);
        break;
    case PG_QUERY__NODE__NODE_CREATE_STMT:
        for (size_t i = 0; i < statement->create_stmt->n_table_elts; ++i) {
            const PgQuery__Node *element = statement->create_stmt->table_elts[i];
            const PgQuery__Constraint *fk = nullptr;
            if (element->node_case == PG_QUERY__NODE__NODE_CONSTRAINT && element->constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN)
                fk = element->constraint;
            else if (element->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF)
                fk = analysis::findConstraint(element->column_def, PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN);
            if (fk)
                take(locks, relationName(fk->pktable), LockMode::ShareRowExclusive);
        }
        break;
    case PG_QUERY__NODE__NODE_DROP_STMT: {
        const auto *stmt = statement->drop_stmt;
        const bool table = stmt->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE;
        const bool index = stmt->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_INDEX;
        if (!table && !index && stmt->remove_type != PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW
            && stmt->remove_type != PG_QUERY__OBJECT_TYPE__OBJECT_VIEW)
            break;
        for (size_t i = 0; i < stmt->n_objects; ++i) {
            if (stmt->objects[i]->node_case != PG_QUERY__NODE__NODE_LIST)
                continue;
            QStringList parts = analysis::stringList(stmt->objects[i]->list->items, stmt->objects[i]->list->n_items);
            if (parts.size() == 2 && parts.first() == u"public")
                parts.removeFirst();
            QString relation = parts.join(u'.');
            if (index && schema && !schema->tableOfIndex(relation).isEmpty())
                relation = schema->tableOfIndex(relation);
            take(locks, relation, index && stmt->concurrent ? LockMode::ShareUpdateExclusive : LockMode::AccessExclusive);
        }
        break;
    }
    case PG_QUERY__NODE__NODE_RENAME_STMT:
        take(locks, relationName(statement->rename_stmt->relation), LockMode::AccessExclusive);
        break;
    case PG_QUERY__NODE__NODE_TRUNCATE_STMT:
        for (size_t i = 0; i < statement->truncate_stmt->n_relations; ++i) {
            if (statement->truncate_stmt->relations[i]->node_case == PG_QUERY__NODE__NODE_RANGE_VAR)
                take(locks, relationName(statement->truncate_stmt->relations[i]->range_var), LockMode::AccessExclusive);
        }
        break;
    case PG_QUERY__NODE__NODE_CLUSTER_STMT:
        take(locks, relationName(statement->cluster_stmt->relation), LockMode::AccessExclusive, TableWork::Rewrite);
        break;
    case PG_QUERY__NODE__NODE_VACUUM_STMT: {
        const auto *stmt = statement->vacuum_stmt;
        const bool full = optionSet(stmt->options, stmt->n_options, "full");
        for (size_t i = 0; i < stmt->n_rels; ++i) {
            if (stmt->rels[i]->node_case == PG_QUERY__NODE__NODE_VACUUM_RELATION)
                take(locks, relationName(stmt->rels[i]->vacuum_relation->relation),
                     full ? LockMode::AccessExclusive : LockMode::ShareUpdateExclusive, full ? TableWork::Rewrite : TableWork::Scan);
        }
        break;
    }
    case PG_QUERY__NODE__NODE_REINDEX_STMT: {
        const auto *stmt = statement->reindex_stmt;
        const bool concurrent = optionSet(stmt->params, stmt->n_params, "concurrently");
        // REINDEX page: a plain REINDEX "locks out writes but not reads of the index's parent
        // table" (SHARE) and takes ACCESS EXCLUSIVE on each index it rebuilds, so queries that
        // would use that index wait too. CONCURRENTLY (PostgreSQL 12+) takes SHARE UPDATE EXCLUSIVE.
        const bool index = stmt->kind == PG_QUERY__REINDEX_OBJECT_TYPE__REINDEX_OBJECT_INDEX;
        const LockMode mode = concurrent ? LockMode::ShareUpdateExclusive : index ? LockMode::AccessExclusive : LockMode::Share;
        take(locks, relationName(stmt->relation), mode, TableWork::IndexBuild);
        break;
    }
    case PG_QUERY__NODE__NODE_REFRESH_MAT_VIEW_STMT:
        take(locks, relationName(statement->refresh_mat_view_stmt->relation),
             statement->refresh_mat_view_stmt->concurrent ? LockMode::Exclusive : LockMode::AccessExclusive, TableWork::Rewrite);
        break;
    case PG_QUERY__NODE__NODE_CREATE_TRIG_STMT:
        take(locks, relationName(statement->create_trig_stmt->relation), LockMode::ShareRowExclusive);
        break;
    case PG_QUERY__NODE__NODE_INSERT_STMT:
        take(locks, relationName(statement->insert_stmt->relation), LockMode::RowExclusive, TableWork::RowWrites);
        break;
    case PG_QUERY__NODE__NODE_UPDATE_STMT:
        take(locks, relationName(statement->update_stmt->relation), LockMode::RowExclusive, TableWork::RowWrites);
        break;
    case PG_QUERY__NODE__NODE_DELETE_STMT:
        take(locks, relationName(statement->delete_stmt->relation), LockMode::RowExclusive, TableWork::RowWrites);
        break;
    case PG_QUERY__NODE__NODE_MERGE_STMT:
        take(locks, relationName(statement->merge_stmt->relation), LockMode::RowExclusive, TableWork::RowWrites);
        break;
    case PG_QUERY__NODE__NODE_COPY_STMT:
        if (statement->copy_stmt->relation)
            take(locks, relationName(statement->copy_stmt->relation),
                 statement->copy_stmt->is_from ? LockMode::RowExclusive : LockMode::AccessShare,
                 statement->copy_stmt->is_from ? TableWork::RowWrites : TableWork::Scan);
        break;
    case PG_QUERY__NODE__NODE_LOCK_STMT: {
        // LockStmt.mode is PostgreSQL's LOCKMODE number: 1 = ACCESS SHARE ... 8 = ACCESS EXCLUSIVE.
        const int mode = std::clamp(statement->lock_stmt->mode, 0, 8);
        for (size_t i = 0; i < statement->lock_stmt->n_relations; ++i) {
            if (statement->lock_stmt->relations[i]->node_case == PG_QUERY__NODE__NODE_RANGE_VAR)
                take(locks, relationName(statement->lock_stmt->relations[i]->range_var), LockMode(mode));
        }
        break;
    }
    default:
        break;
    }
    return locks;
}

LockMode strongestLock(const PgQuery__Node *statement)
{
    LockMode strongest = LockMode::None;
    for (const RelationLock &lock : statementLocks(statement))
        strongest = std::max(strongest, lock.mode);
    return strongest;
}

} // namespace migreview::locks
