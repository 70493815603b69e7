# PEP 475: a blocking call interrupted by a signal runs the handler and then
# goes on waiting; if the handler raises, the call ends with its exception.
import os
import signal
import sys
import time

seen = []
signal.signal(signal.SIGALRM, lambda s, f: seen.append("alarm"))

# os.read on a pipe: the writer child answers after the alarm fired
r, w = os.pipe()
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    os.close(r)
    time.sleep(0.4)
    os.write(w, b"late data")
    os._exit(0)
os.close(w)
signal.setitimer(signal.ITIMER_REAL, 0.1)
print(os.read(r, 100), seen)
os.close(r)

# waitpid: the child exits after the alarm fired
seen.clear()
pid = os.fork()
if pid == 0:
    time.sleep(0.4)
    os._exit(9)
signal.setitimer(signal.ITIMER_REAL, 0.1)
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]), seen)

# a SIGCHLD handler runs when a child ends
seen.clear()
signal.signal(signal.SIGCHLD, lambda s, f: seen.append("chld"))
pid = os.fork()
if pid == 0:
    os._exit(0)
time.sleep(0.3)
os.waitpid(pid, 0)
print(seen)
signal.signal(signal.SIGCHLD, signal.SIG_DFL)


# a handler that raises ends the blocked call
class Alarm(Exception):
    pass


def raise_alarm(signum, frame):
    raise Alarm("woken")


signal.signal(signal.SIGALRM, raise_alarm)
r, w = os.pipe()
signal.setitimer(signal.ITIMER_REAL, 0.1)
try:
    os.read(r, 10)
except Alarm as e:
    print("read ended:", e)
pid = os.fork()
if pid == 0:
    time.sleep(1)
    os._exit(0)
signal.setitimer(signal.ITIMER_REAL, 0.1)
try:
    os.waitpid(pid, 0)
except Alarm as e:
    print("waitpid ended:", e)
print(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
os.close(r)
os.close(w)
signal.signal(signal.SIGALRM, signal.SIG_DFL)
