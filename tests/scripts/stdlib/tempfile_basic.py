# tempfile: mkstemp/mkdtemp (names, modes, prefix/suffix/dir), TemporaryFile,
# NamedTemporaryFile (delete or keep), SpooledTemporaryFile (rollover),
# TemporaryDirectory (cleanup with contents), gettempdir/gettempprefix.
import os
import stat
import tempfile

print(tempfile.gettempprefix(), tempfile.gettempprefixb(), tempfile.template)
tmp = tempfile.gettempdir()
print(os.path.isabs(tmp), os.path.isdir(tmp), tempfile.tempdir == tmp)
print(tempfile.gettempdirb() == os.fsencode(tmp), tempfile.TMP_MAX)

base = tempfile.mkdtemp(prefix='gilpy-', suffix='-t')
name = os.path.basename(base)
print(name.startswith('gilpy-'), name.endswith('-t'), len(name), oct(stat.S_IMODE(os.stat(base).st_mode)))

fd, path = tempfile.mkstemp(suffix='.txt', prefix='pre_', dir=base)
print(isinstance(fd, int), os.path.dirname(path) == base, os.path.basename(path)[:4], path.endswith('.txt'))
print(len(os.path.basename(path)), oct(stat.S_IMODE(os.stat(path).st_mode)))
os.write(fd, b'hello')
os.close(fd)
with open(path) as f:
    print(f.read())
fd2, path2 = tempfile.mkstemp(dir=base, text=True)
os.close(fd2)
print(os.path.basename(path2)[:3], path != path2)
try:
    tempfile.mkstemp(prefix=b'x', suffix='y')
except TypeError as e:
    print('TypeError', e)

with tempfile.TemporaryFile(dir=base) as f:
    f.write(b'abc')
    f.seek(0)
    print(f.read(), type(f.name).__name__, f.mode)
print(sorted(os.path.basename(p)[:3] for p in os.listdir(base)))

with tempfile.TemporaryFile('w+', dir=base) as f:
    f.write('text\n')
    f.seek(0)
    print(repr(f.read()))

f = tempfile.NamedTemporaryFile(dir=base, suffix='.dat')
print(os.path.exists(f.name), f.name.endswith('.dat'), f.delete, os.path.dirname(f.name) == base)
f.write(b'123')
f.flush()
with open(f.name, 'rb') as g:
    print(g.read())
f.close()
print(os.path.exists(f.name))

with tempfile.NamedTemporaryFile('w+', dir=base, delete=False) as f:
    f.write('kept\n')
    kept = f.name
    print(f.file.closed, 'w+' == f.mode)
print(os.path.exists(kept), open(kept).read().strip(), f.closed)
os.remove(kept)

with tempfile.NamedTemporaryFile('w+', dir=base) as f:
    f.write('a\nb\n')
    f.seek(0)
    print(list(f), [line for line in f])

s = tempfile.SpooledTemporaryFile(max_size=10, dir=base)
s.write(b'12345')
print(s._rolled, s.tell(), s.name)
s.write(b'678901')
print(s._rolled, s.tell(), type(s.name).__name__)
s.seek(0)
print(s.read(), s.closed)
s.close()
print(s.closed)
with tempfile.SpooledTemporaryFile(mode='w+', dir=base) as s:
    s.write('hi there\n')
    s.seek(0)
    print(s.readline(), s._rolled, s.mode)
    s.fileno()
    print(s._rolled)

with tempfile.TemporaryDirectory(prefix='td', dir=base) as d:
    print(os.path.basename(d)[:2], os.path.isdir(d))
    os.makedirs(os.path.join(d, 'a', 'b'))
    with open(os.path.join(d, 'a', 'b', 'f'), 'w') as fh:
        fh.write('x')
print(os.path.exists(d))
td = tempfile.TemporaryDirectory(dir=base)
print(repr(td) == "<TemporaryDirectory %r>" % td.name)
td.cleanup()
td.cleanup()
print(os.path.exists(td.name))
print(tempfile.TemporaryDirectory[str])

for p in (path, path2):
    os.remove(p)
print(os.listdir(base))
os.rmdir(base)
print(sorted(tempfile.__all__))
