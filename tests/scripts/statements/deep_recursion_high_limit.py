# With a raised recursion limit, deep Python recursion works, also through built-in callbacks.
import sys
sys.setrecursionlimit(100000)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(50000))
def viamap(n):
    return 0 if n == 0 else 1 + sum(map(viamap, [n - 1]))
sys.setrecursionlimit(3000)
print(viamap(500))
def sortrec(n):
    return 0 if n == 0 else sorted([n], key=lambda x: sortrec(x - 1))[0]
print(sortrec(300))
