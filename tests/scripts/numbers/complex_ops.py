# complex: dunder methods, conversions and their errors, parsing corner cases, hashes, mixed operands, subclasses, __complex__
import math, pickle, copy
def show(f):
    try: return repr(f())
    except Exception as ex: return type(ex).__name__ + ': ' + str(ex)
print((1j).__add__(1), (1j).__radd__(2.5), (2j).__pow__(2), (1j).__rsub__(1), (1j).__truediv__(2), (1j).__rtruediv__(2))
for f in [lambda: round(1j), lambda: math.sqrt(1j), lambda: int('1j'), lambda: '%f' % 1j, lambda: sorted([1j, 2j]),
          lambda: max(1j, 2j), lambda: {1: 'a'}[1+0j], lambda: complex('1e500j'), lambda: 0j ** 0, lambda: 0j ** 0j,
          lambda: 0j ** -1, lambda: (-1) ** 0.5, lambda: pow(-8, 1/3), lambda: 2 ** 0.5j, lambda: 1j ** 101,
          lambda: 1j ** 100, lambda: (1+1j) ** -3, lambda: 10 ** (2+0j), lambda: divmod(1j, 2), lambda: 1j // 2,
          lambda: 3 % 1j, lambda: 1j < 2, lambda: 1j >= 1.0, lambda: -1j, lambda: +(-0j), lambda: abs(-3j),
          lambda: 1j * 2**2000, lambda: complex(2**2000), lambda: complex('1'*400), lambda: float(1j), lambda: int(1j),
          lambda: math.floor(1j), lambda: complex(1j, 1j), lambda: complex(1+2j, 3), lambda: complex(2, 1+2j),
          lambda: complex(real='1'), lambda: complex(imag=2), lambda: complex(1, 2, 3), lambda: complex(foo=1),
          lambda: complex(None), lambda: complex(b'1'), lambda: complex('１２j'), lambda: complex('1\u20002j'),
          lambda: complex('\u3000 1+1j \u3000'), lambda: complex(' 1e3 '), lambda: complex('.5j'), lambda: complex('5.e-2-3.J'),
          lambda: complex('-1.5-infj'), lambda: complex('Infinity'), lambda: complex('-nan'), lambda: complex('1 + 2j'),
          lambda: complex('1+2 j'), lambda: complex('()'), lambda: complex('(j)'), lambda: complex('((1))'),
          lambda: pickle.loads(pickle.dumps(1+2j)), lambda: copy.deepcopy(-1j), lambda: f'{1j!r} {2j!s} {3j}',
          lambda: '%s %r' % (1j, 2j), lambda: str(1-1j), lambda: 1j in {1j: 1}, lambda: hash(complex(0, -1)),
          lambda: hash(complex(2**61, 0)) == hash(2**61), lambda: hash(complex(float('inf'), 0)),
          lambda: hash(complex(-0.5, 1e300)), lambda: [hash(complex(i, j)) for i in range(-2, 3) for j in range(-2, 3)],
          lambda: complex.conjugate(1j), lambda: (1j).conjugate(1), lambda: sum([0.5, 1j, 2]), lambda: sum([1j], 1j),
          lambda: sum((complex(i, -i) for i in range(100)), 0.25), lambda: (1e308+1e308j) * 10, lambda: (1e308+0j) / 1e-10,
          lambda: 1e308j + 1e308j, lambda: complex(1e308, 1e308) / complex(1e308, 1e308), lambda: (1+2j)/(0.0+1e-320j),
          lambda: 1 / complex(0, -0.0), lambda: 0.0 / 1j, lambda: True / 1j, lambda: (1+2j) == (1+2j), lambda: 1j == None,
          lambda: 1j != 'x', lambda: [1, 1.0, 1+0j].count(1j), lambda: 2**53 + 1 == complex(2**53 + 1, 0),
          lambda: float('nan') == complex(float('nan'), 0), lambda: bool(complex(0, -0.0)), lambda: bool(complex(float('nan'), 0)),
          lambda: isinstance(1j, (int, float)), lambda: issubclass(complex, object), lambda: complex.__name__,
          lambda: (1j).real.__class__, lambda: hasattr(1j, '__int__'), lambda: hasattr(1j, '__float__'),
          lambda: hasattr(complex, '__floordiv__'), lambda: hasattr(complex, '__mod__'), lambda: (1j).__complex__(),
          ]:
    print(show(f))
class Sub(complex):
    def __repr__(self): return 'Sub' + complex.__repr__(self)
s = Sub('1+2j')
print(s, repr(s), type(s.conjugate()).__name__, type(s * 2).__name__, type(-s).__name__, type(abs(s)).__name__, s == 1+2j, hash(s) == hash(1+2j))
class CC:
    def __init__(self, v): self.v = v
    def __complex__(self): return self.v
print(show(lambda: complex(CC(2j))), show(lambda: complex(CC(2))), show(lambda: complex(CC(2j), 1)), show(lambda: complex(1, CC(2j))))
class FF:
    def __float__(self): return 1.5
class II:
    def __index__(self): return 7
print(show(lambda: complex(FF())), show(lambda: complex(II())), show(lambda: complex(FF(), FF())), show(lambda: complex(II(), II())))
print(show(lambda: 1j.real), show(lambda: setattr(1j, 'real', 2)), show(lambda: (1j).__getnewargs__()))

import pickle, copy
for p in range(6): print(pickle.dumps(1+2j, p), pickle.loads(pickle.dumps(complex(-0.0, float('inf')), p)))
print(copy.copy(1j), copy.deepcopy([1j, 2+3j]))
