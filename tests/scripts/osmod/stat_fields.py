# os.stat_result: a 10-item tuple (whole-second times) with more fields by
# name: float times, nanosecond times, st_blksize, st_blocks, st_rdev; and
# os.utime setting them.
import os

name = "stat_fields.tmp"
with open(name, "w") as f:
    f.write("x" * 5000)
os.utime(name, ns=(1_500_000_000_123_456_789, 1_600_000_000_987_654_321))
fd = os.open(name, os.O_RDONLY)
for st in (os.stat(name), os.lstat(name), os.fstat(fd)):
    print(len(st), type(st).__name__, st.st_size, st[6] == st.st_size)
    print(st.st_atime, st.st_mtime, st.st_atime_ns, st.st_mtime_ns, st[7], st[8])
    print(type(st.st_ctime).__name__, st.st_ctime_ns // 10**9 == st[9])
    print(st.st_blksize > 0, st.st_blocks >= 5000 // 512, st.st_rdev)
    mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime = st
    print(size, tuple(st) == st, st[7:] == (atime, mtime, ctime))
    print(repr(st).startswith("os.stat_result(st_mode="), repr(st).count("="))
os.close(fd)
os.utime(name, (1000000000, 1234567890.5))
st = os.stat(name)
print(st.st_atime, st.st_mtime, st.st_mtime_ns, os.path.getmtime(name))
os.utime(name)
print(abs(os.stat(name).st_mtime - os.stat(".").st_mtime) < 1e6)
try:
    os.stat(name).st_nosuch
except AttributeError as e:
    print(e)
for call in (lambda: os.utime(name, (1, 2), ns=(1, 2)), lambda: os.utime(name, 5),
             lambda: os.utime(name, ns=5), lambda: os.utime(name, ns=(1.5, 2)),
             lambda: os.utime("no/such/file")):
    try:
        call()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
os.remove(name)
