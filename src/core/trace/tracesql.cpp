#include "trace/tracesql.h"

namespace migreview::trace {

Connection connect(const QString &dsn, const QString &database, QString *error)
{
    return stats::connectPg(dsn, "migreview trace", error, 10, database);
}

bool query(PGconn *connection, const QString &sql, const QStringList &parameters, std::vector<QStringList> *rows, QString *error)
{
    std::vector<QByteArray> bytes;
    std::vector<const char *> values;
    for (const QString &parameter : parameters)
        bytes.push_back(parameter.toUtf8());
    for (const QByteArray &value : bytes)
        values.push_back(value.constData());
    Result result(PQexecParams(connection, sql.toUtf8().constData(), int(values.size()), nullptr, values.data(), nullptr, nullptr, 0), &PQclear);
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK) {
        if (error)
            *error = serverMessage(connection);
        return false;
    }
    if (rows) {
        rows->clear();
        for (int row = 0; row < PQntuples(result.get()); ++row) {
            QStringList cells;
            for (int column = 0; column < PQnfields(result.get()); ++column)
                cells.push_back(PQgetisnull(result.get(), row, column) ? QString() : QString::fromUtf8(PQgetvalue(result.get(), row, column)));
            rows->push_back(cells);
        }
    }
    return true;
}

QString quoteIdentifier(PGconn *connection, const QString &name)
{
    const QByteArray bytes = name.toUtf8();
    char *quoted = PQescapeIdentifier(connection, bytes.constData(), size_t(bytes.size()));
    const QString result = quoted ? QString::fromUtf8(quoted) : QString();
    PQfreemem(quoted);
    return result;
}

QString quoteTable(PGconn *connection, const QString &table)
{
    const qsizetype dot = table.indexOf(u'.');
    return dot < 0 ? quoteIdentifier(connection, table) : quoteIdentifier(connection, table.left(dot)) + u'.' + quoteIdentifier(connection, table.mid(dot + 1));
}

} // namespace migreview::trace
