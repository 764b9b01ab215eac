// The dependency graph on crafted repositories: golden JSON for one with every violation kind and
// for a correct expand / backfill / contract sequence (no violation).
#include "golden.h"

#include "graph/graph.h"
#include "repository/repository.h"

#include <QMap>
#include <QTest>

using namespace migreview;

namespace {
// The reason of the edge between two nodes, or "(no edge)".
QString edgeReason(const graph::Graph &g, int from, int to)
{
    for (const graph::Edge &e : g.edges) {
        if (e.from == from && e.to == to)
            return e.reason;
    }
    return QStringLiteral("(no edge)");
}
// The node at file:line.
int nodeAt(const graph::Graph &g, const QString &where)
{
    for (const graph::Node &node : g.nodes) {
        if (node.file + u':' + QString::number(node.line) == where)
            return node.id;
    }
    return -1;
}
} // namespace

class TestGraph : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void golden_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("violations") << QStringLiteral("violations");
        QTest::newRow("expand-contract") << QStringLiteral("expand-contract");
        QTest::newRow("sqitch") << QStringLiteral("sqitch");
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

    // sqitch [requires]: edges from the required change, a requirement on a later change is a
    // cycle, an unknown one an error; expand and contract of one table in one change is a warning.
    void sqitchRequirements()
    {
        const graph::Graph g = graph::buildGraph(repository::loadRepository(QStringLiteral(MIGREVIEW_TEST_DATA "/graph/sqitch")));
        QStringList violations;
        for (const graph::Violation &v : g.violations)
            violations.push_back(rules::levelName(v.level) + u' ' + v.rule + u' ' + g.nodes[size_t(v.from)].file + u':'
                                 + QString::number(g.nodes[size_t(v.from)].line) + u" -> " + g.nodes[size_t(v.to)].file + u':'
                                 + QString::number(g.nodes[size_t(v.to)].line));
        QCOMPARE(violations, (QStringList{QStringLiteral("warning expand-contract-same-migration deploy/email_address.sql:2 -> deploy/email_address.sql:4"),
                                          QStringLiteral("error cycle deploy/reports.sql:1 -> deploy/audit.sql:1"),
                                          QStringLiteral("error unknown-requirement deploy/orders.sql:1 -> deploy/orders.sql:1")}));
        QVERIFY(g.hasErrors());
        // appschema creates no table: a node stands for the change, so that users can require it.
        QCOMPARE(g.nodes[0].statement, QStringLiteral("(migration)"));
        QCOMPARE(g.nodes[0].file, QStringLiteral("deploy/appschema.sql"));
        QCOMPARE(edgeReason(g, 0, 1), QStringLiteral("users requires appschema"));
        QCOMPARE(edgeReason(g, 1, 2), QStringLiteral("audit requires users"));
        QCOMPARE(g.tables(), (QStringList{QStringLiteral("audit"), QStringLiteral("orders"), QStringLiteral("reports"), QStringLiteral("users")}));
    }

    // examples/shop, expected graph written down from reading its SQL (not generated): each up
    // script's phases in order, the edges that carry its story, no violation.
    void shopGraphAsWrittenByHand()
    {
        const graph::Graph g = graph::buildGraph(repository::loadRepository(QStringLiteral(MIGREVIEW_SOURCE_DIR "/examples/shop")));
        QMap<QString, QString> phases; // file -> one letter per node: Expand, Backfill, Contract
        for (const graph::Node &node : g.nodes)
            phases[node.file] += graph::phaseName(node.phase).left(1).toUpper();
        const QMap<QString, QString> expected{
            {QStringLiteral("0001_create_users.up.sql"), QStringLiteral("EEE")}, // users, addresses, an index
            {QStringLiteral("0002_create_catalog.up.sql"), QStringLiteral("EEEE")}, // products, its index, inventory, coupons
            {QStringLiteral("0003_create_orders.up.sql"), QStringLiteral("EEEE")}, // (the enum is neutral) orders, order_items, two indexes
            {QStringLiteral("0004_create_payments_and_shipments.up.sql"), QStringLiteral("EEEE")},
            {QStringLiteral("0005_create_audit_log.up.sql"), QStringLiteral("EEE")}, // the function and triggers are neutral
            {QStringLiteral("0006_add_orders_channel.up.sql"), QStringLiteral("E")},
            {QStringLiteral("0007_index_orders_user_id.up.sql"), QStringLiteral("E")},
            {QStringLiteral("0008_index_orders_created_at.up.sql"), QStringLiteral("E")},
            {QStringLiteral("0009_rename_products_name_to_title.up.sql"), QStringLiteral("C")},
            {QStringLiteral("0010_add_users_display_name.up.sql"), QStringLiteral("E")},
            {QStringLiteral("0011_backfill_users_display_name.up.sql"), QString(51, u'B')}, // 51 batches
            {QStringLiteral("0012_add_order_items_line_total.up.sql"), QStringLiteral("EB")},
            {QStringLiteral("0013_add_orders_coupon_id.up.sql"), QStringLiteral("EE")}, // column, then FK NOT VALID
            {QStringLiteral("0014_validate_orders_coupon_fk.up.sql"), QStringLiteral("C")},
            {QStringLiteral("0015_add_shipments_address_id.up.sql"), QStringLiteral("ECB")}, // a validated FK, then the backfill
            {QStringLiteral("0016_widen_payments_amount.up.sql"), QStringLiteral("C")},
            {QStringLiteral("0017_order_items_quantity_check.up.sql"), QStringLiteral("EC")},
            {QStringLiteral("0018_switch_users_to_display_name.up.sql"), QStringLiteral("ECCCC")},
            {QStringLiteral("0020_drop_products_sku_index.up.sql"), QStringLiteral("C")}, // 0019 (enum value) has no node
        };
        QCOMPARE(phases, expected);
        QVERIFY(g.violations.empty());

        const auto edge = [&](const QString &from, const QString &to) { return edgeReason(g, nodeAt(g, from), nodeAt(g, to)); };
        QCOMPARE(edge(QStringLiteral("0001_create_users.up.sql:4"), QStringLiteral("0001_create_users.up.sql:15")),
                 QStringLiteral("creates users -> referenced by a foreign key"));
        QCOMPARE(edge(QStringLiteral("0010_add_users_display_name.up.sql:7"), QStringLiteral("0011_backfill_users_display_name.up.sql:6")),
                 QStringLiteral("creates users.display_name -> uses it"));
        QCOMPARE(edge(QStringLiteral("0011_backfill_users_display_name.up.sql:207"), QStringLiteral("0018_switch_users_to_display_name.up.sql:21")),
                 QStringLiteral("fills users.display_name -> checks or reads it"));
        QCOMPARE(edge(QStringLiteral("0011_backfill_users_display_name.up.sql:207"), QStringLiteral("0018_switch_users_to_display_name.up.sql:23")),
                 QStringLiteral("last use of users.full_name -> drops it"));
        QCOMPARE(edge(QStringLiteral("0012_add_order_items_line_total.up.sql:4"), QStringLiteral("0012_add_order_items_line_total.up.sql:6")),
                 QStringLiteral("creates order_items.line_total_cents -> uses it"));
        QCOMPARE(edge(QStringLiteral("0002_create_catalog.up.sql:30"), QStringLiteral("0013_add_orders_coupon_id.up.sql:8")),
                 QStringLiteral("creates coupons -> referenced by a foreign key"));
        QCOMPARE(edge(QStringLiteral("0002_create_catalog.up.sql:18"), QStringLiteral("0020_drop_products_sku_index.up.sql:2")),
                 QStringLiteral("creates index products_sku_idx -> drops it"));
        QCOMPARE(g.tables(), (QStringList{QStringLiteral("addresses"), QStringLiteral("audit_log"), QStringLiteral("coupons"),
                                          QStringLiteral("inventory"), QStringLiteral("order_items"), QStringLiteral("orders"),
                                          QStringLiteral("payments"), QStringLiteral("products"), QStringLiteral("shipments"),
                                          QStringLiteral("users")}));
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

    // Graphviz's newer ranking is compact but slow with many clusters (docs/benchmarks.md): up to
    // 400 migrations only. Violation edges are red for errors, amber for warnings.
    void dotFollowsTheGraphsSize()
    {
        const auto graphOf = [](int migrations) {
            graph::Graph g;
            for (int i = 0; i < migrations; ++i) {
                graph::Node node;
                node.id = i;
                node.migration = QStringLiteral("%1 m").arg(i);
                node.file = QStringLiteral("%1.sql").arg(i);
                node.line = 1;
                g.nodes.push_back(node);
            }
            return g;
        };
        QVERIFY(graph::toDot(graphOf(400)).contains("newrank=true"));
        QVERIFY(!graph::toDot(graphOf(401)).contains("newrank"));

        graph::Graph g = graphOf(3);
        g.edges.push_back({0, 1, QStringLiteral("expanded and contracted"), true});
        g.edges.push_back({1, 2, QStringLiteral("dropped, then used"), true});
        g.violations.push_back({QStringLiteral("expand-contract-same-migration"), rules::Level::Warning, QStringLiteral("w"), 0, 1});
        g.violations.push_back({QStringLiteral("use-after-drop"), rules::Level::Error, QStringLiteral("e"), 1, 2});
        const QByteArray dot = graph::toDot(g);
        QVERIFY2(dot.contains("n0 -> n1 [tooltip=\"expanded and contracted\", color=\"#e09a00\""), dot.constData());
        QVERIFY2(dot.contains("n1 -> n2 [tooltip=\"dropped, then used\", color=red"), dot.constData());
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
        const auto hasEdge = [&](int from, int to) { return edgeReason(g, from, to) != u"(no edge)"; };
        QVERIFY(hasEdge(1, 2)); // adds email_address -> backfill writes it
        QVERIFY(hasEdge(2, 6)); // the backfill reads email last -> DROP COLUMN email
        QVERIFY(hasEdge(2, 5)); // fills email_address -> SET NOT NULL checks it
    }
};

QTEST_GUILESS_MAIN(TestGraph)
#include "tst_graph.moc"
