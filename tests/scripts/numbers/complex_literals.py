# imaginary literals in every spelling, folded constants, match patterns
print(3j, 1.5e3J, 0j, 0J, 1_000j, 0.5j, .5j, 5.j, 1e-3j, 1E+3J, 0e0j, 00j, 09.5j, 1e400j)
print(1+2j, 1-2j, -1+2j, -1-2j, 2j*2, 2j**2, (1+2j)/2, -(0j), -0j, +1j, 1j+0, 0+1j)
x = 2.5
print(x + 1j, x * 1j, 1j ** x, [1j] * 2, (1j, 2j), {1j: 'one'}, {1j, 1j})
def f():
    return 1+2j, 2j, 1+2j == 1+2j
print(f()[:3])
def classify(z):
    match z:
        case 0j:
            return 'zero'
        case 1+2j:
            return 'one-two'
        case -1-2j:
            return 'minus one-two'
        case 3j:
            return 'three-j'
        case -3.5+0.5j:
            return 'float parts'
        case [1j, *rest]:
            return 'seq %r' % (rest,)
        case {'k': 2-1j}:
            return 'map'
        case complex(real=r, imag=i):
            return 'other %r %r' % (r, i)
        case _:
            return 'not complex'
for z in [0, 0.0, 0j, 1+2j, -1-2j, 3j, -3.5+0.5j, [1j, 2], {'k': 2-1j}, 4+4j, 'x']:
    print(repr(z), classify(z))
print(eval('1+2j'), eval('-5j'), eval('1_0.5_0j'), compile('1j', 's', 'eval').co_consts)
for bad in ['1_j', '1__0j', '0xfj', '1jj', '1.e_1j']:
    try:
        eval(bad)
    except SyntaxError as e:
        print(bad, 'SyntaxError', e.msg)
