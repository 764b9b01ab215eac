#!/usr/bin/env bash
# The workbench from launch to every finding shown, and its peak resident memory (VmHWM), for
# examples/shop and Lemmy's migrations (targets for Lemmy: under 1 s and under 250 MB).
#   bench/bench-workbench.sh BUILD_DIR [CORPUS_DIR]     MIGREVIEW_BENCH_RUNS sets the runs (default 5)
# Runs on the offscreen platform; `migreview-workbench --quit-when-ready` prints the figures.
set -euo pipefail
build=$(cd "${1:?usage: bench-workbench.sh BUILD_DIR [CORPUS_DIR]}" && pwd)
corpus=${2:-}
here=$(cd "$(dirname "$0")/.." && pwd)
runs=${MIGREVIEW_BENCH_RUNS:-5}
targets=("shop:$here/examples/shop")
if [ -n "$corpus" ] && [ -d "$corpus/lemmy" ]; then
    targets+=("lemmy:$corpus/lemmy")
else
    echo "bench-workbench: no corpus at '${corpus}': Lemmy left out" >&2
fi
mkdir -p "$build/bench"
{
    printf '%-10s %9s %12s %12s %10s\n' repository findings "shown ms" "wall ms" "peak MiB"
    for target in "${targets[@]}"; do
        name=${target%%:*} path=${target#*:}
        shown=() walls=() peaks=()
        for _ in $(seq "$runs"); do
            start=$(date +%s%N)
            out=$(QT_QPA_PLATFORM=offscreen "$build/bin/migreview-workbench" "$path" --quit-when-ready 2>/dev/null)
            end=$(date +%s%N)
            shown+=("$(awk '/^findings_shown_ms/ {print $2}' <<<"$out")")
            peaks+=("$(awk '/^peak_rss_mib/ {print $2}' <<<"$out")")
            findings=$(awk '/^findings / {print $2}' <<<"$out")
            walls+=($(((end - start) / 1000000)))
        done
        median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
        printf '%-10s %9s %12s %12s %10s\n' "$name" "$findings" "$(median "${shown[@]}")" "$(median "${walls[@]}")" "$(median "${peaks[@]}")"
    done
    echo "median of $runs runs; shown = launch to the findings table filled and painted; wall = the whole process, exit included"
} | tee "$build/bench/workbench.txt"
