# sys.stdout / sys.stderr objects: write return values, flush, print(file=...), attributes.
import sys
n = sys.stdout.write("written directly\n")
print("write returned", n)
print(sys.stdout.write(""), sys.stdout.write("é\n"))
sys.stdout.write("no newline, ")
sys.stdout.write("then newline\n")
sys.stdout.flush()
print("print to stdout explicitly", file=sys.stdout)
print("several", "args", 1, 2.5, None, sep=":", end=";\n", file=sys.stdout, flush=True)
print(file=sys.stdout)
print("", end="")
print("sep with no items", sep="XYZ")
print("a", "b", sep="")
print("end", end="")
print(" continues")
print(*range(5), sep=", ")
print(*[], sep="never")
print("multi\nline", "second")
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable())
print(sys.stdout.encoding.lower().replace("-", ""), sys.stdout.name, sys.stderr.name, sys.stdin.name)
print(type(sys.stdout.fileno()).__name__, sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", sep=5)
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", end=[])
except TypeError as e:
    print("TypeError:", e)
try:
    print("x", file=5)
except AttributeError as e:
    print("AttributeError:", e)
print(sys.stdin.read(), "<- stdin is empty")
print(repr(sys.stdin.readline()))
