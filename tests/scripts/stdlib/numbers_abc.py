# numbers: the ABC tower and which built-in and library types belong to it.
import numbers
from fractions import Fraction

for v in (1, True, 1.5, Fraction(1, 2), 'x', None):
    print(repr(v), [isinstance(v, c) for c in (numbers.Number, numbers.Complex, numbers.Real,
                                              numbers.Rational, numbers.Integral)])
print(issubclass(int, numbers.Integral), issubclass(float, numbers.Rational), issubclass(bool, numbers.Number))
print([c.__name__ for c in numbers.Integral.__mro__])
print(numbers.Number.__hash__, numbers.__all__)
try:
    numbers.Real()
except TypeError as e:
    print(str(e).split(' with')[0])


class Half(numbers.Rational):
    numerator = 1
    denominator = 2
    def __add__(s, o): return NotImplemented
    __radd__ = __mul__ = __rmul__ = __truediv__ = __rtruediv__ = __add__
    __pow__ = __rpow__ = __floordiv__ = __rfloordiv__ = __mod__ = __rmod__ = __add__
    __lt__ = __le__ = __add__
    def __neg__(s): return -0.5
    def __pos__(s): return 0.5
    def __abs__(s): return 0.5
    def __trunc__(s): return 0
    __floor__ = __trunc__
    def __ceil__(s): return 1
    def __round__(s, n=None): return 0
    def __eq__(s, o): return o == 0.5
    __hash__ = object.__hash__


h = Half()
print(float(h), h.real, h.imag, h.conjugate(), Fraction(h), isinstance(h, numbers.Real))
print(numbers.Integral.numerator.__get__(5), numbers.Integral.denominator.__get__(5))
