# format_exception_only / print_exception for SyntaxError and its
# subclasses: the File line, the source line, the carets, the message.
import sys
import traceback


def show(exc):
    print(traceback.format_exception_only(exc))
    traceback.print_exception(exc, file=sys.stdout)


for source in ["x = (1,\n", "def f(:\n    pass\n", "a = 1 +\n", "  x = 1\n",
               "if True:\npass\n", "x = 'abc\n", "print 'hi'\n",
               "for x in range(3):\n\tif x:\n        pass\n", "1 = x\n", "del f()\n"]:
    try:
        compile(source, "snippet.py", "exec")
    except SyntaxError as e:
        show(e)

try:
    eval("1 +* 2")
except SyntaxError as e:
    show(e)

# hand-made SyntaxErrors: every combination of missing fields
cases = [
    SyntaxError("bare message"),
    SyntaxError("msg", ("file.py", 3, 5, "    some code here\n", 3, 9)),
    SyntaxError("msg", ("file.py", 3, 5, "some code here", 3, 5)),
    SyntaxError("msg", ("file.py", 3, None, "some code here", None, None)),
    SyntaxError("msg", ("file.py", None, None, None, None, None)),
    SyntaxError("msg", (None, 2, 1, "x\n", 2, 2)),
    SyntaxError("msg", ("file.py", 1, 0, "abc", 1, 2)),
    SyntaxError("msg", ("file.py", 1, 2, "\tab\tcd", 1, 6)),
    SyntaxError("msg", ("file.py", 1, 3, "abc", 1, -1)),
    SyntaxError("", ("file.py", 1, 1, "abc", 1, 2)),
    IndentationError("unexpected indent", ("mod.py", 4, 3, "  y = 2\n", 4, 4)),
    TabError("inconsistent", ("mod.py", 4, 1, "\tz\n", 4, 2)),
]
for exc in cases:
    show(exc)

e = SyntaxError("with note", ("n.py", 1, 1, "x", 1, 2))
e.add_note("a note on a syntax error")
show(e)


class MySyntaxError(SyntaxError):
    pass


show(MySyntaxError("custom", ("c.py", 2, 1, "q", 2, 2)))

te = traceback.TracebackException.from_exception(cases[1])
print(te.filename, te.lineno, te.end_lineno, repr(te.text), te.offset, te.end_offset, te.msg)
