"""Translation of Python regular expressions into PCRE2 syntax.

translate() reads a pattern as CPython's re does, raising re.error with
CPython's messages and positions, and writes an equivalent PCRE2 pattern:
escapes are normalised (\\Z becomes \\z, \\uXXXX becomes \\x{XXXX}),
literals are escaped so PCRE2 sees no syntax of its own (POSIX classes,
\\Q...\\E), verbose whitespace and comments are dropped, group names are
kept on the Python side (groups are plain numbered groups for PCRE2), and
a look-behind must have a fixed width, as in CPython.  It also records what
re needs later: the global flags, group names and the nesting of groups.

parse_template() reads a sub() replacement string."""

from re._constants import (error, MAXREPEAT, MAXGROUPS, SRE_FLAG_IGNORECASE,
                           SRE_FLAG_LOCALE, SRE_FLAG_MULTILINE, SRE_FLAG_DOTALL,
                           SRE_FLAG_UNICODE, SRE_FLAG_VERBOSE, SRE_FLAG_DEBUG,
                           SRE_FLAG_ASCII, SRE_FLAG_TEMPLATE, TYPE_FLAGS, GLOBAL_FLAGS)

DIGITS = frozenset("0123456789")
OCTDIGITS = frozenset("01234567")
HEXDIGITS = frozenset("0123456789abcdefABCDEF")
ASCIILETTERS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
WHITESPACE = frozenset(" \t\n\r\v\f")
SPECIAL = frozenset(".\\[{()*+?^$|")
REPEAT_CHARS = frozenset("*+?{")

FLAGS = {
    "i": SRE_FLAG_IGNORECASE, "L": SRE_FLAG_LOCALE, "m": SRE_FLAG_MULTILINE,
    "s": SRE_FLAG_DOTALL, "x": SRE_FLAG_VERBOSE, "a": SRE_FLAG_ASCII,
    "t": SRE_FLAG_TEMPLATE, "u": SRE_FLAG_UNICODE,
}

# Escapes that stand for one character.
CHAR_ESCAPES = {
    "\\a": 7, "\\b": 8, "\\f": 12, "\\n": 10, "\\r": 13, "\\t": 9, "\\v": 11, "\\\\": 92,
}

INF = 1 << 64

# The scoped flags that change how the translation is written.
MODE_ASCII, MODE_ICASE = 1, 2

# Item kinds, for the checks a quantifier makes on what it repeats.
K_ATOM, K_AT, K_REPEAT = 0, 1, 2

# ASCII classes as code point ranges, for (?a:...) inside a Unicode pattern.
ASCII_RANGES = {
    "d": [(48, 57)],
    "w": [(48, 57), (65, 90), (95, 95), (97, 122)],
    "s": [(9, 13), (32, 32)],
}


def _complement(ranges, top):
    out = []
    lo = 0
    for a, b in ranges:
        if a > lo:
            out.append((lo, a - 1))
        lo = b + 1
    if lo <= top:
        out.append((lo, top))
    return out


def _lit(cp, in_class=False):
    """One code point as PCRE2 pattern text that PCRE2 reads literally."""
    if cp < 128:
        c = chr(cp)
        if c.isalnum():
            return c
        if 32 < cp < 127:
            return "\\" + c
        return "\\x{%x}" % cp
    return "\\x{%x}" % cp


def _literal(cp, mode, state):
    """A literal outside a class.  Under ASCII|IGNORECASE only ASCII letters
    fold, and only to each other, while PCRE2's caseless UTF matching folds
    all of Unicode (k and the Kelvin sign, s and long s, é and É)."""
    if state.istext and mode == MODE_ASCII | MODE_ICASE:
        if cp >= 128:
            return "(?-i:%s)" % _lit(cp)
        if chr(cp) in "kKsS":
            return "(?-i:[%s%s])" % (chr(cp).lower(), chr(cp).upper())
    return _lit(cp)


def _ascii_case_ranges(lo, hi):
    """The other-case counterparts of the ASCII letters in [lo, hi]."""
    out = []
    a, b = max(lo, 97), min(hi, 122)
    if a <= b:
        out.append((a - 32, b - 32))
    a, b = max(lo, 65), min(hi, 90)
    if a <= b:
        out.append((a + 32, b + 32))
    return out


def _ranges_text(ranges):
    parts = []
    for a, b in ranges:
        parts.append(_lit(a) if a == b else _lit(a) + "-" + _lit(b))
    return "".join(parts)


