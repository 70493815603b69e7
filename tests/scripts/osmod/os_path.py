# os.path: joining, splitting and normalising path names (no file system).
import os.path
import os

for parts in [("a", "b"), ("a/", "b"), ("/a", "/b"), ("", "x"), ("a", ""), ("a", "b", "c/", "d")]:
    print(parts, os.path.join(*parts))
for p in ["a/b/c.txt", "/", "//x", "a/", "file", "/usr//lib/", ".bashrc", "a/.b.c", "x.tar.gz", "..", "a/b/"]:
    print(repr(p), os.path.split(p), os.path.basename(p), os.path.dirname(p), os.path.splitext(p), os.path.isabs(p))
for p in ["", ".", "a//b/./c/../d", "/../x", "//a/b", "///a", "a/../../b", "./"]:
    print(repr(p), repr(os.path.normpath(p)))
print(os.path is os.path, os.sep, os.pathsep, repr(os.linesep), os.curdir, os.pardir, os.name)
print(os.path.abspath("/a/./b/../c"))
