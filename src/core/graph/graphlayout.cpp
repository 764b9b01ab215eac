// Layout and rendering through Graphviz's library (libgvc, libcgraph): no hand-written layout.
#include "graph.h"

#include <QCoreApplication>
#include <QThreadPool>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <mutex>

namespace migreview::graph {

namespace {
// libgvc keeps global state (the plugin registry, the layout engines): one call at a time.
std::mutex graphvizMutex;
}

QByteArray render(const Graph &graph, const char *format, QString *error)
{
    std::unique_lock lock(graphvizMutex);
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
        // Freeing dot's layout takes a third as long as making it (0.6 s for 1,000 migrations): the
        // result is returned now and the memory freed on the thread pool, which the next render
        // waits for and QCoreApplication's destructor too.
        lock.unlock();
        QThreadPool::globalInstance()->start([context, g] {
            std::lock_guard cleanupLock(graphvizMutex);
            gvFreeLayout(context, g);
            agclose(g);
            gvFreeContext(context);
        });
        return output;
    }
    if (g)
        agclose(g);
    gvFreeContext(context);
    return output;
}

} // namespace migreview::graph
