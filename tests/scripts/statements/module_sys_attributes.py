# sys module: argv, path, modules, version_info, maxsize, byteorder, platform-independent facts.
import sys
print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith("module_sys_attributes.py"))
print(type(sys.path).__name__, all([isinstance(p, str) for p in sys.path]), len(sys.path) > 0)
print(type(sys.modules).__name__, "sys" in sys.modules, "builtins" in sys.modules, sys.modules["sys"] is sys)
print(sys.modules["__main__"].__name__, __name__)
vi = sys.version_info
print(vi[:2], vi.major, vi.minor, vi >= (3, 11), vi < (4,), type(vi.micro).__name__, len(vi))
print(isinstance(sys.version, str), sys.version.startswith("3.11"), sys.hexversion >> 16 == 0x30B)
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder in ("little", "big"), isinstance(sys.platform, str))
print(sys.getrecursionlimit(), callable(sys.exit), callable(sys.getrecursionlimit))
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(isinstance(sys.executable, str), sys.getrecursionlimit() > 100)
import math
print("math" in sys.modules, sys.modules.get("definitely_missing") is None)
sys.path.append("/nonexistent-dir-for-test")
print(sys.path[-1])
sys.path.pop()
sys.argv.append("extra")
print(sys.argv[1:])
print(sys.exc_info())
try:
    raise KeyError("x")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None)
