# io.StringIO/BytesIO: copying and pickling keep the contents, position,
# newline mode and attributes; __setstate__'s checks; StringIO as stdin.
import copy
import io
import pickle
import sys


def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


s = io.StringIO("abc\r\ndef", newline=None)
s.read(2)
s.tag = "t"
print(s.__getstate__())
for c in (copy.copy(s), copy.deepcopy(s), pickle.loads(pickle.dumps(s))):
    print(type(c).__name__, repr(c.getvalue()), c.tell(), c.tag, c.read(), c.newlines)
    c.write("\r")
    print(repr(c.getvalue()))
b = io.BytesIO(b"xyz")
b.read(1)
print(b.__getstate__())
for c in (copy.copy(b), pickle.loads(pickle.dumps(b))):
    print(type(c).__name__, c.getvalue(), c.tell(), c.read())

s = io.StringIO()
for st in [1, (1, 2), ("a", "\n", 0, None, 5), (1, "\n", 0, None), ("a", 1, 0, None),
           ("a", "\n", "x", None), ("a", "\n", -1, None), ("a", "\n", 0, 5),
           ("q\r", "\r", 1, {"k": 2})]:
    t(st, lambda: (s.__setstate__(st), s.getvalue(), s.tell()))
print(s.k, s.__dict__)
b = io.BytesIO()
for st in [1, (1, 2), (b"a", 0, None, 5), ("a", 0, None), (b"a", "x", None), (b"a", -1, None),
           (b"a", 0, 5), (bytearray(b"xy"), 1, {"k": 1})]:
    t(st, lambda: (b.__setstate__(st), b.getvalue(), b.tell()))
print(b.k)
s.close()
t("closed getstate", s.__getstate__)

sys.stdin = io.StringIO("first\nsecond\nthird\n")
print(input(), input())
print(repr(sys.stdin.read()))
sys.stdin = sys.__stdin__
