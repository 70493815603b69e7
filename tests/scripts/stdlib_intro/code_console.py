# code.InteractiveConsole / InteractiveInterpreter: push() of complete and
# unfinished statements, errors and tracebacks written through write(), and
# interact() reading lines from a function.
import code
import sys


class Console(code.InteractiveConsole):
    def write(self, data):
        sys.stdout.write("[err] " + data)


c = Console({"__name__": "__console__"})
for line in ["x = 2", "x * 21", "def f(n):", "    return n + 1", "", "f(x)", "if x:",
             "    print('yes')", "", "1/0", "undefined_name", "x = (", "1,", "2)", "x",
             "def g(:", "'''open", "close'''", "for i in range(2): print(i)", ""]:
    more = c.push(line)
    print(repr(line), "->", more)

class Interp(code.InteractiveInterpreter):
    def write(self, data):
        sys.stdout.write("[interp] " + data)


interp = Interp()
print(interp.runsource("y = 5"), interp.locals["y"])
print(interp.runsource("if y:"))
print(interp.runsource("raise ValueError('bad')"))
print(sorted(k for k in interp.locals if not k.startswith("__")))

lines = iter(["a = 1", "a + 1", "for i in range(3):", "  a += i", "", "a"])


def reader(prompt):
    sys.stdout.write(prompt)
    try:
        return next(lines)
    except StopIteration:
        raise EOFError


console = Console({})
console.raw_input = reader
console.interact(banner="hello", exitmsg="bye")
print()
console2 = Console({})
console2.raw_input = lambda prompt: (_ for _ in ()).throw(EOFError)
console2.interact(banner="", exitmsg=None)
