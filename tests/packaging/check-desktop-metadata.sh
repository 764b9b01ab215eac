#!/usr/bin/env bash
# tst_desktop_metadata: checks packaging/APP_ID.{desktop,metainfo.xml} and resources/icons/APP_ID.svg.
#
# usage: check-desktop-metadata.sh PACKAGING_DIR APP_ID VERSION HOMEPAGE
#
# Runs check_metadata.py (always), desktop-file-validate (Debian package desktop-file-utils)
# and appstreamcli validate --no-net (Debian package appstream). Prints PASS/FAIL/SKIP lines.
# Exit status: 1 if any check failed; otherwise 77 (CTest shows the test as skipped) if a
# validator is not installed; otherwise 0.
set -uo pipefail

if [ $# -ne 4 ]; then
    echo "usage: $0 PACKAGING_DIR APP_ID VERSION HOMEPAGE" >&2
    exit 2
fi
PACKAGING=$1 APP_ID=$2 VERSION=$3 HOMEPAGE=$4
DESKTOP="$PACKAGING/$APP_ID.desktop"
METAINFO="$PACKAGING/$APP_ID.metainfo.xml"
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

failures=0
skipped=()

echo "--- check_metadata.py ---"
if command -v python3 >/dev/null 2>&1; then
    python3 "$HERE/check_metadata.py" "$PACKAGING" "$APP_ID" "$VERSION" "$HOMEPAGE" || failures=$((failures + 1))
else
    echo "FAIL: python3 is not installed; the structural checks of the desktop entry and metainfo cannot run"
    failures=$((failures + 1))
fi

echo "--- desktop-file-validate ---"
if command -v desktop-file-validate >/dev/null 2>&1; then
    if output=$(desktop-file-validate "$DESKTOP" 2>&1); then
        [ -n "$output" ] && printf '%s\n' "$output" | sed 's/^/    /'
        echo "PASS: desktop-file-validate $APP_ID.desktop"
    else
        printf '%s\n' "$output" | sed 's/^/    /'
        echo "FAIL: desktop-file-validate $APP_ID.desktop"
        failures=$((failures + 1))
    fi
else
    echo "SKIP: desktop-file-validate is not installed (Debian package desktop-file-utils); the desktop entry was not validated by it"
    skipped+=(desktop-file-validate)
fi

echo "--- appstreamcli validate ---"
if command -v appstreamcli >/dev/null 2>&1; then
    echo "    $(appstreamcli --version 2>&1 | head -1)"
    if output=$(appstreamcli validate --no-net --explain "$METAINFO" 2>&1); then
        printf '%s\n' "$output" | sed 's/^/    /'
        echo "PASS: appstreamcli validate --no-net $APP_ID.metainfo.xml"
    else
        printf '%s\n' "$output" | sed 's/^/    /'
        echo "FAIL: appstreamcli validate --no-net $APP_ID.metainfo.xml"
        failures=$((failures + 1))
    fi
else
    echo "SKIP: appstreamcli is not installed (Debian package appstream); the metainfo was not validated by it"
    skipped+=(appstreamcli)
fi

if [ "$failures" -gt 0 ]; then
    echo "tst_desktop_metadata: $failures part(s) failed"
    exit 1
fi
if [ ${#skipped[@]} -gt 0 ]; then
    echo "tst_desktop_metadata: no failures, but not complete: ${skipped[*]} not installed (reported as skipped)"
    exit 77
fi
echo "tst_desktop_metadata: all checks passed"
