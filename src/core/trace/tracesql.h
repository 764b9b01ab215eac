#pragma once

#include "stats/pgconnection.h"

#include <QString>
#include <QStringList>

#include <libpq-fe.h>

#include <memory>
#include <vector>

// The small libpq vocabulary the trace speaks (trace.cpp, scratchcopy.cpp).
namespace migreview::trace {

using Connection = stats::PgConnection;
using Result = std::unique_ptr<PGresult, decltype(&PQclear)>;
using stats::serverMessage;

// A connection to `database` of the dsn's server (the dsn's own database when empty).
Connection connect(const QString &dsn, const QString &database, QString *error);

// Runs sql with text parameters; rows of text cells (null as a null QString), or false with *error.
bool query(PGconn *connection, const QString &sql, const QStringList &parameters, std::vector<QStringList> *rows, QString *error);

QString quoteIdentifier(PGconn *connection, const QString &name);
// A table name as written in a migration ("orders", "app.orders") as a quoted SQL name.
QString quoteTable(PGconn *connection, const QString &table);

} // namespace migreview::trace
