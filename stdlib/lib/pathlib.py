"""Object-oriented file system paths (POSIX flavour), as CPython's pathlib:
PurePath/PurePosixPath for path arithmetic, Path/PosixPath for I/O."""

import io
import os
import sys
from errno import ENOENT, ENOTDIR, EBADF, ELOOP
from stat import S_ISDIR, S_ISLNK, S_ISREG, S_ISSOCK, S_ISBLK, S_ISCHR, S_ISFIFO

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath", "WindowsPath"]

# Errors that mean "no such file" to the is_*() and exists() tests.
_IGNORED_ERRNOS = (ENOENT, ENOTDIR, EBADF, ELOOP)


def _fs(p):
    """A path argument for the os functions: a pure path becomes its str."""
    return str(p) if isinstance(p, PurePath) else p


def _ignore_error(exception):
    return getattr(exception, 'errno', None) in _IGNORED_ERRNOS


def _split_root(path):
    """(root, rest) of a POSIX path: '//' is kept (two slashes mean something
    to POSIX), any other run of leading slashes is '/'."""
    if path[:1] != '/':
        return '', path
    if path[:2] == '//' and path[2:3] != '/':
        return '//', path[2:]
    return '/', path.lstrip('/')


def _parse(args):
    """(root, parts) for the joined path segments `args`."""
    root = ''
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            seg_root, seg_parts = a._root, a._parts
        else:
            a = os.fspath(a)
            if not isinstance(a, str):
                raise TypeError("argument should be a str object or an os.PathLike "
                                "object returning str, not %r" % type(a))
            seg_root, rest = _split_root(a)
            seg_parts = [x for x in rest.split('/') if x and x != '.']
        if seg_root:
            root = seg_root
            parts = list(seg_parts)
        else:
            parts.extend(seg_parts)
    return root, parts


# ---- glob-style matching (pathlib matches dot files with '*') ---------------

_pattern_cache = {}


def _compile_pattern(pat):
    """A compiled regular expression for one fnmatch-style path component."""
    rx = _pattern_cache.get(pat)
    if rx is not None:
        return rx
    import re
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == '*':
            out.append('.*')
        elif c == '?':
            out.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j += 1
            if j < n and pat[j] == ']':
                j += 1
            while j < n and pat[j] != ']':
                j += 1
            if j >= n:
                out.append('\\[')
                continue
            stuff = pat[i:j]
            i = j + 1
            negate = stuff.startswith('!')
            if negate:
                stuff = stuff[1:]
            stuff = stuff.replace('\\', '\\\\')
            if not stuff:
                out.append('(?!)' if not negate else '.')
                continue
            if stuff[0] in '^[':
                stuff = '\\' + stuff
            out.append('[' + ('^' if negate else '') + stuff + ']')
        else:
            out.append(re.escape(c))
    rx = re.compile('(?s:' + ''.join(out) + r')\Z').match
    if len(_pattern_cache) < 256:
        _pattern_cache[pat] = rx
    return rx


def _is_wildcard_pattern(pat):
    return '*' in pat or '?' in pat or '[' in pat


# ---- selectors for glob() ----------------------------------------------------

def _select(parts, path, yielded):
    """Yields the paths under `path` that match the pattern components `parts`."""
    if not parts:
        if path not in yielded:
            yielded.add(path)
            yield path
        return
    pat, rest = parts[0], parts[1:]
    if pat == '**':
        for d in _walk_dirs(path):
            yield from _select(rest, d, yielded)
    elif pat == '' or not _is_wildcard_pattern(pat):
        child = path._make_child_relpath(pat) if pat else path
        try:
            ok = child.is_dir() if rest else child.exists()
        except PermissionError:
            return
        if ok:
            yield from _select(rest, child, yielded)
    else:
        match = _compile_pattern(pat)
        try:
            with os.scandir(str(path)) as it:
                entries = list(it)
        except PermissionError:
            return
        for entry in entries:
            if rest:
                try:
                    if not entry.is_dir():
                        continue
                except OSError as e:
                    if not _ignore_error(e):
                        raise
                    continue
            if match(entry.name):
                yield from _select(rest, path._make_child_relpath(entry.name), yielded)


