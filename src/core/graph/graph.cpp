#include "graph.h"

#include "analysis/ast.h"
#include "estimate/estimator.h"
#include "locks/statementlocks.h"
#include "sql/sqlparser.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace migreview::graph {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("migreview::graph", text);
}

// What one statement does to the objects ("table", "table.column") it touches.
struct Effects
{
    Phase phase = Phase::Neutral;
    QStringList defines; // creates
    QStringList writes; // fills rows of (backfill)
    QStringList reads; // uses the values of
    QStringList constrains; // checks existing rows of (NOT NULL, validated CHECK)
    QStringList removes; // drops, or renames away
    QStringList references; // tables a foreign key points at
    QString dropsConstraintsOf; // a table some of whose constraints are dropped
    QStringList tables; // every table named
    QString createsTable;
    QString createsIndex; // index name -> its table, for a later DROP INDEX
    QStringList dropsIndexes;
    bool isRename = false; // a rename both adds a name and removes one: not two steps mixed
};

QString column(const QString &table, const char *name)
{
    return table + u'.' + QString::fromUtf8(name);
}

// The columns of table that an expression uses: unqualified names, and names qualified with the
// table's name or its alias (a qualifier naming another table of a FROM list is not this table's).
void columnRefs(const PgQuery__Node *root, const QString &table, QStringList &out, const QString &alias = {})
{
    const QString bare = table.section(u'.', -1);
    analysis::forEachNode(root, [&](const PgQuery__Node *node) {
        if (node->node_case != PG_QUERY__NODE__NODE_COLUMN_REF || node->column_ref->n_fields < 1)
            return true;
        const size_t fields = node->column_ref->n_fields;
        const QString name = analysis::stringValue(node->column_ref->fields[fields - 1]);
        if (name.isEmpty())
            return true;
        if (fields >= 2) {
            const QString qualifier = analysis::stringValue(node->column_ref->fields[fields - 2]);
            if (qualifier != bare && (alias.isEmpty() || qualifier != alias))
                return true;
        }
        out.push_back(table + u'.' + name);
        return true;
    });
}

