# sys.argv for -c, for a script and for standard input.
$PY -c 'import sys; print(sys.argv)' a b
printf 'import sys\nprint(sys.argv[1:])\n' > s.py
$PY s.py x "y z"
printf 'import sys\nprint(sys.argv)\nprint(6 * 7)\n' | $PY - q
printf 'print("from a pipe")\n' | $PY
