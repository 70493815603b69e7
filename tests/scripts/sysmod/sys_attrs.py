# The sys module's facts and functions, compared with CPython where gilpy
# promises the same (gilpy's own version string and implementation name
# differ on purpose and are only checked for their shape).
import sys

print(type(sys.argv).__name__, len(sys.argv), sys.argv[0].endswith("sys_attrs.py"))
print(type(sys.path).__name__, sys.path[0] == __file__.rsplit("/", 1)[0])
print(sys.modules["sys"] is sys, "builtins" in sys.modules, sys.modules["__main__"].__name__)
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.mode, sys.stdin.mode)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__, sys.stdin is sys.__stdin__)
print(sys.stdout.writable(), sys.stdin.readable(), sys.stdout.fileno(), sys.stderr.fileno())
print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor, sys.version_info >= (3, 8))
print(sys.version_info.releaselevel, len(sys.version_info), type(sys.version_info).__name__)
print(sys.version.startswith("3.11."), sys.hexversion >> 16 == 0x030B)
print(sys.platform, sys.byteorder, sys.maxsize, sys.maxsize == 2**63 - 1, sys.maxunicode)
print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
for bad in [0, -5]:
    try:
        sys.setrecursionlimit(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print("TypeError:", e)
sys.setrecursionlimit(1000)
print(type(sys.executable).__name__, sys.executable != "", type(sys.flags).__name__)
print(sys.implementation.name in ("cpython", "gilpy"), sys.implementation.version[:2])
print(sys.getdefaultencoding(), sys.getfilesystemencoding())
print(sys.exc_info(), sys.exception())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), type(tb).__name__, sys.exception() is v)
print(sys.intern("abc") == "abc", type(sys.getsizeof([])).__name__, sys.getrefcount(object()) > 0)
print(callable(sys.displayhook), callable(sys.excepthook), sys.displayhook is sys.__displayhook__)
sys.displayhook(None)
sys.displayhook("shown")
print(_)
print(sorted(sys._xoptions), hasattr(sys, "ps1"), sys.dont_write_bytecode in (True, False))
print("time" in sys.builtin_module_names, "sys" in sys.builtin_module_names)
try:
    sys.exit(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    sys.exit()
except SystemExit as e:
    print("SystemExit", e.code, e.args)
try:
    sys.exit("msg")
except SystemExit as e:
    print("SystemExit", repr(e.code), e.args)
impl = sys.implementation
print(type(impl).__name__, impl.cache_tag is None or isinstance(impl.cache_tag, str), impl.hexversion == sys.hexversion)
print(repr(impl).startswith("namespace(name="), impl.version == sys.version_info)
ns = type(impl)(a=1, b="x")
print(ns, ns == type(ns)(a=1, b="x"), ns != type(ns)(a=2))
ns.c = ns
print(ns, ns.a)
del ns.a
print(ns)
try:
    type(ns)(1)
except TypeError as e:
    print("TypeError:", e)
print(sys.float_info)
print(sys.float_info.epsilon, sys.float_info[0] == sys.float_info.max, len(sys.float_info))
print(sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
h = sys.hash_info
print(h.width, h.modulus, h.inf, h.nan, h.imag, hash(float("inf")) == h.inf, hash(2**61 - 1) == 0)