Effects effectsOf(const PgQuery__Node *node)
{
    Effects e;
    switch (node->node_case) {
    case PG_QUERY__NODE__NODE_CREATE_STMT: {
        const QString table = analysis::relationName(node->create_stmt->relation);
        e.phase = Phase::Expand;
        e.defines.push_back(table);
        e.tables.push_back(table);
        e.createsTable = table;
        for (size_t i = 0; i < node->create_stmt->n_table_elts; ++i) {
            const PgQuery__Node *element = node->create_stmt->table_elts[i];
            if (element->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF && element->column_def->colname) {
                e.defines.push_back(column(table, element->column_def->colname));
                if (const auto *fk = analysis::findConstraint(element->column_def, PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN))
                    e.references.push_back(analysis::relationName(fk->pktable));
            } else if (element->node_case == PG_QUERY__NODE__NODE_CONSTRAINT && element->constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN) {
                e.references.push_back(analysis::relationName(element->constraint->pktable));
            }
        }
        break;
    }
    case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT: {
        const QString table = analysis::relationName(node->alter_table_stmt->relation);
        e.tables.push_back(table);
        bool expand = false, contract = false;
        for (size_t i = 0; i < node->alter_table_stmt->n_cmds; ++i) {
            if (node->alter_table_stmt->cmds[i]->node_case != PG_QUERY__NODE__NODE_ALTER_TABLE_CMD)
                continue;
            const PgQuery__AlterTableCmd *cmd = node->alter_table_stmt->cmds[i]->alter_table_cmd;
            switch (cmd->subtype) {
            case PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn:
                if (cmd->def && cmd->def->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF && cmd->def->column_def->colname) {
                    e.defines.push_back(column(table, cmd->def->column_def->colname));
                    if (const auto *fk = analysis::findConstraint(cmd->def->column_def, PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN))
                        e.references.push_back(analysis::relationName(fk->pktable));
                }
                expand = true;
                break;
            case PG_QUERY__ALTER_TABLE_TYPE__AT_DropColumn:
                if (cmd->name)
                    e.removes.push_back(column(table, cmd->name));
                contract = true;
                break;
            case PG_QUERY__ALTER_TABLE_TYPE__AT_SetNotNull:
                if (cmd->name)
                    e.constrains.push_back(column(table, cmd->name));
                contract = true;
                break;
            case PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnType:
                if (cmd->name)
                    e.writes.push_back(column(table, cmd->name));
                contract = true;
                break;
            case PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint: {
                if (!cmd->def || cmd->def->node_case != PG_QUERY__NODE__NODE_CONSTRAINT)
                    break;
                const PgQuery__Constraint *constraint = cmd->def->constraint;
                if (constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN) {
                    e.references.push_back(analysis::relationName(constraint->pktable));
                    // A foreign key ignores NULLs: added before its column is filled, it is not wrong.
                    for (const QString &name : analysis::stringList(constraint->fk_attrs, constraint->n_fk_attrs))
                        e.reads.push_back(table + u'.' + name);
                } else if (constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_CHECK) {
                    QStringList columns;
                    columnRefs(constraint->raw_expr, table, columns);
                    (constraint->skip_validation ? e.reads : e.constrains).append(columns);
                } else {
                    for (const QString &name : analysis::stringList(constraint->keys, constraint->n_keys))
                        e.constrains.push_back(table + u'.' + name);
                }
                (constraint->skip_validation ? expand : contract) = true;
                break;
            }
            case PG_QUERY__ALTER_TABLE_TYPE__AT_ValidateConstraint:
                contract = true;
                break;
            case PG_QUERY__ALTER_TABLE_TYPE__AT_DropConstraint:
            case PG_QUERY__ALTER_TABLE_TYPE__AT_DropNotNull:
                // Which columns an unnamed constraint covered is not known: treat the table's
                // earlier checks as gone.
                e.dropsConstraintsOf = table;
                contract = true;
                break;
            default:
                break;
            }
        }
        e.phase = contract ? Phase::Contract : expand ? Phase::Expand : Phase::Neutral;
        break;
    }
    case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT:
        // CREATE TABLE ... AS and materialized views: a new relation, filled by its query.
        if (node->create_table_as_stmt->into && node->create_table_as_stmt->into->rel) {
            const QString table = analysis::relationName(node->create_table_as_stmt->into->rel);
            e.defines.push_back(table);
            e.tables.push_back(table);
            e.createsTable = table;
            e.phase = Phase::Expand;
        }
        break;
    case PG_QUERY__NODE__NODE_RENAME_STMT: {
        const PgQuery__RenameStmt *rename = node->rename_stmt;
        if (rename->rename_type == PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN && rename->relation && rename->subname && rename->newname) {
            const QString table = analysis::relationName(rename->relation);
            e.removes.push_back(column(table, rename->subname));
            e.defines.push_back(column(table, rename->newname));
            e.tables.push_back(table);
            e.phase = Phase::Contract;
            e.isRename = true;
        } else if (rename->rename_type == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE && rename->relation && rename->newname) {
            e.removes.push_back(analysis::relationName(rename->relation));
            e.defines.push_back(QString::fromUtf8(rename->newname));
            e.tables = QStringList{e.removes.last(), e.defines.last()};
            e.phase = Phase::Contract;
            e.isRename = true;
        }
        break;
    }
    case PG_QUERY__NODE__NODE_DROP_STMT:
        if (node->drop_stmt->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE) {
            for (size_t i = 0; i < node->drop_stmt->n_objects; ++i) {
                if (node->drop_stmt->objects[i]->node_case != PG_QUERY__NODE__NODE_LIST)
                    continue;
                QStringList parts = analysis::stringList(node->drop_stmt->objects[i]->list->items, node->drop_stmt->objects[i]->list->n_items);
                if (parts.size() == 2 && parts.first() == u"public")
                    parts.removeFirst();
                e.removes.push_back(parts.join(u'.'));
                e.tables.push_back(e.removes.last());
            }
            e.phase = Phase::Contract;
        } else if (node->drop_stmt->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_INDEX) {
            for (size_t i = 0; i < node->drop_stmt->n_objects; ++i) {
                if (node->drop_stmt->objects[i]->node_case == PG_QUERY__NODE__NODE_LIST) {
                    const QStringList parts = analysis::stringList(node->drop_stmt->objects[i]->list->items, node->drop_stmt->objects[i]->list->n_items);
                    if (!parts.isEmpty())
                        e.dropsIndexes.push_back(parts.last());
                }
            }
            e.phase = Phase::Contract;
        }
        break;
    case PG_QUERY__NODE__NODE_INDEX_STMT: {
        const QString table = analysis::relationName(node->index_stmt->relation);
        e.tables.push_back(table);
        if (node->index_stmt->idxname)
            e.createsIndex = QString::fromUtf8(node->index_stmt->idxname);
        for (size_t i = 0; i < node->index_stmt->n_index_params; ++i) {
            const PgQuery__Node *param = node->index_stmt->index_params[i];
            if (param->node_case == PG_QUERY__NODE__NODE_INDEX_ELEM && param->index_elem->name)
                e.reads.push_back(column(table, param->index_elem->name));
        }
        e.phase = Phase::Expand;
        break;
    }
    case PG_QUERY__NODE__NODE_UPDATE_STMT: {
        const QString table = analysis::relationName(node->update_stmt->relation);
        const PgQuery__RangeVar *relation = node->update_stmt->relation;
        e.tables.push_back(table);
        const QString alias = relation && relation->alias && relation->alias->aliasname ? QString::fromUtf8(relation->alias->aliasname) : QString();
        for (size_t i = 0; i < node->update_stmt->n_target_list; ++i) {
            const PgQuery__Node *target = node->update_stmt->target_list[i];
            if (target->node_case != PG_QUERY__NODE__NODE_RES_TARGET || !target->res_target->name)
                continue;
            e.writes.push_back(column(table, target->res_target->name));
            columnRefs(target->res_target->val, table, e.reads, alias);
        }
        columnRefs(node->update_stmt->where_clause, table, e.reads, alias);
        e.phase = Phase::Backfill;
        break;
    }
    case PG_QUERY__NODE__NODE_INSERT_STMT: {
        const QString table = analysis::relationName(node->insert_stmt->relation);
        e.tables.push_back(table);
        for (size_t i = 0; i < node->insert_stmt->n_cols; ++i) {
            const PgQuery__Node *target = node->insert_stmt->cols[i];
            if (target->node_case == PG_QUERY__NODE__NODE_RES_TARGET && target->res_target->name)
                e.writes.push_back(column(table, target->res_target->name));
        }
        if (e.writes.isEmpty())
            e.writes.push_back(table);
        e.phase = Phase::Backfill;
        break;
    }
    case PG_QUERY__NODE__NODE_DELETE_STMT:
        e.writes.push_back(analysis::relationName(node->delete_stmt->relation));
        e.tables.push_back(e.writes.last());
        e.phase = Phase::Backfill;
        break;
    default:
        break;
    }
    e.reads.removeDuplicates();
    e.tables.append(e.references);
    e.tables.removeAll(QString());
    e.tables.removeDuplicates();
    // A statement that writes a column also names it in its expressions; that is not a read.
    for (const QString &written : std::as_const(e.writes))
        e.reads.removeAll(written);
    return e;
}

