# Command-line options as CPython parses them: usage errors (status 2),
# flags that are accepted, -X into sys._xoptions, -u, -x, -E/-P/-I and
# sys.path, sys.flags, -c and its arguments.
$PY -z; echo "status $?"
$PY -qz; echo "status $?"
$PY --frobnicate; echo "status $?"
$PY -c; echo "status $?"
$PY -X; echo "status $?"
$PY -W; echo "status $?"
$PY -h > help.txt; echo "help: status $?"
$PY -V > version.txt; echo "version: status $?"
$PY -X a=1 -Xb -X c=x=y -c 'import sys; print(sorted(sys._xoptions.items()))' x y
$PY -E -s -S -B -O -b -R -W ignore -Wdefault -c 'print(7)'
$PY -c 'import sys; print(sys.argv)' -c -z --foo
$PY -- -c 2>&1 | sed 's/\[Errno 2\].*/[Errno 2].../'; echo "status $?"
$PY -u -c 'import sys; print("u"); sys.stdout.write("v\n"); sys.stderr.write("w\n")' 2>&1
$PY -c 'import sys; print(hasattr(sys, "ps1"), hasattr(sys, "ps2"))'
$PY -q -c 'import sys; f = sys.flags; print(f.quiet, f.inspect, f.interactive, f.optimize, f.isolated, f.safe_path)'
$PY -OO -c 'import sys; print(sys.flags.optimize)'
$PY -I -c 'import sys; f = sys.flags; print(f.isolated, f.safe_path, f.ignore_environment, f.no_user_site)'
$PY -c 'import sys; print(type(sys.flags).__name__, len(sys.flags), sys.flags[1])'
$PY -c 'import sys; print(sys.path[0] == "", "" in sys.path)'
$PY -P -c 'import sys; print("" in sys.path)'
PYTHONPATH=/nonexistent/zz $PY -c 'import sys; print(sys.path[1])'
PYTHONPATH=/nonexistent/zz $PY -E -c 'import sys; print("/nonexistent/zz" in sys.path)'
mkdir sub
printf 'import sys\nprint(sys.path[0])\nprint(__file__)\nprint(sys.argv)\n' > sub/p.py
$PY sub/p.py 1 2
$PY sub/../sub/p.py
$PY -I sub/p.py | tail -2
printf 'this line is skipped\nprint("x works")\nraise ValueError("line 3")\n' > x.py
$PY -x x.py; echo "status $?"
$PY sub; echo "status $?"
$PY ./sub/../nothing.py; echo "status $?"
$PY -W ignore -W error::DeprecationWarning -c 'import sys; print(sys.warnoptions)'
PYTHONWARNINGS=ignore,default $PY -Wignore -c 'import sys; print(sys.warnoptions)'
PYTHONWARNINGS=ignore $PY -E -W default -c 'import sys; print(sys.warnoptions)'
$PY -c 'import sys; print(sys.warnoptions, sys.orig_argv[1:])' x
mkdir dm
echo 'import sys; print(__name__, __file__, sys.argv, sys.path[0])' > dm/__main__.py
$PY dm a; echo "status $?"
$PY dm/ b; echo "status $?"
$PY ./dm; echo "status $?"
$PY --check-hash-based-pycs never -c 'print("pycs")'; echo "status $?"
$PY --check-hash-based-pycs foo -c 1; echo "status $?"
$PY --check-hash-based-pycs; echo "status $?"
$PY -V -z; echo "status $?"
