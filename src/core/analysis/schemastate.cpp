#include "schemastate.h"

#include "ast.h"

namespace migreview::analysis {

namespace {
// The column of CHECK (column IS NOT NULL), or empty for any other constraint.
QString notNullCheckColumn(const PgQuery__Constraint *constraint)
{
    if (constraint->contype != PG_QUERY__CONSTR_TYPE__CONSTR_CHECK || !constraint->raw_expr
        || constraint->raw_expr->node_case != PG_QUERY__NODE__NODE_NULL_TEST)
        return {};
    const PgQuery__NullTest *test = constraint->raw_expr->null_test;
    if (test->nulltesttype != PG_QUERY__NULL_TEST_TYPE__IS_NOT_NULL || !test->arg || test->arg->node_case != PG_QUERY__NODE__NODE_COLUMN_REF)
        return {};
    const PgQuery__ColumnRef *ref = test->arg->column_ref;
    return ref->n_fields ? stringValue(ref->fields[ref->n_fields - 1]) : QString();
}

// Whether a partial index's predicate only says its columns are not null ("col IS NOT NULL", or
// several with AND): a foreign key's lookup (col = $1) implies it, so PostgreSQL uses the index
// for it (checked on PostgreSQL 17 with a generic plan of the lookup).
bool onlyExcludesNulls(const PgQuery__Node *predicate, const QStringList &columns)
{
    if (!predicate)
        return true;
    if (predicate->node_case == PG_QUERY__NODE__NODE_BOOL_EXPR && predicate->bool_expr->boolop == PG_QUERY__BOOL_EXPR_TYPE__AND_EXPR) {
        for (size_t i = 0; i < predicate->bool_expr->n_args; ++i) {
            if (!onlyExcludesNulls(predicate->bool_expr->args[i], columns))
                return false;
        }
        return true;
    }
    if (predicate->node_case != PG_QUERY__NODE__NODE_NULL_TEST || predicate->null_test->nulltesttype != PG_QUERY__NULL_TEST_TYPE__IS_NOT_NULL
        || !predicate->null_test->arg || predicate->null_test->arg->node_case != PG_QUERY__NODE__NODE_COLUMN_REF)
        return false;
    const PgQuery__ColumnRef *ref = predicate->null_test->arg->column_ref;
    return ref->n_fields > 0 && columns.contains(stringValue(ref->fields[ref->n_fields - 1]));
}

bool columnDefIsNotNull(const PgQuery__ColumnDef *column)
{
    return column->is_not_null || findConstraint(column, PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL)
        || findConstraint(column, PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY);
}

// The volatility CREATE FUNCTION gives: VOLATILE unless it says IMMUTABLE or STABLE.
char declaredVolatility(const PgQuery__CreateFunctionStmt *function)
{
    for (size_t i = 0; i < function->n_options; ++i) {
        const PgQuery__Node *option = function->options[i];
        if (option->node_case != PG_QUERY__NODE__NODE_DEF_ELEM || qstrcmp(option->def_elem->defname, "volatility") != 0)
            continue;
        const QString value = stringValue(option->def_elem->arg);
        return value == u"immutable" ? 'i' : value == u"stable" ? 's' : 'v';
    }
    return 'v';
}
} // namespace

void SchemaState::setNotNull(const QString &table, const QString &column, bool notNull)
{
    if (notNull)
        m_notNullColumns[table].insert(column);
    else if (QSet<QString> *columns = m_notNullColumns.modify(table))
        columns->remove(column);
}

void SchemaState::addConstraint(const QString &table, const PgQuery__Constraint *constraint, const QString &column)
{
    // A primary key or unique constraint is an index on its columns (the column it is declared on).
    if ((constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY || constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE)
        && !(constraint->indexname && *constraint->indexname)) {
        QStringList keys = column.isEmpty() ? stringList(constraint->keys, constraint->n_keys) : QStringList{column};
        const QString name = constraint->conname && *constraint->conname
            ? QString::fromUtf8(constraint->conname)
            : table.section(u'.', -1) + u'_' + keys.join(u'_') + (constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY ? QStringLiteral("_pkey") : QStringLiteral("_key"));
        m_tableIndexes[table].insert(name, keys);
    }
    if (constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY && !column.isEmpty())
        setNotNull(table, column, true);
    if (constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY) {
        for (size_t k = 0; k < constraint->n_keys; ++k)
            setNotNull(table, stringValue(constraint->keys[k]), true);
        // USING INDEX: the index's columns.
        if (constraint->indexname && *constraint->indexname) {
            if (const QStringList *columns = m_indexColumns.find(QString::fromUtf8(constraint->indexname))) {
                for (const QString &column : *columns)
                    setNotNull(table, column, true);
            }
        }
    }
    if (const QString column = notNullCheckColumn(constraint); !column.isEmpty()) {
        // PostgreSQL names an unnamed check <table>_<column>_check.
        const QString name = constraint->conname && *constraint->conname ? QString::fromUtf8(constraint->conname)
                                                                         : table.section(u'.', -1) + u'_' + column + QStringLiteral("_check");
        m_notNullChecks[table].insert(name, column);
    }
}

bool SchemaState::hasIndexLeadingWith(const QString &table, const QStringList &columns) const
{
    const QHash<QString, QStringList> *indexes = m_tableIndexes.find(table);
    if (!indexes || columns.isEmpty())
        return false;
    const QSet<QString> wanted(columns.begin(), columns.end());
    for (const QStringList &indexed : *indexes) {
        if (indexed.size() < columns.size())
            continue;
        const QSet<QString> leading(indexed.begin(), indexed.begin() + columns.size());
        if (leading == wanted)
            return true;
    }
    return false;
}

std::optional<QStringList> SchemaState::indexColumns(const QString &index) const
{
    const QStringList *columns = m_indexColumns.find(index);
    if (!columns || columns->contains(QString()))
        return std::nullopt;
    return *columns;
}

bool SchemaState::isColumnNotNull(const QString &table, const QString &column) const
{
    const QSet<QString> *columns = m_notNullColumns.find(table);
    return columns && columns->contains(column);
}

bool SchemaState::hasValidatedNotNullCheck(const QString &table, const QString &column) const
{
    const QHash<QString, QString> *checks = m_notNullChecks.find(table);
    if (!checks)
        return false;
    for (auto it = checks->cbegin(); it != checks->cend(); ++it) {
        if (it.value() == column && !isConstraintNotValid(table, it.key()))
            return true;
    }
    return false;
}

QString SchemaState::unvalidatedNotNullCheck(const QString &table, const QString &column) const
{
    const QHash<QString, QString> *checks = m_notNullChecks.find(table);
    if (!checks)
        return {};
    for (auto it = checks->cbegin(); it != checks->cend(); ++it) {
        if (it.value() == column && isConstraintNotValid(table, it.key()))
            return it.key();
    }
    return {};
}

void SchemaState::apply(const PgQuery__Node *statement, int scriptSerial, const QString &file)
{
    if (!statement)
        return;
    switch (statement->node_case) {
    case PG_QUERY__NODE__NODE_CREATE_STMT: {
        const QString name = relationName(statement->create_stmt->relation);
        if (statement->create_stmt->if_not_exists && m_tables.contains(name))
            break;
        m_tables.insert(name, Table{file, scriptSerial, m_currentMigration, false, {}});
        QHash<QString, ColumnType> &types = m_columnTypes[name];
        types.clear();
        m_notNullColumns.remove(name);
        m_notNullChecks.remove(name);
        m_tableIndexes.remove(name);
        for (size_t i = 0; i < statement->create_stmt->n_table_elts; ++i) {
            const PgQuery__Node *element = statement->create_stmt->table_elts[i];
            if (element->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF && element->column_def->colname) {
                const QString column = QString::fromUtf8(element->column_def->colname);
                types.insert(column, analysis::columnType(element->column_def->type_name));
                if (columnDefIsNotNull(element->column_def))
                    setNotNull(name, column, true);
                for (size_t k = 0; k < element->column_def->n_constraints; ++k) {
                    if (element->column_def->constraints[k]->node_case == PG_QUERY__NODE__NODE_CONSTRAINT)
                        addConstraint(name, element->column_def->constraints[k]->constraint, column);
                }
            } else if (element->node_case == PG_QUERY__NODE__NODE_CONSTRAINT) {
                addConstraint(name, element->constraint);
            }
        }
        break;
    }
    case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT: {
        const auto *stmt = statement->create_table_as_stmt;
        if (stmt->into && stmt->into->rel)
            m_tables.insert(relationName(stmt->into->rel), Table{file, scriptSerial, m_currentMigration, !stmt->into->skip_data, {}});
        break;
    }
    case PG_QUERY__NODE__NODE_INSERT_STMT: {
        if (Table *table = m_tables.modify(relationName(statement->insert_stmt->relation)))
            table->hasData = true;
        break;
    }
    case PG_QUERY__NODE__NODE_COPY_STMT: {
        if (!statement->copy_stmt->is_from)
            break;
        if (Table *table = m_tables.modify(relationName(statement->copy_stmt->relation)))
            table->hasData = true;
        break;
    }
    case PG_QUERY__NODE__NODE_INDEX_STMT: {
        const auto *stmt = statement->index_stmt;
        if (stmt->idxname && *stmt->idxname && stmt->relation) {
            const QString schema = stmt->relation->schemaname && *stmt->relation->schemaname && qstrcmp(stmt->relation->schemaname, "public") != 0
                ? QString::fromUtf8(stmt->relation->schemaname) + u'.'
                : QString();
            m_indexTables.insert(schema + QString::fromUtf8(stmt->idxname), relationName(stmt->relation));
            QStringList columns;
            for (size_t k = 0; k < stmt->n_index_params; ++k) {
                const PgQuery__Node *element = stmt->index_params[k];
                columns.push_back(element->node_case == PG_QUERY__NODE__NODE_INDEX_ELEM && element->index_elem->name
                                      ? QString::fromUtf8(element->index_elem->name)
                                      : QString());
            }
            m_indexColumns.insert(schema + QString::fromUtf8(stmt->idxname), columns);
            // A partial index serves only its WHERE: not the lookups a foreign key needs, unless
            // the WHERE only leaves out nulls of its columns.
            if (onlyExcludesNulls(stmt->where_clause, columns))
                m_tableIndexes[relationName(stmt->relation)].insert(schema + QString::fromUtf8(stmt->idxname), columns);
        }
        break;
    }
    case PG_QUERY__NODE__NODE_DROP_STMT: {
        const auto *stmt = statement->drop_stmt;
        // A dropped index keeps its entry: statements before the drop are still judged later with
        // this state (lock-held-after-access-exclusive), and a new index of that name replaces it.
        if (stmt->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_INDEX) {
            for (size_t i = 0; i < stmt->n_objects; ++i) {
                const PgQuery__Node *object = stmt->objects[i];
                if (object->node_case != PG_QUERY__NODE__NODE_LIST)
                    continue;
                QStringList parts = stringList(object->list->items, object->list->n_items);
                if (parts.size() == 2 && parts.first() == u"public")
                    parts.removeFirst();
                const QString index = parts.join(u'.');
                const QString table = m_indexTables.value(index);
                if (!table.isEmpty() && m_tableIndexes.contains(table) && m_tableIndexes.find(table)->contains(index))
                    m_tableIndexes.modify(table)->remove(index);
            }
            break;
        }
        if (stmt->remove_type != PG_QUERY__OBJECT_TYPE__OBJECT_TABLE)
            break;
        for (size_t i = 0; i < stmt->n_objects; ++i) {
            const PgQuery__Node *object = stmt->objects[i];
            if (object->node_case == PG_QUERY__NODE__NODE_LIST) {
                QStringList parts = stringList(object->list->items, object->list->n_items);
                if (parts.size() == 2 && parts.first() == u"public")
                    parts.removeFirst();
                m_tables.remove(parts.join(u'.'));
                m_columnTypes.remove(parts.join(u'.'));
                m_notNullColumns.remove(parts.join(u'.'));
                m_notNullChecks.remove(parts.join(u'.'));
                m_tableIndexes.remove(parts.join(u'.'));
            }
        }
        break;
    }
    case PG_QUERY__NODE__NODE_RENAME_STMT: {
        const auto *stmt = statement->rename_stmt;
        if (stmt->rename_type == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE && stmt->relation && stmt->newname) {
            const QString from = relationName(stmt->relation);
            QString to = QString::fromUtf8(stmt->newname);
            if (from.contains(u'.'))
                to = from.section(u'.', 0, 0) + u'.' + to;
            if (std::optional<Table> table = m_tables.take(from))
                m_tables.insert(to, std::move(*table));
            if (std::optional<QHash<QString, ColumnType>> types = m_columnTypes.take(from))
                m_columnTypes.insert(to, std::move(*types));
            if (std::optional<QSet<QString>> notNull = m_notNullColumns.take(from))
                m_notNullColumns.insert(to, std::move(*notNull));
            if (std::optional<QHash<QString, QString>> checks = m_notNullChecks.take(from))
                m_notNullChecks.insert(to, std::move(*checks));
            if (std::optional<QHash<QString, QStringList>> indexes = m_tableIndexes.take(from))
                m_tableIndexes.insert(to, std::move(*indexes));
        } else if (stmt->rename_type == PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN && stmt->relation && stmt->subname && stmt->newname) {
            const QString table = relationName(stmt->relation);
            const QString column = QString::fromUtf8(stmt->subname);
            const QHash<QString, ColumnType> *types = m_columnTypes.find(table);
            if (types && types->contains(column)) {
                QHash<QString, ColumnType> *changed = m_columnTypes.modify(table);
                changed->insert(QString::fromUtf8(stmt->newname), changed->take(column));
            }
            if (isColumnNotNull(table, column)) {
                setNotNull(table, column, false);
                setNotNull(table, QString::fromUtf8(stmt->newname), true);
            }
        }
        break;
    }
    case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT: {
        const auto *stmt = statement->alter_table_stmt;
        const QString name = relationName(stmt->relation);
        for (size_t i = 0; i < stmt->n_cmds; ++i) {
            if (stmt->cmds[i]->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_CMD)
                continue;
            const PgQuery__AlterTableCmd *cmd = stmt->cmds[i]->alter_table_cmd;
            if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn && cmd->def
                && cmd->def->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF) {
                m_tables[name].columnsAdded.insert(QString::fromUtf8(cmd->def->column_def->colname));
                m_columnTypes[name].insert(QString::fromUtf8(cmd->def->column_def->colname), analysis::columnType(cmd->def->column_def->type_name));
                if (columnDefIsNotNull(cmd->def->column_def))
                    setNotNull(name, QString::fromUtf8(cmd->def->column_def->colname), true);
                for (size_t k = 0; k < cmd->def->column_def->n_constraints; ++k) {
                    if (cmd->def->column_def->constraints[k]->node_case == PG_QUERY__NODE__NODE_CONSTRAINT)
                        addConstraint(name, cmd->def->column_def->constraints[k]->constraint, QString::fromUtf8(cmd->def->column_def->colname));
                }
            } else if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnType && cmd->name && cmd->def
                       && cmd->def->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF) {
                m_columnTypes[name].insert(QString::fromUtf8(cmd->name), analysis::columnType(cmd->def->column_def->type_name));
            } else if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_DropColumn && cmd->name) {
                if (QHash<QString, ColumnType> *types = m_columnTypes.modify(name))
                    types->remove(QString::fromUtf8(cmd->name));
                setNotNull(name, QString::fromUtf8(cmd->name), false);
            } else if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_SetNotNull && cmd->name) {
                setNotNull(name, QString::fromUtf8(cmd->name), true);
            } else if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_DropNotNull && cmd->name) {
                setNotNull(name, QString::fromUtf8(cmd->name), false);
            } else if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_DropConstraint && cmd->name) {
                if (m_notNullChecks.contains(name) && m_notNullChecks.find(name)->contains(QString::fromUtf8(cmd->name)))
                    m_notNullChecks.modify(name)->remove(QString::fromUtf8(cmd->name));
            } else if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint && cmd->def
                       && cmd->def->node_case == PG_QUERY__NODE__NODE_CONSTRAINT) {
                const PgQuery__Constraint *constraint = cmd->def->constraint;
                if (constraint->skip_validation && constraint->conname)
                    m_notValidConstraints.insert(name + u'/' + QString::fromUtf8(constraint->conname), true);
                addConstraint(name, constraint);
            } else if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_ValidateConstraint && cmd->name) {
                m_notValidConstraints.remove(name + u'/' + QString::fromUtf8(cmd->name));
            }
        }
        break;
    }
    case PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT: {
        const auto *function = statement->create_function_stmt;
        if (function->n_funcname == 0)
            break;
        const QString name = stringValue(function->funcname[function->n_funcname - 1]).toLower();
        const char declared = declaredVolatility(function);
        // Overloads share the name: a call is judged by the most volatile of them.
        const char known = m_functions.value(name);
        if (!known || declared > known || function->replace)
            m_functions.insert(name, known && !function->replace ? std::max(known, declared) : declared);
        break;
    }
    default:
        break;
    }
}

