#!/usr/bin/env bash
# Accuracy of migreview's lock-duration estimates against a real PostgreSQL 17 (bench/estimate-accuracy.cpp).
#   bench/bench-estimate-accuracy.sh BUILD_DIR [CORPUS_DIR]      MIGREVIEW_BENCH_LARGE=1 adds 10^7 rows
set -euo pipefail
build=$(cd "${1:?usage: bench-estimate-accuracy.sh BUILD_DIR}" && pwd)
mkdir -p "$build/bench"
"$build/bin/migreview-bench-estimate-accuracy" | tee "$build/bench/estimate-accuracy.txt"
