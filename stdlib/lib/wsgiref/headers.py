"""wsgiref.headers: Headers, a mutable list of (name, value) response
headers with case-insensitive lookup."""

import re

__all__ = ['Headers']

_TSPECIALS = re.compile(r'[ \(\)<>@,;:\\"/\[\]\?=]')


def _formatparam(param, value=None, quote=1):
    if value is not None and len(value) > 0:
        if quote or _TSPECIALS.search(value):
            value = value.replace('\\', '\\\\').replace('"', r'\"')
            return '%s="%s"' % (param, value)
        return '%s=%s' % (param, value)
    return param


class Headers:
    """Response headers; the list given is used (and changed) in place."""

    def __init__(self, headers=None):
        headers = headers if headers is not None else []
        if type(headers) is not list:
            raise TypeError("Headers must be a list of name/value tuples")
        self._headers = headers
        for k, v in headers:
            self._convert_string_type(k)
            self._convert_string_type(v)

    def _convert_string_type(self, value):
        if type(value) is str:
            return value
        raise AssertionError("Header names/values must be of type str (got {0})".format(repr(value)))

    def __len__(self):
        return len(self._headers)

    def __setitem__(self, name, val):
        del self[name]
        self._headers.append((self._convert_string_type(name), self._convert_string_type(val)))

    def __delitem__(self, name):
        name = self._convert_string_type(name.lower())
        self._headers[:] = [kv for kv in self._headers if kv[0].lower() != name]

    def __getitem__(self, name):
        return self.get(name)

    def __contains__(self, name):
        return self.get(name) is not None

    def get_all(self, name):
        name = self._convert_string_type(name.lower())
        return [kv[1] for kv in self._headers if kv[0].lower() == name]

    def get(self, name, default=None):
        name = self._convert_string_type(name.lower())
        for k, v in self._headers:
            if k.lower() == name:
                return v
        return default

    def keys(self):
        return [k for k, v in self._headers]

    def values(self):
        return [v for k, v in self._headers]

    def items(self):
        return self._headers[:]

    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, self._headers)

    def __str__(self):
        return '\r\n'.join(["%s: %s" % kv for kv in self._headers] + ['', ''])

    def __bytes__(self):
        return str(self).encode('iso-8859-1')

    def setdefault(self, name, value):
        result = self.get(name)
        if result is None:
            self._headers.append((self._convert_string_type(name),
                                  self._convert_string_type(value)))
            return value
        return result

    def add_header(self, _name, _value, **_params):
        """Adds a header with parameters: add_header('content-disposition',
        'attachment', filename='bud.gif')."""
        parts = []
        if _value is not None:
            parts.append(self._convert_string_type(_value))
        for k, v in _params.items():
            k = self._convert_string_type(k)
            if v is None:
                parts.append(k.replace('_', '-'))
            else:
                parts.append(_formatparam(k.replace('_', '-'), self._convert_string_type(v)))
        self._headers.append((self._convert_string_type(_name), "; ".join(parts)))