QString tableOf(const QString &object)
{
    const qsizetype dot = object.lastIndexOf(u'.');
    return dot < 0 ? object : object.left(dot);
}

} // namespace

QString phaseName(Phase phase)
{
    switch (phase) {
    case Phase::Expand:
        return QStringLiteral("expand");
    case Phase::Backfill:
        return QStringLiteral("backfill");
    case Phase::Contract:
        return QStringLiteral("contract");
    case Phase::Neutral:
        return QStringLiteral("neutral");
    }
    return {};
}

Graph buildGraph(const repository::Repository &repository, const stats::StatsSnapshot *snapshot)
{
    return buildGraph(repository, estimate::estimateRepository(repository, snapshot));
}

Graph buildGraph(const repository::Repository &repository, const estimate::EstimateReport &estimates)
{
    Graph graph;
    // Durations and locks per statement: the estimator walks the same statements in the same
    // order (ParsedScript::executionOrder), one estimate per statement with a parse tree.
    size_t estimateIndex = 0;

    QHash<QString, int> definer; // object -> node that created it
    QHash<QString, int> lastWriter; // object -> last node that filled it
    QHash<QString, int> lastUser; // object -> last node that read, wrote or constrained it
    QHash<QString, int> constrainedBy; // column -> validating node, for a later backfill
    QHash<QString, int> removedBy; // object -> node that dropped or renamed it away
    QHash<QString, int> readBeforeAdd; // column -> first node that read it while nobody had added it yet
    QHash<QString, int> referencedBeforeCreate; // table -> first foreign key to it while the set had not created it
    QHash<QString, std::pair<QString, int>> indexes; // index name -> its table and the node that created it
    QSet<std::pair<int, int>> seenEdges;
    const auto addEdge = [&](int from, int to, const QString &reason, bool violation = false) {
        if (from == to || seenEdges.contains({from, to}))
            return;
        seenEdges.insert({from, to});
        graph.edges.push_back({from, to, reason, violation});
    };
    const auto violate = [&](const QString &rule, const QString &message, int from, int to, rules::Level level = rules::Level::Error) {
        graph.violations.push_back({rule, level, message, from, to});
        addEdge(from, to, message, true);
    };
    const auto where = [&](int id) -> QString { return graph.nodes[size_t(id)].file + u':' + QString::number(graph.nodes[size_t(id)].line); };

    // Explicit dependencies (sqitch [requires]) join migrations: each needs a node to stand for it.
    QSet<QString> requiredNames;
    for (const repository::Migration &migration : repository.migrations) {
        for (const QString &requirement : migration.requirements)
            requiredNames.insert(requirement.section(u'@', 0, 0));
    }
    std::vector<std::pair<int, int>> nodesOfMigration; // first and last node id, -1 when none

    for (const repository::Migration &migration : repository.migrations) {
        const QString migrationName = repository::migrationId(migration);
        const int firstNode = int(graph.nodes.size());
        // Expand and contract of one existing table within this migration (tables it creates are new:
        // no running code uses them yet).
        QSet<QString> createdHere;
        QHash<QString, int> expandedHere, contractedHere;
        QSet<QString> mixReported;
        for (const repository::MigrationScript &script : migration.scripts) {
            if ((script.direction != repository::Direction::Up && script.direction != repository::Direction::Repeatable)
                || script.gitChange == repository::GitChange::Deleted || !script.readError.isEmpty())
                continue;
            const sql::ParsedScript parsed = sql::parseScript(script.bytes, script.relativePath, {.collectComments = false, .functionBodyStatements = false});
            if (!parsed.unreadable.isEmpty())
                continue;
            for (const sql::Statement *statement : parsed.executionOrder()) {
                if (!statement->node)
                    continue;
                const estimate::StatementEstimate *estimated = estimateIndex < estimates.statements.size() ? &estimates.statements[estimateIndex++] : nullptr;
                Effects effects = effectsOf(statement->node);
                for (const QString &index : std::as_const(effects.dropsIndexes)) {
                    if (indexes.contains(index) && !effects.tables.contains(indexes.value(index).first))
                        effects.tables.push_back(indexes.value(index).first);
                }
                if (effects.phase == Phase::Neutral)
                    continue;
                Node node;
                node.id = int(graph.nodes.size());
                node.migration = migrationName;
                node.file = script.relativePath;
                node.line = statement->range.begin.line;
                node.endLine = statement->range.end.line;
                node.statement = statement->commandTag;
                node.phase = effects.phase;
                node.tables = effects.tables;
                node.tables.sort();
                if (estimated) {
                    for (const locks::RelationLock &lock : estimated->locks)
                        node.lock = std::max(node.lock, lock.mode);
                    node.durationMs = estimated->duration.known ? estimated->duration.expected : -1;
                }
                graph.nodes.push_back(node);
                const int id = node.id;

                // Uses of what was dropped or renamed away earlier.
                for (const QStringList *uses : {&effects.reads, &effects.writes, &effects.constrains}) {
                    for (const QString &object : *uses) {
                        for (const QString &candidate : {object, tableOf(object)}) {
                            const auto removed = removedBy.constFind(candidate);
                            if (removed != removedBy.constEnd() && !definer.contains(object)) {
                                violate(QStringLiteral("use-after-drop"),
                                        tr("%1 is dropped or renamed away at %2:%3, and used afterwards at %4:%5")
                                            .arg(candidate, graph.nodes[*removed].file)
                                            .arg(graph.nodes[*removed].line)
                                            .arg(node.file)
                                            .arg(node.line),
                                        *removed, id);
                                break;
                            }
                        }
                    }
                }
                // A later UPDATE that fills a column an earlier statement already validated. (Rows
                // that INSERT adds later are checked as they arrive: no violation.)
                const bool fillsExistingRows = statement->node->node_case == PG_QUERY__NODE__NODE_UPDATE_STMT;
                for (const QString &object : fillsExistingRows ? effects.writes : QStringList()) {
                    const auto constrained = constrainedBy.constFind(object);
                    if (constrained != constrainedBy.constEnd()) {
                        const int at = *constrained;
                        constrainedBy.remove(object); // reported once per column
                        violate(QStringLiteral("constraint-before-backfill"),
                                tr("%1 is validated at %2:%3 before the backfill at %4:%5 that fills it")
                                    .arg(object, graph.nodes[at].file)
                                    .arg(graph.nodes[at].line)
                                    .arg(node.file)
                                    .arg(node.line),
                                at, id);
                    }
                }
                // Reads of a column no statement has added yet (it may be added later).
                for (const QString &object : effects.reads) {
                    if (!definer.contains(object) && !lastWriter.contains(object) && !readBeforeAdd.contains(object))
                        readBeforeAdd.insert(object, id);
                }
                for (const QString &object : effects.defines) {
                    const auto early = readBeforeAdd.constFind(object);
                    if (early != readBeforeAdd.constEnd() && *early != id) {
                        violate(QStringLiteral("read-before-add"),
                                tr("%1 is read at %2:%3 before it is added at %4:%5")
                                    .arg(object, graph.nodes[*early].file)
                                    .arg(graph.nodes[*early].line)
                                    .arg(node.file)
                                    .arg(node.line),
                                *early, id);
                    }
                }
                // A foreign key to a table the set creates only later.
                for (const QString &parent : effects.references) {
                    if (definer.contains(parent))
                        addEdge(definer.value(parent), id, tr("creates %1 -> referenced by a foreign key").arg(parent));
                    else if (!referencedBeforeCreate.contains(parent))
                        referencedBeforeCreate.insert(parent, id);
                }
                for (const QString &object : effects.defines) {
                    const auto early = referencedBeforeCreate.constFind(object);
                    if (early != referencedBeforeCreate.constEnd() && *early != id) {
                        violate(QStringLiteral("foreign-key-before-parent"),
                                tr("a foreign key at %1:%2 references %3, which is created only at %4:%5")
                                    .arg(graph.nodes[*early].file)
                                    .arg(graph.nodes[*early].line)
                                    .arg(object, node.file)
                                    .arg(node.line),
                                *early, id);
                    }
                }

                if (!effects.createsIndex.isEmpty())
                    indexes.insert(effects.createsIndex, {effects.tables.value(0), id});
                for (const QString &index : std::as_const(effects.dropsIndexes)) {
                    if (const auto created = indexes.constFind(index); created != indexes.constEnd()) {
                        addEdge(created->second, id, tr("creates index %1 -> drops it").arg(index));
                        indexes.erase(created);
                    }
                }

                // Expand and contract of the same existing table in one migration.
                if (!effects.createsTable.isEmpty())
                    createdHere.insert(effects.createsTable);
                if (!effects.isRename) {
                    for (const QString &object : effects.defines) {
                        if (object != effects.createsTable && !createdHere.contains(tableOf(object)) && !expandedHere.contains(tableOf(object)))
                            expandedHere.insert(tableOf(object), id);
                    }
                }
                for (const QString &object : effects.removes) {
                    const QString table = effects.tables.contains(object) ? object : tableOf(object);
                    if (!createdHere.contains(table) && !contractedHere.contains(table))
                        contractedHere.insert(table, id);
                }
                for (auto it = expandedHere.constBegin(); it != expandedHere.constEnd(); ++it) {
                    const auto contracted = contractedHere.constFind(it.key());
                    if (contracted == contractedHere.constEnd() || mixReported.contains(it.key()))
                        continue;
                    mixReported.insert(it.key());
                    const int first = std::min(*it, *contracted), second = std::max(*it, *contracted);
                    violate(QStringLiteral("expand-contract-same-migration"),
                            tr("%1 is expanded (%2) and contracted (%3) in the same migration: the application version still "
                               "running during the deploy uses what is gone")
                                .arg(it.key(), where(*it), where(*contracted)),
                            first, second, rules::Level::Warning);
                }

                // Dependencies along each object's life.
                for (const QString &object : effects.writes + effects.reads + effects.constrains + effects.removes) {
                    if (definer.contains(object))
                        addEdge(definer.value(object), id, tr("creates %1 -> uses it").arg(object));
                    else if (definer.contains(tableOf(object)) && definer.value(tableOf(object)) != id)
                        addEdge(definer.value(tableOf(object)), id, tr("creates %1 -> uses it").arg(tableOf(object)));
                }
                for (const QString &object : effects.constrains + effects.reads) {
                    if (lastWriter.contains(object))
                        addEdge(lastWriter.value(object), id, tr("fills %1 -> checks or reads it").arg(object));
                }
                for (const QString &object : effects.removes) {
                    if (lastUser.contains(object))
                        addEdge(lastUser.value(object), id, tr("last use of %1 -> drops it").arg(object));
                }

                for (const QString &object : effects.defines) {
                    definer.insert(object, id);
                    removedBy.remove(object);
                }
                for (const QString &object : effects.writes) {
                    lastWriter.insert(object, id);
                    lastUser.insert(object, id);
                }
                for (const QString &object : effects.reads)
                    lastUser.insert(object, id);
                for (const QString &object : effects.constrains) {
                    // Only a column this set added and has not filled yet can be checked too early.
                    if (definer.contains(object) && !lastWriter.contains(object))
                        constrainedBy.insert(object, id);
                    lastUser.insert(object, id);
                }
                for (const QString &object : effects.removes) {
                    removedBy.insert(object, id);
                    definer.remove(object);
                    readBeforeAdd.remove(object); // it existed, then: a read of it was no mistake
                }
                if (!effects.dropsConstraintsOf.isEmpty()) {
                    const QString prefix = effects.dropsConstraintsOf + u'.';
                    for (auto it = constrainedBy.begin(); it != constrainedBy.end();)
                        it = it.key().startsWith(prefix) ? constrainedBy.erase(it) : std::next(it);
                }
            }
        }
        const bool inDependency = !migration.requirements.isEmpty() || requiredNames.contains(migration.name);
        if (int(graph.nodes.size()) == firstNode && inDependency) {
            // A change with no schema statement (a function, a grant) still orders its dependants.
            Node node;
            node.id = firstNode;
            node.migration = migrationName;
            const repository::MigrationScript *up = migration.script(repository::Direction::Up);
            node.file = up ? up->relativePath : QString();
            node.line = 1;
            node.endLine = std::numeric_limits<int>::max(); // stands for the whole file
            node.statement = QStringLiteral("(migration)");
            graph.nodes.push_back(node);
        }
        nodesOfMigration.emplace_back(int(graph.nodes.size()) == firstNode ? -1 : firstNode, int(graph.nodes.size()) - 1);
    }

    // Explicit requirements: an edge from the required change to the one that requires it. Every
    // other edge runs forward in the order the migrations are applied, so the only way to a cycle
    // is a requirement on a change applied later (or on itself).
    QHash<QString, std::vector<int>> migrationsByName;
    for (size_t i = 0; i < repository.migrations.size(); ++i)
        migrationsByName[repository.migrations[i].name].push_back(int(i));
    for (size_t i = 0; i < repository.migrations.size(); ++i) {
        const repository::Migration &migration = repository.migrations[i];
        const int requirer = nodesOfMigration[i].first;
        for (const QString &requirement : migration.requirements) {
            if (requirement.contains(u':') || requirer < 0)
                continue; // another project's change: not in this plan
            const QString name = requirement.section(u'@', 0, 0);
            const std::vector<int> candidates = migrationsByName.value(name);
            int earlier = -1, later = -1;
            for (int candidate : candidates) {
                if (candidate < int(i))
                    earlier = candidate;
                else if (later < 0)
                    later = candidate;
            }
            if (earlier >= 0 && nodesOfMigration[size_t(earlier)].first >= 0) {
                addEdge(nodesOfMigration[size_t(earlier)].second, requirer, tr("%1 requires %2").arg(migration.name, requirement));
            } else if (later >= 0 && nodesOfMigration[size_t(later)].first >= 0) {
                const int required = nodesOfMigration[size_t(later)].first;
                violate(QStringLiteral("cycle"),
                        later == int(i) ? tr("%1 requires itself").arg(migration.name)
                                        : tr("%1 (%2) requires %3, which is applied only later (%4): the order and the requirement form a cycle")
                                              .arg(migration.name, where(requirer), requirement, where(required)),
                        required, requirer);
            } else if (candidates.empty()) {
                violate(QStringLiteral("unknown-requirement"),
                        tr("%1 (%2) requires %3, which no migration of the repository is").arg(migration.name, where(requirer), requirement),
                        requirer, requirer);
            }
        }
    }
    // The critical path: edges go forward in statement order, so one pass finds the longest chain.
    std::vector<double> best(graph.nodes.size(), 0);
    std::vector<int> previous(graph.nodes.size(), -1);
    std::vector<std::vector<int>> incoming(graph.nodes.size());
    for (const Edge &edge : graph.edges) {
        if (edge.from < edge.to)
            incoming[size_t(edge.to)].push_back(edge.from);
    }
    for (size_t i = 0; i < graph.nodes.size(); ++i) {
        const double own = std::max(0.0, graph.nodes[i].durationMs);
        best[i] = own;
        for (int from : incoming[i]) {
            if (best[size_t(from)] + own > best[i]) {
                best[i] = best[size_t(from)] + own;
                previous[i] = from;
            }
        }
    }
    if (!graph.nodes.empty()) {
        int end = int(std::max_element(best.begin(), best.end()) - best.begin());
        graph.criticalPathMs = best[size_t(end)];
        for (int at = end; at >= 0; at = previous[size_t(at)])
            graph.criticalPath.insert(graph.criticalPath.begin(), at);
    }
    graph.tableLocks = estimates.tables;
    std::stable_sort(graph.tableLocks.begin(), graph.tableLocks.end(), [](const estimate::TableTotal &a, const estimate::TableTotal &b) {
        return a.strongest != b.strongest ? a.strongest > b.strongest : a.blockingWrites.expected > b.blockingWrites.expected;
    });
    return graph;
}

