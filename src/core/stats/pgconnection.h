#pragma once

#include <QString>

#include <libpq-fe.h>

#include <memory>

// One way to open a libpq connection for the whole engine (snapshot, calibration, connection test,
// trace): the dsn may be a connection string or a URI, an unreachable host gives up after a
// timeout, and the server sees who is asking (application_name).
namespace migreview::stats {

struct PgConnectionCloser
{
    void operator()(PGconn *connection) const { PQfinish(connection); }
};
using PgConnection = std::unique_ptr<PGconn, PgConnectionCloser>;

// Connects; database, when given, replaces the dsn's (libpq: a later dbname overrides the first).
// On failure the result is null and *error says why in one sentence ("cannot connect to the
// database: ...").
PgConnection connectPg(const QString &dsn, const char *applicationName, QString *error, int timeoutSeconds = 10, const QString &database = {});

// libpq's last message for the connection, trimmed.
QString serverMessage(PGconn *connection);

} // namespace migreview::stats
