"""posixpath: os.path for POSIX systems (gilpy): joining and splitting
path names, and asking the file system what a path is."""
import posix

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'


def isabs(s):
    s = _fspath(s)
    return s.startswith('/')


def join(a, *p):
    result = _fspath(a)
    for part in p:
        part = _fspath(part)
        if part.startswith('/'):
            result = part
        elif not result or result.endswith('/'):
            result += part
        else:
            result += '/' + part
    return result


def split(p):
    p = _fspath(p)
    cut = p.rfind('/') + 1
    head, tail = p[:cut], p[cut:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def basename(p):
    p = _fspath(p)
    return p[p.rfind('/') + 1:]


def dirname(p):
    p = _fspath(p)
    return split(p)[0]


def splitext(p):
    """('name', '.ext'); leading dots of a file name (.bashrc) are no
    extension."""
    p = _fspath(p)
    slash = p.rfind('/')
    dot = p.rfind('.')
    if dot > slash:
        name_start = slash + 1
        if p[name_start:dot].strip('.'):
            return p[:dot], p[dot:]
    return p, p[:0]


def normpath(path):
    path = _fspath(path)
    if path == '':
        return '.'
    leading = 0
    if path.startswith('/'):
        leading = 2 if path.startswith('//') and not path.startswith('///') else 1
    parts = []
    for comp in path.split('/'):
        if comp in ('', '.'):
            continue
        if comp != '..' or (not leading and not parts) or (parts and parts[-1] == '..'):
            parts.append(comp)
        elif parts:
            parts.pop()
    result = '/' * leading + '/'.join(parts)
    return result or '.'


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        path = join(posix.getcwd(), path)
    return normpath(path)


def expanduser(path):
    path = _fspath(path)
    if not path.startswith('~'):
        return path
    cut = path.find('/', 1)
    if cut < 0:
        cut = len(path)
    if cut != 1:
        return path     # ~user: not looked up
    home = posix.environ.get('HOME')
    if home is None:
        return path
    return (home.rstrip('/') or '/') + path[cut:]


def _mode(path):
    try:
        return posix.stat(path).st_mode
    except (OSError, ValueError):
        return None


def exists(path):
    return _mode(path) is not None


def isdir(path):
    mode = _mode(path)
    return mode is not None and mode & 0o170000 == 0o040000


def isfile(path):
    mode = _mode(path)
    return mode is not None and mode & 0o170000 == 0o100000


def getsize(filename):
    return posix.stat(filename).st_size


def getmtime(filename):
    return posix.stat(filename).st_mtime


# ---- added for shutil, tempfile and pathlib (str paths; os.PathLike via fspath)

altsep = None
pathsep = ':'
defpath = '/bin:/usr/bin'
devnull = '/dev/null'
supports_unicode_filenames = False


def _fspath(p):
    # str passes straight through; os.PathLike objects give their path.
    if type(p) is str:
        return p
    import os
    return os.fspath(p)


def normcase(s):
    return _fspath(s)


def splitdrive(p):
    p = _fspath(p)
    return p[:0], p


def getatime(filename):
    return posix.stat(filename).st_atime


def getctime(filename):
    return posix.stat(filename).st_ctime


def _lmode(path):
    try:
        return posix.lstat(path).st_mode
    except (OSError, ValueError):
        return None


def islink(path):
    mode = _lmode(path)
    return mode is not None and mode & 0o170000 == 0o120000


def lexists(path):
    return _lmode(path) is not None


def samestat(s1, s2):
    return s1.st_ino == s2.st_ino and s1.st_dev == s2.st_dev


def samefile(f1, f2):
    return samestat(posix.stat(f1), posix.stat(f2))


def sameopenfile(fp1, fp2):
    return samestat(posix.fstat(fp1), posix.fstat(fp2))


def ismount(path):
    try:
        st = posix.lstat(path)
    except (OSError, ValueError):
        return False
    if st.st_mode & 0o170000 == 0o120000:
        return False
    path = _fspath(path)
    parent = join(path, '..')
    try:
        up = posix.lstat(parent)
    except (OSError, ValueError):
        return False
    return st.st_dev != up.st_dev or st.st_ino == up.st_ino


def commonprefix(m):
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fspath, m))
    lo, hi = min(m), max(m)
    for i, c in enumerate(lo):
        if c != hi[i]:
            return lo[:i]
    return lo


def commonpath(paths):
    paths = tuple(map(_fspath, paths))
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    absolute = {p.startswith('/') for p in paths}
    if len(absolute) != 1:
        raise ValueError("Can't mix absolute and relative paths")
    split_paths = [[c for c in p.split('/') if c and c != '.'] for p in paths]
    lo, hi = min(split_paths), max(split_paths)
    common = lo
    for i, c in enumerate(lo):
        if c != hi[i]:
            common = lo[:i]
            break
    return ('/' if absolute.pop() else '') + '/'.join(common)


def relpath(path, start=None):
    path = _fspath(path)
    if not path:
        raise ValueError("no path specified")
    start = curdir if start is None else _fspath(start)
    start_parts = [x for x in abspath(start).split('/') if x]
    path_parts = [x for x in abspath(path).split('/') if x]
    n = 0
    while n < min(len(start_parts), len(path_parts)) and start_parts[n] == path_parts[n]:
        n += 1
    parts = [pardir] * (len(start_parts) - n) + path_parts[n:]
    return join(*parts) if parts else curdir


def realpath(filename, *, strict=False):
    """The canonical path: symbolic links resolved, '.' and '..' removed."""
    filename = _fspath(filename)
    if isinstance(filename, bytes):
        import os
        return os.fsencode(realpath(os.fsdecode(filename), strict=strict))
    path, _ = _resolve('', filename, strict, {})
    return abspath(path)


def _resolve(path, rest, strict, seen):
    # Appends the components of `rest` to the resolved `path`; returns
    # (path, ok), ok False when a symlink loop stopped the walk.
    if rest.startswith('/'):
        rest = rest[1:]
        path = '/'
    while rest:
        name, _, rest = rest.partition('/')
        if not name or name == curdir:
            continue
        if name == pardir:
            if path:
                path, last = split(path)
                if last == pardir:
                    path = join(path, pardir, pardir)
            else:
                path = pardir
            continue
        candidate = join(path, name)
        try:
            mode = posix.lstat(candidate).st_mode
        except OSError:
            if strict:
                raise
            mode = 0
        if mode & 0o170000 != 0o120000:
            path = candidate
            continue
        if candidate in seen:
            known = seen[candidate]
            if known is not None:
                path = known
                continue
            if strict:
                posix.stat(candidate)
            return join(candidate, rest), False
        seen[candidate] = None
        path, ok = _resolve(path, posix.readlink(candidate), strict, seen)
        if not ok:
            return join(path, rest), False
        seen[candidate] = path
    return path, True


def expandvars(path):
    """Replace $name and ${name} with environment values; unknown names stay."""
    path = _fspath(path)
    if '$' not in path:
        return path
    import os
    env = os.environ
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != '$':
            out.append(c)
            i += 1
            continue
        if path.startswith('{', i + 1):
            end = path.find('}', i + 2)
            name = path[i + 2:end] if end > 0 else ''
            stop = end + 1
        else:
            j = i + 1
            while j < n and (path[j].isascii() and (path[j].isalnum() or path[j] == '_')):
                j += 1
            name = path[i + 1:j]
            stop = j
        if name and name in env:
            out.append(env[name])
            i = stop
        else:
            out.append(c)
            i += 1
    return ''.join(out)
