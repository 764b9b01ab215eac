#pragma once

#include <QString>

// Connecting to a staging server: a libpq connection string from a form's fields, and a check
// that the server answers, before a capture.
namespace migreview::stats {

struct ConnectionParameters
{
    QString service; // a libpq service name (pg_service.conf); the other fields override it
    QString host; // a name, an address or a Unix socket folder
    QString port;
    QString database;
    QString user;
    QString password; // kept in memory only, never written anywhere
};

// A libpq keyword/value string of the fields that are set, each value quoted as libpq wants.
QString connectionString(const ConnectionParameters &parameters);

struct ConnectionCheck
{
    QString error; // empty when connected
    QString serverVersion; // "17.2"
    QString database;
    QString user;
    bool ok() const { return error.isEmpty(); }
};

// Connects, asks who and where it is, and disconnects; reads nothing else. One sentence on error.
ConnectionCheck testConnection(const QString &dsn, int timeoutSeconds = 10);

} // namespace migreview::stats
