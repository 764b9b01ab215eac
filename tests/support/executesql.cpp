#include "temporarypostgres.h"

#include <libpq-fe.h>

bool executeSql(const QString &connection, const char *sql, QString *error)
{
    PGconn *conn = PQconnectdb(connection.toUtf8().constData());
    bool ok = PQstatus(conn) == CONNECTION_OK;
    if (ok) {
        PGresult *result = PQexec(conn, sql);
        ok = PQresultStatus(result) == PGRES_COMMAND_OK || PQresultStatus(result) == PGRES_TUPLES_OK;
        PQclear(result);
    }
    if (!ok && error)
        *error = QString::fromUtf8(PQerrorMessage(conn));
    PQfinish(conn);
    return ok;
}