def _walk_dirs(path):
    """path and every directory below it (symbolic links not followed)."""
    yield path
    try:
        with os.scandir(str(path)) as it:
            entries = list(it)
    except PermissionError:
        return
    for entry in entries:
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
        except OSError as e:
            if not _ignore_error(e):
                raise
            continue
        if is_dir:
            yield from _walk_dirs(path._make_child_relpath(entry.name))


def _check_glob_pattern(pattern):
    if not pattern:
        raise ValueError("Unacceptable pattern: {!r}".format(pattern))
    root, parts = _split_root(pattern)
    if root:
        raise NotImplementedError("Non-relative patterns are unsupported")
    parts = [x for x in parts.split('/') if x and x != '.']
    if pattern[-1] == '/':
        parts.append('')
    for p in parts:
        if '**' in p and p != '**':
            raise ValueError("Invalid pattern: '**' can only be an entire path component")
    return parts


# ---- pure paths --------------------------------------------------------------

class _PathParents:
    """The logical ancestors of a path, as an immutable sequence."""

    __slots__ = ('_pathcls', '_root', '_parts')

    def __init__(self, path):
        self._pathcls = type(path)
        self._root = path._root
        self._parts = path._parts

    def __len__(self):
        return len(self._parts)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple(self[i] for i in range(*idx.indices(len(self))))
        if idx >= len(self) or idx < -len(self):
            raise IndexError(idx)
        if idx < 0:
            idx += len(self)
        return self._pathcls._from_parsed(self._root, self._parts[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __repr__(self):
        return "<{}.parents>".format(self._pathcls.__name__)


class PurePath:
    """A path without I/O; PurePath() makes a PurePosixPath here."""

    __slots__ = ('_root', '_parts', '_str', '_hash')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_parts(args)

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        self._root, parts = _parse(args)
        self._parts = tuple(parts)
        return self

    @classmethod
    def _from_parsed(cls, root, parts):
        self = object.__new__(cls)
        self._root = root
        self._parts = tuple(parts)
        return self

    def _make_child_relpath(self, name):
        return self._from_parsed(self._root, self._parts + (name,))

    def __str__(self):
        try:
            return self._str
        except AttributeError:
            s = self._root + '/'.join(self._parts)
            self._str = s or '.'
            return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path with forward slashes."""
        return str(self)

    def __bytes__(self):
        return os.fsencode(self)

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        """The path as a 'file' URI."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        safe = set(b'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-~/')
        out = []
        for b in os.fsencode(str(self)):
            out.append(chr(b) if b in safe else '%%%02X' % b)
        return 'file://' + ''.join(out)

    # Comparison and hashing go by parts (case-sensitive on POSIX).
    def _key(self):
        return self.parts

    def __hash__(self):
        try:
            return self._hash
        except AttributeError:
            self._hash = hash(self.parts)
            return self._hash

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts == other.parts

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts < other.parts

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts <= other.parts

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts > other.parts

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self.parts >= other.parts

    @property
    def drive(self):
        """The drive prefix (always empty on POSIX)."""
        return ''

    @property
    def root(self):
        """The root, '/' or '//' for absolute paths, else ''."""
        return self._root

    @property
    def anchor(self):
        """The concatenation of the drive and root, or ''."""
        return self._root

    @property
    def parts(self):
        """The path's components as a tuple (the root first, if any)."""
        return ((self._root,) + self._parts) if self._root else self._parts

    @property
    def name(self):
        """The final path component, if any."""
        return self._parts[-1] if self._parts else ''

    @property
    def suffix(self):
        """The final component's last suffix, if any ('.gz' of 'a.tar.gz')."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        """All the final component's suffixes (['.tar', '.gz'] of 'a.tar.gz')."""
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        """The final path component, minus its last suffix."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        """A new path with the file name changed."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or name[-1] == '/' or '/' in name or name == '.':
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parsed(self._root, self._parts[:-1] + (name,))

    def with_stem(self, stem):
        """A new path with the stem changed."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """A new path with the suffix changed (or added, or removed with '')."""
        if '/' in suffix:
            raise ValueError("Invalid suffix %r" % (suffix,))
        if suffix and not suffix.startswith('.') or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = name + suffix if not old else name[:-len(old)] + suffix
        return self._from_parsed(self._root, self._parts[:-1] + (name,))

    def relative_to(self, *other):
        """The relative path from `other` to this path (ValueError if it is not below)."""
        if not other:
            raise TypeError("need at least one argument")
        to_root, to_parts = _parse(other)
        mine = self.parts
        theirs = ((to_root,) + tuple(to_parts)) if to_root else tuple(to_parts)
        n = len(theirs)
        if (self._root if n == 0 else mine[:n] != theirs):
            formatted = to_root + '/'.join(to_parts)
            raise ValueError("{!r} is not in the subpath of {!r}"
                             " OR one path is relative and the other is absolute."
                             .format(str(self), formatted))
        return self._from_parsed('', mine[n:])

    def is_relative_to(self, *other):
        """True if the path is below `other`."""
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        """This path joined with each argument in turn."""
        root, parts = _parse((self,) + args)
        return self._from_parsed(root, parts)

    def __truediv__(self, key):
        try:
            return self.joinpath(key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            root, parts = _parse((key, self))
        except TypeError:
            return NotImplemented
        return self._from_parsed(root, parts)

    @property
    def parent(self):
        """The logical parent of the path."""
        if not self._parts:
            return self
        return self._from_parsed(self._root, self._parts[:-1])

    @property
    def parents(self):
        """A sequence of the path's logical parents."""
        return _PathParents(self)

    def is_absolute(self):
        """True if the path has a root."""
        return bool(self._root)

    def is_reserved(self):
        """False: POSIX reserves no names."""
        return False

    def match(self, path_pattern):
        """True if this path matches the glob-style pattern (from the right,
        unless the pattern is absolute)."""
        pat_root, rest = _split_root(path_pattern)
        pat_parts = [x for x in rest.split('/') if x and x != '.']
        if pat_root:
            pat_parts.insert(0, pat_root)
        if not pat_parts:
            raise ValueError("empty pattern")
        parts = self.parts
        if pat_root:
            if pat_root != self._root:
                return False
            if len(pat_parts) != len(parts):
                return False
            pat_parts = pat_parts[1:]
        elif len(pat_parts) > len(parts):
            return False
        for part, pat in zip(reversed(parts), reversed(pat_parts)):
            if not _compile_pattern(pat)(part):
                return False
        return True


os.PathLike.register(PurePath)


class PurePosixPath(PurePath):
    """A PurePath with POSIX semantics."""
    __slots__ = ()


class PureWindowsPath(PurePath):
    """Windows paths are not supported by gilpy (POSIX only)."""
    __slots__ = ()

    def __new__(cls, *args):
        raise NotImplementedError("gilpy supports POSIX paths only")


# ---- concrete paths ----------------------------------------------------------

class Path(PurePath):
    """A path with file-system operations; Path() makes a PosixPath here."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_parts(args)

    def __enter__(self):
        import warnings
        warnings.warn("pathlib.Path.__enter__() is deprecated and scheduled for removal in "
                      "Python 3.13; Path objects as a context manager is a no-op",
                      DeprecationWarning, stacklevel=2)
        return self

    def __exit__(self, t, v, tb):
        pass

    @classmethod
    def cwd(cls):
        """The current working directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory."""
        return cls("~").expanduser()

    def samefile(self, other_path):
        """True if both paths name the same file (os.path.samefile)."""
        st = self.stat()
        try:
            other_st = other_path.stat()
        except AttributeError:
            other_st = self.__class__(other_path).stat()
        return os.path.samestat(st, other_st)

    def iterdir(self):
        """The entries of this directory, as paths."""
        for name in os.listdir(str(self)):
            yield self._make_child_relpath(name)

    def glob(self, pattern):
        """The paths below this one matching the relative glob pattern."""
        parts = _check_glob_pattern(pattern)
        yield from _select(parts, self, set())

    def rglob(self, pattern):
        """glob() with '**/' in front of the pattern."""
        parts = _check_glob_pattern(pattern)
        yield from _select(['**'] + parts, self, set())

    def absolute(self):
        """The path made absolute from the current directory (not normalised)."""
        if self.is_absolute():
            return self
        return self._from_parts([os.getcwd()] + list(self._parts))

    def resolve(self, strict=False):
        """The absolute path with symbolic links and '..' resolved."""
        s = os.path.realpath(str(self), strict=strict)
        p = self._from_parts((s,))
        if not strict:
            try:
                p.stat()
            except OSError as e:
                if e.errno == ELOOP:
                    raise RuntimeError("Symlink loop from %r" % e.filename)
        return p

    def stat(self, *, follow_symlinks=True):
        """os.stat() of this path."""
        return os.stat(str(self)) if follow_symlinks else os.lstat(str(self))

    def owner(self):
        raise NotImplementedError("Path.owner() is unsupported on this system")

    def group(self):
        raise NotImplementedError("Path.group() is unsupported on this system")

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """Open the file, as the built-in open() does."""
        if "b" not in mode:
            encoding = io.text_encoding(encoding)
        return io.open(str(self), mode, buffering, encoding, errors, newline)

    def read_bytes(self):
        """The file's contents as bytes."""
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        """The file's contents as str."""
        encoding = io.text_encoding(encoding)
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        """Write bytes to the file (replacing it); return the count."""
        if not isinstance(data, (bytes, bytearray)):
            raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                            % type(data).__name__)
        with self.open(mode='wb') as f:
            return f.write(data)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Write str to the file (replacing it); return the count."""
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        encoding = io.text_encoding(encoding)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        """The path a symbolic link points to."""
        return self._from_parts((os.readlink(str(self)),))

    def touch(self, mode=0o666, exist_ok=True):
        """Create the file, or update its modification time if it exists."""
        if exist_ok:
            try:
                os.utime(str(self), None)
            except OSError:
                pass
            else:
                return
        flags = os.O_CREAT | os.O_WRONLY
        if not exist_ok:
            flags |= os.O_EXCL
        fd = os.open(str(self), flags, mode)
        os.close(fd)

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Create a directory (and its missing parents with parents=True)."""
        try:
            os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        """Change the permissions of the path."""
        os.chmod(str(self), mode)

    def lchmod(self, mode):
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Remove this file or link."""
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """Remove this (empty) directory."""
        os.rmdir(str(self))

    def lstat(self):
        """os.lstat() of this path."""
        return self.stat(follow_symlinks=False)

    def rename(self, target):
        """Rename to target; return the new path."""
        os.rename(str(self), _fs(target))
        return self.__class__(target)

    def replace(self, target):
        """Rename to target, replacing it; return the new path."""
        os.replace(str(self), _fs(target))
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        """Make this path a symbolic link to target."""
        os.symlink(_fs(target), str(self))

    def hardlink_to(self, target):
        """Make this path a hard link to target."""
        os.link(_fs(target), str(self))

    def link_to(self, target):
        import warnings
        warnings.warn("pathlib.Path.link_to() is deprecated and is scheduled for removal in "
                      "Python 3.12. Use pathlib.Path.hardlink_to() instead.",
                      DeprecationWarning, stacklevel=2)
        os.link(str(self), _fs(target))

    def _mode_or_none(self, follow=True):
        try:
            return self.stat(follow_symlinks=follow).st_mode
        except OSError as e:
            if not _ignore_error(e):
                raise
            return None
        except ValueError:
            return None

    def exists(self):
        """True if the path points at something."""
        return self._mode_or_none() is not None

    def _is(self, test, follow=True):
        mode = self._mode_or_none(follow)
        return mode is not None and test(mode)

    def is_dir(self):
        return self._is(S_ISDIR)

    def is_file(self):
        return self._is(S_ISREG)

    def is_symlink(self):
        return self._is(S_ISLNK, False)

    def is_socket(self):
        return self._is(S_ISSOCK)

    def is_fifo(self):
        return self._is(S_ISFIFO)

    def is_block_device(self):
        return self._is(S_ISBLK)

    def is_char_device(self):
        return self._is(S_ISCHR)

    def is_mount(self):
        """True if the path is a mount point."""
        return os.path.ismount(str(self))

    def expanduser(self):
        """The path with a leading ~ or ~user expanded."""
        if not self._root and self._parts and self._parts[0][:1] == '~':
            homedir = os.path.expanduser(self._parts[0])
            if homedir[:1] == "~":
                raise RuntimeError("Could not determine home directory.")
            return self._from_parts([homedir] + list(self._parts[1:]))
        return self


class PosixPath(Path, PurePosixPath):
    """A Path for POSIX systems."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """Not available on POSIX systems."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        raise NotImplementedError("cannot instantiate %r on your system" % (cls.__name__,))
