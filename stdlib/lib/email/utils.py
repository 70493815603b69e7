"""email.utils for gilpy: RFC 2822 dates (formatdate, parsedate_tz,
parsedate_to_datetime...) and addresses (parseaddr, formataddr,
getaddresses), quoting helpers and make_msgid."""

import datetime
import time
import re

__all__ = ['collapse_rfc2231_value', 'decode_params', 'decode_rfc2231', 'encode_rfc2231',
           'formataddr', 'formatdate', 'format_datetime', 'getaddresses', 'make_msgid',
           'mktime_tz', 'parseaddr', 'parsedate', 'parsedate_tz', 'parsedate_to_datetime',
           'unquote', 'quote', 'localtime']

_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun',
           'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
_MONTH_NAMES = [m.lower() for m in _MONTHS] + [
    'january', 'february', 'march', 'april', 'may', 'june', 'july',
    'august', 'september', 'october', 'november', 'december']
_DAY_NAMES = [d.lower() for d in _DAYS]
# zone name -> offset as +-HHMM
_ZONES = {'UT': 0, 'UTC': 0, 'GMT': 0, 'Z': 0,
          'AST': -400, 'ADT': -300, 'EST': -500, 'EDT': -400,
          'CST': -600, 'CDT': -500, 'MST': -700, 'MDT': -600,
          'PST': -800, 'PDT': -700}


# ---- dates --------------------------------------------------------------------

def _format_tuple(tt, zone):
    return '%s, %02d %s %04d %02d:%02d:%02d %s' % (
        _DAYS[tt[6]], tt[2], _MONTHS[tt[1] - 1], tt[0], tt[3], tt[4], tt[5], zone)


def format_datetime(dt, usegmt=False):
    """An RFC 2822 date string for a datetime."""
    tt = dt.timetuple()
    if usegmt:
        if dt.tzinfo is None or dt.tzinfo != datetime.timezone.utc:
            raise ValueError("usegmt option requires a UTC datetime")
        zone = 'GMT'
    elif dt.tzinfo is None:
        zone = '-0000'
    else:
        zone = dt.strftime("%z")
    return _format_tuple(tt, zone)


def formatdate(timeval=None, localtime=False, usegmt=False):
    """An RFC 2822 date string, e.g. 'Fri, 09 Nov 2001 01:08:47 -0000'."""
    if timeval is None:
        timeval = time.time()
    dt = datetime.datetime.fromtimestamp(timeval, datetime.timezone.utc)
    if localtime:
        dt = dt.astimezone()
        usegmt = False
    elif not usegmt:
        dt = dt.replace(tzinfo=None)
    return format_datetime(dt, usegmt)


def _parse_time(tm):
    if tm.endswith(','):
        tm = tm[:-1]
    pieces = tm.split(':')
    if len(pieces) == 1 and '.' in tm:
        pieces = tm.split('.')
    if len(pieces) == 2:
        pieces.append('0')
    if len(pieces) != 3:
        return None
    return pieces


