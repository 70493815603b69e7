"""html.parser for gilpy: HTMLParser, an incremental tokenizer for HTML
that calls handle_starttag/handle_endtag/handle_data/handle_comment/...
methods, as CPython 3.11's (lenient with malformed markup, script and style
content kept raw, character references resolved in text and attribute
values)."""

import re
import _markupbase
from html import unescape

__all__ = ['HTMLParser']

_TAGNAME = re.compile(r'[a-zA-Z][^\t\n\r\f />\x00]*')
_SPACE_OR_SLASH = re.compile(r'(?:\s|/(?!>))*')
_ATTR = re.compile(r'''((?<=['"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*('[^']*'|"[^"]*"|(?!['"])[^>\s]*))?(?:\s|/(?!>))*''')
_CHARREF = re.compile('&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
_ENTITYREF = re.compile('&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
_INCOMPLETE_REF = re.compile('&[a-zA-Z#]')
_REF_END = re.compile(r'[\s;]')
_LETTER_START = re.compile('<[a-zA-Z]')
_NEXT_MARKUP = re.compile('[&<]')
_COMMENT_END = re.compile(r'--\s*>')


class HTMLParser(_markupbase.ParserBase):
    """Feed it text with feed(); it calls the handle_* methods (which do
    nothing here: override them). close() flushes what is left."""

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Forgets any unprocessed data."""
        self.rawdata = ''
        self.lasttag = '???'
        self.cdata_elem = None
        self._cdata_end = None
        self.__starttag_text = None
        _markupbase.ParserBase.reset(self)

    def feed(self, data):
        """Adds text; complete constructs are handled at once."""
        self.rawdata = self.rawdata + data
        self.goahead(0)

    def close(self):
        """Handles whatever is left, as if the input ended here."""
        self.goahead(1)

    def get_starttag_text(self):
        """The source text of the last start tag."""
        return self.__starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()
        self._cdata_end = re.compile(r'</\s*%s\s*>' % self.cdata_elem, re.I)

    def clear_cdata_mode(self):
        self.cdata_elem = None
        self._cdata_end = None

    def _text(self, text):
        if self.convert_charrefs and not self.cdata_elem:
            text = unescape(text)
        self.handle_data(text)

    def goahead(self, end):
        rawdata = self.rawdata
        i = 0
        n = len(rawdata)
        while i < n:
            # the text up to the next piece of markup
            if self.cdata_elem:
                m = self._cdata_end.search(rawdata, i)
                if m is None:
                    break
                j = m.start()
            elif self.convert_charrefs:
                j = rawdata.find('<', i)
                if j < 0:
                    # an unfinished reference at the end may continue in the next feed
                    amp = rawdata.rfind('&', max(i, n - 34))
                    if amp >= 0 and not _REF_END.search(rawdata, amp):
                        break
                    j = n
            else:
                m = _NEXT_MARKUP.search(rawdata, i)
                j = m.start() if m else n
            if i < j:
                self._text(rawdata[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if rawdata.startswith('<', i):
                if _LETTER_START.match(rawdata, i):
                    k = self.parse_starttag(i)
                elif rawdata.startswith("</", i):
                    k = self.parse_endtag(i)
                elif rawdata.startswith("<!--", i):
                    k = self.parse_comment(i)
                elif rawdata.startswith("<?", i):
                    k = self.parse_pi(i)
                elif rawdata.startswith("<!", i):
                    k = self.parse_html_declaration(i)
                elif i + 1 < n:
                    self.handle_data("<")
                    k = i + 1
                elif end:
                    self.handle_data("<")
                    k = i + 1
                else:
                    break
                if k < 0:
                    if not end:
                        break
                    # at the end, an unfinished construct is text up to a '>' or '<'
                    k = rawdata.find('>', i + 1)
                    if k < 0:
                        k = rawdata.find('<', i + 1)
                        if k < 0:
                            k = i + 1
                    else:
                        k += 1
                    self._text(rawdata[i:k])
                i = self.updatepos(i, k)
            elif rawdata.startswith("&#", i):
                m = _CHARREF.match(rawdata, i)
                if m:
                    self.handle_charref(m.group()[2:-1])
                    k = m.end()
                    if rawdata[k - 1] != ';':
                        k -= 1
                    i = self.updatepos(i, k)
                    continue
                if ";" in rawdata[i:]:
                    self.handle_data(rawdata[i:i + 2])
                    i = self.updatepos(i, i + 2)
                break
            elif rawdata.startswith('&', i):
                m = _ENTITYREF.match(rawdata, i)
                if m:
                    self.handle_entityref(m.group(1))
                    k = m.end()
                    if rawdata[k - 1] != ';':
                        k -= 1
                    i = self.updatepos(i, k)
                    continue
                m = _INCOMPLETE_REF.match(rawdata, i)
                if m:
                    if end and m.group() == rawdata[i:]:
                        k = m.end()
                        if k <= i:
                            k = n
                        i = self.updatepos(i, i + 1)
                    break
                if i + 1 < n:
                    self.handle_data("&")
                    i = self.updatepos(i, i + 1)
                else:
                    break
            else:
                raise AssertionError("we should not get here!")
        if end and i < n and not self.cdata_elem:
            self._text(rawdata[i:n])
            i = self.updatepos(i, n)
        self.rawdata = rawdata[i:]

    # ---- the constructs ----
    def parse_html_declaration(self, i):
        rawdata = self.rawdata
        if rawdata[i:i + 4] == '<!--':
            return self.parse_comment(i)
        if rawdata[i:i + 3] == '<![':
            return self.parse_marked_section(i)
        if rawdata[i:i + 9].lower() == '<!doctype':
            gt = rawdata.find('>', i + 9)
            if gt == -1:
                return -1
            self.handle_decl(rawdata[i + 2:gt])
            return gt + 1
        return self.parse_bogus_comment(i)

    def parse_comment(self, i, report=1):
        rawdata = self.rawdata
        if rawdata[i:i + 4] != '<!--':
            raise AssertionError('unexpected call to parse_comment()')
        m = _COMMENT_END.search(rawdata, i + 4)
        if not m:
            return -1
        if report:
            self.handle_comment(rawdata[i + 4:m.start()])
        return m.end()

    def parse_bogus_comment(self, i, report=1):
        rawdata = self.rawdata
        pos = rawdata.find('>', i + 2)
        if pos == -1:
            return -1
        if report:
            self.handle_comment(rawdata[i + 2:pos])
        return pos + 1

    def parse_pi(self, i):
        rawdata = self.rawdata
        close = rawdata.find('>', i + 2)
        if close < 0:
            return -1
        self.handle_pi(rawdata[i + 2:close])
        return close + 1

    def _start_tag_end(self, i):
        """Where the start tag at i ends (past '>'), -1 if incomplete."""
        rawdata = self.rawdata
        m = _TAGNAME.match(rawdata, i + 1)
        j = m.end()
        j = _SPACE_OR_SLASH.match(rawdata, j).end()
        while True:
            a = _ATTR.match(rawdata, j)
            if not a or a.end() == j:
                break
            j = a.end()
        nxt = rawdata[j:j + 1]
        if nxt == ">":
            return j + 1
        if nxt == "/":
            if rawdata.startswith("/>", j):
                return j + 2
            return -1
        if nxt == "":
            return -1
        if nxt in "abcdefghijklmnopqrstuvwxyz=/ABCDEFGHIJKLMNOPQRSTUVWXYZ":
            return -1
        return j if j > i else i + 1

    def parse_starttag(self, i):
        self.__starttag_text = None
        endpos = self._start_tag_end(i)
        if endpos < 0:
            return endpos
        rawdata = self.rawdata
        self.__starttag_text = rawdata[i:endpos]
        m = _TAGNAME.match(rawdata, i + 1)
        k = m.end()
        self.lasttag = tag = m.group().lower()
        k = _SPACE_OR_SLASH.match(rawdata, k).end()
        attrs = []
        while k < endpos:
            a = _ATTR.match(rawdata, k)
            if not a or a.end() == k:
                break
            name, rest, value = a.group(1, 2, 3)
            if not rest:
                value = None
            elif value[:1] == '\'' == value[-1:] or value[:1] == '"' == value[-1:]:
                value = value[1:-1]
            if value:
                value = unescape(value)
            attrs.append((name.lower(), value))
            k = a.end()
        end = rawdata[k:endpos].strip()
        if end not in (">", "/>"):
            self.handle_data(rawdata[i:endpos])
            return endpos
        if end.endswith('/>'):
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return endpos

    def parse_endtag(self, i):
        rawdata = self.rawdata
        gt = rawdata.find('>', i + 1)
        if gt < 0:
            return -1
        end = gt + 1
        m = re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>').match(rawdata, i)
        if not m:
            if self.cdata_elem is not None:
                self.handle_data(rawdata[i:end])
                return end
            name = _TAGNAME.match(rawdata, i + 2)
            if not name:
                if rawdata[i:i + 3] == '</>':
                    return i + 3
                return self.parse_bogus_comment(i)
            tag = name.group().lower()
            self.handle_endtag(tag)
            self.clear_cdata_mode()
            return end
        elem = m.group(1).lower()
        if self.cdata_elem is not None and elem != self.cdata_elem:
            self.handle_data(rawdata[i:end])
            return end
        self.handle_endtag(elem)
        self.clear_cdata_mode()
        return end

    # ---- the methods to override ----
    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
