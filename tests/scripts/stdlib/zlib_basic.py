# zlib: round trips at every level and window size, stream objects (flush
# modes, copies, max_length/unconsumed_tail, unused_data/eof, dictionaries),
# checksums, constants and every error path.
import zlib

data = b'hello world ' * 200 + bytes(range(256)) * 20
for level in range(-1, 10):
    c = zlib.compress(data, level)
    print(level, len(c) < len(data), zlib.decompress(c) == data)
for wbits in (9, 12, 15, -15, -9, 31, 25):
    c = zlib.compress(data, 6, wbits)
    print(wbits, zlib.decompress(c, wbits) == data, zlib.decompress(c, 47) == data if wbits > 0 else '-')
print(zlib.compress(b''), zlib.compress(b'abc'), zlib.compress(b'abc', 9, -15), zlib.compress(b'a' * 10, wbits=31)[10:])
print(zlib.decompress(zlib.compress(b'x' * 100000), bufsize=1) == b'x' * 100000)
print(zlib.decompress(bytearray(zlib.compress(b'abc'))), zlib.compress(bytearray(b'abc')) == zlib.compress(b'abc'))
print(zlib.crc32(b'hello'), zlib.crc32(b'hello', 5), zlib.crc32(b'hello', -1), zlib.adler32(b'abc'),
      zlib.adler32(b'abc', 2**40), zlib.crc32(b''), zlib.adler32(b''), zlib.crc32(data))
print(zlib.crc32(b'world', zlib.crc32(b'hello ')) == zlib.crc32(b'hello world'))

co = zlib.compressobj(9)
parts = [co.compress(data[:1000]), co.compress(data[1000:]), co.flush(zlib.Z_SYNC_FLUSH)]
cp = co.copy()
parts.append(co.compress(b'tail'))
parts.append(co.flush())
whole = b''.join(parts)
print(zlib.decompress(whole) == data + b'tail', co.flush(zlib.Z_NO_FLUSH))
print(zlib.decompress(b''.join(parts[:3]) + cp.compress(b'other') + cp.flush()) == data + b'other')

do = zlib.decompressobj()
print(do.eof, do.unused_data, do.unconsumed_tail)
out = do.decompress(whole + b'extra', 100)
print(len(out), len(do.unconsumed_tail) > 0, do.eof)
while not do.eof:
    out += do.decompress(do.unconsumed_tail, 1000)
print(out == data + b'tail', do.eof, do.unused_data, do.unconsumed_tail)
print(do.decompress(do.unconsumed_tail, 10), do.eof, do.unused_data, do.unconsumed_tail)
dn = zlib.decompressobj()
print(len(dn.decompress(whole + b'x')), dn.unused_data, dn.unconsumed_tail, dn.decompress(b'more'), dn.unused_data)
do2 = zlib.decompressobj()
first = do2.decompress(whole[:50])
dcopy = do2.copy()
print(first + do2.decompress(whole[50:]) + do2.flush() == data + b'tail', (first + dcopy.decompress(whole[50:])) == data + b'tail')
do3 = zlib.decompressobj()
part = do3.decompress(whole, 10)
print(len(part), len(part + do3.flush()) == len(data) + 4, do3.eof)

zd = b'hello world dictionary'
cz = zlib.compressobj(zdict=zd)
blob = cz.compress(b'hello world hello dictionary') + cz.flush()
print(zlib.decompressobj(zdict=zd).decompress(blob))
raw = zlib.compressobj(wbits=-15, zdict=zd)
rblob = raw.compress(b'hello dictionary') + raw.flush()
print(zlib.decompressobj(wbits=-15, zdict=bytearray(zd)).decompress(rblob))
print(type(co).__name__, type(do).__name__, type(co).__module__)

def t(f, *a, **k):
    try:
        r = f(*a, **k)
        print(repr(r)[:60])
    except Exception as e:
        print(type(e).__name__, e)

t(zlib.compress, b'x', 10); t(zlib.compress, b'x', wbits=7); t(zlib.decompress, b'xyz')
t(zlib.decompress, zlib.compress(b'hello')[:-3]); t(zlib.decompress, b'x', wbits=99)
t(zlib.compressobj, 10); t(zlib.compressobj, wbits=99); t(zlib.decompressobj, wbits=99)
t(zlib.compress, 'x'); t(zlib.decompress, 'x'); t(zlib.compress); t(zlib.compress, b'x', 'a')
d = zlib.decompressobj()
t(d.decompress, b'x', -1); t(d.flush, 0); t(d.flush, -1); t(d.decompress, 'x'); t(d.decompress, b'garbage!')
c = zlib.compressobj()
c.compress(b'x'); c.flush()
t(c.compress, b'y'); t(c.flush); t(c.copy); t(c.compress, 'x')
t(zlib.decompress, zlib.compress(b'abc'), bufsize=-1); t(zlib.decompress, zlib.compress(b'abc'), bufsize=0)
t(zlib.crc32, 'x'); t(zlib.crc32); t(zlib.adler32, b'x', 1, 2); t(zlib.crc32, b'x', 'y')
t(zlib.decompressobj, zdict='x'); t(zlib.compressobj, zdict='x')
t(zlib.decompress, zlib.compress(b'abc'), 15, 1, 2)
t(zlib.decompressobj().decompress, zlib.compressobj(zdict=b'abc').compress(b'abcabc') + b'')
t(zlib.decompress, zlib.compressobj(zdict=b'abc').compress(b'abcabc'))
t(type(c))
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.DEF_MEM_LEVEL, zlib.DEF_BUF_SIZE, zlib.error.__mro__)
print(zlib.Z_NO_COMPRESSION, zlib.Z_BEST_SPEED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION,
      zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED, zlib.Z_DEFAULT_STRATEGY,
      zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_FINISH,
      zlib.Z_BLOCK, zlib.Z_TREES, type(zlib.ZLIB_VERSION), type(zlib.ZLIB_RUNTIME_VERSION))
