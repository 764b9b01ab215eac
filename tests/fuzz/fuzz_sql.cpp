// SQL text -> parse, schema state and every rule (lint), the estimate and the graph: one migration
// holding the input, after a fixed first migration that gives the rules a schema to reason about.
#include "estimate/estimator.h"
#include "graph/graph.h"
#include "lint/linter.h"
#include "repository/repository.h"

#include <cstddef>
#include <cstdint>

using namespace migreview;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    repository::Repository repo;
    repo.root = QStringLiteral("/fuzz");
    for (int version = 1; version <= 2; ++version) {
        repository::Migration migration;
        migration.version = QString::number(version);
        migration.name = QStringLiteral("m");
        repository::MigrationScript script;
        script.relativePath = QStringLiteral("%1_m.up.sql").arg(version);
        script.path = repo.root + u'/' + script.relativePath;
        script.bytes = version == 1 ? QByteArrayLiteral("CREATE TABLE orders (id bigint PRIMARY KEY, total numeric, note text);\n")
                                    : QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
        script.transactionMode = size % 2 ? repository::TransactionMode::Wrapped : repository::TransactionMode::PerStatement;
        migration.scripts.push_back(script);
        repo.migrations.push_back(migration);
    }
    lint::LintOptions options;
    options.threads = 1;
    options.enabledOptInRules.insert(QStringLiteral("require-statement-timeout"));
    const lint::LintResult result = lint::lintRepository(repo, options);
    const estimate::EstimateReport estimate = estimate::estimateRepository(repo, nullptr);
    const graph::Graph graph = graph::buildGraph(repo, estimate);
    return result.findings.size() > 100000 && graph.nodes.empty() ? 1 : 0;
}
