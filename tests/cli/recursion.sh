# Runaway recursion: RecursionError with the traceback's repeated lines elided.
printf 'def f(n):\n    return f(n + 1)\nf(0)\n' > r.py
$PY r.py > out 2>&1; echo "status $?"
grep -v '^ *[~^]*$' out | tail -4