bool Graph::hasErrors() const
{
    return std::any_of(violations.begin(), violations.end(), [](const Violation &v) { return v.level == rules::Level::Error; });
}

QStringList Graph::tables() const
{
    QSet<QString> all;
    for (const Node &node : nodes)
        all.unite(QSet<QString>(node.tables.begin(), node.tables.end()));
    QStringList sorted(all.begin(), all.end());
    sorted.sort();
    return sorted;
}

QByteArray toJson(const Graph &graph)
{
    QJsonArray nodes, edges, violations;
    for (const Node &node : graph.nodes) {
        nodes.append(QJsonObject{{QStringLiteral("id"), node.id},
                                 {QStringLiteral("migration"), node.migration},
                                 {QStringLiteral("file"), node.file},
                                 {QStringLiteral("line"), node.line},
                                 {QStringLiteral("statement"), node.statement},
                                 {QStringLiteral("phase"), phaseName(node.phase)},
                                 {QStringLiteral("lock"), node.lock == locks::LockMode::None ? QJsonValue::Null : QJsonValue(locks::lockModeName(node.lock))},
                                 {QStringLiteral("estimate_ms"), node.durationMs < 0 ? QJsonValue::Null : QJsonValue(std::round(node.durationMs * 10) / 10)},
                                 {QStringLiteral("tables"), QJsonArray::fromStringList(node.tables)}});
    }
    for (const Edge &edge : graph.edges) {
        edges.append(QJsonObject{{QStringLiteral("from"), edge.from},
                                 {QStringLiteral("to"), edge.to},
                                 {QStringLiteral("reason"), edge.reason},
                                 {QStringLiteral("violation"), edge.violation}});
    }
    for (const Violation &v : graph.violations) {
        const Node &from = graph.nodes[size_t(v.from)];
        const Node &to = graph.nodes[size_t(v.to)];
        violations.append(QJsonObject{{QStringLiteral("rule"), v.rule},
                                      {QStringLiteral("level"), rules::levelName(v.level)},
                                      {QStringLiteral("message"), v.message},
                                      {QStringLiteral("from"), QJsonObject{{QStringLiteral("node"), v.from}, {QStringLiteral("file"), from.file}, {QStringLiteral("line"), from.line}}},
                                      {QStringLiteral("to"), QJsonObject{{QStringLiteral("node"), v.to}, {QStringLiteral("file"), to.file}, {QStringLiteral("line"), to.line}}}});
    }
    QJsonArray path;
    for (int id : graph.criticalPath)
        path.append(id);
    const auto milliseconds = [](const estimate::Duration &d) { return d.known ? QJsonValue(std::round(d.expected * 10) / 10) : QJsonValue(QJsonValue::Null); };
    QJsonArray tableLocks;
    for (const estimate::TableTotal &table : graph.tableLocks) {
        tableLocks.append(QJsonObject{{QStringLiteral("table"), table.table},
                                      {QStringLiteral("lock"), table.strongest == locks::LockMode::None ? QJsonValue::Null : QJsonValue(locks::lockModeName(table.strongest))},
                                      {QStringLiteral("blocks_writes_ms"), milliseconds(table.blockingWrites)},
                                      {QStringLiteral("blocks_reads_ms"), milliseconds(table.blockingReads)}});
    }
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("migreview-graph")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("nodes"), nodes},
                           {QStringLiteral("edges"), edges},
                           {QStringLiteral("violations"), violations},
                           {QStringLiteral("critical_path"), path},
                           {QStringLiteral("critical_path_ms"), std::round(graph.criticalPathMs * 10) / 10},
                           {QStringLiteral("table_locks"), tableLocks}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray toDot(const Graph &graph)
{
    const auto quote = [](QString text) -> QString { return u'"' + text.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\"")) + u'"'; };
    static const QHash<Phase, QString> colors{{Phase::Expand, QStringLiteral("#7aa86a")}, {Phase::Backfill, QStringLiteral("#3f8fd2")},
                                              {Phase::Contract, QStringLiteral("#e8902c")}, {Phase::Neutral, QStringLiteral("#9e9e9e")}};
    QSet<int> critical(graph.criticalPath.begin(), graph.criticalPath.end());
    // Graphviz's newer ranking packs the migrations' clusters more tightly, but its crossing
    // minimisation grows steeply with the number of clusters (docs/benchmarks.md: 1,000 migrations
    // take 13 s against 1.3 s with the classic ranking): large repositories get the classic one.
    constexpr int NewRankMaxMigrations = 400;
    QSet<QString> migrations;
    for (const Node &node : graph.nodes)
        migrations.insert(node.migration);
    QString out = QStringLiteral("digraph migrations {\n  rankdir=LR;\n%1  node [shape=box, style=\"rounded,filled\", fontname=\"sans\"];\n")
                      .arg(migrations.size() <= NewRankMaxMigrations ? QStringLiteral("  newrank=true;\n") : QString());
    QString currentMigration;
    int cluster = 0;
    for (const Node &node : graph.nodes) {
        if (node.migration != currentMigration) {
            if (!currentMigration.isEmpty())
                out += QStringLiteral("  }\n");
            currentMigration = node.migration;
            out += QStringLiteral("  subgraph cluster_%1 {\n    label=%2;\n").arg(cluster++).arg(quote(node.migration));
        }
        QString label = node.statement + QStringLiteral("\\n") + node.file + u':' + QString::number(node.line);
        if (node.lock != locks::LockMode::None)
            label += QStringLiteral("\\n") + locks::lockModeName(node.lock);
        out += QStringLiteral("    n%1 [label=\"%2\", fillcolor=\"%3\"%4];\n")
                   .arg(node.id)
                   .arg(QString(label).replace(u'"', QStringLiteral("\\\"")), colors.value(node.phase),
                        critical.contains(node.id) ? QStringLiteral(", penwidth=3") : QString());
    }
    if (!currentMigration.isEmpty())
        out += QStringLiteral("  }\n");
    // Violation edges: red for an error, amber for a warning (as in the workbench).
    QSet<QPair<int, int>> errorEnds;
    for (const Violation &violation : graph.violations) {
        if (violation.level == rules::Level::Error)
            errorEnds.insert({violation.from, violation.to});
    }
    for (const Edge &edge : graph.edges) {
        const QString color = errorEnds.contains({edge.from, edge.to}) ? QStringLiteral("red") : QStringLiteral("\"#e09a00\"");
        out += QStringLiteral("  n%1 -> n%2 [tooltip=%3%4];\n")
                   .arg(edge.from)
                   .arg(edge.to)
                   .arg(quote(edge.reason), edge.violation ? QStringLiteral(", color=%1, penwidth=2").arg(color) : QString());
    }
    out += QStringLiteral("}\n");
    return out.toUtf8();
}

