# print: sep, end, file, flush and their errors; input from a file on stdin.
import sys

print()
print(1, "two", 3.0, None, [4], (5,), {6: 7})
print("a", "b", "c", sep="-")
print("a", "b", sep="")
print("no newline", end="")
print(" | continued", end="!\n")
print("x", "y", sep=None, end=None)
print(file=sys.stdout)
print("to stderr", file=sys.stderr)
print("flushed", flush=True)
print("file None", file=None)
print(*range(5), sep=", ")
print(*"abc")


for bad in [dict(sep=1), dict(end=2), dict(file=3), dict(foo=1)]:
    try:
        print("x", **bad)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)

line = input()
print(repr(line))
line = input("prompt> ")
print(repr(line))
try:
    input()
    input()
except EOFError as e:
    print("EOFError:", repr(e))


class W:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


w = W()
print("into", "object", sep="_", end=".", file=w)
print(w.parts)
