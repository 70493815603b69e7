"""_markupbase for gilpy: ParserBase, the line/offset bookkeeping that
html.parser.HTMLParser builds on."""


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

    def unknown_decl(self, data):
        pass