class _Source:
    """The pattern as tokens: single characters, or a backslash and the
    character after it."""

    def __init__(self, pattern):
        self.istext = isinstance(pattern, str)
        self.pattern = pattern
        self.string = pattern if self.istext else str(pattern, "latin1")
        self.index = 0
        self.next = None
        self._advance()

    def _advance(self):
        i = self.index
        s = self.string
        if i >= len(s):
            self.next = None
            return
        c = s[i]
        if c == "\\":
            i += 1
            if i >= len(s):
                raise error("bad escape (end of pattern)", self.pattern, len(self.pattern) - 1)
            c += s[i]
        self.index = i + 1
        self.next = c

    def match(self, c):
        if c == self.next:
            self._advance()
            return True
        return False

    def get(self):
        t = self.next
        self._advance()
        return t

    def getwhile(self, n, charset):
        out = ""
        for _ in range(n):
            c = self.next
            if c not in charset:
                break
            out += c
            self._advance()
        return out

    def getuntil(self, terminator, name):
        out = ""
        while True:
            c = self.next
            self._advance()
            if c is None:
                if not out:
                    raise self.error("missing " + name)
                raise self.error("missing %s, unterminated name" % terminator, len(out))
            if c == terminator:
                if not out:
                    raise self.error("missing " + name, 1)
                return out
            out += c

    def tell(self):
        return self.index - len(self.next or "")

    def seek(self, index):
        self.index = index
        self._advance()

    def error(self, msg, offset=0):
        if not self.istext:
            msg = msg.encode("ascii", "backslashreplace").decode("ascii")
        return error(msg, self.pattern, self.tell() - offset)

    def checkgroupname(self, name, offset):
        if not name.isidentifier():
            raise self.error("bad character in group name %r" % name, len(name) + offset)


class Parsed:
    """What translate() learnt about a pattern."""

    def __init__(self):
        self.flags = 0
        self.groupindex = {}
        self.parents = [None]          # enclosing group of each group (0: none)
        self.widths = [None]           # (lo, hi) of each closed group
        self.grouprefpos = {}
        self.lookbehind = None         # groups opened before the current look-behind
        self.ucp = True                # compiled with Unicode classes
        self.open = [0]                # stack of groups being parsed

    @property
    def groups(self):
        return len(self.widths)

    def opengroup(self, name, source):
        gid = self.groups
        self.widths.append(None)
        self.parents.append(self.open[-1])
        if gid > MAXGROUPS:
            raise error("too many groups")
        if name is not None:
            old = self.groupindex.get(name)
            if old is not None:
                raise source.error("redefinition of group name %r as group %d; was group %d"
                                   % (name, gid, old), len(name) + 1)
            self.groupindex[name] = gid
        self.open.append(gid)
        return gid

    def closegroup(self, gid, width):
        self.widths[gid] = width
        self.open.pop()

    def checkgroup(self, gid):
        return gid < self.groups and self.widths[gid] is not None

    def checklookbehindgroup(self, gid, source):
        if self.lookbehind is not None:
            if not self.checkgroup(gid):
                raise source.error("cannot refer to an open group")
            if gid >= self.lookbehind:
                raise source.error("cannot refer to group defined in the same "
                                   "lookbehind subpattern")


def _class_escape(source, escape, state, mode):
    """An escape inside [...]: ('lit', code point) or ('cls', text)."""
    if escape in CHAR_ESCAPES:
        return "lit", CHAR_ESCAPES[escape]
    c = escape[1:2]
    if c in "dDsSwW" and len(escape) == 2:
        return "cls", _category(c, state, mode, True)
    try:
        if c == "x":
            escape += source.getwhile(2, HEXDIGITS)
            if len(escape) != 4:
                raise source.error("incomplete escape %s" % escape, len(escape))
            return "lit", int(escape[2:], 16)
        if c == "u" and source.istext:
            escape += source.getwhile(4, HEXDIGITS)
            if len(escape) != 6:
                raise source.error("incomplete escape %s" % escape, len(escape))
            return "lit", int(escape[2:], 16)
        if c == "U" and source.istext:
            escape += source.getwhile(8, HEXDIGITS)
            if len(escape) != 10:
                raise source.error("incomplete escape %s" % escape, len(escape))
            cp = int(escape[2:], 16)
            chr(cp)
            return "lit", cp
        if c == "N" and source.istext:
            return "lit", _named_char(source)
        if c in OCTDIGITS:
            escape += source.getwhile(2, OCTDIGITS)
            cp = int(escape[1:], 8)
            if cp > 0o377:
                raise source.error("octal escape value %s outside of range 0-0o377" % escape,
                                   len(escape))
            return "lit", cp
        if c in DIGITS:
            raise ValueError
        if len(escape) == 2:
            if c in ASCIILETTERS:
                raise source.error("bad escape %s" % escape, len(escape))
            return "lit", ord(escape[1])
    except ValueError:
        pass
    raise source.error("bad escape %s" % escape, len(escape))


