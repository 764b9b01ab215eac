#!/usr/bin/env python3
"""Checks that `migreview lint --format sarif` and `migreview report --format sarif` write valid SARIF 2.1.0.

usage: check-sarif-schema.py MIGREVIEW_BINARY SOURCE_DIR

Validates the output for the bundled example, a folder with a syntax error and a binary file, and
the rule test cases against the official schema (tests/data/sarif, draft-04), plus the invariants
GitHub code scanning relies on that the schema cannot express. Exit 0 when all pass, 1 on any
failure, 77 (ctest SKIP_RETURN_CODE) when python3-jsonschema is missing.
"""

import copy
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

try:
    import jsonschema
except ImportError as error:
    print(f"SKIP: cannot import jsonschema ({error}); install python3-jsonschema")
    sys.exit(77)

# The rule folders hold ~230 cases; two per rule keeps the test quick while every rule still
# produces results.
CASES_PER_RULE = 2


def json_path(parts):
    """['runs', 0, 'results'] -> $.runs[0].results"""
    text = "$"
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else f".{part}"
    return text


def short(value, limit=200):
    text = str(value)
    return text if len(text) <= limit else text[:limit] + "..."


def run_lint(binary, path):
    """Returns (log, problem): the parsed SARIF log, or None and why not."""
    try:
        proc = subprocess.run([binary, "lint", path, "--format", "sarif"], capture_output=True, timeout=120)
    except (OSError, subprocess.TimeoutExpired) as error:
        return None, f"cannot run {binary}: {error}"
    # 0 = no errors, 1 = errors found; anything else (2 = could not run) means no report to check.
    if proc.returncode not in (0, 1):
        return None, f"exit code {proc.returncode}, stderr: {short(proc.stderr.decode(errors='replace').strip())}"
    try:
        return json.loads(proc.stdout), None
    except ValueError as error:
        return None, f"output is not JSON ({error}): {short(proc.stdout.decode(errors='replace'))}"


def schema_errors(validator, log):
    return [(json_path(e.absolute_path), short(e.message)) for e in validator.iter_errors(log)]


# RFC 3986 characters only, with '%' only as an escape; jsonschema's draft-04 checker does not check
# "format": "uri", so the test does (a space or '#' in a file name must not leak into a URI).
URI_REFERENCE = re.compile(r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2})*")


def invariant_errors(log):
    """What the schema allows but a usable migreview report must not do."""
    errors = []
    if log.get("version") != "2.1.0":
        errors.append(("$.version", f"expected '2.1.0', got {log.get('version')!r}"))
    runs = log.get("runs")
    if not isinstance(runs, list) or len(runs) != 1:
        errors.append(("$.runs", f"expected exactly one run, got {short(runs)}"))
        return errors
    run = runs[0]
    driver = run.get("tool", {}).get("driver", {})
    if driver.get("name") != "migreview":
        errors.append(("$.runs[0].tool.driver.name", f"expected 'migreview', got {driver.get('name')!r}"))
    rule_ids = [rule.get("id") for rule in driver.get("rules", [])]
    base = run.get("originalUriBaseIds", {}).get("SRCROOT", {}).get("uri")
    if base is not None and not (base.startswith("file:///") and URI_REFERENCE.fullmatch(base)):
        errors.append(("$.runs[0].originalUriBaseIds.SRCROOT.uri", f"{base!r} is not a percent-encoded file URI"))
    for i, result in enumerate(run.get("results", [])):
        where = f"$.runs[0].results[{i}]"
        rule_id = result.get("ruleId")
        if rule_id not in rule_ids:
            errors.append((f"{where}.ruleId", f"{rule_id!r} is not in tool.driver.rules[].id"))
        # SARIF 3.27.6: ruleIndex, when present, must point at the rule named by ruleId.
        index = result.get("ruleIndex")
        if index is not None and (not 0 <= index < len(rule_ids) or rule_ids[index] != rule_id):
            errors.append((f"{where}.ruleIndex", f"{index} does not point at rule {rule_id!r}"))
        locations = result.get("locations") or []
        if not locations:
            errors.append((f"{where}.locations", "result has no location"))
            continue
        uri = locations[0].get("physicalLocation", {}).get("artifactLocation", {}).get("uri", "")
        if not URI_REFERENCE.fullmatch(uri):
            errors.append((f"{where}.locations[0].physicalLocation.artifactLocation.uri", f"{uri!r} is not a percent-encoded URI reference"))
        region = locations[0].get("physicalLocation", {}).get("region", {})
        start_line = region.get("startLine")
        if not isinstance(start_line, int) or start_line < 1:
            errors.append((f"{where}.locations[0].physicalLocation.region.startLine", f"expected >= 1, got {start_line!r}"))
    return errors


