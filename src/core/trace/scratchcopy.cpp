#include "trace/scratchcopy.h"

#include "trace/tracesql.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cmath>

namespace migreview::trace {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("migreview::trace", text);
}

// A dsn as pg_dump and psql take it. The password travels in PGPASSWORD, never on a command line
// that every user of the machine can read in the process list.
struct ToolConnection
{
    QString conninfo;
    QString password;
};

bool toolConnection(const QString &dsn, const QString &database, ToolConnection *connection, QString *error)
{
    char *message = nullptr;
    PQconninfoOption *options = PQconninfoParse(dsn.toUtf8().constData(), &message);
    if (!options) {
        *error = tr("the connection string cannot be read: %1").arg(message ? QString::fromUtf8(message).trimmed() : QString());
        PQfreemem(message);
        return false;
    }
    QStringList parts;
    for (const PQconninfoOption *option = options; option->keyword; ++option) {
        const bool isDatabase = qstrcmp(option->keyword, "dbname") == 0;
        QString value = isDatabase && !database.isEmpty() ? database : QString::fromUtf8(option->val);
        if (value.isEmpty())
            continue;
        if (qstrcmp(option->keyword, "password") == 0) {
            connection->password = value;
            continue;
        }
        value.replace(u'\\', QStringLiteral("\\\\")).replace(u'\'', QStringLiteral("\\'"));
        parts << QStringLiteral("%1='%2'").arg(QString::fromUtf8(option->keyword), value);
    }
    PQconninfoFree(options);
    connection->conninfo = parts.join(u' ');
    return true;
}

// Runs one of PostgreSQL's programs to the end, feeding it input; false with *error when it
// could not run or failed.
bool runProgram(const QString &program, const QStringList &arguments, const ToolConnection &connection, const QByteArray &input, QByteArray *output, QString *diagnostics,
                QString *error)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("PGPASSWORD"));
    if (!connection.password.isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), connection.password);
    environment.insert(QStringLiteral("PGAPPNAME"), QStringLiteral("migreview trace"));
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForStarted(15000)) {
        *error = tr("cannot run %1: %2").arg(program, process.errorString());
        return false;
    }
    process.write(input);
    process.closeWriteChannel();
    // No time limit: a large schema takes its time, and statement_timeout is the server's business.
    process.waitForFinished(-1);
    if (output)
        *output = process.readAllStandardOutput();
    *diagnostics = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = tr("%1 failed (exit code %2): %3").arg(QFileInfo(program).fileName()).arg(process.exitCode()).arg(*diagnostics);
        return false;
    }
    return true;
}

// One section of the source's schema, as pg_dump writes it for a restore by another owner on
// another server: no owners, privileges, tablespaces, publications or subscriptions (a copied
// subscription would start replicating).
bool dumpSection(const QString &bin, const ToolConnection &source, const QString &section, const QString &snapshot, QByteArray *sql, QString *error)
{
    QStringList arguments{QStringLiteral("--section=") + section, QStringLiteral("--no-owner"),       QStringLiteral("--no-privileges"),
                          QStringLiteral("--no-tablespaces"),    QStringLiteral("--no-publications"), QStringLiteral("--no-subscriptions"),
                          QStringLiteral("--no-security-labels"), QStringLiteral("--lock-wait-timeout=10000"),
                          QStringLiteral("--dbname=") + source.conninfo};
    if (!snapshot.isEmpty())
        arguments << QStringLiteral("--snapshot=") + snapshot;
    QString diagnostics;
    return runProgram(bin + QStringLiteral("/pg_dump"), arguments, source, {}, sql, &diagnostics, error);
}

