"""email.parser for gilpy: text and bytes parsers that read a header block
(with continuation lines) and the body after the blank line."""

import re

from email.message import Message

# a header line: a name of printable ASCII but ':' then ':', or a continuation
_HEADER_LINE = re.compile(r'^(From |[\041-\071\073-\176]*:|[\t ])')

__all__ = ['Parser', 'HeaderParser', 'BytesParser', 'BytesHeaderParser']


def _parse_into(msg, text, headersonly):
    from email import errors
    lines = text.splitlines(keepends=True)
    # the header block: lines that look like headers, up to a blank line
    # (eaten) or any other line (which starts the body: a defect)
    i = 0
    header_lines = []
    while i < len(lines):
        line = lines[i]
        if not _HEADER_LINE.match(line):
            if line[:1] in ('\r', '\n'):
                i += 1
            else:
                msg.defects.append(errors.MissingHeaderBodySeparatorDefect())
            break
        header_lines.append(line)
        i += 1
    name = None
    value = []
    pushback = ''
    for lineno, line in enumerate(header_lines):
        if line[0] in ' \t':
            if name is None:
                msg.defects.append(errors.FirstHeaderLineIsContinuationDefect(line))
            else:
                value.append(line)
            continue
        if name is not None:
            msg.set_raw(name, ''.join(value).rstrip('\r\n'))
            name, value = None, []
        if line.startswith('From '):
            if lineno == 0:
                msg.set_unixfrom(line.rstrip('\r\n'))
            elif lineno == len(header_lines) - 1:
                pushback = line     # probably the body's first line: give it back
            else:
                msg.defects.append(errors.MisplacedEnvelopeHeaderDefect(line))
            continue
        colon = line.find(':')
        if colon == 0:
            msg.defects.append(errors.InvalidHeaderDefect("Missing header name."))
            continue
        name = line[:colon]
        value = [line[colon + 1:].lstrip(' \t')]
    if name is not None:
        msg.set_raw(name, ''.join(value).rstrip('\r\n'))
    body = pushback + ''.join(lines[i:])
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
