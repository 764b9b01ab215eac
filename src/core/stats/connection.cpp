#include "connection.h"
#include "pgconnection.h"

#include <QCoreApplication>
#include <QStringList>


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
    const PgConnection connection = connectPg(dsn, "migreview connection test", &check.error, timeoutSeconds);
    if (!connection)
        return check;
    const int version = PQserverVersion(connection.get());
    check.serverVersion = QStringLiteral("%1.%2").arg(version / 10000).arg(version % 10000);
    check.database = QString::fromUtf8(PQdb(connection.get()));
    check.user = QString::fromUtf8(PQuser(connection.get()));
    return check;
}

} // namespace migreview::stats