def _named_char(source):
    if not source.match("{"):
        raise source.error("missing {")
    name = source.getuntil("}", "character name")
    try:
        import _re
        return _re.lookup_name(name)
    except (KeyError, TypeError):
        raise source.error("undefined character name %r" % name,
                           len(name) + len(r"\N{}")) from None


def _category(c, state, mode, in_class):
    """PCRE2 text for \\d \\D \\s \\S \\w \\W (a class body when in_class)."""
    if mode & MODE_ASCII and state.ucp:
        ranges = ASCII_RANGES[c.lower()]
        if c.isupper():
            ranges = _complement(ranges, 0x10FFFF)
        body = _ranges_text(ranges)
        return body if in_class else "[" + body + "]"
    if c == "s" and state.ucp:
        # str.isspace() also counts the separators \x1c-\x1f
        return "\\s\\x{1c}-\\x{1f}" if in_class else "[\\s\\x{1c}-\\x{1f}]"
    if c == "S" and state.ucp and not in_class:
        return "[^\\s\\x{1c}-\\x{1f}]"
    if c.isupper() and state.istext and not state.ucp and not in_class:
        # PCRE2 10.42 (UTF, no UCP, invalid-UTF mode) skips non-ASCII
        # characters with a bare \D \S \W; inside a class they are right.
        return "[\\" + c + "]"
    return "\\" + c


def _ascii_boundary(negate):
    w = "[" + _ranges_text(ASCII_RANGES["w"]) + "]"
    if negate:
        return "(?:(?<=%s)(?=%s)|(?<!%s)(?!%s))" % (w, w, w, w)
    return "(?:(?<=%s)(?!%s)|(?<!%s)(?=%s))" % (w, w, w, w)


def _escape(source, escape, state, mode):
    """An escape outside [...]: (text, lo, hi, kind)."""
    c = escape[1:2]
    if len(escape) == 2:
        if c in "dDsSwW":
            return _category(c, state, mode, False), 1, 1, K_ATOM
        if c == "A":
            return "\\A", 0, 0, K_AT
        if c == "Z":
            return "\\z", 0, 0, K_AT
        if c in "bB":
            text = _ascii_boundary(c == "B") if mode & MODE_ASCII and state.ucp else escape
            if c == "B":
                # as in CPython, \B never matches in an empty string
                text = "(?!\\A\\z)" + text
            return text, 0, 0, K_AT
        if escape in CHAR_ESCAPES:
            return _literal(CHAR_ESCAPES[escape], mode, state), 1, 1, K_ATOM
    try:
        if c == "x":
            escape += source.getwhile(2, HEXDIGITS)
            if len(escape) != 4:
                raise source.error("incomplete escape %s" % escape, len(escape))
            return _literal(int(escape[2:], 16), mode, state), 1, 1, K_ATOM
        if c == "u" and source.istext:
            escape += source.getwhile(4, HEXDIGITS)
            if len(escape) != 6:
                raise source.error("incomplete escape %s" % escape, len(escape))
            return _literal(int(escape[2:], 16), mode, state), 1, 1, K_ATOM
        if c == "U" and source.istext:
            escape += source.getwhile(8, HEXDIGITS)
            if len(escape) != 10:
                raise source.error("incomplete escape %s" % escape, len(escape))
            cp = int(escape[2:], 16)
            chr(cp)
            return _literal(cp, mode, state), 1, 1, K_ATOM
        if c == "N" and source.istext:
            return _literal(_named_char(source), mode, state), 1, 1, K_ATOM
        if c == "0":
            escape += source.getwhile(2, OCTDIGITS)
            return _literal(int(escape[1:], 8), mode, state), 1, 1, K_ATOM
        if c in DIGITS:
            if source.next in DIGITS:
                escape += source.get()
                if (escape[1] in OCTDIGITS and escape[2] in OCTDIGITS and
                        source.next in OCTDIGITS):
                    escape += source.get()
                    cp = int(escape[1:], 8)
                    if cp > 0o377:
                        raise source.error("octal escape value %s outside of range 0-0o377"
                                           % escape, len(escape))
                    return _literal(cp, mode, state), 1, 1, K_ATOM
            group = int(escape[1:])
            if group < state.groups:
                if not state.checkgroup(group):
                    raise source.error("cannot refer to an open group", len(escape))
                state.checklookbehindgroup(group, source)
                lo, hi = state.widths[group]
                return "\\g{%d}" % group, lo, hi, K_ATOM
            raise source.error("invalid group reference %d" % group, len(escape) - 1)
        if len(escape) == 2:
            if c in ASCIILETTERS:
                raise source.error("bad escape %s" % escape, len(escape))
            return _literal(ord(c), mode, state), 1, 1, K_ATOM
    except ValueError:
        pass
    raise source.error("bad escape %s" % escape, len(escape))


