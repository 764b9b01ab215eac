#pragma once

#include "graph/graph.h"

#include <QGraphicsView>

namespace migreview::app {

// The dependency graph, laid out by Graphviz in the engine (graph::render as "json0": attributes without drawing operations): statements as
// boxes coloured by phase and marked with their lock, edges as Graphviz drew them, violations in
// red, the critical path outlined. Wheel zooms, dragging pans, a double click fits the migration
// under it (elsewhere, the whole graph); clicking a statement asks to show it.
class GraphView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit GraphView(QWidget *parent = nullptr);

    // layoutJson is graph::render(graph, "json0"), made off the GUI thread.
    void setGraph(const graph::Graph &graph, const QByteArray &layoutJson);
    int nodeItemCount() const { return m_nodeItems; }
    const graph::Graph &graph() const { return m_graph; }
    // Dims the statements that do not touch table, and the edges between them; empty shows all.
    // Returns how many statements stay lit.
    int setTableFilter(const QString &table);
    QString tableFilter() const { return m_tableFilter; }
    // Writes the graph to path: ".svg" as Graphviz renders it (the whole graph), ".png" as shown
    // (with the filter). False with *error set when it cannot.
    bool exportTo(const QString &path, QString *error) const;
    // Selects the statements with these node ids and brings them into view (a violation's ends).
    void highlightNodes(const QList<int> &ids);
    QList<int> highlightedNodes() const;
    int violationEdgeCount() const { return m_violationEdges; }
    void fitAll();
    // Fits one migration's cluster in the window (a double click on it does the same); false when
    // the graph has no such migration.
    bool zoomToMigration(const QString &migration);

    static QColor phaseColor(graph::Phase phase);

Q_SIGNALS:
    void statementActivated(const QString &file, int line);
    void nodeClicked(int id);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    graph::Graph m_graph;
    QString m_tableFilter;
    int m_nodeItems = 0;
    int m_violationEdges = 0;
};

} // namespace migreview::app
