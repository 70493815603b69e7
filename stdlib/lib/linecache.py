"""Source lines of Python files, read once and kept in a cache.

Tracebacks and warnings ask for single lines of source; this module reads
whole files (decoded with the encoding their first lines declare, PEP 263)
and keeps their lines until the file changes on disk.
"""

import sys
import os

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

# filename -> (size, mtime, lines, fullname), or (get_lines,) for a module
# whose source comes from its loader when first asked for (lazycache).
cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (counting from 1) of `filename` with its newline, or ''."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """Every line of `filename` (a list of str ending in newlines), read
    from the cache when it is there."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def checkcache(filename=None):
    """Drop the cached lines of files that changed or vanished on disk
    (of every file, or only of `filename`)."""
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue                # not read yet (lazy) or already dropped
        size, mtime, _lines, fullname = entry
        if mtime is None:
            continue                # lines from a loader: nothing to compare
        try:
            st = os.stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if st.st_size != size or st.st_mtime != mtime:
            cache.pop(name, None)


def _is_pseudo(filename):
    return not filename or (filename.startswith('<') and filename.endswith('>'))


def updatecache(filename, module_globals=None):
    """Read `filename` again (searching sys.path for a relative name, or
    asking the module's loader) and cache its lines; [] when it cannot."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        del cache[filename]
    if _is_pseudo(filename):
        return []
    fullname = filename
    try:
        st = os.stat(fullname)
    except (OSError, ValueError, TypeError):
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if data is None:
                    return []
                lines = [line + '\n' for line in data.splitlines()]
                cache[filename] = (len(data), None, lines, fullname)
                return lines
        if os.path.isabs(filename):
            return []
        for dirname in sys.path:
            try:
                fullname = os.path.join(dirname, filename)
            except (TypeError, AttributeError):
                continue        # not a str entry
            try:
                st = os.stat(fullname)
                break
            except (OSError, ValueError):
                pass
        else:
            return []
    try:
        lines = _read_source_lines(fullname)
    except (OSError, UnicodeDecodeError, SyntaxError, LookupError):
        return []
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (st.st_size, st.st_mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Remember how to get the source of a module that is not a file on
    disk (its loader's get_source), without reading it yet.  True when
    lines for `filename` can be had that way."""
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if _is_pseudo(filename):
        return False
    if not module_globals or '__name__' not in module_globals:
        return False
    name = module_globals['__name__']
    loader = module_globals.get('__loader__')
    if loader is None:
        spec = module_globals.get('__spec__')
        if spec:
            loader = getattr(spec, 'loader', None)
    get_source = getattr(loader, 'get_source', None)
    if not name or not get_source:
        return False
    cache[filename] = (lambda: get_source(name),)
    return True


# ---- PEP 263 -------------------------------------------------------------

_NAME_BYTES = frozenset(b'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.')


def _cookie(line):
    """The encoding a `# -*- coding: NAME -*-` comment line names, or None."""
    text = line.lstrip(b' \t\f')
    if not text.startswith(b'#'):
        return None
    at = text.find(b'coding')
    while at >= 0:
        if text[at + 6:at + 7] in (b':', b'='):
            rest = text[at + 7:].lstrip(b' \t')
            end = 0
            while end < len(rest) and rest[end] in _NAME_BYTES:
                end += 1
            if end:
                return rest[:end].decode('ascii')
        at = text.find(b'coding', at + 1)
    return None


def _is_blank(line):
    return not line.strip(b' \t\f\r\n') or line.lstrip(b' \t\f').startswith(b'#')


def _normal_name(name):
    """Spellings of utf-8 and latin-1 reduced as the tokenizer does."""
    n = name[:12].lower().replace('_', '-')
    if n == 'utf-8' or n.startswith('utf-8-'):
        return 'utf-8'
    if n in ('latin-1', 'iso-8859-1', 'iso-latin-1') or \
            n.startswith(('latin-1-', 'iso-8859-1-', 'iso-latin-1-')):
        return 'iso-8859-1'
    return name


def _detect_encoding(data):
    """The encoding of source bytes `data` (after any UTF-8 BOM): a coding
    cookie on one of the first two lines, or utf-8."""
    bom = data.startswith(b'\xef\xbb\xbf')
    if bom:
        data = data[3:]
    first, _, rest = data.partition(b'\n')
    enc = _cookie(first)
    if enc is None and _is_blank(first):
        enc = _cookie(rest.partition(b'\n')[0])
    if enc is None:
        return 'utf-8'
    enc = _normal_name(enc)
    if bom and enc != 'utf-8':
        raise SyntaxError('encoding problem: utf-8')
    return enc


def _read_source_lines(fullname):
    with open(fullname, 'rb') as f:
        data = f.read()
    encoding = _detect_encoding(data)
    if data.startswith(b'\xef\xbb\xbf'):
        data = data[3:]
    text = data.decode(encoding)
    # universal newlines, as a text-mode file reads them
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    parts = text.split('\n')
    lines = [part + '\n' for part in parts[:-1]]
    if parts[-1]:
        lines.append(parts[-1])
    return lines
