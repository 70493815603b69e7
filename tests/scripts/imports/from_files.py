# Importing .py modules and packages from sys.path: packages and their
# __path__, relative imports, submodules as attributes, a module that
# replaces itself in sys.modules, failures (not found, not a package, an
# exception while running the module), a latin-1 coding cookie.
import sys

print(sys.path[0] == __file__.rsplit("/", 1)[0])
import _pkg

print(_pkg.X)
import _pkg.sub

print(_pkg.sub.VALUE, _pkg.sub is sys.modules["_pkg.sub"])
from _pkg.helper import twice

print(twice(3))
import _selfreplace

print(_selfreplace)
try:
    import _pkg.nothing
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import _pkg.helper.x
except ImportError as e:
    print(type(e).__name__, e)
try:
    from _pkg import nothing
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
try:
    import _badmod
except ValueError as e:
    print("caught", e)
print("_badmod" in sys.modules)
try:
    import _badmod
except ValueError as e:
    print("caught again", e)
from _latin1mod import NAME

print(NAME, len(NAME))
print(sorted(k for k in sys.modules if k.startswith("_pkg")))