def _parsedate_tz(data):
    if not data:
        return None
    words = data.split()
    if not words:
        return None
    first = words[0]
    if first.endswith(',') or first.lower() in _DAY_NAMES:
        del words[0]
    elif ',' in first:
        words[0] = first[first.rfind(',') + 1:]
    if len(words) == 3:
        dashed = words[0].split('-')
        if len(dashed) == 3:
            words = dashed + words[1:]
    if len(words) == 4:
        last = words[3]
        cut = last.find('+')
        if cut == -1:
            cut = last.find('-')
        if cut > 0:
            words[3:] = [last[:cut], last[cut:]]
        else:
            words.append('')
    if len(words) < 5:
        return None
    dd, mm, yy, tm, tz = words[:5]
    if not (dd and mm and yy):
        return None
    mm = mm.lower()
    if mm not in _MONTH_NAMES:
        dd, mm = mm, dd.lower()
        if mm not in _MONTH_NAMES:
            return None
    month = _MONTH_NAMES.index(mm) % 12 + 1
    if dd.endswith(','):
        dd = dd[:-1]
    if yy.find(':') > 0:
        yy, tm = tm, yy
    if yy.endswith(','):
        yy = yy[:-1]
    if not yy:
        return None
    if not yy[0].isdigit():
        yy, tz = tz, yy
    if not tm:
        return None
    hms = _parse_time(tm)
    if hms is None:
        return None
    try:
        year, day = int(yy), int(dd)
        hh, mi, ss = int(hms[0]), int(hms[1]), int(hms[2])
    except ValueError:
        return None
    if year < 100:
        year += 1900 if year > 68 else 2000
    offset = None
    tz = tz.upper()
    if tz in _ZONES:
        offset = _ZONES[tz]
    else:
        try:
            offset = int(tz)
        except ValueError:
            pass
        if offset == 0 and tz.startswith('-'):
            offset = None
    if offset:
        sign = -1 if offset < 0 else 1
        offset = abs(offset)
        offset = sign * ((offset // 100) * 3600 + (offset % 100) * 60)
    return [year, month, day, hh, mi, ss, 0, 1, -1, offset]


def parsedate_tz(data):
    """A 10-tuple (9 time fields and the zone offset in seconds), or None."""
    t = _parsedate_tz(data)
    if not t:
        return None
    if t[9] is None:
        t[9] = 0
    return tuple(t)


def parsedate(data):
    """A 9-tuple usable with time.mktime, or None."""
    t = parsedate_tz(data)
    return t[:9] if isinstance(t, tuple) else t


def parsedate_to_datetime(data):
    """A datetime (aware when the date gives a zone)."""
    parsed = _parsedate_tz(data)
    if parsed is None:
        raise ValueError('Invalid date value or format "%s"' % str(data))
    *fields, tz = parsed
    if tz is None:
        return datetime.datetime(*fields[:6])
    return datetime.datetime(*fields[:6], tzinfo=datetime.timezone(datetime.timedelta(seconds=tz)))


def mktime_tz(data):
    """A UTC timestamp from a parsedate_tz() 10-tuple."""
    if data[9] is None:
        return time.mktime(data[:8] + (-1,))
    import calendar
    return calendar.timegm(data) - data[9]


def localtime(dt=None, isdst=-1):
    """An aware datetime in the local zone."""
    if dt is None:
        return datetime.datetime.now(datetime.timezone.utc).astimezone()
    if dt.tzinfo is not None:
        return dt.astimezone()
    return dt.astimezone()


def make_msgid(idstring=None, domain=None):
    """A unique Message-ID such as '<20231101.1234.5678@host>'."""
    import random
    import socket
    now = time.time()
    utcdate = time.strftime('%Y%m%d%H%M%S', time.gmtime(now))
    pid = __import__('os').getpid()
    randint = random.getrandbits(64)
    idstring = '' if idstring is None else '.' + idstring
    if domain is None:
        domain = socket.getfqdn()
    return '<%s.%d.%d%s@%s>' % (utcdate, pid, randint, idstring, domain)


# ---- quoting and addresses ----------------------------------------------------

def quote(s):
    """Escapes backslashes and double quotes."""
    return s.replace('\\', '\\\\').replace('"', '\\"')


def unquote(s):
    """Removes one level of quotes ("..." or <...>)."""
    if len(s) > 1:
        if s.startswith('"') and s.endswith('"'):
            return s[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        if s.startswith('<') and s.endswith('>'):
            return s[1:-1]
    return s


_SPECIALS = re.compile(r'[][\\()<>@,:;".]')


def formataddr(pair, charset='utf-8'):
    """'Name <addr>' from (name, addr), quoting the name when needed."""
    name, address = pair
    address.encode('ascii')
    if name:
        try:
            name.encode('ascii')
        except UnicodeEncodeError:
            import base64
            enc = base64.b64encode(name.encode(charset)).decode('ascii')
            return '=?%s?b?%s?= <%s>' % (charset, enc, address)
        quotes = '"' if _SPECIALS.search(name) else ''
        return '%s%s%s <%s>' % (quotes, quote(name) if quotes else name, quotes, address)
    return address


def _split_addresses(text):
    """Splits at commas outside quotes, comments and angle brackets."""
    out, cur = [], []
    depth_paren = 0
    in_quote = in_angle = False
    i = 0
    while i < len(text):
        c = text[i]
        if in_quote:
            cur.append(c)
            if c == '\\' and i + 1 < len(text):
                cur.append(text[i + 1])
                i += 1
            elif c == '"':
                in_quote = False
        elif c == '"':
            in_quote = True
            cur.append(c)
        elif c == '(':
            depth_paren += 1
            cur.append(c)
        elif c == ')' and depth_paren:
            depth_paren -= 1
            cur.append(c)
        elif c == '<' and not depth_paren:
            in_angle = True
            cur.append(c)
        elif c == '>' and not depth_paren:
            in_angle = False
            cur.append(c)
        elif c == ',' and not depth_paren and not in_angle:
            out.append(''.join(cur))
            cur = []
        else:
            cur.append(c)
        i += 1
    out.append(''.join(cur))
    return out


def _parse_one(text):
    text = text.strip()
    if not text:
        return ('', '')
    comments = []

    def take_comment(m):
        comments.append(m.group(1))
        return ' '
    if '<' in text:
        lt = text.rfind('<')
        gt = text.find('>', lt)
        if gt < 0:
            gt = len(text)      # an unterminated <address runs to the end
        addr = text[lt + 1:gt].strip()
        if addr.startswith('@') and ':' in addr:
            addr = addr.split(':', 1)[1]
        name = text[:lt].strip()
        name = re.sub(r'\(([^()]*)\)', take_comment, name).strip()
        if name.startswith('"') and name.endswith('"') and len(name) > 1:
            name = name[1:-1].replace('\\"', '"').replace('\\\\', '\\')
        elif not name and comments:
            name = comments[0]
        return (' '.join(name.split()) if not name.startswith('"') else name, addr)
    stripped = re.sub(r'\(([^()]*)\)', take_comment, text).strip()
    addr = ''.join(stripped.split())
    if addr.startswith('"') and '@' in addr:
        local, at, domain = addr.rpartition('@')
        addr = local + at + domain
    name = comments[0] if comments else ''
    return (name, addr)


def parseaddr(addr, *, strict=True):
    """(realname, email address) from an address header value."""
    if not isinstance(addr, str):
        addr = str(addr)
    parts = [p for p in _split_addresses(addr) if p.strip()]
    return _parse_one(parts[0]) if parts else ('', '')


def getaddresses(fieldvalues, *, strict=True):
    """[(realname, address), ...] from a list of header values."""
    out = []
    for value in fieldvalues:
        for part in _split_addresses(str(value)):
            if part.strip():
                out.append(_parse_one(part))
    return out


# ---- RFC 2231 parameters --------------------------------------------------------

def decode_rfc2231(s):
    parts = s.split("'", 2)
    if len(parts) <= 2:
        return None, None, s
    return parts


def encode_rfc2231(s, charset=None, language=None):
    import urllib.parse
    s = urllib.parse.quote(s, safe='', encoding=charset or 'ascii')
    if charset is None and language is None:
        return s
    if language is None:
        language = ''
    return "%s'%s'%s" % (charset, language, s)


def collapse_rfc2231_value(value, errors='replace', fallback_charset='us-ascii'):
    if not isinstance(value, tuple) or len(value) != 3:
        return unquote(value)
    charset, language, text = value
    if charset is None:
        charset = fallback_charset
    rawbytes = bytes(text, 'raw-unicode-escape')
    try:
        return str(rawbytes, charset, errors)
    except LookupError:
        return unquote(text)


def decode_params(params):
    return [(k, unquote(v) if isinstance(v, str) else v) for k, v in params]
