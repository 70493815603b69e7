# array: item conversions of every typecode with CPython's messages, the
# sequence protocol, methods, operators, and use as a buffer by struct, zlib,
# hashlib and binascii.
import array
def t(f,*a,**k):
    try: print(repr(f(*a,**k)))
    except Exception as e: print(type(e).__name__, e)
for c in 'bBhHiIlLqQ':
    for v in (2**70, -2**70, 2**40, -2**40, 70000, -70000, 300, -1, 1.5, 'x', 5, True):
        t(array.array, c, [v])
for c in 'fd':
    t(array.array, c, ['x']); t(array.array, c, [2**2000]); t(array.array, c, [1]); t(array.array, c, [0.1, -2.5])
t(array.array, 'u', ['ab']); t(array.array, 'u', [1]); t(array.array, 'u', 'abcé'); t(array.array, 'z'); t(array.array, 'w')
t(array.array, 'i', 'abc'); t(array.array, 'b', b'abc'); t(array.array, 'i', b'abcd'); t(array.array, 'i', b'abc'); t(array.array); t(array.array, 'ii')
t(array.array, 'i', 5); t(array.array, 'i', range(3)); t(array.array, 'd', array.array('i', [1,2])); t(array.array, 5)
a = array.array('i', [1, 2, 3])
t(a.__getitem__, 5); t(a.__setitem__, 5, 1); t(a.pop, 5); t(a.remove, 9); t(a.index, 9); t(a.pop); t(array.array('i').pop)
t(a.__add__, [1]); t(a.__add__, array.array('d')); t(a.__getitem__, 'x'); t(a.frombytes, b'abc'); t(a.fromlist, (1,)); t(a.fromlist, [1, 'x']); t(a.extend, array.array('d'))
print(a)
t(a.__setitem__, slice(0,1), [1]); t(a.__setitem__, slice(0,3,2), array.array('i',[1])); t(array.array('u','x').tounicode); t(a.tounicode); t(a.fromunicode, 'x')
print(array.typecodes, array.ArrayType, array.array('d', [1.5]), array.array('u', 'hi'), array.array('b'), array.array('f', [0.1]))
t(a.__iadd__, [1]); t(a.insert, 'x', 1); t(a.index, 1, 'x')
print(array.array('i',[1,2]) < array.array('d',[1,3]), array.array('i',[1,2]) == array.array('d',[1.0,2.0]))
t(hash, a); print(a.itemsize, a.typecode, array.array('u').itemsize)
b = array.array('h', range(10))
print(b[2], b[-1], b[2:5], b[::3], b[::-2], len(b), 5 in b, 50 in b, list(b), b.tolist())
b[1] = 100; b[-1] = -5; print(b)
b[2:4] = array.array('h', [7, 7, 7]); print(b)
b[::2] = array.array('h', [0] * 6); print(b)
del b[0]; del b[1:3]; del b[::2]; print(b)
b.append(9); b.extend([1, 2]); b.extend(array.array('h', [3])); b.insert(0, 42); b.insert(-1, 43); b.insert(100, 44); print(b)
print(b.pop(), b.pop(0), b.count(7), b.index(0), b.index(1, 2), b)
b.remove(9); b.reverse(); print(b, b.tobytes())
c = array.array('h'); c.frombytes(b.tobytes()); print(c == b, c != b, c < b, c + b, c * 2, 2 * c, c * 0)
c += array.array('h', [1]); c *= 2; print(c)
d = array.array('i', [1, 256, -2]); d.byteswap(); print(d); print(d.buffer_info()[1], type(d.buffer_info()[0]))
print([x for x in array.array('d', [1.5, 2.5])], array.array('u', 'xyz').tounicode(), list(array.array('u', 'ab')))
e = array.array('u'); e.fromunicode('hé'); print(e, e.tobytes()[:4])
f = array.array('Q', [2**64 - 1, 0]); print(f, f.itemsize, array.array('q', [-2**63]))
print(array.array('B', b'\x00\xff') == array.array('B', [0, 255]), array.array('f', [1, 2]) == [1.0, 2.0])
import copy
g = copy.copy(f); g[0] = 1; print(f, g)
class Sub(array.array):
    pass
s = Sub('i', [1, 2]); print(s, type(s).__name__, s + s, type(s[0:1]).__name__)
import struct, zlib, hashlib, binascii
arr = array.array('i', [1, 2, 3])
print(struct.unpack('3i', arr), zlib.crc32(arr), hashlib.md5(arr).hexdigest(), binascii.hexlify(arr))
struct.pack_into('i', arr, 4, 99); print(arr)
