#include "report/reviewbuild.h"

#include "estimate/estimator.h"
#include "graph/graph.h"
#include "lint/linter.h"

namespace migreview::report {

ReviewBuild reviewRepository(const ReviewRequest &request)
{
    ReviewBuild build;
    lint::Config config;
    if (request.config) {
        config = *request.config;
    } else if (const QString configPath = lint::findConfigFile(request.path); !configPath.isEmpty()) {
        const lint::ConfigLoad load = lint::loadConfig(configPath);
        if (!load.config) {
            build.error = load.error;
            return build;
        }
        config = *load.config;
    }
    repository::Repository repository = repository::loadRepository(request.path, {.gitRange = request.gitRange});
    if (!repository.ok()) {
        build.error = repository.error;
        return build;
    }
    lint::applyConfig(config, repository);
    lint::LintOptions options = config.options;
    options.progress = request.progress;
    const lint::LintResult lint = lint::lintRepository(repository, options);
    if (lint.cancelled) {
        build.cancelled = true;
        return build;
    }
    // The graph needs the whole history; the locks the review lists are the range's.
    estimate::EstimateReport estimate = estimate::estimateRepository(repository, request.snapshot, {.pgVersion = config.options.pgVersion, .rangeContext = true});
    graph::Graph graph = graph::buildGraph(repository, estimate);
    graph::keepRangeViolations(graph, repository);
    estimate::keepRange(estimate, repository);
    ReviewInput input;
    input.repository = &repository;
    input.gitRange = request.gitRange;
    input.config = &config;
    input.lint = &lint;
    input.estimate = &estimate;
    input.graph = &graph;
    input.graphSvg = graph.nodes.empty() ? QByteArray() : graph::render(graph, "svg");
    input.snapshot = request.snapshot;
    input.snapshotBytes = request.snapshotBytes;
    input.trace = request.trace;
    input.signOffs = request.signOffs;
    input.generatedAt = request.time;
    input.toolVersion = request.toolVersion;
    build.review = buildReview(input);
    return build;
}

} // namespace migreview::report
