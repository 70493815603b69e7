"""http.cookies for gilpy: SimpleCookie/BaseCookie (a dict of Morsels)
parsing Cookie headers and producing Set-Cookie headers, with CPython
3.11's quoting, attribute rules, output and errors."""

import re
import string
import time

__all__ = ["CookieError", "BaseCookie", "SimpleCookie"]


class CookieError(Exception):
    pass


# characters allowed unquoted in a cookie key or value
_LegalChars = string.ascii_letters + string.digits + "!#$%&'*+-.^_`|~:"
_UnescapedChars = _LegalChars + ' ()/<=>?@[]{}'

# every other byte is written as a backslash and three octal digits
_Translator = {n: '\\%03o' % n for n in set(range(256)) - set(map(ord, _UnescapedChars))}
_Translator[ord('"')] = '\\"'
_Translator[ord('\\')] = '\\\\'

_is_legal_key = re.compile('[%s]+' % re.escape(_LegalChars)).fullmatch


def _quote(s):
    """s as is when every character is legal, else double-quoted with
    backslash escapes."""
    if s is None or _is_legal_key(s):
        return s
    return '"' + s.translate(_Translator) + '"'


_ESCAPE = re.compile(r'\\(?:([0-3][0-7][0-7])|(.))', re.DOTALL)


def _unquote(s):
    """Undoes _quote() for a double-quoted string; other strings as is."""
    if s is None or len(s) < 2 or s[0] != '"' or s[-1] != '"':
        return s
    return _ESCAPE.sub(lambda m: chr(int(m.group(1), 8)) if m.group(1) else m.group(2),
                       s[1:-1])


_weekdayname = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_monthname = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
              'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


def _getdate(future=0, weekdayname=_weekdayname, monthname=_monthname):
    year, month, day, hh, mm, ss, wd, y, z = time.gmtime(time.time() + future)
    return "%s, %02d %3s %4d %02d:%02d:%02d GMT" % (weekdayname[wd], day, monthname[month],
                                                    year, hh, mm, ss)


class Morsel(dict):
    """One cookie: key, value, coded_value, and its attributes (expires,
    path, domain, max-age, secure, httponly...) as a dict."""

    _reserved = {
        "expires": "expires",
        "path": "Path",
        "comment": "Comment",
        "domain": "Domain",
        "max-age": "Max-Age",
        "secure": "Secure",
        "httponly": "HttpOnly",
        "version": "Version",
        "samesite": "SameSite",
    }
    _flags = {'secure', 'httponly'}

    def __init__(self):
        self._key = self._value = self._coded_value = None
        for key in self._reserved:
            dict.__setitem__(self, key, "")

    @property
    def key(self):
        return self._key

    @property
    def value(self):
        return self._value

    @property
    def coded_value(self):
        return self._coded_value

    def __setitem__(self, K, V):
        K = K.lower()
        if K not in self._reserved:
            raise CookieError("Invalid attribute %r" % (K,))
        dict.__setitem__(self, K, V)

    def setdefault(self, key, val=None):
        key = key.lower()
        if key not in self._reserved:
            raise CookieError("Invalid attribute %r" % (key,))
        return dict.setdefault(self, key, val)

    def __eq__(self, morsel):
        if not isinstance(morsel, Morsel):
            return NotImplemented
        return (dict.__eq__(self, morsel) and self._value == morsel._value and
                self._key == morsel._key and self._coded_value == morsel._coded_value)

    __ne__ = object.__ne__
    __hash__ = None

    def copy(self):
        morsel = Morsel()
        dict.update(morsel, self)
        morsel.__dict__.update(self.__dict__)
        return morsel

    def update(self, values):
        data = {}
        for key, val in dict(values).items():
            key = key.lower()
            if key not in self._reserved:
                raise CookieError("Invalid attribute %r" % (key,))
            data[key] = val
        dict.update(self, data)

    def isReservedKey(self, K):
        return K.lower() in self._reserved

    def set(self, key, val, coded_val):
        if key.lower() in self._reserved:
            raise CookieError('Attempt to set a reserved key %r' % (key,))
        if not _is_legal_key(key):
            raise CookieError('Illegal key %r' % (key,))
        self._key = key
        self._value = val
        self._coded_value = coded_val

    def __getstate__(self):
        return {'key': self._key, 'value': self._value, 'coded_value': self._coded_value}

    def __setstate__(self, state):
        self._key = state['key']
        self._value = state['value']
        self._coded_value = state['coded_value']

    def output(self, attrs=None, header="Set-Cookie:"):
        return "%s %s" % (header, self.OutputString(attrs))

    __str__ = output

    def __repr__(self):
        return '<%s: %s>' % (self.__class__.__name__, self.OutputString())

    def js_output(self, attrs=None):
        return """
        <script type="text/javascript">
        <!-- begin hiding
        document.cookie = \"%s\";
        // end hiding -->
        </script>
        """ % (self.OutputString(attrs).replace('"', r'\"'))

    def OutputString(self, attrs=None):
        """'key=value; Attr=...' for a Set-Cookie header."""
        out = ["%s=%s" % (self.key, self.coded_value)]
        if attrs is None:
            attrs = self._reserved
        for key, value in sorted(self.items()):
            if value == "" or key not in attrs:
                continue
            name = self._reserved[key]
            if key == "expires" and isinstance(value, int):
                out.append("%s=%s" % (name, _getdate(value)))
            elif key == "max-age" and isinstance(value, int):
                out.append("%s=%d" % (name, value))
            elif key == "comment" and isinstance(value, str):
                out.append("%s=%s" % (name, _quote(value)))
            elif key in self._flags:
                if value:
                    out.append(str(name))
            else:
                out.append("%s=%s" % (name, value))
        return "; ".join(out)


