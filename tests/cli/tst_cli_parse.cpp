// The real `migreview parse` executable, run as a user would, without a display.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runMigreview(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("MIGREVIEW_BIN_DIR") + QStringLiteral("/migreview"), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

void write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestCliParse : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesTheExample()
    {
        const Run run = runMigreview({QStringLiteral("parse"), QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 40);
        static const QRegularExpression line(QStringLiteral(R"(^.+\.sql:\d+:\d+-\d+:\d+: [A-Z][A-Z ]+$)"));
        for (const QString &l : lines)
            QVERIFY2(line.match(l).hasMatch(), qPrintable(l));
        QVERIFY(run.out.contains(QStringLiteral("0001_create_users.up.sql:")));
        QVERIFY(run.out.contains(QStringLiteral(": CREATE TABLE\n")));
        QVERIFY(run.out.contains(QStringLiteral(": CREATE INDEX\n")));
    }

    void syntaxErrorGivesFileLineColumn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("V1__broken.sql"));
        write(path, "SELECT 1;\n  CREATE TABEL t (id int);\n");
        const Run run = runMigreview({QStringLiteral("parse"), path});
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.err.trimmed(), path + QStringLiteral(":2:10: error: syntax error at or near \"TABEL\""));
    }

    void unreadableInputs()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("binary.sql")), QByteArray("\x7f" "ELF\0\0\1", 7));
        write(dir.filePath(QStringLiteral("latin1.sql")), "SELECT 'caf\xe9';");
        write(dir.filePath(QStringLiteral("ok.sql")), "SELECT 1;");
        const Run run = runMigreview({QStringLiteral("parse"), dir.path()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(QStringLiteral("binary.sql: error: binary file")), qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("latin1.sql: error: not valid UTF-8")), qPrintable(run.err));
        QVERIFY(run.out.contains(QStringLiteral("ok.sql:1:1-1:8: SELECT")));
    }

    void jsonOutput()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("a.sql")), "CREATE TABLE t (id int);\nDROP TABLE t;\n");
        const Run run = runMigreview({QStringLiteral("parse"), QStringLiteral("--format"), QStringLiteral("json"), dir.path()});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
        const QJsonArray statements = root[QStringLiteral("files")].toArray().at(0).toObject()[QStringLiteral("statements")].toArray();
        QCOMPARE(statements.size(), 2);
        QCOMPARE(statements.at(1).toObject()[QStringLiteral("kind")].toString(), QStringLiteral("DROP TABLE"));
        QCOMPARE(statements.at(1).toObject()[QStringLiteral("begin")].toObject()[QStringLiteral("line")].toInt(), 2);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::addRow("no command") << QStringList{} << QStringLiteral("usage: migreview");
        QTest::addRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << QStringLiteral("unknown command 'frobnicate'");
        QTest::addRow("no path") << QStringList{QStringLiteral("parse")} << QStringLiteral("give at least one PATH");
        QTest::addRow("missing path") << QStringList{QStringLiteral("parse"), QStringLiteral("/nonexistent/x")}
                                      << QStringLiteral("no such file or folder");
        QTest::addRow("bad format") << QStringList{QStringLiteral("parse"), QStringLiteral("--format=xml"), QStringLiteral(".")}
                                    << QStringLiteral("--format must be text or json");
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = runMigreview(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestCliParse)
#include "tst_cli_parse.moc"
