# RecursionError is catchable and the interpreter keeps working afterwards.
import sys
def down(n):
    return down(n + 1)
for attempt in range(3):
    try:
        down(0)
    except RecursionError as e:
        print("attempt", attempt, "caught:", e)
def count(n):
    return 0 if n == 0 else 1 + count(n - 1)
print(count(800))
old = sys.getrecursionlimit()
sys.setrecursionlimit(200)
print(sys.getrecursionlimit())
try:
    count(500)
except RecursionError as e:
    print("lower limit hit:", e)
print(count(100))
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old, count(900))
def deep_in_handler(n):
    try:
        return deep_in_handler(n + 1)
    except RecursionError:
        return n
depth = deep_in_handler(0)
print("depth reached is large:", depth > 500)
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
try:
    sys.setrecursionlimit(-5)
except ValueError as e:
    print("ValueError:", e)
