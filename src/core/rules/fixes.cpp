#include "rules/fixes.h"

#include "rules/rule.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace migreview::rules::fixes {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("migreview::rules::fixes", text);
}

PgQuery__Node *copyNode(const PgQuery__Node *node)
{
    if (!node)
        return nullptr;
    std::vector<uint8_t> buffer(pg_query__node__get_packed_size(node));
    pg_query__node__pack(node, buffer.data());
    return pg_query__node__unpack(nullptr, buffer.size(), buffer.data());
}

// A long CREATE TABLE reads better one column per line: breaks after the list's "(" and after
// each top-level ",", found with the scanner so that strings and nested parentheses are left alone.
QString layOut(const QString &sql)
{
    if (!sql.startsWith(QLatin1StringView("CREATE TABLE")) || sql.size() < 100)
        return sql;
    const QByteArray bytes = sql.toUtf8();
    PgQueryScanResult scan = pg_query_scan(bytes.constData());
    QByteArray out;
    if (!scan.error) {
        PgQuery__ScanResult *tokens = pg_query__scan_result__unpack(nullptr, scan.pbuf.len, reinterpret_cast<const uint8_t *>(scan.pbuf.data));
        if (tokens) {
            int depth = 0, copied = 0;
            bool inList = false;
            for (size_t i = 0; i < tokens->n_tokens; ++i) {
                const PgQuery__ScanToken *token = tokens->tokens[i];
                const char c = bytes.at(token->start);
                if (token->end - token->start != 1)
                    continue;
                if (c == '(') {
                    if (++depth == 1 && !inList) {
                        inList = true;
                        out += bytes.mid(copied, token->end - copied) + "\n    ";
                        copied = token->end;
                    }
                } else if (c == ')') {
                    if (depth-- == 1 && inList) {
                        out += bytes.mid(copied, token->start - copied).trimmed() + "\n";
                        copied = token->start;
                        inList = false;
                        depth = 1000; // only the first list
                    }
                } else if (c == ',' && depth == 1 && inList) {
                    out += bytes.mid(copied, token->end - copied) + "\n   ";
                    copied = token->end;
                }
            }
            out += bytes.mid(copied);
            pg_query__scan_result__free_unpacked(tokens, nullptr);
        }
    }
    pg_query_free_scan_result(scan);
    return out.isEmpty() ? sql : QString::fromUtf8(out);
}

void walkMessage(ProtobufCMessage *message, const std::function<bool(ProtobufCMessage *)> &visit, bool &stop)
{
    if (!message || stop)
        return;
    if (!visit(message)) {
        stop = true;
        return;
    }
    const ProtobufCMessageDescriptor *descriptor = message->descriptor;
    for (unsigned i = 0; i < descriptor->n_fields && !stop; ++i) {
        const ProtobufCFieldDescriptor &field = descriptor->fields[i];
        if (field.type != PROTOBUF_C_TYPE_MESSAGE)
            continue;
        char *base = reinterpret_cast<char *>(message);
        if (field.label == PROTOBUF_C_LABEL_REPEATED) {
            const size_t count = *reinterpret_cast<size_t *>(base + field.quantifier_offset);
            ProtobufCMessage **items = *reinterpret_cast<ProtobufCMessage ***>(base + field.offset);
            for (size_t j = 0; j < count && !stop; ++j)
                walkMessage(items[j], visit, stop);
        } else {
            // A oneof holds one member at a time: only the one its case names is set.
            if (field.flags & PROTOBUF_C_FIELD_FLAG_ONEOF) {
                const uint32_t active = *reinterpret_cast<uint32_t *>(base + field.quantifier_offset);
                if (active != field.id)
                    continue;
            }
            walkMessage(*reinterpret_cast<ProtobufCMessage **>(base + field.offset), visit, stop);
        }
    }
}

// Location fields (byte offsets) set to zero in a copy, so that two trees compare by meaning.
std::vector<uint8_t> packedWithoutLocations(const PgQuery__Node *node)
{
    PgQuery__Node *copy = copyNode(node);
    if (!copy)
        return {};
    walk(&copy->base, [](ProtobufCMessage *message) {
        if (const ProtobufCFieldDescriptor *field = protobuf_c_message_descriptor_get_field_by_name(message->descriptor, "location");
            field && field->type == PROTOBUF_C_TYPE_INT32)
            *reinterpret_cast<int32_t *>(reinterpret_cast<char *>(message) + field->offset) = 0;
        return true;
    });
    std::vector<uint8_t> packed(pg_query__node__get_packed_size(copy));
    pg_query__node__pack(copy, packed.data());
    pg_query__node__free_unpacked(copy, nullptr);
    return packed;
}

