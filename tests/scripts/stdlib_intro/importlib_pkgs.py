# importlib, importlib.util/machinery/metadata/resources, pkgutil and runpy on
# packages written to a temporary folder.
import importlib
import importlib.machinery
import importlib.metadata
import importlib.resources
import importlib.util
import os
import pkgutil
import re
import runpy
import sys
import tempfile
import warnings

root = tempfile.mkdtemp()


def write(rel, text):
    path = os.path.join(root, rel)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        f.write(text)
    return path


def show(x):
    print(re.sub(r" at 0x[0-9a-f]+", "", str(x).replace(root, "<root>")))


write("pkg/__init__.py", "VALUE = 1\nprint('pkg init', __name__, __package__)\n")
write("pkg/mod.py", "X = 10\nfrom . import sub\ncounter = globals().get('counter', 0) + 1\n")
write("pkg/sub/__init__.py", "")
write("pkg/sub/deep.py", "import sys\ndef where():\n    return __name__, __package__\n")
write("pkg/data.txt", "some data\nline 2\n")
write("pkg/__main__.py", "print('pkg main', __name__, __package__)\n")
write("single.py", "print('single runs as', __name__)\nRESULT = 42\n")
write("script.py", "import sys\nprint('script', __name__, sys.argv[0].replace(%r, '<root>'))\nanswer = given * 2\n" % root)
write("broken.py", "x = (\n")
write("runme/__main__.py", "print('folder main', __name__)\nhere = 1\n")
write("Demo_Dist-1.2.3.dist-info/METADATA",
      "Metadata-Version: 2.1\nName: Demo-Dist\nVersion: 1.2.3\nSummary: a demo\n"
      "Requires-Dist: requests (>=2)\nRequires-Dist: six\n\nLong description.\n")
write("Demo_Dist-1.2.3.dist-info/RECORD", "pkg/__init__.py,,\npkg/mod.py,,\n")
sys.path.insert(0, root)

m = importlib.import_module("pkg.mod")
print(m.X, m.counter, m.__name__, m.__package__)
print(importlib.import_module(".sub.deep", "pkg").where())
print(importlib.import_module("..mod", "pkg.sub").X)
for call in [lambda: importlib.import_module(".x"), lambda: importlib.import_module("nosuch_xyz"),
             lambda: importlib.import_module("pkg.nosuch"), lambda: importlib.import_module(""),
             lambda: importlib.import_module("...x", "pkg"), lambda: importlib.import_module(5)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e, getattr(e, "name", "-"))

m.X = 99
m2 = importlib.reload(m)
print(m2 is m, m.X, m.counter)
for bad in [5, type(sys)("not_in_modules")]:
    try:
        importlib.reload(bad)
    except Exception as e:
        print(type(e).__name__, e)
print(importlib.invalidate_caches())

spec = importlib.util.find_spec("single")
show(spec)
print(spec.name, spec.parent, spec.has_location, spec.submodule_search_locations)
print(type(spec.loader).__name__, isinstance(spec.loader, importlib.machinery.SourceFileLoader))
show(importlib.util.find_spec("pkg"))
show(importlib.util.find_spec("pkg.sub.deep"))
show(importlib.util.find_spec(".deep", "pkg.sub").name)
print(importlib.util.find_spec("nosuch_xyz"), importlib.util.find_spec("pkg.nosuch"))
print(importlib.util.find_spec("math").name)
try:
    importlib.util.find_spec("single.x")
except Exception as e:
    print(type(e).__name__, e)
mod = importlib.util.module_from_spec(spec)
print(mod.__name__, "RESULT" in dir(mod), mod.__spec__ is spec, mod.__loader__ is spec.loader)
show(mod.__file__)
spec.loader.exec_module(mod)
print(mod.RESULT, "single" in sys.modules)

fspec = importlib.util.spec_from_file_location("custom_name", os.path.join(root, "single.py"))
show(fspec)
cm = importlib.util.module_from_spec(fspec)
fspec.loader.exec_module(cm)
print(cm.RESULT, cm.__name__)
print(importlib.util.spec_from_file_location("x", os.path.join(root, "data.bin")))
print(importlib.util.resolve_name("..a", "p.q.r"), importlib.util.resolve_name("b", None))
for args in [("..a", None), ("....a", "p.q")]:
    try:
        importlib.util.resolve_name(*args)
    except Exception as e:
        print(type(e).__name__, e)
