# linecache: getline/getlines from files (PEP 263 encodings, BOM, CRLF, no
# final newline), checkcache after changes, clearcache, sys.path lookup of
# relative names, lazycache through a loader, pseudo-files.
import linecache
import os
import sys

base = "/tmp/linecache_test_%d" % os.getpid()
os.mkdir(base)


def write(name, data):
    path = base + "/" + name
    with open(path, "wb") as f:
        f.write(data)
    return path


try:
    plain = write("plain.py", b"first = 1\n  second = 2\n\nlast = 4")
    print(repr(linecache.getline(plain, 1)), repr(linecache.getline(plain, 2)))
    print(repr(linecache.getline(plain, 3)), repr(linecache.getline(plain, 4)))
    print(repr(linecache.getline(plain, 0)), repr(linecache.getline(plain, 5)), repr(linecache.getline(plain, -1)))
    print(linecache.getlines(plain))
    entry = linecache.cache[plain]
    print(len(entry), entry[0], entry[2] is linecache.getlines(plain), entry[3] == plain)

    latin = write("latin.py", "# -*- coding: latin-1 -*-\ns = 'caf\xe9'\n".encode("latin-1"))
    print(repr(linecache.getline(latin, 2)))
    second = write("second.py", b"#!/usr/bin/env python\n# vim: set fileencoding=Latin_1 :\nx = '\xa4'\n")
    print(repr(linecache.getline(second, 3)))
    bom = write("bom.py", b"\xef\xbb\xbfname = '\xc3\xa9t\xc3\xa9'\n")
    print(repr(linecache.getline(bom, 1)))
    crlf = write("crlf.py", b"a = 1\r\nb = 2\r\nc = 3\rd = 4\n")
    print(linecache.getlines(crlf))
    ff = write("ff.py", b"a = 1\x0c\nb = '\xe2\x80\xa8'\n")
    print(linecache.getlines(ff))
    bad = write("bad.py", b"x = '\xff'\n")
    print(linecache.getlines(bad), bad in linecache.cache)

    # checkcache notices a changed size and a removed file
    write("plain.py", b"changed = True\n")
    print(repr(linecache.getline(plain, 1)))
    linecache.checkcache(plain)
    print(plain in linecache.cache, repr(linecache.getline(plain, 1)))
    os.remove(latin)
    linecache.checkcache()
    print(latin in linecache.cache, linecache.getlines(latin))
    linecache.checkcache("never-read.py")

    # relative names are looked up along sys.path
    write("found_on_path.py", b"hello = 'path'\n")
    sys.path.insert(0, base)
    print(repr(linecache.getline("found_on_path.py", 1)))
    print(linecache.cache["found_on_path.py"][3] == base + "/found_on_path.py")
    sys.path.pop(0)
    print(linecache.getline("surely_missing_module_xyz.py", 1) == "")

    # pseudo-files and missing files
    print(linecache.getlines("<string>"), linecache.getlines(""), linecache.getlines(base + "/nope.py"))
    print(linecache.updatecache("<stdin>"))

    # lazycache: source from the module's loader
    class Loader:
        def get_source(self, name):
            print("get_source called for", name)
            return "line one\nline two"

    fake = {"__name__": "fake_mod", "__loader__": Loader()}
    print(linecache.lazycache("fake_mod.py", fake))
    print(linecache.cache["fake_mod.py"][0].__class__.__name__ != "tuple", len(linecache.cache["fake_mod.py"]))
    print(linecache.lazycache("fake_mod.py", fake))
    print(repr(linecache.getline("fake_mod.py", 2)))
    print(linecache.cache["fake_mod.py"][:2], linecache.lazycache("fake_mod.py", fake))
    print(linecache.lazycache("<fake>", fake), linecache.lazycache("x.py", None),
          linecache.lazycache("y.py", {"__name__": "y"}))

    class NoneLoader:
        def get_source(self, name):
            return None

    print(linecache.getlines("none_mod.py", {"__name__": "none_mod", "__loader__": NoneLoader()}))

    linecache.clearcache()
    print(linecache.cache)
finally:
    for name in os.listdir(base):
        os.remove(base + "/" + name)
    os.rmdir(base)