// Whether sql parses to the same tree as statement: the deparser printed all of it.
bool meansTheSame(const QString &sql, const PgQuery__Node *statement)
{
    const QByteArray bytes = sql.toUtf8();
    PgQueryProtobufParseResult parsed = pg_query_parse_protobuf(bytes.constData());
    bool same = false;
    if (!parsed.error) {
        PgQuery__ParseResult *tree = pg_query__parse_result__unpack(nullptr, parsed.parse_tree.len, reinterpret_cast<const uint8_t *>(parsed.parse_tree.data));
        if (tree && tree->n_stmts == 1)
            same = packedWithoutLocations(tree->stmts[0]->stmt) == packedWithoutLocations(statement);
        if (tree)
            pg_query__parse_result__free_unpacked(tree, nullptr);
    }
    pg_query_free_protobuf_parse_result(parsed);
    return same;
}

} // namespace

EditableStatement::EditableStatement(const PgQuery__Node *statement)
    : m_node(copyNode(statement))
{
}

EditableStatement::~EditableStatement()
{
    if (m_node)
        pg_query__node__free_unpacked(m_node, nullptr);
}

std::optional<QString> EditableStatement::toSql() const
{
    return deparse(m_node);
}

std::optional<QString> deparse(const PgQuery__Node *statement)
{
    if (!statement)
        return std::nullopt;
    PgQuery__RawStmt raw = PG_QUERY__RAW_STMT__INIT;
    raw.stmt = const_cast<PgQuery__Node *>(statement);
    PgQuery__RawStmt *statements[] = {&raw};
    PgQuery__ParseResult result = PG_QUERY__PARSE_RESULT__INIT;
    result.version = PG_VERSION_NUM;
    result.n_stmts = 1;
    result.stmts = statements;
    std::vector<uint8_t> buffer(pg_query__parse_result__get_packed_size(&result));
    pg_query__parse_result__pack(&result, buffer.data());
    const PgQueryProtobuf protobuf{buffer.size(), reinterpret_cast<char *>(buffer.data())};
    PgQueryDeparseResult deparsed = pg_query_deparse_protobuf(protobuf);
    std::optional<QString> sql;
    if (!deparsed.error && deparsed.query)
        sql = layOut(QString::fromUtf8(deparsed.query)) + u';';
    pg_query_free_deparse_result(deparsed);
    // The deparser does not print every clause of every statement (ALTER CONSTRAINT ... NOT
    // DEFERRABLE, for one): a rewrite that would not mean what the tree says is no rewrite.
    if (sql && !meansTheSame(*sql, statement))
        return std::nullopt;
    return sql;
}

void walk(ProtobufCMessage *root, const std::function<bool(ProtobufCMessage *)> &visit)
{
    bool stop = false;
    walkMessage(root, visit, stop);
}

ProtobufCMessage *findAt(ProtobufCMessage *root, const ProtobufCMessageDescriptor *type, int location)
{
    ProtobufCMessage *found = nullptr;
    const ProtobufCFieldDescriptor *field = protobuf_c_message_descriptor_get_field_by_name(type, "location");
    if (!field)
        return nullptr;
    walk(root, [&](ProtobufCMessage *message) {
        if (message->descriptor == type && *reinterpret_cast<int32_t *>(reinterpret_cast<char *>(message) + field->offset) == location) {
            found = message;
            return false;
        }
        return true;
    });
    return found;
}

