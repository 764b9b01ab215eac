// Golden tests of the parser: each tests/data/parse/input/*.sql is parsed and its statements,
// comments or error are compared with tests/data/parse/reference/*.ref.
#include "golden.h"

#include "sql/parsetext.h"
#include "sql/sqlparser.h"

#include <QDirIterator>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

using namespace migreview::sql;

namespace {

QByteArray describe(const ParsedScript &script)
{
    QByteArray out;
    auto position = [](const LineColumn &p) { return QByteArray::number(p.line) + ':' + QByteArray::number(p.column); };
    if (!script.unreadable.isEmpty())
        out += "unreadable: " + script.unreadable.toUtf8() + '\n';
    for (const ParseError &error : script.errors)
        out += "error " + position(error.location) + ": " + error.message.toUtf8() + '\n';
    auto describeStatement = [&](const Statement &statement) {
        QString text = script.statementText(statement);
        text.replace(QStringLiteral("\n"), QStringLiteral("\\n"));
        if (text.size() > 60)
            text = text.left(57) + u"...";
        return position(statement.range.begin) + '-' + position(statement.range.end) + ' ' + statement.commandTag.toUtf8() + " ("
            + statement.nodeType.toUtf8() + ") " + text.toUtf8() + '\n';
    };
    for (const Statement &statement : script.statements)
        out += describeStatement(statement);
    for (const Statement &statement : script.bodyStatements) {
        out += "  in " + QByteArray::number(statement.parent) + ' ' + originName(statement.origin).toUtf8()
            + (statement.locationBase < 0 ? " approximate" : "") + (statement.guarded ? " guarded" : "") + ": " + describeStatement(statement);
    }
    for (const Comment &comment : script.comments)
        out += "comment " + position(comment.range.begin) + '-' + position(comment.range.end) + ' ' + comment.text.toUtf8().replace('\n', "\\n") + '\n';
    return out;
}

} // namespace

class TestSqlParser : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("input");
        const QString folder = QStringLiteral(MIGREVIEW_TEST_DATA "/parse/input");
        QDirIterator it(folder, {QStringLiteral("*.sql")}, QDir::Files);
        QStringList files;
        while (it.hasNext())
            files.push_back(it.next());
        files.sort();
        QVERIFY(files.size() >= 10);
        for (const QString &file : std::as_const(files))
            QTest::addRow("%s", qPrintable(QFileInfo(file).fileName())) << file;
    }
    void golden()
    {
        QFETCH(QString, input);
        const ParsedScript script = parseScript(golden::readAll(input), input);
        const QString name = QFileInfo(input).completeBaseName() + u".ref";
        MIGREVIEW_COMPARE_GOLDEN(describe(script), QStringLiteral(MIGREVIEW_TEST_DATA "/parse/reference/") + name,
                                 QStringLiteral(MIGREVIEW_BINARY_DIR "/tests/output/parse/") + name);
    }

    void statementNodesStayAliveWithTheScript()
    {
        std::vector<Statement> statements;
        {
            const ParsedScript script = parseScript(QByteArray("CREATE TABLE t (id bigint); CREATE INDEX i ON t (id);"));
            statements = script.statements;
            QCOMPARE(commandTag(statements.at(1).node), QStringLiteral("CREATE INDEX"));
        }
        QCOMPARE(statements.size(), size_t(2));
    }

    void parsesFromManyThreadsAtOnce()
    {
        // The parser runs on all cores without a lock: concurrent parses must not corrupt each other.
        QList<int> inputs;
        for (int i = 0; i < 3000; ++i)
            inputs.push_back(i);
        QThreadPool pool;
        pool.setMaxThreadCount(4);
        const QList<QString> tags = QtConcurrent::blockingMapped(&pool, inputs, [](int i) {
            const QByteArray sql = i % 3 == 0 ? QByteArray("CREATE TABEL broken;")
                : i % 3 == 1                  ? QByteArray("CREATE TABLE t" + QByteArray::number(i) + " (id int);")
                                              : QByteArray("DO $$ BEGIN ALTER TABLE t" + QByteArray::number(i) + " ADD COLUMN c int; END $$;");
            const ParsedScript script = parseScript(sql);
            if (script.error)
                return script.error->message;
            return script.bodyStatements.empty() ? script.statements.at(0).commandTag : script.statementText(script.bodyStatements.at(0));
        });
        for (int i = 0; i < tags.size(); ++i) {
            const QString expected = i % 3 == 0 ? QStringLiteral("syntax error at or near \"TABEL\"")
                : i % 3 == 1                    ? QStringLiteral("CREATE TABLE")
                                                : QStringLiteral("ALTER TABLE t%1 ADD COLUMN c int").arg(i);
            QCOMPARE(tags.at(i), expected);
        }
    }

    // Large files are parsed in pieces cut at statement boundaries (ParseOptions::chunkBytes): with
    // pieces of 64 bytes, every golden input, rule test input, example and hostile file must give
    // what the whole-file parse gives, errors and comments included.
    void chunkedParseMatchesWholeParse_data()
    {
        QTest::addColumn<QString>("input");
        int count = 0;
        for (const char *folder : {MIGREVIEW_TEST_DATA "/parse/input", MIGREVIEW_TEST_DATA "/rules", MIGREVIEW_TEST_DATA "/hostile/repo",
                                   MIGREVIEW_SOURCE_DIR "/examples"}) {
            QDirIterator it(QString::fromUtf8(folder), {QStringLiteral("*.sql")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                QTest::addRow("%s", qPrintable(file.mid(qsizetype(qstrlen(MIGREVIEW_SOURCE_DIR)) + 1))) << file;
                ++count;
            }
        }
        QVERIFY(count > 100);
    }
    void chunkedParseMatchesWholeParse()
    {
        QFETCH(QString, input);
        const QByteArray bytes = golden::readAll(input);
        ParseOptions whole;
        whole.chunkBytes = 0;
        ParseOptions chunked;
        chunked.chunkBytes = 64;
        QCOMPARE(describe(parseScript(bytes, input, chunked)), describe(parseScript(bytes, input, whole)));
    }

    void hugeStatementCount()
    {
        QByteArray sql;
        for (int i = 0; i < 20000; ++i)
            sql += "INSERT INTO t VALUES (" + QByteArray::number(i) + ");\n";
        const ParsedScript script = parseScript(sql);
        QVERIFY(script.ok());
        QCOMPARE(script.statements.size(), size_t(20000));
        QCOMPARE(script.statements.back().range.begin.line, 20000);

        // The same text in pieces of about 4 KB: cut at statement starts, and the same result.
        const auto chunks = detail::chunksAtStatementBoundaries(sql, 4096);
        QVERIFY(chunks.size() > 50);
        QCOMPARE(chunks.front().first, 0);
        QCOMPARE(chunks.back().second, int(sql.size()));
        for (size_t i = 1; i < chunks.size(); ++i) {
            QCOMPARE(chunks[i].first, chunks[i - 1].second);
            QCOMPARE(sql.at(chunks[i].first - 1), ';'); // just after the semicolon before
            QVERIFY(sql.mid(chunks[i].first).startsWith("\nINSERT"));
        }
        ParseOptions inPieces;
        inPieces.chunkBytes = 4096;
        QCOMPARE(describe(parseScript(sql, {}, inPieces)), describe(script));
    }
};

QTEST_GUILESS_MAIN(TestSqlParser)
#include "tst_sqlparser.moc"
