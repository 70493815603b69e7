# sys.exit and SystemExit from anywhere: odd codes, codes that are not ints,
# SystemExit through finally blocks and functions, output flushed at exit,
# a closed pipe on stdout.
$PY -c 'import sys; sys.exit(None)'; echo "status $?"
$PY -c 'import sys; sys.exit(True)'; echo "status $?"
$PY -c 'import sys; sys.exit(256)'; echo "status $?"
$PY -c 'import sys; sys.exit(-1)'; echo "status $?"
$PY -c 'import sys; sys.exit([1, 2])'; echo "status $?"
$PY -c 'import sys; sys.exit(1, 2)' 2>&1; echo "status $?"
$PY -c 'raise SystemExit(3, "x")'; echo "status $?"
$PY -c 'raise SystemExit' ; echo "status $?"
$PY -c 'exit(6)'; echo "status $?"
$PY -c 'quit()'; echo "status $?"
printf 'import sys\ndef f():\n    try:\n        sys.exit(9)\n    finally:\n        print("finally runs")\nprint("start")\nf()\nprint("not reached")\n' > f.py
$PY f.py > o.txt; echo "status $?"; cat o.txt
printf 'import sys\ntry:\n    sys.exit(4)\nexcept SystemExit as e:\n    print("caught", e.code)\n    code = e.code\nsys.exit(code + 1)\n' > g.py
$PY g.py; echo "status $?"
$PY -c 'print("buffered"); raise ValueError(1)' > out.txt 2>&1; echo "status $?"; cat out.txt
$PY -c 'import sys; sys.stdout.write("no newline"); sys.exit(2)' > out.txt; echo "status $?"; cat out.txt; echo
$PY -c 'for i in range(200000): print(i)' 2>err.txt | head -2; cat err.txt
