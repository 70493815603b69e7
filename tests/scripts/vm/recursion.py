# Runaway recursion raises RecursionError, is catchable, and the VM recovers.
import sys
def down(n):
    return down(n + 1)

try:
    down(0)
except RecursionError as e:
    print("caught:", e)

depth = 0
def count():
    global depth
    depth += 1
    count()
try:
    count()
except RecursionError:
    print("depth reached close to the limit:", 900 < depth <= sys.getrecursionlimit())

def deep(n):
    return 0 if n == 0 else 1 + deep(n - 1)
print(deep(900))

sys.setrecursionlimit(5000)
print(deep(4000))
sys.setrecursionlimit(1000)

def via_builtin(n):
    return list(map(via_builtin, [n + 1]))
try:
    via_builtin(0)
except RecursionError as e:
    print("through map:", type(e).__name__)

def mutual_a(n):
    return mutual_b(n)
def mutual_b(n):
    return mutual_a(n)
try:
    mutual_a(0)
except RecursionError:
    print("mutual recursion caught")
print("still works", deep(10))
