"""json.scanner: make_scanner(context), the function that decodes one JSON
value at an index: _json's C scanner when it is there, else py_make_scanner."""

import re

try:
    from _json import make_scanner as c_make_scanner
except ImportError:
    c_make_scanner = None

__all__ = ['make_scanner']

NUMBER_RE = re.compile(
    r'(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?',
    (re.VERBOSE | re.MULTILINE | re.DOTALL))


def py_make_scanner(context):
    """scan_once(string, idx) -> (value, end) for a JSONDecoder context;
    raises StopIteration(idx) when no JSON value starts at idx."""
    parse_object = context.parse_object
    parse_array = context.parse_array
    parse_string = context.parse_string
    match_number = NUMBER_RE.match
    strict = context.strict
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    object_hook = context.object_hook
    object_pairs_hook = context.object_pairs_hook
    memo = context.memo

    def _scan_once(string, idx):
        try:
            c = string[idx]
        except IndexError:
            raise StopIteration(idx) from None
        if c == '"':
            return parse_string(string, idx + 1, strict)
        if c == '{':
            return parse_object((string, idx + 1), strict, _scan_once,
                                object_hook, object_pairs_hook, memo)
        if c == '[':
            return parse_array((string, idx + 1), _scan_once)
        if c == 'n' and string[idx:idx + 4] == 'null':
            return None, idx + 4
        if c == 't' and string[idx:idx + 4] == 'true':
            return True, idx + 4
        if c == 'f' and string[idx:idx + 5] == 'false':
            return False, idx + 5
        m = match_number(string, idx)
        if m is not None:
            integer, frac, exp = m.groups()
            if frac or exp:
                value = parse_float(integer + (frac or '') + (exp or ''))
            else:
                value = parse_int(integer)
            return value, m.end()
        for name in ('NaN', 'Infinity', '-Infinity'):
            if c == name[0] and string.startswith(name, idx):
                return parse_constant(name), idx + len(name)
        raise StopIteration(idx)

    def scan_once(string, idx):
        try:
            return _scan_once(string, idx)
        finally:
            memo.clear()

    return scan_once


make_scanner = c_make_scanner or py_make_scanner
