"""string: character-class constants, capwords, Template and Formatter (gilpy)."""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords",
           "digits", "hexdigits", "octdigits", "printable", "punctuation",
           "whitespace", "Formatter", "Template"]

import _string

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    """Split s on sep, capitalize each word and join with sep (or a space)."""
    return (sep or ' ').join(word.capitalize() for word in s.split(sep))


def _is_ident_start(c):
    return c == '_' or ('a' <= c <= 'z') or ('A' <= c <= 'Z')


def _is_ident_char(c):
    return _is_ident_start(c) or ('0' <= c <= '9')


class Template:
    """$-substitution strings: $name, ${name} and $$ for a dollar."""
    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _scan(self, mapping, safe):
        t = self.template
        d = self.delimiter
        out = []
        i = 0
        n = len(t)
        while i < n:
            j = t.find(d, i)
            if j < 0:
                out.append(t[i:])
                break
            out.append(t[i:j])
            k = j + len(d)
            if t.startswith(d, k):
                out.append(d)
                i = k + len(d)
                continue
            if k < n and t[k] == '{':
                e = k + 1
                while e < n and _is_ident_char(t[e]):
                    e += 1
                name = t[k + 1:e]
                if name and _is_ident_start(name[0]) and e < n and t[e] == '}':
                    out.append(self._lookup(mapping, name, t[j:e + 1], safe))
                    i = e + 1
                    continue
                self._invalid(k, safe)
                out.append(d)
                i = k
                continue
            e = k
            if e < n and _is_ident_start(t[e]):
                while e < n and _is_ident_char(t[e]):
                    e += 1
                name = t[k:e]
                out.append(self._lookup(mapping, name, t[j:e], safe))
                i = e
                continue
            self._invalid(k, safe)
            out.append(d)
            i = k
        return ''.join(out)

    def _lookup(self, mapping, name, text, safe):
        if safe:
            try:
                return str(mapping[name])
            except KeyError:
                return text
        return str(mapping[name])

    def _invalid(self, pos, safe):
        if safe:
            return
        lines = self.template[:pos].splitlines(keepends=True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = pos - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' %
                         (lineno, colno))

    def substitute(self, mapping=None, /, **kws):
        return self._scan(_merge(mapping, kws), False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._scan(_merge(mapping, kws), True)

    def get_identifiers(self):
        ids = []
        t = self.template
        d = self.delimiter
        i = 0
        while True:
            j = t.find(d, i)
            if j < 0:
                return ids
            k = j + len(d)
            if t.startswith(d, k):
                i = k + len(d)
                continue
            brace = k < len(t) and t[k] == '{'
            s = k + 1 if brace else k
            e = s
            while e < len(t) and _is_ident_char(t[e]):
                e += 1
            name = t[s:e]
            ok = name and _is_ident_start(name[0])
            if brace:
                ok = ok and e < len(t) and t[e] == '}'
            if ok and name not in ids:
                ids.append(name)
            i = e if ok else k

    def is_valid(self):
        try:
            self._scan(_Anything(), False)
        except ValueError:
            return False
        return True


class _Anything:
    def __getitem__(self, key):
        return ''


def _merge(mapping, kws):
    if mapping is None:
        return kws
    if not kws:
        return mapping
    return _Chain(kws, mapping)


class _Chain:
    def __init__(self, first, second):
        self.first = first
        self.second = second

    def __getitem__(self, key):
        try:
            return self.first[key]
        except KeyError:
            return self.second[key]


class Formatter:
    """str.format's machinery as overridable steps: parse, get_field,
    get_value, convert_field, format_field, check_unused_args."""

    def format(self, format_string, /, *args, **kwargs):
        return self.vformat(format_string, args, kwargs)

    def vformat(self, format_string, args, kwargs):
        used = set()
        text, _ = self._vformat(format_string, args, kwargs, used, 2)
        self.check_unused_args(used, args, kwargs)
        return text

    def _vformat(self, format_string, args, kwargs, used_args, recursion_depth, auto_arg_index=0):
        # auto_arg_index: the next automatic number, or False once a field
        # was numbered by hand (the two styles cannot mix)
        if recursion_depth < 0:
            raise ValueError('Max string recursion exceeded')
        pieces = []
        for literal, field_name, spec, conversion in self.parse(format_string):
            if literal:
                pieces.append(literal)
            if field_name is None:
                continue
            if field_name == '':
                if auto_arg_index is False:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                field_name = str(auto_arg_index)
                auto_arg_index += 1
            elif field_name.isdigit():
                if auto_arg_index:
                    raise ValueError('cannot switch from manual field specification to '
                                     'automatic field numbering')
                auto_arg_index = False
            value, key = self.get_field(field_name, args, kwargs)
            used_args.add(key)
            value = self.convert_field(value, conversion)
            spec, auto_arg_index = self._vformat(spec, args, kwargs, used_args,
                                                 recursion_depth - 1, auto_arg_index=auto_arg_index)
            pieces.append(self.format_field(value, spec))
        return ''.join(pieces), auto_arg_index

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        return kwargs[key]

    def check_unused_args(self, used_args, args, kwargs):
        pass

    def format_field(self, value, format_spec):
        return format(value, format_spec)

    def convert_field(self, value, conversion):
        if conversion is None:
            return value
        if conversion == 's':
            return str(value)
        if conversion == 'r':
            return repr(value)
        if conversion == 'a':
            return ascii(value)
        raise ValueError("Unknown conversion specifier {0!s}".format(conversion))

    def parse(self, format_string):
        return _string.formatter_parser(format_string)

    def get_field(self, field_name, args, kwargs):
        first, rest = _string.formatter_field_name_split(field_name)
        value = self.get_value(first, args, kwargs)
        for is_attr, key in rest:
            value = getattr(value, key) if is_attr else value[key]
        return value, first
