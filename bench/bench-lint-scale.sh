#!/usr/bin/env bash
# How lint time and peak memory grow with the size of a repository: 5,000, 10,000 and 20,000
# generated migrations (a CREATE TABLE and an ALTER TABLE each), one migration file of 12.5,
# 25 and 50 MB of INSERTs, and one file of 5,000, 20,000 and 150,000 ALTER TABLE ... ADD COLUMN
# statements (issue 19: 150,000 did not finish in 10 minutes, rules looked back over the script).
# Time should grow about linearly; the check fails when 20,000 migrations take more than 6 times
# as long as 5,000 (it was 23 times before the schema state became layered, docs/hardening.md),
# or when the 150,000 statements take 15 s or more. Prints a table; results also go to
# BUILD_DIR/bench/lint-scale.json.
#
#   bench/bench-lint-scale.sh BUILD_DIR [CORPUS_DIR]   (the corpus is not used)
#
# Set MIGREVIEW_BENCH_RUNS to change the runs per size (the median is reported; default 3).
set -euo pipefail

build=$(cd "${1:?usage: bench-lint-scale.sh BUILD_DIR [CORPUS_DIR]}" && pwd)
migreview=$build/bin/migreview
[ -x "$migreview" ] || { echo "bench-lint-scale: build first: $migreview is needed" >&2; exit 1; }
mkdir -p "$build/bench"

python3 - "$migreview" "$build/bench/lint-scale.json" "${MIGREVIEW_BENCH_RUNS:-3}" <<'PY'
import json, os, resource, statistics, subprocess, sys, tempfile, time

migreview, summary, runs = sys.argv[1], sys.argv[2], int(sys.argv[3])

def lint(folder):
    """Median seconds and the largest peak RSS (MiB) of `migreview lint folder` over the runs."""
    seconds, peaks = [], []
    for _ in range(runs):
        start = time.monotonic()
        proc = subprocess.Popen([migreview, "lint", folder, "--format", "json", "--output", os.devnull],
                                stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds.append(time.monotonic() - start)
        peaks.append(usage.ru_maxrss / 1024)
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            sys.exit(f"bench-lint-scale: lint of {folder} exited {code}: {proc.stderr.read().decode(errors='replace')[:300]}")
    return statistics.median(seconds), max(peaks)

results = {"migrations": {}, "file_mb": {}, "statements": {}}
with tempfile.TemporaryDirectory(prefix="migreview-scale-") as scratch:
    for count in (5000, 10000, 20000):
        folder = os.path.join(scratch, f"m{count}")
        os.mkdir(folder)
        for i in range(1, count + 1):
            with open(os.path.join(folder, f"V{i}__step_{i}.sql"), "w") as f:
                f.write(f"CREATE TABLE t{i} (id bigint PRIMARY KEY);\nALTER TABLE t{i} ADD COLUMN note text;\n")
        seconds, peak = lint(folder)
        results["migrations"][count] = {"seconds": seconds, "peak_mib": peak}
        print(f"{count:>6} migrations: {seconds:6.2f} s, peak {peak:5.0f} MiB", flush=True)
    for megabytes in (12.5, 25, 50):
        folder = os.path.join(scratch, f"f{megabytes}")
        os.mkdir(folder)
        with open(os.path.join(folder, "V1__inserts.sql"), "w") as f:
            written = n = 0
            while written < megabytes * 1024 * 1024:
                line = f"INSERT INTO audit_log (id, note) VALUES ({n}, 'a fairly long note about the row');\n"
                f.write(line)
                written += len(line)
                n += 1
        seconds, peak = lint(folder)
        results["file_mb"][megabytes] = {"seconds": seconds, "peak_mib": peak, "statements": n}
        print(f"{megabytes:>6} MB file ({n} INSERTs): {seconds:6.2f} s, peak {peak:5.0f} MiB", flush=True)

    for count in (5000, 20000, 150000):
        folder = os.path.join(scratch, f"s{count}")
        os.mkdir(folder)
        with open(os.path.join(folder, "V1__columns.sql"), "w") as f:
            f.write("".join(f"ALTER TABLE orders ADD COLUMN c{i} integer;\n" for i in range(count)))
        seconds, peak = lint(folder)
        results["statements"][count] = {"seconds": seconds, "peak_mib": peak}
        print(f"{count:>6} statements in one file: {seconds:6.2f} s, peak {peak:5.0f} MiB", flush=True)

ratio = results["migrations"][20000]["seconds"] / results["migrations"][5000]["seconds"]
print(f"20,000 / 5,000 migrations: {ratio:.1f}x the time (linear: 4x; fails above 6x)")
results["ratio_20000_to_5000"] = ratio
json.dump(results, open(summary, "w"), indent=2)
print(f"written: {summary}")
largest = results["statements"][150000]["seconds"]
print(f"150,000 statements in one file: {largest:.1f} s (fails at 15 s or more)")
sys.exit(0 if ratio <= 6 and largest < 15 else 1)
PY
