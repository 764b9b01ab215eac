#!/usr/bin/env python3
"""Lints the shared corpus of real migrations and checks the health of the reports.

usage: check-corpus.py MIGREVIEW_BINARY SOURCE_DIR

The corpus folder comes from $MIGREVIEW_CORPUS; each subfolder is one project (lemmy: Diesel,
documenso: Prisma). Exit 0 when every check passes, 1 on any failure, 77 (ctest
SKIP_RETURN_CODE) when the corpus is not there.
"""

import collections
import json
import os
import subprocess
import sys

# Findings that report on the input rather than on a statement: they have no safe rewrite.
# (unreadable-file is one too; it fails the check on its own, so it is listed to avoid a duplicate.)
NO_FIX_RULES = {"syntax-error", "unreadable-file", "migration-layout-problem", "migration-history-changed"}
# Rules whose rewrite needs what only the reader knows (a value, or a column type the set never
# stated): they give a statement when they can build one, and none rather than a placeholder.
SOMETIMES_NO_FIX_RULES = {"renaming-column", "non-deterministic-backfill", "primary-key-using-index-nullable", "non-idempotent-backfill",
                          "ban-stored-generated-column", "changing-column-type", "adding-required-field"}
# What a fix must never hold: a placeholder for the reader to fill in.
PLACEHOLDERS = ("<your", "<value", "<type>", "<key range>", "(...)", " ...;", "<column>", "<table>", "<expression")


