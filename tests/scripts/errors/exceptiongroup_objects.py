# ExceptionGroup/BaseExceptionGroup: construction rules and messages, str/repr,
# message/exceptions, split/subgroup/derive (metadata carried over).
import sys
eg = ExceptionGroup("msg", [ValueError(1), TypeError(2), ExceptionGroup("inner", [ValueError(3), KeyError(4)])])
print(repr(eg)); print(str(eg)); print(eg.message, eg.exceptions, eg.args)
print(type(BaseExceptionGroup("x", [ValueError()])), type(BaseExceptionGroup("x", [KeyboardInterrupt()])))
print(ExceptionGroup.__mro__, BaseExceptionGroup.__mro__)
m, r = eg.split(ValueError); print(repr(m)); print(repr(r))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))))
print(eg.split(ExceptionGroup)[0] is eg)
print(eg.subgroup(OSError))
for args in [(), ("m",), ("m", []), (1, [ValueError()]), ("m", ValueError()), ("m", [1]), ("m", [KeyboardInterrupt()]), ("m", (ValueError(),), 3)]:
    try: ExceptionGroup(*args)
    except Exception as e: print(type(e).__name__, e)
try: ExceptionGroup("m", [ValueError()], x=1)
except Exception as e: print(type(e).__name__, e)
try: BaseExceptionGroup("m", [ValueError()], x=1)
except Exception as e: print(type(e).__name__, e)
try: eg.split(1)
except Exception as e: print(type(e).__name__, e)
try: eg.split((ValueError, 1))
except Exception as e: print(type(e).__name__, e)
class MyEG(ExceptionGroup): pass
try: MyEG("m", [KeyboardInterrupt()])
except Exception as e: print(type(e).__name__, e)
x = MyEG("m", [ValueError(1), TypeError(2)])
print(repr(x.split(ValueError)))
e1 = ExceptionGroup("one", [ValueError(1)])
print(str(e1), repr(e1))
print(ExceptionGroup[int])
print(eg.derive([ValueError(9)]))
e1.add_note("note!")
e1.__cause__ = KeyError("c")
m, r = e1.split(ValueError)
print(m is e1, m.__notes__)
eg.add_note("n2")
m, r = eg.split(TypeError)
print(m.__notes__, m.__cause__, m.__suppress_context__, m.__notes__ is eg.__notes__)
# split/subgroup with predicates and tuples; nested BaseExceptionGroups
beg = BaseExceptionGroup("base", [KeyboardInterrupt(), ValueError(1), BaseExceptionGroup("in", [SystemExit(2)])])
print(type(beg).__name__, repr(beg))
m, r = beg.split(Exception)
print(repr(m), repr(r))
print(repr(beg.subgroup((KeyboardInterrupt, SystemExit))))
print(repr(beg.subgroup(lambda e: not isinstance(e, BaseExceptionGroup) and e.args == (2,))))
print(repr(beg.split(lambda e: False)))
print(isinstance(eg, Exception), isinstance(beg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
try:
    eg.message = "x"
except AttributeError as e:
    print("AttributeError")
class Derived(ExceptionGroup):
    def derive(self, excs):
        return Derived(self.message.upper(), excs)
d = Derived("low", [ValueError(1), TypeError(2)])
print(repr(d.split(TypeError)))
class BadDerive(ExceptionGroup):
    def derive(self, excs):
        return 42
try:
    BadDerive("b", [ValueError(1), TypeError(2)]).split(TypeError)
except TypeError as e:
    print("TypeError", e)
t = ExceptionGroup("tb", [ValueError(1), TypeError(2)])
try:
    raise t
except ExceptionGroup as caught:
    m = caught.subgroup(ValueError)
    print(m.__traceback__ is caught.__traceback__, m.exceptions[0] is caught.exceptions[0])
