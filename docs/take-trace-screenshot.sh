#!/usr/bin/env bash
# Takes docs/trace.md's screenshot of the Distributions view: the workbench test traces a dollars
# to cents backfill on a PostgreSQL 17 it starts, under Xvfb, and saves the window.
#   ./dev exec docs/take-trace-screenshot.sh [light|dark] [OUTPUT.png]
set -euo pipefail
cd "$(dirname "$0")/.."
scheme=${1:-light}
output=${2:-docs/distributions-$scheme.png}
MIGREVIEW_SCREENSHOT="$PWD/$output" MIGREVIEW_SCREENSHOT_SCHEME="$scheme" MIGREVIEW_BIN_DIR="$PWD/build/bin" \
    xvfb-run -a -s "-screen 0 1280x800x24" build/tests/tst_workbench_trace tracesFromTheWindow
echo "wrote $output"
