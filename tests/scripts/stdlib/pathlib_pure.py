# pathlib pure paths: parsing, parts, name/stem/suffix(es), parents, joining,
# with_*, relative_to, match, comparison, hashing, repr, errors.
from pathlib import PurePath, PurePosixPath, Path, PosixPath

for s in ['a/b', '/a/b', '//a/b', '///a/b', 'a//b/./c/', '', '.', '..', 'a/..', '/', 'a/b.tar.gz',
          '.hidden', 'x.', '..a.b', '/etc/passwd', 'dir/sub/file.py']:
    p = PurePosixPath(s)
    print(repr(s), repr(p), str(p), p.parts, repr(p.name), repr(p.stem), repr(p.suffix),
          p.suffixes, p.parent, p.root, p.anchor, p.drive, p.is_absolute())

p = PurePath('/usr/lib/python3.11/os.py')
print(type(p).__name__, p.parents, list(p.parents), p.parents[-1], p.parents[0:2], len(p.parents))
print(list(PurePath('a/b/c').parents), len(PurePath('a').parents), list(PurePath('/').parents))
try:
    p.parents[10]
except IndexError as e:
    print('IndexError', e)
print(PurePath('a', 'b', 'c'), PurePath('a', '/b', 'c'), PurePath(PurePath('x'), 'y'), PurePath())
print(PurePath('a') / 'b' / 'c', 'pre' / PurePath('x'), PurePath('/a') / '/b', PurePath('a').joinpath('b', PurePath('c')))
print(PurePath('a/b.txt').with_name('c.py'), PurePath('a/b.txt').with_suffix('.md'), PurePath('a/b.txt').with_suffix(''),
      PurePath('a/b').with_suffix('.x'), PurePath('a/b.tar.gz').with_stem('z'), PurePath('a/b.tar.gz').with_suffix('.bz2'))
print(PurePath('/a/b/c').relative_to('/a'), PurePath('/a/b/c').relative_to('/a', 'b'), PurePath('a/b').relative_to('a/b'),
      PurePath('/a/b').relative_to('/'))
print(PurePath('/a/b').is_relative_to('/a'), PurePath('/a/b').is_relative_to('/c'), PurePath('a').is_relative_to('/'))
for path, pat in [('a/b.py', '*.py'), ('/a/b/c.py', 'b/*.py'), ('/a/b/c.py', 'a/*.py'), ('/a/b.py', '/*.py'),
                  ('/a/b.py', '/a/*.py'), ('a.py', 'b/*.py'), ('.x', '*'), ('a/b', '*'), ('abc', 'a?c'),
                  ('abc', 'a[bx]c'), ('abc', 'a[!b]c'), ('a/b/c', 'a/*/c'), ('x.PY', '*.py'), ('a[b', 'a[b')]:
    print(path, pat, PurePath(path).match(pat))
print(PurePath('a') == PurePath('a'), PurePath('a') == PurePath('a/'), PurePath('a') != PurePath('b'),
      PurePath('a') == 'a', PurePath('a') < PurePath('b'), PurePath('/z') < PurePath('a'),
      sorted([PurePath('b'), PurePath('/a'), PurePath('a/c'), PurePath('a')]))
print(hash(PurePath('a/b')) == hash(PurePath('a', 'b')), len({PurePath('a'), PurePath('a/.'), PurePath('b')}))
print(PurePosixPath('a') == PosixPath('a'), str(PurePath('a/b')), bytes(PurePath('a/b')), PurePath('a/b').as_posix())
print(PurePath('/a b/ü%').as_uri(), PurePath('/x').as_uri())
import os
print(os.fspath(PurePath('a/b')), os.path.join(PurePath('a'), 'b'), isinstance(PurePath('x'), os.PathLike))
print(PurePath('a/b').__reduce__(), PurePath('/a/b').__reduce__())
print(PurePath('a').is_reserved())

def attempt(f, *args):
    try:
        print('ok', f(*args))
    except Exception as e:
        print(type(e).__name__, e)

attempt(PurePath, 5)
attempt(PurePath, b'x')
attempt(lambda: PurePath('a') / 5)
attempt(lambda: 5 / PurePath('a'))
attempt(lambda: PurePath('a') < 5)
attempt(PurePath('/a/b').relative_to, '/x')
attempt(PurePath('a/b').relative_to, '/a')
attempt(PurePath('/a/b').relative_to, '')
attempt(PurePath('/a/b').relative_to)
attempt(PurePath('a').with_name, '')
attempt(PurePath('a').with_name, 'x/y')
attempt(PurePath('a').with_name, '.')
attempt(PurePath('/').with_name, 'x')
attempt(PurePath('').with_suffix, '.x')
attempt(PurePath('a').with_suffix, 'b')
attempt(PurePath('a').with_suffix, '.')
attempt(PurePath('a').with_suffix, '/.b')
attempt(PurePath('a').with_stem, '')
attempt(PurePath('a').match, '')
attempt(PurePath('a').as_uri)
