// The real `migreview lint` executable on the bundled example and on hostile input.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run lint(const QStringList &arguments, const QString &workingDirectory = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(qEnvironmentVariable("MIGREVIEW_BIN_DIR") + QStringLiteral("/migreview"), QStringList{QStringLiteral("lint")} + arguments);
#ifdef MIGREVIEW_SANITIZED
    constexpr int Wait = 600000; // the 50 MB hostile file takes over a minute under ASan, more on a busy machine
#else
    constexpr int Wait = 120000;
#endif
    if (!process.waitForFinished(Wait))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2, process.readAllStandardOutput(),
            QString::fromUtf8(process.readAllStandardError())};
}

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestCliLint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void exampleAsJson()
    {
        const Run run = lint({QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop")});
        QVERIFY2(run.exitCode == 0 || run.exitCode == 1, qPrintable(run.err));
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(root[QStringLiteral("format")].toString(), QStringLiteral("migreview-lint"));
        QCOMPARE(root[QStringLiteral("version")].toInt(), 1);
        const QJsonArray findings = root[QStringLiteral("findings")].toArray();
        QVERIFY(findings.size() > 5);
        QSet<QString> rulesFound;
        for (const QJsonValue &value : findings) {
            const QJsonObject f = value.toObject();
            for (const char *key : {"rule", "level", "severity", "file", "line", "column", "end_line", "end_column", "message", "fix"})
                QVERIFY2(f.contains(QLatin1StringView(key)), key);
            QVERIFY(f[QStringLiteral("line")].toInt() >= 1);
            rulesFound.insert(f[QStringLiteral("rule")].toString());
        }
        // The example's index without CONCURRENTLY is found where it is.
        QVERIFY(rulesFound.contains(QStringLiteral("require-concurrent-index-creation")));
        bool indexFinding = false;
        for (const QJsonValue &value : findings) {
            const QJsonObject f = value.toObject();
            if (f[QStringLiteral("rule")].toString() == u"require-concurrent-index-creation")
                indexFinding |= f[QStringLiteral("file")].toString() == u"0007_index_orders_user_id.up.sql";
        }
        QVERIFY(indexFinding);
    }

    void textLooksLikeACompiler()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("V1__index.sql")), "CREATE INDEX orders_user_id_idx ON orders (user_id);\n");
        const Run run = lint({QStringLiteral("--color=never"), dir.path()});
        QCOMPARE(run.exitCode, 0); // a warning is not an error
        const QString out = QString::fromUtf8(run.out);
        QVERIFY2(out.contains(QStringLiteral("V1__index.sql:1:1: warning: CREATE INDEX without CONCURRENTLY")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("    1 | CREATE INDEX orders_user_id_idx ON orders (user_id);")));
        QVERIFY(out.contains(QStringLiteral("      | ^~~~")));
        QVERIFY2(out.contains(QStringLiteral("= fix: -- CONCURRENTLY cannot run in a transaction: in a new Flyway migration")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_user_id_idx ON orders USING btree (user_id);")));
        QVERIFY(!out.contains(QStringLiteral("\x1b[")));
    }

    void errorsExitOne()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("V1__bad.sql")), "SELECT 1;\nCREATE TABEL t (id int);\n");
        const Run run = lint({QStringLiteral("--format=gcc"), dir.path()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(QString::fromUtf8(run.out).contains(QStringLiteral("V1__bad.sql:2:8: error: syntax error at or near \"TABEL\" [syntax-error]")),
                 run.out.constData());
    }

    void suppressions()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("V1__index.sql")),
              "-- migreview:ignore require-concurrent-index-creation\nCREATE INDEX a_idx ON orders (a);\n"
              "-- squawk-ignore require-concurrent-index-creation\nCREATE INDEX b_idx ON orders (b);\n"
              "CREATE INDEX c_idx ON orders (c);\n");
        const Run run = lint({QStringLiteral("--format=json"), dir.path()});
        const QJsonArray findings = QJsonDocument::fromJson(run.out).object()[QStringLiteral("findings")].toArray();
        int suppressed = 0, active = 0;
        for (const QJsonValue &value : findings) {
            if (value[QStringLiteral("rule")].toString() != u"require-concurrent-index-creation")
                continue;
            (value[QStringLiteral("suppressed")].toBool() ? suppressed : active)++;
        }
        QCOMPARE(suppressed, 2);
        QCOMPARE(active, 1);
    }

    // Acknowledgements written for Eugene and diesel-guard count too, and stay visible.
    void otherToolsAcknowledgements()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("V1__index.sql")),
              "-- eugene: ignore E6\nCREATE INDEX a_idx ON orders (a);\n"
              "-- eugene: ignore E2\nCREATE INDEX b_idx ON orders (b);\n"
              "-- eugene: ignore\nCREATE INDEX c_idx ON orders (c);\n"
              "-- safety-assured:start\nCREATE INDEX d_idx ON orders (d);\nCREATE INDEX e_idx ON orders (e);\n-- safety-assured:end\n"
              "CREATE INDEX f_idx ON orders (f);\n");
        const Run run = lint({QStringLiteral("--format=json"), dir.path()});
        QStringList states;
        for (const QJsonValue &value : QJsonDocument::fromJson(run.out).object()[QStringLiteral("findings")].toArray()) {
            if (value[QStringLiteral("rule")].toString() != u"require-concurrent-index-creation")
                continue;
            states.push_back(value[QStringLiteral("suppressed")].toBool() ? value[QStringLiteral("suppressed_by")].toString() : QStringLiteral("active"));
        }
        QCOMPARE(states, (QStringList{QStringLiteral("-- eugene: ignore E6"), QStringLiteral("active"), QStringLiteral("-- eugene: ignore"),
                                      QStringLiteral("-- safety-assured:start"), QStringLiteral("-- safety-assured:start"), QStringLiteral("active")}));
        // --show-suppressed lists them in text, with what suppressed them.
        const Run shown = lint({QStringLiteral("--show-suppressed"), QStringLiteral("--color=never"), dir.path()});
        QVERIFY2(shown.out.contains("suppressed by -- safety-assured:start"), shown.out.constData());
        const Run hidden = lint({QStringLiteral("--color=never"), dir.path()});
        QVERIFY(!hidden.out.contains("safety-assured"));
    }

    void sarifShape()
    {
        const Run run = lint({QStringLiteral("--format"), QStringLiteral("sarif"), QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop")});
        const QJsonObject root = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(root[QStringLiteral("version")].toString(), QStringLiteral("2.1.0"));
        const QJsonObject sarifRun = root[QStringLiteral("runs")].toArray().at(0).toObject();
        const QJsonArray rules = sarifRun[QStringLiteral("tool")].toObject()[QStringLiteral("driver")].toObject()[QStringLiteral("rules")].toArray();
        const QJsonArray results = sarifRun[QStringLiteral("results")].toArray();
        QVERIFY(!results.isEmpty());
        for (const QJsonValue &value : results) {
            const QJsonObject result = value.toObject();
            const int index = result[QStringLiteral("ruleIndex")].toInt();
            QCOMPARE(rules.at(index).toObject()[QStringLiteral("id")].toString(), result[QStringLiteral("ruleId")].toString());
            const QJsonObject region = result[QStringLiteral("locations")].toArray().at(0).toObject()[QStringLiteral("physicalLocation")]
                                           .toObject()[QStringLiteral("region")].toObject();
            QVERIFY(region[QStringLiteral("startLine")].toInt() >= 1);
        }
    }

    void configFile()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("db/V1__index.sql")), "CREATE INDEX a_idx ON orders (a);\n");
        write(dir.filePath(QStringLiteral(".migreview.toml")), "pg_version = 16\n[rules]\ndisable = [\"require-concurrent-index-creation\"]\n");
        Run run = lint({QStringLiteral("--format=json"), dir.filePath(QStringLiteral("db"))});
        for (const QJsonValue &value : QJsonDocument::fromJson(run.out).object()[QStringLiteral("findings")].toArray())
            QVERIFY(value[QStringLiteral("rule")].toString() != u"require-concurrent-index-creation");
        write(dir.filePath(QStringLiteral(".migreview.toml")), "[rules]\nlevels = { require-concurrent-index-creation = \"error\" }\n");
        run = lint({QStringLiteral("--format=json"), dir.filePath(QStringLiteral("db"))});
        QCOMPARE(run.exitCode, 1);
        write(dir.filePath(QStringLiteral(".migreview.toml")), "pg_version = \"seventeen\"\n");
        run = lint({dir.filePath(QStringLiteral("db"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("pg_version must be")), qPrintable(run.err));
        write(dir.filePath(QStringLiteral("broken.toml")), "[rules\n");
        run = lint({QStringLiteral("--config"), dir.filePath(QStringLiteral("broken.toml")), dir.filePath(QStringLiteral("db"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QStringLiteral("broken.toml:")), qPrintable(run.err));
    }

    void hostileInput()
    {
        QTemporaryDir dir;
        write(dir.filePath(QStringLiteral("V1__binary.sql")), QByteArray("\x7f" "ELF\0\0\0\1", 8));
        write(dir.filePath(QStringLiteral("V2__latin1.sql")), "SELECT 'caf\xe9';\n");
        QByteArray nested = "SELECT ";
        for (int i = 0; i < 5000; ++i)
            nested += '(';
        nested += '1';
        for (int i = 0; i < 5000; ++i)
            nested += ')';
        write(dir.filePath(QStringLiteral("V3__nested.sql")), nested + ";\n");
        QByteArray big;
        big.reserve(50 * 1024 * 1024);
        const QByteArray line = "INSERT INTO t (a, b) VALUES (1, 'some text to fill the file with bytes');\n";
        while (big.size() < 50 * 1024 * 1024)
            big += line;
        write(dir.filePath(QStringLiteral("V4__big.sql")), big);
        write(dir.filePath(QStringLiteral("V5__ok.sql")), "SELECT 1;\n");
        const Run run = lint({QStringLiteral("--format=json"), dir.path()});
        QCOMPARE(run.exitCode, 1);
        const QJsonArray findings = QJsonDocument::fromJson(run.out).object()[QStringLiteral("findings")].toArray();
        QStringList seen;
        for (const QJsonValue &value : findings)
            seen.push_back(value[QStringLiteral("file")].toString() + u' ' + value[QStringLiteral("rule")].toString() + u' '
                           + value[QStringLiteral("message")].toString());
        const QString all = seen.join(u'\n');
        QVERIFY2(all.contains(QStringLiteral("V1__binary.sql unreadable-file")), qPrintable(all));
        QVERIFY2(all.contains(QStringLiteral("V2__latin1.sql unreadable-file")), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("V3__nested.sql unreadable-file")), qPrintable(all));
        QVERIFY2(!all.contains(QStringLiteral("V5__ok.sql")), qPrintable(all));
    }

    void cannotRun()
    {
        Run run = lint({QStringLiteral("/nonexistent/migrations")});
        QCOMPARE(run.exitCode, 2);
        run = lint({QStringLiteral("--format=xml"), QStringLiteral(".")});
        QCOMPARE(run.exitCode, 2);
        run = lint({QStringLiteral("--pg-version=9"), QStringLiteral(".")});
        QCOMPARE(run.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliLint)
#include "tst_cli_lint.moc"
