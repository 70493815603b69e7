# select.select: readiness of pipe ends, the caller's own objects returned,
# duplicates and order kept, and what a closed writer does to the reader.
import os
import select


class Wrapper:
    """An object with fileno(), as select() accepts."""

    def __init__(self, fd, name):
        self.fd, self.name = fd, name

    def fileno(self):
        return self.fd

    def __repr__(self):
        return f"<{self.name}>"


r, w = os.pipe()

# an empty pipe: only the write end is ready
print(select.select([r], [w], [], 0) == ([], [w], []))
print(select.select([r], [w], [r, w], 0.0))

# data makes the read end ready; lists, tuples, sets and iterators all work
os.write(w, b"hello")
print(select.select([r], [w], [], 0) == ([r], [w], []))
print(select.select((r,), (), (), 0) == ([r], [], []))
print(select.select({r}, set(), [], None) == ([r], [], []))
print(select.select(iter([r, w]), [], [], 0) == ([r], [], []))

# the same objects come back, in the caller's order, duplicates included
rw, ww = Wrapper(r, "reader"), Wrapper(w, "writer")
ready = select.select([ww, rw, r, rw], [ww, w], [], 0)
print(ready)
print(ready[0][1] is rw, ready[1][0] is ww)

# bool is an int: True is descriptor 1 (stdout, writable)
print(select.select([], [True], [], 0))

# reading everything empties the pipe again
print(os.read(r, 100))
print(select.select([r], [], [], 0))

# a closed writer makes the reader ready (read gives b"")
os.close(w)
print(select.select([r], [], [], 0) == ([r], [], []))
print(os.read(r, 10))
os.close(r)

# the timeout may be an int, a float or an object with __index__
class Zero:
    def __index__(self):
        return 0

print(select.select([], [], [], Zero()))
print(select.select([], [], [], False))

# a closed descriptor is an OSError (select.error is OSError)
try:
    select.select([r], [], [], 0)
except select.error as e:
    print(type(e).__name__, e.errno == 9, e)
