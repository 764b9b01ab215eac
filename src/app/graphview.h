#pragma once

#include "graph/graph.h"

#include <QGraphicsView>

namespace migreview::app {

// The dependency graph, laid out by Graphviz in the engine (graph::render as "json"): statements as
// boxes coloured by phase and marked with their lock, edges as Graphviz drew them, violations in
// red, the critical path outlined. Wheel zooms, dragging pans, a double click fits the window;
// clicking a statement asks to show it.
class GraphView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit GraphView(QWidget *parent = nullptr);

    // layoutJson is graph::render(graph, "json"), made off the GUI thread.
    void setGraph(const graph::Graph &graph, const QByteArray &layoutJson);
    int nodeItemCount() const { return m_nodeItems; }
    int violationEdgeCount() const { return m_violationEdges; }
    void fitAll();

    static QColor phaseColor(graph::Phase phase);

Q_SIGNALS:
    void statementActivated(const QString &file, int line);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    int m_nodeItems = 0;
    int m_violationEdges = 0;
};

} // namespace migreview::app
