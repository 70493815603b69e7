# struct: formats, alignment, strings, Struct objects, buffers and offsets,
# iteration, and every error path of the functions.
import struct

def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print(f.__name__, '->', list(r) if type(r).__name__ == 'unpack_iterator' else r)
    except Exception as e:
        print(f.__name__, type(e).__name__, e)

show(struct.pack, 'c', b'ab'); show(struct.pack, 'c', 'a'); show(struct.pack, 'c', bytearray(b'a'))
show(struct.pack, 's', 'a'); show(struct.pack, 'p', 1); show(struct.pack, '3s', b'abcdef')
show(struct.pack, '5p', b'ab'); show(struct.pack, '3s', bytearray(b'ab')); show(struct.pack, '2s3p', b'abcd', b'wxyz')
show(struct.pack, 'i'); show(struct.pack, 'i', 1, 2); show(struct.pack, 'z', 1); show(struct.pack, '<n', 1)
show(struct.pack, '3', 1); show(struct.pack, 'i i', 1, 2); show(struct.pack, '2i', 1); show(struct.pack, '0s')
show(struct.pack, b'i', 1); show(struct.pack, 'x', 1); show(struct.pack, '3x'); show(struct.pack, 'i 3')
show(struct.pack, '<'); show(struct.pack, ' '); show(struct.pack, '3 i', 1); show(struct.pack, 'i<', 1)
show(struct.pack, 'Ä'); show(struct.pack); show(struct.pack, 5)
show(struct.pack, '999999999999999999999i'); show(struct.calcsize, '999999999999999999999i')
show(struct.calcsize, '9999999999999999999i')
for f in ('@bi', '=bi', '@ib', 'bq0q', 'P', '@?h', '0i', 'ci', '<ci', 'cd', 'hd', '3sd', 'bhiqefd',
          '!bhiqefd', '@xxxi', 'ix', 'lL', '<lL', 'nN', '10p', '0s0p', ''):
    print(repr(f), struct.calcsize(f))
show(struct.calcsize, 1); show(struct.calcsize)
print(struct.pack('@b h i q', 1, 2, 3, 4))
print(struct.unpack('@bhiq', struct.pack('@b h i q', 1, 2, 3, 4)))
print(struct.unpack('!iHb?', struct.pack('!iHb?', -5, 65535, -128, 5)))
print(struct.unpack('5p', b'\x09abcd'), struct.unpack('c3x', b'abcd'), struct.unpack('<?', b'\x02'))
print(struct.unpack('256p', b'\xff' + b'a' * 255)[0][:3], struct.unpack('<5s', b'ab\x00cd'))
print(struct.unpack('<', b''), struct.unpack('2c', b'xy'))
print(struct.pack('>I', 4294967295), struct.pack('=q', -2**63), struct.unpack('>Q', b'\xff' * 8))

show(struct.unpack, 'i', b'123'); show(struct.unpack, 'i', b'12345'); show(struct.unpack, 'i', 'abcd')
show(struct.unpack, 'i', 5); show(struct.unpack, 'i'); show(struct.unpack, 'i', bytearray(b'1234'))
show(struct.unpack_from, 'i', b'123', 1); show(struct.unpack_from, 'i', b'12345', -10)
show(struct.unpack_from, 'i', b'12345', -1); show(struct.unpack_from, 'i', b'12345', -4)
show(struct.unpack_from, 'i', buffer=b'1234', offset=0); show(struct.unpack_from, 'i', b'xx1234', 2)
show(struct.unpack_from, 'i', b'1234', 'x'); show(struct.unpack_from, 'i', b'1234', offset=1.0)
show(struct.unpack_from, 'i'); show(struct.unpack_from, format='i', buffer=b'1234')

show(struct.pack_into, 'i', bytearray(3), 0, 1); show(struct.pack_into, 'i', bytearray(3), 5, 1)
show(struct.pack_into, 'i', b'1234', 0, 1); show(struct.pack_into, 'i', 'abc', 0, 1)
show(struct.pack_into, 'i', bytearray(4)); show(struct.pack_into, 'i'); show(struct.pack_into)
show(struct.pack_into, 'i', bytearray(4), 0); show(struct.pack_into, 'i', bytearray(4), 0, 1, 2)
show(struct.pack_into, '<i', bytearray(4), -5, 1); show(struct.pack_into, '<i', bytearray(4), -3, 1)
b = bytearray(8)
struct.pack_into('<i', b, -4, 9); print(b)
struct.pack_into('>h', b, 1, -2); print(b)
b = bytearray(b'zzzzzz')
show(struct.pack_into, '<hh', b, 0, 1, 'x'); print(b)

show(struct.iter_unpack, 'i', b'123'); show(struct.iter_unpack, '', b'123')
show(struct.iter_unpack, 'x0i', b''); show(struct.iter_unpack, '<h', b'\x01\x00\x02\x00')
show(struct.iter_unpack, 'i', 'abcd'); show(struct.iter_unpack, 'i')
it = struct.iter_unpack('<h', b'\x01\x00\x02\x00')
print(type(it), it.__length_hint__(), next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(iter(it) is it, list(it))
try:
    type(it)()
except TypeError as e:
    print(e)

s = struct.Struct('!I')
print(s.format, s.size, type(s), struct.Struct, struct.error, struct.error.__mro__)
print(s.pack(5), s.unpack(b'\x00\x00\x00\x05'), s.unpack_from(b'xx\x00\x00\x01\x00', offset=2))
print(list(s.iter_unpack(b'\x00\x00\x00\x01\x00\x00\x00\x02')))
show(s.unpack, b'12345'); show(s.unpack); show(s.unpack_from, b'12', offset=-1)
show(s.pack, 1, 2); show(s.pack_into, bytearray(1)); show(s.iter_unpack, b'123')
show(struct.Struct, 1); show(struct.Struct); show(struct.Struct, 'z'); show(struct.Struct, 'i', 'j')
print(struct.Struct(b'<h').format, struct.Struct(format='>q').size)
s.__init__('>h'); print(s.format, s.size, s.pack(-2))
class MyStruct(struct.Struct):
    def __init__(self, n):
        super().__init__('<%dh' % n)
m = MyStruct(3)
print(type(m).__name__, m.size, m.pack(1, 2, 3), isinstance(m, struct.Struct))
try:
    raise struct.error('custom')
except struct.error as e:
    print(repr(e), isinstance(e, Exception))

# framing a message as the socket exercises do
payload = 'héllo wörld'.encode()
frame = struct.pack('!I', len(payload)) + payload
(n,) = struct.unpack('!I', frame[:4])
print(frame, n, frame[4:4 + n].decode())
header = struct.Struct('!HHI')
msg = header.pack(1, 2, 3) + b'body'
print(header.unpack_from(msg), msg[header.size:])
print(sorted(struct.__all__), struct._clearcache())
