// Golden tests of the rules, one folder per rule: tests/data/rules/<rule-id>/<case>.sql (or a
// <case>/ repository folder) beside its <case>.ref, which lists that rule's findings (and syntax
// errors). Every case is linted with all rules, so rules cannot hide each other's bugs.
//
// Directives at the top of a .sql case:
//   -- test: transaction=wrapped|per-statement|single-query|auto   (default per-statement)
//   -- test: direction=down          the file is a down script
//   -- test: pg-version=N            target PostgreSQL version (default 17)
//   -- test: layout=NAME             the migration's layout (default plain)
//   -- test: previous=A.sql[,B.sql]  earlier migrations of the set, run first
//   -- test: down=FILE.sql           this migration's down script
//   -- test: forward-only=true|false  the repository is (not) forward-only (default: inferred)
#include "golden.h"

#include "lint/config.h"
#include "lint/linter.h"
#include "repository/repository.h"
#include "rules/registry.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>

#include <pg_query.h>

#include <optional>

using namespace Qt::StringLiterals;

using namespace migreview;

namespace {

const QString RulesData = QStringLiteral(MIGREVIEW_TEST_DATA "/rules");

struct Directives
{
    repository::TransactionMode transaction = repository::TransactionMode::PerStatement;
    repository::Direction direction = repository::Direction::Up;
    repository::Layout layout = repository::Layout::PlainNumbered;
    int pgVersion = 17;
    QStringList previous;
    QString down;
    std::optional<bool> forwardOnly;
};

Directives readDirectives(const QByteArray &bytes)
{
    Directives d;
    static const QRegularExpression line(QStringLiteral(R"(^--\s*test:\s*([a-z-]+)\s*=?\s*(\S*))"), QRegularExpression::MultilineOption);
    auto it = line.globalMatch(QString::fromUtf8(bytes));
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        const QString key = m.captured(1), value = m.captured(2);
        if (key == u"transaction") {
            if (value == u"wrapped")
                d.transaction = repository::TransactionMode::Wrapped;
            else if (value == u"single-query")
                d.transaction = repository::TransactionMode::SingleQuery;
            else if (value == u"auto")
                d.transaction = repository::TransactionMode::AutoDetected;
        } else if (key == u"direction" && value == u"down") {
            d.direction = repository::Direction::Down;
        } else if (key == u"pg-version") {
            d.pgVersion = value.toInt();
        } else if (key == u"layout") {
            for (auto layout : {repository::Layout::Flyway, repository::Layout::GolangMigrate, repository::Layout::Dbmate,
                                repository::Layout::Sqitch, repository::Layout::Prisma, repository::Layout::Diesel,
                                repository::Layout::Supabase, repository::Layout::PlainNumbered, repository::Layout::Pop}) {
                if (repository::layoutName(layout) == value)
                    d.layout = layout;
            }
        } else if (key == u"previous") {
            d.previous = value.split(u',', Qt::SkipEmptyParts);
        } else if (key == u"down") {
            d.down = value;
        } else if (key == u"forward-only") {
            d.forwardOnly = value == u"true";
        }
    }
    return d;
}

repository::MigrationScript makeScript(const QString &folder, const QString &file, repository::Direction direction,
                                       repository::TransactionMode mode)
{
    repository::MigrationScript script;
    script.path = folder + u'/' + file;
    script.relativePath = file;
    script.direction = direction;
    script.bytes = golden::readAll(script.path);
    script.sha256 = QCryptographicHash::hash(script.bytes, QCryptographicHash::Sha256).toHex();
    script.transactionMode = mode;
    return script;
}