def _warn(msg, category):
    """Warns from the first caller outside the re package."""
    import sys
    import warnings
    level = 1
    f = sys._getframe(0)
    while f is not None:
        name = f.f_globals.get("__name__", "")
        if name != "re" and not name.startswith("re."):
            break
        level += 1
        f = f.f_back
    warnings.warn(msg, category, stacklevel=level)


def _parse_set(source, state, mode):
    """[...] after the '['; returns its PCRE2 text."""
    here = source.tell() - 1
    if source.next == "[":
        _warn("Possible nested set at position %d" % source.tell(), FutureWarning)
    negate = source.match("^")
    ranges = []        # (lo, hi) code points
    classes = []       # category texts
    while True:
        this = source.get()
        if this is None:
            raise source.error("unterminated character set", source.tell() - here)
        if this == "]" and (ranges or classes):
            break
        if this[0] == "\\":
            code1 = _class_escape(source, this, state, mode)
        else:
            if (ranges or classes) and this in "-&~|" and source.next == this:
                kind = {"-": "difference", "&": "intersection",
                        "~": "symmetric difference", "|": "union"}[this]
                _warn("Possible set %s at position %d" % (kind, source.tell() - 1),
                      FutureWarning)
            code1 = ("lit", ord(this))
        if source.match("-"):
            that = source.get()
            if that is None:
                raise source.error("unterminated character set", source.tell() - here)
            if that == "]":
                if code1[0] == "cls":
                    classes.append(code1[1])
                else:
                    ranges.append((code1[1], code1[1]))
                ranges.append((45, 45))
                break
            if that[0] == "\\":
                code2 = _class_escape(source, that, state, mode)
            else:
                if that == "-":
                    _warn("Possible set difference at position %d" % (source.tell() - 2),
                          FutureWarning)
                code2 = ("lit", ord(that))
            if code1[0] != "lit" or code2[0] != "lit" or code2[1] < code1[1]:
                msg = "bad character range %s-%s" % (this, that)
                raise source.error(msg, len(this) + 1 + len(that))
            ranges.append((code1[1], code2[1]))
        elif code1[0] == "cls":
            classes.append(code1[1])
        else:
            ranges.append((code1[1], code1[1]))
    ascii_icase = state.istext and mode == MODE_ASCII | MODE_ICASE
    if ascii_icase:
        for lo, hi in list(ranges):
            ranges.extend(_ascii_case_ranges(lo, hi))
    text = "[" + ("^" if negate else "") + _ranges_text(ranges) + "".join(classes) + "]"
    return "(?-i:" + text + ")" if ascii_icase else text


def _parse_sub(source, state, verbose, mode, nested):
    """An alternation a|b|c: (text, lo, hi)."""
    branches = []
    lo, hi = INF, 0
    while True:
        text, blo, bhi, verbose = _parse(source, state, verbose, mode, nested + 1,
                                         not nested and not branches)
        branches.append(text)
        lo = min(lo, blo)
        hi = max(hi, bhi)
        if not source.match("|"):
            break
        state.alternation = True
        if not nested:
            verbose = state.flags & SRE_FLAG_VERBOSE
    return "|".join(branches), lo, hi


