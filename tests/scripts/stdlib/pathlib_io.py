# pathlib concrete paths: mkdir/touch/read/write/open/iterdir/glob/rglob,
# stat and the is_* tests, rename/replace/unlink/rmdir, symlinks, resolve,
# absolute, cwd, home, expanduser, samefile, errors.
import os
import tempfile
from pathlib import Path, PosixPath

base = Path(tempfile.mkdtemp())
def rel(p):
    return p.relative_to(base).as_posix()

print(type(base).__name__, base.is_absolute(), base.exists(), base.is_dir(), base.is_file())
(base / 'a' / 'b').mkdir(parents=True)
(base / 'a').mkdir(exist_ok=True)
try:
    (base / 'a').mkdir()
except FileExistsError as e:
    print('FileExistsError', e.errno, rel(Path(e.filename)))
try:
    (base / 'x' / 'y').mkdir()
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
f = base / 'a' / 'hello.txt'
print(f.write_text('hello\nworld\n'), f.read_text(), f.read_bytes())
print((base / 'data.bin').write_bytes(b'\x00\x01\x02'), (base / 'data.bin').read_bytes())
try:
    f.write_text(b'x')
except TypeError as e:
    print('TypeError', e)
try:
    f.write_bytes('x')
except TypeError as e:
    print('TypeError', e)
with f.open() as fh:
    print(fh.readline().strip())
with f.open('a') as fh:
    fh.write('more\n')
print(f.read_text().splitlines())
(base / 'a' / 'empty').touch()
print((base / 'a' / 'empty').exists(), (base / 'a' / 'empty').stat().st_size)
(base / 'a' / 'empty').touch()
try:
    (base / 'a' / 'empty').touch(exist_ok=False)
except FileExistsError as e:
    print('FileExistsError', e.errno)
for name in ['x.py', 'y.py', 'z.txt', '.hidden.py', 'b/deep.py', 'b/deeper.txt']:
    (base / 'a' / name).touch()
print(sorted(rel(p) for p in (base / 'a').iterdir()))
print(sorted(rel(p) for p in (base / 'a').glob('*.py')))
print(sorted(rel(p) for p in base.glob('a/*.txt')))
print(sorted(rel(p) for p in base.glob('**/*.py')))
print(sorted(rel(p) for p in base.rglob('*.txt')))
print(sorted(rel(p) for p in base.glob('**')))
print(sorted(rel(p) for p in base.glob('*/')))
print(sorted(rel(p) for p in base.glob('a/b')), list(base.glob('nothing')), sorted(rel(p) for p in base.glob('?/[bx]*')))
for bad in ['', '/abs', 'a**']:
    try:
        list(base.glob(bad))
    except (ValueError, NotImplementedError) as e:
        print(type(e).__name__, e)

st = f.stat()
print(st.st_size, f.lstat().st_size == st.st_size, f.is_file(), f.is_symlink(), f.is_fifo(),
      f.is_socket(), f.is_block_device(), f.is_char_device(), Path('/dev/null').is_char_device())
link = base / 'link.txt'
link.symlink_to(f)
print(link.is_symlink(), link.is_file(), link.readlink() == f, link.resolve() == f.resolve(), link.samefile(f))
print(link.lstat().st_size != link.stat().st_size, link.samefile(str(f)))
(base / 'dangling').symlink_to(base / 'nowhere')
print((base / 'dangling').exists(), (base / 'dangling').is_symlink(), (base / 'nowhere').exists())
print((base / 'a' / '..' / 'a' / 'x.py').resolve() == (base / 'a' / 'x.py').resolve())
print(Path('a/../b').resolve() == Path.cwd().resolve() / 'b', Path('nope/x').resolve().name)

g = f.rename(base / 'renamed.txt')
print(type(g).__name__, rel(g), f.exists(), g.exists())
h = g.replace(base / 'data.bin')
print(rel(h), h.read_text().splitlines()[0])
h.unlink()
h.unlink(missing_ok=True)
try:
    h.unlink()
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno)
try:
    (base / 'a').rmdir()
except OSError as e:
    print(type(e).__name__, e.errno)
(base / 'e').mkdir()
(base / 'e').rmdir()
print((base / 'e').exists())
(base / 'a' / 'x.py').chmod(0o600)
print(oct((base / 'a' / 'x.py').stat().st_mode & 0o777))

print(Path.cwd() == Path(os.getcwd()), Path('rel').absolute() == Path.cwd() / 'rel', base.absolute() == base)
print(Path.home() == Path(os.path.expanduser('~')), Path('~/x').expanduser() == Path.home() / 'x', Path('x').expanduser())
print(Path('.').is_dir(), Path('/').is_mount(), Path('') == Path('.'), repr(Path('a/b')), repr(PosixPath()))
print(Path('/nonexistent/zzz').exists(), Path('/nonexistent/zzz').is_dir(), Path('/etc/passwd/x').exists())
try:
    Path('/nonexistent/zzz').stat()
except FileNotFoundError as e:
    print('FileNotFoundError', e)
try:
    Path('/nonexistent/zzz').read_text()
except FileNotFoundError as e:
    print('FileNotFoundError', e)
with Path(base) as p:
    print(p == base)

import shutil
shutil.rmtree(base)
print(base.exists())
