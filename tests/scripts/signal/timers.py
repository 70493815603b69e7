# alarm and setitimer: the handler runs while time.sleep waits, and the sleep
# goes on for the rest of its time (PEP 475); a handler that raises ends it.
import os
import signal
import time

fired = []
signal.signal(signal.SIGALRM, lambda s, f: fired.append(s))

print(signal.alarm(0))
print(signal.alarm(10) == 0, signal.alarm(0) > 0)

t0 = time.monotonic()
old = signal.setitimer(signal.ITIMER_REAL, 0.1)
print("old timer:", old)
time.sleep(0.4)
elapsed = time.monotonic() - t0
print("fired:", fired, "slept whole time:", elapsed >= 0.39)

# a repeating timer
fired.clear()
signal.setitimer(signal.ITIMER_REAL, 0.05, 0.05)
value, interval = signal.getitimer(signal.ITIMER_REAL)
print(0 < value <= 0.05, interval == 0.05)
while len(fired) < 3:
    time.sleep(0.01)
print("repeated", len(fired) >= 3)
print(signal.setitimer(signal.ITIMER_REAL, 0)[1] == 0.05)
print(signal.getitimer(signal.ITIMER_REAL))


class Timeout(Exception):
    pass


def on_alarm(signum, frame):
    raise Timeout("alarm %d" % signum)


signal.signal(signal.SIGALRM, on_alarm)
t0 = time.monotonic()
signal.setitimer(signal.ITIMER_REAL, 0.05)
try:
    time.sleep(5)
except Timeout as e:
    print("sleep ended by", e, time.monotonic() - t0 < 4)

# a busy loop is interrupted too
signal.setitimer(signal.ITIMER_REAL, 0.05)
n = 0
try:
    while True:
        n += 1
except Timeout as e:
    print("loop ended by", e, n > 0)

# pause() returns after the handler ran
signal.signal(signal.SIGALRM, lambda s, f: print("pause handler"))
signal.setitimer(signal.ITIMER_REAL, 0.05)
print(signal.pause())

try:
    signal.setitimer(12345, 1.0)
except signal.ItimerError as e:
    print(type(e).__name__, isinstance(e, OSError), e)
try:
    signal.setitimer(signal.ITIMER_REAL, "x")
except TypeError as e:
    print(e)
signal.signal(signal.SIGALRM, signal.SIG_DFL)
