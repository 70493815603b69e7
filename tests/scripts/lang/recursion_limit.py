# Deep recursion up to the limit works; beyond it RecursionError is raised.
import sys

def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)

print(depth(900))
print(sys.getrecursionlimit())
try:
    depth(100000)
except RecursionError as err:
    print("RecursionError:", err)
sys.setrecursionlimit(3000)
print(depth(2500))
