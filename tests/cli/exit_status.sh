# Exit statuses: success, uncaught exception, sys.exit with int, str and None.
$PY -c 'pass'; echo "status $?"
$PY -c 'raise ValueError("boom")'; echo "status $?"
$PY -c 'import sys; sys.exit(3)'; echo "status $?"
$PY -c 'import sys; sys.exit("bye")'; echo "status $?"
$PY -c 'import sys; sys.exit()'; echo "status $?"
$PY -c 'raise SystemExit(7)'; echo "status $?"
