"""html for gilpy: escape() for text placed in HTML, and unescape(), which
resolves named and numeric character references the way the HTML5 parser
does (including references without a semicolon and the Windows-1252
replacements of the C1 range)."""

import re as _re
from html.entities import html5 as _html5

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """Replaces &, < and > (and " and ' when quote is true) by references."""
    s = s.replace("&", "&amp;")
    s = s.replace("<", "&lt;")
    s = s.replace(">", "&gt;")
    if quote:
        s = s.replace('"', "&quot;")
        s = s.replace('\'', "&#x27;")
    return s


# numeric references the HTML5 parser maps to other characters
_REPLACED = {0x00: '\ufffd', 0x0d: '\r', 0x80: '\u20ac', 0x81: '\x81',
             0x82: '\u201a', 0x83: '\u0192', 0x84: '\u201e', 0x85: '\u2026',
             0x86: '\u2020', 0x87: '\u2021', 0x88: '\u02c6', 0x89: '\u2030',
             0x8a: '\u0160', 0x8b: '\u2039', 0x8c: '\u0152', 0x8d: '\x8d',
             0x8e: '\u017d', 0x8f: '\x8f', 0x90: '\x90', 0x91: '\u2018',
             0x92: '\u2019', 0x93: '\u201c', 0x94: '\u201d', 0x95: '\u2022',
             0x96: '\u2013', 0x97: '\u2014', 0x98: '\u02dc', 0x99: '\u2122',
             0x9a: '\u0161', 0x9b: '\u203a', 0x9c: '\u0153', 0x9d: '\x9d',
             0x9e: '\u017e', 0x9f: '\u0178'}

# code points that a numeric reference silently drops
_DROPPED = frozenset(
    list(range(0x1, 0x9)) + [0xb] + list(range(0xe, 0x20)) + list(range(0x7f, 0xa0)) +
    list(range(0xfdd0, 0xfdf0)) +
    [plane | low for plane in range(0, 0x110000, 0x10000) for low in (0xfffe, 0xffff)])


def _replace_ref(m):
    s = m.group(1)
    if s[0] == '#':
        if s[1] in 'xX':
            num = int(s[2:].rstrip(';'), 16)
        else:
            num = int(s[1:].rstrip(';'))
        if num in _REPLACED:
            return _REPLACED[num]
        if 0xD800 <= num <= 0xDFFF or num > 0x10FFFF:
            return '\uFFFD'
        if num in _DROPPED:
            return ''
        return chr(num)
    if s in _html5:
        return _html5[s]
    # the longest known name that starts the text (names without ';')
    for end in range(len(s) - 1, 1, -1):
        if s[:end] in _html5:
            return _html5[s[:end]] + s[end:]
    return '&' + s


_REF = _re.compile(r'&(#[0-9]+;?'
                   r'|#[xX][0-9a-fA-F]+;?'
                   r'|[^\t\n\f <&#;]{1,32};?)')


def unescape(s):
    """Replaces every character reference in s by the character(s) it names."""
    if '&' not in s:
        return s
    return _REF.sub(_replace_ref, s)
