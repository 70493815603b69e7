"""posixpath: os.path for POSIX systems (gilpy): joining and splitting
path names, and asking the file system what a path is."""
import posix

sep = '/'
curdir = '.'
pardir = '..'
extsep = '.'


def isabs(s):
    return s.startswith('/')


def join(a, *p):
    result = a
    for part in p:
        if part.startswith('/'):
            result = part
        elif not result or result.endswith('/'):
            result += part
        else:
            result += '/' + part
    return result


def split(p):
    cut = p.rfind('/') + 1
    head, tail = p[:cut], p[cut:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def basename(p):
    return p[p.rfind('/') + 1:]


def dirname(p):
    return split(p)[0]


def splitext(p):
    """('name', '.ext'); leading dots of a file name (.bashrc) are no
    extension."""
    slash = p.rfind('/')
    dot = p.rfind('.')
    if dot > slash:
        name_start = slash + 1
        if p[name_start:dot].strip('.'):
            return p[:dot], p[dot:]
    return p, p[:0]


def normpath(path):
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
    if not isabs(path):
        path = join(posix.getcwd(), path)
    return normpath(path)


def expanduser(path):
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
