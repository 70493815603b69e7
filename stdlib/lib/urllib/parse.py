"""urllib.parse for gilpy: splitting URLs into parts and joining them again,
resolving relative references, percent-quoting and query strings, with the
behaviour, results and messages of CPython 3.11."""

import re
from collections import namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag",
           "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult",
           "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap',
                 'wais', 'file', 'https', 'shttp', 'mms',
                 'prospero', 'rtsp', 'rtspu', 'sftp',
                 'svn', 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet',
               'imap', 'wais', 'file', 'mms', 'https', 'shttp',
               'snews', 'prospero', 'rtsp', 'rtspu', 'rsync',
               'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh',
               'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap',
               'https', 'shttp', 'rtsp', 'rtspu', 'sip', 'sips',
               'mms', 'sftp', 'tel']
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news',
                    'telnet', 'wais', 'imap', 'snews', 'sip', 'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms',
              'gopher', 'rtsp', 'rtspu', 'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news',
                 'nntp', 'wais', 'https', 'shttp', 'snews',
                 'file', 'prospero']

scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

# leading C0 controls and spaces are stripped, tabs and newlines removed
_C0_OR_SPACE = ''.join(chr(i) for i in range(0x21))
_REMOVED_CHARS = ('\t', '\r', '\n')

MAX_CACHE_SIZE = 20


def clear_cache():
    """Kept for compatibility: gilpy keeps no parse cache."""


# ---- str/bytes handling -------------------------------------------------------

def _same(obj):
    return obj


def _to_bytes(obj, encoding='ascii', errors='strict'):
    return obj.encode(encoding, errors)


def _coerce_args(*args):
    """Returns the arguments as str plus a function turning a result back
    into the caller's type (str or bytes)."""
    want_str = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != want_str:
            raise TypeError("Cannot mix str and non-str arguments")
    if want_str:
        return args + (_same,)
    return tuple(a.decode('ascii', 'strict') if a else '' for a in args) + (_to_bytes,)


# ---- result types -------------------------------------------------------------

class _ResultMixinStr:
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._encoded_counterpart(*(x.encode(encoding, errors) for x in self))


class _ResultMixinBytes:
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._decoded_counterpart(*(x.decode(encoding, errors) for x in self))


class _NetlocResultMixinBase:
    __slots__ = ()

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        host = self._hostinfo[0]
        if not host:
            return None
        sep = '%' if isinstance(host, str) else b'%'
        host, pct, zone = host.partition(sep)
        return host.lower() + pct + zone

    @property
    def port(self):
        port = self._hostinfo[1]
        if port is None:
            return None
        if port.isdigit() and port.isascii():
            port = int(port)
        else:
            raise ValueError(f"Port could not be cast to integer value as {port!r}")
        if port < 0 or port > 65535:
            raise ValueError("Port out of range 0-65535")
        return port

    __class_getitem__ = classmethod(lambda cls, item: cls)


def _split_userinfo(netloc, at, colon):
    userinfo, found, _ = netloc.rpartition(at)
    if not found:
        return None, None
    user, has_pw, pw = userinfo.partition(colon)
    return user, (pw if has_pw else None)


def _split_hostinfo(netloc, at, lbr, rbr, colon):
    hostinfo = netloc.rpartition(at)[2]
    _, has_br, rest = hostinfo.partition(lbr)
    if has_br:
        host, _, after = rest.partition(rbr)
        port = after.partition(colon)[2]
    else:
        host, _, port = hostinfo.partition(colon)
    return host, (port if port else None)


class _NetlocResultMixinStr(_NetlocResultMixinBase, _ResultMixinStr):
    __slots__ = ()

    @property
    def _userinfo(self):
        return _split_userinfo(self.netloc, '@', ':')

    @property
    def _hostinfo(self):
        return _split_hostinfo(self.netloc, '@', '[', ']', ':')


class _NetlocResultMixinBytes(_NetlocResultMixinBase, _ResultMixinBytes):
    __slots__ = ()

    @property
    def _userinfo(self):
        return _split_userinfo(self.netloc, b'@', b':')

    @property
    def _hostinfo(self):
        return _split_hostinfo(self.netloc, b'@', b'[', b']', b':')


_DefragBase = namedtuple('DefragResult', 'url fragment')
_SplitBase = namedtuple('SplitResult', 'scheme netloc path query fragment')
_ParseBase = namedtuple('ParseResult', 'scheme netloc path params query fragment')


