#pragma once

#include "ast.h"
#include "layeredhash.h"

#include <pg_query.pb-c.h>

#include <QHash>
#include <QSet>
#include <QString>

#include <optional>

namespace migreview::analysis {

// What the migrations seen so far did to the database. Rules ask it questions such as "was this
// table created in this set, and is it still empty?", which is how they avoid flagging an index
// built on a table that has no rows yet.
class SchemaState
{
public:
    struct Table
    {
        QString createdInFile; // empty when the table existed before this set
        int createdInScript = -1; // serial of the script that created it
        int createdInMigration = -1; // serial of the migration that created it
        bool hasData = false; // rows were inserted or copied into it after it was created
        QSet<QString> columnsAdded; // columns added by this set
    };

    // Updates the state with one statement's effects. scriptSerial numbers the scripts in order.
    void apply(const PgQuery__Node *statement, int scriptSerial, const QString &file);

    const Table *table(const QString &name) const;
    bool isCreatedInSet(const QString &name) const;
    // Created by the migration being checked and no rows put in since: rewriting, locking or
    // indexing it is instant. A table created by an earlier migration is not: migrations are
    // deployed one by one, and the application fills the table in between.
    bool isNewAndEmpty(const QString &name) const;
    void beginMigration(int migrationSerial) { m_currentMigration = migrationSerial; }
    bool isCreatedInScript(const QString &name, int scriptSerial) const;
    bool isColumnAddedInSet(const QString &table, const QString &column) const;
    // Constraint names added NOT VALID and not yet validated.
    bool isConstraintNotValid(const QString &table, const QString &constraint) const;
    // The type the set gave a column (CREATE TABLE, ADD COLUMN, ALTER COLUMN TYPE), if it did.
    std::optional<ColumnType> columnType(const QString &table, const QString &column) const;
    // The table of an index this set created ("schema.index" or "index"), or empty when unknown.
    QString tableOfIndex(const QString &index) const { return m_indexTables.value(index); }
    // The columns of an index this set created, in order; nullopt when unknown or an expression's.
    std::optional<QStringList> indexColumns(const QString &index) const;
    // Whether the set made the column NOT NULL (in CREATE TABLE, ADD COLUMN, SET NOT NULL or a
    // primary key) and has not dropped that since.
    bool isColumnNotNull(const QString &table, const QString &column) const;
    // Whether a validated CHECK (column IS NOT NULL) is on the table: added without NOT VALID, or
    // validated since (PostgreSQL 12+ then sets NOT NULL without a scan).
    bool hasValidatedNotNullCheck(const QString &table, const QString &column) const;
    // The name of a CHECK (column IS NOT NULL) on the table added NOT VALID and not validated yet,
    // or empty.
    QString unvalidatedNotNullCheck(const QString &table, const QString &column) const;
    // Whether the set gave the table an index (a non-partial index, one whose WHERE only leaves out
    // nulls of its columns, a primary key or a unique constraint) whose leading columns are exactly
    // these, in any order: what a foreign key's lookups from the referenced table need. Only
    // meaningful for tables created in the set.
    bool hasIndexLeadingWith(const QString &table, const QStringList &columns) const;
    // How volatile the function the set created under this name is (for several overloads, the
    // most volatile): 'i', 's' or 'v' as in pg_proc.provolatile; 0 when the set created none.
    char functionVolatility(const QString &name) const { return m_functions.value(name); }

private:
    // Layered, not plain QHash: the state is copied for every migration and script (see LayeredHash).
    LayeredHash<QString, Table> m_tables;
    LayeredHash<QString, QString> m_indexTables; // index name -> table name
    LayeredHash<QString, QHash<QString, ColumnType>> m_columnTypes; // table -> column -> type
    int m_currentMigration = 0;
    LayeredHash<QString, bool> m_notValidConstraints; // "table/constraint" -> true
    LayeredHash<QString, QStringList> m_indexColumns; // index name -> its columns ("" for an expression)
    LayeredHash<QString, QSet<QString>> m_notNullColumns; // table -> columns made NOT NULL
    LayeredHash<QString, QHash<QString, QString>> m_notNullChecks; // table -> CHECK (col IS NOT NULL) name -> col
    LayeredHash<QString, char> m_functions; // function name (last part, lower case) -> provolatile
    LayeredHash<QString, QHash<QString, QStringList>> m_tableIndexes; // table -> index or constraint name -> columns

    void setNotNull(const QString &table, const QString &column, bool notNull);
    // A table or column constraint (column: the column a column constraint is declared on).
    void addConstraint(const QString &table, const PgQuery__Constraint *constraint, const QString &column = {});
};

// The transaction block and session settings in force before a statement of a script.
struct TransactionState
{
    bool toolTransaction = false; // the tool wraps the whole script in a transaction
    // The tool sends the file as one multi-statement query (golang-migrate, Prisma, Diesel without
    // a transaction): PostgreSQL runs it as one implicit transaction; a BEGIN in it takes the
    // statements before it into its block, and after a COMMIT the rest is a new implicit one.
    bool singleQuery = false;
    bool explicitBlock = false; // inside BEGIN ... COMMIT written in the script
    int nesting = 0; // BEGINs seen inside a block (transaction-nesting)
    bool lockTimeoutSet = false;
    bool statementTimeoutSet = false;
    // SET LOCAL ends with the transaction block, and ROLLBACK undoes any SET made in it: the
    // settings in force when the block began, and whether this block set them LOCAL.
    bool lockTimeoutAtBegin = false;
    bool statementTimeoutAtBegin = false;
    bool lockTimeoutLocal = false;
    bool statementTimeoutLocal = false;
    // Tables locked ACCESS EXCLUSIVE by earlier statements of the current transaction.
    QSet<QString> accessExclusiveTables;
    // Of those, the ones locked since the last statement that took time (and not dropped since),
    // with the command tag of the statement that took the lock: lock-held-after-access-exclusive
    // reports each lock once, at the first slow statement after it. The linter keeps this.
    QHash<QString, QString> locksWithoutSlowStatement;
    // Tables a DELETE without WHERE or a TRUNCATE emptied earlier in the script and nothing filled
    // since (kept over the whole script, not only a transaction).
    QSet<QString> emptiedTables;
    // Per table, the command tag of the first schema change and of the first bulk data change of
    // the current transaction (the linter records them as it walks the script).
    QHash<QString, QString> schemaChanges;
    QHash<QString, QString> bulkWrites;
    int ddlStatements = 0; // in the current transaction
    int dmlStatements = 0;

    bool inTransaction() const { return toolTransaction || explicitBlock || singleQuery; }
    // Updates the state after a statement ran (BEGIN, COMMIT, SET, ...).
    void apply(const PgQuery__Node *statement);
};

} // namespace migreview::analysis
