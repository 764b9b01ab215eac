#!/usr/bin/env python3
"""Writes the seed corpus of one fuzz target into a folder (flat, as libFuzzer reads it).

usage: make-seeds.py TARGET SOURCE_DIR OUT_DIR

sql: the example's migrations, the golden tests' SQL (rules, parser) and the hostile set;
repository: the layout test repositories and the example, encoded as name NUL content NUL ...;
snapshot: the example's snapshot and the estimate tests' snapshots; verify: a small review with its
signature marker; config: every .migreview.toml in the tree and a few hand-written ones.
"""

import glob
import json
import os
import sys


def write(out, name, data):
    with open(os.path.join(out, name.replace("/", "_")), "wb") as f:
        f.write(data)


def read(path):
    with open(path, "rb") as f:
        return f.read()


def repository_seed(root):
    parts = []
    for path in sorted(glob.glob(os.path.join(root, "**", "*"), recursive=True)):
        if os.path.isfile(path) and os.path.getsize(path) < 20000:
            parts += [os.path.relpath(path, root).encode(), read(path)]
    return b"\0".join(parts) + b"\0"


def main():
    target, source, out = sys.argv[1], sys.argv[2], sys.argv[3]
    os.makedirs(out, exist_ok=True)
    data = os.path.join(source, "tests", "data")
    if target == "sql":
        for pattern in ["examples/shop/*.sql", "tests/data/rules/*/*.sql", "tests/data/parse/input/*.sql", "tests/data/hostile/repo/*.sql"]:
            for path in glob.glob(os.path.join(source, pattern)):
                if os.path.getsize(path) < 100000:
                    write(out, os.path.relpath(path, source), read(path))
    elif target == "repository":
        for folder in glob.glob(os.path.join(data, "layouts", "*", "input")) + [os.path.join(source, "examples", "shop")]:
            write(out, os.path.relpath(folder, source), repository_seed(folder))
    elif target == "snapshot":
        for path in glob.glob(os.path.join(source, "examples", "*", "*.json")) + glob.glob(os.path.join(data, "estimate", "**", "*.json"), recursive=True):
            if read(path).lstrip().startswith(b"{"):
                write(out, os.path.relpath(path, source), read(path))
    elif target == "verify":
        review = read(os.path.join(source, "tests", "fuzz", "seed-review.json"))
        write(out, "review", review)
        write(out, "review-signed", review + b"\n--SIG--\n-----BEGIN PGP SIGNATURE-----\n\niHUEABYKAB0WIQQ=\n=abcd\n-----END PGP SIGNATURE-----\n")
    elif target == "config":
        for path in glob.glob(os.path.join(source, "**", ".migreview.toml"), recursive=True):
            write(out, os.path.relpath(path, source), read(path))
        write(out, "full", b'pg_version = 16\nexclude = ["legacy/**", "seeds/*.sql"]\n\n[rules]\ndisable = ["prefer-robust-stmts"]\n'
                           b'enable = ["foreign-key-on-delete-cascade"]\nlevels = { ban-drop-column = "error", prefer-text-field = "info" }\n\n'
                           b'[transactions]\ngolang-migrate = "wrapped"\n')
    else:
        sys.exit(f"unknown target {target}")
    print(f"{len(os.listdir(out))} seed(s) for {target} in {out}")


if __name__ == "__main__":
    main()
