# array pickling: __reduce_ex__ per protocol, round trips of every kind, the
# reconstructor (other byte orders, errors), subclasses with state.
import array, pickle, copy
def t(f,*a):
    try: print(repr(f(*a)))
    except Exception as e: print(type(e).__name__, e)
a = array.array('i', [1, 2])
print(a.__reduce_ex__(2), a.__reduce_ex__(4)[1:], a.__reduce_ex__(4)[0].__name__)
for proto in range(6):
    for tc, vals in [('i', [1, -2]), ('d', [1.5]), ('u', 'hé'), ('B', []), ('Q', [2**64 - 1])]:
        x = array.array(tc, vals)
        y = pickle.loads(pickle.dumps(x, proto))
        print(proto, tc, y == x, y)
print(pickle.dumps(a, 0))
r = array._array_reconstructor
t(r, array.array, 'i', 8, b'\x01\x00\x00\x00'); t(r, array.array, 'i', 9, b'\x00\x00\x00\x01'); t(r, array.array, 'z', 8, b'')
t(r, array.array, 'i', 99, b''); t(r, 5, 'i', 8, b''); t(r, int, 'i', 8, b''); t(r, array.array, 'd', 8, b'\x01\x00\x00\x00')
t(r, array.array, 'i', 8, 'x'); t(r, array.array, 'i', 8, b'\x01'); t(r, array.array, 'd', 17, b'?\xf8\x00\x00\x00\x00\x00\x00')
t(r, array.array, 'u', 19, b'\x00h\x00i'); t(r, array.array, 'h', 3, b'\x01\x00')
class S(array.array): pass
s = S('i', [1]); s.attr = 5
print(s.__reduce_ex__(4)[1:], s.__reduce_ex__(1))
s2 = pickle.loads(pickle.dumps(s))
print(type(s2).__name__, s2, s2.attr, copy.deepcopy(a))
