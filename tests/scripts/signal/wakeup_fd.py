# set_wakeup_fd: each caught signal writes its number to a non-blocking
# descriptor (what event loops wait on).
import os
import signal

r, w = os.pipe()
try:
    signal.set_wakeup_fd(w)
except ValueError as e:
    print(e.args[0].replace(str(w), "W"))
os.set_blocking(w, False)
print(signal.set_wakeup_fd(w))
signal.signal(signal.SIGUSR1, lambda s, f: print("handler", s))
signal.signal(signal.SIGUSR2, lambda s, f: print("handler", s))
os.kill(os.getpid(), signal.SIGUSR1)
os.kill(os.getpid(), signal.SIGUSR2)
print(list(os.read(r, 10)))
print(signal.set_wakeup_fd(-1) == w)
os.kill(os.getpid(), signal.SIGUSR1)
os.set_blocking(r, False)
try:
    os.read(r, 10)
except BlockingIOError:
    print("nothing written once unset")
