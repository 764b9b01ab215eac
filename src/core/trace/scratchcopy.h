#pragma once

#include <QString>
#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

// The scratch copy made without CREATE DATABASE ... TEMPLATE (docs/trace.md, "Scratch copies"):
// the source's whole schema and the data of the tables the migrations touch, copied with
// pg_dump and psql (schema) and COPY (data) into an empty database, on the same server or on a
// local PostgreSQL 17 that migreview starts. The source is read in one read-only transaction.
namespace migreview::trace {

enum class ScratchMethod {
    Automatic, // TEMPLATE; when refused, a copy on the same server; when that is refused, local
    Template, // CREATE DATABASE ... TEMPLATE source
    Copy, // an empty database on the same server, filled by copying
    Local, // a PostgreSQL 17 that migreview starts in a temporary folder, filled by copying
};
QString scratchMethodName(ScratchMethod method); // "auto", "template", "copy", "local" (CLI, JSON)
std::optional<ScratchMethod> scratchMethodFromName(const QString &name);

struct CopiedTable
{
    QString table;
    qint64 sourceRows = 0; // the source's row count (its estimate when the table was sampled)
    qint64 copiedRows = 0;
    bool sampled = false; // a TABLESAMPLE BERNOULLI of about the row limit, not the whole table
};

struct CopyRequest
{
    QString sourceDsn;
    QString targetDsn; // the server of the empty database to fill
    QString targetDatabase; // its name
    QStringList tables; // as the migrations name them; their foreign-key parents come too
    qint64 rowLimit = 1000000; // larger tables are sampled down to about this many rows
    bool createRoles = false; // a fresh server: make the source's roles (NOLOGIN) first
    std::function<bool()> cancelled; // asked between tables
};

struct CopyOutcome
{
    std::vector<CopiedTable> tables;
    QStringList notes; // what differs from the source: constraints left NOT VALID, failures after the data
};

// Fills request.targetDsn; false with *error (the target is then in an unknown state: drop it).
bool copyIntoScratch(const CopyRequest &request, CopyOutcome *outcome, QString *error);

// The folder holding pg_dump and psql: MIGREVIEW_PG_BINDIR, PostgreSQL 17's Debian folder,
// or PATH; empty with *error when there is none.
QString findClientPrograms(QString *error);

} // namespace migreview::trace
