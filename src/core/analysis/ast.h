#pragma once

// Small readers over libpg_query's protobuf-c parse tree, shared by the schema state and the rules.
#include <pg_query.pb-c.h>

#include <QString>
#include <QStringList>

#include <functional>

namespace migreview::analysis {

// "schema.name" or "name" (unqualified names are compared as written, lower-cased by the parser).
QString relationName(const PgQuery__RangeVar *relation);
// The table a schema change is about (ALTER TABLE, CREATE INDEX, a column rename, CREATE
// TRIGGER), or empty.
QString schemaChangeTable(const PgQuery__Node *node);
// The table a bulk data change writes (UPDATE, DELETE, MERGE, INSERT ... SELECT), or empty.
QString bulkWriteTable(const PgQuery__Node *node);
QString stringValue(const PgQuery__Node *node); // a String node's value, else empty
QStringList stringList(PgQuery__Node *const *nodes, size_t count);
// The type's last name part as PostgreSQL spells it internally: "int4", "varchar", "timestamptz".
QString typeName(const PgQuery__TypeName *type);
QString qualifiedTypeName(const PgQuery__TypeName *type); // "pg_catalog.int4"
bool hasTypeModifiers(const PgQuery__TypeName *type);
bool isSerialType(const PgQuery__TypeName *type); // serial, bigserial, smallserial and their aliases
QString functionName(const PgQuery__FuncCall *call); // last part, lower-case: "now"

// A column's type as written, for comparing an old type with a new one.
struct ColumnType
{
    QString name; // internal name: varchar, numeric, timestamptz, ...
    QList<int> modifiers; // integer type modifiers: varchar(20) -> {20}
    bool array = false;
    bool unknownModifiers = false; // a modifier that is not an integer constant
    QString display() const; // "varchar(20)", "integer", "numeric(10, 2)[]"
};
ColumnType columnType(const PgQuery__TypeName *type);

bool isTextLike(const QString &name); // text, varchar, bpchar...
// Whether PostgreSQL changes a column from `from` to `to` without rewriting the table
// (ATColumnChangeRequiresRewrite): FreeIfUtc is timestamp <-> timestamptz, free from 12 when the
// session TimeZone is UTC.
enum class Coercion { Rewrite, Free, FreeIfUtc };
Coercion coercion(const ColumnType &from, const ColumnType &to);

// Calls visit on every node under root (root included), depth first; stops descending below a
// node when visit returns false.
void forEachNode(const PgQuery__Node *root, const std::function<bool(const PgQuery__Node *)> &visit);
// Every FuncCall under root.
void forEachFunctionCall(const PgQuery__Node *root, const std::function<void(const PgQuery__FuncCall *)> &visit);

// A node's "location" field (a byte offset in the text the parser saw; see Statement::fileOffset), or -1.
int nodeLocation(const PgQuery__Node *node);

// COMMIT, ROLLBACK, PREPARE TRANSACTION / BEGIN, START TRANSACTION.
bool endsTransaction(const PgQuery__Node *statement);
bool beginsTransaction(const PgQuery__Node *statement);

// The constraints of a column definition, by type.
const PgQuery__Constraint *findConstraint(const PgQuery__ColumnDef *column, PgQuery__ConstrType type);

} // namespace migreview::analysis
