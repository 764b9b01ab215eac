#include "pgconnection.h"

#include <QCoreApplication>

namespace migreview::stats {

PgConnection connectPg(const QString &dsn, const char *applicationName, QString *error, int timeoutSeconds, const QString &database)
{
    const QByteArray dsnBytes = dsn.toUtf8();
    const QByteArray databaseBytes = database.toUtf8();
    const QByteArray timeout = QByteArray::number(timeoutSeconds);
    // expand_dbname: the first dbname may be a whole connection string or URI.
    const char *keywords[] = {"dbname", "connect_timeout", "application_name", database.isEmpty() ? nullptr : "dbname", nullptr};
    const char *values[] = {dsnBytes.constData(), timeout.constData(), applicationName, databaseBytes.constData(), nullptr};
    PgConnection connection(PQconnectdbParams(keywords, values, 1));
    if (!connection || PQstatus(connection.get()) != CONNECTION_OK) {
        if (error) {
            const QString message = connection ? serverMessage(connection.get()) : QCoreApplication::translate("migreview::stats", "out of memory");
            *error = QCoreApplication::translate("migreview::stats", "cannot connect to the database: %1").arg(message);
        }
        connection.reset();
    }
    return connection;
}

QString serverMessage(PGconn *connection)
{
    // libpq folds some messages over lines with tabs ("server closed the connection
    // unexpectedly\n\tThis probably means..."); the callers put them in one sentence.
    return QString::fromUtf8(PQerrorMessage(connection)).simplified();
}

} // namespace migreview::stats
