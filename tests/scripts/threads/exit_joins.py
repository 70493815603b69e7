# At exit the interpreter waits for non-daemon threads (after calls
# registered with threading._register_atexit, before atexit handlers).
import atexit
import threading
import time

def worker(name, delay):
    time.sleep(delay)
    print(name, "done", flush=True)

atexit.register(lambda: print("atexit handler: workers alive",
                              [t.is_alive() for t in workers]))
threading._register_atexit(print, "threading atexit call first")
workers = [threading.Thread(target=worker, args=("w1", 0.15)),
           threading.Thread(target=worker, args=("w2", 0.3))]
for t in workers:
    t.start()
print("main done", flush=True)
