// SchemaState and the LayeredHash under it: copies taken before a migration or script must not see
// what is applied to the state afterwards, through every layer folding (the base is shared between
// copies, the overlay is not), and the answers must match a plain map kept alongside.
#include "analysis/layeredhash.h"
#include "analysis/schemastate.h"
#include "sql/sqlparser.h"

#include <QRandomGenerator>
#include <QTest>

#include <map>

using namespace migreview;

namespace {

void applySql(analysis::SchemaState &schema, const QByteArray &sql, int scriptSerial = 1)
{
    const sql::ParsedScript script = sql::parseScript(sql);
    QVERIFY2(script.ok(), sql.constData());
    for (const sql::Statement &statement : script.statements)
        schema.apply(statement.node, scriptSerial, QStringLiteral("V%1.sql").arg(scriptSerial));
}

} // namespace

class TestSchemaState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Random inserts, removals, takes and in-place changes on a LayeredHash and a std::map side by
    // side, with copies taken along the way that must keep their own contents.
    void layeredHashMatchesAPlainMap()
    {
        QRandomGenerator random(20261205);
        analysis::LayeredHash<int, int> layered;
        std::map<int, int> plain;
        std::vector<std::pair<analysis::LayeredHash<int, int>, std::map<int, int>>> snapshots;
        bool folded = false;
        for (int step = 0; step < 20000; ++step) {
            const int key = random.bounded(3000);
            switch (random.bounded(5)) {
            case 0:
            case 1:
                layered.insert(key, step);
                plain[key] = step;
                break;
            case 2:
                layered.remove(key);
                plain.erase(key);
                break;
            case 3: {
                const std::optional<int> taken = layered.take(key);
                const auto it = plain.find(key);
                QCOMPARE(taken.has_value(), it != plain.end());
                if (taken) {
                    QCOMPARE(*taken, it->second);
                    plain.erase(it);
                }
                break;
            }
            default:
                if (int *value = layered.modify(key)) {
                    *value += 1;
                    ++plain[key];
                } else {
                    QVERIFY(plain.find(key) == plain.end());
                    layered[key] = -1;
                    plain[key] = -1;
                }
            }
            if (layered.baseSize() > 0)
                folded = true;
            QVERIFY(layered.overlaySize() <= 2 * 64);
            if (step % 997 == 0)
                snapshots.emplace_back(layered, plain);
        }
        QVERIFY2(folded, "the overlay was never folded into the base");
        snapshots.emplace_back(layered, plain);
        for (const auto &[copy, expected] : snapshots) {
            for (int key = 0; key < 3000; ++key) {
                const auto it = expected.find(key);
                const int *found = copy.find(key);
                QCOMPARE(found != nullptr, it != expected.end());
                if (found)
                    QCOMPARE(*found, it->second);
            }
        }
    }

    // A copy taken before a migration keeps the state it had, even when the state it was copied
    // from has since folded its overlay many times.
    void copiesAreIndependentOfLaterMigrations()
    {
        analysis::SchemaState schema;
        applySql(schema, "CREATE TABLE accounts (id bigint PRIMARY KEY, name text);");
        const analysis::SchemaState before = schema;
        for (int i = 0; i < 2000; ++i) {
            schema.beginMigration(i + 2);
            applySql(schema, QStringLiteral("CREATE TABLE t%1 (id bigint); ALTER TABLE t%1 ADD COLUMN note text;").arg(i).toUtf8(), i + 2);
        }
        applySql(schema, "INSERT INTO accounts VALUES (1, 'a'); ALTER TABLE accounts RENAME COLUMN name TO full_name;"
                         "ALTER TABLE accounts ADD CONSTRAINT positive CHECK (id > 0) NOT VALID;", 9000);
        applySql(schema, "DROP TABLE t5; ALTER TABLE t6 RENAME TO t6_old; ALTER TABLE t7 DROP COLUMN note;", 9001);

        QVERIFY(!before.table(QStringLiteral("accounts"))->hasData);
        QVERIFY(before.columnType(QStringLiteral("accounts"), QStringLiteral("name")).has_value());
        QVERIFY(!before.columnType(QStringLiteral("accounts"), QStringLiteral("full_name")).has_value());
        QVERIFY(!before.isConstraintNotValid(QStringLiteral("accounts"), QStringLiteral("positive")));
        QVERIFY(!before.table(QStringLiteral("t5")));

        QVERIFY(schema.table(QStringLiteral("accounts"))->hasData);
        QVERIFY(!schema.columnType(QStringLiteral("accounts"), QStringLiteral("name")).has_value());
        QVERIFY(schema.columnType(QStringLiteral("accounts"), QStringLiteral("full_name")).has_value());
        QVERIFY(schema.isConstraintNotValid(QStringLiteral("accounts"), QStringLiteral("positive")));
        QVERIFY(!schema.table(QStringLiteral("t5")));
        QVERIFY(!schema.columnType(QStringLiteral("t5"), QStringLiteral("id")).has_value());
        QVERIFY(!schema.table(QStringLiteral("t6")));
        QVERIFY(schema.isColumnAddedInSet(QStringLiteral("t6_old"), QStringLiteral("note")));
        QVERIFY(schema.columnType(QStringLiteral("t6_old"), QStringLiteral("note")).has_value());
        QVERIFY(!schema.columnType(QStringLiteral("t7"), QStringLiteral("note")).has_value());
        QVERIFY(schema.columnType(QStringLiteral("t7"), QStringLiteral("id")).has_value());
        QVERIFY(schema.isCreatedInSet(QStringLiteral("t1999")));
        QVERIFY(schema.isCreatedInScript(QStringLiteral("t1999"), 2001));

        analysis::SchemaState branch = schema;
        applySql(branch, "ALTER TABLE accounts VALIDATE CONSTRAINT positive; DROP TABLE t8;", 9002);
        QVERIFY(!branch.isConstraintNotValid(QStringLiteral("accounts"), QStringLiteral("positive")));
        QVERIFY(schema.isConstraintNotValid(QStringLiteral("accounts"), QStringLiteral("positive")));
        QVERIFY(!branch.table(QStringLiteral("t8")));
        QVERIFY(schema.table(QStringLiteral("t8")));
    }
};

QTEST_GUILESS_MAIN(TestSchemaState)
#include "tst_schemastate.moc"
