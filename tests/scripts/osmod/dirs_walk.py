# scandir, walk, lstat/readlink/symlink/link, chmod, replace, truncate,
# removedirs/renames, fdopen, uname, spawn*, errors naming two paths.
import os
import sys

base = "dirs_walk.tmp"
os.makedirs(os.path.join(base, "a", "b"))
os.makedirs(os.path.join(base, "c"))
for name in ("a/f1", "a/b/f2", "c/f3", "top"):
    with open(os.path.join(base, name), "w") as f:
        f.write(name)
os.symlink("a", os.path.join(base, "link_to_a"))
os.symlink("nowhere", os.path.join(base, "dangling"))

with os.scandir(base) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.path, e.is_dir(), e.is_file(), e.is_symlink(),
          e.is_dir(follow_symlinks=False), os.fspath(e) == e.path, e.inode() == os.lstat(e.path).st_ino)
print(type(entries[0]), type(os.scandir(base)).__name__)
print(sorted(e.name for e in os.scandir(base + "/a/")), [e.path for e in os.scandir(base + "/a/") if e.name == "f1"])
print(sorted(e.name for e in os.scandir(os.fsencode(base))))

for top, dirs, files in sorted((t, sorted(d), sorted(f)) for t, d, f in os.walk(base)):
    print(top, dirs, files)
print([t for t, d, f in os.walk(base, topdown=False) if t.endswith("a")])
print(sorted(t for t, d, f in os.walk(base, followlinks=True)))
errors = []
print(list(os.walk("no/such/dir", onerror=errors.append)), [type(e).__name__ for e in errors])

print(os.readlink(os.path.join(base, "link_to_a")), os.readlink(os.fsencode(base + "/dangling")))
print(oct(os.lstat(base + "/link_to_a").st_mode & 0o170000), oct(os.stat(base + "/link_to_a").st_mode & 0o170000))
os.link(base + "/top", base + "/hard")
print(os.stat(base + "/hard").st_nlink, os.stat(base + "/top").st_ino == os.stat(base + "/hard").st_ino)
os.chmod(base + "/top", 0o600)
print(oct(os.stat(base + "/top").st_mode & 0o777))
os.truncate(base + "/top", 2)
with open(base + "/top", "r+") as f:
    print(repr(f.read()))
    os.ftruncate(f.fileno(), 1)
    os.fsync(f)
    os.fsync(f.fileno())
print(os.path.getsize(base + "/top"))
os.replace(base + "/hard", base + "/c/f3")
print(open(base + "/c/f3").read())

with os.fdopen(os.open(base + "/top", os.O_RDONLY)) as f:
    print(f.read(), f.mode)
try:
    os.fdopen("x")
except TypeError as e:
    print(e)

os.renames(base + "/a/b/f2", base + "/moved/deep/f2")
print(sorted(os.listdir(base + "/a")), os.listdir(base + "/moved/deep"))
os.makedirs(base + "/r1/r2/r3")
os.removedirs(base + "/r1/r2/r3")
print(os.path.exists(base + "/r1"))

for call in (lambda: os.symlink("x", base + "/top"), lambda: os.rename("no-such-a", "no-such-b"),
             lambda: os.link("no-such-a", "no-such-b"), lambda: os.replace(base, base + "/c"),
             lambda: os.readlink(base + "/top"), lambda: os.lstat("no/such"),
             lambda: os.chmod("no/such", 0o644)):
    try:
        call()
    except OSError as e:
        print(type(e).__name__, e, e.filename, e.filename2)

u = os.uname()
print(type(u).__name__, u.sysname, len(u), u[0] == u.sysname)
print(os.error is OSError, os.EX_OK, os.EX_USAGE, os.EX_SOFTWARE, os.P_WAIT, os.P_NOWAIT)

sys.stdout.flush()
print(os.spawnv(os.P_WAIT, "/bin/sh", ["sh", "-c", "exit 4"]))
print(os.spawnlp(os.P_WAIT, "sh", "sh", "-c", "echo spawned; exit 0"))
pid = os.spawnvpe(os.P_NOWAIT, "sh", ["sh", "-c", "exit $CODE"], {"CODE": "6", "PATH": os.environ["PATH"]})
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
print(os.spawnv(os.P_WAIT, "/no/such/program", ["x"]))
try:
    os.spawnv(os.P_WAIT, "/bin/sh", "sh")
except TypeError as e:
    print(e)

def is_link(p):
    return (os.lstat(p).st_mode & 0o170000) == 0o120000


for top, dirs, files in os.walk(base, topdown=False):
    for name in files:
        os.remove(os.path.join(top, name))
    for name in dirs:
        p = os.path.join(top, name)
        if is_link(p):
            os.remove(p)
        else:
            os.rmdir(p)
os.rmdir(base)
print(os.path.exists(base))
