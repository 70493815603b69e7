# File descriptors: os.open/read/write/lseek/fstat/dup/dup2/close, the
# inheritable and blocking flags, isatty, umask, and their errors.
import os

name = "proc_fd.tmp"
fd = os.open(name, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.get_inheritable(fd), os.get_blocking(fd), os.isatty(fd))
print(os.write(fd, b"hello world\n"), os.write(fd, bytearray(b"more\n")))
print(os.lseek(fd, 0, os.SEEK_CUR), os.lseek(fd, 0, os.SEEK_END), os.lseek(fd, 6, os.SEEK_SET))
os.write(fd, b"WORLD")
st = os.fstat(fd)
print(st.st_mode & 0o170000 == 0o100000, st.st_size, oct(st.st_mode & 0o777))
os.close(fd)

fd = os.open(name, os.O_RDONLY)
print(os.read(fd, 5), os.read(fd, 100), os.read(fd, 100))
fd2 = os.dup(fd)
print(fd2 != fd, os.get_inheritable(fd2))
os.lseek(fd2, 0, os.SEEK_SET)
print(os.read(fd, 5))   # dup shares the offset
fd3 = os.open(os.devnull, os.O_RDONLY)
print(os.dup2(fd, fd3) == fd3, os.get_inheritable(fd3))
os.dup2(fd, fd3, inheritable=False)
print(os.get_inheritable(fd3))
os.set_inheritable(fd3, True)
print(os.get_inheritable(fd3))
os.set_inheritable(fd3, False)
print(os.get_inheritable(fd3))
for f in (fd, fd2, fd3):
    os.close(f)
os.remove(name)

r, w = os.pipe()
print(os.get_inheritable(r), os.get_inheritable(w), os.get_blocking(r))
os.set_blocking(r, False)
print(os.get_blocking(r))
try:
    os.read(r, 10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno == 11)
os.set_blocking(r, True)
print(os.get_blocking(r))
os.write(w, b"abc")
print(os.read(r, 0), os.read(r, 2), os.read(r, 2))
os.closerange(r, w + 1)
try:
    os.close(r)
except OSError as e:
    print(type(e).__name__, e)

old = os.umask(0o22)
print(os.umask(old) == 0o22)

for call in (lambda: os.read(-1, 1), lambda: os.write(999, b"x"), lambda: os.fstat(999),
             lambda: os.read(0, -1), lambda: os.write(1, "text"), lambda: os.close("x"),
             lambda: os.open("no/such/file", os.O_RDONLY), lambda: os.dup(-1),
             lambda: os.lseek(999, 0, 0), lambda: os.read(1.5, 1)):
    try:
        call()
    except (OSError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.SEEK_SET, os.SEEK_CUR, os.SEEK_END)
