#include "graphview.h"

#include "locktimeline.h"

#include <QBuffer>
#include <QGraphicsPathItem>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QSaveFile>
#include <QSet>
#include <QWheelEvent>

#include <algorithm>

namespace migreview::app {

namespace {

constexpr double PointsPerInch = 72.0;
// QGraphicsItem data keys of a statement's box.
constexpr int NodeIdRole = 0;
constexpr int FileRole = 1;
constexpr int LineRole = 2;
constexpr int EdgeEndsRole = 3; // an edge's "from,to" node ids
constexpr int MigrationRole = 4; // a cluster's migration
constexpr double DimmedOpacity = 0.15;

QPointF point(const QString &text, double height)
{
    const QStringList xy = text.split(u',');
    // Graphviz's y axis points up; the scene's down.
    return xy.size() >= 2 ? QPointF(xy[0].toDouble(), height - xy[1].toDouble()) : QPointF();
}

} // namespace

GraphView::GraphView(QWidget *parent)
    : QGraphicsView(parent)
{
    setScene(new QGraphicsScene(this));
    setDragMode(QGraphicsView::ScrollHandDrag);
    setRenderHint(QPainter::Antialiasing);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
}

QColor GraphView::phaseColor(graph::Phase phase)
{
    switch (phase) {
    case graph::Phase::Expand:
        return QColor(0x7a, 0xa8, 0x6a);
    case graph::Phase::Backfill:
        return QColor(0x3f, 0x8f, 0xd2);
    case graph::Phase::Contract:
        return QColor(0xe8, 0x90, 0x2c);
    case graph::Phase::Neutral:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

void GraphView::setGraph(const graph::Graph &graph, const QByteArray &layoutJson)
{
    scene()->clear();
    m_graph = graph;
    m_tableFilter.clear();
    m_nodeItems = 0;
    m_violationEdges = 0;
    const QJsonObject root = QJsonDocument::fromJson(layoutJson).object();
    const QStringList box = root.value(u"bb").toString().split(u',');
    const double height = box.size() == 4 ? box[3].toDouble() : 0;
    const QPen text(palette().color(QPalette::Text));
    const QSet<int> critical(graph.criticalPath.begin(), graph.criticalPath.end());

    // Objects are the clusters (with a bounding box) and the nodes (with a position), by _gvid.
    const QJsonArray objects = root.value(u"objects").toArray();
    QHash<int, int> nodeOfObject; // _gvid -> graph node id
    for (const QJsonValue &value : objects) {
        const QJsonObject object = value.toObject();
        if (object.contains(u"nodes")) {
            const QStringList bb = object.value(u"bb").toString().split(u',');
            if (bb.size() == 4) {
                const QRectF rect(QPointF(bb[0].toDouble(), height - bb[3].toDouble()), QPointF(bb[2].toDouble(), height - bb[1].toDouble()));
                auto *cluster = scene()->addRect(rect, QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
                cluster->setZValue(-2);
                cluster->setData(MigrationRole, object.value(u"label").toString());
                auto *label = scene()->addSimpleText(object.value(u"label").toString());
                label->setBrush(palette().color(QPalette::PlaceholderText));
                label->setPos(rect.topLeft() + QPointF(4, 2));
            }
            continue;
        }
        const QString name = object.value(u"name").toString();
        if (!name.startsWith(u'n') || !object.contains(u"pos"))
            continue;
        const int id = name.mid(1).toInt();
        if (id < 0 || size_t(id) >= graph.nodes.size())
            continue;
        nodeOfObject.insert(object.value(u"_gvid").toInt(), id);
        const graph::Node &node = graph.nodes[size_t(id)];
        const QPointF center = point(object.value(u"pos").toString(), height);
        const double w = object.value(u"width").toString().toDouble() * PointsPerInch;
        const double h = object.value(u"height").toString().toDouble() * PointsPerInch;
        const QRectF rect(center.x() - w / 2, center.y() - h / 2, w, h);
        QPen outline(critical.contains(id) ? palette().color(QPalette::Text) : phaseColor(node.phase).darker(130), critical.contains(id) ? 3 : 1);
        auto *item = scene()->addRect(rect, outline, phaseColor(node.phase));
        item->setFlag(QGraphicsItem::ItemIsSelectable);
        item->setData(NodeIdRole, id);
        item->setData(FileRole, node.file);
        item->setData(LineRole, node.line);
        item->setToolTip(tr("%1 (%2)\n%3:%4\n%5").arg(node.statement, graph::phaseName(node.phase), node.file).arg(node.line)
                             .arg(node.lock == locks::LockMode::None ? tr("no table lock") : locks::lockModeName(node.lock)));
        QString caption = node.statement;
        if (node.lock != locks::LockMode::None)
            caption += u'\n' + locks::lockModeName(node.lock);
        auto *label = new QGraphicsSimpleTextItem(caption, item);
        label->setBrush(QColor(0x1a, 0x1a, 0x1a)); // the phase colours are mid-tones: dark text reads on all
        label->setPos(rect.center() - label->boundingRect().center());
        ++m_nodeItems;
    }
    // Edges as Graphviz routed them: "e,x,y" (the arrow's end) and then B-spline control points.
    QHash<QPair<int, int>, const graph::Edge *> edgeOfEnds;
    for (const graph::Edge &edge : graph.edges)
        edgeOfEnds.insert({edge.from, edge.to}, &edge);
    // A violation edge is red for an error, amber for a warning (expand and contract together).
    QHash<QPair<int, int>, rules::Level> violationLevel;
    for (const graph::Violation &violation : graph.violations) {
        const auto ends = qMakePair(violation.from, violation.to);
        violationLevel.insert(ends, std::min(violationLevel.value(ends, rules::Level::Info), violation.level));
    }
    const QJsonArray edges = root.value(u"edges").toArray();
    for (const QJsonValue &value : edges) {
        const QJsonObject object = value.toObject();
        const int from = nodeOfObject.value(object.value(u"tail").toInt(), -1);
        const int to = nodeOfObject.value(object.value(u"head").toInt(), -1);
        QStringList parts = object.value(u"pos").toString().split(u' ', Qt::SkipEmptyParts);
        QPointF arrowEnd;
        if (!parts.isEmpty() && parts.first().startsWith(u"e,")) {
            arrowEnd = point(parts.takeFirst().mid(2), height);
        }
        if (parts.isEmpty())
            continue;
        QPainterPath path(point(parts[0], height));
        for (qsizetype i = 1; i + 2 < parts.size(); i += 3)
            path.cubicTo(point(parts[i], height), point(parts[i + 1], height), point(parts[i + 2], height));
        if (!arrowEnd.isNull())
            path.lineTo(arrowEnd);
        const graph::Edge *edge = edgeOfEnds.value({from, to});
        const bool violation = edge && edge->violation;
        const QString reason = edge ? edge->reason : QString();
        const QColor violationColor = violationLevel.value({from, to}, rules::Level::Error) == rules::Level::Error ? QColor(0xd9, 0x30, 0x25) : QColor(0xe0, 0x9a, 0x00);
        auto *item = scene()->addPath(path, QPen(violation ? violationColor : palette().color(QPalette::PlaceholderText), violation ? 2.5 : 1));
        item->setZValue(-1);
        item->setToolTip(reason);
        item->setData(EdgeEndsRole, QPoint(from, to));
        m_violationEdges += violation;
    }
    scene()->setSceneRect(scene()->itemsBoundingRect().adjusted(-10, -10, 10, 10));
    fitAll();
}

int GraphView::setTableFilter(const QString &table)
{
    m_tableFilter = table;
    const auto lit = [&](int id) {
        return table.isEmpty() || (id >= 0 && size_t(id) < m_graph.nodes.size() && m_graph.nodes[size_t(id)].tables.contains(table));
    };
    int shown = 0;
    for (QGraphicsItem *item : scene()->items()) {
        if (item->data(NodeIdRole).isValid()) {
            const bool on = lit(item->data(NodeIdRole).toInt());
            item->setOpacity(on ? 1 : DimmedOpacity);
            shown += on;
        } else if (item->data(EdgeEndsRole).isValid()) {
            const QPoint ends = item->data(EdgeEndsRole).toPoint();
            item->setOpacity(lit(ends.x()) && lit(ends.y()) ? 1 : DimmedOpacity);
        }
    }
    return shown;
}

bool GraphView::exportTo(const QString &path, QString *error) const
{
    QByteArray data;
    if (path.endsWith(u".svg", Qt::CaseInsensitive)) {
        data = graph::render(m_graph, "svg", error);
        if (data.isEmpty())
            return false;
    } else if (path.endsWith(u".png", Qt::CaseInsensitive)) {
        const QRectF area = scene()->sceneRect();
        QImage image((area.size() * 2).toSize().boundedTo(QSize(16000, 16000)), QImage::Format_ARGB32);
        image.fill(palette().color(QPalette::Base));
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        scene()->render(&painter, QRectF(image.rect()), area, Qt::KeepAspectRatio);
        painter.end();
        QBuffer buffer(&data);
        if (!buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "PNG")) {
            *error = tr("the image could not be encoded as PNG");
            return false;
        }
    } else {
        *error = tr("choose a file name ending in .svg or .png");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = tr("%1 could not be written: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

void GraphView::highlightNodes(const QList<int> &ids)
{
    scene()->clearSelection();
    QRectF area;
    for (QGraphicsItem *item : scene()->items()) {
        if (item->data(NodeIdRole).isValid() && ids.contains(item->data(NodeIdRole).toInt())) {
            item->setSelected(true);
            area = area.united(item->sceneBoundingRect());
        }
    }
    if (!area.isNull())
        ensureVisible(area, 40, 40);
}

QList<int> GraphView::highlightedNodes() const
{
    QList<int> ids;
    for (QGraphicsItem *item : scene()->selectedItems())
        ids.push_back(item->data(NodeIdRole).toInt());
    std::sort(ids.begin(), ids.end());
    return ids;
}

void GraphView::fitAll()
{
    if (!scene()->items().isEmpty())
        fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    const double factor = event->angleDelta().y() > 0 ? 1.15 : 1 / 1.15;
    scale(factor, factor);
}

bool GraphView::zoomToMigration(const QString &migration)
{
    for (QGraphicsItem *item : scene()->items()) {
        if (item->data(MigrationRole).toString() == migration) {
            fitInView(item->sceneBoundingRect().adjusted(-10, -10, 10, 10), Qt::KeepAspectRatio);
            return true;
        }
    }
    return false;
}

void GraphView::mouseDoubleClickEvent(QMouseEvent *event)
{
    // On a migration (its box or a statement in it): zoom to it; elsewhere: the whole graph.
    QString migration;
    for (QGraphicsItem *item : items(event->position().toPoint())) {
        if (item->data(MigrationRole).isValid()) {
            migration = item->data(MigrationRole).toString();
            break;
        }
    }
    if (migration.isEmpty() || !zoomToMigration(migration))
        fitAll();
    QGraphicsView::mouseDoubleClickEvent(event);
}

void GraphView::mousePressEvent(QMouseEvent *event)
{
    for (QGraphicsItem *item : items(event->position().toPoint())) {
        if (item->data(NodeIdRole).isValid()) {
            Q_EMIT nodeClicked(item->data(NodeIdRole).toInt());
            Q_EMIT statementActivated(item->data(FileRole).toString(), item->data(LineRole).toInt());
            break;
        }
    }
    QGraphicsView::mousePressEvent(event);
}

} // namespace migreview::app
