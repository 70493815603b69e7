# shutil: copyfile/copy/copy2 (modes, times, into directories), copytree
# (ignore, symlinks, dirs_exist_ok), rmtree (errors, onerror), move (file,
# directory, across names), which, get_terminal_size, disk_usage.
import os
import shutil
import stat
import tempfile

base = tempfile.mkdtemp()
def p(*parts):
    return os.path.join(base, *parts)
def rel(path):
    return os.path.relpath(path, base)
def tree(top):
    out = []
    for root, dirs, files in os.walk(top):
        dirs.sort()
        for name in sorted(files):
            out.append(rel(os.path.join(root, name)))
    return out

with open(p('src.txt'), 'w') as f:
    f.write('payload\n' * 100)
os.chmod(p('src.txt'), 0o640)
os.utime(p('src.txt'), (1000000000, 1200000000))

print(rel(shutil.copyfile(p('src.txt'), p('a.txt'))))
print(open(p('a.txt')).read() == open(p('src.txt')).read())
print(oct(stat.S_IMODE(os.stat(p('a.txt')).st_mode)) != '0o640' or 'umask')
print(rel(shutil.copy(p('src.txt'), p('b.txt'))), oct(stat.S_IMODE(os.stat(p('b.txt')).st_mode)))
print(os.stat(p('b.txt')).st_mtime != 1200000000)
print(rel(shutil.copy2(p('src.txt'), p('c.txt'))), os.stat(p('c.txt')).st_mtime)
os.mkdir(p('dir'))
print(rel(shutil.copy(p('src.txt'), p('dir'))), rel(shutil.copy2(p('a.txt'), p('dir'))))
try:
    shutil.copyfile(p('src.txt'), p('src.txt'))
except shutil.SameFileError as e:
    print('SameFileError', rel(e.args[0].split("'")[1]), isinstance(e, OSError))
try:
    shutil.copyfile(p('missing'), p('x'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, rel(e.filename))
try:
    shutil.copyfile(p('src.txt'), p('nodir', 'x'))
except FileNotFoundError as e:
    print('FileNotFoundError', rel(e.filename))
shutil.copymode(p('src.txt'), p('a.txt'))
print(oct(stat.S_IMODE(os.stat(p('a.txt')).st_mode)))
shutil.copystat(p('src.txt'), p('a.txt'))
print(os.stat(p('a.txt')).st_mtime)

with open(p('src.txt'), 'rb') as fsrc, open(p('d.txt'), 'wb') as fdst:
    shutil.copyfileobj(fsrc, fdst, 7)
print(os.path.getsize(p('d.txt')))

os.makedirs(p('t', 'sub', 'deep'))
for name in ('t/one.py', 't/two.txt', 't/sub/three.py', 't/sub/deep/four.pyc'):
    with open(p(*name.split('/')), 'w') as f:
        f.write(name)
os.symlink('one.py', p('t', 'link.py'))
print(rel(shutil.copytree(p('t'), p('t2'))))
print(tree(p('t2')), os.path.islink(p('t2', 'link.py')))
shutil.copytree(p('t'), p('t3'), symlinks=True, ignore=lambda d, names: [n for n in names if n.endswith('.pyc')])
print(tree(p('t3')), os.path.islink(p('t3', 'link.py')), os.readlink(p('t3', 'link.py')))
try:
    shutil.copytree(p('t'), p('t2'))
except FileExistsError as e:
    print('FileExistsError', rel(e.filename))
shutil.copytree(p('t'), p('t2'), dirs_exist_ok=True)
print(len(tree(p('t2'))))

shutil.rmtree(p('t3'))
print(os.path.exists(p('t3')))
try:
    shutil.rmtree(p('t3'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, rel(e.filename))
shutil.rmtree(p('t3'), ignore_errors=True)
errs = []
shutil.rmtree(p('t3'), onerror=lambda f, path, info: errs.append((f.__name__, rel(path), info[0].__name__)))
print(errs)
os.symlink(p('t2'), p('tlink'))
try:
    shutil.rmtree(p('tlink'))
except OSError as e:
    print('OSError', e)
os.remove(p('tlink'))

print(rel(shutil.move(p('d.txt'), p('e.txt'))), os.path.exists(p('d.txt')))
print(rel(shutil.move(p('e.txt'), p('dir'))))
try:
    shutil.move(p('b.txt'), p('dir', 'src.txt'))
    print('overwrote', os.path.exists(p('b.txt')))
except shutil.Error as e:
    print('Error', e)
os.mkdir(p('dir2'))
with open(p('dir2', 'src.txt'), 'w') as f:
    f.write('x')
try:
    shutil.move(p('src.txt'), p('dir2'))
except shutil.Error as e:
    print('Error', rel(str(e).split("'")[1]))
print(rel(shutil.move(p('t2'), p('t4'))), tree(p('t4'))[:2])
try:
    shutil.move(p('t4'), p('t4', 'sub'))
except shutil.Error as e:
    print('Error', str(e).replace(base, '<base>'))

print(shutil.which('sh') is not None, os.path.isabs(shutil.which('sh')))
print(shutil.which('definitely-not-a-program-xyz'))
print(shutil.which('sh', path=''))
os.chmod(p('c.txt'), 0o755)
print(rel(shutil.which('c.txt', path=base)), shutil.which('a.txt', path=base))
print(rel(shutil.which(p('c.txt'))), shutil.which(p('a.txt')))
print(shutil.which('c.txt', mode=os.F_OK, path=os.pathsep.join([p('dir'), base])) == p('c.txt'))

os.environ['COLUMNS'] = '123'
os.environ['LINES'] = '45'
print(shutil.get_terminal_size())
del os.environ['COLUMNS'], os.environ['LINES']
print(shutil.get_terminal_size((99, 33)))
u = shutil.disk_usage(base)
print(type(u).__name__, u._fields, u.total >= u.used, u.total >= u.free > 0)

shutil.rmtree(base)
print(os.path.exists(base))
