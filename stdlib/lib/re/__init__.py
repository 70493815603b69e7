"""Regular expressions, with CPython's re interface on the PCRE2 engine.

A pattern is read by re._parser (CPython's syntax and errors) and turned
into PCRE2 syntax, which the C module _re compiles (JIT when available) and
runs; the match loops of findall, sub, subn and split run in C too."""

import enum
import operator as _operator
import sys
import types
import _re
from re import _parser
from re._constants import error, MAXREPEAT, MAXGROUPS

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


class RegexFlag(enum.IntFlag):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128

    def __repr__(self):
        value = self._value_
        if value == 0:
            return "re.NOFLAG"
        names = []
        rest = value
        for name in type(self)._member_names_:
            bit = type(self)._member_map_[name]._value_
            if bit and value & bit == bit:
                names.append("re." + name)
                rest &= ~bit
        if rest:
            names.append(hex(rest))
        return "|".join(names)

    __str__ = __repr__

    def __format__(self, spec):
        return format(repr(self), spec)


A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
U = UNICODE = RegexFlag.UNICODE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
X = VERBOSE = RegexFlag.VERBOSE
T = TEMPLATE = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG
NOFLAG = RegexFlag.NOFLAG

_MODE_SEARCH, _MODE_MATCH, _MODE_FULLMATCH = 0, 1, 2

# Flag names in the order CPython's Pattern repr lists them.
_REPR_FLAGS = [
    ("TEMPLATE", 1), ("IGNORECASE", 2), ("LOCALE", 4), ("MULTILINE", 8),
    ("DOTALL", 16), ("UNICODE", 32), ("VERBOSE", 64), ("DEBUG", 128), ("ASCII", 256),
]

# PCRE2 compile errors (by code) in CPython's words, for the few the
# translation does not catch itself.
_PCRE2_MESSAGES = {
    115: "invalid group reference",
    125: "look-behind requires fixed-width pattern",
    105: "the repetition number is too large",
}


class Pattern:
    """A compiled regular expression."""

    __slots__ = ("pattern", "flags", "groups", "groupindex", "_code", "_templates",
                 "__weakref__")

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    # ---- searching

    def match(self, string, pos=0, endpos=sys.maxsize):
        return self._code.match(string, pos, endpos, _MODE_MATCH, self)

    def search(self, string, pos=0, endpos=sys.maxsize):
        return self._code.match(string, pos, endpos, _MODE_SEARCH, self)

    def fullmatch(self, string, pos=0, endpos=sys.maxsize):
        return self._code.match(string, pos, endpos, _MODE_FULLMATCH, self)

    def findall(self, string, pos=0, endpos=sys.maxsize):
        return self._code.findall(string, pos, endpos)

    def finditer(self, string, pos=0, endpos=sys.maxsize):
        return self._code.scan(string, pos, endpos, self)

    def scanner(self, string, pos=0, endpos=sys.maxsize):
        return _Scanner(self, string, pos, endpos)

    # ---- replacing and splitting

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        if type(count) is not int:
            count = _operator.index(count)
        if callable(repl):
            return self._sub_call(repl, string, count)
        template = self._template(repl)
        return self._code.sub(template, string, count)

    def _template(self, repl):
        cache = self._templates
        try:
            t = cache.get(repl)
        except TypeError:
            t = None
        if t is not None:
            return t
        istext = isinstance(self.pattern, str)
        if isinstance(repl, str):
            if not istext:
                raise TypeError("sequence item 0: expected a bytes-like object, str found")
            plain = "\\" not in repl
        elif isinstance(repl, (bytes, bytearray)):
            if istext:
                raise TypeError("sequence item 0: expected str instance, %s found"
                                % type(repl).__name__)
            repl = bytes(repl)
            plain = b"\\" not in repl
        else:
            raise TypeError("decoding to str: need a bytes-like object, %s found"
                            % type(repl).__name__)
        t = repl if plain else _parser.parse_template(repl, self)
        if len(cache) >= 100:
            cache.clear()
        cache[repl] = t
        return t

    def _sub_call(self, repl, string, count):
        parts = []
        last = 0
        n = 0
        for m in self._code.scan(string, 0, None, self):
            if count and n >= count:
                break
            start, end = m.span()
            if start > last:
                parts.append(string[last:start])
            r = repl(m)
            if r is not None:
                parts.append(r)
            last = end
            n += 1
        if not n:
            return (string if type(string) is str or type(string) is bytes
                    else string[:]), 0
        if last < len(string):
            parts.append(string[last:])
        empty = "" if isinstance(self.pattern, str) else b""
        return empty.join(parts), n

    def split(self, string, maxsplit=0):
        if type(maxsplit) is not int:
            maxsplit = _operator.index(maxsplit)
        if maxsplit < 0:
            self._code.match(string, 0, 0, 0)
            return [string[:]] if type(string) is not str else [string]
        return self._code.split(string, maxsplit)

    def _expand(self, match, template):
        t = self._template(template)
        if not isinstance(t, tuple):
            return t
        parts = []
        for p in t:
            if type(p) is int:
                v = match.group(p)
                if v:
                    parts.append(v)
            else:
                parts.append(p)
        return ("" if isinstance(self.pattern, str) else b"").join(parts)

    # ---- the object itself

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str) and flags & 292 == 32:
            flags &= ~32
        names = []
        for name, bit in _REPR_FLAGS:
            if flags & bit:
                names.append("re." + name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        text = repr(self.pattern)[:200]
        if names:
            return "re.compile(%s, %s)" % (text, "|".join(names))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self.flags == other.flags and type(self.pattern) is type(other.pattern)
                and self.pattern == other.pattern)

    def __ne__(self, other):
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return _compile, (self.pattern, self.flags)

    __class_getitem__ = classmethod(types.GenericAlias)


