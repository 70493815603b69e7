# Standard descriptors closed by the parent: the stream is None (print to a
# missing stdout does nothing), input() has no stdin; a full disk on stdout.
$PY -c 'import sys; sys.stderr.write(repr(sys.stdout) + "\n"); print("x")' >&-; echo "status $?"
$PY -c 'import sys; print(repr(sys.stdin)); input()' <&- 2>&1; echo "status $?"
$PY -c '1/0' 2>&-; echo "status $?"
$PY <&-; echo "status $?"
$PY -c 'print("x")' 2>&1 > /dev/full; echo "status $?"
