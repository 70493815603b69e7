"""os: operating-system interfaces (gilpy): the posix module's functions,
os.path, the environment as a mapping that reaches the process's own
(putenv/unsetenv), the exec* family with a PATH search, and a few helpers
written in Python."""
import abc as _abc
import sys
from posix import *
from posix import _exit
import posix as _posix
import posixpath as path

sys.modules['os.path'] = path

name = 'posix'
sep = path.sep
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
devnull = '/dev/null'
defpath = '/bin:/usr/bin'
supports_bytes_environ = True
error = OSError


class PathLike(_abc.ABC):
    """The abstract base of objects with a file-system path (__fspath__)."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, '__fspath__')
        return NotImplemented


def fspath(p):
    """The str or bytes of a path (calls __fspath__ for path objects)."""
    if isinstance(p, (str, bytes)):
        return p
    try:
        conv = type(p).__fspath__
    except AttributeError:
        raise TypeError("expected str, bytes or os.PathLike object, not "
                        + type(p).__name__) from None
    result = conv(p)
    if isinstance(result, (str, bytes)):
        return result
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}"
                    .format(type(p).__name__, type(result).__name__))


def fsencode(filename):
    filename = fspath(filename)
    if isinstance(filename, str):
        return filename.encode('utf-8', 'surrogateescape')
    return filename


def fsdecode(filename):
    filename = fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode('utf-8', 'surrogateescape')
    return filename


# ---- the environment ------------------------------------------------------

def _check_str(value):
    if not isinstance(value, str):
        raise TypeError("str expected, not %s" % type(value).__name__)
    return value


class _Environ:
    """os.environ: a mutable mapping of str whose changes are passed on to
    the process environment, so that children see them."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        try:
            return self._data[_check_str(key)]
        except KeyError:
            raise KeyError(key) from None

    def __setitem__(self, key, value):
        key = _check_str(key)
        value = _check_str(value)
        putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        key = _check_str(key)
        unsetenv(key)
        try:
            del self._data[key]
        except KeyError:
            raise KeyError(key) from None

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return _check_str(key) in self._data

    def __repr__(self):
        items = ", ".join(f"{k!r}: {v!r}" for k, v in self._data.items())
        return f"environ({{{items}}})"

    def __eq__(self, other):
        if isinstance(other, _Environ):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    __hash__ = None

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        return dict.fromkeys(self._data).keys()

    def items(self):
        return dict(self._data).items()

    def values(self):
        return dict(self._data).values()

    def copy(self):
        return dict(self)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    _MISSING = object()

    def pop(self, key, default=_MISSING):
        try:
            value = self[key]
        except KeyError:
            if default is self._MISSING:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        for key in self._data:
            value = self._data[key]
            del self[key]
            return key, value
        raise KeyError

    def clear(self):
        for key in list(self._data):
            del self[key]

    def update(self, other=(), /, **kwds):
        if hasattr(other, 'keys'):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(self)
        new.update(other)
        return new

    def __ror__(self, other):
        if not isinstance(other, (dict, _Environ)):
            return NotImplemented
        new = dict(other)
        new.update(self)
        return new


environ = _Environ(_posix.environ)


def getenv(key, default=None):
    return environ.get(key, default)


# ---- exec with a PATH search ---------------------------------------------

def get_exec_path(env=None):
    """The directories searched for a program: env's (or os.environ's) PATH."""
    if env is None:
        env = environ
    path_list = env.get('PATH')
    if path_list is None:
        path_list = defpath
    if isinstance(path_list, bytes):
        path_list = fsdecode(path_list)
    return path_list.split(pathsep)


def execl(file, *args):
    execv(file, args)


def execle(file, *args):
    env = args[-1]
    execve(file, args[:-1], env)


def execlp(file, *args):
    execvp(file, args)


def execlpe(file, *args):
    env = args[-1]
    execvpe(file, args[:-1], env)


def execvp(file, args):
    _execvpe(file, args)


def execvpe(file, args, env):
    _execvpe(file, args, env)


def _execvpe(file, args, env=None):
    if env is not None:
        exec_func = execve
        argrest = (args, env)
    else:
        exec_func = execv
        argrest = (args,)
        env = environ
    if path.dirname(fsdecode(file)):
        exec_func(file, *argrest)
        return
    saved_exc = None
    last_exc = None
    for dir in get_exec_path(env):
        fullname = path.join(dir, fsdecode(file))
        try:
            exec_func(fullname, *argrest)
        except (FileNotFoundError, NotADirectoryError) as e:
            last_exc = e
        except OSError as e:
            last_exc = e
            if saved_exc is None:
                saved_exc = e
    if saved_exc is not None:
        raise saved_exc
    raise last_exc


# ---- popen ------------------------------------------------------------------

def popen(cmd, mode="r", buffering=-1):
    """Runs cmd in a shell with a pipe to its stdout ('r') or stdin ('w');
    close() waits for it and returns None, or its wait status."""
    if not isinstance(cmd, str):
        raise TypeError("invalid cmd type (%s, expected string)" % type(cmd))
    if mode not in ("r", "w"):
        raise ValueError("invalid mode %r" % mode)
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    import subprocess
    if mode == "r":
        proc = subprocess.Popen(cmd, shell=True, text=True, stdout=subprocess.PIPE,
                                bufsize=buffering)
        return _wrap_close(proc.stdout, proc)
    proc = subprocess.Popen(cmd, shell=True, text=True, stdin=subprocess.PIPE,
                            bufsize=buffering)
    return _wrap_close(proc.stdin, proc)