class DefragResult(_DefragBase, _ResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return self.url + '#' + self.fragment if self.fragment else self.url


class SplitResult(_SplitBase, _NetlocResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseBase, _NetlocResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragBase, _ResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return self.url + b'#' + self.fragment if self.fragment else self.url


class SplitResultBytes(_SplitBase, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseBase, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


for _s, _b in ((DefragResult, DefragResultBytes), (SplitResult, SplitResultBytes),
               (ParseResult, ParseResultBytes)):
    _s._encoded_counterpart = _b
    _b._decoded_counterpart = _s
del _s, _b


def _result(kind, coerce, *parts):
    res = kind(*parts)
    return res if coerce is _same else res.encode('ascii', 'strict')


# ---- splitting ----------------------------------------------------------------

def _splitnetloc(url, start=0):
    end = len(url)
    for c in '/?#':
        pos = url.find(c, start)
        if pos >= 0 and pos < end:
            end = pos
    return url[start:end], url[end:]


_IPVFUTURE = re.compile(r"\Av[a-fA-F0-9]+\..+\Z")


def _check_bracketed_host(host):
    if host.startswith('v'):
        if not _IPVFUTURE.match(host):
            raise ValueError("IPvFuture address is invalid")
    else:
        import ipaddress
        if isinstance(ipaddress.ip_address(host), ipaddress.IPv4Address):
            raise ValueError("An IPv4 address cannot be in brackets")


def _checknetloc(netloc):
    if not netloc or netloc.isascii():
        return
    import unicodedata
    n = netloc.replace('@', '').replace(':', '').replace('#', '').replace('?', '')
    normalized = unicodedata.normalize('NFKC', n)
    if n == normalized:
        return
    for c in '/?#@:':
        if c in normalized:
            raise ValueError("netloc '" + netloc + "' contains invalid "
                             "characters under NFKC normalization")


def urlsplit(url, scheme='', allow_fragments=True):
    """Splits a URL into (scheme, netloc, path, query, fragment)."""
    url, scheme, coerce = _coerce_args(url, scheme)
    url = url.lstrip(_C0_OR_SPACE)
    scheme = scheme.strip(_C0_OR_SPACE)
    for c in _REMOVED_CHARS:
        url = url.replace(c, '')
        scheme = scheme.replace(c, '')
    netloc = query = fragment = ''
    colon = url.find(':')
    if colon > 0 and url[0].isascii() and url[0].isalpha():
        head = url[:colon]
        if all(c in scheme_chars for c in head):
            scheme, url = head.lower(), url[colon + 1:]
    if url[:2] == '//':
        netloc, url = _splitnetloc(url, 2)
        if ('[' in netloc) != (']' in netloc):
            raise ValueError("Invalid IPv6 URL")
        if '[' in netloc:
            _check_bracketed_host(netloc.partition('[')[2].partition(']')[0])
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    _checknetloc(netloc)
    return _result(SplitResult, coerce, scheme, netloc, url, query, fragment)


def _splitparams(url):
    slash = url.rfind('/')
    semi = url.find(';', slash) if slash >= 0 else url.find(';')
    if semi < 0:
        return url, ''
    return url[:semi], url[semi + 1:]


def urlparse(url, scheme='', allow_fragments=True):
    """Splits a URL into (scheme, netloc, path, params, query, fragment)."""
    url, scheme, coerce = _coerce_args(url, scheme)
    scheme, netloc, path, query, fragment = urlsplit(url, scheme, allow_fragments)
    params = ''
    if scheme in uses_params and ';' in path:
        path, params = _splitparams(path)
    return _result(ParseResult, coerce, scheme, netloc, path, params, query, fragment)


def urlunsplit(components):
    """Joins the five parts of urlsplit() back into a URL."""
    scheme, netloc, url, query, fragment, coerce = _coerce_args(*components)
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return coerce(url)


def urlunparse(components):
    """Joins the six parts of urlparse() back into a URL."""
    scheme, netloc, url, params, query, fragment, coerce = _coerce_args(*components)
    if params:
        url = url + ';' + params
    return coerce(urlunsplit((scheme, netloc, url, query, fragment)))


def urljoin(base, url, allow_fragments=True):
    """Resolves url relative to base (RFC 3986 reference resolution)."""
    if not base:
        return url
    if not url:
        return base
    base, url, coerce = _coerce_args(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return coerce(url)
    if scheme in uses_netloc:
        if netloc:
            return coerce(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = bnetloc
    if not path and not params:
        return coerce(urlunparse((scheme, netloc, bpath, bparams, query or bquery, fragment)))
    if path[:1] == '/':
        segments = path.split('/')
    else:
        base_dirs = bpath.split('/')
        if base_dirs[-1] != '':
            base_dirs.pop()
        segments = base_dirs + path.split('/')
        segments[1:-1] = [s for s in segments[1:-1] if s]
    out = []
    for seg in segments:
        if seg == '..':
            if out:
                out.pop()
        elif seg != '.':
            out.append(seg)
    if segments[-1] in ('.', '..'):
        out.append('')
    return coerce(urlunparse((scheme, netloc, '/'.join(out) or '/', params, query, fragment)))


def urldefrag(url):
    """Returns (url without fragment, fragment)."""
    url, coerce = _coerce_args(url)
    if '#' in url:
        s, n, p, a, q, frag = urlparse(url)
        defrag = urlunparse((s, n, p, a, q, ''))
    else:
        frag = ''
        defrag = url
    return _result(DefragResult, coerce, defrag, frag)


# ---- percent-encoding ---------------------------------------------------------

_HEX = '0123456789ABCDEFabcdef'


def unquote_to_bytes(string):
    """Decodes %xx escapes into bytes."""
    if not string:
        string.split
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    pieces = string.split(b'%')
    if len(pieces) == 1:
        return string
    out = bytearray(pieces[0])
    for piece in pieces[1:]:
        if len(piece) >= 2 and chr(piece[0]) in _HEX and chr(piece[1]) in _HEX:
            out.append(int(piece[:2], 16))
            out += piece[2:]
        else:
            out += b'%'
            out += piece
    return bytes(out)


_ASCII_RUNS = re.compile('([\x00-\x7f]+)')


def unquote(string, encoding='utf-8', errors='replace'):
    """Decodes %xx escapes; the bytes are decoded with encoding."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    parts = _ASCII_RUNS.split(string)
    out = [parts[0]]
    for i in range(1, len(parts), 2):
        out.append(unquote_to_bytes(parts[i]).decode(encoding, errors))
        out.append(parts[i + 1])
    return ''.join(out)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """Like unquote(), and '+' becomes a space."""
    return unquote(string.replace('+', ' '), encoding, errors)


_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                         b'abcdefghijklmnopqrstuvwxyz'
                         b'0123456789_.-~')
_ALWAYS_SAFE_BYTES = bytes(_ALWAYS_SAFE)
_quote_tables = {}


def _quote_table(safe):
    table = _quote_tables.get(safe)
    if table is None:
        ok = _ALWAYS_SAFE.union(safe)
        table = [chr(b) if b in ok else '%{:02X}'.format(b) for b in range(256)]
        if len(_quote_tables) > 100:
            _quote_tables.clear()
        _quote_tables[safe] = table
    return table


def quote_from_bytes(bs, safe='/'):
    """Percent-quotes bytes, leaving ASCII letters, digits, '_.-~' and safe."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes(c for c in safe if c < 128)
    if not bs.rstrip(_ALWAYS_SAFE_BYTES + safe):
        return bs.decode()
    table = _quote_table(safe)
    return ''.join([table[b] for b in bs])


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-quotes a str (encoded first, UTF-8 by default) or bytes."""
    if isinstance(string, str):
        if not string:
            return string
        string = string.encode(encoding or 'utf-8', errors or 'strict')
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """Like quote(), and spaces become '+' (form encoding)."""
    if ((isinstance(string, str) and ' ' not in string) or
            (isinstance(string, bytes) and b' ' not in string)):
        return quote(string, safe, encoding, errors)
    space = ' ' if isinstance(safe, str) else b' '
    return quote(string, safe + space, encoding, errors).replace(' ', '+')


# ---- query strings ------------------------------------------------------------

def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parses a query string into a list of (name, value) pairs."""
    qs, coerce = _coerce_args(qs)
    separator, _ = _coerce_args(separator)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if max_num_fields is not None:
        if max_num_fields < 1 + qs.count(separator):
            raise ValueError('Max number of fields exceeded')
    pairs = []
    for field in (qs.split(separator) if qs else []):
        if not field and not strict_parsing:
            continue
        nv = field.split('=', 1)
        if len(nv) != 2:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
            nv.append('')
        if nv[1] or keep_blank_values:
            name = coerce(unquote(nv[0].replace('+', ' '), encoding=encoding, errors=errors))
            value = coerce(unquote(nv[1].replace('+', ' '), encoding=encoding, errors=errors))
            pairs.append((name, value))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parses a query string into a dict of lists of values."""
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding,
                                 errors, max_num_fields=max_num_fields,
                                 separator=separator):
        if name in result:
            result[name].append(value)
        else:
            result[name] = [value]
    return result


def urlencode(query, doseq=False, safe='', encoding=None, errors=None, quote_via=quote_plus):
    """Encodes a mapping or a sequence of pairs as a query string."""
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence "
                            "or mapping object") from err

    def enc(x):
        if isinstance(x, bytes):
            return quote_via(x, safe)
        if not isinstance(x, str):
            x = str(x)
        return quote_via(x, safe, encoding, errors)

    out = []
    for k, v in query:
        k = enc(k)
        if not doseq or isinstance(v, (str, bytes)):
            out.append(k + '=' + enc(v))
            continue
        try:
            len(v)
        except TypeError:
            out.append(k + '=' + enc(v))
        else:
            for item in v:
                out.append(k + '=' + enc(item))
    return '&'.join(out)


def unwrap(url):
    """Strips <URL:...> or <...> around a URL."""
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url


def _splittype(url):
    m = re.match('([^/:]+):(.*)', url, re.DOTALL)
    if m:
        scheme, data = m.groups()
        return scheme.lower(), data
    return None, url


def _splithost(url):
    m = re.match('//([^/#?]*)(.*)', url, re.DOTALL)
    if m:
        host, path = m.groups()
        if path and path[0] != '/':
            path = '/' + path
        return host, path
    return None, url


def _splituser(host):
    user, delim, host = host.rpartition('@')
    return (user if delim else None), host


def _splitport(host):
    m = re.match('(.*):([0-9]*)', host, re.DOTALL)
    if m:
        host, port = m.groups()
        if port:
            return host, port
    return host, None


def _splittag(url):
    path, delim, tag = url.rpartition('#')
    if delim:
        return path, tag
    return url, None


def _to_bytes_check(url):
    if isinstance(url, str):
        try:
            url.encode("ASCII")
        except UnicodeError:
            raise UnicodeError("URL " + repr(url) + " contains non-ASCII characters")
    return url


def _splitpasswd(user):
    user, delim, passwd = user.partition(':')
    return user, (passwd if delim else None)


def _splitnport(host, defport=-1):
    head, delim, port = host.rpartition(':')
    if not delim:
        return port, defport
    if port:
        return head, (int(port) if port.isdigit() and port.isascii() else None)
    return head, defport


def _splitquery(url):
    path, delim, query = url.rpartition('?')
    return (path, query) if delim else (url, None)


def _splitattr(url):
    words = url.split(';')
    return words[0], words[1:]


def _splitvalue(attr):
    attr, delim, value = attr.partition('=')
    return attr, (value if delim else None)


def _deprecated(name, impl, instead):
    import warnings
    message = "urllib.parse.%s() is deprecated as of 3.8" % name
    if instead:
        message += ", use urllib.parse.%s() instead" % instead

    def wrapper(*args, **kwargs):
        warnings.warn(message, DeprecationWarning, stacklevel=2)
        return impl(*args, **kwargs)
    wrapper.__name__ = wrapper.__qualname__ = name
    return wrapper


# the pre-3.8 helpers, kept (with a DeprecationWarning) for old scripts
for _name, _impl, _instead in (
        ('to_bytes', _to_bytes_check, None), ('splittype', _splittype, 'urlparse'),
        ('splithost', _splithost, 'urlparse'), ('splituser', _splituser, 'urlparse'),
        ('splitpasswd', _splitpasswd, 'urlparse'), ('splitport', _splitport, 'urlparse'),
        ('splitnport', _splitnport, 'urlparse'), ('splitquery', _splitquery, 'urlparse'),
        ('splittag', _splittag, 'urlparse'), ('splitattr', _splitattr, 'urlparse'),
        ('splitvalue', _splitvalue, 'parse_qsl')):
    globals()[_name] = _deprecated(_name, _impl, _instead)
del _name, _impl, _instead
