#!/bin/sh
# run-cli.sh: command-line tests.  Each tests/cli/NAME.sh runs the interpreter
# named by $PY (with inputs it makes itself) and prints what happens; its output
# must equal NAME.sh.exp, which the same case produced with CPython.
#
# usage: sh tests/run-cli.sh BINARY [CASE.sh ...]     check BINARY
#        sh tests/run-cli.sh --expected [CASE.sh ...]  write .exp files with python3
# In both outputs the interpreter's file name is replaced by PYTHON, and the
# scratch folder each case runs in by <tmp>.
set -u
here=$(cd "$(dirname "$0")" && pwd)
mode=check
if [ "${1:-}" = --expected ]; then
    mode=expected
    bin=$(python3 -c 'import sys; print(sys.executable)')
else
    bin=${1:?usage: run-cli.sh BINARY [CASE.sh ...]}
    bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
fi
shift
[ $# -eq 0 ] && set -- "$here"/cli/*.sh
name=$(basename "$bin")
passed=0 failed=0
for case in "$@"; do
    case=$(cd "$(dirname "$case")" && pwd)/$(basename "$case")
    work=$(mktemp -d)
    (cd "$work" && PY=$bin timeout 60 sh "$case" 2>&1) \
        | sed -e "s|$work|<tmp>|g" -e "s|$bin|PYTHON|g" -e "s|\\b$name\\b|PYTHON|g" >"$work.out"
    if [ $mode = expected ]; then
        mv "$work.out" "$case.exp"
    elif cmp -s "$work.out" "$case.exp"; then
        passed=$((passed + 1))
    else
        failed=$((failed + 1))
        echo "FAIL cli/$(basename "$case")"
        diff "$case.exp" "$work.out" | head -20 | sed 's/^/    /'
    fi
    rm -rf "$work" "$work.out"
done
[ $mode = check ] && echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
