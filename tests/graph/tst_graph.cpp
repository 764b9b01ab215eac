// The dependency graph on crafted repositories: golden JSON for one with every violation kind and
// for a correct expand / backfill / contract sequence (no violation).
#include "golden.h"

#include "graph/graph.h"
#include "repository/repository.h"

#include <QTest>

using namespace migreview;

class TestGraph : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("violations") << QStringLiteral("violations");
        QTest::newRow("expand-contract") << QStringLiteral("expand-contract");
    }
    void golden()
    {
        QFETCH(QString, name);
        const repository::Repository repo = repository::loadRepository(QStringLiteral(MIGREVIEW_TEST_DATA "/graph/") + name);
        QVERIFY2(repo.ok(), qPrintable(repo.error));
        MIGREVIEW_COMPARE_GOLDEN(graph::toJson(graph::buildGraph(repo)), QStringLiteral(MIGREVIEW_TEST_DATA "/graph/reference/") + name + u".json",
                                 QStringLiteral(MIGREVIEW_BINARY_DIR "/tests/output/graph/") + name + u".json");
    }

    void violationsNameBothEnds()
    {
        const graph::Graph g = graph::buildGraph(repository::loadRepository(QStringLiteral(MIGREVIEW_TEST_DATA "/graph/violations")));
        QStringList rules;
        for (const graph::Violation &v : g.violations)
            rules.push_back(v.rule + u' ' + g.nodes[size_t(v.from)].file + u" -> " + g.nodes[size_t(v.to)].file);
        QCOMPARE(rules, (QStringList{QStringLiteral("constraint-before-backfill 002_add.up.sql -> 003_backfill.up.sql"),
                                     QStringLiteral("use-after-drop 004_drop.up.sql -> 005_late.up.sql"),
                                     QStringLiteral("foreign-key-before-parent 006_fk.up.sql -> 006_fk.up.sql")}));
    }

    void graphvizLaysItOut()
    {
        const graph::Graph g = graph::buildGraph(repository::loadRepository(QStringLiteral(MIGREVIEW_TEST_DATA "/graph/violations")));
        QString error;
        const QByteArray svg = graph::render(g, "svg", &error);
        QVERIFY2(!svg.isEmpty(), qPrintable(error));
        QVERIFY(svg.contains("<svg"));
        QCOMPARE(svg.count("class=\"node\""), qsizetype(g.nodes.size()));
        QCOMPARE(svg.count("class=\"cluster\""), 6); // one per migration
        QVERIFY(svg.contains("stroke=\"red\"")); // violation edges
        QVERIFY(graph::render(g, "no-such-format", &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void expandBackfillContractIsClean()
    {
        const graph::Graph g = graph::buildGraph(repository::loadRepository(QStringLiteral(MIGREVIEW_TEST_DATA "/graph/expand-contract")));
        QVERIFY(g.violations.empty());
        QStringList phases;
        for (const graph::Node &node : g.nodes)
            phases.push_back(graph::phaseName(node.phase));
        QCOMPARE(phases, (QStringList{QStringLiteral("expand"), QStringLiteral("expand"), QStringLiteral("backfill"), QStringLiteral("expand"),
                                      QStringLiteral("contract"), QStringLiteral("contract"), QStringLiteral("contract")}));
        // The backfill depends on the column it fills, and the drop of the old column on its last use.
        const auto hasEdge = [&](int from, int to) {
            return std::any_of(g.edges.begin(), g.edges.end(), [&](const graph::Edge &e) { return e.from == from && e.to == to; });
        };
        QVERIFY(hasEdge(1, 2)); // adds email_address -> backfill writes it
        QVERIFY(hasEdge(2, 6)); // the backfill reads email last -> DROP COLUMN email
        QVERIFY(hasEdge(2, 5)); // fills email_address -> SET NOT NULL checks it
    }
};

QTEST_GUILESS_MAIN(TestGraph)
#include "tst_graph.moc"
