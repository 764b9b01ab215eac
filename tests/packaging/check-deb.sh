#!/usr/bin/env bash
# tst_package_deb: makes the .deb with CPack in a scratch folder and checks it with dpkg-deb.
#
# usage: check-deb.sh CPACK CPACK_CONFIG SCRATCH_DIR BIN_DIR VERSION APP_ID
#
#   CPACK         the cpack program
#   CPACK_CONFIG  the build tree's CPackConfig.cmake
#   SCRATCH_DIR   where the package is made (emptied first; kept afterwards for inspection)
#   BIN_DIR       where the build puts migreview and migreview-workbench
#   VERSION       the expected package version (PROJECT_VERSION)
#   APP_ID        the desktop application id (io.github.migreview.Workbench)
#
# Prints one PASS/FAIL/SKIP line per check and exits non-zero if any check failed.
set -uo pipefail

if [ $# -ne 6 ]; then
    echo "usage: $0 CPACK CPACK_CONFIG SCRATCH_DIR BIN_DIR VERSION APP_ID" >&2
    exit 2
fi
CPACK=$1 CONFIG=$2 SCRATCH=$3 BIN_DIR=$4 VERSION=$5 APP_ID=$6
PACKAGE=migreview
PROGRAMS=(migreview migreview-workbench)

failures=0
pass() { printf 'PASS: %s\n' "$*"; }
fail() {
    printf 'FAIL: %s\n' "$*"
    failures=$((failures + 1))
}
skip() { printf 'SKIP: %s\n' "$*"; }
finish() {
    if [ "$failures" -eq 0 ]; then
        echo "tst_package_deb: all checks passed"
        exit 0
    fi
    echo "tst_package_deb: $failures check(s) failed"
    exit 1
}

for tool in "$CPACK" dpkg-deb dpkg readelf; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        fail "the tool '$tool' is not available (dpkg-deb and dpkg come with dpkg, readelf with binutils)"
        finish
    fi
done

# --- the programs must have been built --------------------------------------------------

for program in "${PROGRAMS[@]}"; do
    if [ -x "$BIN_DIR/$program" ]; then
        pass "built: $BIN_DIR/$program"
    else
        fail "not built: $BIN_DIR/$program does not exist; build the targets migreview and migreview-workbench first (cmake --build BUILD_DIR), then run this test again"
    fi
done

# --- make the package ------------------------------------------------------------------

if [ ! -f "$CONFIG" ]; then
    fail "no CPack configuration at $CONFIG (is include(CPack) in packaging/CMakeLists.txt?)"
    finish
fi
rm -rf "$SCRATCH"
mkdir -p "$SCRATCH"
if "$CPACK" -G DEB -B "$SCRATCH" --config "$CONFIG" >"$SCRATCH/cpack.log" 2>&1; then
    pass "cpack -G DEB made a package in $SCRATCH"
else
    fail "cpack -G DEB failed; its output:"
    sed 's/^/    /' "$SCRATCH/cpack.log"
    finish
fi

shopt -s nullglob
debs=("$SCRATCH"/*.deb)
shopt -u nullglob
if [ ${#debs[@]} -ne 1 ]; then
    fail "expected exactly one .deb in $SCRATCH, found ${#debs[@]}: ${debs[*]:-none}"
    finish
fi
DEB=${debs[0]}
echo "package: $DEB"
echo "--- control ---"
dpkg-deb --field "$DEB" | sed 's/^/    /'

# --- control fields ----------------------------------------------------------------------

field() { dpkg-deb --field "$DEB" "$1" 2>/dev/null; }
expect_field() {
    local name=$1 want=$2 got
    got=$(field "$name")
    if [ "$got" = "$want" ]; then pass "$name: $got"; else fail "$name is '$got', expected '$want'"; fi
}

ARCH=$(dpkg --print-architecture)
expect_field Package "$PACKAGE"
expect_field Version "$VERSION"
expect_field Architecture "$ARCH"
expect_field Section devel

expected_name="${PACKAGE}_${VERSION}_${ARCH}.deb"
if [ "$(basename "$DEB")" = "$expected_name" ]; then
    pass "file name: $expected_name (DEB-DEFAULT)"
else
    fail "file name is $(basename "$DEB"), expected $expected_name (CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)"
fi

for name in Maintainer Description Homepage; do
    value=$(field "$name")
    if [ -n "$value" ]; then pass "$name is set: $(head -1 <<<"$value")"; else fail "$name is empty"; fi
done

DEPENDS=$(field Depends)
if [ -z "$DEPENDS" ]; then
    fail "Depends is empty"
fi
# The package names in Depends, without versions or alternatives.
mapfile -t depends_names < <(tr ',|' '\n' <<<"$DEPENDS" | sed 's/(.*)//; s/:any//; s/[[:space:]]//g' | grep -v '^$')
for wanted in libkf6syntaxhighlighting6 'libpg-query' libqt6widgets6 libqt6charts6 libpq5 libgit2; do
    if printf '%s\n' "${depends_names[@]}" | grep -q "^$wanted"; then
        pass "Depends names $wanted"
    else
        fail "Depends has no $wanted: $DEPENDS"
    fi
done

# Every name in Depends must be a real Debian 13 package (checked only on Debian 13 itself).
# shellcheck source=/dev/null
codename=$( (. /etc/os-release 2>/dev/null && echo "${VERSION_CODENAME:-}"))
if [ "$codename" = trixie ] && command -v apt-cache >/dev/null 2>&1; then
    for name in "${depends_names[@]}"; do
        if apt-cache show --no-all-versions "$name" >/dev/null 2>&1; then
            pass "Depends: $name is a Debian 13 package"
        else
            fail "Depends: $name is not a package known to apt on this Debian 13 system"
        fi
    done
else
    skip "not on Debian 13 (VERSION_CODENAME='$codename'): the names in Depends are not checked against apt"
fi

# --- contents ----------------------------------------------------------------------------

contents=$(dpkg-deb --contents "$DEB" | awk '{print $NF}')
for path in \
    ./usr/bin/migreview \
    ./usr/bin/migreview-workbench \
    "./usr/share/applications/$APP_ID.desktop" \
    "./usr/share/metainfo/$APP_ID.metainfo.xml" \
    "./usr/share/icons/hicolor/scalable/apps/$APP_ID.svg" \
    ./usr/share/doc/migreview/copyright; do
    if grep -qxF "$path" <<<"$contents"; then pass "contains $path"; else fail "does not contain $path"; fi
done
if grep -q '^\./usr/local/' <<<"$contents"; then
    fail "files under /usr/local in the package: $(grep '^\./usr/local/' <<<"$contents" | tr '\n' ' ')"
fi

# --- every library the programs link directly comes from a package in Depends ---------------
# (or from a package that one of them depends on, e.g. libc6 and libstdc++6 through Qt).

EXTRACTED="$SCRATCH/extracted"
dpkg-deb --extract "$DEB" "$EXTRACTED"
covered=" ${depends_names[*]} "
for name in "${depends_names[@]}"; do
    for dep in $(dpkg-query -W -f='${Depends} ${Pre-Depends}' "$name" 2>/dev/null |
        tr ',|' '\n' | sed 's/(.*)//; s/:any//; s/[[:space:]]//g' | grep -v '^$'); do
        covered+="$dep "
    done
done
for program in "${PROGRAMS[@]}"; do
    binary="$EXTRACTED/usr/bin/$program"
    [ -f "$binary" ] || continue
    ldd_output=$(ldd "$binary" 2>&1)
    for soname in $(readelf -d "$binary" 2>/dev/null | sed -n 's/.*(NEEDED).*\[\(.*\)\].*/\1/p'); do
        path=$(awk -v so="$soname" '$1 == so && $2 == "=>" {print $3}' <<<"$ldd_output")
        if [ -z "$path" ] || [ "$path" = "not" ]; then
            fail "$program needs $soname, which is not found on this system"
            continue
        fi
        owner=""
        for candidate in "$path" "$(readlink -f "$path")" "/usr${path#/usr}" "${path#/usr}"; do
            owner=$(dpkg -S "$candidate" 2>/dev/null | head -1 | cut -d: -f1) && [ -n "$owner" ] && break
        done
        if [ -z "$owner" ]; then
            fail "$program needs $soname ($path), which belongs to no Debian package"
        elif [[ " ${depends_names[*]} " == *" $owner "* ]]; then
            pass "$program needs $soname, from $owner (in Depends)"
        elif [[ "$covered" == *" $owner "* ]]; then
            pass "$program needs $soname, from $owner (required by a package in Depends)"
        else
            fail "$program needs $soname, from the package $owner, which is not in Depends (add it to MIGREVIEW_DEBIAN_DEPENDS in packaging/CMakeLists.txt)"
        fi
    done
done

finish
