#!/usr/bin/env python3
"""Runs migreview on the hostile inputs (tests/data/hostile) and checks each expected outcome.

usage: check-hostile.py MIGREVIEW_BINARY SOURCE_DIR [--report FILE]

Copies tests/data/hostile/repo into a temporary folder, adds the cases too large to commit (a 50 MB
migration, 100,000 statements, a FIFO, an unreadable file, a symlink loop), lints it with
`migreview lint --format json`, and checks that every file yields its expected finding, that the
sentinel migration after them is still analysed, and that nothing crashes, hangs or takes more
memory than the limit. Then lints a repository of 20,000 migrations. Prints each run's time and
peak memory (and writes them to --report). Exit 0 when all hold, 1 otherwise.
"""

import json
import os
import resource
import shutil
import stat
import subprocess
import sys
import tempfile
import time


def run(command, limit_seconds):
    """Runs command; returns (exit code, stdout, stderr, seconds, peak MiB of this child)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.monotonic()
    try:
        proc = subprocess.run(command, capture_output=True, timeout=limit_seconds)
        code, out, err = proc.returncode, proc.stdout, proc.stderr
    except subprocess.TimeoutExpired:
        code, out, err = "timeout", b"", b""
    seconds = time.monotonic() - start
    # ru_maxrss of the children is the largest child so far: the runs go in increasing order of size.
    peak = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    return code, out, err, seconds, peak


def make_large_cases(repo):
    with open(os.path.join(repo, "V03__huge.sql"), "w") as f:
        line = "INSERT INTO audit_log (id, note) VALUES (%d, 'a fairly long note about the row');\n"
        written = 0
        n = 0
        while written < 50 * 1024 * 1024:
            text = line % n
            f.write(text)
            written += len(text)
            n += 1
    with open(os.path.join(repo, "V11__many_statements.sql"), "w") as f:
        for i in range(100000):
            f.write(f"SELECT {i};\n")
    os.mkfifo(os.path.join(repo, "V14__fifo.sql"))
    unreadable = os.path.join(repo, "V15__unreadable.sql")
    with open(unreadable, "w") as f:
        f.write("SELECT 1;\n")
    os.chmod(unreadable, 0)
    os.symlink(".", os.path.join(repo, "loop"))
    return n


def main():
    binary, source_dir = sys.argv[1], sys.argv[2]
    report_path = sys.argv[sys.argv.index("--report") + 1] if "--report" in sys.argv else None
    data = os.path.join(source_dir, "tests", "data", "hostile")
    with open(os.path.join(data, "expected.json")) as f:
        expected = json.load(f)
    limits = expected["limits"]
    failures, lines = [], []
    with tempfile.TemporaryDirectory(prefix="migreview-hostile-") as scratch:
        # 20,000 migrations.
        many = os.path.join(scratch, "many")
        os.mkdir(many)
        for i in range(1, 20001):
            with open(os.path.join(many, f"V{i}__step_{i}.sql"), "w") as f:
                f.write(f"CREATE TABLE t{i} (id bigint PRIMARY KEY);\nALTER TABLE t{i} ADD COLUMN note text;\n")
        code, out, err, seconds, peak = run([binary, "lint", many, "--format", "json"], limits["seconds"])
        lines.append(f"20,000 migrations: exit {code}, {seconds:.1f} s, peak {peak:.0f} MiB")
        if code not in (0, 1):
            failures.append(f"lint of 20,000 migrations exited {code}: {err.decode(errors='replace')[:300]}")
        else:
            summary = json.loads(out).get("summary", {})
            if summary.get("files") != 20000:
                failures.append(f"20,000 migrations: {summary.get('files')} files analysed")
        if peak > limits["peak_mib"]:
            failures.append(f"20,000 migrations: peak memory {peak:.0f} MiB is over {limits['peak_mib']} MiB")

        repo = os.path.join(scratch, "repo")
        shutil.copytree(os.path.join(data, "repo"), repo)
        huge_statements = make_large_cases(repo)
        code, out, err, seconds, peak = run([binary, "lint", repo, "--format", "json"], limits["seconds"])
        lines.append(f"hostile repository (50 MB file, 100,000 statements, FIFO, symlink loop, ...): exit {code}, {seconds:.1f} s, peak {peak:.0f} MiB")
        if code not in (0, 1):
            failures.append(f"lint exited {code}: {err.decode(errors='replace')[:500]}")
        if peak > limits["peak_mib"]:
            failures.append(f"peak memory {peak:.0f} MiB is over {limits['peak_mib']} MiB")
        try:
            result = json.loads(out)
        except ValueError as error:
            result = None
            failures.append(f"the JSON cannot be read: {error}")
        if result is not None:
            findings = result.get("findings", [])
            for name, want in expected["files"].items():
                if want.get("unless_root") and os.geteuid() == 0:
                    continue  # root reads a mode-000 file anyway
                mine = [f for f in findings if f.get("file") == name]
                if "rule" in want:
                    hit = [f for f in mine if f.get("rule") == want["rule"] and f.get("line") == want["line"] and want["message"] in f.get("message", "")]
                    if not hit:
                        failures.append(f"{name}: no {want['rule']} finding at line {want['line']} with '{want['message']}'; got {[(f.get('rule'), f.get('line'), f.get('message', '')[:80]) for f in mine]}")
                if want.get("no_error"):
                    errors = [f for f in mine if f.get("level") == "error"]
                    if errors:
                        failures.append(f"{name}: unexpected errors {[(f.get('rule'), f.get('message', '')[:80]) for f in errors[:3]]}")
            if any(f.get("file", "").startswith("loop/") for f in findings):
                failures.append("the symlink loop was followed")
            summary = result.get("summary", {})
            lines.append(f"  {summary.get('files', '?')} files, {summary.get('statements', '?')} statements (the 50 MB file holds {huge_statements})")

    for line in lines:
        print(line)
    for failure in failures:
        print("FAIL", failure)
    if report_path:
        with open(report_path, "w") as f:
            f.write("\n".join(lines) + "\n")
    print(f"{len(expected['files'])} hostile cases and 20,000 migrations; {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
