# Smaller process and descriptor functions: PathLike, get_terminal_size on a
# non-terminal, nice, getloadavg, sched_getaffinity, ids, times, pidfd_open
# with signal.pidfd_send_signal.
import os
import signal
import sys


class P:
    def __fspath__(self):
        return "some/path"


print(os.PathLike, isinstance(P(), os.PathLike), isinstance("s", os.PathLike),
      issubclass(P, os.PathLike))
print(os.fspath(P()), os.fspath(b"b"), os.fsencode(P()), os.fsdecode(b"x"))
try:
    os.fspath(5)
except TypeError as e:
    print(e)

r, w = os.pipe()
try:
    os.get_terminal_size(r)
except OSError as e:
    print(type(e).__name__, e)
print(os.terminal_size)
os.close(r)
os.close(w)

print(os.nice(0) == os.nice(0))
load = os.getloadavg()
print(type(load).__name__, len(load), all(isinstance(x, float) for x in load))
cpus = os.sched_getaffinity(0)
print(type(cpus).__name__, len(cpus) >= 1, all(isinstance(c, int) for c in cpus))
print(os.getuid() == os.geteuid(), os.getgid() == os.getegid(), os.getpgrp() == os.getpgid(0))
t = os.times()
print(type(t).__name__, len(t), t.user >= 0, t.elapsed > 0, t[0] == t.user)

sys.stdout.flush()
pid = os.fork()
if pid == 0:
    signal.pause()
    os._exit(0)
fd = os.pidfd_open(pid)
signal.pidfd_send_signal(fd, signal.SIGTERM)
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
os.close(fd)
try:
    signal.pidfd_send_signal(fd, signal.SIGTERM)
except OSError as e:
    print(e)
try:
    signal.pidfd_send_signal(0, signal.SIGTERM, 1)
except TypeError as e:
    print(e)
