# cmath special values and errors: sqrt, exp, log, log10, phase, polar, rect
# and the predicates over a grid of infinities, zeros of both signs and NaN
import cmath
inf = float('inf'); nan = float('nan')
vals = [-inf, -2.0, -1.0, -0.0, 0.0, 0.5, 1.0, 2.0, inf, nan]
def show(f, *a):
    try:
        return repr(f(*a))
    except Exception as ex:
        return type(ex).__name__ + ' ' + str(ex)
for name in ['sqrt', 'exp', 'log', 'log10', 'phase', 'polar', 'isinf', 'isnan', 'isfinite']:
    f = getattr(cmath, name)
    for r in vals:
        print(name, r, [show(f, complex(r, i)) for i in vals])
for r in vals:
    print('rect', r, [show(cmath.rect, r, p) for p in vals])
for z in [1e-320+1e-320j, 5e-324j, 1e308+1e308j, -1e308-1e308j, 709+1j, 710+1j, 800+1e-300j, -800+1j,
          0.9+0.3j, 0.71, 1.73, 1e-5j, complex(1, 1e-300)]:
    print(repr(z), [show(getattr(cmath, n), z) for n in ['sqrt', 'exp', 'log', 'log10', 'phase', 'polar']])
print(show(cmath.log, 0, 2), show(cmath.log, 1, 1), show(cmath.log, 2, 0), show(cmath.log, 8, 2), show(cmath.log, 1j, 1+1j))
