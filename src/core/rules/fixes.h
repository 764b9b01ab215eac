#pragma once

#include "repository/repository.h"

#include <pg_query.h>
#include <pg_query/pg_query.pb-c.h>

#include <QString>
#include <QStringList>

#include <functional>
#include <initializer_list>
#include <optional>

// Safe rewrites built from the parse tree: a statement is copied, changed, and printed back with
// libpg_query's deparser, so every clause (UNIQUE, INCLUDE, WHERE, ON DELETE, ...) and every
// quoted name survives, and the rewrite is SQL that PostgreSQL parses.
namespace migreview::rules {
struct StatementContext;
}

namespace migreview::rules::fixes {

// A deep copy of a statement's tree that may be changed, then printed.
class EditableStatement
{
public:
    explicit EditableStatement(const PgQuery__Node *statement);
    ~EditableStatement();
    EditableStatement(const EditableStatement &) = delete;
    EditableStatement &operator=(const EditableStatement &) = delete;

    PgQuery__Node *node() { return m_node; }
    bool isValid() const { return m_node != nullptr; }
    // The statement as SQL, ending in ";"; nullopt when the deparser refuses it.
    std::optional<QString> toSql() const;

private:
    PgQuery__Node *m_node = nullptr;
};

// The statement as SQL, ending in ";" (long CREATE TABLE column lists one per line).
std::optional<QString> deparse(const PgQuery__Node *statement);

// Every message in the tree under root, depth first (the root too), found through protobuf-c's
// descriptors: visit returns false to stop.
void walk(ProtobufCMessage *root, const std::function<bool(ProtobufCMessage *)> &visit);
// The first message of this type (e.g. &pg_query__type_name__descriptor) whose "location" field
// equals location.
ProtobufCMessage *findAt(ProtobufCMessage *root, const ProtobufCMessageDescriptor *type, int location);

// name as PostgreSQL's quote_ident would write it: bare when it is a lower-case name that is not a
// keyword (other than an unreserved one), else in double quotes.
QString quoteIdentifier(const QString &name);
// "schema.table" with each part quoted as needed; relation names from analysis::relationName.
QString quoteQualified(const QString &name);

// Whether text parses as PostgreSQL (17) SQL.
bool parses(const QString &text);

// Replaces a string field of a message in a copied tree (the old one freed).
void setString(char **field, const QString &value);
// Replaces a type's names ({"pg_catalog", "int8"} prints as bigint; {"bigserial"}) and, when
// dropModifiers, removes its modifiers (varchar(32) -> text).
void setTypeName(PgQuery__TypeName *type, const QStringList &names, bool dropModifiers = false);
// The statement with one column changed: the ColumnDef at columnLocation (CREATE TABLE, ADD
// COLUMN, ALTER COLUMN TYPE), the whole statement printed.
std::optional<QString> withColumnChanged(const PgQuery__Node *statement, int columnLocation, const std::function<bool(PgQuery__ColumnDef *)> &change);
// Takes the column constraints of these types out of a copied column (freeing them); with
// NOT NULL among them, the column's is_not_null flag is cleared too.
void removeColumnConstraints(PgQuery__ColumnDef *column, std::initializer_list<PgQuery__ConstrType> types);
// Appends a new node (allocated with the copy's allocator) to a repeated node field.
PgQuery__Node *appendNode(size_t *count, PgQuery__Node ***nodes, PgQuery__Node__NodeCase kind);

// A type or an expression of a tree as SQL text ("varchar(20)", "status::text::order_status"),
// printed by the deparser (names quoted as needed).
std::optional<QString> typeSql(const PgQuery__TypeName *type);
std::optional<QString> expressionSql(const PgQuery__Node *expression);
// The condition of one batch over a table's rows: its id when the schema knows one, else pages.
QString firstBatchCondition(bool hasId, const QString &alias = {});
QString nextBatchNote(bool hasId);

// An UPDATE or DELETE with "AND condition" added to its WHERE (or condition as its WHERE);
// condition is SQL such as "id BETWEEN 1 AND 10000".
std::optional<QString> withExtraCondition(const PgQuery__Node *statement, const QString &condition);

// ALTER TABLE ... ADD CONSTRAINT (the constraint at constraintLocation) as NOT VALID, named
// (defaultName when it has none), then VALIDATE CONSTRAINT in a later migration: the statement
// with every other command kept, and the VALIDATE statement.
std::optional<QString> notValidThenValidate(const PgQuery__Node *statement, int constraintLocation, const QString &table, const QString &defaultName);

// ALTER TABLE t ADD COLUMN c ... REFERENCES r ...: the column added without its REFERENCES, the
// foreign key added NOT VALID with every clause (ON DELETE, ON UPDATE, MATCH, DEFERRABLE), then
// validated later.
std::optional<QString> foreignKeyOfNewColumnSplit(const PgQuery__Node *statement, int columnLocation, const QString &table, const QString &name);

// Where a statement that cannot run inside a transaction goes, in the tool's own terms: a new
// migration (its file names for this layout), and for Diesel the metadata.toml that turns the
// transaction off; a comment block to put above such a fix.
QString ownMigrationNote(const repository::Migration &migration, const QString &what);

// How to end the transaction a statement runs in before it, in the terms of whoever owns that
// transaction: "COMMIT; BEGIN;" inside the script's own BEGIN block, and otherwise (the tool
// wraps the script, or sends it as one query) a comment saying to move the statement and those
// after it to a new migration of this layout, since a COMMIT there would end the tool's
// transaction (transaction-nesting). after names what the transaction must end after.
QString endTransactionBefore(const StatementContext &context, const QString &after);

} // namespace migreview::rules::fixes
