#!/bin/sh
# make-expected.sh: produces the expected output of script tests with CPython.
#
# usage: sh tests/make-expected.sh [TEST.py ...]   (default: every test)
# For T.py it writes T.py.exp (stdout) and, when the script writes to stderr or
# exits with a non-zero status, T.py.err (stderr, then "[exit status N]").
# If T.py.in exists it is fed as stdin (otherwise stdin is /dev/null), as
# tests/run-scripts.sh does.
# Each test runs from its own directory, as tests/run-scripts.sh runs it.
set -u
here=$(cd "$(dirname "$0")" && pwd)
root=$here/scripts
# The real CPython binary: the python3 on PATH may be a slower wrapper.
py=$(python3 -c 'import sys; print(sys.executable)')
case $("$py" -c 'import sys; print(sys.version_info[:2] == (3, 11))') in
    True) ;;
    *) echo "make-expected: python3 is not CPython 3.11" >&2; exit 2 ;;
esac
if [ $# -eq 0 ]; then
    set -- $(find "$root" -name '*.py' -not -path '*/data/*' -not -path '*/_*' | sort)
fi
for t in "$@"; do
    t=$(cd "$(dirname "$t")" && pwd)/$(basename "$t")
    input=/dev/null
    [ -f "$t.in" ] && input=$t.in
    (cd "$(dirname "$t")" && timeout 60 "$py" "$t" <"$input" >"$t.out.tmp" 2>"$t.err.tmp")
    status=$?
    # Absolute paths of the test folder become <tests>, so files hold on any clone.
    sed "s|$root|<tests>|g" "$t.out.tmp" >"$t.exp"
    if [ -s "$t.err.tmp" ] || [ $status -ne 0 ]; then
        { sed "s|$root|<tests>|g" "$t.err.tmp"; echo "[exit status $status]"; } >"$t.err"
    else
        rm -f "$t.err"
    fi
    rm -f "$t.err.tmp" "$t.out.tmp"
done
