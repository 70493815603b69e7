"""_markupbase for gilpy: ParserBase, the line/offset bookkeeping and the
marked sections (<![CDATA[...]]>, <![if ...]>) that html.parser.HTMLParser
builds on."""

import re

_NAME = re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*')
_SECTION_END = re.compile(r']\s*]\s*>')
_MS_SECTION_END = re.compile(r']\s*>')


class ParserBase:
    """Tracks the position (line, offset) of the text consumed so far."""

    def __init__(self):
        if self.__class__ is ParserBase:
            raise RuntimeError("_markupbase.ParserBase must be subclassed")

    def reset(self):
        self.lineno = 1
        self.offset = 0

    def getpos(self):
        """(line, offset) of the current position; lines count from 1."""
        return self.lineno, self.offset

    def updatepos(self, i, j):
        """Accounts for rawdata[i:j] having been consumed; returns j."""
        if i >= j:
            return j
        rawdata = self.rawdata
        nlines = rawdata.count("\n", i, j)
        if nlines:
            self.lineno = self.lineno + nlines
            self.offset = j - (rawdata.rindex("\n", i, j) + 1)
        else:
            self.offset = self.offset + j - i
        return j

    def _scan_name(self, i, declstartpos):
        """(name in lower case, position after it and its spaces), or
        (None, -1) if the buffer ends before the name does."""
        rawdata = self.rawdata
        n = len(rawdata)
        if i == n:
            return None, -1
        m = _NAME.match(rawdata, i)
        if not m:
            self.updatepos(declstartpos, i)
            raise AssertionError("expected name token at %r"
                                 % rawdata[declstartpos:declstartpos + 20])
        s = m.group()
        if i + len(s) == n:
            return None, -1
        return s.strip().lower(), m.end()

    def parse_marked_section(self, i, report=1):
        """<![keyword[ ... ]]>: reported to unknown_decl (without the
        brackets); returns the position after it, -1 if incomplete."""
        rawdata = self.rawdata
        name, j = self._scan_name(i + 3, i)
        if j < 0:
            return j
        if name in {"temp", "cdata", "ignore", "include", "rcdata"}:
            m = _SECTION_END.search(rawdata, i + 3)
        elif name in {"if", "else", "endif"}:
            m = _MS_SECTION_END.search(rawdata, i + 3)
        else:
            raise AssertionError('unknown status keyword %r in marked section'
                                 % rawdata[i + 3:j])
        if not m:
            return -1
        if report:
            self.unknown_decl(rawdata[i + 3:m.start(0)])
        return m.end(0)

    def unknown_decl(self, data):
        pass