QByteArray describe(const lint::LintResult &result, const QString &rule)
{
    QByteArray out;
    for (const rules::Finding &f : result.findings) {
        if (f.rule != rule && f.rule != rules::SyntaxErrorRule && f.rule != rules::UnreadableFileRule)
            continue;
        out += QStringLiteral("%1:%2:%3-%4:%5 %6 %7%8: %9\n")
                   .arg(f.file)
                   .arg(f.range.begin.line)
                   .arg(f.range.begin.column)
                   .arg(f.range.end.line)
                   .arg(f.range.end.column)
                   .arg(rules::levelName(f.level), f.rule, f.suppressed ? QStringLiteral(" (suppressed)") : QString(), f.message)
                   .toUtf8();
        if (!f.fix.isEmpty()) {
            QString fix = f.fix;
            out += "  fix: " + fix.replace(u'\n', QStringLiteral("\n       ")).toUtf8() + '\n';
        }
    }
    return out;
}

// Whether text parses, and its statements printed back by the deparser (empty when it does not).
std::optional<QString> reprinted(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    PgQueryProtobufParseResult parsed = pg_query_parse_protobuf(bytes.constData());
    std::optional<QString> out;
    if (!parsed.error) {
        PgQueryDeparseResult deparsed = pg_query_deparse_protobuf(parsed.parse_tree);
        if (!deparsed.error)
            out = QString::fromUtf8(deparsed.query);
        pg_query_free_deparse_result(deparsed);
    }
    pg_query_free_protobuf_parse_result(parsed);
    return out;
}

// The rules whose fix rewrites the statement found: every clause and quoted name must survive.
const QSet<QString> RewritingRules{
    QStringLiteral("require-concurrent-index-creation"), QStringLiteral("adding-foreign-key-constraint"), QStringLiteral("constraint-missing-not-valid"),
    QStringLiteral("prefer-timestamptz"), QStringLiteral("prefer-bigint-over-int"), QStringLiteral("prefer-identity"),
    QStringLiteral("prefer-text-field"), QStringLiteral("prefer-jsonb"), QStringLiteral("unbatched-backfill"),
};

