# glob: patterns, recursive **, hidden files, root_dir, escape (in a temp dir)
import glob
import os
import shutil
import tempfile

top = tempfile.mkdtemp()
try:
    os.chdir(top)
    for d in ['src', 'src/pkg', 'src/pkg/sub', 'docs', '.git', 'we[ird]']:
        os.mkdir(d)
    for f in ['a.py', 'b.py', 'c.txt', '.hidden.py', 'src/x.py', 'src/pkg/y.py',
              'src/pkg/sub/z.py', 'src/pkg/sub/.dot.py', 'docs/readme.md', '.git/config',
              'we[ird]/file?.txt', 'q?.txt']:
        with open(f, 'w') as fh:
            fh.write('x')
    show = lambda r: print(sorted(r))
    show(glob.glob('*.py'))
    show(glob.glob('*'))
    show(glob.glob('*', include_hidden=True))
    show(glob.glob('.*'))
    show(glob.glob('?.py'))
    show(glob.glob('[ab].py'))
    show(glob.glob('src/*'))
    show(glob.glob('src/*/'))
    show(glob.glob('*/*.py'))
    show(glob.glob('*/*/*.py'))
    show(glob.glob('**/*.py'))
    show(glob.glob('**/*.py', recursive=True))
    show(glob.glob('**', recursive=True))
    show(glob.glob('src/**', recursive=True))
    show(glob.glob('src/**/', recursive=True))
    show(glob.glob('**/', recursive=True))
    show(glob.glob('src/**/*.py', recursive=True, include_hidden=True))
    show(glob.glob('nothing*'))
    show(glob.glob('a.py'))
    show(glob.glob('missing.py'))
    show(glob.glob('src/'))
    show(glob.glob(''))
    show(glob.glob('*.py', root_dir='src/pkg/sub'))
    show(glob.glob('**/*.py', root_dir='src', recursive=True))
    show(glob.glob(glob.escape('we[ird]') + '/*'))
    show(glob.glob(glob.escape('q?.txt')))
    print(glob.escape('a*b?c[d]'), glob.escape(b'x*'), glob.escape('/plain/path'))
    show(glob.glob('*.p[y]'))
    show(glob.iglob('src/*/*.py'))
    print(type(glob.iglob('*')).__name__ in ('generator', 'chain', 'tuple_iterator'))
    print(glob.has_magic('a*'), glob.has_magic('abc'), glob.has_magic(b'[x]'))
finally:
    os.chdir('/')
    shutil.rmtree(top)
print(os.path.exists(top))