// Plays sql into the target with psql; with stopOnError false the statements that fail are
// skipped and their messages returned in *failures.
bool restore(const QString &bin, const ToolConnection &target, const QByteArray &sql, bool stopOnError, QStringList *failures, QString *error)
{
    const QStringList arguments{QStringLiteral("--no-psqlrc"), QStringLiteral("--quiet"), QStringLiteral("--set"),
                                QStringLiteral("ON_ERROR_STOP=%1").arg(stopOnError ? 1 : 0), QStringLiteral("--dbname=") + target.conninfo};
    QString diagnostics;
    if (!runProgram(bin + QStringLiteral("/psql"), arguments, target, sql, nullptr, &diagnostics, error))
        return false;
    if (failures) {
        static const QRegularExpression errorLine(QStringLiteral("ERROR:\\s+(.*)$"));
        for (const QString &line : diagnostics.split(u'\n')) {
            const QRegularExpressionMatch match = errorLine.match(line);
            if (match.hasMatch())
                failures->push_back(match.captured(1).trimmed());
        }
    }
    return true;
}

// Streams the rows of a SELECT on the source into COPY ... FROM STDIN on the target.
bool copyRows(PGconn *source, PGconn *target, const QString &select, const QString &copyIn, qint64 *rows, QString *error)
{
    Result out(PQexec(source, QStringLiteral("COPY (%1) TO STDOUT").arg(select).toUtf8().constData()), &PQclear);
    if (PQresultStatus(out.get()) != PGRES_COPY_OUT) {
        *error = serverMessage(source);
        return false;
    }
    Result in(PQexec(target, copyIn.toUtf8().constData()), &PQclear);
    bool ok = PQresultStatus(in.get()) == PGRES_COPY_IN;
    if (!ok)
        *error = serverMessage(target);
    char *buffer = nullptr;
    int length = 0;
    while ((length = PQgetCopyData(source, &buffer, 0)) > 0) {
        if (ok && PQputCopyData(target, buffer, length) != 1) {
            *error = serverMessage(target);
            ok = false;
        }
        PQfreemem(buffer);
    }
    if (length == -2 && ok) {
        *error = serverMessage(source);
        ok = false;
    }
    while (PGresult *raw = PQgetResult(source)) {
        Result result(raw, &PQclear);
        if (PQresultStatus(result.get()) != PGRES_COMMAND_OK && ok) {
            *error = QString::fromUtf8(PQresultErrorMessage(result.get())).trimmed();
            ok = false;
        }
    }
    if (PQresultStatus(in.get()) != PGRES_COPY_IN)
        return false;
    PQputCopyEnd(target, ok ? nullptr : "the source could not be read");
    while (PGresult *raw = PQgetResult(target)) {
        Result result(raw, &PQclear);
        if (PQresultStatus(result.get()) != PGRES_COMMAND_OK) {
            if (ok)
                *error = QString::fromUtf8(PQresultErrorMessage(result.get())).trimmed();
            ok = false;
        } else if (rows) {
            *rows = QByteArray(PQcmdTuples(result.get())).toLongLong();
        }
    }
    return ok;
}

// The tables to fill: those named, resolved on the source, with the tables their foreign keys
// reference (else the copy's constraints would reject the rows), partitions as their root.
const char *TablesToCopy = R"sql(
WITH RECURSIVE named AS (
    SELECT coalesce(pg_partition_root(c.oid), c.oid) AS oid
    FROM unnest(string_to_array($1, E'\n')) AS n(name)
    JOIN pg_class c ON c.oid = to_regclass(n.name)
), wanted(oid) AS (
    SELECT oid FROM named
    UNION
    SELECT coalesce(pg_partition_root(con.confrelid), con.confrelid)
    FROM pg_constraint con JOIN wanted w ON con.conrelid = w.oid WHERE con.contype = 'f'
)
SELECT c.oid::regclass::text, c.reltuples::bigint,
       (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) FROM pg_attribute a
        WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '')
FROM wanted w JOIN pg_class c ON c.oid = w.oid
WHERE c.relkind IN ('r', 'p')
ORDER BY 1
)sql";

} // namespace

QString scratchMethodName(ScratchMethod method)
{
    switch (method) {
    case ScratchMethod::Automatic:
        return QStringLiteral("auto");
    case ScratchMethod::Template:
        return QStringLiteral("template");
    case ScratchMethod::Copy:
        return QStringLiteral("copy");
    case ScratchMethod::Local:
        return QStringLiteral("local");
    }
    return {};
}