def collect_inputs(source_dir, scratch):
    """[(label, path)]: what to lint. Rule cases are copied one by one into their own folder."""
    inputs = [("examples/shop", os.path.join(source_dir, "examples", "shop"))]

    broken = os.path.join(scratch, "broken")
    os.makedirs(broken)
    with open(os.path.join(broken, "001_bad.sql"), "w") as f:
        f.write("CREATE TABEL x (id int);\n")
    with open(os.path.join(broken, "002_binary.sql"), "wb") as f:
        f.write(b"\x00\x01\x02SELECT\x00\xff\xfe 1;\n")
    inputs.append(("syntax error + binary file", broken))

    awkward = os.path.join(scratch, "with space #1 ü")
    os.makedirs(awkward)
    with open(os.path.join(awkward, "001_add idx#1 ä.sql"), "w") as f:
        f.write("CREATE INDEX orders_note_idx ON orders (note);\n")
    inputs.append(("names with spaces, '#' and non-ASCII characters", awkward))

    rules_dir = os.path.join(source_dir, "tests", "data", "rules")
    for rule in sorted(os.listdir(rules_dir)):
        rule_dir = os.path.join(rules_dir, rule)
        if not os.path.isdir(rule_dir):
            continue
        cases = sorted(name for name in os.listdir(rule_dir) if name.endswith(".sql"))[:CASES_PER_RULE]
        for case in cases:
            case_dir = os.path.join(scratch, "rules", rule, case[:-4])
            os.makedirs(case_dir)
            shutil.copyfile(os.path.join(rule_dir, case), os.path.join(case_dir, "001_case.sql"))
            inputs.append((f"tests/data/rules/{rule}/{case}", case_dir))
    return inputs


def self_check(validator, log):
    """Breaks a valid log in ways the checks must catch, so the test cannot pass by checking nothing."""
    problems = []
    broken = copy.deepcopy(log)
    broken["runs"][0]["results"][0]["level"] = "fatal"
    if not schema_errors(validator, broken):
        problems.append("the schema accepted a result with level 'fatal'")
    broken = copy.deepcopy(log)
    del broken["runs"]
    if not schema_errors(validator, broken):
        problems.append("the schema accepted a log without 'runs'")
    broken = copy.deepcopy(log)
    broken["runs"][0]["results"][0]["ruleId"] = "no-such-rule"
    if not invariant_errors(broken):
        problems.append("the invariants accepted a result whose ruleId has no rule")
    return problems


def main():
    if len(sys.argv) != 3:
        print(__doc__.strip().splitlines()[2])
        return 2
    binary, source_dir = sys.argv[1], sys.argv[2]
    with open(os.path.join(source_dir, "tests", "data", "sarif", "sarif-schema-2.1.0.json")) as f:
        schema = json.load(f)
    jsonschema.Draft4Validator.check_schema(schema)
    validator = jsonschema.Draft4Validator(schema)

    failures = []  # (input, json path, message)
    logs = results = 0
    sample = None  # a valid log with results, for the self-check
    with tempfile.TemporaryDirectory(prefix="migreview-sarif-") as scratch:
        for label, path in collect_inputs(source_dir, scratch):
            log, problem = run_lint(binary, path)
            if log is None:
                failures.append((label, "-", problem))
                continue
            errors = schema_errors(validator, log) + invariant_errors(log)
            failures.extend((label, where, message) for where, message in errors)
            logs += 1
            count = len(log.get("runs", [{}])[0].get("results", [])) if isinstance(log.get("runs"), list) else 0
            results += count
            if not errors and count and sample is None:
                sample = log
        # The review's SARIF export (migreview report --format sarif) is built from its JSON.
        example = os.path.join(source_dir, "examples", "shop")
        proc = subprocess.run([binary, "report", example, "--format", "sarif", "--time", "2026-12-05T10:00:00Z"],
                              capture_output=True, timeout=300)
        try:
            log = json.loads(proc.stdout)
        except ValueError as error:
            log = None
            failures.append(("report", "-", f"not JSON ({error}); exit {proc.returncode}: {short(proc.stderr.decode(errors='replace'))}"))
        if log is not None:
            errors = schema_errors(validator, log) + invariant_errors(log)
            failures.extend(("report", where, message) for where, message in errors)
            logs += 1
            results += len(log.get("runs", [{}])[0].get("results", []))

    if sample is None:
        failures.append(("self-check", "-", "no valid log with results to break"))
    else:
        failures.extend(("self-check", "-", problem) for problem in self_check(validator, sample))

    for label, where, message in failures:
        print(f"FAIL {label}: {where}: {message}")
    print(f"{logs} SARIF log(s) with {results} result(s) validated against SARIF 2.1.0; {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