def lint(binary, path, fmt):
    """Returns (report, problem): the parsed report, or None and why not."""
    try:
        proc = subprocess.run([binary, "lint", path, "--format", fmt], capture_output=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as error:
        return None, f"cannot run {binary}: {error}"
    # 0 = no errors, 1 = errors found; 2 = could not run.
    if proc.returncode not in (0, 1):
        return None, f"--format {fmt}: exit code {proc.returncode}, stderr: {proc.stderr.decode(errors='replace').strip()[:500]}"
    try:
        return json.loads(proc.stdout), None
    except ValueError as error:
        return None, f"--format {fmt}: output is not JSON ({error})"


def sql_files(folder):
    found = set()
    for root, dirs, files in os.walk(folder):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.update(os.path.relpath(os.path.join(root, name), folder).replace(os.sep, "/")
                     for name in files if name.endswith(".sql"))
    return found


def check_findings(findings):
    """Per-finding checks; returns the list of problems."""
    problems = []
    for f in findings:
        where = f"{f.get('file')}:{f.get('line')}: {f.get('rule')}"
        if f.get("rule") == "unreadable-file":
            problems.append(f"{where}: unreadable file in the corpus: {f.get('message')}")
        line, column = f.get("line", 0), f.get("column", 0)
        if line < 1 or column < 1:
            problems.append(f"{where}: position {line}:{column} is not 1-based")
        if (f.get("end_line", 0), f.get("end_column", 0)) < (line, column):
            problems.append(f"{where}: end {f.get('end_line')}:{f.get('end_column')} before start {line}:{column}")
        if not f.get("message", "").strip():
            problems.append(f"{where}: empty message")
        if f.get("level") in ("error", "warning") and f.get("rule") not in NO_FIX_RULES | SOMETIMES_NO_FIX_RULES and not f.get("fix", "").strip():
            problems.append(f"{where}: {f.get('level')} without a fix")
        if any(marker in f.get("fix", "") for marker in PLACEHOLDERS):
            problems.append(f"{where}: the fix holds a placeholder: {f.get('fix')[:120]}")
    return problems


def check_graph(binary, name, folder):
    """The dependency graph of one project: no crash, a consistent JSON, and its violations listed.
    Error-level violations fail the check (none is known on the corpus); warnings are printed."""
    try:
        proc = subprocess.run([binary, "graph", folder], capture_output=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as error:
        return [f"graph: cannot run {binary}: {error}"]
    if proc.returncode not in (0, 1):
        return [f"graph: exit code {proc.returncode}, stderr: {proc.stderr.decode(errors='replace').strip()[:500]}"]
    try:
        graph = json.loads(proc.stdout)
    except ValueError as error:
        return [f"graph: output is not JSON ({error})"]
    problems = []
    nodes, edges, violations = graph.get("nodes", []), graph.get("edges", []), graph.get("violations", [])
    if not nodes:
        problems.append("graph: no node")
    if [n.get("id") for n in nodes] != list(range(len(nodes))):
        problems.append("graph: node ids are not 0..n-1 in order")
    for e in edges:
        if not (0 <= e.get("from", -1) < len(nodes) and 0 <= e.get("to", -1) < len(nodes)) or not e.get("reason"):
            problems.append(f"graph: bad edge {e}")
    for n in nodes:
        if n.get("phase") not in ("expand", "backfill", "contract", "neutral") or n.get("line", 0) < 1:
            problems.append(f"graph: bad node {n}")
    errors = [v for v in violations if v.get("level") == "error"]
    if (proc.returncode == 1) != bool(errors):
        problems.append(f"graph: exit code {proc.returncode} with {len(errors)} error-level violation(s)")
    for v in errors:
        problems.append(f"graph: {v.get('rule')}: {v.get('message')}")
    path = graph.get("critical_path", [])
    if any(b not in {e["to"] for e in edges if e["from"] == a} for a, b in zip(path, path[1:])):
        problems.append(f"graph: the critical path {path} does not follow edges")
    by_rule = collections.Counter(v.get("rule") for v in violations)
    print(f"== {name} graph: {len(nodes)} nodes, {len(edges)} edges, {len(violations)} violations "
          f"({', '.join(f'{rule} {count}' for rule, count in sorted(by_rule.items())) or 'none'})")
    for v in violations[:5]:
        print(f"     {v.get('level')} {v.get('rule')}: {v.get('message')}")
    return problems


def check_project(binary, name, folder):
    """Lints one project, prints its figures; returns the list of problems."""
    report, problem = lint(binary, folder, "json")
    if report is None:
        return [problem]
    problems = []
    summary, findings = report.get("summary", {}), report.get("findings", [])

    on_disk = sql_files(folder)
    if summary.get("files") != len(on_disk):
        linted = set(report.get("files", []))
        problems.append(f"summary.files is {summary.get('files')} but the folder holds {len(on_disk)} .sql files; "
                        f"not linted: {sorted(on_disk - linted)}; linted but not found: {sorted(linted - on_disk)}")

    problems += check_findings(findings)

    # The corpus's known syntax errors are PostgreSQL 18 `ADD CONSTRAINT name NOT NULL col` in Lemmy's
    # down scripts (the parser knows PostgreSQL 17); one anywhere else is a parser regression.
    syntax_errors = [f for f in findings if f.get("rule") == "syntax-error"]
    for f in syntax_errors:
        if not f.get("file", "").endswith("down.sql"):
            problems.append(f"unexpected syntax error at {f.get('file')}:{f.get('line')}: {f.get('message')}")

    # The SARIF report lists every finding, suppressed ones too (marked with `suppressions`, as
    # src/core/report/sarifformat.cpp writes them), whereas the JSON `suppressed` flag tells them
    # apart: so all results must match all findings, and unmarked results the unsuppressed ones.
    sarif, problem = lint(binary, folder, "sarif")
    if sarif is None:
        problems.append(problem)
    else:
        results = sarif["runs"][0]["results"] if sarif.get("runs") else []
        unsuppressed_findings = sum(1 for f in findings if not f.get("suppressed"))
        unsuppressed_results = sum(1 for r in results if not r.get("suppressions"))
        if len(results) != len(findings) or unsuppressed_results != unsuppressed_findings:
            problems.append(f"SARIF has {len(results)} results ({unsuppressed_results} unsuppressed), "
                            f"JSON has {len(findings)} findings ({unsuppressed_findings} unsuppressed)")

    by_rule = collections.Counter(f.get("rule") for f in findings)
    print(f"== {name}: {summary.get('files')} files, {summary.get('statements')} statements, "
          f"{summary.get('errors')} errors, {summary.get('warnings')} warnings, {summary.get('infos')} infos")
    for rule, count in sorted(by_rule.items(), key=lambda item: (-item[1], item[0])):
        print(f"   {count:6}  {rule}")
    print(f"   syntax errors: {len(syntax_errors)}")
    for f in syntax_errors:
        print(f"     {f.get('file')}:{f.get('line')}: {f.get('message')}")
    return problems


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2])
        return 2
    binary = sys.argv[1]
    corpus = os.environ.get("MIGREVIEW_CORPUS", "")
    projects = sorted(d for d in os.listdir(corpus) if os.path.isdir(os.path.join(corpus, d))) if corpus and os.path.isdir(corpus) else []
    if not projects:
        print(f"corpus not found at {corpus or '(MIGREVIEW_CORPUS not set)'}; skipping")
        return 77

    failures = []
    for name in projects:
        failures += [f"{name}: {problem}" for problem in check_project(binary, name, os.path.join(corpus, name))]
        failures += [f"{name}: {problem}" for problem in check_graph(binary, name, os.path.join(corpus, name))]
    for failure in failures:
        print(f"FAIL {failure}")
    print(f"{len(projects)} corpus project(s) checked; {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
