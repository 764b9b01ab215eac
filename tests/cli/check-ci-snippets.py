#!/usr/bin/env python3
"""Runs the migreview and git commands of docs/ci.md's GitHub Actions and GitLab CI snippets, as
written, in a real git repository: an origin with main, a clone on a pull request's branch.

usage: check-ci-snippets.py PATH/TO/migreview SOURCE_DIR
Checks that each command exits as the snippet expects (the review fails on a pull request with an
error and passes on a clean one; the "|| true" lines never fail), that the SARIF is code
scanning's shape with baselineState, and that the markdown is the pull-request summary.
"""
import json
import os
import re
import subprocess
import sys
import tempfile

failures = 0


def check(condition, what, detail=""):
    global failures
    if condition:
        print(f"PASS: {what}")
    else:
        failures += 1
        print(f"FAIL: {what}" + (f"\n    {detail}" if detail else ""))


def snippet_commands(markdown, heading):
    """The shell commands of the yaml block under heading: run: lines and script: items."""
    section = markdown.split(f"## {heading}", 1)[1]
    block = re.search(r"```yaml\n(.*?)```", section, re.S).group(1)
    commands = []
    in_script = False
    for line in block.splitlines():
        stripped = line.strip()
        if stripped.startswith("run:"):
            command = stripped[len("run:"):].strip()
            command = re.sub(r"\s+#.*$", "", command)
            commands.append(command)
        elif stripped == "script:":
            in_script = True
        elif in_script and stripped.startswith("- "):
            commands.append(stripped[2:])
        elif in_script and not line.startswith("    "):
            in_script = False
    # what this test can run here: git and migreview (not apt-get, not the actions)
    return [c for c in commands if c.startswith("migreview ") or c.startswith("git ")]


def git(cwd, *args):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def make_repositories(top, with_error):
    origin = os.path.join(top, "origin")
    os.makedirs(os.path.join(origin, "db", "migrations"))
    git(origin, "init", "-q", "-b", "main")
    for name, sql in [("0001_users.up.sql", "CREATE TABLE users (id bigint PRIMARY KEY, email text);\n"),
                      ("0001_users.down.sql", "DROP TABLE users;\n"),
                      ("0002_orders.up.sql", "CREATE TABLE orders (id bigint PRIMARY KEY, total numeric);\n"),
                      ("0002_orders.down.sql", "DROP TABEL orders;\n")]:  # an old, broken down script
        with open(os.path.join(origin, "db", "migrations", name), "w") as f:
            f.write(sql)
    git(origin, "-c", "user.email=t@example.com", "-c", "user.name=T", "add", "-A")
    git(origin, "-c", "user.email=t@example.com", "-c", "user.name=T", "commit", "-q", "-m", "base")
    clone = os.path.join(top, "clone")
    git(top, "clone", "-q", origin, clone)
    git(clone, "checkout", "-q", "-b", "feature")
    up = "ALTER TABLE users ADD COLUMN name text NOT NULL;\n" if with_error else "CREATE INDEX CONCURRENTLY users_email ON users (email);\n"
    with open(os.path.join(clone, "db", "migrations", "0003_change.up.sql"), "w") as f:
        f.write(up)
    with open(os.path.join(clone, "db", "migrations", "0003_change.down.sql"), "w") as f:
        f.write("SELECT 1;\n")
    git(clone, "-c", "user.email=t@example.com", "-c", "user.name=T", "add", "-A")
    git(clone, "-c", "user.email=t@example.com", "-c", "user.name=T", "commit", "-q", "-m", "pull request")
    return clone


def run_snippet(name, commands, migreview, with_error):
    with tempfile.TemporaryDirectory() as top:
        clone = make_repositories(top, with_error)
        bin_dir = os.path.join(top, "bin")
        os.makedirs(bin_dir)
        os.symlink(migreview, os.path.join(bin_dir, "migreview"))
        summary = os.path.join(top, "step-summary.md")
        env = dict(os.environ, PATH=bin_dir + os.pathsep + os.environ["PATH"], GITHUB_BASE_REF="main",
                   CI_MERGE_REQUEST_TARGET_BRANCH_NAME="main", GITHUB_STEP_SUMMARY=summary)
        env.pop("QT_QPA_PLATFORM", None)
        label = f"{name}, a pull request {'with an error' if with_error else 'without errors'}"
        for command in commands:
            result = subprocess.run(["bash", "-c", command], cwd=clone, env=env, capture_output=True, text=True)
            tolerant = command.endswith("|| true") or command.startswith("git ")
            expected = 0 if tolerant or not with_error else 1
            check(result.returncode == expected, f"{label}: `{command}` exits {expected}",
                  f"exit {result.returncode}: {result.stderr.strip()[:400]}")
        sarif_path = os.path.join(clone, "migreview.sarif")
        check(os.path.exists(sarif_path), f"{label}: migreview.sarif written")
        if os.path.exists(sarif_path):
            sarif = json.load(open(sarif_path))
            results = sarif["runs"][0]["results"]
            check(sarif["version"] == "2.1.0", f"{label}: SARIF 2.1.0")
            check(all(r.get("baselineState") == "new" for r in results), f"{label}: every result new (baselineState)",
                  str([r.get("baselineState") for r in results]))
            check(all(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].startswith("0003_change") for r in results),
                  f"{label}: only the pull request's migration", str([r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results]))
            check(any(r["level"] == "error" for r in results) == with_error, f"{label}: errors exactly when the migration has one")
        markdown_path = summary if name == "GitHub Actions" else os.path.join(clone, "migreview.md")
        check(os.path.exists(markdown_path), f"{label}: the markdown summary written")
        if os.path.exists(markdown_path):
            text = open(markdown_path).read()
            check("pull request" in text and "0003 change" in text and "0002_orders" not in text,
                  f"{label}: the summary names the pull request's migration only", text[:300])


def main():
    if len(sys.argv) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    migreview, source = os.path.abspath(sys.argv[1]), sys.argv[2]
    markdown = open(os.path.join(source, "docs", "ci.md")).read()
    for name in ("GitHub Actions", "GitLab CI"):
        commands = snippet_commands(markdown, name)
        check(any(c.startswith("migreview lint") for c in commands), f"{name}: the snippet runs migreview lint", str(commands))
        for with_error in (True, False):
            run_snippet(name, commands, migreview, with_error)
    print("all checks passed" if failures == 0 else f"{failures} check(s) failed")
    return 0 if failures == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
