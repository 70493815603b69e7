"""email.message for gilpy: Message, an ordered list of (name, value) headers
looked up without regard to case, and a payload; EmailMessage adds the
get_content()/set_content() of simple text messages."""

import re

__all__ = ['Message', 'EmailMessage']

_TSPECIALS = re.compile(r'[ \(\)<>@,;:\\"/\[\]\?=]')


def _quote(s):
    return s.replace('\\', '\\\\').replace('"', '\\"')


def _unquote(s):
    if len(s) > 1:
        if s.startswith('"') and s.endswith('"'):
            return s[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        if s.startswith('<') and s.endswith('>'):
            return s[1:-1]
    return s


def _formatparam(param, value=None, quote=True):
    if value is not None and len(value) > 0:
        if quote or _TSPECIALS.search(value):
            return '%s="%s"' % (param, _quote(value))
        return '%s=%s' % (param, value)
    return param


def _split_semicolons(s):
    """Splits a header value at the semicolons that are not inside quotes."""
    parts = []
    while s[:1] == ';':
        s = s[1:]
        end = s.find(';')
        while end > 0 and (s.count('"', 0, end) - s.count('\\"', 0, end)) % 2:
            end = s.find(';', end + 1)
        if end < 0:
            end = len(s)
        parts.append(s[:end].strip())
        s = s[end:]
    return parts


def _parseparam(value):
    return _split_semicolons(';' + value)


def _splitparam(param):
    a, sep, b = str(param).partition(';')
    if not sep:
        return a.strip(), None
    return a.strip(), b.strip()


class Message:
    """A message: headers (names compared without case, order kept,
    duplicates allowed) and a payload (a string, or a list of Messages)."""

    def __init__(self, policy=None):
        self._headers = []
        self._unixfrom = None
        self._payload = None
        self._charset = None
        self.preamble = self.epilogue = None
        self.defects = []
        self._default_type = 'text/plain'
        self.policy = policy

    def __str__(self):
        return self.as_string()

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        out = []
        if unixfrom and self._unixfrom:
            out.append(self._unixfrom + '\n')
        for name, value in self._headers:
            if isinstance(value, str):
                value = '\n'.join(value.splitlines())
            out.append('%s: %s\n' % (name, value))
        out.append('\n')
        payload = self._payload
        if isinstance(payload, list):
            boundary = self.get_boundary() or '===============boundary=='
            if self.preamble is not None:
                out.append(self.preamble + '\n')
            for part in payload:
                out.append('--' + boundary + '\n')
                out.append(part.as_string())
                out.append('\n')
            out.append('--' + boundary + '--\n')
            if self.epilogue is not None:
                out.append(self.epilogue)
        elif payload is not None:
            out.append(payload)
        return ''.join(out)

    def __bytes__(self):
        return self.as_bytes()

    def as_bytes(self, unixfrom=False, policy=None):
        return self.as_string(unixfrom).encode('utf-8', 'surrogateescape')

    def is_multipart(self):
        return isinstance(self._payload, list)

    def set_unixfrom(self, unixfrom):
        self._unixfrom = unixfrom

    def get_unixfrom(self):
        return self._unixfrom

    def attach(self, payload):
        if self._payload is None:
            self._payload = [payload]
        else:
            try:
                self._payload.append(payload)
            except AttributeError:
                from email.errors import MultipartConversionError
                raise TypeError("Attach is not valid on a message with"
                                " a non-multipart payload")

    def get_payload(self, i=None, decode=False):
        if self.is_multipart():
            if decode:
                return None
            if i is None:
                return self._payload
            return self._payload[i]
        if i is not None:
            raise TypeError('Expected list, got %s' % type(self._payload))
        payload = self._payload
        if not decode:
            return payload
        if payload is None:
            return None
        if isinstance(payload, str):
            try:
                bpayload = payload.encode('ascii')
            except UnicodeError:
                bpayload = payload.encode('raw-unicode-escape')
        else:
            bpayload = payload
        cte = str(self.get('content-transfer-encoding', '')).lower()
        if cte == 'base64':
            import binascii
            try:
                return binascii.a2b_base64(bpayload)
            except binascii.Error:
                return bpayload
        return bpayload

    def set_payload(self, payload, charset=None):
        if hasattr(payload, 'encode') and charset is not None and not isinstance(charset, str):
            charset = str(charset)
        self._payload = payload
        if charset is not None:
            self.set_charset(charset)

    def set_charset(self, charset):
        if charset is None:
            self.del_param('charset')
            self._charset = None
            return
        self._charset = charset
        if 'MIME-Version' not in self:
            self.add_header('MIME-Version', '1.0')
        if 'Content-Type' not in self:
            self.add_header('Content-Type', 'text/plain', charset=str(charset))
        else:
            self.set_param('charset', str(charset))

    def get_charset(self):
        return self._charset

    # ---- headers as a mapping ----
    def __len__(self):
        return len(self._headers)

    def __contains__(self, name):
        name = name.lower()
        return any(k.lower() == name for k, v in self._headers)

    def __iter__(self):
        for name, value in self._headers:
            yield name

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, val):
        self._headers.append((name, val))

    def __delitem__(self, name):
        name = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != name]

    def keys(self):
        return [k for k, v in self._headers]

    def values(self):
        return [v for k, v in self._headers]

    def items(self):
        return list(self._headers)

    def get(self, name, failobj=None):
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return v
        return failobj

    def set_raw(self, name, value):
        self._headers.append((name, value))

    def raw_items(self):
        return iter(self._headers.copy())

    def get_all(self, name, failobj=None):
        name = name.lower()
        values = [v for k, v in self._headers if k.lower() == name]
        return values if values else failobj

    def add_header(self, _name, _value, **_params):
        parts = []
        for k, v in _params.items():
            k = k.replace('_', '-')
            if v is None:
                parts.append(k)
            else:
                parts.append(_formatparam(k, v))
        if _value is not None:
            parts.insert(0, _value)
        self._headers.append((_name, '; '.join(parts)))

    def replace_header(self, _name, _value):
        name = _name.lower()
        for i, (k, v) in enumerate(self._headers):
            if k.lower() == name:
                self._headers[i] = (k, _value)
                return
        raise KeyError(_name)

    # ---- content type and parameters ----
    def get_content_type(self):
        missing = object()
        value = self.get('content-type', missing)
        if value is missing:
            return self.get_default_type()
        ctype = _splitparam(value)[0].lower()
        if ctype.count('/') != 1:
            return 'text/plain'
        return ctype

    def get_content_maintype(self):
        return self.get_content_type().split('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().split('/')[1]

    def get_default_type(self):
        return self._default_type

    def set_default_type(self, ctype):
        self._default_type = ctype

    def _get_params_preserve(self, failobj, header):
        missing = object()
        value = self.get(header, missing)
        if value is missing:
            return failobj
        params = []
        for p in _parseparam(value):
            name, sep, val = p.partition('=')
            if sep:
                # parameter names are case-insensitive: kept lower case
                name = name.strip().lower()
                val = val.strip()
            else:
                name = p.strip()
                val = ''
            params.append((name, val))
        # the content type stays as written; parameter values are requoted
        return params[:1] + [(k, '"%s"' % _quote(_unquote(v))) for k, v in params[1:]]

    def get_params(self, failobj=None, header='content-type', unquote=True):
        missing = object()
        params = self._get_params_preserve(missing, header)
        if params is missing:
            return failobj
        if unquote:
            return [(k, _unquote(v)) for k, v in params]
        return params

    def get_param(self, param, failobj=None, header='content-type', unquote=True):
        if header not in self:
            return failobj
        for k, v in self._get_params_preserve(failobj, header):
            if k.lower() == param.lower():
                return _unquote(v) if unquote else v
        return failobj

    def set_param(self, param, value, header='Content-Type', requote=True,
                  charset=None, language='', replace=False):
        if header not in self and header.lower() == 'content-type':
            ctype = 'text/plain'
        else:
            ctype = self.get(header)
        if not self.get_param(param, header=header):
            if not ctype:
                ctype = _formatparam(param, value, requote)
            else:
                ctype = '; '.join([ctype, _formatparam(param, value, requote)])
        else:
            ctype = ''
            for k, v in self.get_params(header=header, unquote=requote):
                if k.lower() == param.lower():
                    item = _formatparam(param, value, requote)
                else:
                    item = _formatparam(k, v, requote)
                ctype = item if not ctype else '; '.join([ctype, item])
        if ctype != self.get(header):
            if replace and header in self:
                self.replace_header(header, ctype)
            else:
                del self[header]
                self[header] = ctype

    def del_param(self, param, header='content-type', requote=True):
        if header not in self:
            return
        new_ctype = ''
        for k, v in self.get_params(header=header, unquote=requote):
            if k.lower() != param.lower():
                item = _formatparam(k, v, requote)
                new_ctype = item if not new_ctype else '; '.join([new_ctype, item])
        if new_ctype != self.get(header):
            del self[header]
            self[header] = new_ctype

    def get_filename(self, failobj=None):
        missing = object()
        filename = self.get_param('filename', missing, 'content-disposition')
        if filename is missing:
            filename = self.get_param('name', missing, 'content-type')
        if filename is missing:
            return failobj
        return filename.strip()

    def get_boundary(self, failobj=None):
        missing = object()
        boundary = self.get_param('boundary', missing)
        if boundary is missing:
            return failobj
        return boundary.rstrip()

    def get_content_charset(self, failobj=None):
        missing = object()
        charset = self.get_param('charset', missing)
        if charset is missing:
            return failobj
        try:
            charset.encode('us-ascii')
        except UnicodeError:
            return failobj
        return charset.lower()

    def get_charsets(self, failobj=None):
        return [part.get_content_charset(failobj) for part in self.walk()]

    def get_content_disposition(self):
        value = self.get('content-disposition')
        if value is None:
            return None
        return _splitparam(value)[0].lower()

    def walk(self):
        yield self
        if self.is_multipart():
            for sub in self.get_payload():
                yield from sub.walk()


class EmailMessage(Message):
    """A Message with get_content()/set_content() for text and bytes."""

    def get_content(self):
        payload = self.get_payload(decode=True)
        if self.get_content_maintype() == 'text':
            return payload.decode(self.get_content_charset('ascii'), 'replace')
        return payload

    def set_content(self, content, maintype=None, subtype='plain', charset='utf-8', **kw):
        if isinstance(content, str):
            del self['Content-Type']
            self['Content-Type'] = 'text/%s; charset="%s"' % (subtype, charset)
            self['Content-Transfer-Encoding'] = '7bit' if content.isascii() else '8bit'
            self.set_payload(content if content.endswith('\n') else content + '\n')
        else:
            del self['Content-Type']
            self['Content-Type'] = '%s/%s' % (maintype or 'application', subtype
                                              if subtype != 'plain' else 'octet-stream')
            import base64
            self['Content-Transfer-Encoding'] = 'base64'
            self.set_payload(base64.encodebytes(bytes(content)).decode('ascii'))
