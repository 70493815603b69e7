# Executors left running at exit: the interpreter waits for their work and
# ends their workers; an executor that is dropped lets its workers end; work
# submitted once the exit began is refused.
import threading
import time
from concurrent.futures import ThreadPoolExecutor

ex = ThreadPoolExecutor(3)
fs = [ex.submit(time.sleep, 0.3) for _ in range(3)]
fs.append(ex.submit(print, "queued work runs before exit"))
print("active", threading.active_count())

ex2 = ThreadPoolExecutor(2, thread_name_prefix="tmp")
ex2.submit(abs, 1).result()
names = [t.name for t in threading.enumerate() if t.name.startswith("tmp")]
print("tmp workers", names)
del ex2
deadline = time.monotonic() + 5
while any(t.name.startswith("tmp") for t in threading.enumerate()) and time.monotonic() < deadline:
    time.sleep(0.01)
print("tmp workers after del", [t.name for t in threading.enumerate() if t.name.startswith("tmp")])

def late():
    # Waits for the exit to have ended the workers.
    for t in list(ex._threads):
        t.join()
    try:
        ex.submit(abs, -5)
    except RuntimeError as e:
        print("late submit:", e)
threading.Thread(target=late).start()
print("main ends")