class _wrap_close:
    """The file popen() returns: the pipe, whose close() also waits."""

    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        self._stream.close()
        returncode = self._proc.wait()
        if returncode == 0:
            return None
        return returncode << 8

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


# ---- spawn ------------------------------------------------------------------

P_WAIT = 0
P_NOWAIT = P_NOWAITO = 1


def _spawn(mode, file, args, env, exec_func):
    if not isinstance(args, (tuple, list)):
        raise TypeError('argv must be a tuple or a list')
    if not args or not args[0]:
        raise ValueError('argv first element cannot be empty')
    pid = fork()
    if pid == 0:
        try:
            if env is None:
                exec_func(file, args)
            else:
                exec_func(file, args, env)
        except BaseException:
            _exit(127)
        _exit(127)
    if mode == P_NOWAIT:
        return pid
    while True:
        wpid, sts = waitpid(pid, 0)
        if not WIFSTOPPED(sts):
            return waitstatus_to_exitcode(sts)


def spawnv(mode, file, args):
    return _spawn(mode, file, args, None, execv)


def spawnve(mode, file, args, env):
    return _spawn(mode, file, args, env, execve)


def spawnvp(mode, file, args):
    return _spawn(mode, file, args, None, execvp)


def spawnvpe(mode, file, args, env):
    return _spawn(mode, file, args, env, execvpe)


def spawnl(mode, file, *args):
    return spawnv(mode, file, args)


def spawnle(mode, file, *args):
    return spawnve(mode, file, args[:-1], args[-1])


def spawnlp(mode, file, *args):
    return spawnvp(mode, file, args)


def spawnlpe(mode, file, *args):
    return spawnvpe(mode, file, args[:-1], args[-1])


# ---- directories --------------------------------------------------------------

_S_IFMT, _S_IFDIR, _S_IFREG, _S_IFLNK = 0o170000, 0o040000, 0o100000, 0o120000


class DirEntry:
    """One entry of a directory listed by scandir(): its name and path, and
    its type and stat (asked of the system once, then remembered)."""

    __slots__ = ('name', 'path', '_lstat', '_stat')

    def __init__(self, directory, name):
        self.name = name
        if isinstance(name, bytes):
            sep_ = b'/'
        else:
            sep_ = '/'
        self.path = directory + name if directory.endswith(sep_) else directory + sep_ + name
        self._lstat = None
        self._stat = None

    def __repr__(self):
        return '<DirEntry %r>' % (self.name,)

    def __fspath__(self):
        return self.path

    def stat(self, *, follow_symlinks=True):
        if self._lstat is None:
            self._lstat = lstat(self.path)
        if not follow_symlinks or (self._lstat.st_mode & _S_IFMT) != _S_IFLNK:
            return self._lstat
        if self._stat is None:
            self._stat = stat(self.path)
        return self._stat

    def inode(self):
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat.st_ino

    def _is(self, kind, follow_symlinks):
        try:
            st = self.stat(follow_symlinks=follow_symlinks)
        except FileNotFoundError:
            return False
        return (st.st_mode & _S_IFMT) == kind

    def is_dir(self, *, follow_symlinks=True):
        return self._is(_S_IFDIR, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._is(_S_IFREG, follow_symlinks)

    def is_symlink(self):
        return self._is(_S_IFLNK, False)


DirEntry.__module__ = 'posix'


class _ScandirIterator:
    """What scandir() returns: an iterator of DirEntry, and a context
    manager."""

    def __init__(self, directory):
        self._dir = directory
        self._names = iter(listdir(directory))

    def __iter__(self):
        return self

    def __next__(self):
        if self._names is None:
            raise StopIteration
        return DirEntry(self._dir, next(self._names))

    def close(self):
        self._names = None

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


_ScandirIterator.__module__ = 'posix'
_ScandirIterator.__name__ = _ScandirIterator.__qualname__ = 'ScandirIterator'


def scandir(path='.'):
    """An iterator of DirEntry objects for the entries of a directory."""
    if path is None:
        path = '.'
    return _ScandirIterator(fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yields (dirpath, dirnames, filenames) for each directory of the tree
    rooted at top, parents first (topdown) or last."""
    return _walk(fspath(top), topdown, onerror, followlinks)


def _walk(top, topdown, onerror, followlinks):
    dirs, nondirs, walk_into = [], [], []
    try:
        entries = scandir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
        return
    with entries:
        for entry in entries:
            try:
                is_dir = entry.is_dir()
            except OSError:
                is_dir = False
            (dirs if is_dir else nondirs).append(entry.name)
            if not topdown and is_dir:
                try:
                    link = entry.is_symlink()
                except OSError:
                    link = False
                if followlinks or not link:
                    walk_into.append(entry.path)
    if topdown:
        yield top, dirs, nondirs
        for name in dirs:
            new_path = DirEntry(top, name).path
            try:
                link = (lstat(new_path).st_mode & _S_IFMT) == _S_IFLNK
            except OSError:
                link = False
            if followlinks or not link:
                yield from _walk(new_path, topdown, onerror, followlinks)
    else:
        for new_path in walk_into:
            yield from _walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, nondirs


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    kwargs.update(zip(('errors', 'newline', 'closefd', 'opener'), args))
    if encoding is not None:
        kwargs['encoding'] = encoding
    import builtins
    return builtins.open(fd, mode, buffering, **kwargs)


def getcwdb():
    return fsencode(getcwd())


# ---- helpers ----------------------------------------------------------------

def makedirs(name, mode=0o777, exist_ok=False):
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        makedirs(head, mode, exist_ok)
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise
