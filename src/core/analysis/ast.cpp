#include "ast.h"

#include <QHash>

namespace migreview::analysis {

QString relationName(const PgQuery__RangeVar *relation)
{
    if (!relation || !relation->relname)
        return {};
    const QString name = QString::fromUtf8(relation->relname);
    if (relation->schemaname && *relation->schemaname && qstrcmp(relation->schemaname, "public") != 0)
        return QString::fromUtf8(relation->schemaname) + u'.' + name;
    return name;
}

QString stringValue(const PgQuery__Node *node)
{
    if (node && node->node_case == PG_QUERY__NODE__NODE_STRING && node->string && node->string->sval)
        return QString::fromUtf8(node->string->sval);
    return {};
}

QStringList stringList(PgQuery__Node *const *nodes, size_t count)
{
    QStringList list;
    for (size_t i = 0; i < count; ++i)
        list.push_back(stringValue(nodes[i]));
    return list;
}

QString typeName(const PgQuery__TypeName *type)
{
    if (!type || type->n_names == 0)
        return {};
    return stringValue(type->names[type->n_names - 1]);
}

QString qualifiedTypeName(const PgQuery__TypeName *type)
{
    return type ? stringList(type->names, type->n_names).join(u'.') : QString();
}

bool hasTypeModifiers(const PgQuery__TypeName *type)
{
    return type && type->n_typmods > 0;
}

QString functionName(const PgQuery__FuncCall *call)
{
    if (!call || call->n_funcname == 0)
        return {};
    return stringValue(call->funcname[call->n_funcname - 1]).toLower();
}

namespace {

void walkMessage(const ProtobufCMessage *message, const std::function<bool(const PgQuery__Node *)> &visit);

void walkNode(const PgQuery__Node *node, const std::function<bool(const PgQuery__Node *)> &visit)
{
    if (!node || node->node_case == PG_QUERY__NODE__NODE__NOT_SET)
        return;
    if (!visit(node))
        return;
    const ProtobufCFieldDescriptor *field = protobuf_c_message_descriptor_get_field(&pg_query__node__descriptor, int(node->node_case));
    if (!field)
        return;
    const auto *child = *reinterpret_cast<const ProtobufCMessage *const *>(reinterpret_cast<const char *>(node) + field->offset);
    walkMessage(child, visit);
}

// Walks every message-typed field through the protobuf-c descriptors, so that no node type is
// forgotten (a hand-written switch over 250 node types would be).
void walkMessage(const ProtobufCMessage *message, const std::function<bool(const PgQuery__Node *)> &visit)
{
    if (!message)
        return;
    const ProtobufCMessageDescriptor *descriptor = message->descriptor;
    const char *base = reinterpret_cast<const char *>(message);
    for (unsigned i = 0; i < descriptor->n_fields; ++i) {
        const ProtobufCFieldDescriptor &field = descriptor->fields[i];
        if (field.type != PROTOBUF_C_TYPE_MESSAGE)
            continue;
        // A field inside a oneof counts only when it is the case in use.
        if (field.flags & PROTOBUF_C_FIELD_FLAG_ONEOF) {
            const auto selected = *reinterpret_cast<const uint32_t *>(base + field.quantifier_offset);
            if (selected != field.id)
                continue;
        }
        const bool isNode = field.descriptor == &pg_query__node__descriptor;
        if (field.label == PROTOBUF_C_LABEL_REPEATED) {
            const size_t count = *reinterpret_cast<const size_t *>(base + field.quantifier_offset);
            const auto *items = *reinterpret_cast<const ProtobufCMessage *const *const *>(base + field.offset);
            for (size_t k = 0; k < count; ++k) {
                if (isNode)
                    walkNode(reinterpret_cast<const PgQuery__Node *>(items[k]), visit);
                else
                    walkMessage(items[k], visit);
            }
        } else {
            const auto *child = *reinterpret_cast<const ProtobufCMessage *const *>(base + field.offset);
            if (isNode)
                walkNode(reinterpret_cast<const PgQuery__Node *>(child), visit);
            else
                walkMessage(child, visit);
        }
    }
}

} // namespace

void forEachNode(const PgQuery__Node *root, const std::function<bool(const PgQuery__Node *)> &visit)
{
    walkNode(root, visit);
}

void forEachFunctionCall(const PgQuery__Node *root, const std::function<void(const PgQuery__FuncCall *)> &visit)
{
    forEachNode(root, [&visit](const PgQuery__Node *node) {
        if (node->node_case == PG_QUERY__NODE__NODE_FUNC_CALL)
            visit(node->func_call);
        return true;
    });
}

int nodeLocation(const PgQuery__Node *node)
{
    const ProtobufCFieldDescriptor *field =
        node ? protobuf_c_message_descriptor_get_field(&pg_query__node__descriptor, int(node->node_case)) : nullptr;
    if (!field)
        return -1;
    const auto *message = *reinterpret_cast<const ProtobufCMessage *const *>(reinterpret_cast<const char *>(node) + field->offset);
    if (!message)
        return -1;
    const ProtobufCFieldDescriptor *location = protobuf_c_message_descriptor_get_field_by_name(message->descriptor, "location");
    if (!location || location->type != PROTOBUF_C_TYPE_INT32)
        return -1;
    return *reinterpret_cast<const int32_t *>(reinterpret_cast<const char *>(message) + location->offset);
}

const PgQuery__Constraint *findConstraint(const PgQuery__ColumnDef *column, PgQuery__ConstrType type)
{
    if (!column)
        return nullptr;
    for (size_t i = 0; i < column->n_constraints; ++i) {
        const PgQuery__Node *node = column->constraints[i];
        if (node->node_case == PG_QUERY__NODE__NODE_CONSTRAINT && node->constraint->contype == type)
            return node->constraint;
    }
    return nullptr;
}

bool isSerialType(const PgQuery__TypeName *type)
{
    if (!type || type->n_names != 1)
        return false;
    const QString name = typeName(type).toLower();
    return name == u"serial" || name == u"serial4" || name == u"bigserial" || name == u"serial8" || name == u"smallserial" || name == u"serial2";
}

QString ColumnType::display() const
{
    static const QHash<QString, QString> spelled{
        {QStringLiteral("int2"), QStringLiteral("smallint")},           {QStringLiteral("int4"), QStringLiteral("integer")},
        {QStringLiteral("int8"), QStringLiteral("bigint")},             {QStringLiteral("float4"), QStringLiteral("real")},
        {QStringLiteral("float8"), QStringLiteral("double precision")}, {QStringLiteral("bool"), QStringLiteral("boolean")},
        {QStringLiteral("bpchar"), QStringLiteral("char")},
    };
    QString text = spelled.value(name, name);
    if (!modifiers.isEmpty()) {
        QStringList parts;
        for (int m : modifiers)
            parts.push_back(QString::number(m));
        text += u'(' + parts.join(QStringLiteral(", ")) + u')';
    }
    return array ? text + QStringLiteral("[]") : text;
}

ColumnType columnType(const PgQuery__TypeName *type)
{
    ColumnType result;
    if (!type)
        return result;
    result.name = typeName(type);
    result.array = type->n_array_bounds > 0;
    for (size_t i = 0; i < type->n_typmods; ++i) {
        const PgQuery__Node *mod = type->typmods[i];
        if (mod->node_case == PG_QUERY__NODE__NODE_A_CONST && mod->a_const->val_case == PG_QUERY__A__CONST__VAL_IVAL)
            result.modifiers.push_back(mod->a_const->ival->ival);
        else
            result.unknownModifiers = true;
    }
    return result;
}

bool isTextLike(const QString &name)
{
    return name == u"varchar" || name == u"text";
}

// Whether PostgreSQL can change the column from `from` to `to` without rewriting the table
// (ATColumnChangeRequiresRewrite: a binary-coercible cast and no length-checking function).
Coercion coercion(const ColumnType &from, const ColumnType &to)
{
    if (from.unknownModifiers || to.unknownModifiers || from.array != to.array)
        return Coercion::Rewrite;
    if (from.name == to.name && from.modifiers == to.modifiers)
        return Coercion::Free;
    if (from.array)
        return Coercion::Rewrite; // element conversions of arrays go through an ArrayCoerceExpr
    if (isTextLike(from.name) && to.name == u"text")
        return Coercion::Free;
    if (isTextLike(from.name) && to.name == u"varchar") {
        if (to.modifiers.isEmpty())
            return Coercion::Free;
        if (from.name == u"varchar" && from.modifiers.size() == 1 && to.modifiers.size() == 1 && to.modifiers[0] >= from.modifiers[0])
            return Coercion::Free;
        return Coercion::Rewrite;
    }
    if (from.name == u"numeric" && to.name == u"numeric") {
        if (to.modifiers.isEmpty())
            return Coercion::Free;
        if (from.modifiers.isEmpty())
            return Coercion::Rewrite;
        const int fromScale = from.modifiers.value(1, 0), toScale = to.modifiers.value(1, 0);
        return toScale == fromScale && to.modifiers[0] >= from.modifiers[0] ? Coercion::Free : Coercion::Rewrite;
    }
    if (from.name == u"cidr" && to.name == u"inet" && to.modifiers.isEmpty())
        return Coercion::Free;
    if ((from.name == u"timestamp" && to.name == u"timestamptz") || (from.name == u"timestamptz" && to.name == u"timestamp")) {
        // Same precision (or none) only; precision changes go through a rounding function.
        return from.modifiers == to.modifiers ? Coercion::FreeIfUtc : Coercion::Rewrite;
    }
    return Coercion::Rewrite;
}

bool endsTransaction(const PgQuery__Node *statement)
{
    if (!statement || statement->node_case != PG_QUERY__NODE__NODE_TRANSACTION_STMT)
        return false;
    switch (statement->transaction_stmt->kind) {
    case PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_COMMIT:
    case PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_ROLLBACK:
    case PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_PREPARE:
        return true;
    default:
        return false;
    }
}

bool beginsTransaction(const PgQuery__Node *statement)
{
    return statement && statement->node_case == PG_QUERY__NODE__NODE_TRANSACTION_STMT
        && (statement->transaction_stmt->kind == PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_BEGIN
            || statement->transaction_stmt->kind == PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_START);
}

// The table a schema change is about, or empty.
QString schemaChangeTable(const PgQuery__Node *node)
{
    if (!node)
        return {};
    switch (node->node_case) {
    case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT:
        return node->alter_table_stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE ? relationName(node->alter_table_stmt->relation)
                                                                                      : QString();
    case PG_QUERY__NODE__NODE_INDEX_STMT:
        return relationName(node->index_stmt->relation);
    case PG_QUERY__NODE__NODE_RENAME_STMT:
        return node->rename_stmt->relation ? relationName(node->rename_stmt->relation) : QString();
    case PG_QUERY__NODE__NODE_CREATE_TRIG_STMT:
        return relationName(node->create_trig_stmt->relation);
    default:
        return {};
    }
}

// The table a bulk data change writes, or empty. INSERT ... VALUES of a few rows is not one.
QString bulkWriteTable(const PgQuery__Node *node)
{
    if (!node)
        return {};
    switch (node->node_case) {
    case PG_QUERY__NODE__NODE_UPDATE_STMT:
        return relationName(node->update_stmt->relation);
    case PG_QUERY__NODE__NODE_DELETE_STMT:
        return relationName(node->delete_stmt->relation);
    case PG_QUERY__NODE__NODE_MERGE_STMT:
        return relationName(node->merge_stmt->relation);
    case PG_QUERY__NODE__NODE_INSERT_STMT: {
        const PgQuery__Node *select = node->insert_stmt->select_stmt;
        const bool fromQuery = select && select->node_case == PG_QUERY__NODE__NODE_SELECT_STMT && select->select_stmt->n_values_lists == 0;
        return fromQuery ? relationName(node->insert_stmt->relation) : QString();
    }
    default:
        return {};
    }
}

} // namespace migreview::analysis
