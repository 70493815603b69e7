# Bad input must give a clear error, never a crash.
: > empty.py
$PY empty.py; echo "empty: status $?"
printf 'x = 1\n\000y = 2\n' > nul.py
$PY nul.py; echo "nul: status $?"
printf 'print("caf\351")\n' > latin1.py
$PY latin1.py; echo "invalid utf-8: status $?"
printf 'print((1 + 2)\n' > unclosed.py
$PY unclosed.py; echo "unclosed: status $?"
printf 'if True:\n  x = 1\n   y = 2\n' > indent.py
$PY indent.py; echo "indent: status $?"