_KEY_CHARS = r"\w\d!#%&'~_`><@,:/\$\*\+\-\.\^\|\)\(\?\}\{\="
_VALUE_CHARS = _KEY_CHARS + r'\[\]'
# one "key" or "key=value" item: values may be double-quoted, or the date
# of an expires attribute (which has a comma and spaces)
_CookiePattern = re.compile(
    r'\s*(?P<key>[' + _KEY_CHARS + r']+?)'
    r'(\s*=\s*(?P<val>"(?:[^\\"]|\\.)*"'
    r'|\w{3},\s[\w\d\s-]{9,11}\s[\d:]{8}\sGMT'
    r'|[' + _VALUE_CHARS + r']*))?'
    r'\s*(\s+|;|$)', re.ASCII)


class BaseCookie(dict):
    """A dict of Morsels; value_decode/value_encode say how values are
    read from and written to headers (here: unchanged)."""

    def value_decode(self, val):
        return val, val

    def value_encode(self, val):
        strval = str(val)
        return strval, strval

    def __init__(self, input=None):
        if input:
            self.load(input)

    def __set(self, key, real_value, coded_value):
        M = self.get(key, Morsel())
        M.set(key, real_value, coded_value)
        dict.__setitem__(self, key, M)

    def __setitem__(self, key, value):
        if isinstance(value, Morsel):
            dict.__setitem__(self, key, value)
        else:
            rval, cval = self.value_encode(value)
            self.__set(key, rval, cval)

    def output(self, attrs=None, header="Set-Cookie:", sep="\015\012"):
        """The Set-Cookie header lines, sorted by key."""
        return sep.join(value.output(attrs, header) for key, value in sorted(self.items()))

    __str__ = output

    def __repr__(self):
        items = ['%s=%s' % (key, repr(value.value)) for key, value in sorted(self.items())]
        return '<%s: %s>' % (self.__class__.__name__, ' '.join(items))

    def js_output(self, attrs=None):
        return "".join(value.js_output(attrs) for key, value in sorted(self.items()))

    def load(self, rawdata):
        """Loads a Cookie header string (or a dict of key: value)."""
        if isinstance(rawdata, str):
            self.__parse_string(rawdata)
        else:
            for key, value in rawdata.items():
                self[key] = value

    def __parse_string(self, text, patt=_CookiePattern):
        # everything is parsed first: a malformed item discards the whole header
        i = 0
        n = len(text)
        items = []
        morsel_seen = False
        ATTRIBUTE, KEYVALUE = 1, 2
        while 0 <= i < n:
            match = patt.match(text, i)
            if not match:
                break
            key, value = match.group("key"), match.group("val")
            i = match.end(0)
            if key[0] == "$":
                if not morsel_seen:
                    continue
                items.append((ATTRIBUTE, key[1:], value))
            elif key.lower() in Morsel._reserved:
                if not morsel_seen:
                    return
                if value is None:
                    if key.lower() in Morsel._flags:
                        items.append((ATTRIBUTE, key, True))
                    else:
                        return
                else:
                    items.append((ATTRIBUTE, key, _unquote(value)))
            elif value is not None:
                items.append((KEYVALUE, key, self.value_decode(value)))
                morsel_seen = True
            else:
                return
        M = None
        for kind, key, value in items:
            if kind == ATTRIBUTE:
                M[key] = value
            else:
                rval, cval = value
                self.__set(key, rval, cval)
                M = self[key]


class SimpleCookie(BaseCookie):
    """Cookies whose values are strings, quoted when needed."""

    def value_decode(self, val):
        return _unquote(val), val

    def value_encode(self, val):
        strval = str(val)
        return strval, _quote(strval)