QString quoteIdentifier(const QString &name)
{
    bool plain = !name.isEmpty() && (name.front().isLower() || name.front() == u'_') && name.front().unicode() < 128;
    for (const QChar c : name)
        plain = plain && ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_');
    if (plain) {
        // A keyword needs quotes unless it is unreserved (as quote_ident decides).
        const QByteArray bytes = name.toUtf8();
        PgQueryScanResult scan = pg_query_scan(bytes.constData());
        if (!scan.error) {
            PgQuery__ScanResult *tokens = pg_query__scan_result__unpack(nullptr, scan.pbuf.len, reinterpret_cast<const uint8_t *>(scan.pbuf.data));
            if (tokens) {
                plain = tokens->n_tokens == 1
                    && (tokens->tokens[0]->keyword_kind == PG_QUERY__KEYWORD_KIND__NO_KEYWORD
                        || tokens->tokens[0]->keyword_kind == PG_QUERY__KEYWORD_KIND__UNRESERVED_KEYWORD);
                pg_query__scan_result__free_unpacked(tokens, nullptr);
            } else {
                plain = false;
            }
        } else {
            plain = false;
        }
        pg_query_free_scan_result(scan);
    }
    if (plain)
        return name;
    return u'"' + QString(name).replace(u'"', QStringLiteral("\"\"")) + u'"';
}

QString quoteQualified(const QString &name)
{
    QStringList parts;
    for (const QString &part : name.split(u'.'))
        parts << quoteIdentifier(part);
    return parts.join(u'.');
}

bool parses(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    PgQueryParseResult result = pg_query_parse(bytes.constData());
    const bool ok = !result.error;
    pg_query_free_parse_result(result);
    return ok;
}

void setString(char **field, const QString &value)
{
    if (*field && *field != protobuf_c_empty_string)
        std::free(*field);
    *field = strdup(value.toUtf8().constData());
}

void setTypeName(PgQuery__TypeName *type, const QStringList &names, bool dropModifiers)
{
    if (!type)
        return;
    for (size_t i = 0; i < type->n_names; ++i)
        pg_query__node__free_unpacked(type->names[i], nullptr);
    std::free(type->names);
    type->names = nullptr;
    type->n_names = 0;
    for (const QString &name : names) {
        PgQuery__Node *node = appendNode(&type->n_names, &type->names, PG_QUERY__NODE__NODE_STRING);
        setString(&node->string->sval, name);
    }
    if (dropModifiers) {
        for (size_t i = 0; i < type->n_typmods; ++i)
            pg_query__node__free_unpacked(type->typmods[i], nullptr);
        std::free(type->typmods);
        type->typmods = nullptr;
        type->n_typmods = 0;
        type->typemod = -1;
    }
}

std::optional<QString> withColumnChanged(const PgQuery__Node *statement, int columnLocation, const std::function<bool(PgQuery__ColumnDef *)> &change)
{
    EditableStatement copy(statement);
    if (!copy.isValid())
        return std::nullopt;
    auto *column = reinterpret_cast<PgQuery__ColumnDef *>(findAt(&copy.node()->base, &pg_query__column_def__descriptor, columnLocation));
    if (!column || !change(column))
        return std::nullopt;
    return copy.toSql();
}

void removeColumnConstraints(PgQuery__ColumnDef *column, std::initializer_list<PgQuery__ConstrType> types)
{
    const auto listed = [&types](PgQuery__ConstrType type) { return std::find(types.begin(), types.end(), type) != types.end(); };
    if (listed(PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL))
        column->is_not_null = false;
    size_t kept = 0;
    for (size_t i = 0; i < column->n_constraints; ++i) {
        PgQuery__Node *constraint = column->constraints[i];
        if (constraint->node_case == PG_QUERY__NODE__NODE_CONSTRAINT && listed(constraint->constraint->contype))
            pg_query__node__free_unpacked(constraint, nullptr);
        else
            column->constraints[kept++] = constraint;
    }
    column->n_constraints = kept;
}

PgQuery__Node *appendNode(size_t *count, PgQuery__Node ***nodes, PgQuery__Node__NodeCase kind)
{
    auto *node = static_cast<PgQuery__Node *>(std::malloc(sizeof(PgQuery__Node)));
    pg_query__node__init(node);
    node->node_case = kind;
    if (kind == PG_QUERY__NODE__NODE_CONSTRAINT) {
        node->constraint = static_cast<PgQuery__Constraint *>(std::malloc(sizeof(PgQuery__Constraint)));
        pg_query__constraint__init(node->constraint);
    } else if (kind == PG_QUERY__NODE__NODE_STRING) {
        node->string = static_cast<PgQuery__String *>(std::malloc(sizeof(PgQuery__String)));
        pg_query__string__init(node->string);
    }
    auto **grown = static_cast<PgQuery__Node **>(std::malloc((*count + 1) * sizeof(PgQuery__Node *)));
    for (size_t i = 0; i < *count; ++i)
        grown[i] = (*nodes)[i];
    grown[*count] = node;
    std::free(*nodes);
    *nodes = grown;
    ++*count;
    return node;
}

