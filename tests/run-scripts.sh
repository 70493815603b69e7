#!/bin/sh
# run-scripts.sh: runs script tests under an interpreter and compares them with
# the output CPython produced (see tests/README.md).
#
# usage: sh tests/run-scripts.sh BINARY [TEST.py ...]
#   With no TEST arguments, every tests/scripts/**/*.py is run.
#   For T.py: stdout must equal T.py.exp; if T.py.err exists, stderr followed by
#   "[exit status N]" must equal it (caret lines ^^^/~~~ ignored on both sides),
#   otherwise stderr must be empty and the exit status 0.
#   If T.py.in exists it is fed as stdin (otherwise stdin is /dev/null).
#   Each test may run TEST_TIMEOUT seconds (20; the sanitizer targets give more).
#   Tests named in tests/scripts/known-failures.txt are run and reported as
#   XFAIL (not counted as failures) until they pass.
# The last line is "N passed, N failed".
set -u
bin=${1:?usage: run-scripts.sh BINARY [TEST.py ...]}
shift
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
here=$(cd "$(dirname "$0")" && pwd)
root=$here/scripts
known=$root/known-failures.txt
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

if [ $# -eq 0 ]; then
    set -- $(find "$root" -name '*.py' -not -path '*/data/*' -not -path '*/_*' | sort)
fi

# Normalises captured output: absolute test paths become <tests>.
normalise() {
    sed -e "s|$root|<tests>|g" "$1"
}

is_known() {
    [ -f "$known" ] && grep -qx "$1" "$known"
}

passed=0 failed=0 xfail=0 xpass=0
for t in "$@"; do
    t=$(cd "$(dirname "$t")" && pwd)/$(basename "$t")
    rel=${t#"$root"/}
    dir=$(dirname "$t")
    input=/dev/null
    [ -f "$t.in" ] && input=$t.in
    (cd "$dir" && timeout "${TEST_TIMEOUT:-20}" "$bin" "$t" <"$input" >"$tmp/out" 2>"$tmp/err")
    status=$?
    ok=1
    sed "s|$root|<tests>|g" "$tmp/out" >"$tmp/out2" && mv "$tmp/out2" "$tmp/out"
    if ! cmp -s "$tmp/out" "$t.exp" 2>/dev/null; then ok=0; fi
    if [ -f "$t.err" ]; then
        { cat "$tmp/err"; echo "[exit status $status]"; } >"$tmp/err2"
        normalise "$tmp/err2" >"$tmp/got.err"
        normalise "$t.err" >"$tmp/want.err"
        cmp -s "$tmp/got.err" "$tmp/want.err" || ok=0
    elif [ -s "$tmp/err" ] || [ $status -ne 0 ]; then
        ok=0
    fi
    if is_known "$rel"; then
        if [ $ok = 1 ]; then xpass=$((xpass + 1)); echo "XPASS $rel (remove it from known-failures.txt)"
        else xfail=$((xfail + 1)); fi
        continue
    fi
    if [ $ok = 1 ]; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL $rel (exit status $status)"
        diff "$t.exp" "$tmp/out" 2>&1 | head -15 | sed 's/^/    /'
        if [ -f "$t.err" ]; then
            diff "$tmp/want.err" "$tmp/got.err" | head -15 | sed 's/^/    /'
        elif [ -s "$tmp/err" ]; then
            head -8 "$tmp/err" | sed 's/^/    stderr: /'
        fi
    fi
done
[ $xfail -gt 0 ] && echo "$xfail known failures (tests/scripts/known-failures.txt)"
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