std::optional<ScratchMethod> scratchMethodFromName(const QString &name)
{
    for (ScratchMethod method : {ScratchMethod::Automatic, ScratchMethod::Template, ScratchMethod::Copy, ScratchMethod::Local}) {
        if (scratchMethodName(method) == name)
            return method;
    }
    return std::nullopt;
}

QString findClientPrograms(QString *error)
{
    const auto holdsPrograms = [](const QString &folder) {
        return !folder.isEmpty() && QFileInfo(folder + QStringLiteral("/pg_dump")).isExecutable() && QFileInfo(folder + QStringLiteral("/psql")).isExecutable();
    };
    const QString fromEnvironment = qEnvironmentVariable("MIGREVIEW_PG_BINDIR");
    if (!fromEnvironment.isEmpty()) {
        if (holdsPrograms(fromEnvironment))
            return fromEnvironment;
        *error = tr("MIGREVIEW_PG_BINDIR is %1, which holds no pg_dump and psql").arg(fromEnvironment);
        return {};
    }
    const QString debian = QStringLiteral("/usr/lib/postgresql/17/bin");
    if (holdsPrograms(debian))
        return debian;
    const QString onPath = QFileInfo(QStandardPaths::findExecutable(QStringLiteral("pg_dump"))).absolutePath();
    if (!QStandardPaths::findExecutable(QStringLiteral("pg_dump")).isEmpty() && holdsPrograms(onPath))
        return onPath;
    *error = tr("copying a database needs pg_dump and psql: install postgresql-client-17 or set MIGREVIEW_PG_BINDIR to their folder");
    return {};
}

