# print_stack / format_stack / extract_stack from nested functions,
# walk_stack, walk_tb, extract_tb fields, FrameSummary and StackSummary.
import sys
import traceback


def level3():
    traceback.print_stack(file=sys.stdout)
    print("---- limit=2")
    traceback.print_stack(limit=2, file=sys.stdout)
    print("---- format_stack")
    lines = traceback.format_stack()
    print(len(lines), all(isinstance(s, str) for s in lines))
    print("".join(lines), end="")
    stack = traceback.extract_stack()
    print(type(stack).__name__, [fs.name for fs in stack])
    print([(fs.lineno, fs.line) for fs in stack])
    print("---- from the caller's frame")
    traceback.print_stack(sys._getframe(1), file=sys.stdout)
    return [(f.f_code.co_name, lineno) for f, lineno in traceback.walk_stack(sys._getframe())]


def level2():
    return level3()


def level1():
    result = level2()
    return result


print(level1())

# sys._getframe
def where():
    f = sys._getframe()
    return f.f_code.co_name, f.f_back.f_code.co_name, f.f_back.f_lineno


print(where())
print(sys._getframe().f_code.co_name, sys._getframe().f_back)


def locals_of_caller():
    return sorted(sys._getframe(1).f_locals.items())


def has_locals(a, b=2):
    c = a + b
    return locals_of_caller()


print(has_locals(1))
print(sys._getframe(0).f_globals is globals())
for bad in (100, "x"):
    try:
        sys._getframe(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)


# extract_tb and FrameSummary
def boom(x):
    return x["key"]


def middle():
    value = {"other": 1}
    return boom(value)


try:
    middle()
except KeyError as e:
    tb = e.__traceback__
    summary = traceback.extract_tb(tb)
    print(type(summary).__name__, len(summary))
    for fs in summary:
        print(repr(fs).replace(__file__, "FILE"))
        print(fs.name, fs.lineno, repr(fs.line), fs.locals)
        filename, lineno, name, line = fs
        print(filename == __file__, lineno, name, line, len(fs), fs[2], fs[-1])
    print(summary[0] == (__file__, summary[0].lineno, "<module>", "middle()"))
    print(summary[1] == summary[1], summary[1] == summary[2])
    print([lineno for _, lineno in traceback.walk_tb(tb)])
    print([f.f_code.co_name for f, _ in traceback.walk_tb(tb)])
    print(len(traceback.extract_tb(tb, limit=1)), traceback.extract_tb(tb, limit=-1)[0].name)
    print("".join(traceback.format_tb(tb)), end="")
    traceback.print_tb(tb, file=sys.stdout)
    traceback.print_tb(tb, limit=2, file=sys.stdout)
    traceback.clear_frames(tb)


# capture_locals (frames of a stack)
def with_locals(a, b="two"):
    c = [a, b]
    stack = traceback.StackSummary.extract(traceback.walk_stack(sys._getframe()),
                                           capture_locals=True, limit=2)
    print([sorted(fs.locals.items()) for fs in stack])
    print("".join(stack.format()), end="")


def caller_of_with_locals():
    x = 1.5
    with_locals(x)


caller_of_with_locals()

# lists of tuples
entries = [("a.py", 1, "f", "x = 1"), ("b.py", 20, "g", None), ("c.py", 3, "<module>", "")]
print(traceback.format_list(entries))
traceback.print_list(entries, file=sys.stdout)
fs = traceback.FrameSummary("nofile.py", 7, "fn", line="  spaced  ")
print(fs.line, repr(fs._line), fs.locals, fs.colno)
fs = traceback.FrameSummary("nofile.py", 7, "fn", locals={"a": [1], "b": "s"})
print(fs.locals, fs.line, repr(fs))
fs = traceback.FrameSummary("nofile.py", None, "fn", lookup_line=False)
print(fs.line)
print(traceback.StackSummary.from_list([fs, ("x.py", 2, "h", "pass")]).format())

# tracebacklimit
sys.tracebacklimit = 1
try:
    middle()
except KeyError:
    traceback.print_exc(file=sys.stdout)
sys.tracebacklimit = -5
try:
    middle()
except KeyError:
    traceback.print_exc(file=sys.stdout)
del sys.tracebacklimit