void keepRangeViolations(Graph &graph, const repository::Repository &repository)
{
    if (!repository.isRange())
        return;
    const QSet<QString> inRange = repository::rangeMigrationIds(repository);
    QHash<int, QString> migrationOf;
    for (const Node &node : graph.nodes)
        migrationOf.insert(node.id, node.migration);
    std::erase_if(graph.violations, [&](const Violation &violation) {
        return !inRange.contains(migrationOf.value(violation.from)) && !inRange.contains(migrationOf.value(violation.to));
    });
}

Graph rangeSubgraph(const Graph &graph, const repository::Repository &repository)
{
    if (!repository.isRange())
        return graph;
    const QSet<QString> inRange = repository::rangeMigrationIds(repository);
    Graph sub;
    QSet<int> kept;
    for (const Node &node : graph.nodes) {
        if (inRange.contains(node.migration))
            kept.insert(node.id);
    }
    // A violation between the range and its context keeps its other end in view.
    for (const Violation &violation : graph.violations) {
        if (kept.contains(violation.from) || kept.contains(violation.to)) {
            kept.insert(violation.from);
            kept.insert(violation.to);
        }
    }
    for (const Node &node : graph.nodes) {
        if (kept.contains(node.id))
            sub.nodes.push_back(node);
    }
    for (const Edge &edge : graph.edges) {
        if (kept.contains(edge.from) && kept.contains(edge.to))
            sub.edges.push_back(edge);
    }
    for (const Violation &violation : graph.violations) {
        if (kept.contains(violation.from) && kept.contains(violation.to))
            sub.violations.push_back(violation);
    }
    for (const int id : graph.criticalPath) {
        if (kept.contains(id))
            sub.criticalPath.push_back(id);
    }
    sub.criticalPathMs = graph.criticalPathMs;
    sub.tableLocks = graph.tableLocks;
    return sub;
}

} // namespace migreview::graph
