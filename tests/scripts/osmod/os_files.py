# os: creating, listing, renaming and removing files and directories.
import os

base = "/tmp/gilpy_test_osmod_%d" % os.getpid()
os.makedirs(base + "/sub/deeper", exist_ok=True)
with open(base + "/one.txt", "w") as f:
    f.write("hello\n")
print(sorted(os.listdir(base)))
print(os.path.exists(base), os.path.isdir(base), os.path.isfile(base + "/one.txt"))
print(os.path.getsize(base + "/one.txt"), os.stat(base + "/one.txt").st_size)
os.rename(base + "/one.txt", base + "/two.txt")
print(sorted(os.listdir(base)), os.path.exists(base + "/one.txt"))
for bad in [lambda: os.remove(base + "/missing"), lambda: os.listdir(base + "/nope"),
            lambda: os.mkdir(base), lambda: os.rmdir(base + "/sub")]:
    try:
        bad()
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename.replace(base, "BASE"))
try:
    os.makedirs(base + "/sub")
except FileExistsError as e:
    print("FileExistsError", e.strerror)
os.remove(base + "/two.txt")
os.rmdir(base + "/sub/deeper")
os.rmdir(base + "/sub")
os.rmdir(base)
print(os.path.exists(base))
print(os.getpid() > 1, os.getppid() > 0, isinstance(os.getcwd(), str), os.cpu_count() >= 1)
print(len(os.urandom(8)), type(os.environ).__name__ in ("dict", "_Environ"), os.getenv("NO_SUCH_VAR_X", "dflt"))
print(os.strerror(2))