std::optional<ColumnType> SchemaState::columnType(const QString &table, const QString &column) const
{
    const QHash<QString, ColumnType> *types = m_columnTypes.find(table);
    if (!types)
        return std::nullopt;
    const auto type = types->constFind(column);
    return type == types->constEnd() ? std::nullopt : std::optional<ColumnType>(*type);
}

const SchemaState::Table *SchemaState::table(const QString &name) const
{
    return m_tables.find(name);
}

bool SchemaState::isCreatedInSet(const QString &name) const
{
    const Table *t = table(name);
    return t && !t->createdInFile.isEmpty();
}

bool SchemaState::isNewAndEmpty(const QString &name) const
{
    const Table *t = table(name);
    return t && !t->createdInFile.isEmpty() && !t->hasData && t->createdInMigration == m_currentMigration;
}

bool SchemaState::isCreatedInScript(const QString &name, int scriptSerial) const
{
    const Table *t = table(name);
    return t && !t->createdInFile.isEmpty() && t->createdInScript == scriptSerial;
}

bool SchemaState::isColumnAddedInSet(const QString &tableName, const QString &column) const
{
    const Table *t = table(tableName);
    return t && (t->columnsAdded.contains(column) || !t->createdInFile.isEmpty());
}

bool SchemaState::isConstraintNotValid(const QString &tableName, const QString &constraint) const
{
    return m_notValidConstraints.contains(tableName + u'/' + constraint);
}

