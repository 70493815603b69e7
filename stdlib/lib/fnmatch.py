"""Shell-style wildcard matching of file names.

    *       any run of characters
    ?       one character
    [seq]   one character from seq (ranges like a-z allowed)
    [!seq]  one character not in seq

fnmatch() follows the platform's case rules (os.path.normcase);
fnmatchcase() is always case-sensitive.  translate() gives the regular
expression a pattern stands for."""

import functools
import os
import posixpath
import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]


def fnmatch(name, pat):
    """Whether name matches the shell pattern pat (after os.path.normcase)."""
    name = os.path.normcase(name)
    pat = os.path.normcase(pat)
    return fnmatchcase(name, pat)


@functools.lru_cache(maxsize=32768, typed=True)
def _compile_pattern(pat):
    if isinstance(pat, bytes):
        regex = translate(str(pat, "ISO-8859-1")).encode("ISO-8859-1")
    else:
        regex = translate(pat)
    return re.compile(regex).match


def filter(names, pat):
    """The names of the iterable names that match pat."""
    pat = os.path.normcase(pat)
    match = _compile_pattern(pat)
    if os.path is posixpath:
        return [name for name in names if match(name)]
    return [name for name in names if match(os.path.normcase(name))]


def fnmatchcase(name, pat):
    """Whether name matches pat, case-sensitively."""
    return _compile_pattern(pat)(name) is not None


_STAR = object()


def _set_body(pat, start, stop):
    """The regex class body for pat[start:stop], the inside of [...]."""
    body = pat[start:stop]
    if "-" not in body:
        return body.replace("\\", r"\\")
    # Cut at the hyphens that make ranges: a hyphen right after the opening
    # (or after '!') is a literal, and each range uses up the character
    # after its hyphen.
    pieces = []
    k = start + 2 if pat[start] == "!" else start + 1
    begin = start
    while True:
        k = pat.find("-", k, stop)
        if k < 0:
            break
        pieces.append(pat[begin:k])
        begin = k + 1
        k += 3
    tail = pat[begin:stop]
    if tail:
        pieces.append(tail)
    else:
        pieces[-1] += "-"
    # A reversed range (z-a) matches nothing: join its neighbours.
    for k in range(len(pieces) - 1, 0, -1):
        if pieces[k - 1][-1] > pieces[k][0]:
            pieces[k - 1] = pieces[k - 1][:-1] + pieces[k][1:]
            del pieces[k]
    return "-".join(p.replace("\\", r"\\").replace("-", r"\-") for p in pieces)


def _atoms(pat):
    """The pattern as a list of regex pieces, with _STAR for each run of '*'."""
    out = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i += 1
        if c == "*":
            if not out or out[-1] is not _STAR:
                out.append(_STAR)
        elif c == "?":
            out.append(".")
        elif c == "[":
            j = i
            if j < n and pat[j] == "!":
                j += 1
            if j < n and pat[j] == "]":
                j += 1
            j = pat.find("]", j)
            if j < 0:
                out.append("\\[")
                continue
            body = _set_body(pat, i, j)
            body = re.sub(r"([&~|])", r"\\\1", body)
            i = j + 1
            if not body:
                out.append("(?!)")
            elif body == "!":
                out.append(".")
            else:
                if body[0] == "!":
                    body = "^" + body[1:]
                elif body[0] in "^[":
                    body = "\\" + body
                out.append("[" + body + "]")
        else:
            out.append(re.escape(c))
    return out


def translate(pat):
    """The regular expression (a str) matching what pat matches."""
    atoms = _atoms(pat)
    out = []
    i, n = 0, len(atoms)
    while i < n and atoms[i] is not _STAR:
        out.append(atoms[i])
        i += 1
    # Each star but the last matches as little as it can and never gives
    # back what the fixed text after it took (an atomic group), so matching
    # stays linear; the last star takes the rest.
    while i < n:
        i += 1
        fixed = []
        while i < n and atoms[i] is not _STAR:
            fixed.append(atoms[i])
            i += 1
        fixed = "".join(fixed)
        if i == n:
            out.append(".*" + fixed)
        else:
            out.append("(?>.*?%s)" % fixed)
    return r"(?s:%s)\Z" % "".join(out)
