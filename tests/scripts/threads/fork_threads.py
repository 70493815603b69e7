# fork() while threads run: in the child only the forking thread exists
# (it becomes the main thread), and the child can start threads and pools;
# the parent keeps its threads.  Forking from a non-main thread too.
import os, sys, threading, time
ev = threading.Event()
workers = [threading.Thread(target=ev.wait, name=f"w{i}") for i in range(3)]
for w in workers: w.start()
lock = threading.Lock()
sys.stdout.flush()
pid = os.fork()
if pid == 0:
    print("child threads", [t.name for t in threading.enumerate()], threading.current_thread() is threading.main_thread())
    print("child workers alive", [w.is_alive() for w in workers])
    t = threading.Thread(target=lambda: print("child thread runs", threading.current_thread().name))
    t.start(); t.join()
    from concurrent.futures import ThreadPoolExecutor
    with ThreadPoolExecutor(2) as ex:
        print("child pool", list(ex.map(abs, [-1, -2])))
    sys.stdout.flush()
    sys.exit(0)
os.waitpid(pid, 0)
print("parent threads", sorted(t.name for t in threading.enumerate()))
# fork from a non-main thread
def forker():
    sys.stdout.flush()
    pid = os.fork()
    if pid == 0:
        print("grandchild main", threading.current_thread().name, threading.current_thread() is threading.main_thread(), len(threading.enumerate()))
        t = threading.Thread(target=print, args=("thread in forked child",))
        t.start(); t.join()
        sys.stdout.flush()
        os._exit(0)
    os.waitpid(pid, 0)
f = threading.Thread(target=forker, name="forker")
f.start(); f.join()
ev.set()
for w in workers: w.join()
print("parent done")
