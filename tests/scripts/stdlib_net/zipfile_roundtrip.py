# zipfile: writing (same archive bytes as CPython), reading, ZipInfo reprs,
# ZipExtFile, errors, CRC checks, append mode and extraction in a temporary dir.
import zipfile, io, os, tempfile, hashlib, time
print(zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.BadZipfile is zipfile.BadZipFile)
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
    print(repr(z)[:30])
    zi = zipfile.ZipInfo('hello.txt', (2024, 5, 17, 12, 30, 44))
    z.writestr(zi, 'hello world\n' * 50)
    zi2 = zipfile.ZipInfo('dir/data.bin', (2020, 1, 2, 3, 4, 5))
    zi2.compress_type = zipfile.ZIP_STORED
    z.writestr(zi2, bytes(range(256)))
    z.writestr(zipfile.ZipInfo('ünïcode.txt', (2021, 1, 1, 0, 0, 0)), b'u')
    z.mkdir('emptydir', 0o755)
    with z.open(zipfile.ZipInfo('streamed.txt', (2023, 3, 3, 3, 3, 4)), 'w') as w:
        w.write(b'part one, '); w.write(b'part two')
    z.comment = b'an archive comment'
data = buf.getvalue()
print(len(data), hashlib.md5(data).hexdigest(), data[:4], zipfile.is_zipfile(io.BytesIO(data)), zipfile.is_zipfile(io.BytesIO(b'nope')))
with zipfile.ZipFile(io.BytesIO(data)) as z:
    print(z.namelist(), z.comment, z.testzip())
    for i in z.infolist():
        print(repr(i), i.date_time, i.CRC, i.create_version, i.extract_version, i.flag_bits, i.header_offset, i.is_dir())
    print(z.read('hello.txt')[:24], z.read('dir/data.bin')[-4:], z.read('ünïcode.txt'))
    with z.open('hello.txt') as f:
        print(repr(f)[:60], f.readline(), f.read(5), f.tell(), f.seekable())
        f.seek(0); print(f.read(11)); f.seek(-12, 2); print(f.read())
        print(len(f.readlines()))
    z.printdir()
    try: z.getinfo('nope')
    except KeyError as e: print('KeyError', e)
    try: z.writestr('x', b'y')
    except ValueError as e: print('ValueError', e)
    try: z.open('hello.txt', 'a')
    except ValueError as e: print('ValueError', e)
print(repr(z))
try: z.read('hello.txt')
except ValueError as e: print('ValueError', e)
for bad in [b'', b'PK\x05\x06' + b'\0' * 18, b'not a zip file at all' * 3]:
    try: zipfile.ZipFile(io.BytesIO(bad))
    except zipfile.BadZipFile as e: print('BadZipFile', e)
try: zipfile.ZipFile(io.BytesIO(), 'q')
except ValueError as e: print('ValueError', e)
except RuntimeError as e: print('RuntimeError', e)
try: zipfile.ZipInfo('old', (1979, 1, 1, 0, 0, 0))
except ValueError as e: print('ValueError', e)
corrupt = bytearray(data); i = corrupt.find(b'hello world'); 
# the stored member's bytes start after its header; flip one
j = data.find(bytes(range(250, 256))); corrupt[j] ^= 0xff
with zipfile.ZipFile(io.BytesIO(bytes(corrupt))) as z:
    print(z.testzip())
    try: z.read('dir/data.bin')
    except zipfile.BadZipFile as e: print('BadZipFile', e)

with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, 'src'); os.makedirs(os.path.join(src, 'sub'))
    with open(os.path.join(src, 'a.txt'), 'w') as f: f.write('A' * 1000)
    with open(os.path.join(src, 'sub', 'b.txt'), 'w') as f: f.write('B')
    zp = os.path.join(d, 'out.zip')
    with zipfile.ZipFile(zp, 'w', compression=zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.write(os.path.join(src, 'a.txt'), 'a.txt')
        z.write(os.path.join(src, 'sub'), 'sub')
        z.write(os.path.join(src, 'sub', 'b.txt'), 'sub/b.txt', compress_type=zipfile.ZIP_STORED)
        z.writestr('../evil.txt', 'escaped?')
        z.writestr('/abs/path.txt', 'abs')
    print(zipfile.is_zipfile(zp), repr(zipfile.ZipFile(zp))[:25])
    with zipfile.ZipFile(zp, 'a') as z:
        z.writestr(zipfile.ZipInfo('appended.txt', (2000, 1, 1, 0, 0, 0)), 'more')
    with zipfile.ZipFile(zp) as z:
        print(z.namelist())
        print([(i.filename, i.file_size, i.compress_type, i.external_attr >> 16 != 0) for i in z.infolist()])
        out = os.path.join(d, 'out')
        z.extractall(out)
        print(z.extract('sub/b.txt', os.path.join(d, 'one')) == os.path.join(d, 'one', 'sub', 'b.txt'))
    found = []
    for root, dirs, files in os.walk(out):
        for n in files: found.append(os.path.relpath(os.path.join(root, n), out))
    print(sorted(found), open(os.path.join(out, 'evil.txt')).read())
    try:
        with zipfile.ZipFile(zp, 'x') as z: pass
    except FileExistsError as e: print('FileExistsError')
