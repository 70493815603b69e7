# complex.__format__: every presentation type, signs, widths, fills, grouping
vals = [1+2j, -1.5-0.25j, 3j, -3j, complex(-0.0, 0.0), 0j, complex(0.0, -0.0), 1e20+1e-20j,
        complex(float('inf'), float('nan')), complex(-float('inf'), 1), 123456.789+987654.321j, 1/3+2/3j]
specs = ['', 'g', 'e', 'E', 'f', 'F', 'G', 'n', '.3', '.3g', '.0f', '.10e', '+', '-', ' ', '+.2f', ' .2f',
         '>30', '<30', '^30', '*^30', '_>25.3f', ',', ',.2f', '_.1f', '#', '#g', '#.0f', '#.3', 'z.1f', 'z', '30.4e', '.1%']
for v in vals:
    for s in specs:
        try:
            r = format(v, s)
        except ValueError as e:
            r = 'ValueError: %s' % e
        print(repr(v), repr(s), repr(r))
for s in ['=10', '010', '0>10', 'd', 'x', '%', 'c', 's', '.2s', '=', ',d']:
    try:
        print(s, format(1+2j, s))
    except (ValueError, TypeError) as e:
        print(s, type(e).__name__, e)
print(f'{1+2j:>15}|{2j:<8}|{-1j:^9}|{1-1j!r:>12}|{(1.5+0j):.1f}')
print('{:10.2f}'.format(2.5-1j), '{0.real} {0.imag}'.format(3+4j))
try:
    format(1j, 5)
except TypeError as e:
    print(e)
print((1j).__format__(''), (1+1j).__format__('.1e'))
class S(complex):
    def __str__(self): return 'S!'
print(format(S(1, 2), ''), f'{S(1, 2)}', format(S(1, 2), '>8'))
try:
    format(S(1, 2), 'd')
except ValueError as e:
    print(e)
for args in [(2.0, 1j, 3), (1j, 2.0, 3), (2, 1j, 3), (1j, 2, 3)]:
    try:
        print(pow(*args))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(pow(1j, 2, None), pow(2, 1j), pow(-8, 1/3), pow(-8.0, 0.5))
