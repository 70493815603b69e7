# Exception objects: args, str, repr, attributes, with_traceback, hierarchy checks.
samples = [Exception(), Exception("one"), Exception("a", 2), ValueError(""), KeyError("k"),
           KeyError(), KeyError(1, 2), IndexError(0), OSError(2, "No such file"),
           OSError(2, "No such file", "name.txt"), FileNotFoundError(2, "gone", "f"),
           StopIteration(5), SystemExit(3), AssertionError(None), UnicodeError("u"),
           ZeroDivisionError("division by zero"), RuntimeError(["list arg"])]
for e in samples:
    print(type(e).__name__, "| str:", str(e), "| repr:", repr(e), "| args:", e.args)
err = OSError(13, "Permission denied", "/etc/x")
print(err.errno, err.strerror, err.filename, type(err).__name__)
print(type(OSError(2, "x")).__name__, type(OSError(17, "x")).__name__, type(OSError(99999, "x")).__name__)
e = ValueError("v")
print(e.__traceback__, e.__context__, e.__cause__, e.__suppress_context__)
try:
    raise e
except ValueError as caught:
    print(caught.__traceback__ is not None, caught is e)
e2 = ValueError("x")
print(e2.with_traceback(None) is e2)
e.args = ("new", "args")
print(str(e), repr(e))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(OverflowError, ArithmeticError))
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError), issubclass(LookupError, Exception))
print(issubclass(RecursionError, RuntimeError), issubclass(NotImplementedError, RuntimeError))
print(issubclass(UnboundLocalError, NameError), issubclass(ModuleNotFoundError, ImportError))
print(issubclass(FileNotFoundError, OSError), issubclass(IOError, OSError), IOError is OSError)
print(issubclass(SystemExit, Exception), issubclass(KeyboardInterrupt, BaseException), issubclass(Exception, BaseException))
print(issubclass(TabError, IndentationError), issubclass(IndentationError, SyntaxError), issubclass(UnicodeDecodeError, ValueError))
print(issubclass(StopIteration, Exception), issubclass(GeneratorExit, Exception), issubclass(bool, int))
print([c.__name__ for c in ZeroDivisionError.__mro__])
print([c.__name__ for c in FileNotFoundError.__mro__])
print(BaseException.__name__, BaseException.__bases__, ValueError.__bases__[0].__name__)
print(isinstance(ValueError("x"), Exception), isinstance(ValueError, type), type(ValueError).__name__)
