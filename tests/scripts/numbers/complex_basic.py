# complex: literals, repr, construction from numbers and strings, parse errors, arithmetic, hash, format, match
print(3j, 1.5e3J, 0j, 1+2j, -2j, -(0j), complex(-0.0, -0.0), 1e20j, complex(float('nan'), float('inf')))
print(complex('1+2j'), complex(' ( 1+2j ) '), complex('j'), complex('-J'), complex('1_000.5e1_0'), complex('inf-nanj'))
for s in ['1+', '(1+2j', '1e', '', ' ', '1_', '1__0', 'j1', '1+2jj', '\x00', '1+2j)']:
    try: print(complex(s))
    except ValueError as e: print(repr(s), e)
try: complex('1', 2)
except TypeError as e: print(e)
try: complex(1, '2')
except TypeError as e: print(e)
try: complex([])
except TypeError as e: print(e)
try: complex(1, [])
except TypeError as e: print(e)
print(complex(1+2j, 3+4j), complex(real=1, imag=2), complex(), complex(True), complex(2**60))
class C:
    def __complex__(self): return 5j
print(complex(C()))
print((1+2j)*(3-4j), (1+2j)/(3-4j), (1+2j)**2, (1+2j)**0.5, 2**(1j), (1+2j)-1, 1-(1+2j), 2.5*(1j), True+1j)
for e in ['1j/0', '0j**-1', '0j**1j', '(1j)//1', '1j%1', 'divmod(1j,1)', '1j<1j', 'int(1j)', 'float(1j)', 'abs(complex(1e308,1e308))', 'pow(1j,2,3)', '(1e200+1e200j)**2.5']:
    try: print(eval(e))
    except Exception as ex: print(type(ex).__name__, ex)
print(hash(1+0j) == hash(1), hash(1.5+0j) == hash(1.5), hash(1+2j), hash(-1j), hash(complex(-1,0)))
print(1j == 1j, 1+0j == 1, 1 == 1+0j, 1.0 == 1+0j, 1j != 1, 2**53+1 == complex(2**53+1))
print(bool(0j), bool(1j), abs(3+4j), abs(complex(float('inf'), float('nan'))))
print((1+2j).real, (1+2j).imag, (1+2j).conjugate(), (-8) ** (1/3), (-8.0)**0.5)
print(sum([1j, 2, 3.5]), sum([1+1j]*10))
print(format(1+2j), format(1+2j, '>12'), format(1.5+2j, '.2f'), format(3j, ''), format(3j, '+'), format(-1-1j, 'e'), format(1234+5678j, ',.1f'), f'{1+2j:^20}', f'{1j:g}', f'{(1+2j):*<15.3}')
for spec in ['=10', '010', 'd', '%', '0>10']:
    try: print(format(1+2j, spec))
    except ValueError as e: print(e)
print(repr(complex(1e300*1e300, -0.0)), complex(2, -0.0), complex(-0.0, 2))
print(type(1j).__name__, isinstance(1j, complex), complex.__doc__[:20])
import numbers; print(isinstance(1j, numbers.Complex))
match 1+2j:
    case 1+2j: print('match')
    case _: print('no')
print((1+2j).__getnewargs__(), (3j).__complex__())
class D(complex): pass
d = D(1, 2); print(d, type(d).__name__, type(d + 1).__name__, type(+d).__name__)
