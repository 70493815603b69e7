# import forms for the built-in modules sys, time and math.
import sys
import math, time
import math as m
from math import sqrt, pi as PI
from math import (floor,
                  ceil)
from sys import version_info as vi
print(type(sys).__name__, sys.__name__, math.__name__, time.__name__)
print(m is math, sqrt(16), PI == math.pi, floor(-2.5), ceil(-2.5))
print(vi[0], vi.major, vi >= (3, 0))
print("math" in sys.modules, sys.modules["math"] is math)
def local_import():
    import math as inner_math
    from sys import maxsize
    return inner_math.factorial(10), maxsize > 2 ** 31
print(local_import())
print("inner_math" in globals(), "maxsize" in globals())
import math
print(math is m)
try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from sys import no_such_name
except ImportError as e:
    print(type(e).__name__, e)
print(callable(time.time), callable(time.sleep), isinstance(time.time(), float))
print(sorted([n for n in dir(math) if n in ("sqrt", "pi", "e", "tau", "inf", "nan")]))
