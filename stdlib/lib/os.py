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