s = importlib.util.spec_from_loader("made", None, origin="somewhere")
print(s, s.parent)
print(importlib.machinery.ModuleSpec("a.b", None, is_package=True))
print(importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.BYTECODE_SUFFIXES)
print(importlib.util.MAGIC_NUMBER)
print(importlib.machinery.BuiltinImporter.find_spec("time"))
print(importlib.machinery.BuiltinImporter.find_spec("nosuch"))
print(importlib.machinery.PathFinder.find_spec("single").name)
show(importlib.machinery.FileFinder(root).find_spec("pkg"))
details = (importlib.machinery.SourceFileLoader, importlib.machinery.SOURCE_SUFFIXES)
show(importlib.machinery.FileFinder(root, details).find_spec("pkg"))
show(importlib.machinery.FileFinder(root, details).find_spec("single"))
show(importlib.machinery.FileFinder(root, details).find_spec("runme"))
print(importlib.machinery.FileFinder(root, details).find_spec("nothing"))
print(importlib.util.decode_source(b"# -*- coding: latin-1 -*-\nx = '\xe9'\r\n"))

# metadata
print(importlib.metadata.version("demo-dist"), importlib.metadata.version("Demo_Dist"))
md = importlib.metadata.metadata("demo_dist")
print(md["Name"], md["Summary"], md["Nope"], md.get_all("Requires-Dist"))
print(importlib.metadata.requires("demo-dist"))
print([str(f) for f in importlib.metadata.files("demo-dist")])
try:
    importlib.metadata.version("no-such-dist-xyz")
except importlib.metadata.PackageNotFoundError as e:
    print(type(e).__name__, e, e.name, isinstance(e, ModuleNotFoundError))

# resources
warnings.simplefilter("ignore", DeprecationWarning)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    importlib.resources.read_text("pkg", "data.txt")
print([str(w.message) for w in caught], [w.category.__name__ for w in caught])
print(importlib.resources.read_text("pkg", "data.txt"), end="")
print(importlib.resources.read_binary("pkg", "data.txt"))
print(importlib.resources.files("pkg").joinpath("data.txt").read_text().splitlines())
print(importlib.resources.is_resource("pkg", "data.txt"), importlib.resources.is_resource("pkg", "nope"))
with importlib.resources.open_text("pkg", "data.txt") as f:
    print(f.readline(), end="")
try:
    importlib.resources.read_text("pkg.mod", "x")
except TypeError as e:
    print(e)

# pkgutil
for info in pkgutil.iter_modules([root]):
    show(info)
print([i.name for i in pkgutil.iter_modules([os.path.join(root, "pkg")], "pkg.")])
print([(i.name, i.ispkg) for i in pkgutil.walk_packages([os.path.join(root, "pkg")], "pkg.")])
print(pkgutil.get_data("pkg", "data.txt"))
print(pkgutil.resolve_name("pkg.mod:X"), pkgutil.resolve_name("pkg.sub.deep.where")())
print(pkgutil.resolve_name("os.path:join")("a", "b"))
try:
    pkgutil.resolve_name("1bad")
except ValueError as e:
    print(e)
show(pkgutil.get_importer(root))

# runpy
g = runpy.run_module("single")
print(g["__name__"], g["RESULT"], g["__package__"], g["__spec__"].name)
g = runpy.run_module("single", run_name="__main__", alter_sys=True)
print(g["__name__"], "single" in sys.modules)
g = runpy.run_module("pkg")
print(g["__name__"])
write("pkg/sub/other.py", "def where():\n    return __name__, __package__\n")
g = runpy.run_module("pkg.sub.other", init_globals={"extra": 5})
print(g["extra"], g["__package__"], g["where"]())
g = runpy.run_path(os.path.join(root, "script.py"), init_globals={"given": 21})
print(g["answer"], g["__name__"], g["__package__"], g["__spec__"], g["__loader__"])
g = runpy.run_path(os.path.join(root, "script.py"), {"given": 1}, run_name="__main__")
print(g["answer"])
g = runpy.run_path(os.path.join(root, "runme"))
print(g["here"], g["__name__"])
for call in [lambda: runpy.run_module("nosuch_xyz"), lambda: runpy.run_module(".rel"),
             lambda: runpy.run_module("pkg.sub"), lambda: runpy.run_module("single.py"),
             lambda: runpy.run_path(os.path.join(root, "pkg", "sub")),
             lambda: runpy.run_path(os.path.join(root, "broken.py"))]:
    try:
        call()
    except Exception as e:
        show("%s %s" % (type(e).__name__, e))