bool copyIntoScratch(const CopyRequest &request, CopyOutcome *outcome, QString *error)
{
    const QString bin = findClientPrograms(error);
    if (bin.isEmpty())
        return false;
    ToolConnection sourceTool, targetTool;
    if (!toolConnection(request.sourceDsn, {}, &sourceTool, error) || !toolConnection(request.targetDsn, request.targetDatabase, &targetTool, error))
        return false;
    Connection source = connect(request.sourceDsn, {}, error);
    if (!source)
        return false;
    Connection target = connect(request.targetDsn, request.targetDatabase, error);
    if (!target)
        return false;

    // The source is only read: one read-only transaction whose snapshot pg_dump shares, so that
    // schema and data are of the same moment.
    std::vector<QStringList> rows;
    if (!query(source.get(), QStringLiteral("SET default_transaction_read_only = on"), {}, nullptr, error)
        || !query(source.get(), QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"), {}, nullptr, error))
        return false;
    QString snapshot;
    if (query(source.get(), QStringLiteral("SELECT pg_export_snapshot()"), {}, &rows, nullptr) && !rows.empty())
        snapshot = rows[0].value(0);

    if (request.createRoles && query(source.get(), QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname !~ '^pg_' ORDER BY 1"), {}, &rows, error)) {
        // GRANT and ALTER ... OWNER TO in the migrations need the roles to exist.
        std::vector<QStringList> existing;
        query(target.get(), QStringLiteral("SELECT rolname FROM pg_roles"), {}, &existing, nullptr);
        QStringList known;
        for (const QStringList &role : existing)
            known << role.value(0);
        for (const QStringList &role : rows) {
            if (!known.contains(role.value(0)))
                query(target.get(), QStringLiteral("CREATE ROLE %1 NOLOGIN").arg(quoteIdentifier(target.get(), role.value(0))), {}, nullptr, nullptr);
        }
    }

    QByteArray schema;
    QString step;
    if (!dumpSection(bin, sourceTool, QStringLiteral("pre-data"), snapshot, &schema, &step) || !restore(bin, targetTool, schema, true, nullptr, &step)) {
        *error = tr("cannot copy the schema: %1").arg(step);
        return false;
    }

    if (!query(source.get(), QString::fromUtf8(TablesToCopy), {request.tables.join(u'\n')}, &rows, error))
        return false;
    for (const QStringList &row : rows) {
        if (request.cancelled && request.cancelled()) {
            *error = tr("cancelled");
            return false;
        }
        CopiedTable copied;
        copied.table = row.value(0);
        copied.sourceRows = row.value(1).toLongLong();
        const QString columns = row.value(2);
        if (columns.isEmpty())
            continue;
        if (copied.sourceRows < 0) { // never analysed: count
            std::vector<QStringList> count;
            if (query(source.get(), QStringLiteral("SELECT count(*) FROM %1").arg(copied.table), {}, &count, nullptr) && !count.empty())
                copied.sourceRows = count[0].value(0).toLongLong();
        }
        QString select = QStringLiteral("SELECT %1 FROM %2").arg(columns, copied.table);
        if (copied.sourceRows > request.rowLimit) {
            copied.sampled = true;
            const double percent = std::clamp(100.0 * double(request.rowLimit) / double(copied.sourceRows), 0.0001, 100.0);
            select += QStringLiteral(" TABLESAMPLE BERNOULLI (%1) REPEATABLE (7)").arg(percent, 0, 'f', 6);
        }
        QString message;
        if (!copyRows(source.get(), target.get(), select, QStringLiteral("COPY %1 (%2) FROM STDIN").arg(copied.table, columns), &copied.copiedRows, &message)) {
            *error = tr("cannot copy the rows of %1: %2").arg(copied.table, message);
            return false;
        }
        outcome->tables.push_back(copied);
    }

    // Sequences continue where the source's are, so that new rows get new keys.
    if (query(source.get(), QStringLiteral("SELECT format('%I.%I', schemaname, sequencename), last_value::text FROM pg_sequences WHERE last_value IS NOT NULL"), {}, &rows, nullptr)) {
        for (const QStringList &row : rows)
            query(target.get(), QStringLiteral("SELECT setval($1::regclass, $2::bigint)"), {row.value(0), row.value(1)}, nullptr, nullptr);
    }

    // Indexes, constraints and triggers come after the rows (as pg_restore does it, and so that no
    // trigger fires on the copied rows). A foreign key whose sampled rows lack their parents
    // fails; it is added again as NOT VALID, which keeps its locks and its checks of new rows.
    QStringList failures;
    if (!dumpSection(bin, sourceTool, QStringLiteral("post-data"), snapshot, &schema, &step) || !restore(bin, targetTool, schema, false, &failures, &step)) {
        *error = tr("cannot copy the indexes and constraints: %1").arg(step);
        return false;
    }
    std::vector<QStringList> sourceKeys, targetKeys;
    query(source.get(), QStringLiteral("SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint WHERE contype = 'f' AND conparentid = 0 ORDER BY 1, 2"), {},
          &sourceKeys, nullptr);
    query(target.get(), QStringLiteral("SELECT conrelid::regclass::text, conname FROM pg_constraint WHERE contype = 'f'"), {}, &targetKeys, nullptr);
    query(source.get(), QStringLiteral("COMMIT"), {}, nullptr, nullptr);
    for (const QStringList &key : sourceKeys) {
        const bool present = std::any_of(targetKeys.begin(), targetKeys.end(), [&](const QStringList &k) { return k.value(0) == key.value(0) && k.value(1) == key.value(1); });
        if (present)
            continue;
        QString definition = key.value(2);
        if (!definition.endsWith(QStringLiteral("NOT VALID")))
            definition += QStringLiteral(" NOT VALID");
        QString message;
        if (query(target.get(), QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 %3").arg(key.value(0), quoteIdentifier(target.get(), key.value(1)), definition), {}, nullptr, &message)) {
            outcome->notes << tr("foreign key %1 on %2 is NOT VALID in the copy: the sampled rows do not all have their parents").arg(key.value(1), key.value(0));
            failures.erase(std::remove_if(failures.begin(), failures.end(), [&](const QString &f) { return f.contains(u'"' + key.value(1) + u'"'); }), failures.end());
        } else {
            outcome->notes << tr("foreign key %1 on %2 is missing from the copy: %3").arg(key.value(1), key.value(0), message);
        }
    }
    for (const QString &failure : failures)
        outcome->notes << tr("not copied: %1").arg(failure);
    query(target.get(), QStringLiteral("ANALYZE"), {}, nullptr, nullptr);
    return true;
}

} // namespace migreview::trace
