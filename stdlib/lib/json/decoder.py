"""json.decoder: JSONDecoder and JSONDecodeError, parsing JSON text as CPython 3.11."""

__all__ = ['JSONDecoder', 'JSONDecodeError']

NaN = float('nan')
PosInf = float('inf')
NegInf = float('-inf')

_WHITESPACE = ' \t\n\r'
_DIGITS = '0123456789'
_CONSTANTS = {'-Infinity': NegInf, 'Infinity': PosInf, 'NaN': NaN}
_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f',
            'n': '\n', 'r': '\r', 't': '\t'}
_HEX = '0123456789abcdefABCDEF'


class JSONDecodeError(ValueError):
    """ValueError subclass with the position of the error in the document."""

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


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WHITESPACE:
        i += 1
    return i


def _hex4(s, pos):
    """The value of the 4 hex digits after the 'u' at pos, or raises."""
    digits = s[pos + 1:pos + 5]
    if pos + 5 >= len(s) or any(c not in _HEX for c in digits):
        raise JSONDecodeError("Invalid \\uXXXX escape", s, pos)
    return int(digits, 16)


def scanstring(s, end, strict=True):
    """Decodes the JSON string whose body starts at end (just after the quote).

    Returns (str, index after the closing quote)."""
    begin = end - 1
    pieces = []
    n = len(s)
    while True:
        quote = s.find('"', end)
        slash = s.find('\\', end, n if quote < 0 else quote)
        stop = (n if quote < 0 else quote) if slash < 0 else slash
        chunk = s[end:stop]
        if strict and not chunk.isprintable():
            for k, c in enumerate(chunk):
                if c < ' ':
                    raise JSONDecodeError("Invalid control character at",
                                          s, end + k)
        if stop == n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        pieces.append(chunk)
        if slash < 0:
            return ''.join(pieces), quote + 1
        end = slash + 1
        if end >= n:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[end]
        if esc != 'u':
            ch = _ESCAPES.get(esc)
            if ch is None:
                raise JSONDecodeError("Invalid \\escape", s, slash)
            pieces.append(ch)
            end += 1
            continue
        code = _hex4(s, end)
        end += 5
        if 0xd800 <= code <= 0xdbff and s[end:end + 2] == '\\u':
            low = _hex4(s, end + 1)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                end += 6
        pieces.append(chr(code))


class _Scanner:
    """One parse of a document with a decoder's hooks."""

    def __init__(self, dec):
        self.object_hook = dec.object_hook
        self.object_pairs_hook = dec.object_pairs_hook
        self.parse_float = dec.parse_float
        self.parse_int = dec.parse_int
        self.parse_constant = dec.parse_constant
        self.strict = dec.strict

    def value(self, s, i):
        """Parses the value at i; returns (value, end) or raises StopIteration(i)."""
        try:
            c = s[i]
        except IndexError:
            raise StopIteration(i) from None
        if c == '"':
            return scanstring(s, i + 1, self.strict)
        if c == '{':
            return self.object(s, i + 1)
        if c == '[':
            return self.array(s, i + 1)
        if c == 'n' and s[i:i + 4] == 'null':
            return None, i + 4
        if c == 't' and s[i:i + 4] == 'true':
            return True, i + 4
        if c == 'f' and s[i:i + 5] == 'false':
            return False, i + 5
        if c in _DIGITS or c == '-':
            res = self.number(s, i)
            if res is not None:
                return res
        for name in ('NaN', 'Infinity', '-Infinity'):
            if s.startswith(name, i):
                return self.parse_constant(name), i + len(name)
        raise StopIteration(i)

    def number(self, s, start):
        n = len(s)
        i = start
        if s[i] == '-':
            i += 1
            if i >= n:
                return None
        if s[i] == '0':
            i += 1
        elif '1' <= s[i] <= '9':
            i += 1
            while i < n and s[i] in _DIGITS:
                i += 1
        else:
            return None
        is_float = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
            is_float = True
        if i < n and (s[i] == 'e' or s[i] == 'E'):
            j = i + 1
            if j < n and (s[j] == '-' or s[j] == '+'):
                j += 1
            if j < n and s[j] in _DIGITS:
                j += 1
                while j < n and s[j] in _DIGITS:
                    j += 1
                i = j
                is_float = True
        text = s[start:i]
        if is_float:
            return self.parse_float(text), i
        return self.parse_int(text), i

    def array(self, s, i):
        values = []
        i = _skip_ws(s, i)
        if s[i:i + 1] == ']':
            return values, i + 1
        value = self.value
        while True:
            try:
                item, i = value(s, i)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            values.append(item)
            i = _skip_ws(s, i)
            c = s[i:i + 1]
            if c == ']':
                return values, i + 1
            if c != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip_ws(s, i + 1)

    def object(self, s, i):
        pairs = []
        i = _skip_ws(s, i)
        c = s[i:i + 1]
        if c == '}':
            return self.finish_object(pairs), i + 1
        while True:
            if c != '"':
                raise JSONDecodeError(
                    "Expecting property name enclosed in double quotes", s, i)
            key, i = scanstring(s, i + 1, self.strict)
            i = _skip_ws(s, i)
            if s[i:i + 1] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = _skip_ws(s, i + 1)
            try:
                val, i = self.value(s, i)
            except StopIteration as err:
                raise JSONDecodeError("Expecting value", s, err.value) from None
            pairs.append((key, val))
            i = _skip_ws(s, i)
            c = s[i:i + 1]
            if c == '}':
                return self.finish_object(pairs), i + 1
            if c != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip_ws(s, i + 1)
            c = s[i:i + 1]

    def finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        obj = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(obj)
        return obj


class JSONDecoder(object):
    """Simple JSON decoder (RFC 7159), with NaN, Infinity and -Infinity."""

    def __init__(self, *, object_hook=None, parse_float=None,
                 parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, _skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        try:
            return _Scanner(self).value(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None
