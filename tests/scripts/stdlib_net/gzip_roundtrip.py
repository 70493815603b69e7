# gzip: one-shot compress/decompress (same bytes as CPython), GzipFile and
# gzip.open in binary and text modes in a temporary directory, errors.
import gzip, io, zlib, os, tempfile, hashlib
data = b'hello world\n' * 1000 + bytes(range(256))
c = gzip.compress(data, mtime=0)
print(len(c), hashlib.md5(c).hexdigest(), gzip.decompress(c) == data)
print(gzip.compress(b'', mtime=0), gzip.compress(b'abc', 1, mtime=12345), gzip.compress(b'abc', 5, mtime=1))
print(gzip.decompress(gzip.compress(b'a', mtime=0) + gzip.compress(b'b', mtime=0) + b'\0\0'))
for bad in [b'xx', b'\x1f\x8b\x07' + b'\0'*7, gzip.compress(b'abc', mtime=0)[:-9], gzip.compress(b'abc', mtime=0)[:-1] + b'\x01', c[:-8] + b'\0\0\0\0' + c[-4:]]:
    try: print(gzip.decompress(bad))
    except Exception as e: print(type(e).__name__, e)
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'f.txt.gz')
    with gzip.open(p, 'wb') as f:
        f.write(b'line1\nline2\n'); f.write(memoryview(b'line3'))
        print(f.tell(), f.mode, f.name == p, f.writable(), f.readable())
    raw = open(p, 'rb').read()
    print(raw[:4], raw[8:10], raw[10:20])
    with gzip.open(p) as f:
        print(f.read(3), f.readline(), f.peek(2)[:2], list(f), f.tell(), f.mtime > 0)
        f.seek(2); print(f.read(4)); print(f.read())
    with gzip.open(p, 'rt') as f:
        print(f.readlines())
    with gzip.open(p, 'at', encoding='utf-8') as f:
        f.write('\nünï\n')
    with gzip.open(p, 'rt', encoding='utf-8') as f:
        print(repr(f.read()))
    with gzip.GzipFile(p, 'wb', mtime=7) as f:
        f.write(b'x' * 100)
    print(hashlib.md5(open(p, 'rb').read()).hexdigest())
    buf = io.BytesIO()
    with gzip.GzipFile(fileobj=buf, mode='wb', mtime=0) as f: f.write(b'abc')
    print(buf.getvalue())
    buf.seek(0)
    with gzip.GzipFile(fileobj=buf) as f: print(f.read())
    for call in [lambda: gzip.open(p, 'rbt'), lambda: gzip.open(p, 'rb', encoding='x'), lambda: gzip.open(5), lambda: gzip.GzipFile(p, 'z')]:
        try: call()
        except Exception as e: print(type(e).__name__, e)
    f = gzip.open(p); f.close()
    try: f.read()
    except ValueError as e: print(e)
    w = gzip.open(os.path.join(d, 'w.gz'), 'wb')
    try: w.read()
    except OSError as e: print(e)
    w.close()
