# complex with fractions, json, numbers ABCs, key functions, sets and dicts, and negative floats to fractional powers
from fractions import Fraction
import json, numbers, math, statistics
def show(f):
    try: return repr(f())
    except Exception as ex: return type(ex).__name__ + ': ' + str(ex)
for f in [lambda: Fraction(1, 2) + 1j, lambda: 1j * Fraction(1, 2), lambda: Fraction(1, 2) ** 1j, lambda: 1j ** Fraction(1, 2),
          lambda: Fraction(1, 2) == 0.5 + 0j, lambda: 0.5 + 0j == Fraction(1, 2), lambda: Fraction(1, 2) / (1 + 1j),
          lambda: complex(Fraction(1, 4)), lambda: complex(Fraction(1, 4), Fraction(1, 2)), lambda: json.dumps(1j),
          lambda: isinstance(1j, numbers.Number), lambda: isinstance(1j, numbers.Real), lambda: issubclass(complex, numbers.Complex),
          lambda: math.isclose(1j, 1j), lambda: max([1j, 3, -2+2j], key=abs), lambda: sorted([3j, 1, -2], key=abs),
          lambda: sum(z * z.conjugate() for z in [1j, 1 + 1j]), lambda: [z.real for z in (1j, 2 + 0j)],
          lambda: list(map(complex, ['1', '2j', '-3+4j'])), lambda: dict.fromkeys([1, 1.0, 1 + 0j]), lambda: {0j, 0, 0.0, False},
          lambda: (-1) ** 0.5, lambda: (-2.0) ** 1.5, lambda: (-8) ** (1 / 3), lambda: 4 ** 0.5, lambda: (-4) ** -0.5, lambda: (-0.0) ** 0.5,
          lambda: float('-inf') ** 0.5, lambda: (-1.0) ** float('inf'), lambda: (-1.5) ** float('nan'), lambda: (-1e300) ** 1.5,
          lambda: statistics.mean([1j, 2j]) if False else 'skip']:
    print(show(f))
