#!/usr/bin/env bash
# Runs every benchmark and prints its figures: bench/run-all.sh BUILD_DIR [CORPUS_DIR]
set -euo pipefail
build=${1:?usage: run-all.sh BUILD_DIR [CORPUS_DIR]}
corpus=${2:-$(dirname "$0")/../../shared/corpus}
here=$(cd "$(dirname "$0")" && pwd)
status=0
for script in "$here"/bench-*.sh; do
    [ -e "$script" ] || continue
    echo "== $(basename "$script")"
    "$script" "$build" "$corpus" || status=1
done
exit $status
