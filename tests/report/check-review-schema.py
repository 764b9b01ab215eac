#!/usr/bin/env python3
"""Checks that `migreview report --format json` writes reviews valid against docs/review.schema.json.

usage: check-review-schema.py MIGREVIEW_BINARY SOURCE_DIR

Validates the review of the bundled example with and without statistics and with a sign-off, and
checks that the schema refuses what it must (a newer version, a password left in the statistics
source, a bad verdict). Exit 0 when all pass, 1 on a failure, 77 when python3-jsonschema is missing.
"""

import copy
import json
import os
import subprocess
import sys

try:
    import jsonschema
except ImportError as error:
    print(f"SKIP: cannot import jsonschema ({error}); install python3-jsonschema")
    sys.exit(77)


def main():
    binary, source_dir = sys.argv[1], sys.argv[2]
    with open(os.path.join(source_dir, "docs", "review.schema.json")) as f:
        schema = json.load(f)
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)
    example = os.path.join(source_dir, "examples", "shop")
    runs = [
        [binary, "report", example, "--time", "2026-12-05T10:00:00Z"],
        [binary, "report", example, "--time", "2026-12-05T10:00:00Z", "--stats", os.path.join(example, "staging-stats.json"),
         "--sign-off", "Ada Lovelace <ada@example.com>|dba|request-changes|needs lock_timeout"],
    ]
    failures = []
    reviews = []
    for command in runs:
        proc = subprocess.run(command, capture_output=True, timeout=300)
        try:
            review = json.loads(proc.stdout)
        except ValueError as error:
            failures.append(f"{' '.join(command[2:])}: not JSON ({error}); {proc.stderr.decode(errors='replace')[:300]}")
            continue
        reviews.append(review)
        for error in validator.iter_errors(review):
            failures.append(f"{' '.join(command[2:])}: {'/'.join(map(str, error.absolute_path))}: {error.message[:200]}")
    if reviews:
        broken = []
        newer = copy.deepcopy(reviews[-1]); newer["version"] = 2; broken.append(("a newer version", newer))
        leaky = copy.deepcopy(reviews[-1]); leaky["statistics"]["source"] = "host=db password=hunter2"; broken.append(("a password in the source", leaky))
        verdict = copy.deepcopy(reviews[-1]); verdict["signoffs"][0]["verdict"] = "maybe"; broken.append(("a bad verdict", verdict))
        for label, document in broken:
            if validator.is_valid(document):
                failures.append(f"the schema accepts {label}")
    for failure in failures:
        print("FAIL", failure)
    print(f"{len(reviews)} review(s) validated against docs/review.schema.json; {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