Pattern.__module__ = "re"


Match = _re.Match

_new_pattern = object.__new__


class _Scanner:
    """Pattern.scanner(): match() and search() step through the string."""

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos = pos
        self._endpos = endpos
        self._must_advance = False

    def _step(self, mode):
        if self._pos is None:
            return None
        n = len(self._string)
        end = min(max(self._endpos, 0), n)
        pos = self._pos
        code = self.pattern._code
        m = code.match(self._string, pos, end, mode, self.pattern)
        if m is not None and self._must_advance and m.end() == m.start() == pos:
            # an empty match where the last one ended: look one step on
            if mode == _MODE_MATCH or pos >= end:
                m = None
            else:
                m = code.match(self._string, pos + 1, end, mode, self.pattern)
        if m is None:
            self._pos = None
            return None
        self._must_advance = m.end() == m.start()
        self._pos = m.end()
        return m

    def match(self):
        return self._step(_MODE_MATCH)

    def search(self):
        return self._step(_MODE_SEARCH)


# ---- compiling, with a cache ---------------------------------------------

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags._value_
    try:
        return _cache[type(pattern), pattern, flags]
    except KeyError:
        pass
    except TypeError:
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    p = _build(pattern, flags)
    if not (flags & 128):
        if len(_cache) >= _MAXCACHE:
            try:
                del _cache[next(iter(_cache))]
            except (StopIteration, RuntimeError, KeyError):
                pass
        _cache[type(pattern), pattern, flags] = p
    return p


def _build(pattern, flags):
    text, state = _parser.translate(pattern, flags)
    all_flags = state.flags
    if isinstance(pattern, bytes):
        text = text.encode("latin-1")
    engine_flags = all_flags
    # PCRE2 10.42 bugs: its start-of-match optimisation misses matches
    # after a leading look-ahead ('(?=a)b?a' on 'a') and, in the JIT, after
    # some alternations ('(?:ab|a)\d*b' on 'aab'); its JIT also misses some
    # caseless matches that end in a look-behind.
    if state.lookahead or state.alternation:
        engine_flags |= _re.NO_START_OPTIMIZE
    if state.lookbehind_seen and state.icase_seen:
        engine_flags |= _re.NO_JIT
    groupindex = dict(state.groupindex)
    names = {i: name for name, i in groupindex.items()}
    code = _re.compile(text, engine_flags, groupindex or None, names or None,
                       tuple([0] + state.parents[1:]) if state.groups > 1 else None)
    if type(code) is tuple:
        errcode, offset, message = code
        raise error(_PCRE2_MESSAGES.get(errcode, message))
    p = _new_pattern(Pattern)
    p.pattern = pattern
    p.flags = all_flags
    p.groups = state.groups - 1
    p.groupindex = types.MappingProxyType(groupindex)
    p._code = code
    p._templates = {}
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning
    a Match object, or None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost
    non-overlapping occurrences of the pattern in string by the
    replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number) for sub()."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern,
    returning a list containing the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the
    string.  For each match, the iterator returns a Match object."""
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    import warnings
    warnings.warn("The re.template() function is deprecated "
                  "as it is an undocumented function "
                  "without an obvious purpose. "
                  "Use re.compile() instead.",
                  DeprecationWarning)
    return _compile(pattern, flags | T)


_special_chars_map = {i: "\\" + chr(i) for i in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    pattern = str(pattern, "latin1")
    return pattern.translate(_special_chars_map).encode("latin1")