void TransactionState::apply(const PgQuery__Node *statement)
{
    if (!statement)
        return;
    if (statement->node_case == PG_QUERY__NODE__NODE_TRANSACTION_STMT) {
        switch (statement->transaction_stmt->kind) {
        case PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_BEGIN:
        case PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_START:
            if (explicitBlock) {
                ++nesting;
            } else if (inTransaction()) {
                // The transaction already open (the tool's, or the implicit one of a single query)
                // goes on as the block: the locks taken so far stay held.
                explicitBlock = true;
                lockTimeoutAtBegin = lockTimeoutSet;
                statementTimeoutAtBegin = statementTimeoutSet;
                lockTimeoutLocal = statementTimeoutLocal = false;
            } else {
                explicitBlock = true;
                accessExclusiveTables.clear();
                locksWithoutSlowStatement.clear();
                schemaChanges.clear();
                bulkWrites.clear();
                ddlStatements = dmlStatements = 0;
                lockTimeoutAtBegin = lockTimeoutSet;
                statementTimeoutAtBegin = statementTimeoutSet;
                lockTimeoutLocal = statementTimeoutLocal = false;
            }
            break;
        case PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_COMMIT:
        case PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_ROLLBACK:
        case PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_PREPARE:
            if (explicitBlock) {
                const bool rollback = statement->transaction_stmt->kind == PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_ROLLBACK;
                if (rollback || lockTimeoutLocal)
                    lockTimeoutSet = lockTimeoutAtBegin;
                if (rollback || statementTimeoutLocal)
                    statementTimeoutSet = statementTimeoutAtBegin;
                lockTimeoutLocal = statementTimeoutLocal = false;
            }
            explicitBlock = false;
            nesting = 0;
            accessExclusiveTables.clear();
            locksWithoutSlowStatement.clear();
            schemaChanges.clear();
            bulkWrites.clear();
            ddlStatements = dmlStatements = 0;
            break;
        default:
            break;
        }
        return;
    }
    if (statement->node_case == PG_QUERY__NODE__NODE_VARIABLE_SET_STMT) {
        const auto *set = statement->variable_set_stmt;
        const QString name = set->name ? QString::fromUtf8(set->name).toLower() : QString();
        const bool setsValue = set->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_SET_VALUE;
        bool zero = false;
        if (setsValue && set->n_args == 1 && set->args[0]->node_case == PG_QUERY__NODE__NODE_A_CONST) {
            const PgQuery__AConst *value = set->args[0]->a_const;
            zero = (value->val_case == PG_QUERY__A__CONST__VAL_IVAL && value->ival->ival == 0)
                || (value->val_case == PG_QUERY__A__CONST__VAL_SVAL && value->sval->sval && QByteArrayView(value->sval->sval) == "0");
        }
        // Outside a block, SET LOCAL only warns and does nothing (unless the tool's transaction is open).
        if (set->is_local && !inTransaction())
            return;
        if (name == u"lock_timeout") {
            lockTimeoutSet = setsValue && !zero;
            lockTimeoutLocal = set->is_local;
        } else if (name == u"statement_timeout") {
            statementTimeoutSet = setsValue && !zero;
            statementTimeoutLocal = set->is_local;
        }
    }
}

} // namespace migreview::analysis
