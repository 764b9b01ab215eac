#include "connection.h"

#include <QCoreApplication>
#include <QStringList>

#include <libpq-fe.h>

#include <memory>

namespace migreview::stats {

namespace {

// libpq's quoting: single quotes around the value, backslash before ' and \.
QString quoted(QString value)
{
    return u'\'' + value.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'")) + u'\'';
}

} // namespace

QString connectionString(const ConnectionParameters &parameters)
{
    const std::pair<const char *, const QString *> fields[] = {
        {"service", &parameters.service}, {"host", &parameters.host}, {"port", &parameters.port},
        {"dbname", &parameters.database}, {"user", &parameters.user}, {"password", &parameters.password},
    };
    QStringList parts;
    for (const auto &[keyword, value] : fields) {
        if (!value->isEmpty())
            parts.push_back(QString::fromLatin1(keyword) + u'=' + quoted(*value));
    }
    return parts.join(u' ');
}

ConnectionCheck testConnection(const QString &dsn, int timeoutSeconds)
{
    ConnectionCheck check;
    const QByteArray dsnBytes = dsn.toUtf8();
    const QByteArray timeout = QByteArray::number(timeoutSeconds);
    const char *keywords[] = {"dbname", "connect_timeout", "application_name", nullptr};
    const char *values[] = {dsnBytes.constData(), timeout.constData(), "migreview connection test", nullptr};
    const std::unique_ptr<PGconn, decltype(&PQfinish)> connection(PQconnectdbParams(keywords, values, 1), &PQfinish);
    if (!connection || PQstatus(connection.get()) != CONNECTION_OK) {
        const QString message = connection ? QString::fromUtf8(PQerrorMessage(connection.get())).trimmed()
                                           : QCoreApplication::translate("migreview::stats", "out of memory");
        check.error = QCoreApplication::translate("migreview::stats", "cannot connect to the database: %1").arg(message);
        return check;
    }
    const int version = PQserverVersion(connection.get());
    check.serverVersion = QStringLiteral("%1.%2").arg(version / 10000).arg(version % 10000);
    check.database = QString::fromUtf8(PQdb(connection.get()));
    check.user = QString::fromUtf8(PQuser(connection.get()));
    return check;
}

} // namespace migreview::stats
