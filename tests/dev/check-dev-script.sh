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

# A stand-in bwrap that "runs a program in the root" only if the root has one to run. When
# BWRAP_LOG is set, it writes the arguments of a command run as the user (--chdir) there, one per
# NUL-terminated field, for the mount checks below.
cat >"$scratch/stubs/bwrap" <<'STUB'
#!/usr/bin/env bash
for arg in "$@"; do
    if [ "$arg" = --chdir ] && [ -n "${BWRAP_LOG:-}" ]; then
        printf '%s\0' "$@" >"$BWRAP_LOG"
        exit 0
    fi
done
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

# --- a checkout anywhere ---------------------------------------------------------------------
# The folders a command run in the root must be able to write, for checkouts at the places a user
# may pick: directly under /tmp, directly under HOME, a path with spaces, a path through a symlink.
# The stand-in bwrap records the mounts; later mounts cover earlier ones, as in bwrap.

# mount_kind LOG PATH: the kind of the last mount covering PATH (bind, ro-bind, tmpfs), or none.
mount_kind() {
    local log=$1 path=$2 kind=none
    local -a fields
    mapfile -d '' -t fields <"$log"
    local i=0 n=${#fields[@]} dst
    while [ $i -lt "$n" ]; do
        case "${fields[$i]}" in
        --bind | --ro-bind)
            dst=${fields[$((i + 2))]}
            if [ "$dst" = / ] || [ "$path" = "$dst" ] || [ "${path#"$dst"/}" != "$path" ]; then kind=${fields[$i]#--}; fi
            i=$((i + 3))
            ;;
        --tmpfs)
            dst=${fields[$((i + 1))]}
            if [ "$path" = "$dst" ] || [ "${path#"$dst"/}" != "$path" ]; then kind=tmpfs; fi
            i=$((i + 2))
            ;;
        *) i=$((i + 1)) ;;
        esac
    done
    echo "$kind"
}

# field_after LOG OPTION: the value given to the first OPTION (e.g. --chdir).
field_after() {
    local -a fields
    mapfile -d '' -t fields <"$2"
    local i
    for ((i = 0; i < ${#fields[@]}; i++)); do
        [ "${fields[$i]}" = "$1" ] && { echo "${fields[$((i + 1))]}"; return; }
    done
}

# setenv_value LOG NAME: the value --setenv gives NAME (the last one).
setenv_value() {
    local -a fields
    mapfile -d '' -t fields <"$1"
    local i value=
    for ((i = 0; i < ${#fields[@]}; i++)); do
        [ "${fields[$i]}" = --setenv ] && [ "${fields[$((i + 1))]}" = "$2" ] && value=${fields[$((i + 2))]}
    done
    echo "$value"
}

# A complete, working root with the package list installed: ./dev exec goes straight to bwrap.
fake_root=$scratch/home/fake-root
mkdir -p "$fake_root/.migreview" "$fake_root/usr/bin"
touch "$fake_root/.migreview/bootstrap-complete"
ln -sf "$(command -v env)" "$fake_root/usr/bin/env"
grep -v '^[[:space:]]*#' "$scratch/src/packaging/debian13-build-deps.txt" | tr -s ' \t' '\n' | grep -v '^$' | sha256sum | cut -d' ' -f1 >"$fake_root/.migreview/packages.sha256"

# check_location NAME CHECKOUT [RUN_FROM]: a copy of the script at CHECKOUT, run as RUN_FROM/dev
# (RUN_FROM may reach CHECKOUT through a symlink) from inside it.
check_location() {
    local name=$1 checkout=$2 run_from=${3:-$2}
    mkdir -p "$checkout/packaging"
    cp "$scratch/src/dev" "$checkout/dev"
    cp "$scratch/src/packaging/debian13-build-deps.txt" "$checkout/packaging/"
    local physical
    physical=$(cd "$checkout" && pwd -P)
    local log=$scratch/bwrap-args
    rm -f "$log"
    local output
    output=$(cd "$run_from" && env -u MIGREVIEW_BUILD_DIR HOME="$scratch/home" MIGREVIEW_ENV=root MIGREVIEW_SYSROOT="$fake_root" \
        MIGREVIEW_DEBIAN_MIRROR=http://127.0.0.1:9/debian BWRAP_LOG="$log" PATH="$scratch/stubs:$PATH" "$run_from/dev" exec true 2>&1)
    if [ ! -s "$log" ]; then
        fail "$name: ./dev exec did not reach bwrap:"
        printf '%s\n' "$output" | sed 's/^/    /'
        return
    fi
    local problems=() path kind
    local home_physical
    home_physical=$(cd "$scratch/home" && pwd -P)
    for path in /tmp "/tmp/migreview-test-scratch" "$home_physical" "$home_physical/.cache" "$physical" "$physical/build" "$physical/build/Testing"; do
        kind=$(mount_kind "$log" "$path")
        [ "$kind" = bind ] || problems+=("$path is $kind, not writable")
    done
    kind=$(mount_kind "$log" "$(dirname "$physical")/../shared")
    [ "$kind" = none ] && problems+=("the checkout's parent is not visible (../shared)")
    local chdir
    chdir=$(field_after --chdir "$log")
    [ "$chdir" = "$physical" ] || problems+=("works in '$chdir', not in the checkout '$physical'")
    [ "$(setenv_value "$log" HOME)" = "$home_physical" ] || problems+=("HOME inside is '$(setenv_value "$log" HOME)', not '$home_physical'")
    [ "$(mount_kind "$log" "$fake_root/usr")" = tmpfs ] || problems+=("the root is visible inside itself")
    if [ ${#problems[@]} -eq 0 ]; then pass "$name"; else
        fail "$name:"
        printf '    %s\n' "${problems[@]}"
    fi
}

under_tmp=$(mktemp -d /tmp/migreview-dev-check-XXXXXX)
trap 'rm -rf "$scratch" "$under_tmp"' EXIT
check_location "a checkout directly under /tmp" "$under_tmp"
check_location "a checkout directly under HOME" "$scratch/home/migreview"
check_location "a checkout whose path has spaces" "$scratch/home/my checkouts/migreview review"
mkdir -p "$scratch/elsewhere/real parent"
ln -s "$scratch/elsewhere/real parent" "$scratch/home/link"
check_location "a checkout reached through a symlink" "$scratch/elsewhere/real parent/migreview" "$scratch/home/link/migreview"

if [ "$failures" -gt 0 ]; then
    echo "$failures failure(s)"
    exit 1
fi
echo "all checks passed"
