"""Path names matching shell patterns: glob(), iglob(), escape().

A pattern is split at its separators; each part with a wildcard (* ? [])
is matched with fnmatch against a directory listing, and a part that is
exactly ** (with recursive=True) stands for any number of directories.
Names starting with a dot match only a pattern part that starts with a
dot, unless include_hidden is true.  Results come in directory order."""

import fnmatch
import itertools
import os
import re

__all__ = ["glob", "iglob", "escape"]


def glob(pathname, *, root_dir=None, recursive=False, include_hidden=False):
    """The list of path names matching pathname (relative to root_dir when
    given).  CPython's dir_fd argument is not offered: gilpy's os has no
    scandir(fd) yet."""
    return list(iglob(pathname, root_dir=root_dir, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, recursive=False, include_hidden=False):
    """An iterator of the path names matching pathname."""
    root_dir = os.fspath(root_dir) if root_dir is not None else pathname[:0]
    it = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or (recursive and _isrecursive(pathname[:2])):
        # a leading ** also yields the empty name for the start directory
        try:
            first = next(it)
        except StopIteration:
            return iter(())
        if first:
            it = itertools.chain((first,), it)
    return it


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if os.path.lexists(_join(root_dir, pathname)):
                yield pathname
        elif os.path.isdir(_join(root_dir, dirname)):
            yield pathname          # a pattern ending with a separator
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            yield from _glob_recursive(root_dir, basename, dironly, include_hidden)
        else:
            yield from _glob_magic(root_dir, basename, dironly, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if not has_magic(basename):
        in_dir = _glob_plain
    elif recursive and _isrecursive(basename):
        in_dir = _glob_recursive
    else:
        in_dir = _glob_magic
    for d in dirs:
        for name in in_dir(_join(root_dir, d), basename, dironly, include_hidden):
            yield os.path.join(d, name)


def _glob_magic(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    if not (include_hidden or _ishidden(pattern)):
        names = [n for n in names if not _ishidden(n)]
    return fnmatch.filter(names, pattern)


def _glob_plain(dirname, basename, dironly, include_hidden):
    if basename:
        if os.path.lexists(_join(dirname, basename)):
            return [basename]
    elif os.path.isdir(dirname):
        return [basename]
    return []


def _glob_recursive(dirname, pattern, dironly, include_hidden):
    yield pattern[:0]
    yield from _walk(dirname, dironly, include_hidden)


def _walk(dirname, dironly, include_hidden):
    for name in _listdir(dirname, dironly):
        if include_hidden or not _ishidden(name):
            yield name
            path = _join(dirname, name) if dirname else name
            for sub in _walk(path, dironly, include_hidden):
                yield _join(name, sub)


def _listdir(dirname, dironly):
    if not dirname:
        dirname = os.curdir if isinstance(dirname, str) else os.curdir.encode("ascii")
    names = []
    try:
        with os.scandir(dirname) as entries:
            for entry in entries:
                try:
                    if not dironly or entry.is_dir():
                        names.append(entry.name)
                except OSError:
                    pass
    except OSError:
        pass
    return names


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


magic_check = re.compile("([*?[])")
magic_check_bytes = re.compile(b"([*?[])")


def has_magic(s):
    if isinstance(s, bytes):
        return magic_check_bytes.search(s) is not None
    return magic_check.search(s) is not None


def _ishidden(path):
    return path[0] in (".", b"."[0])


def _isrecursive(pattern):
    if isinstance(pattern, bytes):
        return pattern == b"**"
    return pattern == "**"


def escape(pathname):
    """pathname with its wildcards made literal ([*], [?], [[])."""
    drive, pathname = os.path.splitdrive(pathname)
    if isinstance(pathname, bytes):
        pathname = magic_check_bytes.sub(rb"[\1]", pathname)
    else:
        pathname = magic_check.sub(r"[\1]", pathname)
    return drive + pathname
