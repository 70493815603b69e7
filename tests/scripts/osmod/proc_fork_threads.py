# Forking while other threads exist: only the forking thread lives on in the
# child, which can run Python code and start threads of its own.
import _thread
import os
import sys
import time

stop = False
running = _thread.allocate_lock()
running.acquire()


def spinner(first):
    if first:
        running.release()
    n = 0
    while not stop:
        n += 1


held = _thread.allocate_lock()
blocker_started = _thread.allocate_lock()
blocker_started.acquire()


def blocker():
    held.acquire()
    blocker_started.release()
    time.sleep(2)
    held.release()


for i in range(2):
    _thread.start_new_thread(spinner, (i == 0,))
_thread.start_new_thread(blocker, ())
running.acquire()
blocker_started.acquire()

codes = []
for i in range(5):
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        # the child: compute, start a thread, report through the exit code
        total = sum(range(1000))
        done = _thread.allocate_lock()
        done.acquire()
        box = []
        _thread.start_new_thread(lambda: (box.append(total // 1000), done.release()), ())
        done.acquire()
        os._exit(box[0] + i)
    codes.append(os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
print(codes)

# a child that runs to its end normally (flushing its own output)
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    print("child ends normally")
    sys.exit(3)
print("child status", os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]))
stop = True
