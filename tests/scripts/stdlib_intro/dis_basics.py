# dis and opcode on straight-line code where gilpy's instructions and
# CPython's agree once CPython's RESUME/PRECALL/CACHE bookkeeping is left out;
# gilpy's own bytecode otherwise differs from CPython's by design.
import dis
import io
import opcode

SKIP = {"RESUME", "PRECALL", "CACHE", "PUSH_NULL", "KW_NAMES"}


def f(x, y):
    z = x + y * 2
    w = z - x ** 3 // y
    return w


def g(a):
    a.b = a.c
    return a


def listing(code):
    return [(i.opname, i.argrepr) + ((i.argval,) if i.opname != "BINARY_OP" else ())
            for i in dis.get_instructions(code) if i.opname not in SKIP]


for code in [f, g, "a + b", "a.b.c", "x = 1", "del x", "a % b | c ^ d & e"]:
    print(listing(code))
print(sorted({i.starts_line for i in dis.get_instructions(f)} - {None, f.__code__.co_firstlineno}))
print([i.opname for i in dis.get_instructions(f)][-1], isinstance(next(iter(dis.Bytecode(f))), dis.Instruction))
for name in ["LOAD_FAST", "LOAD_CONST", "STORE_FAST", "BINARY_OP", "RETURN_VALUE", "LOAD_ATTR", "STORE_ATTR",
             "LOAD_GLOBAL", "POP_TOP"]:
    op = opcode.opmap[name]
    print(name, opcode.opname[op] == name, op in opcode.hasconst, op in opcode.haslocal, op in opcode.hasname)
print(opcode.cmp_op)
out = io.StringIO()
dis.dis("x = 1", file=out)
print(len(out.getvalue().splitlines()) >= 2, "STORE_NAME" in out.getvalue(), "(x)" in out.getvalue())
print(dis.pretty_flags(3), dis.pretty_flags(0x23))
try:
    dis.dis(5)
except TypeError as e:
    print(e)
