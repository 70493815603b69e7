# ExceptionGroup subclasses with their own __new__ and derive (the PEP 654
# example), BaseExceptionGroup subclasses, read-only attributes.
class MyExceptionGroup(ExceptionGroup):
    def __new__(cls, message, excs, errcode):
        obj = super().__new__(cls, message, excs)
        obj.errcode = errcode
        return obj
    def derive(self, excs):
        return MyExceptionGroup(self.message, excs, self.errcode)
eg = MyExceptionGroup("eg", [TypeError(1), ValueError(2)], 42)
match, rest = eg.split(ValueError)
print(f'match: {match!r}: {match.errcode}')
print(f'rest: {rest!r}: {rest.errcode}')
print(eg.args, str(eg))
try:
    raise eg
except* TypeError as t:
    print(type(t).__name__, t.errcode, t.exceptions)
except* ValueError as v:
    print(type(v).__name__, v.errcode)
print(MyExceptionGroup.__mro__)
class E2(BaseExceptionGroup):
    pass
print(repr(E2("x", [ValueError()])), type(E2("x", [KeyboardInterrupt()])).__name__)
eg = ExceptionGroup("m", [ValueError()])
for attr in ("message", "exceptions"):
    try:
        setattr(eg, attr, 1)
    except AttributeError as e:
        print(e)
    try:
        delattr(eg, attr)
    except AttributeError as e:
        print(e)
