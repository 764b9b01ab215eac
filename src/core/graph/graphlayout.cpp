// Layout and rendering through Graphviz's library (libgvc, libcgraph): no hand-written layout.
#include "graph.h"

#include <QCoreApplication>
#include <QThreadPool>

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <map>
#include <algorithm>
#include <cstring>
#include <mutex>
#include <string>
#include <unordered_map>

namespace migreview::graph {

namespace {

// Graphviz's default ID discipline makes the address of a name's interned string its ID, and
// orders subgraphs by ID: the clusters then come out of the SVG in a different order from run to
// run (addresses move with ASLR), and a review's JSON, which holds the SVG, would not be the same
// twice. These IDs follow the order in which names first appear in the DOT text instead.
struct SequentialIds
{
    std::map<std::string, IDTYPE> byName;
    std::unordered_map<IDTYPE, std::string> names;
    IDTYPE nextNamed = 2; // even: named, as the default discipline has it
    IDTYPE nextAnonymous = 1; // odd: anonymous
};

void *openIds(Agraph_t *, Agdisc_t *)
{
    return new SequentialIds;
}

long mapId(void *state, int, char *name, IDTYPE *id, int create)
{
    auto *ids = static_cast<SequentialIds *>(state);
    if (!name) {
        *id = ids->nextAnonymous;
        ids->nextAnonymous += 2;
        return 1;
    }
    if (const auto found = ids->byName.find(name); found != ids->byName.end()) {
        *id = found->second;
        return 1;
    }
    if (!create)
        return 0;
    *id = ids->nextNamed;
    ids->nextNamed += 2;
    ids->byName.emplace(name, *id);
    ids->names.emplace(*id, name);
    return 1;
}

long allocId(void *, int, IDTYPE)
{
    return 0; // no IDs chosen by the caller
}

void freeId(void *, int, IDTYPE)
{
}

char *printId(void *state, int, IDTYPE id)
{
    auto *ids = static_cast<SequentialIds *>(state);
    const auto found = ids->names.find(id);
    return found == ids->names.end() ? nullptr : found->second.data();
}

void closeIds(void *state)
{
    delete static_cast<SequentialIds *>(state);
}

void registerId(void *, int, void *)
{
}

Agiddisc_t sequentialIdDiscipline{openIds, mapId, allocId, freeId, printId, closeIds, registerId};

struct DotText
{
    const QByteArray *text;
    qsizetype position = 0;
};

int readDot(void *channel, char *buffer, int size)
{
    auto *dot = static_cast<DotText *>(channel);
    // cgraph's reader asks for a line at a time (as fgets would give it).
    qsizetype end = dot->text->indexOf('\n', dot->position);
    end = end < 0 ? dot->text->size() : end + 1;
    const int length = int(std::min<qsizetype>(end - dot->position, size - 1));
    memcpy(buffer, dot->text->constData() + dot->position, size_t(length));
    buffer[length] = '\0';
    dot->position += length;
    return length;
}

Agraph_t *readGraph(const QByteArray &dot)
{
    static Agiodisc_t io{readDot, AgIoDisc.putstr, AgIoDisc.flush};
    static Agdisc_t discipline{nullptr, &sequentialIdDiscipline, &io};
    DotText text{&dot};
    return agread(&text, &discipline);
}
// libgvc keeps global state (the plugin registry, the layout engines): one call at a time.
std::mutex graphvizMutex;

// One Graphviz context for the process, never freed (call with graphvizMutex held). Graphviz's
// pango text-layout plugin keeps, in a static variable, a pointer to the last font name it
// measured, and that name belongs to the context's font dictionary: with a context per render,
// freeing it left the pointer dangling and the next layout compared against freed memory
// (AddressSanitizer: heap-use-after-free in strcmp under textspan_size, tst_review). The font
// dictionary's entries live as long as their context, so one context keeps the name valid; it
// also saves loading the plugins for every render.
GVC_t *sharedContext()
{
    static GVC_t *const context = gvContext();
    return context;
}
}

QByteArray render(const Graph &graph, const char *format, QString *error)
{
    std::unique_lock lock(graphvizMutex);
    const QByteArray dot = toDot(graph);
    GVC_t *context = sharedContext();
    Agraph_t *g = readGraph(dot);
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
        });
        return output;
    }
    if (g)
        agclose(g);
    return output;
}

} // namespace migreview::graph
