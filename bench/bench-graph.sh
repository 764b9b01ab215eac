#!/usr/bin/env bash
# Building and laying out the dependency graph (bench/graph-build.cpp): Lemmy's migrations from the
# shared corpus and a generated repository of 1,000 migrations (target: under 2 s in total).
#   bench/bench-graph.sh BUILD_DIR [CORPUS_DIR]        MIGREVIEW_BENCH_RUNS sets the runs (default 5)
set -euo pipefail
build=$(cd "${1:?usage: bench-graph.sh BUILD_DIR [CORPUS_DIR]}" && pwd)
corpus=${2:-}
targets=(--generate 1000)
if [ -n "$corpus" ] && [ -d "$corpus/lemmy" ]; then
    targets=("$corpus/lemmy" "${targets[@]}")
else
    echo "bench-graph: no corpus at '${corpus}': Lemmy left out" >&2
fi
mkdir -p "$build/bench"
"$build/bin/migreview-bench-graph" --runs "${MIGREVIEW_BENCH_RUNS:-5}" "${targets[@]}" | tee "$build/bench/graph.txt"
