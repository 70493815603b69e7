# cmath trigonometric and hyperbolic functions and their inverses at
# infinities, signed zeros and NaNs: CPython's special values and errors
import cmath
inf = float('inf'); nan = float('nan')
vals = [-inf, -2.0, -1.0, -0.0, 0.0, 0.5, 1.0, 2.0, inf, nan]
def show(f, *a):
    try:
        return repr(f(*a))
    except Exception as ex:
        return type(ex).__name__ + ' ' + str(ex)
for name in ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'sin', 'sinh', 'tan', 'tanh']:
    f = getattr(cmath, name)
    for r in vals:
        print(name, r, [show(f, complex(r, i)) for i in vals])