std::optional<QString> withExtraCondition(const PgQuery__Node *statement, const QString &condition)
{
    if (!statement || (statement->node_case != PG_QUERY__NODE__NODE_UPDATE_STMT && statement->node_case != PG_QUERY__NODE__NODE_DELETE_STMT))
        return std::nullopt;
    // The condition's tree, from a statement that holds it: "true AND (condition)", whose first
    // argument is then replaced by the original WHERE.
    const QByteArray text = QStringLiteral("SELECT 1 WHERE true AND (%1)").arg(condition).toUtf8();
    PgQueryProtobufParseResult parsed = pg_query_parse_protobuf(text.constData());
    std::optional<QString> sql;
    if (!parsed.error) {
        PgQuery__ParseResult *tree = pg_query__parse_result__unpack(nullptr, parsed.parse_tree.len, reinterpret_cast<const uint8_t *>(parsed.parse_tree.data));
        if (tree && tree->n_stmts == 1 && tree->stmts[0]->stmt->node_case == PG_QUERY__NODE__NODE_SELECT_STMT) {
            PgQuery__Node *combined = copyNode(tree->stmts[0]->stmt->select_stmt->where_clause);
            EditableStatement copy(statement);
            if (combined && copy.isValid() && combined->node_case == PG_QUERY__NODE__NODE_BOOL_EXPR && combined->bool_expr->n_args == 2) {
                PgQuery__Node **where = copy.node()->node_case == PG_QUERY__NODE__NODE_UPDATE_STMT ? &copy.node()->update_stmt->where_clause
                                                                                                   : &copy.node()->delete_stmt->where_clause;
                if (*where && (*where)->node_case == PG_QUERY__NODE__NODE_BOOL_EXPR
                    && (*where)->bool_expr->boolop == PG_QUERY__BOOL_EXPR_TYPE__AND_EXPR) {
                    // "a AND b" gets the condition as one more argument, as the parser reads
                    // "a AND b AND (condition)".
                    PgQuery__BoolExpr *conjunction = (*where)->bool_expr;
                    PgQuery__Node *range = combined->bool_expr->args[1];
                    combined->bool_expr->n_args = 1;
                    pg_query__node__free_unpacked(combined, nullptr);
                    auto **grown = static_cast<PgQuery__Node **>(std::malloc((conjunction->n_args + 1) * sizeof(PgQuery__Node *)));
                    for (size_t i = 0; i < conjunction->n_args; ++i)
                        grown[i] = conjunction->args[i];
                    grown[conjunction->n_args] = range;
                    std::free(conjunction->args);
                    conjunction->args = grown;
                    ++conjunction->n_args;
                } else if (*where) {
                    pg_query__node__free_unpacked(combined->bool_expr->args[0], nullptr);
                    combined->bool_expr->args[0] = *where; // now owned by combined
                    *where = combined;
                } else {
                    *where = combined->bool_expr->args[1];
                    combined->bool_expr->n_args = 1; // args[1] moved out; args[0] freed with combined
                    pg_query__node__free_unpacked(combined, nullptr);
                }
                combined = nullptr;
                sql = copy.toSql();
            }
            if (combined)
                pg_query__node__free_unpacked(combined, nullptr);
        }
        if (tree)
            pg_query__parse_result__free_unpacked(tree, nullptr);
    }
    pg_query_free_protobuf_parse_result(parsed);
    return sql;
}

