"""json.decoder: JSONDecoder and JSONDecodeError, parsing JSON text as CPython 3.11.

The work is done by the C accelerator _json when it is there (c_scanstring,
and json.scanner's c_make_scanner); py_scanstring, JSONObject and JSONArray
are the pure-Python fallback, with CPython's pure-Python messages."""

import re

from json import scanner

try:
    from _json import scanstring as c_scanstring
except ImportError:
    c_scanstring = None

__all__ = ['JSONDecoder', 'JSONDecodeError']

FLAGS = re.VERBOSE | re.MULTILINE | re.DOTALL

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')


class JSONDecodeError(ValueError):
    """ValueError subclass with the position of the error in the document.

    msg: the unformatted message; doc: the JSON document; pos: the index
    in doc where parsing failed; lineno, colno: that position's line and
    column (1-based)."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(
            self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


_CONSTANTS = {
    '-Infinity': NegInf,
    'Infinity': PosInf,
    'NaN': NaN,
}

STRINGCHUNK = re.compile(r'(.*?)(["\\\x00-\x1f])', FLAGS)
BACKSLASH = {
    '"': '"', '\\': '\\', '/': '/',
    'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t',
}
_HEXDIGITS = frozenset('0123456789abcdefABCDEF')


def _decode_uXXXX(s, pos):
    """The value of the four hex digits after the 'u' at pos."""
    digits = s[pos + 1:pos + 5]
    if len(digits) == 4 and digits[1] not in 'xX':
        try:
            return int(digits, 16)
        except ValueError:
            pass
    raise JSONDecodeError("Invalid \\uXXXX escape", s, pos)


def py_scanstring(s, end, strict=True, _b=BACKSLASH, _m=STRINGCHUNK.match):
    """Decodes the JSON string whose body starts at index end of s (just
    after the opening quote); returns (str, index after the closing quote).

    With strict false, control characters may appear in the string."""
    pieces = []
    add = pieces.append
    begin = end - 1
    while True:
        chunk = _m(s, end)
        if chunk is None:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        end = chunk.end()
        content, terminator = chunk.groups()
        if content:
            add(content)
        if terminator == '"':
            return ''.join(pieces), end
        if terminator != '\\':
            if strict:
                raise JSONDecodeError(
                    "Invalid control character {0!r} at".format(terminator),
                    s, end)
            add(terminator)
            continue
        if end >= len(s):
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[end]
        if esc == 'u':
            code = _decode_uXXXX(s, end)
            end += 5
            if 0xd800 <= code <= 0xdbff and s[end:end + 2] == '\\u':
                low = _decode_uXXXX(s, end + 1)
                if 0xdc00 <= low <= 0xdfff:
                    code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                    end += 6
            add(chr(code))
        else:
            char = _b.get(esc)
            if char is None:
                raise JSONDecodeError(
                    "Invalid \\escape: {0!r}".format(esc), s, end)
            add(char)
            end += 1


scanstring = c_scanstring or py_scanstring

WHITESPACE = re.compile(r'[ \t\n\r]*', FLAGS)
WHITESPACE_STR = ' \t\n\r'


def _skip(s, end, _w=WHITESPACE.match):
    return _w(s, end).end()


def JSONObject(s_and_end, strict, scan_once, object_hook, object_pairs_hook,
               memo=None, _w=WHITESPACE.match, _ws=WHITESPACE_STR):
    """Parses the object whose body starts at s_and_end[1] (after the '{')."""
    s, end = s_and_end
    pairs = []
    if memo is None:
        memo = {}
    intern_key = memo.setdefault
    nextchar = s[end:end + 1]
    if nextchar != '"':
        if nextchar in _ws:
            end = _w(s, end).end()
            nextchar = s[end:end + 1]
        if nextchar == '}':
            end += 1
            if object_pairs_hook is not None:
                return object_pairs_hook(pairs), end
            obj = {}
            if object_hook is not None:
                obj = object_hook(obj)
            return obj, end
        if nextchar != '"':
            raise JSONDecodeError(
                "Expecting property name enclosed in double quotes", s, end)
    end += 1
    while True:
        key, end = scanstring(s, end, strict)
        key = intern_key(key, key)
        if s[end:end + 1] != ':':
            end = _w(s, end).end()
            if s[end:end + 1] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, end)
        end = _w(s, end + 1).end()
        try:
            value, end = scan_once(s, end)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        pairs.append((key, value))
        end = _w(s, end).end()
        nextchar = s[end:end + 1]
        end += 1
        if nextchar == '}':
            break
        if nextchar != ',':
            raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
        end = _w(s, end).end()
        nextchar = s[end:end + 1]
        end += 1
        if nextchar != '"':
            raise JSONDecodeError(
                "Expecting property name enclosed in double quotes", s, end - 1)
    if object_pairs_hook is not None:
        return object_pairs_hook(pairs), end
    obj = dict(pairs)
    if object_hook is not None:
        obj = object_hook(obj)
    return obj, end


def JSONArray(s_and_end, scan_once, _w=WHITESPACE.match, _ws=WHITESPACE_STR):
    """Parses the array whose body starts at s_and_end[1] (after the '[')."""
    s, end = s_and_end
    values = []
    end = _w(s, end).end()
    if s[end:end + 1] == ']':
        return values, end + 1
    while True:
        try:
            value, end = scan_once(s, end)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        values.append(value)
        end = _w(s, end).end()
        nextchar = s[end:end + 1]
        end += 1
        if nextchar == ']':
            return values, end
        if nextchar != ',':
            raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
        end = _w(s, end).end()


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder.

    Decodes objects to dict, arrays to list, strings to str, numbers to
    int or float, true/false/null to True/False/None, and also NaN,
    Infinity and -Infinity.  object_hook is called with every decoded
    dict (its result replaces it), object_pairs_hook with the list of
    (key, value) pairs of every object (it takes precedence); parse_float,
    parse_int and parse_constant turn the text of numbers and of the three
    constants into values; with strict false, control characters may appear
    inside strings."""

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.parse_object = JSONObject
        self.parse_array = JSONArray
        self.parse_string = scanstring
        self.memo = {}
        self.scan_once = scanner.make_scanner(self)

    def decode(self, s, _w=WHITESPACE.match):
        """The Python value of the JSON document s (a str)."""
        obj, end = self.raw_decode(s, idx=_w(s, 0).end())
        end = _w(s, end).end()
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decodes the JSON value at index idx of s (which may be followed
        by other data); returns (value, index where the value ends)."""
        try:
            obj, end = self.scan_once(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
        return obj, end
