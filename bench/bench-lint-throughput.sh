#!/usr/bin/env bash
# Lint throughput on the shared corpus: migreview with one thread and with every core, the parse
# floor (libpg_query alone over the same files, bench/parse-floor.cpp) and squawk 2.66.0, timed in
# the same run with hyperfine. Prints files/s and MB/s side by side and checks the two targets
# (at least 2x squawk, at most 1.5x the parse floor).
#
#   bench/bench-lint-throughput.sh BUILD_DIR CORPUS_DIR
#
# squawk comes from npm (squawk-cli@2.66.0, its prebuilt binary) into BUILD_DIR/squawk. Results
# also go to BUILD_DIR/bench/lint-throughput.json. Set MIGREVIEW_BENCH_RUNS to change hyperfine's runs.
set -euo pipefail

build=$(cd "${1:?usage: bench-lint-throughput.sh BUILD_DIR CORPUS_DIR}" && pwd)
corpus=${2:?usage: bench-lint-throughput.sh BUILD_DIR CORPUS_DIR}
runs=${MIGREVIEW_BENCH_RUNS:-15}
squawk_version=2.66.0

die() { echo "bench-lint-throughput: $*" >&2; exit 1; }
[ -d "$corpus" ] || die "no corpus at $corpus (set MIGREVIEW_CORPUS)"
corpus=$(cd "$corpus" && pwd)
command -v hyperfine >/dev/null || die "hyperfine is missing (./dev bench installs it)"
migreview=$build/bin/migreview
floor=$build/bin/migreview-parse-floor
[ -x "$migreview" ] && [ -x "$floor" ] || die "build first: $migreview and $floor are needed"

out=$build/bench/lint-throughput
mkdir -p "$out"

# The projects of the corpus: each folder that holds .sql files is linted as one repository.
projects=()
for dir in "$corpus"/*/; do
    dir=${dir%/}
    if [ -n "$(find "$dir" -name '*.sql' -print -quit)" ]; then projects+=("$dir"); fi
done
[ ${#projects[@]} -gt 0 ] || die "no .sql files under $corpus"

squawk=$build/squawk/node_modules/.bin/squawk
if [ ! -x "$squawk" ] || [ "$("$squawk" --version 2>/dev/null)" != "squawk $squawk_version" ]; then
    echo "installing squawk-cli@$squawk_version with npm into $build/squawk"
    if ! npm install --silent --no-audit --no-fund --prefix "$build/squawk" "squawk-cli@$squawk_version" >"$out/npm.log" 2>&1; then
        echo "  npm failed (see $out/npm.log); squawk is left out of this run"
        squawk=
    fi
fi

files=0
bytes=0
for project in "${projects[@]}"; do
    name=$(basename "$project")
    find "$project" -name '*.sql' -type f | sort >"$out/$name.files"
    files=$((files + $(wc -l <"$out/$name.files")))
    bytes=$((bytes + $(xargs -d '\n' cat <"$out/$name.files" | wc -c)))
done
cores=$(nproc)
echo "corpus: ${#projects[@]} projects ($(for p in "${projects[@]}"; do basename "$p"; done | paste -sd, -)), $files files, $bytes bytes; $cores cores; $runs runs each"

# One hyperfine run per tool and project; a tool's time is the sum of its projects' mean times.
measure() { # label command...
    local label=$1 project=$2 command=$3
    hyperfine --runs "$runs" --warmup 2 --ignore-failure --style none \
        --export-json "$out/$label.$(basename "$project").json" "$command" >/dev/null
}
for project in "${projects[@]}"; do
    name=$(basename "$project")
    measure floor "$project" "$floor '$project'"
    measure migreview-1 "$project" "$migreview lint '$project' --jobs 1 --output /dev/null"
    measure migreview-$cores "$project" "$migreview lint '$project' --jobs $cores --output /dev/null"
    if [ -n "$squawk" ]; then
        measure squawk "$project" "$squawk \$(cat '$out/$name.files') >/dev/null"
    fi
done

python3 - "$out" "$files" "$bytes" "$cores" "$build/bench/lint-throughput.json" ${squawk:+squawk} <<'EOF'
import glob, json, os, sys
out, files, size, cores, summary = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4]), sys.argv[5]
labels = [("floor", "parse floor (libpg_query alone)", 1),
          ("migreview-1", "migreview lint, 1 thread", 1),
          (f"migreview-{cores}", f"migreview lint, {cores} threads", cores)]
if len(sys.argv) > 6:
    labels.append(("squawk", "squawk 2.66.0", 1))
results = {}
for label, title, threads in labels:
    seconds = stddev2 = 0.0
    for path in glob.glob(os.path.join(out, f"{label}.*.json")):
        run = json.load(open(path))["results"][0]
        seconds += run["mean"]
        stddev2 += run["stddev"] ** 2 if run.get("stddev") is not None else 0.0
    results[label] = {"title": title, "threads": threads, "seconds": seconds, "stddev": stddev2 ** 0.5,
                      "files_per_second": files / seconds, "mb_per_second": size / 1e6 / seconds}
print(f"{'':34} {'time (ms)':>16} {'files/s':>9} {'MB/s':>7}")
for label, r in results.items():
    print(f"{r['title']:34} {r['seconds'] * 1000:9.1f} ± {r['stddev'] * 1000:4.1f} {r['files_per_second']:9.0f} {r['mb_per_second']:7.2f}")
floor = results["floor"]["seconds"]
single = results["migreview-1"]["seconds"]
best = results[f"migreview-{cores}"]["seconds"]
print(f"migreview 1 thread / parse floor: {single / floor:.2f}x (target at most 1.5x)")
print(f"migreview {cores} threads / parse floor: {best / floor:.2f}x")
targets = {"floor_ratio_single": single / floor, "floor_ratio_all_cores": best / floor}
if "squawk" in results:
    squawk = results["squawk"]["seconds"]
    print(f"migreview vs squawk throughput: {squawk / single:.2f}x with 1 thread, {squawk / best:.2f}x with {cores} (target at least 2x)")
    targets.update({"squawk_speedup_single": squawk / single, "squawk_speedup_all_cores": squawk / best})
json.dump({"files": files, "bytes": size, "cores": cores, "results": results, "ratios": targets}, open(summary, "w"), indent=2)
print(f"written: {summary}")
EOF