namespace {

// The statement "SELECT <template>" parsed, with a hook to put a copy of the caller's node in it,
// deparsed, and the "SELECT " prefix taken off.
std::optional<QString> selectPrinted(const char *templateSql, const std::function<bool(PgQuery__SelectStmt *)> &place)
{
    PgQueryProtobufParseResult parsed = pg_query_parse_protobuf(templateSql);
    std::optional<QString> text;
    if (!parsed.error) {
        PgQuery__ParseResult *tree = pg_query__parse_result__unpack(nullptr, parsed.parse_tree.len, reinterpret_cast<const uint8_t *>(parsed.parse_tree.data));
        if (tree && tree->n_stmts == 1 && tree->stmts[0]->stmt->node_case == PG_QUERY__NODE__NODE_SELECT_STMT && place(tree->stmts[0]->stmt->select_stmt)) {
            if (const std::optional<QString> sql = deparse(tree->stmts[0]->stmt)) {
                QString body = *sql;
                body.chop(1); // ";"
                if (body.startsWith(QLatin1StringView("SELECT ")))
                    text = body.mid(7);
            }
        }
        if (tree)
            pg_query__parse_result__free_unpacked(tree, nullptr);
    }
    pg_query_free_protobuf_parse_result(parsed);
    return text;
}

} // namespace

std::optional<QString> typeSql(const PgQuery__TypeName *type)
{
    if (!type)
        return std::nullopt;
    std::optional<QString> text = selectPrinted("SELECT NULL::int", [type](PgQuery__SelectStmt *select) {
        PgQuery__Node *value = select->n_target_list == 1 ? select->target_list[0]->res_target->val : nullptr;
        if (!value || value->node_case != PG_QUERY__NODE__NODE_TYPE_CAST)
            return false;
        std::vector<uint8_t> buffer(pg_query__type_name__get_packed_size(type));
        pg_query__type_name__pack(type, buffer.data());
        PgQuery__TypeName *copy = pg_query__type_name__unpack(nullptr, buffer.size(), buffer.data());
        if (!copy)
            return false;
        pg_query__type_name__free_unpacked(value->type_cast->type_name, nullptr);
        value->type_cast->type_name = copy;
        return true;
    });
    if (text && text->startsWith(QLatin1StringView("NULL::")))
        return text->mid(6);
    return std::nullopt;
}

std::optional<QString> expressionSql(const PgQuery__Node *expression)
{
    if (!expression)
        return std::nullopt;
    return selectPrinted("SELECT 1", [expression](PgQuery__SelectStmt *select) {
        if (select->n_target_list != 1)
            return false;
        PgQuery__Node *copy = copyNode(expression);
        if (!copy)
            return false;
        pg_query__node__free_unpacked(select->target_list[0]->res_target->val, nullptr);
        select->target_list[0]->res_target->val = copy;
        return true;
    });
}

QString firstBatchCondition(bool hasId, const QString &alias)
{
    const QString prefix = alias.isEmpty() ? QString() : alias + u'.';
    return hasId ? QStringLiteral("%1id BETWEEN 1 AND 10000").arg(prefix)
                 : QStringLiteral("%1ctid >= '(0,0)'::tid AND %1ctid < '(1000,0)'::tid").arg(prefix);
}

QString nextBatchNote(bool hasId)
{
    return hasId ? tr("-- the first batch; repeat with id BETWEEN 10001 AND 20000 and so on up to max(id),\n"
                      "-- each batch in its own transaction (outside the migration's transaction):")
                 : tr("-- the first batch (pages 0 to 999); repeat with the next 1000 pages up to the table's size,\n"
                      "-- each batch in its own transaction (outside the migration's transaction):");
}

namespace {

QString validateLater(const QString &table, const QString &name)
{
    return tr("-- in a later migration (its own transaction), once the constraint holds for the new rows:") + u'\n'
        + QStringLiteral("ALTER TABLE %1 VALIDATE CONSTRAINT %2;").arg(quoteQualified(table), quoteIdentifier(name));
}

QString referentialAction(const char *action)
{
    switch (action && *action ? *action : 'a') {
    case 'r':
        return QStringLiteral("RESTRICT");
    case 'c':
        return QStringLiteral("CASCADE");
    case 'n':
        return QStringLiteral("SET NULL");
    case 'd':
        return QStringLiteral("SET DEFAULT");
    default:
        return {};
    }
}

} // namespace

std::optional<QString> notValidThenValidate(const PgQuery__Node *statement, int constraintLocation, const QString &table, const QString &defaultName)
{
    EditableStatement copy(statement);
    if (!copy.isValid())
        return std::nullopt;
    auto *constraint = reinterpret_cast<PgQuery__Constraint *>(findAt(&copy.node()->base, &pg_query__constraint__descriptor, constraintLocation));
    if (!constraint)
        return std::nullopt;
    constraint->skip_validation = true;
    constraint->initially_valid = false;
    QString name = constraint->conname && *constraint->conname ? QString::fromUtf8(constraint->conname) : QString();
    if (name.isEmpty()) {
        name = defaultName;
        setString(&constraint->conname, name);
    }
    const std::optional<QString> sql = copy.toSql();
    if (!sql)
        return std::nullopt;
    return *sql + u'\n' + validateLater(table, name);
}