def _parse(source, state, verbose, mode, nested, first=False):
    """One branch: (text, lo, hi, verbose)."""
    items = []         # [text, lo, hi, kind]
    while True:
        this = source.next
        if this is None or this in "|)":
            break
        source.get()
        if verbose:
            if this in WHITESPACE:
                continue
            if this == "#":
                while True:
                    this = source.get()
                    if this is None or this == "\n":
                        break
                continue
        if this[0] == "\\":
            items.append(list(_escape(source, this, state, mode)))
        elif this not in SPECIAL:
            items.append([_literal(ord(this), mode, state), 1, 1, K_ATOM])
        elif this == "[":
            items.append([_parse_set(source, state, mode), 1, 1, K_ATOM])
        elif this in REPEAT_CHARS:
            here = source.tell()
            if this == "?":
                mn, mx = 0, 1
            elif this == "*":
                mn, mx = 0, MAXREPEAT
            elif this == "+":
                mn, mx = 1, MAXREPEAT
            else:
                if source.next == "}":
                    items.append([_lit(ord("{")), 1, 1, K_ATOM])
                    continue
                mn, mx = 0, MAXREPEAT
                lo = hi = ""
                while source.next in DIGITS:
                    lo += source.get()
                if source.match(","):
                    while source.next in DIGITS:
                        hi += source.get()
                else:
                    hi = lo
                if not source.match("}"):
                    items.append([_lit(ord("{")), 1, 1, K_ATOM])
                    source.seek(here)
                    continue
                if lo:
                    mn = int(lo)
                    if mn >= MAXREPEAT:
                        raise OverflowError("the repetition number is too large")
                if hi:
                    mx = int(hi)
                    if mx >= MAXREPEAT:
                        raise OverflowError("the repetition number is too large")
                    if mx < mn:
                        raise source.error("min repeat greater than max repeat",
                                           source.tell() - here)
            if not items or items[-1][3] == K_AT:
                raise source.error("nothing to repeat", source.tell() - here + len(this))
            if items[-1][3] == K_REPEAT:
                raise source.error("multiple repeat", source.tell() - here + len(this))
            item = items[-1]
            suffix = "?" if source.match("?") else "+" if source.match("+") else ""
            if this != "{" and mn <= 1 and mx in (1, MAXREPEAT):
                item[0] = _atomize(item[0]) + this + suffix
            else:
                item[0] = _repeat(_atomize(item[0]), mn, mx, suffix)
            item[1] = min(item[1] * mn, INF)
            item[2] = INF if mx == MAXREPEAT and item[2] else min(item[2] * mx, INF)
            item[3] = K_REPEAT
        elif this == ".":
            items.append([".", 1, 1, K_ATOM])
        elif this == "(":
            res = _parse_group(source, state, verbose, mode, nested, first and not items)
            if res is None:
                continue
            if isinstance(res, int):        # global flags
                verbose = res
                continue
            items.append(res)
        elif this == "^":
            items.append(["^", 0, 0, K_AT])
        elif this == "$":
            items.append(["$", 0, 0, K_AT])
    lo = min(sum(i[1] for i in items), INF)
    hi = min(sum(i[2] for i in items), INF)
    return "".join(i[0] for i in items), lo, hi, verbose


REPEAT_LIMIT = 65535      # PCRE2's largest count in {m,n}


def _repeat(atom, mn, mx, suffix):
    """atom{mn,mx} with the lazy/possessive suffix, counts above PCRE2's
    limit made of nested repeats (Python allows up to MAXREPEAT - 1)."""
    lim = REPEAT_LIMIT
    if mn <= lim and (mx == MAXREPEAT or mx <= lim):
        if mn == mx:
            return "%s{%d}%s" % (atom, mn, suffix)
        return "%s{%d,%s}%s" % (atom, mn, "" if mx == MAXREPEAT else mx, suffix)
    out = ""
    if mn > lim:
        q, r = divmod(mn, lim)
        out += _repeat("(?:%s{%d})" % (atom, lim), q, q, "")
        if r:
            out += "%s{%d}" % (atom, r)
    elif mn:
        out += "%s{%d}" % (atom, mn)
    if mx == MAXREPEAT:
        out += atom + "*" + suffix
    elif mx > mn:
        q, r = divmod(mx - mn, lim)
        if q:
            out += _repeat("(?:%s{0,%d}%s)" % (atom, lim, suffix), 0, q, suffix)
        if r:
            out += "%s{0,%d}%s" % (atom, r, suffix)
    return "(?:" + out + ")"


