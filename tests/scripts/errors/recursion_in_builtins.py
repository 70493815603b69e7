# RecursionError raised through built-ins (repr, ==, str.join callbacks) is catchable.
import sys
sys.setrecursionlimit(400)
deep = []
for _ in range(2000):
    deep = [deep]
try:
    repr(deep)
except RecursionError as e:
    print("repr:", type(e).__name__, e)
a, b = [], []
for _ in range(2000):
    a, b = [a], [b]
try:
    print(a == b)
except RecursionError as e:
    print("compare:", type(e).__name__, e)
d = {}
for _ in range(2000):
    d = {"k": d}
try:
    str(d)
except RecursionError as e:
    print("dict str:", type(e).__name__, e)
def walk(x):
    return 1 + max([walk(y) for y in x], default=0)
try:
    walk(deep)
except RecursionError as e:
    print("walk:", e)
shallow = [[[[1]]]]
print(repr(shallow), walk([[[[]]]]), shallow == [[[[1]]]])
print("still running, limit", sys.getrecursionlimit())
