// Snapshot JSON -> the statistics loader -> the estimator (and the graph's table totals) over a
// small fixed repository whose tables the snapshot may describe.
#include "estimate/estimator.h"
#include "graph/graph.h"
#include "repository/repository.h"
#include "stats/statssnapshot.h"

#include <cstddef>
#include <cstdint>

using namespace migreview;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const stats::SnapshotLoad load = stats::parseSnapshot(QByteArray(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!load.snapshot)
        return 0;
    static const repository::Repository repo = [] {
        repository::Repository r;
        r.root = QStringLiteral("/fuzz");
        repository::Migration migration;
        migration.version = QStringLiteral("1");
        repository::MigrationScript script;
        script.relativePath = QStringLiteral("1_m.up.sql");
        script.bytes = QByteArrayLiteral("ALTER TABLE orders ALTER COLUMN total TYPE bigint;\nCREATE INDEX orders_note ON orders (note);\n"
                                         "UPDATE users SET plan = 'free';\nALTER TABLE users ADD CONSTRAINT users_fk FOREIGN KEY (org_id) REFERENCES orgs (id);\n"
                                         "VACUUM FULL orders;\nCLUSTER users USING users_pkey;\n");
        migration.scripts.push_back(script);
        r.migrations.push_back(migration);
        return r;
    }();
    const estimate::EstimateReport report = estimate::estimateRepository(repo, &*load.snapshot);
    const graph::Graph graph = graph::buildGraph(repo, report);
    return graph.nodes.empty() ? 0 : 0;
}
