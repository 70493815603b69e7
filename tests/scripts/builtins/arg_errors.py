# Argument errors of the built-in functions: the TypeError/ValueError each
# raises for missing, extra or wrong arguments, as CPython words them.
tests = [
    "len()", "len(1, 2)", "abs('a')", "abs()", "divmod(1)", "divmod('a', 1)", "pow()", "pow(1)", "pow(2, 'a')",
    "round()", "round('a')", "round(1.5, 'x')", "min()", "max(1, 2, foo=3)", "min([], default=1, key=None)",
    "sum()", "sum(1)", "sum([1], 'a')", "sum(['a'])", "sorted()", "sorted(1)", "sorted([1], foo=1)", "sorted([1], None)",
    "reversed()", "enumerate()", "enumerate(1)", "enumerate([], 'a')", "zip(1)", "map()", "map(abs)", "map(abs, 1)",
    "filter()", "filter(None)", "filter(None, 1)", "any()", "any(1)", "all(1)", "range()", "range('a')", "range(1, 2, 3, 4)",
    "range(1.5)", "iter()", "iter(1, 2, 3)", "next()", "next(1)", "isinstance(1)", "isinstance(1, [int])", "issubclass(int, 1)",
    "type()", "type(1, 2)", "id()", "hash()", "chr()", "chr('a')", "chr(1.5)", "ord(1)", "ord()", "bin('a')", "oct(1.5)", "hex()",
    "format()", "format(1, 2)", "format(1, 'q')", "format('a', 'd')", "callable()", "getattr(1)", "getattr(1, 'x')", "setattr(1, 'x')",
    "hasattr(1)", "hasattr(1, 2)", "delattr(1)", "vars(1, 2)", "dir(1, 2)", "open()", "open(1.5)", "open('x', 'r', 'a')",
    "print(sep=1)", "input(1, 2)", "repr()", "ascii()", "int(1, 2)", "int('1', 2, 3)", "int(base=2)", "float(1, 2)", "float([])",
    "str(b'a', 1)", "bool(1, 2)", "int(x=1)", "list(1)", "tuple(1)", "dict(1)", "set(1)", "frozenset(1)",
    "max(1, 2, key=1)", "min('')", "max(x for x in [])", "next(iter([]))",
    "eval()", "eval(1)", "exec()", "exec(1)", "compile()", "compile('1', 'f', 'x')", "globals(1)", "locals(1)",
    "divmod(1.0, 0)", "pow(0, -1)", "pow(0.0, -1)", "round(1, 2, 3)", "abs(None)", "len(None)", "hash({})", "iter(None)",
]
for t in tests:
    try:
        r = eval(t)
        print(t, "->", repr(r)[:40])
    except Exception as e:
        print(t, "->", type(e).__name__ + ":", e)
