# Deeply nested awaits, and a RecursionError raised when awaiting too deep.
async def rec(n):
    if n == 0:
        return 0
    return 1 + await rec(n - 1)
try:
    rec(900).send(None)
except StopIteration as e:
    print(e.value)
try:
    rec(5000).send(None)
except RecursionError as e:
    print("RecursionError", e)
import sys
print(sys.getrecursionlimit())
