"""json.encoder: JSONEncoder, turning Python objects into JSON text as CPython 3.11."""

_SHORT_ESCAPES = {
    '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t',
    '\b': '\\b', '\f': '\\f',
}
for _i in range(0x20):
    _SHORT_ESCAPES.setdefault(chr(_i), '\\u%04x' % _i)
del _i

INFINITY = float('inf')


def _escape_char_ascii(c):
    """The ASCII escape of one character (\\uXXXX, a surrogate pair above U+FFFF)."""
    esc = _SHORT_ESCAPES.get(c)
    if esc is not None:
        return esc
    n = ord(c)
    if n < 0x10000:
        return '\\u%04x' % n
    n -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff))


def py_encode_basestring(s):
    """A JSON string for s; non-ASCII characters are kept as they are."""
    if s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    get = _SHORT_ESCAPES.get
    return '"' + ''.join([get(c, c) for c in s]) + '"'


def py_encode_basestring_ascii(s):
    """A JSON string for s made only of ASCII characters."""
    if s.isascii() and s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    out = []
    for c in s:
        if ' ' <= c < '\x7f' and c != '"' and c != '\\':
            out.append(c)
        else:
            out.append(_escape_char_ascii(c))
    return '"' + ''.join(out) + '"'


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder(object):
    """Extensible JSON encoder for Python data structures."""
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            if self.ensure_ascii:
                return encode_basestring_ascii(o)
            return encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        out = []
        _Writer(self, _one_shot, out.append).value(o, 0)
        return out


class _Writer:
    """One encoding pass: appends the pieces of the JSON text to `emit`."""

    def __init__(self, enc, one_shot, emit):
        self.markers = {} if enc.check_circular else None
        self.emit = emit
        self.default = enc.default
        self.escape = (encode_basestring_ascii if enc.ensure_ascii
                       else encode_basestring)
        self.allow_nan = enc.allow_nan
        # CPython's C encoder (one-shot, no indent) omits the value in the message.
        self.nan_detail = not (one_shot and enc.indent is None)
        indent = enc.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.item_sep = enc.item_separator
        self.key_sep = enc.key_separator
        self.sort_keys = enc.sort_keys
        self.skipkeys = enc.skipkeys

    def floatstr(self, o):
        if o != o:
            text = 'NaN'
        elif o == INFINITY:
            text = 'Infinity'
        elif o == -INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            msg = "Out of range float values are not JSON compliant"
            if self.nan_detail:
                msg += ": " + repr(o)
            raise ValueError(msg)
        return text

    def scalar(self, o):
        """The JSON text of a scalar o, or None if o is not one."""
        if isinstance(o, str):
            return self.escape(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.floatstr(o)
        return None

    def enter(self, o):
        markers = self.markers
        if markers is not None:
            key = id(o)
            if key in markers:
                raise ValueError("Circular reference detected")
            markers[key] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def value(self, o, level):
        text = self.scalar(o)
        if text is not None:
            self.emit(text)
        elif isinstance(o, (list, tuple)):
            self.array(o, level)
        elif isinstance(o, dict):
            self.object(o, level)
        else:
            self.enter(o)
            self.value(self.default(o), level)
            self.leave(o)

    def open(self, bracket, level):
        """Emits the opening bracket; returns the separator between items."""
        if self.indent is None:
            self.emit(bracket)
            return self.item_sep
        newline = '\n' + self.indent * (level + 1)
        self.emit(bracket + newline)
        return self.item_sep + newline

    def close(self, bracket, level):
        if self.indent is not None:
            self.emit('\n' + self.indent * level)
        self.emit(bracket)

    def array(self, lst, level):
        if not lst:
            self.emit('[]')
            return
        self.enter(lst)
        sep = self.open('[', level)
        first = True
        for item in lst:
            if first:
                first = False
            else:
                self.emit(sep)
            self.value(item, level + 1)
        self.close(']', level)
        self.leave(lst)

    def key(self, key):
        """The JSON text of a dict key, or None to skip it."""
        if isinstance(key, str):
            return self.escape(key)
        if isinstance(key, float):
            return '"' + self.floatstr(key) + '"'
        if key is True:
            return '"true"'
        if key is False:
            return '"false"'
        if key is None:
            return '"null"'
        if isinstance(key, int):
            return '"' + int.__repr__(key) + '"'
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def object(self, dct, level):
        if not dct:
            self.emit('{}')
            return
        self.enter(dct)
        sep = self.open('{', level)
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        first = True
        for key, val in items:
            text = self.key(key)
            if text is None:
                continue
            if first:
                first = False
            else:
                self.emit(sep)
            self.emit(text)
            self.emit(self.key_sep)
            self.value(val, level + 1)
        self.close('}', level)
        self.leave(dct)