// Problems with a finding's fix: it does not parse, it does not print back to itself, or (for a
// rewriting rule) it lost a clause or a quoted name of the statement.
QStringList fixProblems(const rules::Finding &f, const lint::LintResult &result)
{
    QStringList problems;
    if (f.fix.isEmpty())
        return problems;
    const std::optional<QString> once = reprinted(f.fix);
    if (!once) {
        problems << QStringLiteral("the fix does not parse: ") + f.fix;
        return problems;
    }
    if (reprinted(*once) != once)
        problems << QStringLiteral("the fix does not print back to itself: ") + *once;
    if (!RewritingRules.contains(f.rule) || f.statementIndex < 0)
        return problems;
    const lint::LintedScript *script = result.script(f.file);
    if (!script || f.statementIndex >= int(script->parsed->statements.size()))
        return problems;
    const QString statement = script->parsed->statementText(script->parsed->statements[size_t(f.statementIndex)]);
    for (const char *clause : {"UNIQUE", "INCLUDE", "WHERE", "ON DELETE", "ON UPDATE", "DEFERRABLE"}) {
        const QRegularExpression pattern(QStringLiteral("\\b%1\\b").arg(QString::fromLatin1(clause).replace(u' ', QStringLiteral("\\s+"))),
                                         QRegularExpression::CaseInsensitiveOption);
        if (statement.contains(pattern) && !f.fix.contains(pattern))
            problems << QStringLiteral("the fix lost %1: %2").arg(QString::fromLatin1(clause), f.fix);
    }
    static const QRegularExpression quoted(QStringLiteral("\"[^\"]+\""));
    for (auto it = quoted.globalMatch(statement); it.hasNext();) {
        const QString name = it.next().captured();
        // A quoted name that needs its quotes must keep them.
        if (name.mid(1, name.size() - 2) != name.mid(1, name.size() - 2).toLower() && !f.fix.contains(name))
            problems << QStringLiteral("the fix lost the quoted name %1: %2").arg(name, f.fix);
    }
    return problems;
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("casePath");
        const QStringList ruleFolders = QDir(RulesData).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
        for (const QString &rule : ruleFolders) {
            const QDir folder(RulesData + u'/' + rule);
            for (const QString &entry : folder.entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
                if (entry.endsWith(u".ref"))
                    continue;
                // Files named by another case's previous=/down= directive are cases too: they must
                // be fine on their own.
                if (entry.endsWith(u".sql") || QFileInfo(folder.filePath(entry)).isDir())
                    QTest::addRow("%s/%s", qPrintable(rule), qPrintable(entry)) << rule << folder.filePath(entry);
            }
        }
    }

    void golden()
    {
        QFETCH(QString, rule);
        QFETCH(QString, casePath);
        QVERIFY2(rules::findRule(rule) || rule == rules::SyntaxErrorRule, qPrintable(u"no rule named "_s + rule));
        const QFileInfo info(casePath);
        repository::Repository repo;
        lint::LintOptions options;
        options.enabledOptInRules.insert(rule);
        options.threads = 1;
        if (info.isDir()) {
            repo = repository::loadRepository(casePath);
            QVERIFY2(repo.ok(), qPrintable(repo.error));
        } else {
            const QString folder = info.absolutePath();
            const Directives d = readDirectives(golden::readAll(casePath));
            options.pgVersion = d.pgVersion;
            options.forwardOnly = d.forwardOnly;
            repo.root = folder;
            int version = 1;
            for (const QString &previous : d.previous) {
                repository::Migration migration;
                migration.version = QString::number(version++);
                migration.name = previous;
                migration.layout = d.layout;
                migration.scripts.push_back(makeScript(folder, previous, repository::Direction::Up, d.transaction));
                repo.migrations.push_back(std::move(migration));
            }
            repository::Migration migration;
            migration.version = QString::number(version);
            migration.name = info.completeBaseName();
            migration.layout = d.layout;
            migration.scripts.push_back(makeScript(folder, info.fileName(), d.direction, d.transaction));
            if (!d.down.isEmpty())
                migration.scripts.push_back(makeScript(folder, d.down, repository::Direction::Down, d.transaction));
            repo.migrations.push_back(std::move(migration));
        }
        const lint::LintResult result = lint::lintRepository(repo, options);
        // Every fix is SQL that parses, prints back to itself, and keeps the statement's clauses.
        for (const rules::Finding &f : result.findings) {
            if (f.rule == rule) {
                const QStringList problems = fixProblems(f, result);
                QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
            }
        }
        const QString reference = info.absolutePath() + u'/' + info.completeBaseName() + u".ref";
        MIGREVIEW_COMPARE_GOLDEN(describe(result, rule), reference,
                                 QStringLiteral(MIGREVIEW_BINARY_DIR "/tests/output/rules/") + rule + u'/' + info.completeBaseName() + u".ref");
    }

    // Every fix produced on the shared corpus of real migrations is SQL that parses and prints back
    // to itself (target: at least 98%; the ones that do not are listed with the parser's reason).
    void corpusFixesParse()
    {
        const QString corpus = qEnvironmentVariable("MIGREVIEW_CORPUS");
        if (corpus.isEmpty() || !QFileInfo::exists(corpus + QStringLiteral("/lemmy")))
            QSKIP("the shared corpus is not here (MIGREVIEW_CORPUS)");
        int fixes = 0;
        QStringList failures;
        for (const QString &project : {QStringLiteral("lemmy"), QStringLiteral("documenso")}) {
            const repository::Repository repo = repository::loadRepository(corpus + u'/' + project);
            QVERIFY2(repo.ok(), qPrintable(repo.error));
            const lint::LintResult result = lint::lintRepository(repo);
            for (const rules::Finding &f : result.findings) {
                if (f.fix.isEmpty())
                    continue;
                ++fixes;
                const QStringList problems = fixProblems(f, result);
                if (!problems.isEmpty())
                    failures << QStringLiteral("%1/%2:%3 [%4] %5").arg(project, f.file).arg(f.range.begin.line).arg(f.rule, problems.join(QStringLiteral("; ")));
            }
        }
        qInfo("%d fixes on the corpus, %lld with a problem", fixes, qlonglong(failures.size()));
        for (const QString &failure : std::as_const(failures))
            qInfo().noquote() << failure;
        QVERIFY(fixes > 4000);
        QVERIFY2(failures.size() * 50 <= fixes, qPrintable(failures.mid(0, 20).join(u'\n')));
    }

    // Every rule has golden cases: at least one that finds something and one that finds nothing.
    // The progress callback sees every script in order, and returning false stops the lint.
    void progressAndCancel()
    {
        const repository::Repository repo = repository::loadRepository(QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop"));
        QVERIFY(repo.ok());
        lint::LintOptions options;
        QList<int> seen;
        int total = 0;
        options.progress = [&](int done, int all) {
            seen.push_back(done);
            total = all;
            return true;
        };
        const lint::LintResult whole = lint::lintRepository(repo, options);
        QVERIFY(!whole.cancelled);
        QCOMPARE(total, int(whole.scripts.size()));
        QCOMPARE(seen.size(), total);
        QCOMPARE(seen.first(), 0);
        QCOMPARE(seen.last(), total - 1);

        options.progress = [](int done, int) { return done < 5; };
        const lint::LintResult part = lint::lintRepository(repo, options);
        QVERIFY(part.cancelled);
        QCOMPARE(int(part.scripts.size()), 5);
        QVERIFY(part.findings.size() < whole.findings.size());
    }

    // The workbench writes the choices made in its settings as .migreview.toml: what it writes
    // reads back the same, and the same choices give the same bytes.
    // toml++ reached __builtin_unreachable() on this input (found by ./dev fuzz config): such
    // text is refused before toml++ reads it.
    void configRefusesWhatTomlCannotRead()
    {
        QFile crash(QStringLiteral(MIGREVIEW_TEST_DATA "/fuzz/config/toml-unreachable-whitespace"));
        QVERIFY(crash.open(QIODevice::ReadOnly));
        const lint::ConfigLoad load = lint::parseConfig(crash.readAll(), QStringLiteral("x.toml"));
        QVERIFY(!load.config);
        QVERIFY2(load.error.contains(QStringLiteral("NUL byte")), qPrintable(load.error));
        const lint::ConfigLoad nonAscii = lint::parseConfig("pg_version = 16\n[rules]\ncascad\xc8\xbcield = \"info\"\n", QStringLiteral("y.toml"));
        QVERIFY(!nonAscii.config);
        QCOMPARE(nonAscii.error, QStringLiteral("y.toml:3: a non-ASCII character outside a string or a comment"));
        QFile second(QStringLiteral(MIGREVIEW_TEST_DATA "/fuzz/config/toml-unreachable-in-unterminated-string"));
        QVERIFY(second.open(QIODevice::ReadOnly));
        QVERIFY(!lint::parseConfig(second.readAll(), QStringLiteral("w.toml")).config);
        // Non-ASCII inside basic strings and comments is fine, with its value kept.
        const lint::ConfigLoad fine = lint::parseConfig("# café ☕\nexclude = [\"légacy/**\", \"𝔘/*.sql\"] # ünïcode\n", QStringLiteral("z.toml"));
        QVERIFY2(fine.config, qPrintable(fine.error));
        QCOMPARE(fine.config->excludedPaths, (QStringList{QStringLiteral("légacy/**"), QString::fromUtf8("𝔘/*.sql")}));
        QCOMPARE(lint::parseConfig("exclude = ['légacy']\n", QStringLiteral("l.toml")).error,
                 QStringLiteral("l.toml:1: a non-ASCII character in a literal string: write it in a \"basic string\""));
        QCOMPARE(lint::parseConfig("exclude = [\"open\n", QStringLiteral("o.toml")).error, QStringLiteral("o.toml:1: a string that is not closed"));
    }

    void configWrittenReadsBack()
    {
        lint::Config config;
        config.options.pgVersion = 14;
        config.options.forwardOnly = false;
        config.options.disabledRules = {QStringLiteral("prefer-robust-stmts"), QStringLiteral("ban-char-field")};
        config.options.enabledOptInRules = {QStringLiteral("foreign-key-on-delete-cascade")};
        config.options.levelOverrides = {{QStringLiteral("ban-drop-column"), rules::Level::Error}, {QStringLiteral("prefer-text-field"), rules::Level::Info}};
        config.excludedPaths = {QStringLiteral("legacy/**"), QStringLiteral("seeds/\"odd\".sql")};
        config.transactions = {{QStringLiteral("golang-migrate"), QStringLiteral("per-statement")}};
        const QByteArray toml = lint::configToToml(config);
        const lint::ConfigLoad load = lint::parseConfig(toml, QStringLiteral("written.toml"));
        QVERIFY2(load.config, qPrintable(load.error + u'\n' + QString::fromUtf8(toml)));
        QCOMPARE(load.config->options.pgVersion, 14);
        QCOMPARE(load.config->options.forwardOnly, std::optional<bool>(false));
        QCOMPARE(lint::parseConfig("forward_only = \"yes\"\n", QStringLiteral("f.toml")).error, QStringLiteral("f.toml: forward_only must be true or false"));
        QCOMPARE(lint::parseConfig("forward_only = true\n", QStringLiteral("t.toml")).config->options.forwardOnly, std::optional<bool>(true));
        QCOMPARE(load.config->options.disabledRules, config.options.disabledRules);
        QCOMPARE(load.config->options.enabledOptInRules, config.options.enabledOptInRules);
        QCOMPARE(load.config->options.levelOverrides, config.options.levelOverrides);
        QCOMPARE(QSet<QString>(load.config->excludedPaths.begin(), load.config->excludedPaths.end()),
                 QSet<QString>(config.excludedPaths.begin(), config.excludedPaths.end()));
        QCOMPARE(load.config->transactions, config.transactions);
        QCOMPARE(lint::configToToml(*load.config), toml);
        // The defaults make a file that reads back as the defaults.
        const lint::ConfigLoad defaults = lint::parseConfig(lint::configToToml({}), QStringLiteral("defaults.toml"));
        QVERIFY2(defaults.config, qPrintable(defaults.error));
        QVERIFY(defaults.config->options.disabledRules.isEmpty());
    }

    void everyRuleIsCovered()
    {
        QStringList missing;
        for (const auto &rule : rules::allRules()) {
            const QString id = rule->info().id;
            const QDir folder(RulesData + u'/' + id);
            bool dangerous = false, safe = false;
            for (const QString &ref : folder.entryList({QStringLiteral("*.ref")}, QDir::Files)) {
                const QByteArray text = golden::readAll(folder.filePath(ref));
                const QByteArray plain = QByteArray(" ") + id.toUtf8() + ':';
                const QByteArray suppressed = QByteArray(" ") + id.toUtf8() + " (";
                if (text.contains(plain) || text.contains(suppressed))
                    dangerous = true;
                else
                    safe = true;
            }
            if (!dangerous || !safe)
                missing.push_back(id + (dangerous ? u" (no safe case)"_s : u" (no case with a finding)"_s));
        }
        QVERIFY2(missing.isEmpty(), qPrintable(u"rules without golden cases: "_s + missing.join(u", ")));
    }

    void ruleInfoIsComplete()
    {
        static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
        QSet<QString> ids;
        for (const auto &rule : rules::allRules()) {
            const rules::RuleInfo info = rule->info();
            QVERIFY2(idPattern.match(info.id).hasMatch(), qPrintable(info.id));
            QVERIFY2(!ids.contains(info.id), qPrintable(u"duplicate rule id "_s + info.id));
            ids.insert(info.id);
            QVERIFY2(!info.summary.isEmpty() && !info.rationale.isEmpty() && !info.example.isEmpty() && !info.safeForm.isEmpty(),
                     qPrintable(u"incomplete documentation for "_s + info.id));
        }
        QVERIFY(ids.size() >= 3);
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
