# array and memoryview as buffers: an exporting array refuses to resize
# (BufferError), and struct, hashlib, zlib, binascii, base64 read any buffer.
import array, struct, hashlib, zlib, binascii, base64
a = array.array('i', [1, 2, 3])
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, m.tolist(), bytes(a), bytearray(a))
for f, args in [(a.append, (4,)), (a.extend, ([5],)), (a.pop, ()), (a.insert, (0, 1)), (a.remove, (1,)),
                (a.frombytes, (b'\0' * 4,)), (a.fromlist, ([1],)), (a.__delitem__, (0,)),
                (a.__delitem__, (slice(0, 2),)), (a.__iadd__, (array.array('i', [1]),)), (a.__imul__, (2,))]:
    try:
        f(*args)
        print('ok', a)
    except BufferError as e:
        print('BufferError', e)
a[0] = 7; a[0:2] = array.array('i', [8, 9]); print(a, m.tolist())
m.release()
a.append(4); print(a)
mv = memoryview(b'abcdefgh')
print(struct.unpack('<2i', mv), hashlib.sha1(mv).hexdigest(), zlib.crc32(mv), binascii.hexlify(mv[2:5]), base64.b64encode(mv))
ba = bytearray(8)
struct.pack_into('<q', memoryview(ba), 0, -2); print(ba)
try:
    struct.pack_into('<q', memoryview(b'12345678'), 0, 1)
except TypeError as e:
    print(e)
print(zlib.decompress(memoryview(zlib.compress(b'xyz'))), hashlib.file_digest(__import__('io').BytesIO(b'abc'), 'md5').hexdigest())
print(struct.unpack('i', memoryview(array.array('i', [5]))), array.array('b', memoryview(b'ab')))
