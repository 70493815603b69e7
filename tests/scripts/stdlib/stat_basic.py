# stat: constants, the S_IS* predicates on real files, filemode, errors.
import os
import stat

d = '/tmp/gilpy-stat-%d' % os.getpid()
os.mkdir(d)
f = os.path.join(d, 'f')
with open(f, 'w') as fh:
    fh.write('x')
os.chmod(f, 0o640)
os.symlink(f, os.path.join(d, 'link'))
r, w = os.pipe()
for path in (d, f, os.path.join(d, 'link')):
    st = os.lstat(path)
    m = st.st_mode
    print(os.path.basename(path).split('-')[1], stat.S_ISDIR(m), stat.S_ISREG(m), stat.S_ISLNK(m),
          stat.S_ISCHR(m), stat.S_ISBLK(m), stat.S_ISFIFO(m), stat.S_ISSOCK(m))
print(stat.filemode(os.stat(f).st_mode), oct(stat.S_IMODE(os.stat(f).st_mode)))
print(stat.S_ISFIFO(os.fstat(r).st_mode), stat.filemode(os.fstat(r).st_mode)[0])
print(stat.S_ISCHR(os.stat('/dev/null').st_mode), stat.filemode(os.stat('/dev/null').st_mode))
print(os.stat(f)[stat.ST_SIZE], stat.S_IFMT(os.stat(d).st_mode) == stat.S_IFDIR)
os.close(r)
os.close(w)
os.remove(os.path.join(d, 'link'))
os.remove(f)
os.rmdir(d)

for m in (0o170777, 0o4755 | stat.S_IFREG, 0o1777 | stat.S_IFDIR, 0o2644 | stat.S_IFREG,
          0o6000 | stat.S_IFREG, 0o1000 | stat.S_IFREG, stat.S_IFLNK | 0o777, stat.S_IFSOCK | 0o755,
          stat.S_IFBLK | 0o660, stat.S_IFCHR | 0o666, stat.S_IFIFO | 0o600, 0, 0o7777, True):
    print(oct(m), stat.filemode(m), stat.S_IMODE(m), stat.S_IFMT(m))
print(stat.S_ISDOOR(0), stat.S_ISPORT(0), stat.S_ISWHT(0))
print(stat.S_IRWXU, stat.S_IRUSR | stat.S_IWUSR, stat.S_IXOTH, stat.S_ISVTX, stat.S_ENFMT)
print(stat.ST_MODE, stat.ST_MTIME, stat.UF_HIDDEN, stat.SF_SNAPSHOT, stat.FILE_ATTRIBUTE_DIRECTORY)
for fn in (stat.S_IMODE, stat.S_IFMT, stat.S_ISDIR, stat.filemode):
    for bad in ('x', -1, 2 ** 70, 1.5, 2 ** 40):
        try:
            fn(bad)
        except Exception as e:
            print(fn.__name__, type(e).__name__, e)