def _atomize(text):
    """Wraps text in (?:...) unless PCRE2 already reads it as one atom."""
    if len(text) == 1 or (len(text) == 2 and text[0] == "\\"):
        return text
    if text.startswith("\\x{") and text.endswith("}") and text.count("}") == 1:
        return text
    if text.startswith("\\g{") and text.endswith("}") and text.count("}") == 1:
        return text
    if text.startswith("[") and text.endswith("]") and _single_class(text):
        return text
    return "(?:" + text + ")"


def _single_class(text):
    # A class we made: '[' body ']' with every ']' inside escaped.
    i = 1
    n = len(text) - 1
    while i < n:
        if text[i] == "\\":
            i += 2
            continue
        if text[i] == "]":
            return False
        i += 1
    return True


def _parse_group(source, state, verbose, mode, nested, first):
    """After '(': an item, None (nothing to add), or the new verbose flag
    after global flags."""
    start = source.tell() - 1
    capture = True
    name = None
    opener = "("
    add_flags = del_flags = 0
    lookbehind = False
    if source.match("?"):
        char = source.get()
        if char is None:
            raise source.error("unexpected end of pattern")
        if char == "P":
            if source.match("<"):
                name = source.getuntil(">", "group name")
                source.checkgroupname(name, 1)
            elif source.match("="):
                name = source.getuntil(")", "group name")
                source.checkgroupname(name, 1)
                gid = state.groupindex.get(name)
                if gid is None:
                    raise source.error("unknown group name %r" % name, len(name) + 1)
                if not state.checkgroup(gid):
                    raise source.error("cannot refer to an open group", len(name) + 1)
                state.checklookbehindgroup(gid, source)
                lo, hi = state.widths[gid]
                return ["\\g{%d}" % gid, lo, hi, K_ATOM]
            else:
                char = source.get()
                if char is None:
                    raise source.error("unexpected end of pattern")
                raise source.error("unknown extension ?P" + char, len(char) + 2)
        elif char == ":":
            capture = False
            opener = "(?:"
        elif char == "#":
            while True:
                if source.next is None:
                    raise source.error("missing ), unterminated comment",
                                       source.tell() - start)
                if source.get() == ")":
                    return None
        elif char in "=!<":
            if char == "<":
                char = source.get()
                if char is None:
                    raise source.error("unexpected end of pattern")
                if char not in "=!":
                    raise source.error("unknown extension ?<" + char, len(char) + 2)
                lookbehind = True
                outer = state.lookbehind
                if outer is None:
                    state.lookbehind = state.groups
                opener = "(?<" + char
            else:
                opener = "(?" + char
                if char == "=":
                    state.lookahead = True
            text, lo, hi = _parse_sub(source, state, verbose, mode, nested + 1)
            if lookbehind:
                state.lookbehind_seen = True
                if outer is None:
                    state.lookbehind = None
                if lo != hi:
                    state.lookbehind_error = True
            if not source.match(")"):
                raise source.error("missing ), unterminated subpattern", source.tell() - start)
            return [opener + text + ")", 0, 0, K_ATOM]
        elif char == "(":
            return _parse_conditional(source, state, verbose, mode, nested, start)
        elif char == ">":
            capture = False
            opener = "(?>"
        elif char in FLAGS or char == "-":
            flags = _parse_flags(source, state, char)
            if flags is None:
                if not first:
                    raise source.error("global flags not at the start of the expression",
                                       source.tell() - start)
                return state.flags & SRE_FLAG_VERBOSE
            add_flags, del_flags = flags
            capture = False
            on = "".join(c for c, f in (("i", SRE_FLAG_IGNORECASE), ("m", SRE_FLAG_MULTILINE),
                                        ("s", SRE_FLAG_DOTALL)) if add_flags & f)
            off = "".join(c for c, f in (("i", SRE_FLAG_IGNORECASE), ("m", SRE_FLAG_MULTILINE),
                                         ("s", SRE_FLAG_DOTALL)) if del_flags & f)
            opener = "(?" + on + ("-" + off if off else "") + ":"
        else:
            raise source.error("unknown extension ?" + char, len(char) + 1)
    gid = state.opengroup(name, source) if capture else None
    sub_verbose = ((verbose or (add_flags & SRE_FLAG_VERBOSE)) and
                   not (del_flags & SRE_FLAG_VERBOSE))
    sub_mode = mode
    if add_flags & (SRE_FLAG_ASCII | SRE_FLAG_LOCALE):
        sub_mode |= MODE_ASCII
    elif add_flags & SRE_FLAG_UNICODE:
        sub_mode &= ~MODE_ASCII
    if add_flags & SRE_FLAG_IGNORECASE:
        sub_mode |= MODE_ICASE
        state.icase_seen = True
    elif del_flags & SRE_FLAG_IGNORECASE:
        sub_mode &= ~MODE_ICASE
    text, lo, hi = _parse_sub(source, state, sub_verbose, sub_mode, nested + 1)
    if not source.match(")"):
        raise source.error("missing ), unterminated subpattern", source.tell() - start)
    if gid is not None:
        state.closegroup(gid, (lo, hi))
    return [opener + text + ")", lo, hi, K_ATOM]


