// Layout and rendering through Graphviz's library (libgvc, libcgraph): no hand-written layout.
#include "graph.h"

#include <QCoreApplication>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <mutex>

namespace migreview::graph {

QByteArray render(const Graph &graph, const char *format, QString *error)
{
    // libgvc keeps global state (the plugin registry, the layout engines): one at a time.
    static std::mutex graphvizMutex;
    std::lock_guard lock(graphvizMutex);
    const QByteArray dot = toDot(graph);
    GVC_t *context = gvContext();
    Agraph_t *g = agmemread(dot.constData());
    QByteArray output;
    if (!g) {
        if (error)
            *error = QCoreApplication::translate("migreview::graph", "Graphviz could not read the graph");
    } else if (gvLayout(context, g, "dot") != 0) {
        if (error)
            *error = QCoreApplication::translate("migreview::graph", "Graphviz could not lay the graph out");
    } else {
        char *data = nullptr;
        unsigned int length = 0;
        if (gvRenderData(context, g, format, &data, &length) == 0 && data) {
            output = QByteArray(data, qsizetype(length));
        } else if (error) {
            *error = QCoreApplication::translate("migreview::graph", "Graphviz could not render the format %1").arg(QString::fromLatin1(format));
        }
        gvFreeRenderData(data);
        gvFreeLayout(context, g);
    }
    if (g)
        agclose(g);
    gvFreeContext(context);
    return output;
}

} // namespace migreview::graph