std::optional<QString> foreignKeyOfNewColumnSplit(const PgQuery__Node *statement, int columnLocation, const QString &table, const QString &name)
{
    EditableStatement copy(statement);
    if (!copy.isValid())
        return std::nullopt;
    auto *column = reinterpret_cast<PgQuery__ColumnDef *>(findAt(&copy.node()->base, &pg_query__column_def__descriptor, columnLocation));
    if (!column)
        return std::nullopt;
    // Take the REFERENCES out of the column, keeping what it says.
    QString references;
    for (size_t i = 0; i < column->n_constraints; ++i) {
        PgQuery__Node *node = column->constraints[i];
        if (node->node_case != PG_QUERY__NODE__NODE_CONSTRAINT || node->constraint->contype != PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN)
            continue;
        const PgQuery__Constraint *fk = node->constraint;
        QStringList referenced;
        for (size_t j = 0; j < fk->n_pk_attrs; ++j) {
            if (fk->pk_attrs[j]->node_case == PG_QUERY__NODE__NODE_STRING)
                referenced << quoteIdentifier(QString::fromUtf8(fk->pk_attrs[j]->string->sval));
        }
        QString target;
        if (fk->pktable) {
            target = fk->pktable->schemaname && *fk->pktable->schemaname ? quoteIdentifier(QString::fromUtf8(fk->pktable->schemaname)) + u'.' : QString();
            target += quoteIdentifier(QString::fromUtf8(fk->pktable->relname));
        }
        references = QStringLiteral("REFERENCES %1").arg(target);
        if (!referenced.isEmpty())
            references += QStringLiteral(" (%1)").arg(referenced.join(QStringLiteral(", ")));
        if (fk->fk_matchtype && *fk->fk_matchtype == 'f')
            references += QStringLiteral(" MATCH FULL");
        if (const QString action = referentialAction(fk->fk_del_action); !action.isEmpty())
            references += QStringLiteral(" ON DELETE ") + action;
        if (const QString action = referentialAction(fk->fk_upd_action); !action.isEmpty())
            references += QStringLiteral(" ON UPDATE ") + action;
        // The raw parse keeps DEFERRABLE and INITIALLY ... as attribute "constraints" after the
        // one they qualify: they go with the foreign key.
        size_t end = i + 1;
        bool deferrable = fk->deferrable, deferred = fk->initdeferred;
        while (end < column->n_constraints && column->constraints[end]->node_case == PG_QUERY__NODE__NODE_CONSTRAINT) {
            const PgQuery__ConstrType type = column->constraints[end]->constraint->contype;
            if (type == PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_DEFERRABLE)
                deferrable = true;
            else if (type == PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_DEFERRED)
                deferred = true;
            else if (type != PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_NOT_DEFERRABLE && type != PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_IMMEDIATE)
                break;
            ++end;
        }
        if (deferrable)
            references += deferred ? QStringLiteral(" DEFERRABLE INITIALLY DEFERRED") : QStringLiteral(" DEFERRABLE");
        for (size_t j = i; j < end; ++j)
            pg_query__node__free_unpacked(column->constraints[j], nullptr);
        for (size_t j = end; j < column->n_constraints; ++j)
            column->constraints[j - (end - i)] = column->constraints[j];
        column->n_constraints -= end - i;
        break;
    }
    if (references.isEmpty())
        return std::nullopt;
    const QString columnName = QString::fromUtf8(column->colname);
    const std::optional<QString> addColumn = copy.toSql();
    const QString addConstraint = QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 FOREIGN KEY (%3) %4 NOT VALID;")
                                      .arg(quoteQualified(table), quoteIdentifier(name), quoteIdentifier(columnName), references);
    if (!addColumn || !parses(addConstraint))
        return std::nullopt;
    return *addColumn + u'\n' + addConstraint + u'\n' + validateLater(table, name);
}

