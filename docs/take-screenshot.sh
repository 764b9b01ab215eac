#!/usr/bin/env bash
# Takes the README's screenshots of the workbench at 1600x1000, under Xvfb, in the dev environment:
#   ./dev exec docs/take-screenshot.sh [light|dark|pull-request] [OUTPUT.png]
# pull-request: the bundled example as a git history (one commit per migration, made in a
# temporary folder) reviewed as the pull request that adds its last two migrations.
set -euo pipefail
cd "$(dirname "$0")/.."
mode=${1:-light}
case "$mode" in
light) output=${2:-docs/screenshot.png} ;;
dark) output=${2:-docs/screenshot-dark.png} ;;
pull-request) output=${2:-docs/screenshot-pull-request.png} ;;
*) echo "usage: $0 [light|dark|pull-request] [OUTPUT.png]" >&2; exit 2 ;;
esac
run() { xvfb-run -a -s "-screen 0 1600x1000x24" build/bin/migreview-workbench "$@" -geometry 1600x1000+0+0 --screenshot "$output"; }
if [ "$mode" = pull-request ]; then
    history=$(mktemp -d)
    trap 'rm -rf "$history"' EXIT
    git -C "$history" init -q -b main
    for up in examples/shop/*.up.sql; do
        cp "$up" "${up%.up.sql}.down.sql" "$history/"
        git -C "$history" add -A
        git -C "$history" -c user.email=screenshot@example.com -c user.name=screenshot commit -q -m "$(basename "${up%.up.sql}")"
    done
    run "$history" --git-range HEAD~2..HEAD --stats examples/shop/staging-stats.json
else
    run examples/shop --stats examples/shop/staging-stats.json \
        --file examples/shop/0015_add_shipments_address_id.up.sql --color-scheme "$mode"
fi
echo "wrote $output"
