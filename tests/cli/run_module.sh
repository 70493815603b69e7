# -m: a module and a package (its __main__) found on sys.path and run as
# __main__ (sys.argv[0] its file, sys.path[0] the working folder), and
# runpy's one-line errors.
mkdir -p mpkg/sub
echo 'print("pkg init", __name__)' > mpkg/__init__.py
echo 'import sys; print("main of", __name__, __package__, __file__ == sys.argv[0], sys.argv[1:], sys.path[0])' > mpkg/__main__.py
echo 'print("mod", __name__, __package__)' > mpkg/mod.py
: > mpkg/sub/__init__.py
echo 'import sys; print("plain", __name__, __file__, sys.argv); raise SystemExit(3)' > plain.py
$PY -m plain a b; echo "status $?"
$PY -m mpkg x; echo "status $?"
$PY -m mpkg.mod; echo "status $?"
$PY -m mpkg.sub; echo "status $?"
$PY -m nosuch; echo "status $?"
$PY -m nosuch.x; echo "status $?"
$PY -m plain.x; echo "status $?"
$PY -m; echo "status $?"
$PY -m .plain; echo "status $?"
$PY -m sys; echo "status $?"
$PY -I -m plain 2>&1; echo "status $?"
