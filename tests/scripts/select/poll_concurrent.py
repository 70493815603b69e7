# Two threads may not poll() the same poll object at once: the second gets
# CPython's RuntimeError, and registrations made meanwhile take effect at the
# next poll().
import os
import select
import threading
import time

r, w = os.pipe()
r2, w2 = os.pipe()
p = select.poll()
p.register(r, select.POLLIN)
results = []
t = threading.Thread(target=lambda: results.append(p.poll(10000)))
t.start()

# poll(0) from here until it reports the other thread's poll() in progress
message = None
deadline = time.monotonic() + 10
while message is None and time.monotonic() < deadline:
    try:
        p.poll(0)
    except RuntimeError as e:
        message = str(e)
    time.sleep(0.01)
print("RuntimeError:", message)

# registering while the other thread waits is allowed
p.register(r2, select.POLLIN)
os.write(w2, b"2")
os.write(w, b"1")
t.join()
print("waiting thread saw:", results == [[(r, select.POLLIN)]])
print("next poll sees both:", sorted(p.poll(0)) == sorted([(r, select.POLLIN), (r2, select.POLLIN)]))
for fd in (r, w, r2, w2):
    os.close(fd)
