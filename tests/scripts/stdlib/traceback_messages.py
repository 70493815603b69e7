# format_exception_only: qualified names, odd __module__ values, class-level
# and failing notes, None values.
import traceback
def f():
    class E(Exception): pass
    return E
E = f()
print(traceback.format_exception_only(E("x")))
class M(Exception): pass
M.__module__ = None
print(traceback.format_exception_only(M("y")))
M.__module__ = "pkg.mod"
print(traceback.format_exception_only(M()))
class N(Exception):
    __notes__ = ["class-level note"]
print(traceback.format_exception_only(N("z")))
class BadNote:
    def __str__(self): raise ValueError
e = ValueError("w"); e.__notes__ = [BadNote(), "ok"]
print(traceback.format_exception_only(e))
class BadRepr:
    def __repr__(self): raise ValueError
e.__notes__ = BadRepr()
print(traceback.format_exception_only(e))
print(traceback.format_exception_only(ValueError, None))
print(traceback.format_exception_only(None))
print(traceback._format_final_exc_line("X", None))