def _parse_conditional(source, state, verbose, mode, nested, start):
    condname = source.getuntil(")", "group name")
    if condname.isidentifier():
        source.checkgroupname(condname, 1)
        gid = state.groupindex.get(condname)
        if gid is None:
            raise source.error("unknown group name %r" % condname, len(condname) + 1)
    else:
        try:
            gid = int(condname)
            if gid < 0:
                raise ValueError
        except ValueError:
            raise source.error("bad character in group name %r" % condname,
                               len(condname) + 1) from None
        if not gid:
            raise source.error("bad group number", len(condname) + 1)
        if gid >= MAXGROUPS:
            raise source.error("invalid group reference %d" % gid, len(condname) + 1)
        if gid not in state.grouprefpos:
            state.grouprefpos[gid] = source.tell() - len(condname) - 1
    state.checklookbehindgroup(gid, source)
    yes, ylo, yhi, _ = _parse(source, state, verbose, mode, nested + 1)
    if source.match("|"):
        state.alternation = True
        no, nlo, nhi, _ = _parse(source, state, verbose, mode, nested + 1)
        if source.next == "|":
            raise source.error("conditional backref with more than two branches")
        text = "(?(%d)%s|%s)" % (gid, yes, no)
    else:
        nlo = nhi = 0
        text = "(?(%d)%s)" % (gid, yes)
    if not source.match(")"):
        raise source.error("missing ), unterminated subpattern", source.tell() - start)
    return [text, min(ylo, nlo), max(yhi, nhi), K_ATOM]


def _parse_flags(source, state, char):
    add_flags = del_flags = 0
    if char != "-":
        while True:
            flag = FLAGS[char]
            if source.istext:
                if char == "L":
                    raise source.error("bad inline flags: cannot use 'L' flag with a str pattern")
            elif char == "u":
                raise source.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
            add_flags |= flag
            if (flag & TYPE_FLAGS) and (add_flags & TYPE_FLAGS) != flag:
                raise source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
            char = source.get()
            if char is None:
                raise source.error("missing -, : or )")
            if char in ")-:":
                break
            if char not in FLAGS:
                msg = "unknown flag" if char.isalpha() else "missing -, : or )"
                raise source.error(msg, len(char))
    if char == ")":
        state.flags |= add_flags
        return None
    if add_flags & GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn on global flag", 1)
    if char == "-":
        char = source.get()
        if char is None:
            raise source.error("missing flag")
        if char not in FLAGS:
            msg = "unknown flag" if char.isalpha() else "missing flag"
            raise source.error(msg, len(char))
        while True:
            flag = FLAGS[char]
            if flag & TYPE_FLAGS:
                raise source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
            del_flags |= flag
            char = source.get()
            if char is None:
                raise source.error("missing :")
            if char == ":":
                break
            if char not in FLAGS:
                msg = "unknown flag" if char.isalpha() else "missing :"
                raise source.error(msg, len(char))
    if del_flags & GLOBAL_FLAGS:
        raise source.error("bad inline flags: cannot turn off global flag", 1)
    if add_flags & del_flags:
        raise source.error("bad inline flags: flag turned on and off", 1)
    return add_flags, del_flags


def fix_flags(pattern, flags):
    if isinstance(pattern, str):
        if flags & SRE_FLAG_LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if not flags & SRE_FLAG_ASCII:
            flags |= SRE_FLAG_UNICODE
        elif flags & SRE_FLAG_UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & SRE_FLAG_UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & SRE_FLAG_LOCALE and flags & SRE_FLAG_ASCII:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    return flags