namespace {
// The files of a new migration in a layout, as its users name them.
QString newMigrationFiles(repository::Layout layout)
{
    using repository::Layout;
    switch (layout) {
    case Layout::Diesel:
        return QStringLiteral("<timestamp>_<name>/up.sql + down.sql");
    case Layout::Flyway:
        return QStringLiteral("V<next>__<name>.sql");
    case Layout::GolangMigrate:
        return QStringLiteral("<next>_<name>.up.sql + .down.sql");
    case Layout::Sqlx:
        return QStringLiteral("<next>_<name>.sql");
    case Layout::Dbmate:
        return QStringLiteral("<timestamp>_<name>.sql");
    case Layout::Prisma:
        return QStringLiteral("<timestamp>_<name>/migration.sql");
    case Layout::Sqitch:
        return QStringLiteral("sqitch add <name>");
    case Layout::Supabase:
        return QStringLiteral("supabase/migrations/<timestamp>_<name>.sql");
    case Layout::PlainNumbered:
        return QStringLiteral("<next>_<name>.sql");
    case Layout::Pop:
        return QStringLiteral("<timestamp>_<name>.up.sql + .down.sql");
    }
    return {};
}
} // namespace

QString ownMigrationNote(const repository::Migration &migration, const QString &what)
{
    using repository::Layout;
    QString where;
    switch (migration.layout) {
    case Layout::Diesel:
        where = tr("a new Diesel migration (%1) with a metadata.toml holding "
                   "run_in_transaction = false; one such statement per up.sql (Diesel sends the file as one query)")
                    .arg(newMigrationFiles(migration.layout));
        break;
    case Layout::Flyway:
        where = tr("a new Flyway migration V<next>__<name>.sql with V<next>__<name>.sql.conf holding executeInTransaction=false");
        break;
    case Layout::GolangMigrate:
        where = tr("a new golang-migrate migration %1 holding this statement alone (the file is sent as "
                   "one query)")
                    .arg(newMigrationFiles(migration.layout));
        break;
    case Layout::Sqlx:
        where = tr("a new sqlx migration <next>_<name>.sql whose first line is -- no-transaction");
        break;
    case Layout::Dbmate:
        where = tr("a new dbmate migration <timestamp>_<name>.sql whose up section starts -- migrate:up transaction:false");
        break;
    case Layout::Prisma:
        where = tr("a new Prisma migration %1 holding this statement alone (the file is sent as one query)")
                    .arg(newMigrationFiles(migration.layout));
        break;
    case Layout::Sqitch:
        where = tr("a new sqitch change whose deploy script has no BEGIN/COMMIT");
        break;
    case Layout::Supabase:
        where = tr("a new migration %1 holding this statement alone").arg(newMigrationFiles(migration.layout));
        break;
    case Layout::PlainNumbered:
        where = tr("a new migration file holding this statement alone, run outside a transaction");
        break;
    case Layout::Pop:
        where = tr("a migration run outside pop, which runs every migration in a transaction and has no way to turn it off "
                   "(for example psql, once, before the pop migration that needs it)");
        break;
    }
    return tr("-- %1: in %2.").arg(what, where);
}

QString endTransactionBefore(const StatementContext &context, const QString &after)
{
    const analysis::TransactionState &transaction = context.transaction;
    if (transaction.explicitBlock && !transaction.toolTransaction) {
        return tr("COMMIT;  -- end the transaction right after %1, then\n"
                  "BEGIN;   -- run the following statements in a new transaction (or migration)")
            .arg(after);
    }
    const QString layout = context.migration.layout == repository::Layout::PlainNumbered ? tr("the migration tool")
                                                                                         : repository::layoutName(context.migration.layout);
    const QString files = newMigrationFiles(context.migration.layout);
    if (transaction.singleQuery) {
        return tr("-- %1 sends this file as one query, which runs as one transaction:\n"
                  "-- move this statement and the ones after it into a new migration, %2,\n"
                  "-- so that %3 commits first (a COMMIT here would too, but a failure after it\n"
                  "-- would leave the migration half applied and not recorded).")
            .arg(layout, files, after);
    }
    return tr("-- %1 runs this migration in one transaction, and a COMMIT written here would end it early (transaction-nesting):\n"
              "-- move this statement and the ones after it into a new migration, %2,\n"
              "-- so that %3 commits first.")
        .arg(layout, files, after);
}

} // namespace migreview::rules::fixes
