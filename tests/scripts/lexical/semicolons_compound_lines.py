# Semicolon-separated simple statements and one-line compound statements.
a = 1; b = 2; c = a + b; print(a, b, c)
x = 0;
print(x);
if a: print("if body on one line"); print("second statement of the body")
if not a: print("skipped"); print("also skipped")
else: print("else on one line")
for i in range(3): print("loop", i, end="; "); print("|", end="")
print()
while x < 3: x += 1; print("while", x)
def one(): return "one"
def two(n): n += 1; return n * 2
print(one(), two(5))
try: 1 / 0
except ZeroDivisionError: print("except on one line")
finally: print("finally on one line")
with open("/tmp/gilpy_test_semicolons.txt", "w") as f: f.write("x"); f.write("y")
with open("/tmp/gilpy_test_semicolons.txt") as f: print(f.read())
lam = lambda: (print("in lambda"), 42)[1]; print(lam())
y = [1, 2, 3]; y.append(4); y.reverse(); print(y)
del y; print("y" in globals())
import math; print(math.floor(2.5))
global_var = 1; assert global_var == 1; pass; print("after pass")
if a == 1: pass
elif a == 2: print("no")
print("end")