def _leading_flags(source, flags):
    """The flags of (?...) groups at the very start, read ahead so the
    body knows them (Python allows global flags only there)."""
    state = Parsed()
    state.flags = flags
    verbose = flags & SRE_FLAG_VERBOSE
    try:
        while True:
            if verbose:
                while source.next is not None and (source.next in WHITESPACE
                                                   or source.next == "#"):
                    if source.get() == "#":
                        while source.next is not None and source.get() != "\n":
                            pass
            if source.next != "(" or source.string[source.index:source.index + 1] != "?":
                break
            source.get()
            source.get()
            char = source.get()
            if char is None or not (char in FLAGS or char == "-"):
                break
            if _parse_flags(source, state, char) is not None:
                break
            verbose = state.flags & SRE_FLAG_VERBOSE
    except error:
        pass
    return state.flags


def translate(pattern, flags):
    """(PCRE2 pattern, Parsed) for a Python pattern and flags."""
    source = _Source(pattern)
    state = Parsed()
    lead = _leading_flags(_Source(pattern), flags)
    state.istext = isinstance(pattern, str)
    state.ucp = isinstance(pattern, str) and not (lead & (SRE_FLAG_ASCII | SRE_FLAG_LOCALE))
    state.flags = flags
    state.lookbehind_error = False
    state.lookahead = state.lookbehind_seen = state.alternation = False
    state.icase_seen = bool(lead & SRE_FLAG_IGNORECASE)
    mode = 0
    if not isinstance(pattern, str) or lead & (SRE_FLAG_ASCII | SRE_FLAG_LOCALE):
        mode |= MODE_ASCII
    if lead & SRE_FLAG_IGNORECASE:
        mode |= MODE_ICASE
    text, lo, hi = _parse_sub(source, state, flags & SRE_FLAG_VERBOSE, mode, 0)
    state.flags = fix_flags(pattern, state.flags)
    if source.next is not None:
        raise source.error("unbalanced parenthesis")
    for g in state.grouprefpos:
        if g >= state.groups:
            raise error("invalid group reference %d" % g, pattern, state.grouprefpos[g])
    if state.lookbehind_error:
        raise error("look-behind requires fixed-width pattern")
    return text, state


def parse_template(template, pattern):
    """A replacement string as a tuple of literals and group numbers, or
    the literal itself when it has no group references."""
    s = _Source(template)
    groups = pattern.groups
    groupindex = pattern.groupindex
    pieces = []
    literal = []
    has_groups = False

    def addgroup(index, pos):
        nonlocal has_groups
        if index > groups:
            raise s.error("invalid group reference %d" % index, pos)
        if literal:
            pieces.append("".join(literal))
            del literal[:]
        pieces.append(index)
        has_groups = True

    while True:
        this = s.get()
        if this is None:
            break
        if this[0] == "\\":
            c = this[1]
            if c == "g":
                if not s.match("<"):
                    raise s.error("missing <")
                name = s.getuntil(">", "group name")
                if name.isidentifier():
                    s.checkgroupname(name, 1)
                    try:
                        index = groupindex[name]
                    except KeyError:
                        raise IndexError("unknown group name %r" % name) from None
                else:
                    try:
                        index = int(name)
                        if index < 0:
                            raise ValueError
                    except ValueError:
                        raise s.error("bad character in group name %r" % name,
                                      len(name) + 1) from None
                    if index >= MAXGROUPS:
                        raise s.error("invalid group reference %d" % index, len(name) + 1)
                addgroup(index, len(name) + 1)
            elif c == "0":
                if s.next in OCTDIGITS:
                    this += s.get()
                    if s.next in OCTDIGITS:
                        this += s.get()
                literal.append(chr(int(this[1:], 8) & 0xff))
            elif c in DIGITS:
                isoctal = False
                if s.next in DIGITS:
                    this += s.get()
                    if c in OCTDIGITS and this[2] in OCTDIGITS and s.next in OCTDIGITS:
                        this += s.get()
                        isoctal = True
                        cp = int(this[1:], 8)
                        if cp > 0o377:
                            raise s.error("octal escape value %s outside of range 0-0o377"
                                          % this, len(this))
                        literal.append(chr(cp))
                if not isoctal:
                    addgroup(int(this[1:]), len(this) - 1)
            elif this in CHAR_ESCAPES:
                literal.append(chr(CHAR_ESCAPES[this]))
            else:
                if c in ASCIILETTERS:
                    raise s.error("bad escape %s" % this, len(this))
                literal.append(this)
        else:
            literal.append(this)
    if literal:
        pieces.append("".join(literal))
    if not s.istext:
        pieces = [p if isinstance(p, int) else p.encode("latin-1") for p in pieces]
    if not has_groups:
        return pieces[0] if pieces else template[:0]
    return tuple(pieces)
