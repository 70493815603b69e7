# After os.fork() the child's module-level random generator is reseeded, so
# parent and child do not produce the same numbers (as CPython).
import os
import random

random.seed(42)
r, w = os.pipe()
pid = os.fork()
if pid == 0:
    os.close(r)
    os.write(w, repr([random.random() for _ in range(3)]).encode())
    os._exit(0)
os.close(w)
child = eval(os.read(r, 1000).decode())
os.waitpid(pid, 0)
mine = [random.random() for _ in range(3)]
print("same numbers in parent and child:", mine == child)
