#!/usr/bin/env bash
# Takes the README's screenshot of the workbench on the bundled example, under Xvfb, in the
# dev environment: ./dev exec docs/take-screenshot.sh [light|dark] [OUTPUT.png]
set -euo pipefail
cd "$(dirname "$0")/.."
scheme=${1:-light}
output=${2:-docs/screenshot.png}
[ "$scheme" = dark ] && [ $# -lt 2 ] && output=docs/screenshot-dark.png
xvfb-run -a -s "-screen 0 1280x800x24" build/bin/migreview-workbench examples/shop \
    --stats examples/shop/staging-stats.json \
    --file examples/shop/0015_add_shipments_address_id.up.sql \
    --color-scheme "$scheme" --screenshot "$output"
echo "wrote $output"
