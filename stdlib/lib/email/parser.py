"""email.parser for gilpy: text and bytes parsers that read a header block
(with continuation lines) and the body after the blank line."""

import re

from email.message import Message

# a header line: a name of printable ASCII but ':' then ':', or a continuation
_HEADER_LINE = re.compile(r'^(From |[\041-\071\073-\176]*:|[\t ])')

__all__ = ['Parser', 'HeaderParser', 'BytesParser', 'BytesHeaderParser']


def _parse_into(msg, text, headersonly):
    lines = text.splitlines(keepends=True)
    name = None
    value = []
    i = 0

    def flush():
        if name is not None:
            v = ''.join(value)
            msg.set_raw(name, v.rstrip('\r\n'))

    while i < len(lines):
        line = lines[i]
        if line in ('\n', '\r\n', '\r'):
            i += 1
            break
        if i == 0 and line.startswith('From '):
            msg.set_unixfrom(line.rstrip('\r\n'))
            i += 1
            continue
        if line[0] in ' \t':
            if name is None:
                from email.errors import FirstHeaderLineIsContinuationDefect
                msg.defects.append(FirstHeaderLineIsContinuationDefect(line))
            else:
                value.append(line)
            i += 1
            continue
        colon = line.find(':')
        if not _HEADER_LINE.match(line):
            from email.errors import MissingHeaderBodySeparatorDefect
            msg.defects.append(MissingHeaderBodySeparatorDefect())
            break
        flush()
        name = line[:colon]
        value = [line[colon + 1:].lstrip(' \t')]
        i += 1
    flush()
    body = ''.join(lines[i:])
    if headersonly:
        msg.set_payload(body)
        return msg
    boundary = msg.get_boundary() if msg.get_content_maintype() == 'multipart' else None
    if boundary:
        parts = []
        delim = '--' + boundary
        chunks = body.split('\n' + delim) if not body.startswith(delim) else \
            ('\n' + body).split('\n' + delim)
        preamble = chunks[0]
        msg.preamble = preamble if preamble else None
        for chunk in chunks[1:]:
            if chunk.startswith('--'):
                rest = chunk[2:].lstrip('\r\n')
                msg.epilogue = rest if rest else ''
                break
            sub = Message()
            _parse_into(sub, chunk.partition('\n')[2], False)
            parts.append(sub)
        msg.set_payload(parts)
    else:
        msg.set_payload(body)
    return msg


class Parser:
    """Parses text into a Message (of _class)."""

    def __init__(self, _class=None, *, policy=None):
        self._class = _class
        self.policy = policy

    def _new(self):
        if self._class is not None:
            return self._class()
        if self.policy is not None and getattr(self.policy, 'message_factory', None):
            return self.policy.message_factory()
        return Message()

    def parse(self, fp, headersonly=False):
        return self.parsestr(fp.read(), headersonly)

    def parsestr(self, text, headersonly=False):
        return _parse_into(self._new(), text, headersonly)


class HeaderParser(Parser):
    def parse(self, fp, headersonly=True):
        return Parser.parse(self, fp, True)

    def parsestr(self, text, headersonly=True):
        return Parser.parsestr(self, text, True)


class BytesParser:
    """Parses bytes (decoded as ASCII with surrogateescape) into a Message."""

    def __init__(self, *args, **kw):
        self.parser = Parser(*args, **kw)

    def parse(self, fp, headersonly=False):
        return self.parsebytes(fp.read(), headersonly)

    def parsebytes(self, text, headersonly=False):
        text = text.decode('ASCII', errors='surrogateescape')
        return self.parser.parsestr(text, headersonly)


class BytesHeaderParser(BytesParser):
    def parse(self, fp, headersonly=True):
        return BytesParser.parse(self, fp, headersonly=True)

    def parsebytes(self, text, headersonly=True):
        return BytesParser.parsebytes(self, text, headersonly=True)
