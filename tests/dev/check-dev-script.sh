#!/usr/bin/env bash
# Checks that ./dev answers bad environment states with one clear sentence. It runs a scratch
# copy of the script (readable by any user, so it can also run as an unprivileged user) with
# stand-in bwrap/debootstrap and a mirror that refuses connections, so nothing is downloaded
# and no real root is touched.
set -u
dev_source=${1:?usage: check-dev-script.sh PATH/TO/dev}
failures=0
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
chmod 755 "$scratch"

mkdir -p "$scratch/src/packaging" "$scratch/stubs" "$scratch/home" "$scratch/minimal-bin"
cp "$dev_source" "$scratch/src/dev"
printf 'ca-certificates\n' >"$scratch/src/packaging/debian13-build-deps.txt"
printf 'hyperfine\n' >"$scratch/src/packaging/debian13-bench-deps.txt"
chmod -R a+rX "$scratch/src"
chmod 777 "$scratch/home"

# A stand-in bwrap that "runs a program in the root" only if the root has one to run.
cat >"$scratch/stubs/bwrap" <<'STUB'
#!/usr/bin/env bash
root=
while [ $# -gt 0 ]; do
    if [ "$1" = --bind ] && [ "${3:-}" = / ]; then root=$2; fi
    shift
done
[ -n "$root" ] && [ -x "$root/usr/bin/env" ]
STUB
cat >"$scratch/stubs/debootstrap" <<'STUB'
#!/usr/bin/env bash
echo called >"$(dirname "$0")/debootstrap-was-called"
exit 1
STUB
chmod 755 "$scratch/stubs/bwrap" "$scratch/stubs/debootstrap"

# A PATH with the basic tools but without bwrap, debootstrap and apt-get.
for tool in bash env id mkdir rm mv cat grep tr sha256sum cut flock timeout dirname mktemp touch chmod sleep ls; do
    path=$(command -v "$tool") && ln -s "$path" "$scratch/minimal-bin/$tool"
done

pass() { echo "PASS: $1"; }
fail() {
    echo "FAIL: $1"
    failures=$((failures + 1))
}

# expect NAME EXPECTED_EXIT PHRASE -- COMMAND...: the command must exit as expected and, when a
# phrase is given, print exactly one '[dev] error:' line containing it.
expect() {
    local name=$1 expected_exit=$2 phrase=$3
    shift 4
    local output status
    output=$("$@" 2>&1)
    status=$?
    local errors
    errors=$(printf '%s\n' "$output" | grep -c '^\[dev\] error:')
    if [ "$status" -ne "$expected_exit" ]; then
        fail "$name (exit $status; expected $expected_exit):"
        printf '%s\n' "$output" | sed 's/^/    /'
    elif [ -n "$phrase" ] && { [ "$errors" -ne 1 ] || ! printf '%s\n' "$output" | grep -q "^\[dev\] error:.*$phrase"; }; then
        fail "$name (expected one '[dev] error:' line with '$phrase'):"
        printf '%s\n' "$output" | sed 's/^/    /'
    else
        pass "$name"
    fi
}

dev=$scratch/src/dev
common_env=(env HOME="$scratch/home" MIGREVIEW_ENV=root MIGREVIEW_SYSROOT="$scratch/home/root"
    MIGREVIEW_BUILD_DIR="$scratch/home/build" MIGREVIEW_DEBIAN_MIRROR=http://127.0.0.1:9/debian)
with_stubs=("${common_env[@]}" PATH="$scratch/stubs:$PATH")

expect "the script parses" 0 "" -- bash -n "$dev"
expect "help" 0 "" -- "${with_stubs[@]}" "$dev" help
expect "unknown command" 1 "unknown command 'frobnicate'" -- "${with_stubs[@]}" "$dev" frobnicate
expect "bad MIGREVIEW_ENV" 1 "MIGREVIEW_ENV must be" -- env MIGREVIEW_ENV=chroot "$dev" build

# No root: an unprivileged user cannot make the root. Run as 'nobody' when this runs as root.
if [ "$(id -u)" != 0 ]; then
    expect "no root" 1 "needs root" -- "${with_stubs[@]}" "$dev" build
elif command -v setpriv >/dev/null && setpriv --reuid=65534 --regid=65534 --clear-groups true 2>/dev/null; then
    expect "no root" 1 "needs root" -- setpriv --reuid=65534 --regid=65534 --clear-groups "${with_stubs[@]}" "$dev" build
else
    echo "SKIP: no root (this runs as root and cannot switch to an unprivileged user)"
fi

if [ "$(id -u)" = 0 ]; then
    expect "no bubblewrap, no apt-get" 1 "no apt-get" -- "${common_env[@]}" PATH="$scratch/minimal-bin" "$dev" build

    rm -f "$scratch/stubs/debootstrap-was-called"
    expect "no network" 1 "no network to the Debian mirror" -- "${with_stubs[@]}" "$dev" build
    [ -e "$scratch/stubs/debootstrap-was-called" ] && fail "debootstrap ran although the mirror is unreachable" || pass "debootstrap not started without network"
    if [ -e "$scratch/home/root" ] || [ -e "$scratch/home/root.partial" ]; then
        fail "nothing half-made is left behind"
    else
        pass "nothing half-made is left behind"
    fi

    mkdir -p "$scratch/home/root.partial/usr"
    out=$("${with_stubs[@]}" "$dev" build 2>&1)
    if printf '%s' "$out" | grep -q 'half-made root' && [ ! -e "$scratch/home/root.partial" ]; then pass "half-made root detected and removed"; else
        fail "half-made root detected and removed:"
        printf '%s\n' "$out" | sed 's/^/    /'
    fi

    mkdir -p "$scratch/home/root/usr/bin"
    out=$("${with_stubs[@]}" "$dev" build 2>&1)
    if printf '%s' "$out" | grep -q 'unfinished; making it anew' && [ ! -e "$scratch/home/root" ]; then pass "unfinished root detected"; else
        fail "unfinished root detected:"
        printf '%s\n' "$out" | sed 's/^/    /'
    fi

    mkdir -p "$scratch/home/root/.migreview" "$scratch/home/root/usr/bin"
    touch "$scratch/home/root/.migreview/bootstrap-complete"
    expect "broken root, then no network" 1 "no network to the Debian mirror" -- "${with_stubs[@]}" "$dev" build
    mkdir -p "$scratch/home/root/.migreview" "$scratch/home/root/usr/bin"
    touch "$scratch/home/root/.migreview/bootstrap-complete"
    out=$("${with_stubs[@]}" "$dev" build 2>&1)
    if printf '%s' "$out" | grep -q 'is broken (its programs do not run); making it anew'; then pass "broken root detected"; else
        fail "broken root detected:"
        printf '%s\n' "$out" | sed 's/^/    /'
    fi

    # A complete, working root whose package list changed needs the network to install again.
    mkdir -p "$scratch/home/root/.migreview" "$scratch/home/root/usr/bin"
    touch "$scratch/home/root/.migreview/bootstrap-complete"
    ln -sf "$(command -v env)" "$scratch/home/root/usr/bin/env"
    echo outdated >"$scratch/home/root/.migreview/packages.sha256"
    expect "changed package list, no network" 1 "cannot be installed" -- "${with_stubs[@]}" "$dev" build
    [ -d "$scratch/home/root/usr" ] && pass "a working root is kept when an install cannot start" || fail "a working root is kept when an install cannot start"
else
    echo "SKIP: the root-only checks (no bubblewrap, no network, half-made/unfinished/broken roots) need uid 0"
fi

if [ "$failures" -gt 0 ]; then
    echo "$failures failure(s)"
    exit 1
fi
echo "all checks passed"
