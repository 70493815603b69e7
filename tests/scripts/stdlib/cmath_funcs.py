# cmath: every function on finite values, argument conversion and errors,
# isclose, the constants
import cmath
def show(f, *a, **k):
    try:
        return repr(f(*a, **k))
    except Exception as ex:
        return type(ex).__name__ + ' ' + str(ex)
names = ['sqrt', 'exp', 'log', 'log10', 'phase', 'polar', 'sin', 'cos', 'tan', 'asin', 'acos', 'atan',
         'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh']
pts = [1+2j, -3.5+0.25j, 0.25-0.75j, 2, -2, 0.5, 1, -1, 1j, -1j, 1e-5j, 2.5, True, 0j, complex(-0.0, -0.0),
       1e-320+1e-320j, 1e200+1e200j, -1e200+1j, 1e160j, 700+1j, 710+1j, -710-1j, 1e300, 3+1e-170j]
for z in pts:
    print(repr(z))
    for n in names:
        print('  ', n, show(getattr(cmath, n), z))
print(cmath.sqrt(-1), cmath.exp(1j * cmath.pi), cmath.log(-1), cmath.log(1j), cmath.polar(1j), cmath.rect(2, 1))
print(abs(cmath.exp(1j * 0.5)), cmath.phase(-1), cmath.phase(complex(-1, -0.0)))
class C:
    def __complex__(self): return 1j
class F:
    def __float__(self): return 4.0
class I:
    def __index__(self): return 9
class B:
    def __complex__(self): return 1
for a in [C(), F(), I(), B(), 'a', None, 2**2000, [1]]:
    print(type(a).__name__, show(cmath.sqrt, a), show(cmath.phase, a), show(cmath.rect, a, 1))
print(show(cmath.sqrt), show(cmath.sqrt, 1, 2), show(lambda: cmath.sqrt(x=1)), show(cmath.log), show(cmath.log, 1, 2, 3),
      show(lambda: cmath.log(z=1)), show(cmath.rect, 1), show(cmath.rect, 1, 2, 3), show(lambda: cmath.rect(1, phi=2)))
print(show(cmath.isclose, 1), show(cmath.isclose, 1, 2, 3), show(lambda: cmath.isclose(1, 2, tol=1)),
      show(lambda: cmath.isclose(1j, 1j, rel_tol=-1)), show(lambda: cmath.isclose(1j, 1j, abs_tol=-1)))
print(cmath.isclose(1+1j, 1+1.0000000001j), cmath.isclose(1j, 1.1j, rel_tol=0.2), cmath.isclose(0j, 1e-10j, abs_tol=1e-9),
      cmath.isclose(complex('inf'), complex('inf')), cmath.isclose(complex('inf'), complex(float('inf'), 1)), cmath.isclose(1, 1+1e-10j),
      cmath.isclose(complex('nan'), complex('nan')), cmath.isclose(0, 1e-300))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj, type(cmath.infj).__name__)
print(cmath.__doc__)
print(sorted(n for n in dir(cmath) if not n.startswith('_')))
for n in ['atanh', 'atan']:
    for z in [1, -1, 1j, -1j]:
        print(n, z, show(getattr(cmath, n), z))
print(show(cmath.cosh, 1000), show(cmath.sinh, -1000), show(cmath.exp, 1000), show(cmath.tanh, 1000), show(cmath.cos, 1000j))
