"""_string: the parsers behind string.Formatter (gilpy).

formatter_parser(s) splits a str.format template into (literal, field_name,
format_spec, conversion) tuples; formatter_field_name_split(name) splits a
field name into its first part and (is_attribute, key) steps.  Errors are
CPython's ValueErrors."""


def formatter_parser(format_string):
    if not isinstance(format_string, str):
        raise TypeError("expected str, got %s" % type(format_string).__name__)
    return _markup(format_string)


def _markup(s):
    n = len(s)
    pos = 0
    while pos < n:
        # the literal text runs to the first brace
        start = pos
        brace = None
        while pos < n:
            c = s[pos]
            pos += 1
            if c == '{' or c == '}':
                brace = c
                break
        literal_end = pos
        if brace is not None:
            doubled = pos < n and s[pos] == brace
            if brace == '}' and not doubled:
                raise ValueError("Single '}' encountered in format string")
            if brace == '{' and pos >= n:
                raise ValueError("Single '{' encountered in format string")
            if doubled:
                pos += 1            # '{{' or '}}': the brace is literal text
                brace = None
            else:
                literal_end -= 1
        literal = s[start:literal_end]
        if brace is None:
            yield (literal, None, None, None)
            continue
        field, spec, conversion, pos = _field(s, pos, n)
        yield (literal, field, spec, conversion)


def _field(s, pos, n):
    """Parses a replacement field after its '{': (name, spec, conversion, end)."""
    start = pos
    c = None
    while pos < n:
        c = s[pos]
        pos += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while pos < n and s[pos] != ']':
                pos += 1
            c = None
            continue
        if c in '}:!':
            break
        c = None
    if c is None or c not in '}:!':
        raise ValueError("expected '}' before end of string")
    name = s[start:pos - 1]
    if c == '}':
        return name, '', None, pos
    conversion = None
    if c == '!':
        if pos >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = s[pos]
        pos += 1
        if pos < n:
            after = s[pos]
            pos += 1
            if after == '}':
                return name, '', conversion, pos
            if after != ':':
                raise ValueError("expected ':' after conversion specifier")
    spec_start = pos
    depth = 1
    while pos < n:
        c = s[pos]
        pos += 1
        if c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
            if depth == 0:
                return name, s[spec_start:pos - 1], conversion, pos
    raise ValueError("unmatched '{' in format spec")


def _index(text):
    """text as a non-negative int when it is all decimal digits, else None."""
    if not text:
        return None
    value = 0
    for ch in text:
        if not ch.isdecimal():
            return None
        value = value * 10 + int(ch)
        if value > 9223372036854775807:
            raise ValueError("Too many decimal digits in format string")
    return value


def formatter_field_name_split(field_name):
    if not isinstance(field_name, str):
        raise TypeError("expected str, got %s" % type(field_name).__name__)
    n = len(field_name)
    i = 0
    while i < n and field_name[i] not in '.[':
        i += 1
    first = field_name[:i]
    index = _index(first)
    return (first if index is None else index), _rest(field_name, i, n)


def _rest(s, i, n):
    while i < n:
        c = s[i]
        i += 1
        if c == '.':
            start = i
            while i < n and s[i] not in '.[':
                i += 1
            key = s[start:i]
            is_attr = True
        elif c == '[':
            start = i
            while i < n and s[i] != ']':
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            key = s[start:i]
            i += 1
            is_attr = False
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
        if not key:
            raise ValueError("Empty attribute in format string")
        if not is_attr:
            index = _index(key)
            if index is not None:
                key = index
        yield (is_attr, key)
